package summary

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestCountWords(t *testing.T) {
	tests := []struct {
		text       string
		words, cjk int
	}{
		{"", 0, 0},
		{"   ", 0, 0},
		{"one two three", 3, 0},
		{"AT&T bought it", 3, 0},
		{"don't stop", 2, 0},
		{"Apple’s share", 2, 0},
		{"up 3.5% today", 3, 0},
		{"$1.2 billion", 2, 0},
		{"1,000 people", 2, 0},
		{"apples,pears", 2, 0},
		{"year-over-year sales", 2, 0},
		{"the U.S. market", 3, 0},
		{"Intelligence—a tool", 3, 0},
		{"— – -", 0, 0},
		{"see https://example.com/a?b=c now", 2, 0},
		{"see www.example.com now", 2, 0},
		{"example.com works", 2, 0},
		{"苹果公司", 4, 4},
		{"苹果 Apple 合作", 5, 4},
		{"アップルは", 5, 5},
		{"애플이 발표", 5, 5},
		{"iPhone16 models", 2, 0},
		{"Продажи выросли", 2, 0},
		{"café naïve", 2, 0},
		{"trailing.", 1, 0},
		{"'quoted'", 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			words, cjk := countWords([]byte(tc.text))
			assert.Equal(t, tc.words, words, "words")
			assert.Equal(t, tc.cjk, cjk, "CJK characters")
		})
	}
}

// TestASCIIWordEnd checks the eight-bytes-at-once scan against a loop over
// the bytes, at every start of text made of bytes around the edges of the
// letter and digit ranges.
func TestASCIIWordEnd(t *testing.T) {
	edges := []byte("/09:@AZ[`az{\x00\x1f\x20\x7f\x80\xc3\xff")
	rapid.Check(t, func(t *rapid.T) {
		text := rapid.SliceOf(rapid.SampledFrom(edges)).Draw(t, "text")
		for i := range text {
			want := i
			for want < len(text) && isASCIIWord(text[want]) {
				want++
			}
			require.Equal(t, want, asciiWordEnd(text, i), "%q at %d", text, i)
		}
	})
}

// TestFoldWord checks foldWord, whose ASCII path lowers eight bytes at
// once, against a rune-by-rune fold, on words around the edges of the
// upper-case range and longer than a term's bytes.
func TestFoldWord(t *testing.T) {
	pieces := []string{"@", "A", "Z", "[", "`", "a", "z", "{", "0", "É", "ß", "’", "İ", "Straße"}
	rapid.Check(t, func(t *rapid.T) {
		word := strings.Join(rapid.SliceOf(rapid.SampledFrom(pieces)).Draw(t, "word"), "")
		var want []byte
		for _, r := range word {
			if r == '’' {
				r = '\''
			}
			r = unicode.ToLower(r)
			if len(want)+utf8.RuneLen(r) > maxTermLen {
				break
			}
			want = utf8.AppendRune(want, r)
		}
		var buf termBuf
		require.Equal(t, string(want), string(foldWord(&buf, []byte(word))), "%q", word)
	})
}

// TestFoldASCII checks the eight-bytes-at-once fold of an ASCII word
// against bytes.ToLower, on words anywhere in a text, its end included,
// and that it refuses a word that is not ASCII.
func TestFoldASCII(t *testing.T) {
	edges := []byte("@AZ[`az{0 \x00\x7f\x80\xc3")
	rapid.Check(t, func(t *rapid.T) {
		text := rapid.SliceOfN(rapid.SampledFrom(edges), 1, 80).Draw(t, "text")
		start := rapid.IntRange(0, len(text)-1).Draw(t, "start")
		end := rapid.IntRange(start, len(text)).Draw(t, "end")
		var buf termBuf
		got, ok := foldASCII(&buf, text, start, end)
		word := text[start:end]
		require.Equal(t, !bytes.ContainsFunc(word, func(r rune) bool { return r >= utf8.RuneSelf }), ok, "%q", word)
		if ok {
			require.Equal(t, string(bytes.ToLower(word[:min(len(word), maxTermLen)])), string(got), "%q", word)
		}
	})
}

// TestTermHash checks the hash of a term, which reads its last bytes eight
// at a time, against one that reads them a byte at a time.
func TestTermHash(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var buf termBuf
		copy(buf[:], rapid.SliceOfN(rapid.Byte(), len(buf), len(buf)).Draw(t, "buf"))
		n := rapid.IntRange(0, maxTermLen).Draw(t, "n")
		const mix = 0xbf58476d1ce4e5b9
		h := uint64(fnvOffset) ^ uint64(n)
		b := buf[:n]
		for ; len(b) >= 8; b = b[8:] {
			h = (h ^ binary.LittleEndian.Uint64(b)) * mix
			h ^= h >> 31
		}
		var tail uint64
		for i, c := range b {
			tail |= uint64(c) << (8 * i)
		}
		h = (h ^ tail) * mix
		h ^= h >> 27
		h *= 0x94d049bb133111eb
		require.Equal(t, h^h>>31, buf.hash(n))
	})
}

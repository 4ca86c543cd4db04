package transform

import (
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
		var buf [maxTermLen]byte
		require.Equal(t, string(want), string(foldWord(&buf, []byte(word))), "%q", word)
	})
}

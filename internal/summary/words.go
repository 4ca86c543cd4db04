package summary

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/ascii"

	"github.com/articlekit/article/internal/swar"
)

// wordKind tells how a word was written.
type wordKind uint8

const (
	latinWord wordKind = iota // a run of letters and digits, in any script without CJK
	cjkWord                   // one Han, Kana or Hangul character
)

// nextWord finds the first word of text at or after i and returns its
// bounds, its kind and ok. Each Han, Kana or Hangul character is a word of
// its own, as Hugo counts with hasCJKLanguage; in other scripts a word is a
// run of letters, digits and marks that may hold inner joiners, so that
// AT&T, don't, U.S., 3.5% and year-over-year are one word each. URLs are
// not words and are stepped over.
func nextWord(text []byte, i int) (start, end int, kind wordKind, ok bool) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				i++
				continue
			}
			if (c|0x20 == 'h' || c|0x20 == 'w' || c|0x20 == 'm') && isURLAt(text, i) {
				i = urlEnd(text, i)
				continue
			}
			return i, latinEnd(text, i+1), latinWord, true
		}
		r, n := utf8.DecodeRune(text[i:])
		switch {
		case isCJK(r):
			return i, i + n, cjkWord, true
		case isWordRune(r):
			return i, latinEnd(text, i+n), latinWord, true
		}
		i += n
	}
	return len(text), len(text), latinWord, false
}

// latinEnd returns the end of the word that goes on at i.
func latinEnd(text []byte, i int) int {
	for i < len(text) {
		if i = asciiWordEnd(text, i); i == len(text) {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '%' && isDigitBefore(text, i):
				return i + 1
			case isJoiner(rune(c), text, i) && startsWordRune(text, i+1):
				i++
			default:
				return i
			}
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		switch {
		case isCJK(r):
			return i
		case isWordRune(r) || unicode.Is(unicode.Mn, r):
			i += n
		case isJoiner(r, text, i) && startsWordRune(text, i+n):
			i += n
		default:
			return i
		}
	}
	return i
}

// asciiWordEnd returns the end of the run of ASCII letters and digits at
// text[i:]. It tests eight bytes at once and finds where the run
// ends without a branch per byte: finding the ends of words was the
// hottest loop of a summary (pprof).
func asciiWordEnd(text []byte, i int) int {
	for ; i+8 <= len(text); i += 8 {
		x := binary.LittleEndian.Uint64(text[i:])
		if x&swar.Highs != 0 {
			break // not ASCII: byte by byte
		}
		word := swar.BytesIn(x|0x20*swar.Ones, 'a', 'z') | swar.BytesIn(x, '0', '9') // letters in lower case, digits
		if other := ^word & swar.Highs; other != 0 {
			return i + bits.TrailingZeros64(other)/8
		}
	}
	for i < len(text) && isASCIIWord(text[i]) {
		i++
	}
	return i
}

// isJoiner reports whether r at text[i] may join two parts of one word.
// Commas join only digits (1,000) so that a list without spaces still counts
// as several words.
func isJoiner(r rune, text []byte, i int) bool {
	switch r {
	case '\'', '\u2019', '&', '.', '-', '_', '\u2010', '\u2011', '\u00b7':
		return true
	case ',':
		return isDigitBefore(text, i) && i+1 < len(text) && ascii.IsDigit(text[i+1])
	}
	return false
}

// startsWordRune reports whether a letter or digit that is not CJK begins
// at text[i].
func startsWordRune(text []byte, i int) bool {
	if i >= len(text) {
		return false
	}
	if text[i] < utf8.RuneSelf {
		return isASCIIWord(text[i])
	}
	r, _ := utf8.DecodeRune(text[i:])
	return isWordRune(r) && !isCJK(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isASCIIWord(c byte) bool { return asciiWord[c] }

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

func isDigitBefore(text []byte, i int) bool { return i > 0 && ascii.IsDigit(text[i-1]) }

// isCJK reports whether r is a Han, Hiragana, Katakana or Hangul character,
// each of which counts as a word.
func isCJK(r rune) bool {
	if r < 0x1100 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// urlPrefixes begin the URLs that text may spell out.
var urlPrefixes = [][]byte{[]byte("https://"), []byte("http://"), []byte("www."), []byte("mailto:")}

// isURLAt reports whether a URL begins at text[i].
func isURLAt(text []byte, i int) bool {
	if i > 0 && !isSpaceOrOpen(text[i-1]) {
		return false
	}
	for _, p := range urlPrefixes {
		// The second letter rules out most words (have, with, more) before
		// the fold of them all.
		if len(text)-i >= len(p) && text[i+1]|0x20 == p[1] && bytes.EqualFold(text[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// isSpaceOrOpen reports whether c may come right before a URL.
func isSpaceOrOpen(c byte) bool {
	return c == ' ' || c == '(' || c == '<' || c == '[' || c == '"' || c == '\''
}

// urlEnd returns the end of the URL that begins at text[i]: the next white
// space.
func urlEnd(text []byte, i int) int {
	if j := bytes.IndexByte(text[i:], ' '); j >= 0 {
		return i + j
	}
	return len(text)
}

// countWords returns the number of words in text and how many of them are
// CJK characters.
func countWords(text []byte) (words, cjk int) {
	for i := 0; ; {
		_, end, kind, ok := nextWord(text, i)
		if !ok {
			return words, cjk
		}
		words++
		if kind == cjkWord {
			cjk++
		}
		i = end
	}
}

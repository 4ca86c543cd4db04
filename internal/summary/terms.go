package summary

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/swar"
)

// maxTermLen bounds the bytes of a word that make its term; longer words
// are told apart by their first maxTermLen bytes.
const maxTermLen = 48

// termBuf holds a term, written from its start, and room to read its last
// bytes eight at a time.
type termBuf [maxTermLen + 8]byte

// appendTerms appends to dst the term hashes of text's words, for sentence
// similarity, and counts the words as countWords does. Words are folded to
// lower case and stripped of a possessive and a plural ending; single
// letters are left out (function words are too, by the ranker). CJK text, which has no spaces,
// gives a term for each pair of neighbouring characters, the usual unit of
// CJK retrieval, and one for a character that stands alone.
func appendTerms(dst []uint64, text []byte) (terms []uint64, words, cjk int) {
	prevCJK, prevEnd := rune(-1), -1
	for i := 0; ; {
		start, end, kind, ok := nextWord(text, i)
		if !ok {
			return dst, words, cjk
		}
		i = end
		words++
		if kind == cjkWord {
			cjk++
			r, _ := utf8.DecodeRune(text[start:end])
			if prevEnd == start {
				dst = append(dst, hashRunes(prevCJK, r))
			} else if next, _, k, ok := nextWord(text, end); !ok || k != cjkWord || next != end {
				dst = append(dst, hashRunes(r, -1))
			}
			prevCJK, prevEnd = r, end
			continue
		}
		var buf termBuf
		term, ok := foldASCII(&buf, text, start, end)
		if !ok {
			term = foldWord(&buf, text[start:end])
		}
		if term = stem(term); len(term) > 1 {
			dst = append(dst, buf.hash(len(term)))
		}
	}
}

// foldWord writes word into buf in lower case with ’ as ', as much of it
// as fits in maxTermLen bytes, and returns what it wrote.
func foldWord(buf *termBuf, word []byte) []byte {
	dst := buf[:0:maxTermLen]
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c |= 0x20
			}
			if len(dst) == cap(dst) {
				break
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(word[i:])
		i += n
		if r == '\u2019' {
			r = '\''
		}
		r = unicode.ToLower(r)
		if len(dst)+utf8.RuneLen(r) > cap(dst) {
			break
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// foldASCII is foldWord for the word text[start:end] if it is ASCII, and
// reports whether it is. It reads, lowers and writes eight bytes at a
// time: every word of every sentence is folded.
func foldASCII(buf *termBuf, text []byte, start, end int) ([]byte, bool) {
	n := min(end-start, maxTermLen)
	var all uint64
	for k := 0; k < n; k += 8 {
		var x uint64
		if at := start + k; at+8 <= len(text) {
			x = binary.LittleEndian.Uint64(text[at:])
		} else { // the end of the text
			for i, c := range text[at:end] {
				x |= uint64(c) << (8 * i)
			}
		}
		if rest := n - k; rest < 8 {
			x &= 1<<(8*rest) - 1
		}
		all |= x
		// Wrong for a word that is not ASCII, which is left to foldWord.
		binary.LittleEndian.PutUint64(buf[k:], x|swar.BytesIn(x, 'A', 'Z')>>2)
	}
	return buf[:n], all&swar.Highs == 0
}

// stem strips a possessive 's and an English plural ending (Harman's
// S-stemmer), so that "company", "companies" and "company's" are one term.
func stem(w []byte) []byte {
	n := len(w)
	if n < 3 || w[n-1] != 's' { // every ending below ends in s
		return w
	}
	switch {
	case w[n-2] == '\'':
		return w[:n-2]
	case n > 4 && w[n-3] == 'i' && w[n-2] == 'e' && w[n-4] != 'e' && w[n-4] != 'a':
		w[n-3] = 'y'
		return w[:n-2]
	case n > 3 && w[n-2] == 'e' && w[n-3] != 'a' && w[n-3] != 'e' && w[n-3] != 'o':
		return w[:n-1]
	case n > 3 && w[n-2] != 'u' && w[n-2] != 's':
		return w[:n-1]
	}
	return w
}

// FNV-1a, 64 bits, for CJK characters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hash hashes the term buf[:n] eight bytes at a time, with its length,
// mixing as splitmix64 does: a term is hashed once for each time it occurs,
// so this is one of the hot loops of a summary.
func (buf *termBuf) hash(n int) uint64 {
	const mix = 0xbf58476d1ce4e5b9
	h := uint64(fnvOffset) ^ uint64(n)
	k := 0
	for ; k+8 <= n; k += 8 {
		h = (h ^ binary.LittleEndian.Uint64(buf[k:])) * mix
		h ^= h >> 31
	}
	tail := binary.LittleEndian.Uint64(buf[k:]) & (1<<(8*(n-k)) - 1)
	h = (h ^ tail) * mix
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

// hashRunes hashes a pair of CJK characters, or one when b is -1, apart
// from any hash of bytes.
func hashRunes(a, b rune) uint64 {
	h := uint64(fnvOffset) ^ 0xff // no UTF-8 text starts with 0xff
	h = (h ^ uint64(a)) * fnvPrime
	return (h ^ uint64(uint32(b))) * fnvPrime
}

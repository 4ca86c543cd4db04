package transform

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
)

// maxTermLen bounds the bytes of a word that make its term; longer words
// are told apart by their first maxTermLen bytes. It is a multiple of
// eight, for foldASCII.
const maxTermLen = 48

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
		var buf [maxTermLen]byte
		term := stem(foldWord(&buf, text[start:end]))
		if len(term) > 1 {
			dst = append(dst, hashBytes(term))
		}
	}
}

// foldWord writes word into buf in lower case with ’ as ', as much of it
// as fits, and returns what it wrote.
func foldWord(buf *[maxTermLen]byte, word []byte) []byte {
	if folded, ok := foldASCII(buf, word); ok {
		return folded
	}
	dst := buf[:0]
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

// foldASCII is foldWord for a word of ASCII bytes, and reports whether the
// word was one. It lowers eight bytes at a time (SWAR), as folding a byte
// at a time was a tenth of a summary (pprof).
func foldASCII(buf *[maxTermLen]byte, word []byte) ([]byte, bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n := min(len(word), len(buf))
	b := buf[:]
	copy(b, word[:n])
	var all uint64
	for k := 0; k < n; k += 8 {
		x := binary.LittleEndian.Uint64(b[k:])
		if rest := n - k; rest < 8 {
			x &= 1<<(8*rest) - 1
		}
		all |= x
		// For bytes below 0x80, the high bit of b+0x80-lo says b >= lo.
		upper := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & highs
		binary.LittleEndian.PutUint64(b[k:], x|upper>>2)
	}
	return b[:n], all&highs == 0
}

// stem strips a possessive 's and an English plural ending (Harman's
// S-stemmer), so that "company", "companies" and "company's" are one term.
func stem(w []byte) []byte {
	n := len(w)
	if n < 3 || w[n-1] != 's' { // every ending below ends in s
		return w
	}
	switch {
	case n > 2 && w[n-2] == '\'' && w[n-1] == 's':
		return w[:n-2]
	case n > 4 && string(w[n-3:]) == "ies" && w[n-4] != 'e' && w[n-4] != 'a':
		w[n-3] = 'y'
		return w[:n-2]
	case n > 3 && string(w[n-2:]) == "es" && w[n-3] != 'a' && w[n-3] != 'e' && w[n-3] != 'o':
		return w[:n-1]
	case n > 3 && w[n-1] == 's' && w[n-2] != 'u' && w[n-2] != 's':
		return w[:n-1]
	}
	return w
}

// FNV-1a, 64 bits, for CJK characters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashBytes hashes a term eight bytes at a time, with its length, mixing
// as splitmix64 does: a term is hashed once for each time it occurs, so
// this is one of the hot loops of a summary.
func hashBytes(b []byte) uint64 {
	const mix = 0xbf58476d1ce4e5b9
	h := uint64(fnvOffset) ^ uint64(len(b))
	for len(b) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(b)) * mix
		h ^= h >> 31
		b = b[8:]
	}
	var tail uint64
	for i, c := range b {
		tail |= uint64(c) << (8 * i)
	}
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

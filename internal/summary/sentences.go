package summary

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/ascii"

	"github.com/articlekit/article/internal/swar"
)

// span is a sentence: a range of textDoc.buf. A glued sentence follows the
// one before it in the same block with no space between, as in CJK text.
type span struct {
	start, end int32
	glued      bool
}

// splitSentences appends to dst the sentences of text, a block's text with
// white space collapsed, as spans offset by base. The sentences cover all of
// text but the spaces between them.
//
// A sentence ends at a run of . ! ? … (and the closing quotes and brackets
// after it) that white space and a sentence start follow, or at a CJK stop
// (。！？) whatever follows. A period after an abbreviation (Mr., e.g.), an
// initial (J.) or an acronym (U.S.) ends a sentence only when a word that
// usually begins one follows, so "the U.S. The" splits and "U.S. tech" or
// "Joseph P. Kennedy" do not. Periods inside numbers (3.5%, $1.2) and names
// (example.com) never end one, since no space follows them.
func splitSentences(dst []span, text []byte, base int) []span {
	start, glued := 0, false
	for i := 0; ; {
		if i = nextMayEnd(text, i); i == len(text) {
			break
		}
		if r, n := utf8.DecodeRune(text[i:]); !isTerminator(r) {
			i += n
			continue
		}
		end, cjkStop := terminatorEnd(text, i)
		next := end
		for next < len(text) && text[next] == ' ' {
			next++
		}
		if next == len(text) {
			break
		}
		if cjkStop || next > end && endsSentence(text, start, i, end, next) {
			dst = append(dst, span{int32(base + start), int32(base + end), glued})
			start, glued = next, next == end
		}
		i = end
	}
	if start < len(text) {
		dst = append(dst, span{int32(base + start), int32(base + len(text)), glued})
	}
	return dst
}

// mayEnd marks the bytes that begin a terminator: . ! ? and the lead bytes
// of … ‼ ⁇ ⁈ ⁉ (E2), 。 (E3) and ！ ？ (EF).
var mayEnd = [256]bool{'.': true, '!': true, '?': true, 0xE2: true, 0xE3: true, 0xEF: true}

// nextMayEnd returns the index of the first byte of text at or after i
// that mayEnd marks, or len(text). It skips eight bytes at a time that hold
// none of them, nor any byte from 0xE2 up: sentences are mostly letters.
func nextMayEnd(text []byte, i int) int {
	for i < len(text) {
		if i+8 <= len(text) {
			x := swar.Load(text[i:])
			m := swar.ZeroBytes(x^'.'*swar.Ones) | swar.ZeroBytes(x^'!'*swar.Ones) | swar.ZeroBytes(x^'?'*swar.Ones) |
				swar.BytesIn(x&^swar.Highs, 0xE2&^0x80, 0x7F)&x
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		if mayEnd[text[i]] {
			return i
		}
		i++
	}
	return i
}

// isTerminator reports whether r may end a sentence.
func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？', '‼', '⁇', '⁈', '⁉':
		return true
	}
	return false
}

// terminatorEnd returns the end of the run of terminators at text[i] and of
// the closing quotes and brackets after it, and whether the run holds a CJK
// stop, which needs no space after it.
func terminatorEnd(text []byte, i int) (end int, cjkStop bool) {
	for i < len(text) {
		r, n := utf8.DecodeRune(text[i:])
		switch {
		case isTerminator(r):
			cjkStop = cjkStop || r == '。' || r == '！' || r == '？'
		case isClosing(r):
		default:
			return i, cjkStop
		}
		i += n
	}
	return i, cjkStop
}

// isClosing reports whether r closes a quote or a parenthesis.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', '」', '』', '）', '】', '〉', '》', '〕':
		return true
	}
	return false
}

// isOpening reports whether r opens a quote or a parenthesis.
func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '「', '『', '（', '【', '〈', '《', '¿', '¡':
		return true
	}
	return false
}

// endsSentence decides whether the terminators at text[term:end] end the
// sentence that began at start, with the next sentence at text[next].
func endsSentence(text []byte, start, term, end, next int) bool {
	if !startsSentence(text[next:]) {
		return false
	}
	if text[term] != '.' || end-term > 1 && text[term+1] == '.' {
		return true // ! ? … and "..." before a capital
	}
	word := wordBefore(text, start, term)
	switch abbreviationKind(word) {
	case titleAbbrev:
		return false
	case otherAbbrev:
		return startsWithStarter(text[next:])
	}
	return true
}

// wordBefore returns the word that ends at text[term], without opening
// quotes or brackets, and no further back than start.
func wordBefore(text []byte, start, term int) []byte {
	i := term
	for i > start && text[i-1] != ' ' {
		i--
	}
	for i < term {
		r, n := utf8.DecodeRune(text[i:])
		if !isOpening(r) {
			break
		}
		i += n
	}
	return text[i:term]
}

// startsSentence reports whether text may begin a sentence: with a capital,
// a digit, a CJK character, a symbol such as $ or an opening quote, or a word
// like iPhone whose capital comes second.
func startsSentence(text []byte) bool {
	r, n := utf8.DecodeRune(text)
	if isOpening(r) {
		return true
	}
	if unicode.IsLower(r) {
		r2, _ := utf8.DecodeRune(text[n:])
		return unicode.IsUpper(r2)
	}
	return !unicode.IsPunct(r) || r == '#' || r == '@'
}

// startsWithStarter reports whether text begins with an opening quote or a
// word that often begins a sentence and seldom follows an abbreviation.
func startsWithStarter(text []byte) bool {
	r, _ := utf8.DecodeRune(text)
	if isOpening(r) {
		return true
	}
	end := 0
	for end < len(text) && end < maxStarterLen && ascii.IsLetter(text[end]) {
		end++
	}
	if end == 0 || end < len(text) && ascii.IsLetter(text[end]) {
		return false
	}
	var lower [maxStarterLen]byte
	for i := range end {
		lower[i] = text[i] | 0x20
	}
	_, ok := sentenceStarters[string(lower[:end])]
	return ok
}

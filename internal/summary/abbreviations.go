package summary

import "github.com/articlekit/article/internal/ascii"

// abbrevKind tells how a word before a period bears on the sentence end.
type abbrevKind uint8

const (
	notAbbrev   abbrevKind = iota // an ordinary word: the period ends the sentence
	titleAbbrev                   // always followed by more of the sentence: Mr., Dr., e.g.
	otherAbbrev                   // may end a sentence too: Inc., U.S., J., a.m.
)

// maxAbbrevLen is the length of the longest word in abbreviations.
const maxAbbrevLen = 6

// abbreviations are the common English abbreviations, lower case and without
// their final period. Titles and Latin lead-ins come before more of the
// sentence; the others often end one ("… of Apple Inc. The company").
var abbreviations = map[string]abbrevKind{
	"mr": titleAbbrev, "mrs": titleAbbrev, "ms": titleAbbrev, "mx": titleAbbrev,
	"dr": titleAbbrev, "prof": titleAbbrev, "rev": titleAbbrev, "hon": titleAbbrev,
	"gen": titleAbbrev, "col": titleAbbrev, "lt": titleAbbrev, "sgt": titleAbbrev,
	"capt": titleAbbrev, "cmdr": titleAbbrev, "adm": titleAbbrev, "maj": titleAbbrev,
	"gov": titleAbbrev, "sen": titleAbbrev, "rep": titleAbbrev, "pres": titleAbbrev,
	"supt": titleAbbrev, "det": titleAbbrev, "insp": titleAbbrev, "fr": titleAbbrev,
	"e.g": titleAbbrev, "i.e": titleAbbrev, "cf": titleAbbrev, "vs": titleAbbrev,
	"viz": titleAbbrev, "approx": titleAbbrev, "ca": titleAbbrev,

	"inc": otherAbbrev, "ltd": otherAbbrev, "corp": otherAbbrev, "co": otherAbbrev,
	"plc": otherAbbrev, "llc": otherAbbrev, "bros": otherAbbrev, "jr": otherAbbrev,
	"sr": otherAbbrev, "st": otherAbbrev, "ave": otherAbbrev, "blvd": otherAbbrev,
	"rd": otherAbbrev, "mt": otherAbbrev, "ft": otherAbbrev, "etc": otherAbbrev,
	"al": otherAbbrev, "no": otherAbbrev, "nos": otherAbbrev, "vol": otherAbbrev,
	"fig": otherAbbrev, "est": otherAbbrev, "dept": otherAbbrev, "univ": otherAbbrev,
	"assn": otherAbbrev, "jan": otherAbbrev, "feb": otherAbbrev, "mar": otherAbbrev,
	"apr": otherAbbrev, "jun": otherAbbrev, "jul": otherAbbrev, "aug": otherAbbrev,
	"sep": otherAbbrev, "sept": otherAbbrev, "oct": otherAbbrev, "nov": otherAbbrev,
	"dec": otherAbbrev, "mon": otherAbbrev, "tue": otherAbbrev, "tues": otherAbbrev,
	"wed": otherAbbrev, "thu": otherAbbrev, "thurs": otherAbbrev, "fri": otherAbbrev,
	"sat": otherAbbrev, "sun": otherAbbrev, "pp": otherAbbrev, "op": otherAbbrev,
}

// abbreviationKind tells whether word, the word before a period, is an
// abbreviation: a known one, an initial (J) or an acronym with periods
// (U.S, a.m, Ph.D), each of whose parts has one or two letters.
func abbreviationKind(word []byte) abbrevKind {
	if len(word) == 0 || len(word) > maxAbbrevLen {
		return notAbbrev
	}
	var lower [maxAbbrevLen]byte
	for i, c := range word {
		if !ascii.IsLetter(c) && c != '.' {
			return notAbbrev
		}
		lower[i] = c | 0x20
	}
	if k, ok := abbreviations[string(lower[:len(word)])]; ok {
		return k
	}
	part := 0
	for _, c := range word {
		if c == '.' {
			if part == 0 {
				return notAbbrev
			}
			part = 0
			continue
		}
		if part++; part > 2 {
			return notAbbrev
		}
	}
	if len(word) == 1 || len(word) > 2 && part > 0 {
		return otherAbbrev
	}
	return notAbbrev
}

// maxStarterLen is the length of the longest word in sentenceStarters.
const maxStarterLen = 11

// sentenceStarters are words that often begin a sentence and seldom follow an
// abbreviation: after "U.S." or "Inc." they tell that a new sentence begins.
var sentenceStarters = map[string]struct{}{
	"a": {}, "about": {}, "according": {}, "after": {}, "all": {}, "also": {}, "although": {},
	"an": {}, "and": {}, "another": {}, "as": {}, "at": {}, "because": {}, "before": {},
	"both": {}, "but": {}, "by": {}, "despite": {}, "during": {}, "each": {}, "earlier": {},
	"even": {}, "for": {}, "from": {}, "he": {}, "her": {}, "here": {}, "his": {}, "how": {},
	"however": {}, "i": {}, "if": {}, "in": {}, "instead": {}, "it": {}, "its": {}, "last": {},
	"later": {}, "many": {}, "meanwhile": {}, "more": {}, "moreover": {}, "most": {},
	"my": {}, "neither": {}, "no": {}, "not": {}, "now": {}, "on": {}, "one": {}, "only": {},
	"our": {}, "over": {}, "she": {}, "since": {}, "so": {}, "some": {}, "still": {},
	"such": {}, "that": {}, "the": {}, "their": {}, "then": {}, "there": {}, "these": {},
	"they": {}, "this": {}, "those": {}, "though": {}, "thus": {}, "to": {}, "today": {},
	"under": {}, "unlike": {}, "until": {}, "we": {}, "what": {}, "when": {}, "where": {},
	"whether": {}, "which": {}, "while": {}, "who": {}, "why": {}, "with": {}, "yet": {},
	"you": {}, "your": {}, "nevertheless": {}, "furthermore": {}, "additionally": {},
}

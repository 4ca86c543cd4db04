package summary

// isStopword reports whether h is the term hash of a function word.
func isStopword(h uint64) bool {
	for slot := h >> stopwordShift; stopwordSet[slot] != 0; slot = (slot + 1) & (stopwordSlots - 1) {
		if stopwordSet[slot] == h {
			return true
		}
	}
	return false
}

// stopwordSet is an open-addressing set of the term hashes of stopwords,
// probed from a hash's top bits: cheaper than a map for a hash that is
// already one.
const (
	stopwordSlots = 1024 // a power of two, over four times the stopwords
	stopwordShift = 64 - 10
)

var stopwordSet = func() (set [stopwordSlots]uint64) {
	for w := range stopwords {
		var buf termBuf
		h := buf.hash(len(stem(buf[:copy(buf[:], w)])))
		slot := h >> stopwordShift
		for set[slot] != 0 && set[slot] != h {
			slot = (slot + 1) & (stopwordSlots - 1)
		}
		set[slot] = h
	}
	return set
}()

// stopwords are English function words, which tell nothing of what a
// sentence is about and so take no part in sentence similarity.
var stopwords = map[string]struct{}{
	"a": {}, "about": {}, "above": {}, "after": {}, "again": {}, "against": {}, "all": {},
	"also": {}, "am": {}, "an": {}, "and": {}, "any": {}, "are": {}, "as": {}, "at": {},
	"be": {}, "because": {}, "been": {}, "before": {}, "being": {}, "below": {}, "between": {},
	"both": {}, "but": {}, "by": {}, "can": {}, "could": {}, "did": {}, "do": {}, "does": {},
	"doing": {}, "down": {}, "during": {}, "each": {}, "few": {}, "for": {}, "from": {},
	"further": {}, "had": {}, "has": {}, "have": {}, "having": {}, "he": {}, "her": {},
	"here": {}, "hers": {}, "herself": {}, "him": {}, "himself": {}, "his": {}, "how": {},
	"i": {}, "if": {}, "in": {}, "into": {}, "is": {}, "it": {}, "its": {}, "itself": {},
	"just": {}, "may": {}, "me": {}, "might": {}, "more": {}, "most": {}, "much": {}, "must": {},
	"my": {}, "no": {}, "nor": {}, "not": {}, "now": {}, "of": {}, "off": {}, "on": {},
	"once": {}, "only": {}, "or": {}, "other": {}, "our": {}, "ours": {}, "out": {}, "over": {},
	"own": {}, "said": {}, "same": {}, "say": {}, "says": {}, "she": {}, "should": {}, "so": {},
	"some": {}, "such": {}, "than": {}, "that": {}, "the": {}, "their": {}, "theirs": {},
	"them": {}, "then": {}, "there": {}, "these": {}, "they": {}, "this": {}, "those": {},
	"through": {}, "to": {}, "too": {}, "under": {}, "until": {}, "up": {}, "very": {},
	"was": {}, "we": {}, "were": {}, "what": {}, "when": {}, "where": {}, "which": {},
	"while": {}, "who": {}, "whom": {}, "why": {}, "will": {}, "with": {}, "would": {},
	"you": {}, "your": {}, "yours": {}, "yet": {}, "would've": {}, "it's": {}, "that's": {},
	"there's": {}, "he's": {}, "she's": {}, "they're": {}, "we're": {}, "i'm": {}, "don't": {},
	"doesn't": {}, "didn't": {}, "isn't": {}, "wasn't": {}, "aren't": {}, "won't": {},
	"can't": {}, "according": {}, "including": {}, "however": {}, "another": {}, "many": {}, "still": {},
}

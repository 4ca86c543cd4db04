package transform

// isStopword reports whether h is the term hash of a function word.
func isStopword(h uint64) bool {
	_, ok := stopwordHashes[h]
	return ok
}

// stopwordHashes holds the term hashes of stopwords.
var stopwordHashes = func() map[uint64]struct{} {
	m := make(map[uint64]struct{}, len(stopwords))
	for w := range stopwords {
		m[hashBytes(stem([]byte(w)))] = struct{}{}
	}
	return m
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

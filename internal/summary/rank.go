package summary

import (
	"math"
	"math/bits"
	"slices"
)

// The key-sentence method: TextRank with the similarity of Mihalcea and
// Tarau (2004), favouring sentences that say more. Each choice below was
// made on real news with extractive reference summaries, beside plain
// TextRank and lead-N (see TestNewsQuality), for the reason given.
//
// A sentence is its set of content words: stemmed words less function
// words (in CJK text, character pairs). Two sentences are alike by the
// words they share over ln|Si| + ln|Sj|, |S| being a sentence's number of
// content words. The logarithm normalizes less than a cosine of TF-IDF
// vectors does, so a long sentence that shares much with the rest counts
// for more than a short one that shares a little, and it chose better
// sentences than the cosine; weighting the shared words by their rarity
// did not help, and counting all words in |S|, as the original does, did
// a little worse. A sentence is central when many central sentences are
// like it: its PageRank in the graph of these similarities, which chose
// better than its plain degree.
//
// The teleport of PageRank is uniform, with no prior for position, title
// or structure: news references draw their sentences from the whole story,
// lead-N scores far below centrality there, and every such prior tried
// lowered the scores. A sentence like no other, such as a byline or a
// photo credit before the story, gets only the teleport, so it stays out
// of the summary however early it comes, where lead-N takes it.
//
// A sentence's score is its PageRank times words^lengthPower: of two
// equally central sentences the longer tells more of the story, while the
// low power keeps a run-on sentence from winning on its length. The k best
// are taken as they are: removing redundancy among them (MMR), or
// discounting sentences that open with a quotation or end in a colon,
// dropped sentences that the references hold.
//
// The cost is bounded: the similarities come from the postings of shared
// words, not from every pair of sentences, and at most maxCandidates
// sentences enter the graph, chosen in linear time by their estimated
// degree (see candidates) times their length factor, so a long article
// costs about what its candidates do.
const (
	maxCandidates = 100  // sentences in the graph at most
	damping       = 0.85 // PageRank's damping factor, as in TextRank
	maxIterations = 50   // power iterations at most
	tolerance     = 1e-5 // L1 change at which the iteration stops
	lengthPower   = 0.3  // a score is PageRank × words^lengthPower
	minWeight     = 1e-9 // a sentence with less similarity to all others is like no other
)

// ranker holds the scratch memory of the key-sentence method, reused from
// article to article.
type ranker struct {
	keys  []uint64  // open-addressing table of term hashes...
	vals  []int32   // ...and their term ids plus one, 0 for an empty slot
	df    []int32   // sentences holding each term
	last  []int32   // scratch: where in terms each term last went; postings' start
	terms []int32   // term ids of all sentences, each once a sentence, one after another
	off   []int32   // sentence i's terms are terms[off[i]:off[i+1]]
	logs  []float32 // ln of each sentence's number of terms
	post  []int32   // postings of the candidates (their indexes), by term
	cand  []int32   // sentences in the graph, in document order
	ln    []float32 // ln|S| of each candidate
	sim   []float32 // similarity of candidates, row-major
	out   []float32 // sum of each candidate's similarities
	score []float32 // PageRank of the candidates
	share []float32 // scratch for the power iteration: what each candidate passes on
	order []int32   // scratch: sentences by score
	picks []int32   // the key sentences chosen
}

// sentenceInfo is what the ranker knows of a sentence besides its terms.
type sentenceInfo struct {
	words int32 // its words
}

// keySentences returns the indexes, in document order, of the k key
// sentences of those info describes, in memory of r that the next call
// reuses. Sentence i has the term hashes hashes[off[i]:off[i+1]] (see
// appendTerms).
func (r *ranker) keySentences(hashes []uint64, off []int32, info []sentenceInfo, k int) []int32 {
	n := len(info)
	if k >= n {
		r.picks = r.picks[:0]
		for i := range n {
			r.picks = append(r.picks, int32(i))
		}
		return r.picks
	}
	r.termSets(hashes, off)
	r.candidates(info, k)
	r.similarities()
	r.pageRank()
	return r.choose(info, k)
}

// termSets gives every sentence its set of content terms, as term ids, and
// counts the sentences holding each term.
func (r *ranker) termSets(hashes []uint64, off []int32) {
	size := 1 << bits.Len(uint(max(16, 2*len(hashes))))
	r.keys, r.vals = resize(r.keys, size), resize(r.vals, size)
	clear(r.vals)
	mask := uint64(size - 1)
	shift := 64 - bits.Len(uint(size-1))
	n := len(off) - 1
	r.df, r.last, r.terms, r.off = r.df[:0], r.last[:0], r.terms[:0], append(r.off[:0], 0)
	r.logs = resize(r.logs, n)
	for i := range n {
		first := int32(len(r.terms))
		for _, h := range hashes[off[i]:off[i+1]] {
			slot := (h * 0x9E3779B97F4A7C15) >> shift
			for r.vals[slot] != 0 && r.keys[slot] != h {
				slot = (slot + 1) & mask
			}
			id := r.vals[slot] - 1
			if id < 0 {
				id = int32(len(r.df))
				r.keys[slot], r.vals[slot] = h, id+1
				r.df = append(r.df, 0)
				if isStopword(h) {
					r.last = append(r.last, math.MaxInt32) // never a term of a sentence
				} else {
					r.last = append(r.last, -1)
				}
			}
			if r.last[id] >= first { // a stopword, or seen in this sentence
				continue
			}
			r.last[id] = int32(len(r.terms))
			r.df[id]++
			r.terms = append(r.terms, id)
		}
		r.off = append(r.off, int32(len(r.terms)))
		r.logs[i] = lnTerms(int32(len(r.terms)) - first)
	}
}

// lengthFactor is the share of a sentence's length in its score,
// words^lengthPower.
func lengthFactor(words int32) float32 { return lengthFactors.of(words, lengthPow) }

func lengthPow(words int32) float32 {
	return float32(math.Pow(float64(max(words, 1)), lengthPower))
}

// lnTerms is ln|S| of a sentence of n terms, 0 for none.
func lnTerms(n int32) float32 { return lnTable.of(n, lnCount) }

func lnCount(n int32) float32 { return float32(math.Log(float64(max(n, 1)))) }

var lengthFactors, lnTable = tabulate(lengthPow), tabulate(lnCount)

// countTable holds a function of a count for the counts of most sentences:
// math.Pow and math.Log cost more than the rest of a sentence's share in
// ranking.
type countTable [64]float32

func tabulate(f func(int32) float32) (t countTable) {
	for n := range t {
		t[n] = f(int32(n))
	}
	return t
}

// of returns f(n), from t if it holds it.
func (t *countTable) of(n int32, f func(int32) float32) float32 {
	if n >= 0 && int(n) < len(t) {
		return t[n]
	}
	return f(n)
}

// candidates chooses the sentences of the graph: all of them, or for a
// long article the maxCandidates with the highest estimated degree times
// their length factor. A sentence's degree is the sum over the others of
// the terms they share over ln|Si| + ln|Sj|; it is estimated with the mean
// ln|Sj|, which makes it linear: the sentences sharing each of its terms,
// over ln|Si| plus that mean. When k, the key sentences asked for, exceeds
// maxCandidates, r.order keeps the k best by this estimate (see choose).
func (r *ranker) candidates(info []sentenceInfo, k int) {
	n := len(info)
	r.cand = r.cand[:0]
	if n <= maxCandidates {
		for i := range n {
			r.cand = append(r.cand, int32(i))
		}
		return
	}
	var mean float32
	for _, l := range r.logs {
		mean += l
	}
	mean /= float32(n)
	score := resize(r.score, n)
	for i := range n {
		var shared int32
		for _, id := range r.terms[r.off[i]:r.off[i+1]] {
			shared += r.df[id] - 1
		}
		score[i] = 0
		if den := r.logs[i] + mean; den > 0 {
			score[i] = float32(shared) / den * lengthFactor(info[i].words)
		}
	}
	r.order = best(r.order, score, max(maxCandidates, k)) // k for choose
	r.cand = append(r.cand, r.order[:maxCandidates]...)
	slices.Sort(r.cand)
	r.score = score
}

// similarities fills the similarity of every pair of candidates, the terms
// they share over ln|Si| + ln|Sj|, from the postings of their terms: only
// pairs that share a term cost.
func (r *ranker) similarities() {
	m := len(r.cand)
	r.sim = resize(r.sim, m*m)
	sim := r.sim[:m*m]
	clear(sim)
	start := r.last // postings of term id t start at start[t]
	clear(start)
	for _, i := range r.cand {
		for _, id := range r.terms[r.off[i]:r.off[i+1]] {
			start[id]++
		}
	}
	sum := int32(0)
	for id, c := range start {
		start[id] = sum
		sum += c
	}
	r.post = resize(r.post, int(sum))
	for a, i := range r.cand {
		for _, id := range r.terms[r.off[i]:r.off[i+1]] {
			r.post[start[id]] = int32(a)
			start[id]++
		}
	}
	// start[t] is now the end of t's postings, and the start of t+1's.
	begin := int32(0)
	for _, end := range start {
		ps := r.post[begin:end]
		begin = end
		for x, a := range ps {
			row := sim[int(a)*m:][:m]
			for _, b := range ps[x+1:] {
				row[b]++
			}
		}
	}
	r.ln = resize(r.ln, m)
	ln := r.ln[:m]
	for a, i := range r.cand {
		ln[a] = r.logs[i]
	}
	for a, la := range ln {
		row := sim[a*m:][:m]
		for b := a + 1; b < m; b++ {
			// Two sentences of one term each have ln 1 + ln 1 = 0: alike as
			// they may be, they say too little to count.
			w := float32(0)
			if den := la + ln[b]; den > 0 {
				w = row[b] / den
			}
			row[b], sim[b*m+a] = w, w
		}
	}
}

// pageRank computes the candidates' PageRank in the similarity graph, with
// a uniform teleport; a sentence like no other teleports.
func (r *ranker) pageRank() {
	m := len(r.cand)
	r.score, r.share, r.out = resize(r.score, m), resize(r.share, m), resize(r.out, m)
	// Slices of one length, for the compiler to drop bounds checks.
	score, share, out, sim := r.score[:m], r.share[:m], r.out[:m], r.sim[:m*m]
	for a := range out {
		var sum float32
		for _, w := range sim[a*m : a*m+m] {
			sum += w
		}
		out[a] = sum
	}
	uniform := 1 / float32(m)
	for a := range score {
		score[a] = uniform
	}
	for range maxIterations {
		var dangling float32
		for a, s := range score {
			share[a] = 0
			if out[a] <= minWeight {
				dangling += s
				continue
			}
			share[a] = damping * s / out[a]
		}
		teleport := (1 - damping + damping*dangling) * uniform
		var change float32
		for b := 0; b < m; b += 4 {
			v := gather(share, sim[b*m:], m-b)
			for j, v := range v[:min(4, m-b)] {
				v += teleport
				change += float32(math.Abs(float64(v - score[b+j])))
				score[b+j] = v
			}
		}
		if change < tolerance {
			break
		}
	}
}

// gather returns the rank that sentence j of rows, up to the first n,
// receives: the sum over a of share[a] times the similarity in row j,
// column a, the similarities being symmetric. It adds in the order of a, as
// distributing each share in turn would, and sums four rows at once, so
// that no sum waits on the one before.
func gather(share, rows []float32, n int) (v [4]float32) {
	m := len(share)
	if n < 4 {
		for j := range n {
			row := rows[j*m:][:m]
			for a, s := range share {
				v[j] += s * row[a]
			}
		}
		return v
	}
	r0, r1, r2, r3 := rows[:m], rows[m:][:m], rows[2*m:][:m], rows[3*m:][:m]
	var v0, v1, v2, v3 float32
	for a, s := range share {
		v0 += s * r0[a]
		v1 += s * r1[a]
		v2 += s * r2[a]
		v3 += s * r3[a]
	}
	return [4]float32{v0, v1, v2, v3}
}

// choose takes the k candidates with the best PageRank times length factor
// and returns their sentence indexes in document order. When k is not
// below the candidates, as a share of a long article may ask, it takes them
// all and the rest of the k best by their estimated degree (see
// candidates), whose order r.order still holds.
func (r *ranker) choose(info []sentenceInfo, k int) []int32 {
	r.picks = r.picks[:0]
	if m := len(r.cand); k >= m {
		r.picks = append(append(r.picks, r.cand...), r.order[m:k]...)
		slices.Sort(r.picks)
		return r.picks
	}
	for a, i := range r.cand {
		r.score[a] *= lengthFactor(info[i].words)
	}
	r.order = best(r.order, r.score[:len(r.cand)], k)
	for _, a := range r.order {
		r.picks = append(r.picks, r.cand[a])
	}
	slices.Sort(r.picks)
	return r.picks
}

// best writes to dst the indexes of the k highest scores, highest first,
// of equal scores the earlier first, as a stable sort orders them. Keeping
// the k best as they come is cheaper than sorting all: k is small beside
// the scores, and most fall short of the kth best on arrival.
func best(dst []int32, score []float32, k int) []int32 {
	dst = dst[:0]
	for a, s := range score {
		if len(dst) == k && s <= score[dst[k-1]] {
			continue
		}
		j := len(dst)
		for j > 0 && s > score[dst[j-1]] {
			j--
		}
		if len(dst) < k {
			dst = append(dst, 0)
		}
		copy(dst[j+1:], dst[j:len(dst)-1])
		dst[j] = int32(a)
	}
	return dst
}

// resize returns s with length n, reusing its memory when it can.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

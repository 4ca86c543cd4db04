package transform

import (
	"math"
	"math/bits"
	"slices"
)

// The key-sentence method: LexRank centrality with mild priors, and a
// diverse choice.
//
// Sentences are TF-IDF vectors over stemmed content words (CJK character
// pairs), with the sentences of the article as the document collection.
// Their cosine similarities make an undirected weighted graph, as in
// TextRank and LexRank (Mihalcea and Tarau 2004, Erkan and Radev 2004): a
// sentence is central when many sentences say something like it. The
// ranker runs PageRank in that graph, personalized (the teleport vector) by
// a mild prior:
//
//   - position, decaying slowly as 1/sqrt(1+i) for the i-th sentence, so
//     that the lead counts without drowning the rest of the article;
//   - structure: the first sentence of a section (after a heading) and, less,
//     of a paragraph, since writers state a part's point where it begins;
//   - the title: one plus the sentence's cosine similarity to the article's
//     title and top-level (h1, h2) headings.
//
// A sentence's relevance is the mass it receives through the graph (its
// PageRank less what the teleport gave it), times its prior, times a length
// factor that discounts short sentences (under shortWords words), run-on
// sentences (over longWords), which a cosine cannot tell apart, and
// sentences whose form leans on others (see formFactor). Counting
// only the mass received keeps a sentence like no other, such as a byline,
// a share link or a photo credit before the story, out of the summary
// however early it comes, where lead-N takes it.
//
// The summary takes sentences by maximal marginal relevance (Carbonell and
// Goldstein 1998): each next pick is the best by relevance less its
// similarity to the sentences already picked, a similarity that counts a
// shared section as a little more alike, so that the picks cover the
// article rather than repeat its strongest part. Document order is
// restored at the end.
//
// The cost is bounded: the similarities come from the postings of shared
// terms, not from every pair of vectors, and at most maxCandidates
// sentences enter the graph, chosen in linear time by their similarity to
// the article's centroid (their degree in the full graph, up to norms)
// times the prior, so a long article costs about what its candidates do.
const (
	maxCandidates = 100  // sentences in the graph at most
	damping       = 0.85 // PageRank's damping factor, as in TextRank and LexRank
	maxIterations = 50   // power iterations at most
	tolerance     = 1e-5 // L1 change at which the iteration stops
	titleWeight   = 1.0  // prior factor 1 + titleWeight × cosine to the title
	sectionLead   = 1.0  // prior factor 1 + sectionLead for a section's first sentence
	paragraphLead = 0.5  // prior factor 1 + paragraphLead for another paragraph's first
	mmrLambda     = 0.5  // weight of relevance against redundancy in the choice
	sameSection   = 0.2  // similarity added for two sentences of one section
	shortWords    = 15   // fewer words than this: relevance × words/shortWords
	longWords     = 40   // more words than this: relevance × sqrt(longWords/words)
	minWeight     = 1e-9 // a sentence with less similarity to all others is like no other
	colonFactor   = 0.5  // relevance factor of a sentence that ends in a colon
	quoteFactor   = 0.7  // relevance factor of a sentence that opens with a quotation
)

// Sentence starts, the structure the prior reads, and forms that say less
// than they seem to on their own.
const (
	leadParagraph uint8 = 1 << iota // first sentence of a prose block
	leadSection                     // first sentence after a heading, or of the text
	endsInColon                     // introduces what follows: "The stolen data includes:"
	opensQuote                      // a voice in the story, rather than its own account
)

// termCount is a term of a sentence and how often it occurs there.
type termCount struct {
	id, n int32
}

// posting is a candidate holding a term, with the term's weight there.
type posting struct {
	a int32
	w float32
}

// ranker holds the scratch memory of the key-sentence method, reused from
// article to article.
type ranker struct {
	keys   []uint64    // open-addressing table of term hashes...
	vals   []int32     // ...and their term ids plus one, 0 for an empty slot
	df     []int32     // sentences holding each term
	idf    []float32   // inverse document frequency of each term
	idfOf  []float32   // scratch: the idf of each document frequency, 0 until needed
	last   []int32     // scratch: where in terms each term last went; postings' start
	terms  []termCount // terms of all sentences, one after another
	off    []int32     // sentence i's terms are terms[off[i]:off[i+1]]
	weight []float32   // TF-IDF weight of each entry of terms, over its sentence's norm
	norm   []float32   // Euclidean norm of each sentence's vector, 0 for no terms
	dense  []float32   // scratch: one vector, indexed by term id
	post   []posting   // postings of the candidates, by term
	cand   []int32     // sentences in the graph, in document order
	sim    []float32   // similarity of candidates, row-major
	prior  []float32   // teleport vector
	out    []float32   // sum of each candidate's similarities
	score  []float32   // PageRank of the candidates
	next   []float32   // scratch for the power iteration
	order  []int32     // scratch: sentences by score
}

// sentenceInfo is what the ranker knows of a sentence besides its terms.
type sentenceInfo struct {
	words   int32 // its words
	section int32 // the headings before it
	lead    uint8 // leadParagraph, leadSection, endsInColon, opensQuote
}

// keySentences returns the indexes, in document order, of the k most
// central of the sentences info describes. Sentence i has the term hashes
// hashes[off[i]:off[i+1]] (see appendTerms); title's term hashes bias the
// choice.
func (r *ranker) keySentences(hashes []uint64, off []int32, info []sentenceInfo, title []uint64, k int) []int32 {
	n := len(info)
	if k >= n {
		out := make([]int32, n)
		for i := range out {
			out[i] = int32(i)
		}
		return out
	}
	r.vectors(hashes, off)
	r.priors(info, title)
	r.candidates(n)
	r.similarities()
	r.pageRank()
	return r.choose(info, k)
}

// vectors builds the TF-IDF vector of every sentence.
func (r *ranker) vectors(hashes []uint64, off []int32) {
	size := 1 << bits.Len(uint(max(16, 2*len(hashes))))
	r.keys, r.vals = resize(r.keys, size), resize(r.vals, size)
	clear(r.vals)
	mask := uint64(size - 1)
	shift := 64 - bits.Len(uint(size-1))
	n := len(off) - 1
	r.df, r.last, r.terms, r.off = r.df[:0], r.last[:0], r.terms[:0], append(r.off[:0], 0)
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
			last := r.last[id]
			if last == math.MaxInt32 {
				continue
			}
			if last >= first { // seen in this sentence
				r.terms[last].n++
				continue
			}
			r.last[id] = int32(len(r.terms))
			r.df[id]++
			r.terms = append(r.terms, termCount{id: id, n: 1})
		}
		r.off = append(r.off, int32(len(r.terms)))
	}
	r.idf, r.idfOf = resize(r.idf, len(r.df)), resize(r.idfOf, n+1)
	clear(r.idfOf)
	for id, df := range r.df {
		if df > 0 {
			if r.idfOf[df] == 0 { // most terms share a few frequencies: one logarithm each
				r.idfOf[df] = float32(math.Log(1 + float64(n)/float64(df)))
			}
			r.idf[id] = r.idfOf[df]
		}
	}
	r.weight, r.norm = resize(r.weight, len(r.terms)), resize(r.norm, n)
	for i := range n {
		var sum float32
		for j := r.off[i]; j < r.off[i+1]; j++ {
			t := r.terms[j]
			w := r.idf[t.id] * tf(t.n)
			r.weight[j] = w
			sum += w * w
		}
		r.norm[i] = float32(math.Sqrt(float64(sum)))
		if r.norm[i] > 0 {
			inv := 1 / r.norm[i]
			for j := r.off[i]; j < r.off[i+1]; j++ {
				r.weight[j] *= inv
			}
		}
	}
	r.dense = resize(r.dense, len(r.df))
}

// lookup returns the term id of hash h, or -1 for a term no sentence has.
func (r *ranker) lookup(h uint64) int32 {
	size := len(r.vals)
	shift := 64 - bits.Len(uint(size-1))
	for slot := (h * 0x9E3779B97F4A7C15) >> shift; r.vals[slot] != 0; slot = (slot + 1) & uint64(size-1) {
		if r.keys[slot] == h {
			return r.vals[slot] - 1
		}
	}
	return -1
}

// priors fills the prior of every sentence: position, structure and
// closeness to the title.
func (r *ranker) priors(info []sentenceInfo, title []uint64) {
	dense := r.dense // the title's vector, by term id; zero after use
	var norm float32
	for _, h := range title {
		if id := r.lookup(h); id >= 0 && r.df[id] > 0 && dense[id] == 0 {
			w := r.idf[id]
			dense[id] = w
			norm += w * w
		}
	}
	norm = float32(math.Sqrt(float64(norm)))
	r.prior = resize(r.prior, len(info))
	for i, s := range info {
		var sim float32
		if norm > 0 {
			for j := r.off[i]; j < r.off[i+1]; j++ {
				sim += r.weight[j] * dense[r.terms[j].id]
			}
			sim /= norm
		}
		p := 1 / float32(math.Sqrt(float64(1+i)))
		switch {
		case s.lead&leadSection != 0:
			p *= 1 + sectionLead
		case s.lead&leadParagraph != 0:
			p *= 1 + paragraphLead
		}
		r.prior[i] = p * (1 + titleWeight*sim)
	}
	for _, h := range title {
		if id := r.lookup(h); id >= 0 {
			dense[id] = 0
		}
	}
}

// candidates chooses the sentences of the graph: all of them, or for a
// long article the maxCandidates with the most similarity to the whole
// article times their prior.
func (r *ranker) candidates(n int) {
	r.cand = r.cand[:0]
	if n <= maxCandidates {
		for i := range n {
			r.cand = append(r.cand, int32(i))
		}
		return
	}
	centroid := r.dense // the sum of all sentence vectors
	clear(centroid)
	for j, t := range r.terms {
		centroid[t.id] += r.weight[j]
	}
	score := resize(r.score, n)
	for i := range n {
		var dot float32
		for j := r.off[i]; j < r.off[i+1]; j++ {
			dot += r.weight[j] * centroid[r.terms[j].id]
		}
		score[i] = dot * r.prior[i]
	}
	clear(centroid)
	r.order = r.order[:0]
	for i := range n {
		r.order = append(r.order, int32(i))
	}
	slices.SortStableFunc(r.order, func(a, b int32) int { return cmpDesc(score[a], score[b]) })
	r.cand = append(r.cand, r.order[:maxCandidates]...)
	slices.Sort(r.cand)
	r.score = score
}

// similarities fills the cosine similarity of every pair of candidates
// from the postings of their terms: only pairs that share a term cost.
func (r *ranker) similarities() {
	m := len(r.cand)
	r.sim = resize(r.sim, m*m)
	clear(r.sim)
	start := r.last // postings of term id t start at start[t]
	for id := range start {
		start[id] = 0
	}
	for _, i := range r.cand {
		for _, t := range r.terms[r.off[i]:r.off[i+1]] {
			start[t.id]++
		}
	}
	sum := int32(0)
	for id, c := range start {
		start[id] = sum
		sum += c
	}
	r.post = resize(r.post, int(sum))
	for a, i := range r.cand {
		for j := r.off[i]; j < r.off[i+1]; j++ {
			id := r.terms[j].id
			r.post[start[id]] = posting{int32(a), r.weight[j]}
			start[id]++
		}
	}
	// start[t] is now the end of t's postings, and the start of t+1's.
	begin := int32(0)
	for _, end := range start {
		ps := r.post[begin:end]
		begin = end
		for x, p := range ps {
			row := r.sim[int(p.a)*m : int(p.a)*m+m]
			for _, q := range ps[x+1:] {
				row[q.a] += p.w * q.w
			}
		}
	}
	for a := range m {
		for b := a + 1; b < m; b++ {
			r.sim[b*m+a] = r.sim[a*m+b]
		}
	}
}

// pageRank computes the candidates' PageRank in the similarity graph, with
// their priors as teleport vector; a sentence like no other teleports.
func (r *ranker) pageRank() {
	m := len(r.cand)
	r.score, r.next, r.out = resize(r.score, m), resize(r.next, m), resize(r.out, m)
	prior := r.next // the candidates' priors, summing to one
	var total float32
	for a, i := range r.cand {
		prior[a] = r.prior[i]
		total += prior[a]
	}
	for a := range prior {
		prior[a] /= total
	}
	copy(r.prior, prior) // r.prior is by candidate from here on
	r.prior = r.prior[:m]
	for a := range m {
		var sum float32
		for _, w := range r.sim[a*m : a*m+m] {
			sum += w
		}
		r.out[a] = sum
	}
	copy(r.score, r.prior)
	for range maxIterations {
		var dangling float32
		clear(r.next)
		for a := range m {
			if r.out[a] <= minWeight {
				dangling += r.score[a]
				continue
			}
			sa := damping * r.score[a] / r.out[a]
			next := r.next[:m]
			for b, w := range r.sim[a*m : a*m+m] {
				next[b] += sa * w
			}
		}
		var change float32
		teleport := 1 - damping + damping*dangling
		for a := range m {
			v := r.next[a] + teleport*r.prior[a]
			change += float32(math.Abs(float64(v - r.score[a])))
			r.score[a] = v
		}
		if change < tolerance {
			break
		}
	}
}

// tf is the weight of a term that occurs n times in a sentence, 1 + ln n,
// from a table for the few counts that occur.
func tf(n int32) float32 {
	if n < int32(len(tfTable)) {
		return tfTable[n]
	}
	return 1 + float32(math.Log(float64(n)))
}

var tfTable = func() (t [8]float32) {
	for n := 1; n < len(t); n++ {
		t[n] = 1 + float32(math.Log(float64(n)))
	}
	return t
}()

// formFactor discounts short sentences, which hold few of the words a
// summary is made of, run-on sentences, and sentences whose form says they
// lean on others: one that ends in a colon is an introduction to what
// follows, and one that opens with a quotation gives a voice in the story,
// which a summary reports rather than repeats.
func formFactor(s sentenceInfo) float32 {
	f := float32(1)
	if s.words < shortWords {
		f = float32(s.words) / float32(shortWords)
	}
	if s.words > longWords {
		f = float32(math.Sqrt(float64(longWords) / float64(s.words)))
	}
	if s.lead&endsInColon != 0 {
		f *= colonFactor
	}
	if s.lead&opensQuote != 0 {
		f *= quoteFactor
	}
	return f
}

// choose takes k candidates by maximal marginal relevance and returns their
// sentence indexes in document order.
func (r *ranker) choose(info []sentenceInfo, k int) []int32 {
	m := len(r.cand)
	rel, redundant := r.next, r.out
	// The mass each candidate receives through the graph: its PageRank
	// less what teleport gave it.
	clear(rel)
	for a := range m {
		if r.out[a] <= minWeight {
			continue
		}
		sa := damping * r.score[a] / r.out[a]
		for b, w := range r.sim[a*m : a*m+m] {
			rel[b] += sa * w
		}
	}
	var top float32
	for a, i := range r.cand {
		rel[a] *= r.prior[a] * formFactor(info[i])
		top = max(top, rel[a])
	}
	if top > 0 {
		for a := range rel {
			rel[a] /= top
		}
	}
	clear(redundant)
	picked := make([]int32, 0, k)
	for len(picked) < k {
		best, bestScore := -1, float32(0)
		for a := range m {
			if redundant[a] < 0 { // taken
				continue
			}
			s := mmrLambda*rel[a] - (1-mmrLambda)*redundant[a]
			if best < 0 || s > bestScore {
				best, bestScore = a, s
			}
		}
		picked = append(picked, int32(best))
		redundant[best] = -1
		for a := range m {
			if redundant[a] < 0 {
				continue
			}
			sim := r.sim[best*m+a]
			if info[r.cand[a]].section == info[r.cand[best]].section {
				sim += sameSection
			}
			redundant[a] = max(redundant[a], sim)
		}
	}
	for i, a := range picked {
		picked[i] = r.cand[a]
	}
	slices.Sort(picked)
	return picked
}

// cmpDesc orders scores from high to low.
func cmpDesc(a, b float32) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}

// resize returns s with length n, reusing its memory when it can.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

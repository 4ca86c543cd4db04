package transform

import (
	"math"
	"slices"
)

// The key-sentence method: a position- and title-biased LexRank on a
// backward-directed graph.
//
// Sentences are TF-IDF vectors over stemmed content words (CJK character
// pairs), with the sentences of the article as the document collection.
// Their cosine similarities make a weighted graph in which each sentence
// votes for the earlier sentences like it, as in the "backward" graph that
// Mihalcea and Tarau (TextRank, 2004) found best for news: a sentence whose
// topic the rest of the article takes up introduced it. A sentence's
// centrality is its PageRank in that graph, personalized (the teleport
// vector) by a prior of 1/(1+i) for the i-th sentence, as in PositionRank,
// times one plus its similarity to the title: news puts its point first and
// titles name it. The summary takes sentences by centrality, skipping
// near-repeats of sentences already taken (maximal marginal relevance) and,
// while others are left, fragments too short to say much, then restores
// document order.
//
// The graph is bounded: at most maxCandidates sentences enter it, chosen in
// linear time by their similarity to the article's centroid, weighed by
// position, so the cost on a long article is that of its candidates, not
// the square of its length.
const (
	maxCandidates = 100  // sentences in the graph at most
	damping       = 0.85 // PageRank's damping factor, as in TextRank and LexRank
	maxIterations = 50   // power iterations at most
	tolerance     = 1e-5 // L1 change at which the iteration stops
	titleWeight   = 1.0  // how much similarity to the title adds to the prior
	redundancy    = 0.5  // cosine above which a sentence repeats a chosen one
	minWords      = 5    // sentences shorter than this are fragments
	minWeight     = 1e-9 // a sentence with less similarity to all others is like no other
)

// termCount is a term of a sentence and how often it occurs there.
type termCount struct {
	id, n int32
}

// ranker holds the scratch memory of the key-sentence method, reused from
// article to article.
type ranker struct {
	ids    map[uint64]int32 // term hash to term id
	df     []int32          // sentences holding each term
	idf    []float32        // inverse document frequency of each term
	last   []int32          // scratch: where in terms each term last went
	terms  []termCount      // terms of all sentences, one after another
	off    []int32          // sentence i's terms are terms[off[i]:off[i+1]]
	weight []float32        // TF-IDF weight of each entry of terms, over its sentence's norm
	norm   []float32        // Euclidean norm of each sentence's vector, 0 for no terms
	dense  []float32        // scratch: one vector, indexed by term id
	cand   []int32          // sentences in the graph, in document order
	sim    []float32        // similarity of candidates, row-major
	prior  []float32        // teleport vector
	out    []float32        // sum of each candidate's similarities
	score  []float32        // PageRank of the candidates
	next   []float32        // scratch for the power iteration
	order  []int32          // candidates by score
}

// keySentences returns the indexes, in document order, of the k most
// central of n sentences. Sentence i has words[i] words and the term hashes
// hashes[off[i]:off[i+1]] (see appendTerms); title's term hashes bias the
// choice.
func (r *ranker) keySentences(hashes []uint64, off, words []int32, title []uint64, k int) []int32 {
	n := len(words)
	if k >= n {
		out := make([]int32, n)
		for i := range out {
			out[i] = int32(i)
		}
		return out
	}
	r.vectors(hashes, off)
	r.candidates(n)
	r.similarities()
	r.priors(title)
	r.pageRank()
	return r.choose(words, k)
}

// vectors builds the TF-IDF vector of every sentence.
func (r *ranker) vectors(hashes []uint64, off []int32) {
	if r.ids == nil {
		r.ids = make(map[uint64]int32)
	}
	clear(r.ids)
	n := len(off) - 1
	r.df, r.last, r.terms, r.off = r.df[:0], r.last[:0], r.terms[:0], append(r.off[:0], 0)
	for i := range n {
		first := int32(len(r.terms))
		for _, h := range hashes[off[i]:off[i+1]] {
			id, ok := r.ids[h]
			if !ok {
				id = int32(len(r.df))
				r.ids[h] = id
				r.df = append(r.df, 0)
				r.last = append(r.last, -1)
				if isStopword(h) {
					r.last[id] = math.MaxInt32 // never a term of a sentence
				}
			}
			if r.last[id] == math.MaxInt32 {
				continue
			}
			if r.last[id] >= first { // seen in this sentence
				r.terms[r.last[id]].n++
				continue
			}
			r.last[id] = int32(len(r.terms))
			r.df[id]++
			r.terms = append(r.terms, termCount{id: id, n: 1})
		}
		r.off = append(r.off, int32(len(r.terms)))
	}
	r.idf = resize(r.idf, len(r.df))
	for id, df := range r.df {
		if df > 0 {
			r.idf[id] = float32(math.Log(1 + float64(n)/float64(df)))
		}
	}
	r.weight, r.norm = resize(r.weight, len(r.terms)), resize(r.norm, n)
	for i := range n {
		var sum float32
		for j := r.off[i]; j < r.off[i+1]; j++ {
			t := r.terms[j]
			w := r.idf[t.id]
			if t.n > 1 {
				w *= 1 + float32(math.Log(float64(t.n)))
			}
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

// candidates chooses the sentences of the graph: all of them, or for a
// long article the maxCandidates closest to its centroid, weighed by the
// position prior.
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
		score[i] = dot * positionPrior(i)
	}
	r.order = r.order[:0]
	for i := range n {
		r.order = append(r.order, int32(i))
	}
	slices.SortStableFunc(r.order, func(a, b int32) int { return cmpDesc(score[a], score[b]) })
	r.cand = append(r.cand, r.order[:maxCandidates]...)
	slices.Sort(r.cand)
	r.score = score
}

// similarities fills the cosine similarity of every pair of candidates.
func (r *ranker) similarities() {
	m := len(r.cand)
	r.sim = resize(r.sim, m*m)
	clear(r.sim)
	dense := r.dense
	clear(dense)
	for a, i := range r.cand {
		terms, weight := r.terms[r.off[i]:r.off[i+1]], r.weight[r.off[i]:r.off[i+1]]
		for j, t := range terms {
			dense[t.id] = weight[j]
		}
		for b := a + 1; b < m; b++ {
			s := r.cand[b]
			terms, weight := r.terms[r.off[s]:r.off[s+1]], r.weight[r.off[s]:r.off[s+1]]
			var dot float32
			for j, t := range terms {
				dot += weight[j] * dense[t.id]
			}
			r.sim[a*m+b], r.sim[b*m+a] = dot, dot
		}
		for _, t := range terms {
			dense[t.id] = 0
		}
	}
}

// priors fills the teleport vector: position times closeness to the title.
func (r *ranker) priors(title []uint64) {
	dense := r.dense // the title's vector, by term id; zero after use
	var norm float32
	for _, h := range title {
		if id, ok := r.ids[h]; ok && r.df[id] > 0 && dense[id] == 0 {
			w := r.idf[id]
			dense[id] = w
			norm += w * w
		}
	}
	norm = float32(math.Sqrt(float64(norm)))
	r.prior = resize(r.prior, len(r.cand))
	var sum float32
	for a, i := range r.cand {
		var sim float32
		if norm > 0 && r.norm[i] > 0 {
			for j := r.off[i]; j < r.off[i+1]; j++ {
				sim += r.weight[j] * dense[r.terms[j].id]
			}
			sim /= norm
		}
		r.prior[a] = positionPrior(int(i)) * (1 + titleWeight*sim)
		sum += r.prior[a]
	}
	for _, h := range title {
		if id, ok := r.ids[h]; ok {
			dense[id] = 0
		}
	}
	for a := range r.prior {
		r.prior[a] /= sum
	}
}

// positionPrior is the weight the prior gives the i-th sentence for its
// position.
func positionPrior(i int) float32 {
	return 1 / float32(1+i)
}

// pageRank computes the candidates' PageRank in the backward similarity
// graph, with the prior as teleport vector; the first sentence, and any
// sentence like none before it, teleports.
func (r *ranker) pageRank() {
	m := len(r.cand)
	r.score, r.next, r.out = resize(r.score, m), resize(r.next, m), resize(r.out, m)
	for a := range m {
		var sum float32
		for _, w := range r.sim[a*m : a*m+a] { // votes go to earlier sentences
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
			for b, w := range r.sim[a*m : a*m+a] {
				r.next[b] += sa * w
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

// choose takes k candidates by score, skipping near-repeats and, while
// others are left, fragments; it returns their sentence indexes in
// document order.
func (r *ranker) choose(words []int32, k int) []int32 {
	m := len(r.cand)
	r.order = r.order[:0]
	for a := range m {
		r.order = append(r.order, int32(a))
	}
	slices.SortStableFunc(r.order, func(a, b int32) int { return cmpDesc(r.score[a], r.score[b]) })
	picked := make([]int32, 0, k)
	for pass := 0; pass < 3 && len(picked) < k; pass++ {
		for _, a := range r.order {
			if len(picked) == k {
				break
			}
			if slices.Contains(picked, a) ||
				pass == 0 && words[r.cand[a]] < minWords ||
				pass < 2 && r.repeats(a, picked) {
				continue
			}
			picked = append(picked, a)
		}
	}
	for i, a := range picked {
		picked[i] = r.cand[a]
	}
	slices.Sort(picked)
	return picked
}

// repeats reports whether candidate a says much the same as one of picked.
func (r *ranker) repeats(a int32, picked []int32) bool {
	m := int32(len(r.cand))
	for _, b := range picked {
		if r.sim[a*m+b] > redundancy || r.sim[b*m+a] > redundancy {
			return true
		}
	}
	return false
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

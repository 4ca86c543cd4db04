package transform

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/articlekit/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// evalArticle is an article of testdata/eval with its reference summary.
type evalArticle struct {
	a         *article.Article
	reference string
	sentences []string // the text's sentences, for the baselines
}

// loadEval reads the evaluation set: short news-style articles written for
// these tests, each with a hand-written abstractive summary under the
// front-matter key "reference".
func loadEval(t *testing.T) []evalArticle {
	t.Helper()
	var set []evalArticle
	for a, err := range article.ParseFS(os.DirFS("testdata/eval"), "*.md") {
		require.NoError(t, err)
		ref, ok := a.Extra["reference"].(string)
		require.True(t, ok, "%s has no reference", a.Path)
		set = append(set, evalArticle{a: a, reference: ref, sentences: textSentences(a)})
	}
	require.NotEmpty(t, set)
	return set
}

// textSentences returns the sentences of a's text, as Summarize splits it.
func textSentences(a *article.Article) []string {
	var d textDoc
	d.extract(a.Body, a.Format)
	var out []string
	for _, b := range d.blocks {
		if b.kind != prose {
			continue
		}
		for _, sp := range splitSentences(nil, d.text(b), int(b.start)) {
			out = append(out, string(d.buf[sp.start:sp.end]))
		}
	}
	return out
}

// rougeTokens splits text as ROUGE does: lower case runs of letters and
// digits, no stemming, no stopword removal.
func rougeTokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// rougeN returns the ROUGE-N F1 score of candidate against reference, with
// clipped n-gram counts.
func rougeN(candidate, reference string, n int) float64 {
	grams := func(text string) map[string]int {
		toks := rougeTokens(text)
		m := map[string]int{}
		for i := 0; i+n <= len(toks); i++ {
			m[strings.Join(toks[i:i+n], " ")]++
		}
		return m
	}
	c, r := grams(candidate), grams(reference)
	overlap, nc, nr := 0, 0, 0
	for g, k := range c {
		overlap += min(k, r[g])
		nc += k
	}
	for _, k := range r {
		nr += k
	}
	if overlap == 0 {
		return 0
	}
	p, rec := float64(overlap)/float64(nc), float64(overlap)/float64(nr)
	return 2 * p * rec / (p + rec)
}

// leadN is the lead baseline: the first n sentences.
func leadN(sents []string, n int) []string { return sents[:min(n, len(sents))] }

// plainTextRank is the TextRank baseline: TF-IDF vectors of lower-case
// words less stopwords, cosine similarity, PageRank (d = 0.85) on the
// weighted graph, the top n sentences in document order.
func plainTextRank(sents []string, n int) []string {
	if len(sents) <= n {
		return sents
	}
	tfs := make([]map[string]float64, len(sents))
	df := map[string]float64{}
	for i, s := range sents {
		tfs[i] = map[string]float64{}
		for _, w := range rougeTokens(s) {
			if _, stop := stopwords[w]; !stop {
				tfs[i][w]++
			}
		}
		for w := range tfs[i] {
			df[w]++
		}
	}
	vecs := make([]map[string]float64, len(sents))
	norms := make([]float64, len(sents))
	for i, tf := range tfs {
		vecs[i] = map[string]float64{}
		for w, c := range tf {
			v := c * math.Log(float64(len(sents))/df[w])
			vecs[i][w] = v
			norms[i] += v * v
		}
		norms[i] = math.Sqrt(norms[i])
	}
	m := len(sents)
	sim := make([][]float64, m)
	out := make([]float64, m)
	for i := range sim {
		sim[i] = make([]float64, m)
		for j := range sim[i] {
			if i == j || norms[i] == 0 || norms[j] == 0 {
				continue
			}
			for w, v := range vecs[i] {
				sim[i][j] += v * vecs[j][w]
			}
			sim[i][j] /= norms[i] * norms[j]
			out[i] += sim[i][j]
		}
	}
	score := make([]float64, m)
	for i := range score {
		score[i] = 1 / float64(m)
	}
	for range 100 {
		next := make([]float64, m)
		for j := range m {
			next[j] = (1 - 0.85) / float64(m)
			for i := range m {
				if out[i] > 0 {
					next[j] += 0.85 * score[i] * sim[i][j] / out[i]
				}
			}
		}
		score = next
	}
	idx := make([]int, m)
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmpDesc(float32(score[a]), float32(score[b])) })
	idx = idx[:n]
	slices.Sort(idx)
	picked := make([]string, n)
	for k, i := range idx {
		picked[k] = sents[i]
	}
	return picked
}

// rougeScores are the mean ROUGE-1 and ROUGE-2 F1 of a method over the set.
type rougeScores struct{ r1, r2 float64 }

func score(set []evalArticle, summarize func(evalArticle) []string) rougeScores {
	var s rougeScores
	for _, e := range set {
		got := strings.Join(summarize(e), " ")
		s.r1 += rougeN(got, e.reference, 1)
		s.r2 += rougeN(got, e.reference, 2)
	}
	n := float64(len(set))
	return rougeScores{s.r1 / n, s.r2 / n}
}

// TestQuality scores the key sentences against the reference summaries of
// testdata/eval beside lead-N and plain TextRank, all with the same number
// of sentences, and prints the table with -v. It fails if Summarize falls
// below lead-N by more than tie, the noise of a set this small.
func TestQuality(t *testing.T) {
	set := loadEval(t)
	n := DefaultSentences
	ours := score(set, func(e evalArticle) []string {
		a := *e.a
		require.NoError(t, Summarize(WithSentences(n))(&a))
		return a.Summary.Sentences
	})
	lead := score(set, func(e evalArticle) []string { return leadN(e.sentences, n) })
	textRank := score(set, func(e evalArticle) []string { return plainTextRank(e.sentences, n) })
	t.Logf("ROUGE F1 on %d articles of testdata/eval, %d sentences each:", len(set), n)
	t.Logf("%-22s %8s %8s", "method", "ROUGE-1", "ROUGE-2")
	for _, row := range []struct {
		name string
		s    rougeScores
	}{{"Summarize", ours}, {fmt.Sprintf("lead-%d", n), lead}, {"plain TextRank", textRank}} {
		t.Logf("%-22s %8.4f %8.4f", row.name, row.s.r1, row.s.r2)
	}
	const tie = 0.005
	assert.GreaterOrEqual(t, ours.r1, lead.r1-tie, "ROUGE-1 below lead-%d", n)
	assert.GreaterOrEqual(t, ours.r2, lead.r2-tie, "ROUGE-2 below lead-%d", n)
}

// TestROUGE checks the ROUGE helper on hand-counted cases.
func TestROUGE(t *testing.T) {
	assert.InDelta(t, 1.0, rougeN("the cat sat", "The cat sat.", 1), 1e-9)
	assert.InDelta(t, 0.0, rougeN("dog", "cat", 1), 1e-9)
	// 2 of 3 unigrams match both ways: P = R = 2/3.
	assert.InDelta(t, 2.0/3, rougeN("the cat ran", "the cat sat", 1), 1e-9)
	// bigrams: "the cat" matches, 1 of 2 each way.
	assert.InDelta(t, 0.5, rougeN("the cat ran", "the cat sat", 2), 1e-9)
	// clipping: "the the the" against "the cat": overlap 1, P = 1/3, R = 1/2.
	assert.InDelta(t, 0.4, rougeN("the the the", "the cat", 1), 1e-9)
}

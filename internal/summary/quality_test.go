package summary

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/testcorpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// evalArticle is an article of an evaluation set with its reference summary.
type evalArticle struct {
	a         *article.Article
	reference string
	sentences []string // the text's sentences, for the baselines
}

// The evaluation sets. Both are small and self-made, so their scores are a
// check on the method, not a measure of it on real news: the held-out set of
// real articles with human summaries is what counts.
//
//   - testdata/eval: 12 short inverted-pyramid news stories written for these
//     tests, each with a hand-written abstractive summary under the
//     front-matter key "reference". Leads are strong there by construction.
//   - testdata/eval-seedstyle: 14 articles written in the style of the real
//     seed (an h2 title, h3 sections of one paragraph each, a Conclusion),
//     whose "description" summarizes the whole article from several of its
//     sections, as the seed's does; the descriptions were written before any
//     method was scored on them. The set also holds the seed itself, scored
//     against its own description.
//   - testdata/eval-longform: 11 longer stories (520 to 880 words) written
//     to be unlike an inverted pyramid: feature ledes, key facts spread
//     through the text, headings, lists, a table, a Q&A, bylines, captions,
//     "Read more" and share lines in the body. Each "reference" is an
//     abstract of the whole story written with it, paraphrasing rather than
//     copying its lead, so lead-N scores below plain TextRank there, as on
//     the held-out news.
var evalSets = []struct {
	name string
	dir  string
	seed bool // the seed article too (testcorpus.SeedPath)
}{
	{"eval", "testdata/eval", false},
	{"eval-seedstyle", "testdata/eval-seedstyle", true},
	{"eval-longform", "testdata/eval-longform", false},
}

// loadEval reads the articles of dir, and the seed if asked, with their
// reference summaries: the front-matter key "reference", or else the
// description.
func loadEval(t *testing.T, dir string, seed bool) []evalArticle {
	t.Helper()
	var set []evalArticle
	add := func(a *article.Article) {
		ref, ok := a.Extra["reference"].(string)
		if !ok {
			ref = a.Description
		}
		require.NotEmpty(t, ref, "%s has no reference", a.Path)
		set = append(set, evalArticle{a: a, reference: ref, sentences: textSentences(a)})
	}
	for a, err := range article.ParseFS(os.DirFS(dir), "*.md") {
		require.NoError(t, err)
		add(a)
	}
	if seed {
		a, err := article.ParseFile(testcorpus.SeedPath(t))
		require.NoError(t, err)
		add(a)
	}
	require.NotEmpty(t, set)
	return set
}

// referenceSentences is how many sentences the methods choose: three, as
// the news references hold and as transform.Summarize does by default.
const referenceSentences = 3

// textSentences returns the sentences of a's text, as Summarize splits it.
func textSentences(a *article.Article) []string {
	var d textDoc
	d.extract(a)
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

// rougeScores are the summed ROUGE-1 and ROUGE-2 F1 of a method over n
// articles.
type rougeScores struct {
	r1, r2 float64
	n      int
}

func (s rougeScores) add(o rougeScores) rougeScores {
	return rougeScores{s.r1 + o.r1, s.r2 + o.r2, s.n + o.n}
}

func (s rougeScores) mean() (r1, r2 float64) {
	return s.r1 / float64(s.n), s.r2 / float64(s.n)
}

func score(set []evalArticle, summarize func(evalArticle) []string) rougeScores {
	s := rougeScores{n: len(set)}
	for _, e := range set {
		got := strings.Join(summarize(e), " ")
		s.r1 += rougeN(got, e.reference, 1)
		s.r2 += rougeN(got, e.reference, 2)
	}
	return s
}

// method is a way to choose key sentences, with its name.
type method struct {
	name string
	run  func(evalArticle) []string
}

// keyMethods returns Summarize, lead-n and plain TextRank, in this order,
// each choosing n sentences.
func keyMethods(t *testing.T, n int) []method {
	return []method{
		{"Summarize", func(e evalArticle) []string {
			sum, err := Of(e.a, &Config{WordsPerMinute: 1, CJKPerMinute: 1, Sentences: n})
			require.NoError(t, err)
			return sum.Sentences
		}},
		{fmt.Sprintf("lead-%d", n), func(e evalArticle) []string { return leadN(e.sentences, n) }},
		{"plain TextRank", func(e evalArticle) []string { return plainTextRank(e.sentences, n) }},
	}
}

// boilerplate is what a scraped news page may hold before the story.
const boilerplate = "<p>By Maria Chen, Staff Reporter | Updated 4:15 PM EST, March 3, 2025</p>" +
	"<p>Share this article</p><figure><figcaption>Photo: a file image from Reuters.</figcaption></figure>\n"

// TestQuality scores the key sentences against the reference summaries of
// each evaluation set beside lead-N and plain TextRank, all with the same
// number of sentences, and prints a table per set and over all articles with
// -v, and again with boilerplate before each story.
func TestQuality(t *testing.T) {
	n := referenceSentences
	methods := keyMethods(t, n)
	total := make([]rougeScores, len(methods))
	table := func(name string, scores []rougeScores) {
		t.Logf("ROUGE F1 (mean) on %d articles of %s, %d sentences each:", scores[0].n, name, n)
		t.Logf("  %-16s %8s %8s", "method", "ROUGE-1", "ROUGE-2")
		for i, m := range methods {
			r1, r2 := scores[i].mean()
			t.Logf("  %-16s %8.4f %8.4f", m.name, r1, r2)
		}
	}
	perSet := map[string][]rougeScores{}
	for _, es := range evalSets {
		set := loadEval(t, es.dir, es.seed)
		scores := make([]rougeScores, len(methods))
		for i, m := range methods {
			scores[i] = score(set, m.run)
			total[i] = total[i].add(scores[i])
		}
		table(es.name, scores)
		perSet[es.name] = scores
	}
	table("all sets", total)

	// Robustness: the same articles with the boilerplate a
	// scraped page often has before the story (a byline, a share link, a
	// photo credit), which lead-N takes for the story's first sentences.
	junk := make([]rougeScores, len(methods))
	for _, es := range evalSets {
		set := loadEval(t, es.dir, es.seed)
		for k := range set {
			a := *set[k].a
			a.Body = boilerplate + a.Body
			set[k].a, set[k].sentences = &a, textSentences(&a)
		}
		for i, m := range methods {
			junk[i] = junk[i].add(score(set, m.run))
		}
	}
	table("all sets with a boilerplate lead", junk)

	// The sets are checks, not the measure: real news is (TestNewsQuality).
	// Summarize must beat plain TextRank on every set, and lead-N on the
	// long-form stories and behind boilerplate, where the lead is not the
	// summary. On eval and eval-seedstyle, whose leads were written to sum
	// up the story, it may trail lead-N by leadWritten: a position prior
	// would win that back, but it costs on real news.
	const leadWritten = -0.04
	beats := func(scores []rougeScores, baseline int, margin float64, set string) {
		t.Helper()
		ours1, ours2 := scores[0].mean()
		r1, r2 := scores[baseline].mean()
		assert.Greater(t, ours1-r1, margin, "%s: ROUGE-1 margin over %s", set, methods[baseline].name)
		assert.Greater(t, ours2-r2, margin, "%s: ROUGE-2 margin over %s", set, methods[baseline].name)
	}
	for name, scores := range perSet {
		beats(scores, 2, 0.005, name)
		if name == "eval-longform" {
			beats(scores, 1, 0.02, name)
		} else {
			beats(scores, 1, leadWritten, name)
		}
	}
	beats(total, 1, -0.01, "all sets")
	beats(total, 2, 0.01, "all sets")
	beats(junk, 1, 0.03, "with boilerplate")
	beats(junk, 2, 0.01, "with boilerplate")
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

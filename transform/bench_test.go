package transform

import (
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/htmltree"
	"github.com/articlekit/article/internal/testcorpus"
	"golang.org/x/net/html"
)

// corpus returns the generated corpus files (testcorpus.Articles) and
// the size of their bodies.
func corpus(b *testing.B, n int, args ...string) ([]*article.Article, int64) {
	arts := testcorpus.Articles(b, n, args...)
	var size int64
	for _, a := range arts {
		size += int64(len(a.Body))
	}
	return arts, size
}

// fresh returns an article with a's title and body and no tree kept, so
// that a benchmark pays for reading the body each time, as a pipeline does.
func fresh(a *article.Article) *article.Article {
	return &article.Article{Title: a.Title, Body: a.Body, Format: a.Format}
}

func benchmarkSummarize(b *testing.B, n int, args ...string) {
	arts, size := corpus(b, n, args...)
	summarize := Summarize()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if err := summarize(fresh(a)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkChain summarizes the corpus and converts it to Markdown, each
// article fresh, and reports how many times a body was parsed: once.
func BenchmarkChain(b *testing.B) {
	arts, size := corpus(b, 300)
	chain := article.Chain(Summarize(), ToMarkdown())
	b.SetBytes(size)
	b.ReportAllocs()
	before := htmltree.Parses.Load()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if err := chain(fresh(a)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(htmltree.Parses.Load()-before)/float64(b.N*len(arts)), "parses/article")
}

// BenchmarkSummarize summarizes the 300 articles of the generated corpus,
// in bytes of body per second.
func BenchmarkSummarize(b *testing.B) { benchmarkSummarize(b, 300) }

// BenchmarkSummarizeBig summarizes ten articles of about 200 KB each, to
// show that the cost stays linear in the length of an article.
func BenchmarkSummarizeBig(b *testing.B) { benchmarkSummarize(b, 0, "--big", "10") }

// BenchmarkSummarizeTokenize only runs the HTML tokenizer over the bodies of
// the corpus of BenchmarkSummarize, every body whatever its format: a fixed
// reference for a loaded machine, since the ratio of the two in one run
// moves less than either.
func BenchmarkSummarizeTokenize(b *testing.B) {
	arts, size := corpus(b, 300)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			z := html.NewTokenizer(strings.NewReader(a.Body))
			for z.Next() != html.ErrorToken {
			}
		}
	}
}

// BenchmarkSummarizeRatio alternates a pass of the tokenizer and a pass of
// Summarize over the corpus and reports the fastest pass of each, in MB/s,
// and their ratio: on a shared, loaded machine the fastest passes and their
// ratio are steadier than the mean.
func BenchmarkSummarizeRatio(b *testing.B) {
	arts, size := corpus(b, 300)
	summarize := Summarize()
	best := [2]time.Duration{1 << 62, 1 << 62}
	for b.Loop() {
		start := time.Now()
		for _, a := range arts {
			z := html.NewTokenizer(strings.NewReader(a.Body))
			for z.Next() != html.ErrorToken {
			}
		}
		mid := time.Now()
		for _, a := range arts {
			if err := summarize(fresh(a)); err != nil {
				b.Fatal(err)
			}
		}
		end := time.Now()
		best[0], best[1] = min(best[0], mid.Sub(start)), min(best[1], end.Sub(mid))
	}
	mbs := func(d time.Duration) float64 { return float64(size) / d.Seconds() / 1e6 }
	b.ReportMetric(mbs(best[1]), "best-MB/s")
	b.ReportMetric(mbs(best[0]), "tokenize-best-MB/s")
	b.ReportMetric(float64(best[1])/float64(best[0]), "x-tokenize")
}

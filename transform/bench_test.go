package transform

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article"
	"golang.org/x/net/html"
)

// corpus writes the generated corpus with gen.py's args into a temporary
// folder and parses it, skipping the benchmark where python3 is missing.
func corpus(b *testing.B, args ...string) ([]*article.Article, int64) {
	b.Helper()
	python, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("python3 is not installed")
	}
	dir := b.TempDir()
	gen := filepath.Join("..", "..", "shared", "corpus", "gen.py")
	if _, err := os.Stat(gen); err != nil {
		b.Skipf("no corpus generator: %v", err)
	}
	if out, err := exec.Command(python, append([]string{gen, dir}, args...)...).CombinedOutput(); err != nil {
		b.Fatalf("gen.py: %v\n%s", err, out)
	}
	var arts []*article.Article
	var size int64
	for a, err := range article.ParseFS(os.DirFS(dir), "*.md") {
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += int64(len(a.Body))
	}
	return arts, size
}

func benchmarkSummarize(b *testing.B, args ...string) {
	arts, size := corpus(b, args...)
	summarize := Summarize()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			if err := summarize(a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSummarize summarizes the 300 articles of the generated corpus,
// in bytes of body per second.
func BenchmarkSummarize(b *testing.B) { benchmarkSummarize(b, "--n", "300") }

// BenchmarkSummarizeBig summarizes ten articles of about 200 KB each, to
// show that the cost stays linear in the length of an article.
func BenchmarkSummarizeBig(b *testing.B) { benchmarkSummarize(b, "--n", "0", "--big", "10") }

// BenchmarkSummarizeTokenize only runs the HTML tokenizer over the bodies of
// the corpus of BenchmarkSummarize, every body whatever its format: a fixed
// reference for a loaded machine, since the ratio of the two in one run
// moves less than either.
func BenchmarkSummarizeTokenize(b *testing.B) {
	arts, size := corpus(b, "--n", "300")
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
	arts, size := corpus(b, "--n", "300")
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
			if err := summarize(a); err != nil {
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

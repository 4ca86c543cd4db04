package transform

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/articlekit/article"
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

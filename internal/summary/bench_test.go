package summary

import (
	"testing"

	"github.com/articlekit/article/internal/testcorpus"
)

// benchmarkOf summarizes the corpus articles of testcorpus.Articles with
// their trees built beforehand: the summary's own work (extraction, words,
// sentences, ranking), without the HTML parser that transform's benchmarks
// pay for too.
func benchmarkOf(b *testing.B, n int, args ...string) {
	arts := testcorpus.Articles(b, n, args...)
	size := 0
	for _, a := range arts {
		size += len(a.Body)
		_, _ = a.HTMLTree() // kept with a; a Text body has none
	}
	c := Config{WordsPerMinute: 238, CJKPerMinute: 500, ExcerptWords: 70, Sentences: 3}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			if _, err := Of(a, &c); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkOf summarizes the 300 articles of the generated corpus.
func BenchmarkOf(b *testing.B) { benchmarkOf(b, 300) }

// BenchmarkOfBig summarizes ten articles of about 200 KB each.
func BenchmarkOfBig(b *testing.B) { benchmarkOf(b, 0, "--big", "10") }

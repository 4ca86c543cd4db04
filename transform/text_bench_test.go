package transform_test

import (
	"testing"

	"github.com/articlekit/article/internal/testcorpus"
	"github.com/articlekit/article/transform"
)

// BenchmarkToText converts the bodies of 1,000 corpus articles; MB/s is
// of body bytes in.
func BenchmarkToText(b *testing.B) {
	articles := testcorpus.Articles(b, 1000)
	size := 0
	for _, a := range articles {
		size += len(a.Body)
	}
	toText := transform.ToText()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range articles {
			c := *a
			if err := toText(&c); err != nil {
				b.Fatal(err)
			}
		}
	}
}

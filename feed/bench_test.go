package feed_test

import (
	"io"
	"testing"

	"github.com/articlekit/article/feed"
	"github.com/articlekit/article/internal/testcorpus"
)

// BenchmarkFeedWrite writes a feed of 100 corpus articles in each format;
// MB/s is of body bytes in.
func BenchmarkFeedWrite(b *testing.B) {
	articles := testcorpus.Articles(b, 100)
	size := 0
	for _, a := range articles {
		size += len(a.Body)
	}
	for _, f := range formats {
		b.Run(f.String(), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if err := feed.Write(io.Discard, f, testChannel, articles); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

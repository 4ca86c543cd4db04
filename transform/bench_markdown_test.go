package transform

import (
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/testcorpus"
)

// BenchmarkToMarkdown converts the HTML bodies of 500 corpus articles.
func BenchmarkToMarkdown(b *testing.B) {
	var bodies []string
	size := 0
	for _, a := range testcorpus.Articles(b, 500) {
		if a.Format == article.HTML {
			bodies = append(bodies, a.Body)
			size += len(a.Body)
		}
	}
	toMarkdown := ToMarkdown()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			a := article.Article{Body: body, Format: article.HTML}
			if err := toMarkdown(&a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

package article_test

import (
	"os"
	"testing"

	"github.com/microcosm-cc/bluemonday"

	"github.com/articlekit/article"
)

// BenchmarkSanitize compares Sanitize(nil) on the articles of a generated
// corpus with bluemonday's UGCPolicy on the same bodies alone: the
// difference is what the article layer costs (text fields, URLs, Markdown).
//
//	go test -run '^$' -bench Sanitize -benchmem .
func BenchmarkSanitize(b *testing.B) {
	dir, ok := corpusDir(b, 300)
	if !ok {
		b.Skip("python3 and ../shared/corpus/gen.py are needed to generate the corpus")
	}
	var articles []*article.Article
	var size int64
	for a, err := range article.ParseFS(os.DirFS(dir), "*.md") {
		if err != nil {
			continue // the corpus holds a few files that are wrong on purpose
		}
		articles = append(articles, a)
		size += int64(len(a.Body))
	}

	b.Run("article", func(b *testing.B) {
		sanitize := article.Sanitize(nil)
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range articles {
				c := *a
				if err := sanitize(&c); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("bluemonday-ugc", func(b *testing.B) {
		p := bluemonday.UGCPolicy()
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range articles {
				_ = p.Sanitize(a.Body)
			}
		}
	})
}

package mdwrite

import (
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/testcorpus"
	"golang.org/x/net/html"
)

// BenchmarkWrite writes the Markdown of the HTML bodies of 500 corpus
// articles from their trees, built beforehand: the writer's own work,
// without the HTML parser that transform's BenchmarkToMarkdown pays for too.
func BenchmarkWrite(b *testing.B) {
	var roots []*html.Node
	var sizes []int
	size := 0
	for _, a := range testcorpus.Articles(b, 500) {
		if a.Format == article.HTML {
			root, err := a.HTMLTree()
			if err != nil {
				b.Fatal(err)
			}
			roots, sizes = append(roots, root), append(sizes, len(a.Body))
			size += len(a.Body)
		}
	}
	o := Options{Tables: true, Strikethrough: true}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, root := range roots {
			Write(root, sizes[i], &o)
		}
	}
}

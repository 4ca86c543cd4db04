package transform

import (
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/testcorpus"
)

// FuzzToHTML checks that ToHTML never fails or panics.
func FuzzToHTML(f *testing.F) {
	for _, s := range []string{"", "# h\n\n- a\n- b\n\n| a |\n| - |\n| b |\n", "~~x~~ <b>raw</b> www.example.com", "> ```\n> x\n"} {
		f.Add(s)
	}
	testcorpus.AddFuzzBodies(f, article.Markdown, article.HTML, article.Text)
	safe, unsafe := ToHTML(), ToHTML(WithUnsafeHTML(true))
	f.Fuzz(func(t *testing.T, src string) {
		for _, toHTML := range []article.Transform{safe, unsafe} {
			a := &article.Article{Body: src, Format: article.Markdown}
			if err := toHTML(a); err != nil {
				t.Fatalf("ToHTML: %v", err)
			}
			if a.Format != article.HTML {
				t.Fatalf("ToHTML: format %q", a.Format)
			}
		}
	})
}

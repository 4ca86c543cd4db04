package articletest

import (
	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/markdown"
	"github.com/articlekit/article/internal/safehtml"
	"pgregory.net/rapid"
)

// CheckHTML reports every construct of s that can run script once a
// browser parses it: script-capable elements, event-handler attributes,
// style that loads URLs or evaluates expressions, and javascript:,
// vbscript: and data: URLs in URL attributes, after entity decoding. It is
// the oracle the article sanitizer is tested with; nil means s is harmless.
func CheckHTML(s string) error { return safehtml.Check(s) }

// SafeHTML: after the transform, the body holds nothing that can run
// script, judged by CheckHTML. A Markdown body is judged as the HTML a
// renderer that passes raw HTML through makes of it; a text body is safe.
func SafeHTML() Law { return Law{Name: "SafeHTML", Check: safeHTML} }

func safeHTML(t *rapid.T, tr article.Transform, a *article.Article) {
	b, err := apply(tr, a)
	if err != nil {
		return
	}
	body := b.Body
	if b.Format == article.Markdown {
		// Rendered with raw HTML and every URL passed through, so that only
		// the Markdown itself keeps it safe.
		if body, err = markdown.ToHTML(body, true); err != nil {
			t.Fatalf("SafeHTML: rendering the Markdown body: %v", err)
		}
	}
	if b.Format != article.Text {
		if err := CheckHTML(body); err != nil {
			t.Fatalf("SafeHTML: the body can run script: %v\nbody: %q", err, b.Body)
		}
	}
}

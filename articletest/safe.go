package articletest

import (
	"strings"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/safehtml"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
	"pgregory.net/rapid"
)

// CheckHTML reports every construct of s that can run script once a
// browser parses it: script-capable elements, event-handler attributes,
// style that loads URLs or evaluates expressions, and javascript:,
// vbscript: and data: URLs in URL attributes, after entity decoding. It is
// the oracle the article sanitizer is tested with; nil means s is harmless.
func CheckHTML(s string) error { return safehtml.Check(s) }

// unsafeMarkdown renders Markdown as a careless renderer would: raw HTML
// and every URL passed through, so that only the Markdown itself keeps it
// safe.
var unsafeMarkdown = goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))

// SafeHTML: after the transform, the body holds nothing that can run
// script, judged by CheckHTML. A Markdown body is judged as the HTML a
// renderer that passes raw HTML through makes of it; a text body is safe.
var SafeHTML = Law{Name: "SafeHTML", Check: func(t *rapid.T, tr article.Transform, a *article.Article) {
	b, err := apply(tr, a)
	if err != nil {
		return
	}
	body := b.Body
	if b.Format == article.Markdown {
		var out strings.Builder
		if err := unsafeMarkdown.Convert([]byte(body), &out); err != nil {
			t.Fatalf("SafeHTML: rendering the Markdown body: %v", err)
		}
		body = out.String()
	}
	if b.Format != article.Text {
		if err := CheckHTML(body); err != nil {
			t.Fatalf("SafeHTML: the body can run script: %v\nbody: %q", err, b.Body)
		}
	}
}}

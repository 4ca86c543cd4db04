package transform

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
	"github.com/articlekit/article/internal/testcorpus"
)

// FuzzToText turns any HTML or Markdown body into text: it never panics,
// gives valid UTF-8 for valid UTF-8 and ends in no white space; it changes
// only Body and Format, gives the same text every time, with or without
// link URLs alike succeeds or fails, and leaves its own text as it is; when
// it fails (nesting past the HTML parser's limit) the article is unchanged.
func FuzzToText(f *testing.F) {
	f.Add("<p>a<br>b</p><ul><li>x<ol><li>y</li></ol></li></ul>", true)
	f.Add("<table><tr><td><p>a</p></td><td><pre>x\n y</pre></td></tr></table>", false)
	f.Add("# h\n\n- a\n  - b\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |", false)
	f.Add("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", true)
	for _, a := range testcorpus.FuzzArticles(f) {
		if a.Format != article.Text {
			f.Add(a.Body, a.Format == article.HTML)
		}
	}
	withURLs, plain := ToText(WithLinkURLs(true)), ToText()
	f.Fuzz(func(t *testing.T, body string, isHTML bool) {
		format := article.Markdown
		if isHTML {
			format = article.HTML
		}
		newArticle := func() *article.Article {
			return &article.Article{Title: "T", Description: "D", Body: body, Format: format,
				Summary: article.Summary{Words: 1, Excerpt: "E"}, Extra: map[string]any{"k": "v"}}
		}
		a := newArticle()
		err := withURLs(a)
		if plainErr := plain(newArticle()); (err == nil) != (plainErr == nil) {
			t.Fatalf("with link URLs: %v, without: %v", err, plainErr)
		}
		if err != nil {
			if a.Body != body || a.Format != format { // too deep for the HTML parser: left as it was
				t.Fatalf("%v, and the article changed", err)
			}
			return
		}
		if a.Format != article.Text {
			t.Fatalf("format %q", a.Format)
		}
		if utf8.ValidString(body) && !utf8.ValidString(a.Body) {
			t.Fatalf("invalid UTF-8 from valid input: %q", a.Body)
		}
		if a.Body != strings.TrimRight(a.Body, " \t\n") {
			t.Fatalf("white space at the end: %q", a.Body)
		}
		want := newArticle()
		want.Body, want.Format = a.Body, article.Text
		if diff := articletest.Diff(want, a); diff != "" {
			t.Fatalf("more than the body changed:\n%s", diff)
		}
		again := newArticle()
		if err := withURLs(again); err != nil || again.Body != a.Body {
			t.Fatalf("a second run gave %q (%v), the first %q", again.Body, err, a.Body)
		}
		text := a.Body
		if err := withURLs(a); err != nil || a.Body != text || a.Format != article.Text {
			t.Fatalf("its own text changed to %s %q (%v)", a.Format, a.Body, err)
		}
	})
}

package transform_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

// FuzzToText turns any HTML or Markdown body into text: it never panics,
// gives valid UTF-8 for valid UTF-8 and ends in no white space; when it
// fails (nesting past the HTML parser's limit) the article is unchanged.
func FuzzToText(f *testing.F) {
	f.Add("<p>a<br>b</p><ul><li>x<ol><li>y</li></ol></li></ul>", true)
	f.Add("<table><tr><td><p>a</p></td><td><pre>x\n y</pre></td></tr></table>", false)
	f.Add("# h\n\n- a\n  - b\n\n```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |", false)
	f.Add("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", true)
	f.Fuzz(func(t *testing.T, body string, isHTML bool) {
		a := &article.Article{Body: body, Format: article.Markdown}
		if isHTML {
			a.Format = article.HTML
		}
		if err := transform.ToText(transform.WithLinkURLs())(a); err != nil {
			if a.Body != body || a.Format == article.Text { // too deep for the HTML parser: left as it was
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
	})
}

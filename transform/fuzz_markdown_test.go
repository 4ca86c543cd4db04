package transform

import (
	"strings"
	"testing"

	"github.com/articlekit/article"
)

var fuzzSeeds = []string{
	"",
	"<p>Hello <em>world</em></p>",
	"<h2>A # heading #</h2><ul><li>one<ul><li>two</li></ul></li></ul><ol start=7><li><p>x</p></li></ol>",
	"<blockquote><p>a</p><blockquote><pre><code class=\"language-go\">x := `y`\n</code></pre></blockquote></blockquote>",
	"<p>1. not * a _list_ [x] &amp;copy; &lt;div&gt; ~~no~~ | pipe \\ back</p>",
	"<table><tr><th>a|b</th></tr><tr><td><code>c</code></td></tr></table>",
	"<figure><img src=\"a b.png\" alt=\"x]\" title='t\"'><figcaption>cap</figcaption></figure>",
	"<p>foo<em><strong>bar</strong></em>baz<br><br>qux<a href=\"(x\">l</a></p>",
	"<div><span>in</span><sup>2</sup><!-- c --></div><script>alert(1)</script>",
}

// FuzzToMarkdown checks that ToMarkdown never fails or panics, in both
// modes, and that rendering its Markdown back loses no text.
func FuzzToMarkdown(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	addFuzzBodies(f, article.HTML)
	toMarkdown, toHTML := ToMarkdown(), ToHTML()
	raw := ToMarkdown(WithRawHTML(true))
	f.Fuzz(func(t *testing.T, src string) {
		a := &article.Article{Body: src, Format: article.HTML}
		if err := toMarkdown(a); err != nil {
			t.Fatalf("ToMarkdown: %v", err)
		}
		md := a.Body
		if err := toHTML(a); err != nil {
			t.Fatalf("ToHTML: %v", err)
		}
		if want, got := visibleText(strings.ToValidUTF8(src, "\uFFFD")), visibleText(a.Body); want != got {
			t.Fatalf("text lost\nhtml: %q\nmarkdown: %q\nback: %q\nwant: %q\ngot:  %q", src, md, a.Body, want, got)
		}
		if err := raw(&article.Article{Body: src, Format: article.HTML}); err != nil {
			t.Fatalf("ToMarkdown(WithRawHTML(true)): %v", err)
		}
	})
}

// FuzzToHTML checks that ToHTML never fails or panics.
func FuzzToHTML(f *testing.F) {
	for _, s := range []string{"", "# h\n\n- a\n- b\n\n| a |\n| - |\n| b |\n", "~~x~~ <b>raw</b> www.example.com", "> ```\n> x\n"} {
		f.Add(s)
	}
	addFuzzBodies(f, article.Markdown, article.HTML, article.Text)
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

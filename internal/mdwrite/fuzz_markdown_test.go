package mdwrite

import (
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/markdown"
	"github.com/articlekit/article/internal/testcorpus"
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
	testcorpus.AddFuzzBodies(f, article.HTML)
	f.Fuzz(func(t *testing.T, src string) {
		md, err := convert(src)
		if err != nil {
			t.Skip("nested deeper than x/net/html builds trees")
		}
		back, err := markdown.ToHTML(md, false)
		if err != nil {
			t.Fatalf("rendering the Markdown: %v", err)
		}
		if want, got := visibleText(strings.ToValidUTF8(src, "\uFFFD")), visibleText(back); want != got {
			t.Fatalf("text lost\nhtml: %q\nmarkdown: %q\nback: %q\nwant: %q\ngot:  %q", src, md, back, want, got)
		}
		if _, err := convert(src, rawHTML(true)); err != nil {
			t.Fatalf("raw HTML kept: %v", err)
		}
	})
}

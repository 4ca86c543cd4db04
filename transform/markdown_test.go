package transform

import (
	"testing"

	"github.com/articlekit/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func toMarkdown(t *testing.T, src string, opts ...MarkdownOption) string {
	t.Helper()
	a := &article.Article{Body: src, Format: article.HTML}
	require.NoError(t, ToMarkdown(opts...)(a))
	assert.Equal(t, article.Markdown, a.Format)
	return a.Body
}

func TestToMarkdown(t *testing.T) {
	for _, tc := range []struct{ name, html, md string }{
		{"empty", "", ""},
		{"headings", "<h1>One</h1><h3>Three <em>x</em></h3>", "# One\n\n### Three *x*"},
		{"heading closing hashes", "<h2>C#</h2>", "## C\\#"},
		{"paragraphs", "<p>a\nb</p><p>c</p>", "a\nb\n\nc"},
		{"emphasis", "<p><em>a</em> <strong>b</strong> <i>c</i> <b>d</b></p>", "*a* **b** *c* **d**"},
		{"emphasis spaces go outside", "<p>a<em> b </em>c</p>", "a *b* c"},
		{"emphasis inside a word", "<p>un<em>frigging</em>believable</p>", "un*frigging*believable"},
		{"nested emphasis", "<p><strong>a <em>b</em></strong></p>", "**a *b***"},
		{"emphasis that cannot be", "<p>a<em>\"b\"</em>c</p>", "a\"b\"c"},
		{"strikethrough", "<p><del>gone</del> <s>too</s></p>", "~~gone~~ ~~too~~"},
		{"code span", "<p><code>a`b</code> <code>`x`</code></p>", "``a`b`` `` `x` ``"},
		{"code block", "<pre><code class=\"language-go\">x := 1\n</code></pre>", "```go\nx := 1\n```"},
		{"code block with fences", "<pre>```\n</pre>", "````\n```\n````"},
		{"hard break", "<p>a<br>b<br></p>", "a\\\nb"},
		{"rule", "<p>a</p><hr><p>b</p>", "a\n\n***\n\nb"},
		{"link", `<p><a href="/u" title="T">t</a></p>`, `[t](/u "T")`},
		{"link with spaces", `<p><a href="/a b">t</a></p>`, `[t](</a b>)`},
		{"white space at the edges of a link goes outside it", `<p>a<strong><a href="/u"> t </a></strong>x</p>`, "a **[t](/u)** x"},
		{"a link without text", `<p><a href="/u"> </a></p>`, "[](/u)"},
		{"emphasis before an empty code span", "<p><em>!</em><code></code>0</p>", "!0"},
		{"code without what is not content", "<pre>a<iframe>x</iframe>b</pre><p><code>c<script>y</script>d</code></p>", "```\nab\n```\n\n`cd`"},
		{"a URL in text before syntax its path would take in", `<p>see https://x.org/<a href="/y">y</a> and https://x.org<code>c</code></p>`,
			"see <https://x.org/>[y](/y) and https://x.org`c`"},
		{"a URL with a > before syntax its path would take in", `<p>see https://x.org/a&gt;b<a href="/y">y</a></p>`, "see https://x.org/a\\>b[y](/y)"},
		{"autolink", `<p><a href="https://x.org">https://x.org</a></p>`, `<https://x.org>`},
		{"image", `<p><img src="i.png" alt="a [b]" title="t"></p>`, `![a \[b\]](i.png "t")`},
		{"bullet list", "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>", "- a\n- b\n  - c"},
		{"ordered list", "<ol start=\"9\"><li>a</li><li>b</li></ol>", "9. a\n10. b"},
		{"loose list", "<ul><li><p>a</p></li><li><p>b</p></li></ul>", "- a\n\n- b"},
		{"lists that follow each other", "<ul><li>a</li></ul><ul><li>b</li></ul>", "- a\n\n* b"},
		{"blockquotes", "<blockquote><p>a</p><blockquote><p>b</p></blockquote></blockquote>", "> a\n>\n> > b"},
		{"table", `<table><tr><th>a</th><th align="right">b</th></tr><tr><td>1|2</td><td>3</td></tr></table>`,
			"| a | b |\n| --- | --: |\n| 1\\|2 | 3 |"},
		{"figure", `<figure><img src="f.png" alt="f"><figcaption>Cap</figcaption></figure>`, "![f](f.png)\n\n*Cap*"},
		{"table caption", `<table><caption>Tab <em>1</em></caption><tr><th>a</th></tr></table>`, "*Tab *1**\n\n| a |\n| --- |"},
		{"definition list", "<dl><dt>Term</dt><dd>Definition</dd><dt>A</dt><dt>B</dt><dd><p>x</p><p>y</p></dd></dl>",
			"**Term**: Definition\n\n**A**\n\n**B**\n\nx\n\ny"},
		{"superscripts and subscripts", "<p>E = mc<sup>2</sup>, H<sub>2</sub>O, x<sup>n+1</sup>, 1<sup>st</sup>, a<sup>b c</sup>, x<sub>max</sub></p>",
			"E = mc², H₂O, xⁿ⁺¹, 1^st, a^(b c), x_(max)"},
		{"a citation in a superscript", `<p>text<sup><a href="#cite_note-1">[1]</a></sup> and<sup><a href="#fn2">2</a></sup></p>`,
			"text[[1]](#cite_note-1) and[²](#fn2)"},
		{"entities", "<p>&amp;copy; &lt;b&gt; &copy; 5 &lt; 6</p>", "\\&copy; \\<b> © 5 < 6"},
		{"line starts", "<p>1. a<br>- b<br># c<br>&gt; d<br>+ e<br>---</p>", "1\\. a\\\n\\- b\\\n\\# c\\\n\\> d\\\n\\+ e\\\n\\---"},
		{"only what matters is escaped", "<p>2 * 3 snake_case a-b 1.5 C# x+y</p>", "2 * 3 snake_case a-b 1.5 C# x+y"},
		{"brackets and backticks", "<p>[a] `b` \\ \\*</p>", "[a] \\`b\\` \\\\ \\\\*"},
		{"emphasis with code at its end", `<p><a href="/u">a <em>b <strong>c</strong> <code>#</code></em></a></p>`, "[a *b **c** `#`*](/u)"},
		{"emphasis in emphasis around an asterisk", "<p><em><em>*</em></em></p>", "*_\\*_*"},
		{"like emphasis side by side joins", "<p><b><s>!</s></b><b><s>0</s></b></p>", "**!~~0~~**"},
		{"empty nested items", "<ul><li><ul><li><ul><li></li><li>0</li></ul></li></ul></li></ul>", "- - +\n    + 0"},
		{"paragraph after a list in a tight item", "<ul><li>a<ul><li>b</li></ul>c</li></ul>", "- a\n  - b\n\n  c"},
		{"tables in a tight item", "<ol><li><ul><li>x</ul><table><td>a</table><table><td>b</table>c</ol>",
			"1. - x\n\n   | a |\n   | --- |\n\n   | b |\n   | --- |\n\n   c"},
		{"a list that cannot interrupt a table", "<ul><li><table><td>a</table><ol start=5><li>x</ol></ul>",
			"- | a |\n  | --- |\n\n  5. x"},
		{"empty items that end a nested list are left out", "<ul><li>a<ul><li>b</li><li></li></ul>c<ul><li></li></ul></li></ul>", "- a\n  - b\n\n  c"},
		{"paragraph after a quote in a tight item", "<ul><li>a<blockquote>q</blockquote>b</li></ul>", "- a\n  > q\n\n  b"},
		{"strikethrough side by side joins", "<p><s>A</s><s>B</s></p>", "~~AB~~"},
		{"emphasis side by side joins", "<p>x<em>a</em><em>b</em><i>c</i>y</p>", "x*abc*y"},
		{"code side by side joins", "<p><code>A</code><code>B</code></p>", "`AB`"},
		{"emphasis side by side through wrappers joins", "<p>x<strong>a</strong><span><strong>b</strong></span><span><span><strong>c</strong></span></span>y</p>", "x**abc**y"},
		{"code side by side through a wrapper joins", "<p><code>a</code><font><code>b</code></font></p>", "`ab`"},
		{"code side by side after code", "<p><em><code>a</code></em><em><code>b</code><code>c</code></em></p>", "*`a`bc*"},
		{"keys and samples are code", "<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>: <samp>ok</samp></p>", "Press `Ctrl`+`C`: `ok`"},
		{"no-break space at the edges of emphasis goes outside", "<p><i>foo&nbsp;</i>bar <b>&nbsp;x</b>y</p>", "*foo*\u00a0bar \u00a0**x**y"},
		{"a paragraph of a no-break space is left out", "<p>a</p><p>&nbsp;</p><p>b</p>", "a\n\nb"},
		{"line breaks in a row end the paragraph", "<p>a<br><br><br><b>b</b><br>c</p>", "a\n\n**b**\\\nc"},
		{"line breaks in a row inside emphasis", "<p><b>a<br><br>b</b></p>", "**a\\\n\\\nb**"},
		{"line breaks in a first- or second-level heading", "<h1>a<br>b</h1><h2>c<br>d</h2>", "a\\\nb\n===\n\nc\\\nd\n---"},
		{"line breaks in a lower heading", "<h3>a<br>b</h3>", "### a b"},
		{"line breaks in a row in a heading stay in it", "<h2>a<br><br>b</h2>", "a\\\n\\\nb\n---"},
		{"emphasis in the same emphasis", "<p><b><i><b>x</b></i></b> <i><b><i>y</i></b></i></p>", "**_**x**_** *__*y*__*"},
		{"emphasis holding emphasis after punctuation", "<p>.<em><strong>x</strong></em></p>", ".*__x__*"},
		{"emphasis holding emphasis inside a word", "<p>foo<em><strong>bar</strong></em>baz</p>", "foo***bar***baz"},
		{"strong holding emphasis inside a word", "<p>foo<strong><em>bar</em></strong>baz</p>", "foo***bar***baz"},
		{"emphasis in emphasis in emphasis", "<p><em><em><em>x</em>x</em></em></p>", "*_*x*x_*"},
		{"emphasis holding a link inside a word", `<p>foo<em><a href="/x">bar</a></em>baz</p>`, "foo[*bar*](/x)baz"},
		{"emphasis holding a link through a wrapper inside a word", `<p>foo<b><span><a href="/x">bar</a></span></b>baz</p>`, "foo[**bar**](/x)baz"},
		{"emphasis holding emphasis holding a link inside a word", `<p>foo<b><i><a href="/x">bar</a></i></b>baz</p>`, "foo[**_bar_**](/x)baz"},
		{"emphasis holding a link and empty elements inside a word", `<p>foo<b><span></span><a href="/x">bar</a><img></b>baz</p>`, "foo[**bar**](/x)baz"},
		{"a paragraph between items goes into the item before", "<ul><li>a</li><p>b</p><li>c</li></ul>", "- a\n\n  b\n\n- c"},
		{"text between items goes into the item before", "<ol><li>a</li>text <b>x</b><li>c</li></ol>", "1. a\n\n   text **x**\n2. c"},
		{"text before the first item is an item", "<ul>intro<li>a</li></ul>", "- intro\n- a"},
		{"a link around a heading", `<a href="/p"><h2>H</h2></a>`, "## [H](/p)"},
		{"a link around a block with an image", `<a href="/p"><div><img src="a.png" alt="A"></div></a>`, "[![A](a.png)](/p)"},
		{"a link around blocks and text", `<a href="/p">intro <div><p>para</p><ul><li>x</li></ul></div></a>`,
			"[intro](/p)\n\n[para](/p)\n\n- [&#120;](/p)"},
		{"strong emphasis around paragraphs", "<strong><p>a</p><p>b</p></strong>", "**a**\n\n**b**"},
		{"emphasis and a link around a heading", `<a href="/p"><em><h3>T</h3></em></a>`, "### *[T](/p)*"},
		{"a lazy image", `<p><img data-src="real.jpg" alt="A"> <img src="data:image/gif;base64,R0lG" data-lazy-src="b.jpg" alt="B"></p>`,
			"![A](real.jpg) ![B](b.jpg)"},
		{"a placeholder and a srcset", `<p><img src="data:image/gif;base64,R0lG" srcset="a.jpg 1x, b.jpg 2x" alt="A"></p>`, "![A](b.jpg)"},
		{"an image in a data: URL", `<p><img src="data:image/png;base64,iVBO" alt="A"></p>`, "![A](data:image/png;base64,iVBO)"},
		{"a picture's source", `<picture><source srcset="p.webp 480w, p2.webp 960w"><img alt="P"></picture>`, "![P](p2.webp)"},
		{"a noscript copy of an image", `<p>a <img src="blur.jpg" alt="M"> <noscript><img src="full.jpg" alt="M"></noscript> b</p>`, "a ![M](full.jpg) b"},
		{"a noscript tracking pixel", `<noscript><img height="1" width="1" src="https://px/tr"></noscript><p>x</p>`, "x"},
		{"an image without a source", `<p>a <img alt="chart"> b</p>`, "a chart b"},
		{"an embedded video", `<iframe src="https://www.youtube.com/embed/abc" title="Launch"></iframe>`, "[Launch](https://www.youtube.com/embed/abc)"},
		{"a video with a poster", `<video src="v.mp4" poster="p.jpg">No video support.</video>`, "[![Video](p.jpg)](v.mp4)"},
		{"a video's source and audio", `<video><source src="v.webm"></video><audio src="a.mp3"></audio>`, "[Video](v.webm)[Audio](a.mp3)"},
		{"a closing run that would merge with those around it", "<p>xx<em> xx<em> x<code>c</code><strong>!x y </strong></em></em></p>",
			"xx *xx _x`c`**!x y**_*"},
		{"white space before closing runs waits until after them", `<p><a href="/u"><strong>x<strong> x!</strong> </strong></a></p>`,
			"[**x __x!__**](/u)"},
		{"closing runs that merge and pair", "<p><em>foo<strong>bar</strong></em></p>", "*foo**bar***"},
		{"strikethrough in strikethrough is text", "<p><del><strong>x<del>xxx</del></strong></del>a <del><del><em>x</em></del></del>a</p>",
			"**xxxx**a *x*a"},
		{"a delimiter closing a caption", `<figure><figcaption>Apple *</figcaption></figure>`, "*Apple \\**"},
		{"quotations show their marks", "<p>He said <q>yes</q>.</p>", "He said “yes”."},
		{"checkboxes starting items", `<ul><li><input type="checkbox" checked disabled> done</li><li><input type="checkbox"> to do</li></ul>`,
			"- [x] done\n- [ ] to do"},
		{"what Markdown cannot say", `<div class="x"><p>a<sup>2</sup> <span>b</span></p></div><script>x()</script>`, "a² b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.md, toMarkdown(t, tc.html))
		})
	}
}

func TestToMarkdownOptions(t *testing.T) {
	for _, tc := range []struct {
		name, html, md string
		opts           []MarkdownOption
	}{
		{"raw inline", "<p>a<sup>2</sup></p>", "a<sup>2</sup>", []MarkdownOption{WithRawHTML(true)}},
		{"raw block", "<div class=\"x\"><p>a</p></div>", "<div class=\"x\">\n\na\n\n</div>", []MarkdownOption{WithRawHTML(true)}},
		{"raw line breaks at the edges", "<p><br>a<br></p>", "<br>a<br>", []MarkdownOption{WithRawHTML(true)}},
		{"raw empty emphasis", "<p>a <strong> </strong> b</p>", "a <strong> </strong> b", []MarkdownOption{WithRawHTML(true)}},
		{"raw tag never alone on a first line", "<p><span>\n<b>b</b></span></p>", "<span> **b**</span>", []MarkdownOption{WithRawHTML(true)}},
		{"raw HTML never starts a line", "<p>a<br><!-- c -->\n<span>b</span></p>", "a<br><!-- c --> <span>b</span>", []MarkdownOption{WithRawHTML(true)}},
		{"raw keys", "<p><kbd>Ctrl</kbd></p>", "<kbd>Ctrl</kbd>", []MarkdownOption{WithRawHTML(true)}},
		{"raw line breaks in a row", "<p>a<br><br>b</p>", "a<br><br>\nb", []MarkdownOption{WithRawHTML(true)}},
		{"raw line breaks in headings and cells", "<h2>a<br>b</h2><table><tr><th>c<br>d</th></tr></table>",
			"## a<br>b\n\n| c<br>d |\n| --- |", []MarkdownOption{WithRawHTML(true)}},
		{"raw emphasis holding a link inside a word", `<p>foo<em><a href="/x">bar</a></em>baz</p>`, "foo<em>[bar](/x)</em>baz", []MarkdownOption{WithRawHTML(true)}},
		{"raw emphasis beside emphasis held apart", "<p>.<em><code>c</code><em>x</em><strong>x</strong></em></p>",
			".*`c`_x_<strong>x</strong>*", []MarkdownOption{WithRawHTML(true)}},
		{"raw emphasis kept with white space inside its tags", "<p>x<em>xx<em>x y </em></em>x</p>",
			"x<em>xx*x y* </em>x", []MarkdownOption{WithRawHTML(true)}},
		{"raw text after a comment that starts an HTML block", "<!-- c --><em>bar</em> and *x*", "<!-- c --><em>bar</em> and *x*", []MarkdownOption{WithRawHTML(true)}},
		{"raw text after a block tag that starts an HTML block", `<p><iframe src="x"></iframe> a <b>b</b></p>`,
			`<iframe src="x"></iframe> a <b>b</b>`, []MarkdownOption{WithRawHTML(true)}},
		{"raw lazy image", `<p><img data-src="real.jpg" alt="A"></p>`, "![A](real.jpg)", []MarkdownOption{WithRawHTML(true)}},
		{"raw embed", `<p><iframe src="https://x"></iframe> a</p>`, `<iframe src="https://x"></iframe> a`, []MarkdownOption{WithRawHTML(true)}},
		{"raw anchor between paragraphs", `<p>a</p><a name="x"></a><p>b</p>`, "a\n\n<a name=\"x\">\n</a>\n\nb", []MarkdownOption{WithRawHTML(true)}},
		{"raw comment", "<p>a</p><!-- c -->", "a\n\n<!-- c -->", []MarkdownOption{WithRawHTML(true)}},
		{"tables as HTML", "<table><tr><td>a</td></tr></table>", "<table><tbody><tr><td>a</td></tr></tbody></table>", []MarkdownOption{WithTables(false)}},
		{"no strikethrough", "<p><del>a</del> ~</p>", "a ~", []MarkdownOption{WithStrikethrough(false)}},
		{"raw without strikethrough", "<p><del>a</del></p>", "<del>a</del>", []MarkdownOption{WithStrikethrough(false), WithRawHTML(true)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.md, toMarkdown(t, tc.html, tc.opts...))
		})
	}
}

func TestToMarkdownLeavesOtherFormats(t *testing.T) {
	for _, f := range []article.Format{article.Markdown, article.Text} {
		a := &article.Article{Body: "<p>*x*</p>", Format: f}
		require.NoError(t, ToMarkdown()(a))
		assert.Equal(t, "<p>*x*</p>", a.Body)
		assert.Equal(t, f, a.Format)
	}
}

func TestToHTML(t *testing.T) {
	for _, tc := range []struct {
		name, md, html string
		opts           []HTMLOption
	}{
		{"commonmark", "# T\n\n*a* **b**", "<h1>T</h1>\n<p><em>a</em> <strong>b</strong></p>", nil},
		{"table", "| a |\n| - |\n| b |", "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>", nil},
		{"strikethrough", "~~a~~", "<p><del>a</del></p>", nil},
		{"autolink", "see www.example.com", "<p>see <a href=\"http://www.example.com\">www.example.com</a></p>", nil},
		{"raw HTML left out", "a <b>b</b>", "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>", nil},
		{"raw HTML with the option", "a <b>b</b>", "<p>a <b>b</b></p>", []HTMLOption{WithUnsafeHTML(true)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Body: tc.md, Format: article.Markdown}
			require.NoError(t, ToHTML(tc.opts...)(a))
			assert.Equal(t, tc.html, a.Body)
			assert.Equal(t, article.HTML, a.Format)
		})
	}
	a := &article.Article{Body: "<p>x</p>", Format: article.HTML}
	require.NoError(t, ToHTML()(a))
	assert.Equal(t, "<p>x</p>", a.Body, "an HTML body is left alone")
}

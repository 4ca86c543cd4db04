package transform_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/golden"
	"github.com/articlekit/article/internal/testcorpus"
	"github.com/articlekit/article/transform"
)

func TestToTextHTML(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"paragraphs", "<p>One\n  two.</p><p>Three.</p>", "One two.\n\nThree."},
		{"headings", "<h2>Title</h2>Intro<h3>Part</h3><p>Text.</p>", "Title\n\nIntro\n\nPart\n\nText."},
		{"inline markup", "<p>A <strong>bold</strong>, <em>new</em> <code>x</code> world.</p>", "A bold, new x world."},
		{"entities", "<p>Fish &amp; chips &lt;3 &quot;yes&quot; &eacute; &#x4E2D;&nbsp;x</p>", "Fish & chips <3 \"yes\" é 中\u00a0x"},
		{"bullets", "<ul><li>a</li><li>b <b>c</b></li></ul>", "- a\n- b c"},
		{"numbers", "<ol><li>a</li><li>b</li></ol>", "1. a\n2. b"},
		{"start and value", `<ol start="7"><li>a</li><li value="10">b</li><li>c</li></ol>`, "7. a\n10. b\n11. c"},
		{"reversed", `<ol reversed><li>a</li><li>b</li><li>c</li></ol>`, "3. a\n2. b\n1. c"},
		{"nested", "<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>", "- a\n  - b\n    1. c\n- d"},
		{"loose item", "<ol><li><p>one</p><p>more</p></li><li><p>two</p></li></ol>", "1. one\n\n   more\n\n2. two"},
		{"list between paragraphs", "<p>Before.</p><ul><li>x</li></ul><p>After.</p>", "Before.\n\n- x\n\nAfter."},
		{"unclosed items", "<ul><li>a<li>b</ul>", "- a\n- b"},
		{"link text only", `<p>See <a href="https://example.com/x">this</a>.</p>`, "See this."},
		{"image alt", `<p>A <img src="x.png" alt="red fox"> jumps.</p>`, "A red fox jumps."},
		{"figure", `<figure><img src="a.png" alt="chart"><figcaption>Sales in 2024.</figcaption></figure>`, "chart\nSales in 2024."},
		{"line breaks", "<p>a<br>b<br><br>c<br></p><p>d</p>", "a\nb\n\nc\n\nd"},
		{"quote", "<p>He said:</p><blockquote><p>Yes.</p><p>No.</p></blockquote><p>End.</p>", "He said:\n\n    Yes.\n\n    No.\n\nEnd."},
		{"pre", "<p>Code:</p><pre><code>if x {\n\t  y()\n}\n</code></pre><p>Done.</p>", "Code:\n\nif x {\n\t  y()\n}\n\nDone."},
		{"pre blank line", "<pre>a\n\nb</pre>", "a\n\nb"},
		{"pre in list", "<ul><li>x<pre>a\n b</pre></li></ul>", "- x\n\n  a\n   b"},
		{"table", "<table><thead><tr><th>Name</th><th>Share</th></tr></thead><tbody><tr><td>Vivo</td><td><p>17%</p></td></tr><tr><td></td><td>x</td></tr></tbody></table>",
			"Name | Share\nVivo | 17%\n| x"},
		{"table between paragraphs", "<p>a</p><table><tr><td>1</td><td>2</td></tr></table><p>b</p>", "a\n\n1 | 2\n\nb"},
		{"dropped", "<p>a<script>alert('<b>')</script><style>p{}</style><template><p>t</p></template><noscript><img src=x></noscript>b</p>" +
			`<iframe src="x">frame</iframe><svg><text>svg</text><script>x</script></svg>`, "ab"},
		{"comments", "<p>a<!-- hidden -->b</p>", "ab"},
		{"divs", "<div>a</div><div>b<div>c</div></div>", "a\nb\nc"},
		{"definitions", "<dl><dt>Term</dt><dd>Meaning</dd></dl>", "Term\n    Meaning"},
		{"rule", "<p>a</p><hr><p>b</p>", "a\n\nb"},
		{"text only", "plain &amp; simple", "plain & simple"},
		{"empty", "", ""},
		{"whole document", "<!DOCTYPE html><html><head><title>T</title><style>x</style></head><body><p>Hi</p></body></html>", "Hi"},
		{"cjk", "<p>苹果公司与阿里巴巴合作。</p><p>华为。</p>", "苹果公司与阿里巴巴合作。\n\n华为。"},
		{"hostile", `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Body: tc.body, Format: article.HTML}
			require.NoError(t, transform.ToText()(a))
			assert.Equal(t, tc.want, a.Body)
			assert.Equal(t, article.Text, a.Format)
		})
	}
}

func TestToTextLinkURLs(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"url after text", `<p>See <a href="https://example.com/x">this</a>.</p>`, "See this (https://example.com/x)."},
		{"autolink", `<a href="https://example.com">https://example.com</a>`, "https://example.com"},
		{"mail", `<a href="mailto:a@example.com">a@example.com</a>`, "a@example.com"},
		{"fragment", `<a href="#top">top</a>`, "top"},
		{"script", `<a href=" JavaScript:alert(1)">x</a>`, "x"},
		{"no href", `<a name="x">anchor</a>`, "anchor"},
		{"relative", `<a href="/about">about</a>`, "about (/about)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Body: tc.body, Format: article.HTML}
			require.NoError(t, transform.ToText(transform.WithLinkURLs(true))(a))
			assert.Equal(t, tc.want, a.Body)
		})
	}
}

func TestToTextMarkdown(t *testing.T) {
	body := "## Title\n\nA *new* [link](https://example.com) & more.\n\n- one\n- two\n  1. nested\n\n" +
		"| a | b |\n|---|---|\n| 1 | 2 |\n\n```go\nfunc f() {}\n```\n\n<b>raw</b> html<script>x()</script>\n\n> quoted"
	a := &article.Article{Body: body, Format: article.Markdown}
	require.NoError(t, transform.ToText(transform.WithLinkURLs(true))(a))
	assert.Equal(t, "Title\n\nA new link (https://example.com) & more.\n\n- one\n- two\n  1. nested\n\n"+
		"a | b\n1 | 2\n\nfunc f() {}\n\nraw html\n\n    quoted", a.Body)
	assert.Equal(t, article.Text, a.Format)
}

func TestToTextLeavesText(t *testing.T) {
	a := &article.Article{Body: "<p>not markup</p>\n\n  as it is ", Format: article.Text}
	require.NoError(t, transform.ToText()(a))
	assert.Equal(t, "<p>not markup</p>\n\n  as it is ", a.Body)
}

func TestToTextUnknownFormat(t *testing.T) {
	a := &article.Article{Body: "x", Format: "rtf"}
	err := transform.ToText()(a)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"rtf"`)
	assert.Equal(t, "x", a.Body)
}

func TestToTextSeed(t *testing.T) {
	a, err := article.ParseFile(testcorpus.SeedPath(t))
	require.NoError(t, err)
	require.NoError(t, transform.ToText()(a))
	assert.NotContains(t, a.Body, "<")
	assert.True(t, strings.HasPrefix(a.Body, "Alibaba and Apple Collaboration: Transforming iPhones in China with AI\n\nAlibaba Confirms"))
	golden.Check(t, "testdata/text/alibaba-apple.txt", []byte(a.Body+"\n"))
}

// The corpus bodies come out with no markup left and no line that ends in
// white space, however they were written.
func TestToTextCorpus(t *testing.T) {
	for _, a := range testcorpus.Articles(t, 200, "--mix", "hostile") {
		require.NoError(t, transform.ToText(transform.WithLinkURLs(true))(a), a.Path)
		assert.NotContains(t, a.Body, "<", a.Path)
		assert.NotContains(t, a.Body, "alert(", a.Path)
		for line := range strings.Lines(a.Body) {
			assert.Equal(t, strings.TrimRight(line, " \t\n"), strings.TrimSuffix(line, "\n"), "%s: %q", a.Path, line)
		}
	}
}

// Deep nesting indents no further than a dozen levels, so the text grows
// no faster than the HTML; nesting past the parser's limit is an error
// that leaves the article as it was.
func TestToTextDeepNesting(t *testing.T) {
	body := strings.Repeat("<blockquote>", 500) + strings.Repeat("line<br>", 2000)
	a := &article.Article{Body: body, Format: article.HTML}
	require.NoError(t, transform.ToText()(a))
	for line := range strings.Lines(a.Body) {
		require.Equal(t, strings.Repeat(" ", 48)+"line", strings.TrimSuffix(line, "\n"))
	}

	a = &article.Article{Body: "<ol><li>" + strings.Repeat("<ul><li>", 20) + "x", Format: article.HTML}
	require.NoError(t, transform.ToText()(a))
	assert.Equal(t, "1. "+strings.Repeat("- ", 20)+"x", a.Body)

	deep := &article.Article{Body: strings.Repeat("<b>", 1000) + "x", Format: article.HTML}
	err := transform.ToText()(deep)
	assert.ErrorContains(t, err, "exceeds 512")
	assert.Equal(t, article.HTML, deep.Format)
}

// One ToText transform runs on many articles at once.
func TestToTextConcurrent(t *testing.T) {
	toText := transform.ToText(transform.WithLinkURLs(true))
	articles := testcorpus.Articles(t, 40)
	var wg sync.WaitGroup
	for _, a := range articles {
		wg.Go(func() { assert.NoError(t, toText(a)) })
	}
	wg.Wait()
	for _, a := range articles {
		assert.Equal(t, article.Text, a.Format)
	}
}

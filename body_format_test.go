package article_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

// TestBodyFormat: the body's format comes from the file and the content:
// an .html file is HTML, a fence is unwrapped only when it is the whole
// body, a body that is HTML from start to end is HTML, and anything else
// is Markdown, HTML blocks and all; WithBodyFormat forces it.
func TestBodyFormat(t *testing.T) {
	const head = "---\ntitle: \"T\"\n---\n\n"
	tests := []struct {
		name   string
		path   string // "" for a reader with no name
		src    string
		opts   []article.Option
		format article.Format
		body   string // "" when the body is src after the front matter
	}{
		{"a .md post opening with a figure stays Markdown", "post.md",
			head + "<figure><img src=\"/a.png\" alt=\"a\"></figure>\n\nThis is **bold**.\n\n## Heading\n\n- item\n",
			nil, article.Markdown, ""},
		{"a tutorial opening with an html sample stays Markdown", "",
			head + "```html\n<button onclick=\"x()\">Go</button>\n```\n\nThe button above runs x.\n",
			nil, article.Markdown, ""},
		{"an html fence that is the whole body is unwrapped", "post.md",
			head + "```html\n<p>a</p>\n<p>b</p>\n```\n",
			nil, article.HTML, "<p>a</p>\n<p>b</p>"},
		{"a markdown fence that is the whole body is unwrapped", "",
			head + "````markdown\n# Title\n\n```go\nx := 1\n```\n````\n",
			nil, article.Markdown, "# Title\n\n```go\nx := 1\n```"},
		{"a body that is HTML from start to end is HTML", "post.md",
			head + "<!-- generated -->\n<p>Version 2.3 is out.</p>\n<ul>\n  <li>Faster</li>\n</ul>\n",
			nil, article.HTML, ""},
		{"an element closed by its parent's end tag is inside it", "",
			head + "<ul><li>a<li>b</ul>\n<p>c",
			nil, article.HTML, ""},
		{"a custom element is HTML", "", head + "<my-widget>Hi</my-widget>\n", nil, article.HTML, ""},
		{"text after the last element is Markdown", "",
			head + "<p>a</p>\nThen **more**.\n", nil, article.Markdown, ""},
		{"an inline element opening a paragraph is Markdown", "",
			head + "<b>Note:</b> this is **bold**.\n", nil, article.Markdown, ""},
		{"an autolink alone is Markdown", "", head + "<https://example.com>\n", nil, article.Markdown, ""},
		{"a tag that names no element is Markdown", "", head + "<foo_bar>x</foo_bar>\n", nil, article.Markdown, ""},
		{"an .html file is HTML whatever it holds", "content/about.html",
			head + "Hello, I am <b>Ada</b>.\n", nil, article.HTML, ""},
		{"an .HTM file too", "ABOUT.HTM", head + "Hello.\n", nil, article.HTML, ""},
		{"an .html file unwraps a whole html fence", "x.html",
			head + "```html\n<p>a</p>\n```\n", nil, article.HTML, "<p>a</p>"},
		{"forced HTML", "", head + "Hello <b>x</b>.\n",
			[]article.Option{article.WithBodyFormat(article.HTML)}, article.HTML, ""},
		{"forced Markdown keeps an HTML body as it is", "x.html", head + "<p>a</p>\n",
			[]article.Option{article.WithBodyFormat(article.Markdown)}, article.Markdown, ""},
		{"forced Markdown keeps a whole html fence as code", "", head + "```html\n<p>a</p>\n```\n",
			[]article.Option{article.WithBodyFormat(article.Markdown)}, article.Markdown, ""},
		{"forced HTML unwraps a whole html fence", "", head + "```html\n<p>a</p>\n```\n",
			[]article.Option{article.WithBodyFormat(article.HTML)}, article.HTML, "<p>a</p>"},
		{"forced text", "", head + "<p>a</p>\n",
			[]article.Option{article.WithBodyFormat(article.Text)}, article.Text, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := article.Parse(strings.NewReader(tc.src), append([]article.Option{article.WithPath(tc.path)}, tc.opts...)...)
			require.NoError(t, err)
			assert.Equal(t, tc.format, a.Format)
			if tc.body == "" {
				tc.body = strings.TrimSpace(strings.TrimPrefix(tc.src, head))
			}
			assert.Equal(t, tc.body, a.Body)
		})
	}
}

func TestWithBodyFormatRefusesAnUnknownFormat(t *testing.T) {
	_, err := article.Parse(strings.NewReader("x"), article.WithPath("a.md"), article.WithBodyFormat("rtf"))
	var e *article.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "a.md", e.Path)
	assert.Contains(t, err.Error(), `"rtf"`)
}

// TestWriteToKeepsTheBodyLayout: a body comes back in the form it came in,
// fenced or not, byte for byte where nothing changed (TestSiteFiles holds
// the other files of testdata/sites to it too).
func TestWriteToKeepsTheBodyLayout(t *testing.T) {
	for _, name := range []string{
		"testdata/sites/body-page.html",
		"testdata/sites/export-crlf-bom.md",
	} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(name)
			require.NoError(t, err)
			a, err := article.ParseFile(name)
			require.NoError(t, err)
			out, err := a.MarshalText()
			require.NoError(t, err)
			if strings.Contains(name, "export") {
				assert.Contains(t, string(out), "\n```html\n<", "the export layout keeps its fence")
				return
			}
			assert.Equal(t, string(src), string(out))
		})
	}
	t.Run("a Markdown body from a whole fence is written fenced", func(t *testing.T) {
		src := "---\ntitle: \"T\"\n---\n\n```markdown\n# Title\n```\n"
		a, err := article.Parse(strings.NewReader(src))
		require.NoError(t, err)
		out, err := a.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, src, string(out))
	})
}

// TestSiteBodiesThroughThePipeline runs the README's pipeline on site
// files: a post that opens with a figure keeps its Markdown, and a
// tutorial's leading sample stays code.
func TestSiteBodiesThroughThePipeline(t *testing.T) {
	pipeline := article.Chain(article.Sanitize(nil), transform.Summarize(), transform.ToMarkdown())

	a, err := article.ParseFile("testdata/sites/body-figure-first.md", article.WithTransform(pipeline))
	require.NoError(t, err)
	assert.Equal(t, article.Markdown, a.Format)
	for _, want := range []string{"This is **bold** news", "\n## Parts\n", "\n- A Raspberry Pi"} {
		assert.Contains(t, a.Body, want)
	}
	assert.Equal(t, []article.Heading{{Level: 2, Text: "Parts"}, {Level: 2, Text: "Wiring"}}, a.Summary.Outline)

	a, err = article.ParseFile("testdata/sites/body-code-first.md", article.WithTransform(pipeline))
	require.NoError(t, err)
	assert.Equal(t, article.Markdown, a.Format)
	assert.True(t, strings.HasPrefix(a.Body, "```html\n<button onclick=\"count++\">Click me</button>\n"), "the sample stays code:\n%s", a.Body)
	assert.Contains(t, a.Body, "\n## A listener instead\n")
	assert.Equal(t, []article.Heading{{Level: 2, Text: "A listener instead"}}, a.Summary.Outline)
}

// TestParseFSReadsHTMLFilesAsHTML: ParseFS names each file, so an .html
// file's body is HTML and an .md file's with the same text is Markdown.
func TestParseFSReadsHTMLFilesAsHTML(t *testing.T) {
	page := []byte("---\ntitle: \"About\"\n---\n\nHello, I am <b>Ada</b>.\n")
	fsys := fstest.MapFS{"content/about.html": {Data: page}, "content/about.md": {Data: page}}
	formats := map[string]article.Format{}
	for a, err := range article.ParseFS(fsys, "content/*") {
		require.NoError(t, err)
		formats[a.Path] = a.Format
	}
	assert.Equal(t, map[string]article.Format{"content/about.html": article.HTML, "content/about.md": article.Markdown}, formats)
}

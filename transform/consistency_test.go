package transform_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/mmcdole/gofeed"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
	"github.com/articlekit/article/transform"
)

// consistencyBodies hold what readings of a body have disagreed on: task
// lists, tables, code, forms, hidden elements, raw HTML in Markdown. Their
// images have no alt text, which ToText writes and Summarize does not count
// as words (see TestImagesAltIsTextNotWords).
var consistencyBodies = []struct {
	name   string
	format article.Format
	body   string
}{
	{"html", article.HTML, `<h2>Harbor bridge</h2>
<p>The council voted to repair the <a href="https://example.com/bridge">harbor bridge</a>. Work starts in May.</p>
<figure><img src="https://example.com/b.jpg" alt=""><figcaption>The bridge in winter.</figcaption></figure>
<h3>Costs</h3>
<ul><li>Steel for the deck.</li><li>Paint, <em>twice</em>.</li></ul>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Deck</td><td>2 million</td></tr></table>
<blockquote><p>It will last fifty years, the engineer said.</p></blockquote>
<pre><code>cost := deck + paint</code></pre>
<form><label>Your view</label> <textarea>Fix it soon</textarea> <button>Send it</button></form>
<script>alert("not words")</script><style>p { color: red }</style><template><p>not shown</p></template>
<noscript>Enable scripts</noscript><svg><text>a drawing</text></svg>
<video src="https://example.com/v.mp4">Your browser cannot play this</video>`},
	{"markdown", article.Markdown, "## Harbor bridge\n\n" +
		"The council voted to repair the [harbor bridge](https://example.com/bridge). Work starts in May.\n\n" +
		"### Tasks\n\n- [x] Steel for the deck.\n- [ ] Paint, *twice*.\n\n" +
		"| Item | Cost |\n|------|------|\n| Deck | 2 million |\n\n" +
		"> It will last fifty years, the engineer said.\n\n" +
		"```go\ncost := deck + paint\n```\n\n" +
		"See https://example.com/plan for the plan.\n\n" +
		"<div>\n<label>Your view</label> <textarea>Fix it soon</textarea>\n</div>\n\n" +
		"<script>alert(\"not words\")</script>\n\n" +
		"Setext heading\n--------------\n\nThe end ~~soon~~ now.\n"},
}

// TestReadingsAgree: a body gives the same words, sentences and outline
// whichever transform reads it and in whichever form it is passed on: as
// it is, sanitized, rendered as HTML, converted to Markdown, or read back
// from a feed.
func TestReadingsAgree(t *testing.T) {
	for _, tc := range consistencyBodies {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Title: "Harbor bridge", Path: "harbor.md", Body: tc.body, Format: tc.format}
			want := summary(t, a)
			text := words(t, a)
			require.NotEmpty(t, want.Outline)
			assert.Equal(t, want.Words, len(text), "Summarize counts the words ToText writes: %q", text)
			assert.NotContains(t, strings.Join(text, " "), "not", "hidden content is no reader's text")

			html := apply(t, a, transform.ToHTML(transform.WithUnsafeHTML(true)))
			for name, b := range map[string]*article.Article{
				"sanitized": apply(t, a, article.Sanitize(nil)),
				"as HTML":   html,
				"from feed": fromFeed(t, apply(t, a, article.Sanitize(nil))),
			} {
				assert.Equal(t, want, summary(t, b), "summary %s", name)
				assert.Equal(t, text, words(t, b), "words %s", name)
			}

			// Markdown has no captions and writes an embed as a link to it:
			// the outline is the same, and no word is lost.
			md := apply(t, html, transform.ToMarkdown())
			assert.Equal(t, want.Outline, summary(t, md).Outline)
			assertSubsequence(t, text, words(t, md))
		})
	}
}

// TestImagesAltIsTextNotWords: ToText writes an image as its description,
// the text that stands in for it, while Summarize counts the words a
// reader reads, which an image's description is not.
func TestImagesAltIsTextNotWords(t *testing.T) {
	a := &article.Article{Body: `<p>One two.</p><img src="https://example.com/a.png" alt="a chart">`, Format: article.HTML}
	assert.Equal(t, 2, summary(t, a).Words)
	assert.Equal(t, []string{"One", "two.", "a", "chart"}, words(t, a))
}

// apply returns a copy of a that t has changed.
func apply(t *testing.T, a *article.Article, tr article.Transform) *article.Article {
	t.Helper()
	b := a.Clone()
	require.NoError(t, tr(b))
	return b
}

// summary returns a's summary.
func summary(t *testing.T, a *article.Article) article.Summary {
	t.Helper()
	return apply(t, a, transform.Summarize()).Summary
}

// words returns the words of a's plain text as Summarize counts them: the
// tokens between white space that hold a letter or a digit, but for URLs
// and the numbers ToText writes for ordered list items.
func words(t *testing.T, a *article.Article) []string {
	t.Helper()
	var out []string
	for _, w := range strings.Fields(apply(t, a, transform.ToText()).Body) {
		if strings.IndexFunc(w, isAlnum) >= 0 && !strings.Contains(w, "://") && strings.TrimRight(w, "0123456789") != "." {
			out = append(out, w)
		}
	}
	return out
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// assertSubsequence checks that want's words come in got in their order.
func assertSubsequence(t *testing.T, want, got []string) {
	t.Helper()
	rest := got
	for _, w := range want {
		i := slices.Index(rest, w)
		if !assert.GreaterOrEqual(t, i, 0, "%q lost from %q", w, got) {
			return
		}
		rest = rest[i+1:]
	}
}

// fromFeed returns a with its body as an RSS reader gets it: written into
// a feed's content and read back with gofeed.
func fromFeed(t *testing.T, a *article.Article) *article.Article {
	t.Helper()
	var buf bytes.Buffer
	ch := feed.Channel{Title: "News", BaseURL: "https://example.com/"}
	require.NoError(t, feed.Write(&buf, feed.RSS, ch, []*article.Article{a}))
	f, err := gofeed.NewParser().Parse(&buf)
	require.NoError(t, err)
	require.Len(t, f.Items, 1)
	return &article.Article{Body: f.Items[0].Content, Format: article.HTML}
}

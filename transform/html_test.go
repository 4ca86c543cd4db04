package transform_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"pgregory.net/rapid"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

// toHTML renders md with ToHTML.
func toHTML(t interface {
	require.TestingT
	Helper()
}, md string, opts ...transform.HTMLOption) string {
	t.Helper()
	a := &article.Article{Body: md, Format: article.Markdown}
	require.NoError(t, transform.ToHTML(opts...)(a))
	return a.Body
}

func TestToHTMLHeadingIDs(t *testing.T) {
	ids := transform.WithHeadingIDs(true)
	for _, tc := range []struct {
		name, md, html string
		opts           []transform.HTMLOption
	}{
		{"off by default", "## Why it matters", "<h2>Why it matters</h2>", nil},
		{"from the text", "## Why it *matters*", `<h2 id="why-it-matters">Why it <em>matters</em></h2>`, []transform.HTMLOption{ids}},
		{"setext", "Why\n---", `<h2 id="why">Why</h2>`, []transform.HTMLOption{ids}},
		{"unique", "# A\n# A\n# a-1", "<h1 id=\"a\">A</h1>\n<h1 id=\"a-1\">A</h1>\n<h1 id=\"a-1-1\">a-1</h1>", []transform.HTMLOption{ids}},
		{"no ASCII letters", "# 苹果\n# ?!", "<h1 id=\"heading\">苹果</h1>\n<h1 id=\"heading-1\">?!</h1>", []transform.HTMLOption{ids}},
		{"markup in the text", `# <img src=x onerror="alert(1)">`, `<h1 id="img-srcx-onerroralert1"><!-- raw HTML omitted --></h1>`, []transform.HTMLOption{ids}},
		{"prefix", "# A", `<h1 id="user-content-a">A</h1>`, []transform.HTMLOption{ids, transform.WithIDPrefix("user-content-")}},
		{"prefix escaped", "# A", `<h1 id="&quot;&gt;a">A</h1>`, []transform.HTMLOption{ids, transform.WithIDPrefix(`">`)}},
		{"turned off again", "# A", "<h1>A</h1>", []transform.HTMLOption{ids, transform.WithHeadingIDs(false)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.html, toHTML(t, tc.md, tc.opts...))
		})
	}
}

func TestToHTMLFootnotes(t *testing.T) {
	md := "Rain[^1] and wind[^w].\n\n[^1]: From the west.\n[^w]: Strong.\n"
	assert.Equal(t, "<p>Rain<sup>1</sup> and wind<sup>2</sup>.</p>\n<hr>\n<ol>\n<li>\n<p>From the west.</p>\n</li>\n<li>\n<p>Strong.</p>\n</li>\n</ol>",
		toHTML(t, md), "numbered notes, no ids, by default")
	linked := toHTML(t, md, transform.WithFootnoteLinks(true), transform.WithIDPrefix("p-"))
	assert.Contains(t, linked, `Rain<sup id="p-fnref:1"><a href="#p-fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>`)
	assert.Contains(t, linked, `<li id="p-fn:2">`)
	assert.Contains(t, linked, `<a href="#p-fnref:2" class="footnote-backref" role="doc-backlink">`)
	assert.Equal(t, "<p>No [^x] note.</p>", toHTML(t, "No [^x] note."), "a reference without a note is text")
}

// idPattern is what every id ToHTML writes looks like after the prefix:
// a heading's or a footnote's.
var idPattern = regexp.MustCompile(`^(?:[a-z0-9-]+|fn(?:ref[0-9]*)?:[0-9]+)$`)

// Heading and footnote ids are unique in a body, made of a few safe
// characters after the prefix, and every link to a note finds it.
func TestToHTMLIDsAreUniqueAndSafe(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var md strings.Builder
		for range rapid.IntRange(1, 12).Draw(t, "headings") {
			text := rapid.SampledFrom([]string{"A", "a", "a-1", "A 1", "苹果", "<b>x</b>", "`fn:1`", "*em*", "heading", "Fn 1", "\"'><"}).Draw(t, "text")
			fmt.Fprintf(&md, "%s %s\n\n", strings.Repeat("#", rapid.IntRange(1, 6).Draw(t, "level")), text)
			if rapid.Bool().Draw(t, "note") {
				label := rapid.SampledFrom([]string{"1", "2", "a"}).Draw(t, "label")
				fmt.Fprintf(&md, "Text[^%s].\n\n[^%s]: Note.\n\n", label, label)
			}
		}
		prefix := rapid.SampledFrom([]string{"", "user-content-", "x:"}).Draw(t, "prefix")
		checkIDs(t, md.String(), prefix)
	})
}

// FuzzToHTMLIDs: any Markdown body gets unique, safe heading and footnote
// ids, and every link to an id finds it.
func FuzzToHTMLIDs(f *testing.F) {
	for _, s := range []string{"# A\n# A\n\nx[^1]\n\n[^1]: n", "A\n===\n\n[^a]: x [^b]\n\n[^b]: y[^a]", "> # q\n> [^q]\n>\n> [^q]: in a quote", "- # 1\n- [^1] [^1] [^1]\n\n[^1]: thrice"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, md string) {
		checkIDs(t, md, "p-")
	})
}

// checkIDs renders md with heading ids and footnote links under prefix:
// no id is written twice, each is the prefix and then a heading's or
// note's id, and every link to a note finds it. (A link back may not find
// its reference: goldmark numbers a note referred to only from a note that
// nothing refers to, and leaves that note out, reference and all.)
func checkIDs(t interface {
	require.TestingT
	Helper()
}, md, prefix string) {
	t.Helper()
	out := toHTML(t, md, transform.WithHeadingIDs(true), transform.WithFootnoteLinks(true), transform.WithIDPrefix(prefix))
	doc, err := html.Parse(strings.NewReader(out))
	require.NoError(t, err)
	ids, hrefs := map[string]bool{}, []string{}
	for n := range doc.Descendants() {
		for _, attr := range n.Attr {
			switch {
			case attr.Key == "id":
				require.False(t, ids[attr.Val], "id %q twice in\n%s", attr.Val, out)
				ids[attr.Val] = true
				require.True(t, strings.HasPrefix(attr.Val, prefix), attr.Val)
				require.Regexp(t, idPattern, strings.TrimPrefix(attr.Val, prefix))
			case attr.Key == "href" && strings.HasPrefix(attr.Val, "#"+prefix+"fn:"):
				hrefs = append(hrefs, attr.Val)
			}
		}
	}
	for _, h := range hrefs {
		require.True(t, ids[strings.TrimPrefix(h, "#")], "link %q to no id in\n%s", h, out)
	}
}

func ExampleWithHeadingIDs() {
	a := &article.Article{Format: article.Markdown, Body: "## Why it matters\n\nRain[^1].\n\n[^1]: From the west."}
	if err := transform.ToHTML(transform.WithHeadingIDs(true), transform.WithIDPrefix("rain-"))(a); err != nil {
		panic(err)
	}
	fmt.Println(a.Body)
	// Output:
	// <h2 id="rain-why-it-matters">Why it matters</h2>
	// <p>Rain<sup>1</sup>.</p>
	// <hr>
	// <ol>
	// <li>
	// <p>From the west.</p>
	// </li>
	// </ol>
}

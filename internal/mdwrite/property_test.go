package mdwrite

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/markdown"
	"github.com/articlekit/article/internal/testcorpus"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// roundTripHTML converts an HTML body to Markdown and back to HTML.
func roundTripHTML(t require.TestingT, body string) (md, back string) {
	md, err := convert(body)
	require.NoError(t, err)
	back, err = markdown.ToHTML(md, false)
	require.NoError(t, err)
	return md, back
}

// requireKept checks that a round trip through Markdown keeps the text and
// the structure of an HTML body.
func requireKept(t require.TestingT, body string) {
	md, back := roundTripHTML(t, body)
	require.Equal(t, visibleText(body), visibleText(back), "text\nhtml: %s\nmarkdown:\n%s\nback: %s", body, md, back)
	require.Equal(t, skeleton(body), skeleton(back), "structure\nhtml: %s\nmarkdown:\n%s\nback: %s", body, md, back)
}

// Words of generated text: news prose with the characters Markdown reads
// as syntax where they would be, and CJK.
var (
	genWords = rapid.SampledFrom(strings.Fields(
		"Apple Alibaba market share fell 25% in the quarter, analysts said; " +
			"phones AI cloud 2024 — “quoted” it's snake_case C# x*y a_b 1. 2) - + > # * _ ` [x] " +
			"<tag> & &amp; | ~ ! 3.5 苹果公司 市场份额"))
	genURLs = rapid.SampledFrom([]string{"https://example.com/a", "/relative/path", "https://x.org/a_(b)",
		"https://x.org/a b", "mailto:a@b.org", "#frag"})
)

func genText(t *rapid.T, label string) string {
	words := rapid.SliceOfN(genWords, 1, 8).Draw(t, label)
	return html.EscapeString(strings.Join(words, " "))
}

// genInline draws phrasing content: text with emphasis, links, code,
// images and line breaks between words.
func genInline(t *rapid.T, depth int) string {
	var b strings.Builder
	n := rapid.IntRange(1, 4).Draw(t, "parts")
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		kinds := 6
		if depth > 1 {
			kinds = 1
		}
		switch rapid.IntRange(0, kinds).Draw(t, "inline") {
		case 0, 1:
			b.WriteString(genText(t, "text"))
		case 2:
			tag := rapid.SampledFrom([]string{"em", "strong", "i", "b"}).Draw(t, "emphasis")
			fmt.Fprintf(&b, "<%s>%s</%s>", tag, genInline(t, depth+1), tag)
		case 3:
			fmt.Fprintf(&b, `<a href="%s">%s</a>`, html.EscapeString(genURLs.Draw(t, "href")), genInline(t, depth+1))
		case 4:
			fmt.Fprintf(&b, "<code>%s</code>", genText(t, "code"))
		case 5:
			fmt.Fprintf(&b, `<img src="%s" alt="%s">`, html.EscapeString(genURLs.Draw(t, "src")), genText(t, "alt"))
		case 6:
			b.WriteString(genText(t, "text") + "<br>" + genText(t, "text"))
		}
	}
	return b.String()
}

// genBlocks draws block content like that of articles.
func genBlocks(t *rapid.T, depth int) string {
	var b strings.Builder
	n := rapid.IntRange(1, 5).Draw(t, "blocks")
	for range n {
		kinds := 7
		if depth > 1 {
			kinds = 1
		}
		switch rapid.IntRange(0, kinds).Draw(t, "block") {
		case 0, 1:
			fmt.Fprintf(&b, "<p>%s</p>\n", genInline(t, 0))
		case 2:
			l := rapid.IntRange(1, 6).Draw(t, "level")
			fmt.Fprintf(&b, "<h%d>%s</h%d>\n", l, genInline(t, 1), l)
		case 3:
			tag := rapid.SampledFrom([]string{"ul", "ol"}).Draw(t, "list")
			b.WriteString("<" + tag + ">")
			for range rapid.IntRange(1, 4).Draw(t, "items") {
				if rapid.Bool().Draw(t, "nested") {
					fmt.Fprintf(&b, "<li>%s<ul><li>%s</li></ul></li>", genInline(t, 0), genInline(t, 0))
				} else {
					fmt.Fprintf(&b, "<li>%s</li>", genInline(t, 0))
				}
			}
			b.WriteString("</" + tag + ">\n")
		case 4:
			fmt.Fprintf(&b, "<blockquote>%s</blockquote>\n", genBlocks(t, depth+1))
		case 5:
			fmt.Fprintf(&b, "<pre><code class=\"language-go\">%s\n</code></pre>\n", genText(t, "code"))
		case 6:
			fmt.Fprintf(&b, `<figure><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>`+"\n",
				html.EscapeString(genURLs.Draw(t, "src")), genText(t, "alt"), genInline(t, 1))
		case 7:
			b.WriteString("<hr>\n")
		}
	}
	return b.String()
}

// TestRoundTripKeepsArticles: ToMarkdown then ToHTML keeps the text and
// structure of generated article bodies.
func TestRoundTripKeepsArticles(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		requireKept(t, genBlocks(t, 0))
	})
}

// TestRoundTripKeepsCorpus: ToMarkdown then ToHTML keeps the text and
// structure of every article of the generated corpus.
func TestRoundTripKeepsCorpus(t *testing.T) {
	for _, a := range testcorpus.Articles(t, 500) {
		if a.Format != article.HTML {
			continue
		}
		t.Run(a.Path[strings.LastIndexByte(a.Path, '/')+1:], func(t *testing.T) {
			requireKept(t, a.Body)
		})
	}
}

package mdwrite

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlekit/article/internal/htmltree"
	"github.com/articlekit/article/internal/markdown"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"pgregory.net/rapid"
)

// styledText returns the characters of an HTML fragment's text, white
// space left out, each with the styles a reader sees on it: emphasis,
// strong emphasis, strikethrough, code and the target of its link.
// Emphasis twice over reads as once, and the order of nesting is not seen.
func styledText(s string) []string {
	root, err := htmltree.Parse(s)
	if err != nil {
		return []string{"error: " + err.Error()}
	}
	var out []string
	var walk func(n *html.Node, styles []string)
	walk = func(n *html.Node, styles []string) {
		switch n.Type {
		case html.TextNode:
			style := slices.Compact(slices.Sorted(slices.Values(styles)))
			for _, r := range n.Data {
				if !isTextSpace(r) {
					out = append(out, fmt.Sprintf("%c%v", r, style))
				}
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Em, atom.I:
				styles = append(styles, "em")
			case atom.Strong, atom.B:
				styles = append(styles, "strong")
			case atom.Del, atom.S:
				styles = append(styles, "del")
			case atom.Code:
				styles = append(styles, "code")
			case atom.A:
				href, _ := attr(n, "href")
				styles = append(styles, "a("+unescapeURL(href)+")")
			}
		}
		for m := n.FirstChild; m != nil; m = m.NextSibling {
			walk(m, slices.Clip(styles))
		}
	}
	for n := range root.ChildNodes() {
		walk(n, nil)
	}
	return out
}

// genStyled draws phrasing content where emphasis, strikethrough, code and
// links nest in each other and stand inside words, beside punctuation and
// beside each other.
func genStyled(t *rapid.T, depth int) string {
	var b strings.Builder
	for range rapid.IntRange(1, 3).Draw(t, "parts") {
		b.WriteString(rapid.SampledFrom([]string{"", "", " ", "a", ".", "(", "\u00a0", "*", "_", "~", "**", "~~", "[", "]", "](", "&lt;", "!"}).Draw(t, "before"))
		switch kind := rapid.IntRange(0, 4).Draw(t, "kind"); {
		case kind == 0 || depth > 2:
			b.WriteString(rapid.SampledFrom([]string{"x", "foo", "a b", " y ", "!", "x\u00a0"}).Draw(t, "text"))
		case kind == 1:
			fmt.Fprintf(&b, "<code>%s</code>", rapid.SampledFrom([]string{"c", "a*b", "`"}).Draw(t, "code"))
		case kind == 2:
			fmt.Fprintf(&b, `<a href="/u">%s</a>`, genStyled(t, depth+1))
		default:
			tag := rapid.SampledFrom([]string{"em", "strong", "i", "b", "del"}).Draw(t, "tag")
			fmt.Fprintf(&b, "<%s>%s</%s>", tag, genStyled(t, depth+1), tag)
		}
	}
	return b.String()
}

// TestRoundTripKeepsStyles: every character of generated phrasing content
// comes back from Markdown with the styles it had with WithRawHTML, and by
// default with no style it did not have (some, such as emphasis around
// code inside a word, pure Markdown cannot say).
func TestRoundTripKeepsStyles(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		body := "<p>" + genStyled(t, 0) + "</p>"
		want := styledText(body)
		for _, raw := range []bool{false, true} {
			md, err := convert(body, rawHTML(raw))
			require.NoError(t, err)
			back, err := markdown.ToHTML(md, true)
			require.NoError(t, err)
			got := styledText(back)
			msg := fmt.Sprintf("raw %v\nhtml: %s\nmarkdown: %s\nback: %s", raw, body, md, back)
			if raw {
				require.Equal(t, want, got, msg)
				continue
			}
			require.Len(t, got, len(want), msg)
			for i := range want {
				require.True(t, subset(got[i], want[i]), "%s\nstyles of character %d: %s, not within %s", msg, i, got[i], want[i])
			}
		}
	})
}

// subset reports whether the styles of a styledText character a are among
// those of b, the same character.
func subset(a, b string) bool {
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra != rb {
		return false
	}
	bs := strings.Fields(strings.Trim(b[utf8.RuneLen(rb):], "[]"))
	for _, s := range strings.Fields(strings.Trim(a[utf8.RuneLen(ra):], "[]")) {
		if !slices.Contains(bs, s) {
			return false
		}
	}
	return true
}

package transform

import (
	"strings"
	"testing"

	"github.com/articlekit/article/articletest"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"pgregory.net/rapid"
)

// TestTagAtomIsTagName checks that tagAtom reads the name of every start,
// end and self-closing tag as the tokenizer's TagName does, on tags of odd
// case, spacing and bytes and on generated bodies, hostile ones included.
func TestTagAtomIsTagName(t *testing.T) {
	tags := []string{
		"<P>", "</P >", "<br/>", "<BR\t/>", "<img\nsrc=x>", "<h1\fclass=a>", "</h6\r>", "<ArTiClE>",
		"<p\x00>", "<pre", "</>", "<a/b>", "<figcaption>", "<annotation-xml>", "<" + strings.Repeat("a", 40) + ">",
		"<svg><foreignObject></foreignObject></svg>", "<x-p>", "<p\u00a0>", "<ṗ>",
	}
	rapid.Check(t, func(t *rapid.T) {
		body := rapid.OneOf(articletest.HTMLBody(), articletest.HostileHTML(), rapid.SampledFrom(tags)).Draw(t, "body")
		z, names := html.NewTokenizer(strings.NewReader(body)), html.NewTokenizer(strings.NewReader(body))
		for {
			tt := z.Next()
			names.Next()
			if tt == html.ErrorToken {
				return
			}
			if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
				name, _ := names.TagName()
				require.Equal(t, atom.Lookup(name), tagAtom(z), "%q", z.Raw())
			}
		}
	})
}

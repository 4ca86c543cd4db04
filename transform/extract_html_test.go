package transform

import (
	"strings"
	"testing"

	"github.com/articlekit/article/articletest"
	"github.com/articlekit/article/internal/htmltree"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"pgregory.net/rapid"
)

// bodyContext is the element the tests parse HTML fragments inside of, as
// htmltree.Parse does.
var bodyContext = &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}

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

// TestExtractTreeIsExtractHTML checks that a body's text read from its tree
// has the blocks the tokenizer reads: Summarize reads trees, and falls back
// to the tokenizer for bodies nested too deep for one.
func TestExtractTreeIsExtractHTML(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		body := articletest.HTMLBody().Draw(t, "body")
		var fromTree, fromTokens textDoc
		root, err := htmltree.Parse(body)
		require.NoError(t, err)
		fromTree.extractTree(root)
		fromTree.endBlock()
		fromTokens.extractHTML(strings.NewReader(body))
		fromTokens.endBlock()
		require.Equal(t, string(fromTokens.buf), string(fromTree.buf))
		require.Equal(t, fromTokens.blocks, fromTree.blocks)
	})
}

package summary

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

// TestWriteCollapsesSpace checks write, whose fast path reads eight bytes
// at once, against the rule it implements byte by byte: runs of white space
// and no-break spaces become one space, none at the block's edges. Each
// piece goes at every place of a plain text, then pieces at random.
func TestWriteCollapsesSpace(t *testing.T) {
	pieces := []string{"a", "bc", "é", "\u00a0", " ", "  ", "\n", "\t", "\r\n", "\x01", "\xc2", "\xc2\xa0\xc2\xa0", "word "}
	check := func(t require.TestingT, text string) {
		var d textDoc
		write(&d, text)
		want := strings.Join(strings.FieldsFunc(text, func(r rune) bool {
			return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v' || r == '\u00a0'
		}), " ")
		require.Equal(t, want, string(d.buf), "%q", text)
	}
	for _, p := range pieces {
		for at := range 12 {
			check(t, "abcdefghijkl"[:at]+" "+p+"mnopqrstuvwx")
			check(t, "abcdefghijkl"[:at]+p+"mnopqrstuvwx")
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		check(t, strings.Join(rapid.SliceOf(rapid.SampledFrom(pieces)).Draw(t, "pieces"), ""))
	})
}

package article

import (
	"errors"

	"github.com/articlekit/article/internal/htmltree"
	"golang.org/x/net/html"
)

// bodyTree is the parsed tree of an HTML body, with the body it was parsed
// from: it stands for the article's body only while that is unchanged.
type bodyTree struct {
	body string
	root *html.Node
}

var errNotHTML = errors.New("the body is not HTML")

// HTMLTree returns the tree of an HTML body, parsed with
// golang.org/x/net/html as the content of a <body> element: a body element
// holding the body's nodes, invalid UTF-8 replaced by U+FFFD. The tree is
// built once and kept with the article while Body stays the same, so that
// the transforms of a chain (Summarize, then ToMarkdown or ToText) parse
// the body once; it must not be changed. It is an error for a body that is
// not HTML or that nests deeper than x/net/html builds trees.
func (a *Article) HTMLTree() (*html.Node, error) {
	if a.Format != HTML {
		return nil, errNotHTML
	}
	// Equal strings that share their bytes compare without being read.
	if a.tree != nil && a.tree.body == a.Body {
		return a.tree.root, nil
	}
	root, err := htmltree.Parse(a.Body)
	if err != nil {
		return nil, err
	}
	a.tree = &bodyTree{a.Body, root}
	return root, nil
}

package article

import (
	"fmt"

	"github.com/articlekit/article/internal/htmltree"
	"github.com/articlekit/article/internal/markdown"
	"golang.org/x/net/html"
)

// bodyTree is the parsed tree of a body, with the body and format it was
// built from: it stands for the article's body only while they are
// unchanged.
type bodyTree struct {
	body   string
	format Format
	root   *html.Node
}

// HTMLTree returns the tree of the body as a page shows it, parsed with
// golang.org/x/net/html as the content of a <body> element: a body element
// holding the body's nodes, invalid UTF-8 replaced by U+FFFD. A Markdown
// body is first rendered as HTML by the one Markdown reading the library
// has (CommonMark with GitHub's tables, strikethrough, autolinks and task
// lists; raw HTML as written, so the tree is only as safe as the body).
// The tree is built once and kept with the article while Body and Format
// stay the same, so that the transforms of a chain (Summarize, then
// ToMarkdown or ToText) read the body once; it must not be changed. It is
// an error for a Text body, for Markdown past the reading's limits
// (ErrTooComplex) and for a body that nests deeper than x/net/html builds
// trees.
func (a *Article) HTMLTree() (*html.Node, error) {
	// Equal strings that share their bytes compare without being read.
	if a.tree != nil && a.tree.body == a.Body && a.tree.format == a.Format {
		return a.tree.root, nil
	}
	src := a.Body
	switch a.Format {
	case HTML:
	case Markdown:
		var err error
		if src, err = markdown.ToHTML(a.Body, true); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("a body in format %q has no HTML tree", a.Format)
	}
	root, err := htmltree.Parse(src)
	if err != nil {
		return nil, err
	}
	a.tree = &bodyTree{a.Body, a.Format, root}
	return root, nil
}

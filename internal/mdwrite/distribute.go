package mdwrite

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// distribute returns a copy of what w, a link or emphasis, holds with w
// around the inline content of each block in it instead of around the
// blocks, which inline Markdown cannot hold: a link around a heading
// becomes a heading holding the link, a link around a <div> with an image
// an image inside a link. The copy is a new tree, as the one parsed may be
// shared with other goroutines.
func (c *mdConverter) distribute(w *html.Node) *html.Node {
	holder := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	c.distributeInto(holder, w, w)
	return holder
}

// distributeInto appends to dst a copy of the children of src: each run of
// inline content inside a copy of w, each block copied with the same done
// to its children. White space between blocks stays outside, and so does
// a link inside a link w, as a link holds no link.
func (c *mdConverter) distributeInto(dst, src, w *html.Node) {
	var wrap *html.Node
	for m := src.FirstChild; m != nil; m = m.NextSibling {
		switch {
		case m.Type == html.ElementNode && (c.kindOf(m) == kindBlock || c.hasBlock(m)):
			wrap = nil
			b := shallowCopy(m)
			dst.AppendChild(b)
			c.distributeInto(b, m, w)
		case wrap == nil && m.Type == html.TextNode && isBlank(m.Data),
			isLink(w) && (isLink(m) || holdsLink(m)):
			wrap = nil
			dst.AppendChild(deepCopy(m))
		default:
			if wrap == nil {
				wrap = shallowCopy(w)
				dst.AppendChild(wrap)
			}
			wrap.AppendChild(deepCopy(m))
		}
	}
}

// shallowCopy returns a copy of n without its place in the tree.
func shallowCopy(n *html.Node) *html.Node {
	return &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: n.Attr}
}

// deepCopy returns a copy of n and all it holds.
func deepCopy(n *html.Node) *html.Node {
	cp := shallowCopy(n)
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		cp.AppendChild(deepCopy(m))
	}
	return cp
}

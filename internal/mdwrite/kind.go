package mdwrite

import (
	"github.com/articlekit/article/internal/element"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// kind sorts elements by what ToMarkdown makes of them.
type kind uint8

const (
	kindInline  kind = iota // phrasing content: Markdown syntax, or its text
	kindBlock               // block content: Markdown blocks, or a flow of them
	kindDropped             // not content (scripts, styles, metadata), unless kept raw
	kindForeign             // neither (iframes, media, forms, custom elements): kept raw, or its text
)

// markdownInline holds the phrasing elements that Markdown has syntax for
// or writes as their text; other inline elements (media, form controls,
// custom elements) are foreign.
var markdownInline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Big: true,
	atom.Br: true, atom.Cite: true, atom.Code: true, atom.Data: true, atom.Del: true,
	atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true, atom.Img: true, atom.Ins: true,
	atom.Kbd: true, atom.Label: true, atom.Mark: true, atom.Nobr: true, atom.Picture: true,
	atom.Q: true, atom.Rp: true, atom.Rt: true, atom.Ruby: true, atom.S: true, atom.Samp: true,
	atom.Small: true, atom.Span: true, atom.Strike: true, atom.Strong: true, atom.Sub: true,
	atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true, atom.Var: true, atom.Wbr: true,
}

// kindOf returns what n is to the conversion; with raw HTML kept, what is
// not content is foreign, kept as it is; by default, what has a stand-in
// (see standIn) is written inline.
func (c *mdConverter) kindOf(n *html.Node) kind {
	k := kindOfElement(n)
	switch {
	case k == kindDropped && c.cfg.RawHTML:
		return kindForeign
	case k >= kindDropped && c.standIn(n):
		return kindInline
	}
	return k
}

// kindOfElement is kindOf with what is not content dropped: the element's
// kind (internal/element), with the inline elements Markdown cannot write
// foreign.
func kindOfElement(n *html.Node) kind {
	switch k := element.Of(n.DataAtom); {
	case k == element.Hidden:
		return kindDropped
	case n.Namespace != "":
		return kindForeign // inside SVG and MathML
	case k == element.Block:
		return kindBlock
	}
	if markdownInline[n.DataAtom] {
		return kindInline
	}
	return kindForeign
}

// hasBlock reports whether n holds block content, which inline Markdown
// cannot.
func (c *mdConverter) hasBlock(n *html.Node) bool {
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		if m.Type == html.ElementNode && (c.kindOf(m) == kindBlock || c.hasBlock(m)) {
			return true
		}
	}
	return false
}

// attr returns the value of n's attribute key and whether it has one.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}

// isLink reports whether n is a link: an <a> with an href.
func isLink(n *html.Node) bool {
	_, ok := attr(n, "href")
	return ok && n.DataAtom == atom.A && n.Namespace == ""
}

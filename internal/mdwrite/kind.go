package mdwrite

import (
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

// kinds holds the elements that are not foreign; the zero kind is inline.
var kinds = map[atom.Atom]kind{
	// Phrasing content.
	atom.A: kindInline, atom.Abbr: kindInline, atom.B: kindInline, atom.Bdi: kindInline,
	atom.Bdo: kindInline, atom.Big: kindInline, atom.Br: kindInline, atom.Cite: kindInline,
	atom.Code: kindInline, atom.Data: kindInline, atom.Del: kindInline, atom.Dfn: kindInline,
	atom.Em: kindInline, atom.Font: kindInline, atom.I: kindInline, atom.Img: kindInline,
	atom.Ins: kindInline, atom.Kbd: kindInline, atom.Label: kindInline, atom.Mark: kindInline,
	atom.Nobr: kindInline, atom.Picture: kindInline, atom.Q: kindInline, atom.Rp: kindInline,
	atom.Rt: kindInline, atom.Ruby: kindInline, atom.S: kindInline, atom.Samp: kindInline,
	atom.Small: kindInline, atom.Span: kindInline, atom.Strike: kindInline, atom.Strong: kindInline,
	atom.Sub: kindInline, atom.Sup: kindInline, atom.Time: kindInline, atom.Tt: kindInline,
	atom.U: kindInline, atom.Var: kindInline, atom.Wbr: kindInline,
	// Block content.
	atom.Address: kindBlock, atom.Article: kindBlock, atom.Aside: kindBlock,
	atom.Blockquote: kindBlock, atom.Body: kindBlock, atom.Caption: kindBlock,
	atom.Center: kindBlock, atom.Dd: kindBlock, atom.Details: kindBlock, atom.Dialog: kindBlock,
	atom.Dir: kindBlock, atom.Div: kindBlock, atom.Dl: kindBlock, atom.Dt: kindBlock,
	atom.Fieldset: kindBlock, atom.Figcaption: kindBlock, atom.Figure: kindBlock,
	atom.Footer: kindBlock, atom.Form: kindBlock, atom.H1: kindBlock, atom.H2: kindBlock,
	atom.H3: kindBlock, atom.H4: kindBlock, atom.H5: kindBlock, atom.H6: kindBlock,
	atom.Header: kindBlock, atom.Hgroup: kindBlock, atom.Hr: kindBlock, atom.Html: kindBlock,
	atom.Legend: kindBlock, atom.Li: kindBlock, atom.Listing: kindBlock, atom.Main: kindBlock,
	atom.Menu: kindBlock, atom.Nav: kindBlock, atom.Ol: kindBlock, atom.P: kindBlock,
	atom.Plaintext: kindBlock, atom.Pre: kindBlock, atom.Section: kindBlock,
	atom.Summary: kindBlock, atom.Table: kindBlock, atom.Tbody: kindBlock, atom.Td: kindBlock,
	atom.Tfoot: kindBlock, atom.Th: kindBlock, atom.Thead: kindBlock, atom.Tr: kindBlock,
	atom.Ul: kindBlock, atom.Xmp: kindBlock,
	// Not content.
	atom.Base: kindDropped, atom.Head: kindDropped, atom.Iframe: kindDropped,
	atom.Link: kindDropped, atom.Meta: kindDropped, atom.Noembed: kindDropped,
	atom.Noframes: kindDropped, atom.Noscript: kindDropped, atom.Script: kindDropped,
	atom.Style: kindDropped, atom.Template: kindDropped, atom.Title: kindDropped,
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

// kindOfElement is kindOf with what is not content dropped.
func kindOfElement(n *html.Node) kind {
	k, ok := kinds[n.DataAtom]
	if !ok || n.Namespace != "" && n.DataAtom != atom.Script && n.DataAtom != atom.Style {
		return kindForeign // SVG and MathML, but for their scripts and styles
	}
	return k
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

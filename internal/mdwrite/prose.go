package mdwrite

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// What CommonMark has no syntax for but a reader of prose must not lose:
// superscripts and subscripts, definition lists and captions.

// superscripts and subscripts map the characters Unicode has a
// superscript or subscript form of.
var (
	superscripts = scriptForms("0123456789+-−=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ")
	subscripts   = scriptForms("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")
)

func scriptForms(from, to string) map[rune]rune {
	m := map[rune]rune{}
	t := []rune(to)
	for i, r := range []rune(from) {
		m[r] = t[i]
	}
	return m
}

// scriptForm returns how a <sup> or <sub> whose text is text is written by
// default: its characters in their superscript or subscript forms where
// Unicode has all of them (mc², H₂O), which every renderer shows as such;
// else a superscript holding a link or a bracket (a citation, [1]) as it
// is, and other content between the markers open and close, ^ for a
// superscript (x^n+1, ^(a b)) and _( ) for a subscript (x_(max)), which no
// Markdown reads as syntax but readers know.
func scriptForm(n *html.Node, text []byte) (forms map[rune]rune, open, close string) {
	sup := n.DataAtom == atom.Sup
	forms = subscripts
	if sup {
		forms = superscripts
	}
	text = bytes.TrimSpace(text)
	all := len(text) > 0
	for s := text; len(s) > 0 && all; {
		r, size := utf8.DecodeRune(s)
		_, all = forms[r]
		s = s[size:]
	}
	switch {
	case all:
		return forms, "", ""
	case len(text) == 0 || sup && (text[0] == '[' || holdsLink(n)):
		return nil, "", ""
	case !sup:
		return nil, "_(", ")"
	case bytes.ContainsAny(text, htmlSpace):
		return nil, "^(", ")"
	}
	return nil, "^", ""
}

// holdsLink reports whether n holds a link.
func holdsLink(n *html.Node) bool {
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		if isLink(m) || holdsLink(m) {
			return true
		}
	}
	return false
}

// prose writes a <q> between the quotation marks browsers show around
// it, and a <sup> or <sub> in the form scriptForm gives.
func (c *mdConverter) prose(n *html.Node) {
	if n.DataAtom == atom.Q {
		c.escapeText("“", n)
		c.inlineChildren(n)
		c.escapeText("”", n)
		return
	}
	text := appendText(c.scratch[:0], n)
	c.scratch = text
	forms, open, close := scriptForm(n, text)
	if open != "" {
		c.escapeText(open, n)
	}
	outer := c.forms
	c.forms = forms
	c.inlineChildren(n)
	c.forms = outer
	if close != "" {
		c.escapeText(close, n)
	}
}

// scriptEdge is elementEdge for a <sup> or <sub> written by default.
func (c *mdConverter) scriptEdge(n *html.Node, forward, skipSpace, bare bool) rune {
	inner := n.FirstChild
	if !forward {
		inner = n.LastChild
	}
	r := c.edgeRune(inner, forward, skipSpace, bare)
	if r == 0 || isSpace(r) {
		return r
	}
	_, open, close := scriptForm(n, appendText(nil, n))
	switch {
	case forward && open != "":
		return rune(open[0])
	case !forward && close != "":
		return rune(close[0])
	}
	return r // a form has the class of its character: a digit's is a number's
}

// toForms returns s with its characters in the forms given.
func toForms(s string, forms map[rune]rune) string {
	b := make([]byte, 0, len(s)*3)
	for _, r := range s {
		if f, ok := forms[r]; ok {
			r = f
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// defList writes a definition list, which CommonMark has none of: each
// term in strong emphasis, followed on its line by a colon and its
// definition where that holds no blocks (**Term**: definition), as
// glossaries are written; a definition with blocks follows its term's
// paragraph as they are. Indenting a definition would make it code or a
// list item.
func (c *mdConverter) defList(dl *html.Node) {
	afterTerm := false
	for m := dl.FirstChild; m != nil; m = m.NextSibling {
		if m.Type == html.TextNode && isBlank(m.Data) {
			continue // not the space a definition's colon is followed by
		}
		switch {
		case m.Type == html.ElementNode && m.DataAtom == atom.Dt:
			c.endParagraph()
			c.delimited(m, '*', 2)
			afterTerm = true
			continue
		case m.Type == html.ElementNode && m.DataAtom == atom.Dd && afterTerm && !c.hasBlock(m) && !c.empty(m):
			c.escapeText(": ", m)
			c.inlineChildren(m)
		case m.Type == html.ElementNode && m.DataAtom == atom.Div: // a group of terms and definitions
			c.defList(m)
		default:
			c.endParagraph()
			c.flowNode(dl, m)
		}
		afterTerm = false
		c.endParagraph()
	}
	c.endParagraph()
}

// caption writes a figure's or table's caption as a paragraph in emphasis,
// so that it reads as a caption, not as the text; one that holds blocks as
// they are.
func (c *mdConverter) caption(n *html.Node) {
	c.endParagraph()
	if c.hasBlock(n) {
		c.flow(n)
		return
	}
	c.delimited(n, '*', 1)
	c.endParagraph()
}

// checkbox writes a checkbox that starts a list item as GFM's task list
// checkbox, [ ] or [x], and reports whether it did.
func (c *mdConverter) checkbox(n *html.Node) bool {
	if t, _ := attr(n, "type"); !strings.EqualFold(strings.TrimSpace(t), "checkbox") ||
		c.cfg.RawHTML || len(c.inl) > 0 || len(c.pendOpen) > 0 || !c.inItem() {
		return false
	}
	c.inl = append(c.inl, "[ ]"...)
	if _, checked := attr(n, "checked"); checked {
		c.inl[1] = 'x'
	}
	c.space(false)
	return true
}

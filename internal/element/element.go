// Package element sorts HTML elements by what a reader sees of them. It is
// the one classification that every walker of a body's tree uses (the
// summary, the plain text, the Markdown writer and the plain text of front
// matter), so that the same body gives the same words and blocks in each.
package element

import (
	"slices"

	"golang.org/x/net/html/atom"
)

// Kind is what an element is to the text of a page.
type Kind uint8

const (
	// Inline elements hold text in the flow of a line: phrasing content,
	// form controls, MathML and elements HTML does not know.
	Inline Kind = iota
	// Block elements begin and end a block of text: paragraphs, headings,
	// lists and their items, quotations, tables and their cells, sections.
	Block
	// Hidden elements hold nothing a reader sees as text: scripts, styles,
	// templates, the document's head, the fallbacks of frames and media,
	// and SVG. Void elements, which hold nothing at all, are not Hidden.
	Hidden
)

// kinds holds the elements that are not Inline.
var kinds = map[atom.Atom]Kind{
	atom.Address: Block, atom.Article: Block, atom.Aside: Block, atom.Blockquote: Block,
	atom.Body: Block, atom.Caption: Block, atom.Center: Block, atom.Dd: Block,
	atom.Details: Block, atom.Dialog: Block, atom.Dir: Block, atom.Div: Block, atom.Dl: Block,
	atom.Dt: Block, atom.Fieldset: Block, atom.Figcaption: Block, atom.Figure: Block,
	atom.Footer: Block, atom.Form: Block, atom.H1: Block, atom.H2: Block, atom.H3: Block,
	atom.H4: Block, atom.H5: Block, atom.H6: Block, atom.Header: Block, atom.Hgroup: Block,
	atom.Hr: Block, atom.Html: Block, atom.Legend: Block, atom.Li: Block, atom.Listing: Block,
	atom.Main: Block, atom.Menu: Block, atom.Nav: Block, atom.Ol: Block, atom.P: Block,
	atom.Plaintext: Block, atom.Pre: Block, atom.Search: Block, atom.Section: Block,
	atom.Summary: Block, atom.Table: Block, atom.Tbody: Block, atom.Td: Block,
	atom.Tfoot: Block, atom.Th: Block, atom.Thead: Block, atom.Tr: Block, atom.Ul: Block,
	atom.Xmp: Block,

	atom.Script: Hidden, atom.Style: Hidden, atom.Template: Hidden, atom.Noscript: Hidden,
	atom.Iframe: Hidden, atom.Noembed: Hidden, atom.Noframes: Hidden, atom.Object: Hidden,
	atom.Video: Hidden, atom.Audio: Hidden, atom.Canvas: Hidden, atom.Svg: Hidden,
	atom.Head: Hidden, atom.Title: Hidden,
}

// Of returns the kind of the element a; an unknown element (atom 0) is
// Inline, as browsers show it.
func Of(a atom.Atom) Kind {
	for i := slot(a); table[i].atom != 0; i++ {
		if table[i].atom == a {
			return table[i].kind
		}
	}
	return Inline
}

// table holds kinds in open addressing, a quarter full: Of runs for every
// node of every walk of a tree, where hashing for a map was most of its
// cost. A uint8 index wraps around the table by itself.
var table = func() (t [256]struct {
	atom atom.Atom
	kind Kind
}) {
	for a, k := range kinds {
		i := slot(a)
		for t[i].atom != 0 {
			i++
		}
		t[i].atom, t[i].kind = a, k
	}
	return t
}()

// slot is where a's search in table starts: Fibonacci hashing.
func slot(a atom.Atom) uint8 { return uint8(uint32(a) * 0x9E3779B1 >> 24) }

// Names returns the names of the elements of kind k other than Inline, in
// order.
func Names(k Kind) []string {
	var names []string
	for a, kind := range kinds {
		if kind == k {
			names = append(names, a.String())
		}
	}
	slices.Sort(names)
	return names
}

// IsVoid reports whether a is a void element, one that has no content and
// no end tag.
func IsVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Keygen, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

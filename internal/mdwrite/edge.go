package mdwrite

import (
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The characters around a delimiter decide whether CommonMark reads it as
// one; these functions find them before the Markdown is written. A space
// stands for white space and the edges of blocks, 0 for nothing at all.

// prevRune returns the character the Markdown written so far ends with.
func (c *mdConverter) prevRune() rune {
	switch {
	case len(c.pendOpen) > 0: // the white space that waits goes before them
		return rune(c.pendOpen[len(c.pendOpen)-1])
	case c.pendBreaks > 0 || c.pendWS != 0 || len(c.pendLit) > 0:
		return ' '
	case len(c.inl) == 0:
		return ' '
	}
	r, _ := utf8.DecodeLastRune(c.inl)
	if r == '\n' {
		return ' '
	}
	return r
}

// nextRune returns the first character of the Markdown that follows n in
// its paragraph. Emphasis after n is not decided yet: bare says whether to
// take it as written without delimiters, as its text, or with them.
func (c *mdConverter) nextRune(n *html.Node, bare bool) rune {
	for ; n != nil; n = n.Parent {
		if r := c.edgeRune(n.NextSibling, true, false, bare); r != 0 {
			return r
		}
		p := n.Parent
		if p == nil || p.Type != html.ElementNode {
			break
		}
		// Emphasis, or a caption or term written in emphasis.
		if d, ok := c.delimOf(p); ok {
			if p != d.last { // the content of the rest of its run
				if r := c.runEdge(p.NextSibling, d.last, true, false, bare); r != 0 {
					return r
				}
			}
			return rune(d.ch) // its closing delimiter
		}
		if c.kindOf(p) == kindBlock {
			break
		}
		if isLink(p) {
			return ']'
		}
		if c.cfg.RawHTML && validTagName(p.Data) {
			return '<' // of its end tag
		}
	}
	return ' '
}

// closerAfter returns what is written right after n where nothing but
// white space follows it inside emphasis or a link around it: the closing
// delimiter of the one, the ] of the other, as white space waits until
// after them; else 0.
func (c *mdConverter) closerAfter(n *html.Node) rune {
	for ; n.Parent != nil; n = n.Parent {
		if c.edgeRune(n.NextSibling, true, true, true) != 0 || c.edgeRune(n.NextSibling, true, true, false) != 0 {
			return 0 // content follows
		}
		p := n.Parent
		if d, ok := c.delimOf(p); ok {
			if p != d.last {
				return 0 // the rest of its run follows
			}
			return rune(d.ch)
		}
		if isLink(p) {
			return ']'
		}
		if c.kindOf(p) == kindBlock {
			return 0
		}
	}
	return 0
}

// delimOf returns the delimiter n, an emphasis open around the content, is
// written with, if any.
func (c *mdConverter) delimOf(n *html.Node) (delim, bool) {
	for _, d := range c.delims {
		for m := d.node; m != nil; m = m.NextSibling {
			if m == n {
				return d, true
			}
			if m == d.last {
				break
			}
		}
	}
	return delim{}, false
}

// edgeRune returns the first (forward) or last character of the Markdown
// of n and the siblings after (or before) it; with skipSpace, the first or
// last that is not white space; with bare, as if the emphasis in them were
// written without delimiters.
func (c *mdConverter) edgeRune(n *html.Node, forward, skipSpace, bare bool) rune {
	for ; n != nil; n = sibling(n, forward) {
		switch n.Type {
		case html.TextNode:
			s := n.Data
			for s != "" {
				var r rune
				var size int
				if forward {
					r, size = utf8.DecodeRuneInString(s)
					s = s[size:]
				} else {
					r, size = utf8.DecodeLastRuneInString(s)
					s = s[:len(s)-size]
				}
				if !isTextSpace(r) {
					return r
				}
				if !skipSpace {
					return ' '
				}
			}
		case html.CommentNode:
			if c.cfg.RawHTML {
				return '<'
			}
		case html.ElementNode:
			if r := c.elementEdge(n, forward, skipSpace, bare); r != 0 {
				return r
			}
		}
	}
	return 0
}

// elementEdge is edgeRune for one element.
func (c *mdConverter) elementEdge(n *html.Node, forward, skipSpace, bare bool) rune {
	inner := n.FirstChild
	if !forward {
		inner = n.LastChild
	}
	if c.isCode(n) {
		if !c.codeKept(n) && !hasText(n) {
			return 0 // an empty code span writes nothing
		}
		return '!' // stands for any punctuation
	}
	switch n.DataAtom {
	case atom.Br:
		switch {
		case skipSpace:
			return 0
		case c.oneLine && c.cfg.RawHTML: // a <br> tag
			return tagEdge(forward)
		case forward && !c.oneLine:
			return '\\' // of the hard line break
		}
		return ' '
	case atom.Wbr:
		return 0
	case atom.A:
		if _, ok := attr(n, "href"); !ok {
			break
		}
		if !skipSpace && c.edgeRune(inner, forward, false, bare) == ' ' {
			return ' ' // white space at the edges of the text goes outside the link
		}
		if forward {
			return '['
		}
		return ')'
	case atom.Img:
		if !c.cfg.RawHTML && c.replacedByNoscript(n) {
			return 0
		}
		if imageSource(n) == "" { // its description
			alt, _ := attr(n, "alt")
			if c.inCode(n) {
				alt = ""
			}
			return c.edgeRune(&html.Node{Type: html.TextNode, Data: alt}, forward, skipSpace, bare)
		}
		return '!'
	case atom.Sup, atom.Sub:
		if !c.cfg.RawHTML && !c.hasBlock(n) && !c.inCode(n) {
			return c.scriptEdge(n, forward, skipSpace, bare)
		}
	case atom.Q:
		if !c.cfg.RawHTML && !c.hasBlock(n) && !c.inCode(n) {
			return '“' // or ”, both punctuation
		}
	case atom.Iframe, atom.Video, atom.Audio, atom.Embed, atom.Object, atom.Noscript:
		switch {
		case !c.standIn(n):
		case n.DataAtom == atom.Noscript:
			return '!'
		case forward:
			return '['
		default:
			return ')'
		}
	case atom.Em, atom.I, atom.Strong, atom.B, atom.Del, atom.S, atom.Strike:
		delim, self := '*', bare // self: n itself is written without delimiters
		if n.DataAtom == atom.Del || n.DataAtom == atom.S || n.DataAtom == atom.Strike {
			delim = '~'
			self = bare || !c.cfg.Strikethrough || inStrikethrough(n.Parent)
		}
		if c.cfg.RawHTML && (self || c.edgeRune(n.FirstChild, true, true, true) == 0) {
			return tagEdge(forward) // kept as tags, with the white space inside them
		}
		r := c.edgeRune(inner, forward, skipSpace, bare)
		if isSpace(r) || self {
			return r // white space goes outside delimiters
		}
		return delim
	}
	switch c.kindOf(n) {
	case kindBlock:
		return ' '
	case kindDropped:
		return 0
	}
	if c.cfg.RawHTML {
		return tagEdge(forward)
	}
	return c.edgeRune(inner, forward, skipSpace, bare)
}

// tagEdge returns the first (forward) or last character of a tag.
func tagEdge(forward bool) rune {
	if forward {
		return '<'
	}
	return '>'
}

// inStrikethrough reports whether n is or is inside a strikethrough.
func inStrikethrough(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.Del, atom.S, atom.Strike:
			return true
		}
	}
	return false
}

func sibling(n *html.Node, forward bool) *html.Node {
	if forward {
		return n.NextSibling
	}
	return n.PrevSibling
}

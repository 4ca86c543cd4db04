package transform

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inline writes a node inside a paragraph, heading or table cell.
func (c *mdConverter) inline(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		c.text(n)
	case html.CommentNode:
		if c.cfg.rawHTML {
			c.flushPending()
			c.inl = appendRaw(c.inl, n, rawInline)
		}
	case html.ElementNode:
		c.inlineElement(n)
	}
}

// inlineChildren writes the children of n inline.
func (c *mdConverter) inlineChildren(n *html.Node) {
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		c.inline(m)
	}
}

// inlineElement writes an element inside a paragraph, heading or cell.
func (c *mdConverter) inlineElement(n *html.Node) {
	if n.Namespace == "" {
		switch n.DataAtom {
		case atom.Em, atom.I:
			c.delimited(n, '*', 1)
			return
		case atom.Strong, atom.B:
			c.delimited(n, '*', 2)
			return
		case atom.Del, atom.S, atom.Strike:
			if c.cfg.strikethrough {
				c.delimited(n, '~', 2)
				return
			}
		case atom.Code, atom.Tt:
			c.codeSpan(n)
			return
		case atom.A:
			c.link(n)
			return
		case atom.Img:
			c.image(n)
			return
		case atom.Br:
			c.lineBreak()
			return
		case atom.Wbr:
			return
		}
	}
	switch c.kindOf(n) {
	case kindDropped:
	case kindBlock: // in a heading or cell: its text, set apart
		c.space(false)
		c.inlineChildren(n)
		c.space(false)
	default:
		c.kept(n)
	}
}

// kept writes an element Markdown has no syntax for: its tags kept raw
// around its content with WithRawHTML, else its content alone.
func (c *mdConverter) kept(n *html.Node) {
	if !c.cfg.rawHTML || !validTagName(n.Data) {
		c.inlineChildren(n)
		return
	}
	c.flushPending()
	if rawText(n) {
		c.inl = appendRaw(c.inl, n, rawInline)
		return
	}
	c.inl = appendOpenTag(c.inl, n)
	c.inlineChildren(n)
	c.flushSpace()
	c.inl = appendCloseTag(c.inl, n)
}

// delimited writes emphasis (ch '*', count 1), strong emphasis ('*', 2) or
// strikethrough ('~', 2) around the content of n, with delimiters that
// CommonMark reads as such where they stand: white space at the edges goes
// outside them, and * becomes _ where it would merge with a neighbour.
// Where no delimiter would be read as one, the content is written without.
func (c *mdConverter) delimited(n *html.Node, ch byte, count int) {
	first := c.edgeRune(n.FirstChild, true, true)
	if first == 0 {
		c.inlineChildren(n)
		return
	}
	last := c.edgeRune(n.LastChild, false, true)
	prev := c.prevRune()
	if c.edgeRune(n.FirstChild, true, false) == ' ' {
		prev = ' '
	}
	next := ' '
	if c.edgeRune(n.LastChild, false, false) != ' ' {
		next = c.nextRune(n)
	}
	d := byte(0)
	candidates := []byte{ch}
	if ch == '*' {
		candidates = []byte{'*', '_'}
		if c.delimBefore('*') {
			candidates = []byte{'_', '*'}
		}
	}
	// Runs that could both open and close pair by CommonMark's rule of
	// three, which runs merged with those of emphasis inside defeat.
	if (rightFlanking(prev, first) || leftFlanking(last, next)) && hasEmphasis(n) ||
		ch == '~' && (slices.Contains(c.delims, delim{'~', 2}) || first == '~' || last == '~' || prev == '~' || next == '~') {
		// ~~~~ would open a fence, and goldmark takes no ~~ next to a ~, escaped or not
		candidates = nil
	}
	for _, cand := range candidates {
		// A run that merges with the one before it pairs by the rule of
		// three as one run: safe only if it cannot both open and close.
		merges := c.delimBefore(cand) && (rightFlanking(prev, first) || leftFlanking(last, next))
		if canOpen(cand, prev, first) && canClose(cand, last, next) && !merges &&
			!(canClose(cand, prev, first) && c.closesAround(cand, count)) {
			d = cand
			break
		}
	}
	if d == 0 {
		c.kept(n)
		return
	}
	mark := len(c.pendOpen)
	c.pendOpen = appendRepeat(c.pendOpen, d, count)
	c.delims = append(c.delims, delim{d, count})
	c.inlineChildren(n)
	c.delims = c.delims[:len(c.delims)-1]
	if len(c.pendOpen) > mark { // nothing written: no delimiters
		c.pendOpen = c.pendOpen[:mark]
		return
	}
	c.inl = appendRepeat(c.inl, d, count)
}

// hasEmphasis reports whether n holds emphasis.
func hasEmphasis(n *html.Node) bool {
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		if m.Type == html.ElementNode {
			switch m.DataAtom {
			case atom.Em, atom.I, atom.Strong, atom.B, atom.Del, atom.S, atom.Strike:
				return true
			}
			if hasEmphasis(m) {
				return true
			}
		}
	}
	return false
}

// closesAround reports whether a run of count ch, that could close, would
// close emphasis open around it: one of the same character, with which
// CommonMark's rule of three lets it pair.
func (c *mdConverter) closesAround(ch byte, count int) bool {
	for _, d := range c.delims {
		if d.ch == ch && ((d.count+count)%3 != 0 || d.count%3 == 0 && count%3 == 0) {
			return true
		}
	}
	return false
}

// delimBefore reports whether the delimiter run ch would join ends the
// Markdown written so far.
func (c *mdConverter) delimBefore(ch byte) bool {
	if len(c.pendOpen) > 0 {
		return c.pendOpen[len(c.pendOpen)-1] == ch
	}
	n := len(c.inl)
	return c.pendWS == 0 && c.pendBreaks == 0 && n > 0 && c.inl[n-1] == ch && (n == 1 || c.inl[n-2] != '\\')
}

// codeSpan writes a code span with a backtick string its content has no
// run of, padded with spaces where the content would lose its own.
func (c *mdConverter) codeSpan(n *html.Node) {
	if c.cfg.rawHTML && !textOnly(n) {
		c.kept(n)
		return
	}
	text := appendText(c.scratch[:0], n)
	c.scratch = text
	if len(text) == 0 {
		return
	}
	for i, ch := range text {
		if ch == '\n' || ch == '\r' {
			text[i] = ' '
		}
	}
	c.flushPending()
	if len(c.inl) > 0 && c.inl[len(c.inl)-1] == '`' { // code right after code: the runs would join
		c.kept(n)
		return
	}
	ticks := 1
	for hasRun(text, '`', ticks) {
		ticks++
	}
	pad := text[0] == '`' || text[len(text)-1] == '`' ||
		text[0] == ' ' && text[len(text)-1] == ' ' && strings.Trim(string(text), " ") != ""
	c.inl = appendRepeat(c.inl, '`', ticks)
	if pad {
		c.inl = append(c.inl, ' ')
	}
	c.inl = append(c.inl, text...)
	if pad {
		c.inl = append(c.inl, ' ')
	}
	c.inl = appendRepeat(c.inl, '`', ticks)
}

// appendRepeat appends n times b.
func appendRepeat(dst []byte, b byte, n int) []byte {
	for range n {
		dst = append(dst, b)
	}
	return dst
}

// hasRun reports whether s has a run of exactly n bytes b.
func hasRun(s []byte, b byte, n int) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] == b {
			run++
			continue
		}
		if run == n {
			return true
		}
		run = 0
	}
	return false
}

// link writes a link: an autolink where its text is its URL, else
// [text](destination "title").
func (c *mdConverter) link(n *html.Node) {
	href, ok := attr(n, "href")
	if !ok {
		c.kept(n)
		return
	}
	href = strings.Trim(href, htmlSpace) // as browsers read it
	title, hasTitle := attr(n, "title")
	if !hasTitle && isAutolink(n, href) {
		c.flushPending()
		c.inl = append(append(append(c.inl, '<'), n.FirstChild.Data...), '>')
		return
	}
	c.flushPending()
	c.inl = append(c.inl, '[')
	c.inLink++
	c.inlineChildren(n)
	c.inLink--
	c.flushSpace()
	c.inl = append(c.inl, ']', '(')
	c.inl = appendDestination(c.inl, href)
	if hasTitle {
		c.inl = appendTitle(c.inl, title)
	}
	c.inl = append(c.inl, ')')
}

// image writes ![alt](source "title").
func (c *mdConverter) image(n *html.Node) {
	src, _ := attr(n, "src")
	src = strings.Trim(src, htmlSpace)
	alt, _ := attr(n, "alt")
	title, hasTitle := attr(n, "title")
	c.flushPending()
	c.inl = append(c.inl, '!', '[')
	c.inLink++
	c.escapeText(alt, nil)
	c.inLink--
	c.flushSpace()
	c.inl = append(c.inl, ']', '(')
	c.inl = appendDestination(c.inl, src)
	if hasTitle {
		c.inl = appendTitle(c.inl, title)
	}
	c.inl = append(c.inl, ')')
}

// lineBreak writes a hard line break, which only stands before more
// content: Markdown has none at the end of a paragraph.
func (c *mdConverter) lineBreak() {
	if c.oneLine {
		c.space(false)
		return
	}
	c.pendBreaks++
	c.pendWS = 0
}

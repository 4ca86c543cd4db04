package mdwrite

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inline writes a node inside a paragraph, heading or table cell.
func (c *mdConverter) inline(n *html.Node) {
	if c.rawLine {
		c.flushPendingRaw()
		c.inl = appendRaw(c.inl, n, rawInline)
		return
	}
	switch n.Type {
	case html.TextNode:
		c.text(n)
	case html.CommentNode:
		if c.cfg.RawHTML {
			c.flushPendingRaw()
			from := len(c.inl)
			c.inl = appendRaw(c.inl, n, rawInline)
			c.rawStart(from)
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
			if c.cfg.Strikethrough {
				c.delimited(n, '~', 2)
				return
			}
		case atom.Code, atom.Tt, atom.Kbd, atom.Samp:
			if c.isCode(n) {
				c.codeSpan(n)
				return
			}
		case atom.A:
			c.link(n, nil)
			return
		case atom.Img:
			c.image(n)
			return
		case atom.Iframe, atom.Video, atom.Audio, atom.Embed, atom.Object, atom.Noscript:
			if c.standIn(n) {
				c.writeStandIn(n)
				return
			}
		case atom.Br:
			c.lineBreak()
			return
		case atom.Sup, atom.Sub, atom.Q:
			// One holding blocks is written as they are, as it is where
			// blocks stand (see container); one in code as its text.
			if !c.cfg.RawHTML && !c.hasBlock(n) && !c.inCode(n) {
				c.prose(n)
				return
			}
		case atom.Input:
			if c.checkbox(n) {
				return
			}
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
		if !c.continuesRun(n) { // a wrapper in a run is written with it
			c.kept(n)
		}
	}
}

// kept writes an element Markdown has no syntax for: its tags kept raw
// around its content with WithRawHTML, else its content alone.
func (c *mdConverter) kept(n *html.Node) {
	if !c.cfg.RawHTML || !validTagName(n.Data) {
		c.inlineChildren(n)
		return
	}
	c.flushPendingRaw()
	from := len(c.inl)
	if rawText(n) {
		c.inl = appendRaw(c.inl, n, rawInline)
		c.rawStart(from)
		return
	}
	c.inl = appendOpenTag(c.inl, n)
	c.rawStart(from)
	c.inlineChildren(n)
	c.flushSpace()
	c.inl = appendCloseTag(c.inl, n)
}

// delimited writes emphasis (ch '*', count 1), strong emphasis ('*', 2) or
// strikethrough ('~', 2) around the content of n and of the like elements
// right after it (see runKind), with delimiters that CommonMark reads as
// such where they stand: white space at the edges goes outside them, and *
// becomes _ where it would merge with a neighbour. Where no delimiter
// would be read as one, the content is written without.
func (c *mdConverter) delimited(n *html.Node, ch byte, count int) {
	if c.continuesRun(n) {
		return
	}
	last := c.runEnd(n)
	// The emphasis inside n and after it is decided when it is written, so
	// the delimiters must read as such whether it gets delimiters or not.
	sides := [2]delimSides{c.sides(n, last, false), c.sides(n, last, true)}
	// Without content, delimiters have nothing to hold; strikethrough in
	// strikethrough, which GFM cannot nest, is taken to be text wherever
	// the edges of emphasis are sought (see elementEdge).
	if sides[1].first == 0 || ch == '~' && inStrikethrough(n.Parent) {
		c.keptRun(n, last)
		return
	}
	// Emphasis at an edge of the content merges its run with ours, unless
	// it takes the other character, which it is then held to (apart).
	nested := c.emphasisAtEdge(n, true) || c.emphasisAtEdge(c.runMember(last), false)
	d, apart := c.delimiter(ch, count, last, sides, nested), false
	if d == 0 && nested {
		d, apart = c.delimiter(ch, count, last, sides, false), true
	}
	switch {
	case d != 0:
		mark := c.openRun(d, count)
		c.delims = append(c.delims, delim{d, count, n, last, apart})
		for m := n; ; m = m.NextSibling {
			c.inlineChildren(c.runMember(m))
			if m == last {
				break
			}
		}
		c.delims = c.delims[:len(c.delims)-1]
		c.closeRun(mark, d, count)
	case c.cfg.RawHTML || n != last || !c.combined(n, count) && !c.emphasisInLink(n):
		c.keptRun(n, last)
	}
}

// delimiter returns the character of a run of count ch (* or _ for ch *)
// around content that ends with end, that reads as a delimiter between
// these sides, or 0 for none.
func (c *mdConverter) delimiter(ch byte, count int, end *html.Node, sides [2]delimSides, nested bool) byte {
	candidates := [2]byte{ch, ch}
	if ch == '*' {
		candidates = [2]byte{'*', '_'}
		if c.delimBefore('*') {
			candidates = [2]byte{'_', '*'}
		}
	}
	held := false
	for _, cand := range candidates {
		switch {
		case c.heldApart(cand):
			held = true
		case held && c.delimBefore(cand):
			// The one left would join a run before it, which the one held
			// apart was there to avoid.
		case c.readsInAll(cand, count, end, sides, nested):
			return cand
		}
	}
	return 0
}

// heldApart reports whether emphasis open around the content was written
// on the understanding that emphasis at its edges takes the other
// character than ch.
func (c *mdConverter) heldApart(ch byte) bool {
	for _, d := range c.delims {
		if d.apart && d.ch == ch {
			return true
		}
	}
	return false
}

// openRun makes a run of count d wait for the first content, and returns
// the mark closeRun takes.
func (c *mdConverter) openRun(d byte, count int) int {
	c.escapeLiterals(d)
	mark := len(c.pendOpen)
	c.pendOpen = appendRepeat(c.pendOpen, d, count)
	return mark
}

// closeRun closes the run openRun opened at mark: a run of count d, or no
// run at all where no content was written after it.
func (c *mdConverter) closeRun(mark int, d byte, count int) {
	if len(c.pendOpen) > mark {
		c.pendOpen = c.pendOpen[:mark]
		return
	}
	c.escapeLiterals(d)
	c.inl = appendRepeat(c.inl, d, count)
}

// combined writes emphasis that holds nothing but emphasis of the other
// kind (<em><strong>x</strong></em>), where the two cannot be written
// apart, as inside a word, as one run of three: foo***x***baz. CommonMark
// reads it as <em><strong>, the same to a reader either way round.
func (c *mdConverter) combined(n *html.Node, count int) bool {
	m := n.FirstChild
	outer, inner := c.runKindOf(n), c.runKindOf(m)
	if m == nil || m != n.LastChild || !(outer == runEm && inner == runStrong || outer == runStrong && inner == runEm) ||
		c.emphasisAtEdge(m, true) || c.emphasisAtEdge(m, false) {
		return false
	}
	sides := [2]delimSides{c.sides(m, m, false), c.sides(m, m, true)}
	d := c.delimiter('*', 3, m, sides, false)
	if sides[1].first == 0 || d == 0 {
		return false
	}
	mark := c.openRun(d, 3)
	c.delims = append(c.delims, delim{d, count, n, n, false}, delim{d, 3 - count, m, m, false})
	c.inlineChildren(m)
	c.delims = c.delims[:len(c.delims)-2]
	c.closeRun(mark, d, 3)
	return true
}

// emphasisInLink writes emphasis that holds nothing but a link, where it
// cannot be written around it, as inside a word, inside the link's text:
// foo[*bar*](/x)baz; with the emphasis between them, for emphasis that
// holds emphasis holding the link: foo[***bar***](/x)baz.
func (c *mdConverter) emphasisInLink(n *html.Node) bool {
	a, chain := c.linkInside(n)
	if a == nil {
		return false
	}
	// The emphasis around the link's content, as seen from inside it.
	first, last := a.FirstChild, a.LastChild
	var inner *html.Node
	for i := len(chain) - 1; i >= 0; i-- {
		e := &html.Node{Type: html.ElementNode, Data: chain[i].Data, DataAtom: chain[i].DataAtom,
			FirstChild: first, LastChild: last, Parent: a}
		if inner != nil {
			inner.Parent = e
		}
		first, last, inner = e, e, e
	}
	c.link(a, inner)
	return true
}

// linkInside returns the link that emphasis n holds and nothing else but
// elements that write nothing, seen through wrappers and emphasis, and the
// emphasis on the way to it, n first; nil where there is none.
func (c *mdConverter) linkInside(n *html.Node) (*html.Node, []*html.Node) {
	chain := []*html.Node{n}
	for {
		var only *html.Node
		for m := n.FirstChild; m != nil; m = m.NextSibling {
			if m.Type == html.ElementNode && c.elementEdge(m, true, false, true) == 0 {
				continue // writes nothing
			}
			if only != nil || m.Type != html.ElementNode {
				return nil, nil
			}
			only = m
		}
		switch k := c.runKindOf(only); {
		case only == nil:
			return nil, nil
		case isLink(only):
			return only, chain
		case k == runEm || k == runStrong || k == runStrike:
			chain = append(chain, only)
		case c.cfg.RawHTML || !wrappers[only.DataAtom]:
			return nil, nil
		}
		n = only
	}
}

// keptRun writes the elements from n to last as kept.
func (c *mdConverter) keptRun(n, last *html.Node) {
	for m := n; ; m = m.NextSibling {
		c.kept(c.runMember(m))
		if m == last {
			return
		}
	}
}

// delimSides are the characters around the delimiters of an emphasis: the
// one before the opening run, the first and last of the content, and the
// one after the closing run.
type delimSides struct{ prev, first, last, next rune }

// sides returns the characters around the delimiters of the run from n
// to last, with the emphasis not decided yet taken as written bare or with
// delimiters.
func (c *mdConverter) sides(n, last *html.Node, bare bool) delimSides {
	s := delimSides{prev: c.prevRune(), next: ' '}
	s.first = c.runEdge(n, last, true, true, bare)
	s.last = c.runEdge(n, last, false, true, bare)
	if len(c.pendOpen) == 0 && c.runEdge(n, last, true, false, bare) == ' ' {
		s.prev = ' ' // white space that starts the content goes before the delimiters
	}
	if r := c.closerAfter(last); r != 0 {
		s.next = r // white space before it waits until after it
	} else if c.runEdge(n, last, false, false, bare) != ' ' {
		s.next = c.nextRune(last, bare)
	}
	return s
}

// readsInAll reports whether a run of count cand around n reads as a
// delimiter with each mix of the two guesses of the characters around it.
func (c *mdConverter) readsInAll(cand byte, count int, end *html.Node, sides [2]delimSides, nested bool) bool {
	for i := range 8 {
		s := delimSides{sides[i&1].prev, sides[i&1].first, sides[i>>1&1].last, sides[i>>2].next}
		if !c.reads(cand, count, end, s, nested) {
			return false
		}
	}
	return true
}

// reads reports whether a run of count cand between these characters,
// around content that ends with end, opens and closes emphasis, and only
// its own: nested says the content starts or ends with emphasis.
func (c *mdConverter) reads(cand byte, count int, end *html.Node, s delimSides, nested bool) bool {
	closeLeft := rightFlanking(s.prev, s.first) // the opening run could close too
	openRight := leftFlanking(s.last, s.next)   // the closing run could open too
	switch {
	// Runs that could both open and close pair by CommonMark's rule of
	// three, which runs merged with those of emphasis inside defeat.
	case nested && (closeLeft || openRight):
		return false
	// Strikethrough holds none, and goldmark takes no ~~ after a ~,
	// escaped or not: a ~ of text beside the run is written as a
	// reference (see delimEscape), but one written already is not.
	case cand == '~' && (slices.ContainsFunc(c.delims, func(d delim) bool { return d.ch == '~' }) || s.prev == '~'):
		return false
	// A run that merges with the one before it pairs by the rule of three
	// as one run: safe only if it cannot both open and close.
	case c.delimBefore(cand) && (closeLeft || openRight):
		return false
	// So may a closing run that merges with the closing runs of emphasis
	// around it: the rule counts the length of the whole run.
	case s.next == rune(cand) && (closeLeft || openRight) && !pairs(count, c.closingRun(end, cand, count)):
		return false
	}
	return canOpen(cand, s.prev, s.first) && canClose(cand, s.last, s.next) &&
		!(canClose(cand, s.prev, s.first) && c.closesAround(cand, count))
}

// pairs reports whether runs of these lengths pair by CommonMark's rule of
// three, where one of them can both open and close.
func pairs(open, close int) bool {
	return (open+close)%3 != 0 || open%3 == 0 && close%3 == 0
}

// closingRun returns the length of the run a closing run of count ch
// after end makes with the closing runs of emphasis around it written
// right after it.
func (c *mdConverter) closingRun(end *html.Node, ch byte, count int) int {
	for n := end; n.Parent != nil && c.closerAfter(n) == rune(ch); n = n.Parent {
		if d, ok := c.delimOf(n.Parent); ok {
			count += d.count
		}
	}
	return count
}

// emphasisAtEdge reports whether the first (forward) or last content of
// n, white space aside, is emphasis or strikethrough.
func (c *mdConverter) emphasisAtEdge(n *html.Node, forward bool) bool {
	m := n.FirstChild
	if !forward {
		m = n.LastChild
	}
	for ; m != nil; m = sibling(m, forward) {
		switch m.Type {
		case html.TextNode:
			if !isBlank(m.Data) {
				return false
			}
		case html.ElementNode:
			if c.elementEdge(m, forward, true, true) == 0 {
				continue // nothing written
			}
			if c.isCode(m) {
				return false
			}
			switch m.DataAtom {
			case atom.Em, atom.I, atom.Strong, atom.B, atom.Del, atom.S, atom.Strike:
				return true
			case atom.A:
				if _, ok := attr(m, "href"); ok {
					return false
				}
			case atom.Img:
				return false
			}
			return !c.cfg.RawHTML && c.kindOf(m) != kindBlock && c.emphasisAtEdge(m, forward)
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
	return c.pendWS == 0 && c.pendBreaks == 0 && len(c.pendLit) == 0 && n > 0 && c.inl[n-1] == ch && (n == 1 || c.inl[n-2] != '\\')
}

// isCode reports whether n is written as a code span: <code> and <tt>, and
// <kbd> and <samp> unless kept raw.
func (c *mdConverter) isCode(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Code, atom.Tt:
		return true
	case atom.Kbd, atom.Samp:
		return !c.cfg.RawHTML
	}
	return false
}

// codeKept reports whether code element n is kept as raw HTML: with
// WithRawHTML, when it holds elements.
func (c *mdConverter) codeKept(n *html.Node) bool { return c.cfg.RawHTML && !textOnly(n) }

// codeSpan writes a code span with a backtick string its content has no
// run of, padded with spaces where the content would lose its own; code
// elements right after n join it (see runKind).
func (c *mdConverter) codeSpan(n *html.Node) {
	if c.codeKept(n) {
		c.kept(n)
		return
	}
	if c.continuesRun(n) {
		return
	}
	text, last := c.scratch[:0], c.runEnd(n)
	for m := n; ; m = m.NextSibling {
		text = appendText(text, c.runMember(m))
		if m == last {
			break
		}
	}
	c.scratch = text
	if len(text) == 0 {
		return
	}
	for i, ch := range text {
		if ch == '\n' || ch == '\r' {
			text[i] = ' '
		}
	}
	c.flushPendingBefore('`')
	if len(c.inl) > 0 && c.inl[len(c.inl)-1] == '`' { // code right after code: the runs would join
		c.keptRun(n, last)
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
// [text](destination "title"), its text n's content or, if not nil, text.
func (c *mdConverter) link(n, text *html.Node) {
	href, ok := attr(n, "href")
	if !ok {
		c.kept(n)
		return
	}
	href = strings.Trim(href, htmlSpace) // as browsers read it
	title, hasTitle := attr(n, "title")
	if !hasTitle && text == nil && isAutolink(n, href) {
		c.flushPending()
		c.inl = append(append(append(c.inl, '<'), n.FirstChild.Data...), '>')
		return
	}
	// White space at the edges of the text goes outside the brackets, as
	// it goes outside emphasis: the [ waits for the first text with the
	// opening delimiters, and white space that ends the text waits until
	// after the link. Emphasis around the link can then open and close.
	mark := len(c.pendOpen)
	c.pendOpen = append(c.pendOpen, '[')
	c.inLink++
	scope := c.enterScope(balancedText(n))
	if text != nil {
		c.inline(text)
	} else {
		c.inlineChildren(n)
	}
	c.leaveScope(scope)
	if len(c.pendOpen) > mark { // no text: the [ is written inside the link, as text would write it
		c.flushPending()
	}
	c.inLink--
	if len(c.inl) == 2 && c.inl[0] == '[' && (c.inl[1] == 'x' || c.inl[1] == 'X') {
		// [x] starting a paragraph is a task list item's checkbox to GFM,
		// whatever follows; a character reference is not.
		c.inl = append(c.inl[:1], "&#"+strconv.Itoa(int(c.inl[1]))+";"...)
	}
	c.inl = append(c.inl, ']', '(')
	c.inl = appendDestination(c.inl, href)
	if hasTitle {
		c.inl = appendTitle(c.inl, title)
	}
	c.inl = append(c.inl, ')')
}

// writeStandIn writes what stands in for n (see standIn).
func (c *mdConverter) writeStandIn(n *html.Node) {
	if n.DataAtom != atom.Noscript {
		if a := embedLink(n); c.inLink == 0 {
			c.link(a, nil)
		} else {
			c.inlineChildren(a) // a link holds no link
		}
		return
	}
	for _, img := range c.noscriptImages(n) {
		c.image(img)
	}
}

// image writes ![alt](source "title"), with the source a reader sees (see
// imageSource); an image with none shows its description, as browsers do,
// and one followed by its copy for readers without scripts writes nothing
// by default (see replacedByNoscript).
func (c *mdConverter) image(n *html.Node) {
	if !c.cfg.RawHTML && c.replacedByNoscript(n) {
		return
	}
	src := imageSource(n)
	alt, _ := attr(n, "alt")
	if src == "" {
		if !c.inCode(n) { // as there, where code holds its text only
			c.escapeText(alt, n)
		}
		return
	}
	title, hasTitle := attr(n, "title")
	c.flushPendingBefore('!')
	c.inl = append(c.inl, '!', '[')
	c.inLink++
	scope := c.enterScope(false)
	c.escapeText(alt, nil)
	c.leaveScope(scope)
	c.inLink--
	// White space that ends the description waits to go after the image.
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
	if c.oneLine && !c.cfg.RawHTML {
		c.space(false)
		return
	}
	c.pendBreaks++
	c.pendWS = 0
}

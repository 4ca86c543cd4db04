package mdwrite

import (
	"bytes"
	"iter"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flow writes the children of a block: runs of inline content become
// paragraphs, block elements become blocks.
func (c *mdConverter) flow(parent *html.Node) {
	for n := parent.FirstChild; n != nil; n = n.NextSibling {
		c.flowNode(parent, n)
	}
	c.endParagraph()
}

// flowNode writes n, a child of parent, in a flow of blocks; inline
// content waits in the paragraph being gathered.
func (c *mdConverter) flowNode(parent, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		c.text(n)
	case html.CommentNode:
		if c.cfg.RawHTML && c.standalone(parent, n) {
			c.endParagraph()
			c.rawBlock(n)
		} else {
			c.inline(n)
		}
	case html.ElementNode:
		c.flowElement(parent, n)
	}
}

// flowElement writes an element met in a flow of blocks.
func (c *mdConverter) flowElement(parent, n *html.Node) {
	switch k := c.kindOf(n); {
	case k == kindBlock:
		c.endParagraph()
		c.block(n)
	case k == kindDropped:
	case k == kindForeign && c.cfg.RawHTML && c.standalone(parent, n):
		c.endParagraph()
		c.rawContainer(n)
	case c.cfg.RawHTML && c.empty(n) && validTagName(n.Data) && c.standalone(parent, n):
		// Standing alone and showing nothing, as an anchor between
		// paragraphs: an HTML block, not a paragraph of nothing.
		c.endParagraph()
		c.rawBlock(n)
	case c.hasBlock(n): // such as a link around a whole section
		c.endParagraph()
		c.container(n)
	default:
		c.inline(n)
	}
}

// standalone reports whether n, a child of parent, stands between blocks
// rather than inside a paragraph.
func (c *mdConverter) standalone(parent, n *html.Node) bool {
	if parent.DataAtom == atom.P || len(c.inl) > 0 || len(c.pendOpen) > 0 {
		return false
	}
	for m := n.NextSibling; m != nil; m = m.NextSibling {
		switch m.Type {
		case html.TextNode:
			if !isBlank(m.Data) {
				return false
			}
		case html.ElementNode:
			return c.kindOf(m) != kindInline
		}
	}
	return true
}

// block writes a block element.
func (c *mdConverter) block(n *html.Node) {
	if isCodeBlock(n) {
		c.codeBlock(n)
		return
	}
	switch n.DataAtom {
	case atom.P, atom.Body, atom.Html, atom.Figure, atom.Li, atom.Thead, atom.Tbody, atom.Tfoot,
		atom.Tr, atom.Td, atom.Th:
		c.flow(n)
	case atom.Figcaption, atom.Caption:
		c.caption(n)
	case atom.Dl:
		if c.cfg.RawHTML {
			c.rawContainer(n)
		} else {
			c.defList(n)
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.heading(n, int(n.Data[1]-'0'))
	case atom.Blockquote:
		c.startBlockApart(lastQuote)
		c.push("> ", "> ", true)
		c.flow(n)
		c.pop()
		c.top().last = lastQuote
	case atom.Ul, atom.Ol, atom.Menu, atom.Dir:
		c.list(n)
	case atom.Hr:
		c.startBlock()
		c.lineString("***")
	case atom.Table:
		c.table(n)
	default: // div, section, dl and the like
		c.container(n)
	}
}

// container writes an element Markdown has no block for: its tags kept raw
// around its content with WithRawHTML, else its content alone, or, for a
// link or emphasis around blocks, the blocks with it around their inline
// content (see distribute).
func (c *mdConverter) container(n *html.Node) {
	switch {
	case c.cfg.RawHTML:
		c.rawContainer(n)
	case c.runKindOf(n) != runNone && c.runKindOf(n) != runCode || isLink(n):
		c.flow(c.distribute(n))
	default:
		c.flow(n)
	}
}

// heading writes an ATX heading, its content on one line; by default, a
// first- or second-level heading with line breaks becomes a setext heading,
// whose lines can hold them.
func (c *mdConverter) heading(n *html.Node, level int) {
	setext := level <= 2 && !c.cfg.RawHTML && hasBreak(n)
	c.oneLine = !setext
	c.inlineChildren(n)
	c.oneLine = false
	text := c.takeInline()
	if setext && bytes.IndexByte(text, '\n') >= 0 {
		c.startBlockApart(lastParagraph, lastList, lastQuote, lastTable)
		c.lines(text)
		c.lineString("==="[:3*(2-level)] + "---"[:3*(level-1)])
		return
	}
	c.startBlock()
	c.scratch = append(append(c.scratch[:0], "######"[:level]...), ' ')
	if len(text) > 0 && text[len(text)-1] == '#' { // not a closing sequence
		text = text[:len(text)-1]
		c.scratch = append(append(c.scratch, text...), '\\', '#')
	} else {
		c.scratch = append(c.scratch, text...)
	}
	c.line(bytes.TrimRight(c.scratch, " "))
}

// bullets are the markers of lists, switched between for lists that follow
// each other, which would otherwise merge.
const (
	bullets     = "-*+"
	orderDelims = ".)"
	spaces      = "                "
)

// list writes a list and its items, loose when its items hold paragraphs.
func (c *mdConverter) list(n *html.Node) {
	ordered := n.DataAtom == atom.Ol
	markers := bullets
	if ordered {
		markers = orderDelims
	}
	marker := markers[0]
	if prev := c.top().prevList; prev != 0 {
		marker = markers[(strings.IndexByte(markers, prev)+1)%len(markers)]
	}
	num := 1
	if s, ok := attr(n, "start"); ok && ordered {
		if v, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
			num = min(max(v, 0), 999999999)
		}
	}
	if !c.hasItems(n) {
		return
	}
	last := n.LastChild // the last item to write
	if len(c.stack) > 1 {
		// Inside another container, goldmark ends every list around this
		// one at a blank line after an empty item, and what follows falls
		// out of them: empty items at the end, which hold nothing, are left
		// out there.
		for last != nil && (!c.isItem(last) || c.empty(last)) {
			last = last.PrevSibling
		}
		if last == nil {
			return
		}
	}
	if !ordered && c.firstItemEmpty(n) && c.openMarkers(marker) >= 2 {
		marker = '+' // three like bullets alone on a line would make a rule
	}
	// Inside another container, goldmark ends a list at a blank line after
	// an empty item, so such a list is written tight.
	loose := isLoose(n) && !(len(c.stack) > 1 && c.hasEmptyItem(n))
	// A list interrupts a paragraph or a table only if its first item has
	// content and, ordered, starts at 1; else a blank line must end them.
	t := c.top()
	interrupts := (!ordered || num == 1) && !c.firstItemEmpty(n)
	blank := (t.last == lastParagraph || t.last == lastTable) && !t.loose && !interrupts
	c.startBlock()
	if blank {
		c.blank()
	}
	// What stands between the items, which browsers show inside the list,
	// goes into the item before it; only what comes before the first item
	// makes an item of its own.
	open := false
	for li := n.FirstChild; li != last.NextSibling; li = li.NextSibling {
		isLi := li.Type == html.ElementNode && li.DataAtom == atom.Li
		if !isLi && (open || !c.isItem(li)) {
			if open {
				c.flowNode(n, li)
			}
			continue
		}
		if open {
			c.endParagraph()
			c.pop()
			if loose {
				c.blank()
			}
		}
		var m string
		if ordered {
			m = strconv.Itoa(num) + string(marker) + " "
			num++
		} else {
			m = string(marker) + " "
		}
		c.push(m, spaces[:len(m)], loose)
		open = true
		if isLi {
			c.flow(li)
		} else {
			c.flowNode(n, li)
		}
	}
	if open {
		c.endParagraph()
		c.pop()
	}
	t = c.top()
	t.prevList, t.last = marker, lastList
}

// openMarkers returns how many list items, each marked with bullet, open
// innermost on the line about to be written.
func (c *mdConverter) openMarkers(bullet byte) int {
	n := 0
	for i := len(c.stack) - 1; i >= 0; i-- {
		t := &c.stack[i]
		if t.begun || len(t.first) != 2 || t.first[0] != bullet {
			break
		}
		n++
	}
	return n
}

// hasEmptyItem reports whether a list has an item with nothing to write.
func (c *mdConverter) hasEmptyItem(list *html.Node) bool {
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if c.isItem(li) && c.empty(li) {
			return true
		}
	}
	return false
}

// firstItemEmpty reports whether a list's first item has nothing to write.
func (c *mdConverter) firstItemEmpty(list *html.Node) bool {
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if c.isItem(li) {
			return c.empty(li)
		}
	}
	return false
}

// hasItems reports whether a list has items to write.
func (c *mdConverter) hasItems(list *html.Node) bool {
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if c.isItem(li) {
			return true
		}
	}
	return false
}

// isItem reports whether a child of a list is written as an item, or into
// one: anything but white space and what is dropped.
func (c *mdConverter) isItem(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		return !isBlank(n.Data)
	case html.CommentNode:
		return c.cfg.RawHTML
	case html.ElementNode:
		return c.kindOf(n) != kindDropped
	}
	return false
}

// empty reports whether n would write nothing, or as good as nothing.
func (c *mdConverter) empty(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		return isBlank(n.Data)
	case html.CommentNode:
		return !c.cfg.RawHTML
	case html.ElementNode:
		switch k := c.kindOf(n); {
		case k == kindDropped:
			return true
		case n.DataAtom == atom.Img:
			alt, _ := attr(n, "alt")
			return !c.cfg.RawHTML && c.replacedByNoscript(n) || imageSource(n) == "" && (isBlank(alt) || c.inCode(n))
		case k == kindForeign && c.cfg.RawHTML, c.standIn(n), n.DataAtom == atom.Hr, n.DataAtom == atom.Pre:
			return false
		}
	}
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		if !c.empty(m) {
			return false
		}
	}
	return true
}

// isLoose reports whether a list's items hold paragraphs, as the items of a
// loose Markdown list do.
func isLoose(list *html.Node) bool {
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type == html.ElementNode && li.DataAtom == atom.P {
			return true // a paragraph between items, written into the one before
		}
		for m := li.FirstChild; m != nil; m = m.NextSibling {
			if m.Type == html.ElementNode && m.DataAtom == atom.P {
				return true
			}
		}
	}
	return false
}

// codeBlock writes a fenced code block, with the language of a
// class="language-x" as its info string.
func (c *mdConverter) codeBlock(n *html.Node) {
	if c.cfg.RawHTML && !onlyCode(n) {
		c.rawContainer(n)
		return
	}
	lang := ""
	for m := n; m != nil && lang == ""; m = m.FirstChild {
		lang = language(m)
		if m.FirstChild == nil || m.FirstChild != m.LastChild {
			break
		}
	}
	text := appendText(c.scratch[:0], n)
	c.scratch = text
	fence := byte('`')
	if strings.IndexByte(lang, '`') >= 0 {
		fence = '~'
	}
	width := max(3, longestRun(text, fence)+1)
	fenceLine := strings.Repeat(string(fence), width)
	c.startBlock()
	c.lineString(fenceLine + lang)
	if len(text) > 0 && text[len(text)-1] != '\n' {
		text = append(text, '\n')
	}
	for len(text) > 0 {
		i := bytes.IndexByte(text, '\n')
		c.line(text[:i])
		text = text[i+1:]
	}
	c.lineString(fenceLine)
}

// isCodeBlock reports whether n is preformatted text, written as a code
// block.
func isCodeBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
		return n.Namespace == ""
	}
	return false
}

// onlyCode reports whether a pre holds text and code elements only.
func onlyCode(pre *html.Node) bool {
	for m := pre.FirstChild; m != nil; m = m.NextSibling {
		if m.Type == html.CommentNode || m.Type == html.ElementNode && (m.DataAtom != atom.Code || m.FirstChild != nil && !textOnly(m)) {
			return false
		}
	}
	return true
}

// textOnly reports whether n holds text and nothing else.
func textOnly(n *html.Node) bool {
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		if m.Type != html.TextNode {
			return false
		}
	}
	return true
}

// language returns the language a class="language-x" or "lang-x" names.
func language(n *html.Node) string {
	class, _ := attr(n, "class")
	for f := range strings.FieldsSeq(class) {
		if l, ok := strings.CutPrefix(f, "language-"); ok && l != "" {
			return l
		}
		if l, ok := strings.CutPrefix(f, "lang-"); ok && l != "" {
			return l
		}
	}
	return ""
}

// longestRun returns the length of the longest run of b in s.
func longestRun(s []byte, b byte) int {
	longest, run := 0, 0
	for _, ch := range s {
		if ch == b {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// appendText appends the text of n (see contentText).
func appendText(dst []byte, n *html.Node) []byte {
	for s := range contentText(n) {
		dst = append(dst, s...)
	}
	return dst
}

// hasBreak reports whether n holds a line break (see contentText).
func hasBreak(n *html.Node) bool {
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		if m.Type == html.ElementNode && (m.DataAtom == atom.Br || kindOfElement(m) != kindDropped && hasBreak(m)) {
			return true
		}
	}
	return false
}

// hasText reports whether n holds any text (see contentText).
func hasText(n *html.Node) bool {
	for s := range contentText(n) {
		if s != "" {
			return true
		}
	}
	return false
}

// contentText yields the text of n in order, with <br> as a line end,
// leaving out what is not content (an iframe's or a script's text).
func contentText(n *html.Node) iter.Seq[string] {
	return func(yield func(string) bool) { walkText(n, yield) }
}

// walkText is contentText's walk; it reports whether to go on.
func walkText(n *html.Node, yield func(string) bool) bool {
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		switch {
		case m.Type == html.TextNode:
			if !yield(m.Data) {
				return false
			}
		case m.Type != html.ElementNode:
		case m.DataAtom == atom.Br && !yield("\n"),
			kindOfElement(m) != kindDropped && !walkText(m, yield):
			return false
		}
	}
	return true
}

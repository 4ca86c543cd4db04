package mdwrite

import (
	"bytes"
	"slices"
)

// top returns the innermost open container.
func (c *mdConverter) top() *mdContainer { return &c.stack[len(c.stack)-1] }

// push opens a container whose lines start with first, then rest.
func (c *mdConverter) push(first, rest string, loose bool) {
	c.stack = append(c.stack, mdContainer{first: first, rest: rest, loose: loose})
}

// pop closes the innermost container; one that holds nothing still writes
// its marker, as an empty list item or blockquote.
func (c *mdConverter) pop() {
	if !c.top().begun {
		c.line(nil)
	}
	c.stack = c.stack[:len(c.stack)-1]
}

// startBlock separates a new block from the one before it in its container.
func (c *mdConverter) startBlock() {
	t := c.top()
	if t.wrote && t.loose {
		c.blank()
	}
	t.wrote, t.prevList, t.last = true, 0, lastOther
}

// startBlockApart is startBlock for a block whose first line would be read
// as part of a block before it of one of these kinds: in a tight list
// item, a blank line must end that one first.
func (c *mdConverter) startBlockApart(continues ...lastBlock) {
	if t := c.top(); !t.loose && t.last != lastOther && slices.Contains(continues, t.last) {
		c.blank()
	}
	c.startBlock()
}

// prefix gathers in c.pre the prefix of the next line: each container's
// first prefix on its first line, its rest after.
func (c *mdConverter) prefix(blank bool) {
	c.pre = c.pre[:0]
	for i := range c.stack {
		t := &c.stack[i]
		if t.begun || blank {
			c.pre = append(c.pre, t.rest...)
		} else {
			c.pre = append(c.pre, t.first...)
			t.begun = true
		}
	}
}

// line writes one line of a block with its prefix; an empty line keeps
// only the markers of its prefix.
func (c *mdConverter) line(s []byte) {
	c.linePrefix(len(s) == 0)
	c.out.Write(s)
	c.out.WriteByte('\n')
}

// lineString is line for a string.
func (c *mdConverter) lineString(s string) {
	c.linePrefix(s == "")
	c.out.WriteString(s)
	c.out.WriteByte('\n')
}

// linePrefix writes the prefix of the next line, without its trailing
// spaces before an empty line.
func (c *mdConverter) linePrefix(empty bool) {
	c.prefix(false)
	if empty {
		c.pre = bytes.TrimRight(c.pre, " ")
	}
	c.out.Write(c.pre)
}

// blank writes a blank line: the blockquote markers of the prefix only.
func (c *mdConverter) blank() {
	c.prefix(true)
	c.out.Write(bytes.TrimRight(c.pre, " "))
	c.out.WriteByte('\n')
}

// lines writes each line of s as a line of a block.
func (c *mdConverter) lines(s []byte) {
	for len(s) > 0 {
		i := bytes.IndexByte(s, '\n')
		if i < 0 {
			c.line(s)
			return
		}
		c.line(s[:i])
		s = s[i+1:]
	}
}

// endParagraph writes the inline content gathered so far as a paragraph.
func (c *mdConverter) endParagraph() {
	if c.cfg.RawHTML && len(c.inl) > 0 {
		c.rawBreaks() // which Markdown has none for at the end of a paragraph
	}
	inl := c.takeInline()
	if len(inl) == 0 {
		return
	}
	c.startBlockApart(lastParagraph, lastList, lastQuote, lastTable)
	c.lines(inl)
	c.top().last = lastParagraph
}

// takeInline returns the inline content gathered so far, valid until the
// next inline write, and starts over.
func (c *mdConverter) takeInline() []byte {
	inl := c.inl
	c.inl, c.pendOpen, c.pendLit = c.inl[:0], c.pendOpen[:0], c.pendLit[:0]
	c.lits, c.litFrom, c.brackets, c.rawLine = c.lits[:0], 0, 0, false
	c.bareTo = -1
	c.pendWS, c.pendBreaks = 0, 0
	return inl
}

package mdwrite

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// runKind sorts the elements that are written as one with like elements
// right beside them: <s>A</s><s>B</s> as ~~AB~~, and <code>A</code><code>B</code>
// as `AB`. Written apart, a closing and an opening run would stand side by
// side, which CommonMark reads as one run or not at all.
type runKind uint8

const (
	runNone runKind = iota
	runEm
	runStrong
	runStrike
	runCode
)

// runKindOf returns what n is written as, runNone for anything that does
// not join its neighbours.
func (c *mdConverter) runKindOf(n *html.Node) runKind {
	if n.Type != html.ElementNode || n.Namespace != "" {
		return runNone
	}
	switch n.DataAtom {
	case atom.Em, atom.I:
		return runEm
	case atom.Strong, atom.B:
		return runStrong
	case atom.Del, atom.S, atom.Strike:
		if c.cfg.Strikethrough {
			return runStrike
		}
	default:
		if c.isCode(n) && !c.codeKept(n) {
			return runCode
		}
	}
	return runNone
}

// joins reports whether n is written as one with the sibling right after
// it. Elements that hold blocks are written apart, as blocks.
func (c *mdConverter) joins(n *html.Node) bool {
	m := n.NextSibling
	if m == nil {
		return false
	}
	k := c.runKindOf(n)
	return k != runNone && k == c.runKindOf(m) && !c.hasBlock(n) && !c.hasBlock(m)
}

// runEnd returns the last element of the run that starts at n.
func (c *mdConverter) runEnd(n *html.Node) *html.Node {
	for c.joins(n) {
		n = n.NextSibling
	}
	return n
}

// continuesRun reports whether n was written with the run of an element
// before it.
func (c *mdConverter) continuesRun(n *html.Node) bool {
	p := n.PrevSibling
	return p != nil && c.joins(p)
}

// runEdge is edgeRune for the content of the run from first to last.
func (c *mdConverter) runEdge(first, last *html.Node, forward, skipSpace, bare bool) rune {
	m, end := first, last
	if !forward {
		m, end = last, first
	}
	for {
		inner := m.FirstChild
		if !forward {
			inner = m.LastChild
		}
		if r := c.edgeRune(inner, forward, skipSpace, bare); r != 0 {
			return r
		}
		if m == end {
			return 0
		}
		m = sibling(m, forward)
	}
}

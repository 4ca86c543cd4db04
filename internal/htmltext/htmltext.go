// Package htmltext turns HTML into plain text that reads like the page:
// blocks on lines of their own, lists with markers, tables as rows.
package htmltext

import (
	"strconv"
	"strings"

	"github.com/articlekit/article/internal/element"
	"github.com/articlekit/article/internal/sitetag"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Options changes the text Text writes.
type Options struct {
	// LinkURLs writes a link as "text (url)" rather than its text alone.
	// Links within the page (#…), javascript: links and links whose text
	// is their URL keep their text alone.
	LinkURLs bool
}

// Text returns the plain text of root, the tree of a body of about size
// bytes (htmltree.Parse): headings and paragraphs separated by blank lines,
// list items as "- " or "1. " with nested lists indented, quotations
// indented, table rows as cells separated by " | ", images as their alt
// text, entities decoded and preformatted text kept as it is. Scripts,
// styles, templates, frames and SVG are left out. It is safe for
// concurrent use.
func Text(root *html.Node, size int, o Options) string {
	t := walker{w: newWriter(size / 2), Options: o}
	for n := range root.ChildNodes() {
		t.node(n)
	}
	return t.w.String()
}

// walker writes the text of an HTML tree.
type walker struct {
	w *writer
	Options
	lists []listCounter // the lists the walk is in, innermost last
	pre   int           // depth of preformatted elements
}

// listCounter numbers the items of a list; step is 0 for a bulleted one.
type listCounter struct{ next, step int }

// blankLines are the block elements set apart by blank lines; the other
// blocks (element.Block) take lines of their own.
var blankLines = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Pre: true, atom.Xmp: true, atom.Listing: true, atom.Plaintext: true,
	atom.Blockquote: true, atom.Figure: true, atom.Table: true, atom.Hr: true, atom.Dl: true,
}

// gap returns the line ends around an element a: 2 for a blank line, 1 for
// a line of its own, 0 for inline content.
func gap(a atom.Atom) int {
	switch {
	case blankLines[a]:
		return 2
	case element.Of(a) == element.Block:
		return 1
	}
	return 0
}

// quoteIndent indents quotations and definitions.
const quoteIndent = "    "

func (t *walker) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if t.pre > 0 {
			t.w.verbatim(n.Data)
		} else {
			t.w.text(sitetag.Strip(n.Data)) // the tags a static site expands are not text
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if element.Of(n.DataAtom) == element.Hidden {
		return
	}
	gap := gap(n.DataAtom)
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Menu:
		gap = 2
		if len(t.lists) > 0 {
			gap = 1 // a nested list follows its item's line
		}
	case atom.Pre, atom.Xmp, atom.Listing, atom.Plaintext:
		t.pre++
		defer func() { t.pre--; t.w.dropLineBreaks() }()
	case atom.Td, atom.Th:
		gap = 0 // cells are joined on their row's line
		t.w.cells++
		defer func() { t.w.cells-- }()
	case atom.Br:
		t.w.lineBreak()
	case atom.Img:
		t.w.text(attr(n, "alt"))
	}
	t.w.block(gap)
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Menu:
		t.list(n)
	case atom.Li:
		t.item(n)
	case atom.Blockquote, atom.Dd:
		t.w.push(quoteIndent, quoteIndent)
		t.children(n)
		t.w.pop()
	case atom.Tr:
		t.row(n)
	case atom.A:
		t.link(n)
	default:
		t.children(n)
	}
	t.w.block(gap)
}

func (t *walker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c)
	}
}

// list writes a list's items, numbering those of an ordered list from its
// start attribute, downwards if it is reversed.
func (t *walker) list(n *html.Node) {
	c := listCounter{}
	if n.DataAtom == atom.Ol {
		c = listCounter{next: 1, step: 1}
		if hasAttr(n, "reversed") {
			c = listCounter{next: countItems(n), step: -1}
		}
		if start, err := strconv.Atoi(strings.TrimSpace(attr(n, "start"))); err == nil {
			c.next = start
		}
	}
	t.lists = append(t.lists, c)
	t.children(n)
	t.lists = t.lists[:len(t.lists)-1]
}

// item writes a list item, its first line after its marker and the others
// indented to match.
func (t *walker) item(n *html.Node) {
	marker := "- "
	if len(t.lists) > 0 {
		if c := &t.lists[len(t.lists)-1]; c.step != 0 {
			if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "value"))); err == nil {
				c.next = v
			}
			marker = strconv.Itoa(c.next) + ". "
			c.next += c.step
		}
	}
	t.w.push(marker, strings.Repeat(" ", len(marker)))
	t.children(n)
	t.w.pop()
}

// row writes a table row on one line, its cells separated by " | ".
func (t *walker) row(n *html.Node) {
	cells := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			if cells > 0 {
				t.w.raw(" | ")
			}
			cells++
		}
		t.node(c)
	}
}

// link writes a link's text and, with WithLinkURLs, its URL after it.
func (t *walker) link(n *html.Node) {
	start := t.w.len()
	t.children(n)
	if !t.LinkURLs {
		return
	}
	href := strings.TrimSpace(attr(n, "href"))
	text := strings.TrimSpace(t.w.since(start))
	if href == "" || strings.HasPrefix(href, "#") || hasScheme(href, "javascript") ||
		text == href || text == strings.TrimPrefix(href, "mailto:") {
		return
	}
	t.w.space = true
	t.w.word("(" + href + ")")
}

// countItems returns the number of items of a list.
func countItems(n *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Li {
			count++
		}
	}
	return count
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return true
		}
	}
	return false
}

// hasScheme reports whether the URL u has the scheme, in any case.
func hasScheme(u, scheme string) bool {
	return len(u) > len(scheme) && u[len(scheme)] == ':' && strings.EqualFold(u[:len(scheme)], scheme)
}

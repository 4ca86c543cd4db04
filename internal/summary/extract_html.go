package summary

import (
	"io"

	"github.com/articlekit/article/internal/element"
	"github.com/articlekit/article/internal/sitetag"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractHTML reads an HTML body in one pass of the tokenizer: text tokens
// come with their entities decoded, tags only open and close blocks, and
// attributes (URLs among them) are never read.
func (d *textDoc) extractHTML(r io.Reader) {
	z := html.NewTokenizer(r)
	skip := 0 // depth inside elements whose content is not text
	for {
		switch z.Next() {
		case html.ErrorToken:
			return
		case html.TextToken:
			if skip == 0 {
				write(d, d.prose(string(z.Text())))
			}
		case html.CommentToken:
			if skip == 0 && sitetag.IsSummaryDivider(string(z.Text())) {
				d.divide()
			}
		case html.StartTagToken:
			a := tagAtom(z)
			if element.Of(a) == element.Hidden {
				skip++
			} else if skip == 0 {
				d.startTag(a)
			}
		case html.EndTagToken:
			a := tagAtom(z)
			if element.Of(a) == element.Hidden {
				skip = max(0, skip-1)
			} else if skip == 0 {
				d.endTag(a)
			}
		case html.SelfClosingTagToken:
			if skip == 0 {
				d.startTag(tagAtom(z))
			}
		}
	}
}

// extractTree reads the children of a parsed body, or of an element in it,
// into the same blocks as extractHTML: the tree is the one ToMarkdown and
// ToText walk too, so that a chain parses the body once.
func (d *textDoc) extractTree(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling { // no iterator: this loop is hot
		switch c.Type {
		case html.TextNode:
			write(d, d.prose(c.Data))
		case html.CommentNode:
			if sitetag.IsSummaryDivider(c.Data) {
				d.divide()
			}
		case html.ElementNode:
			if element.Of(c.DataAtom) == element.Hidden {
				continue
			}
			d.startTag(c.DataAtom)
			d.extractTree(c)
			d.endTag(c.DataAtom)
		}
	}
}

// tagAtom returns the atom of the tag the tokenizer is on, 0 for an
// unknown name. It reads the name from the raw tag rather than with
// TagName, which copies every name it returns (to replace NUL bytes, which
// no known name has), on every tag of every body.
func tagAtom(z *html.Tokenizer) atom.Atom {
	raw := z.Raw()[1:] // after "<"
	if len(raw) > 0 && raw[0] == '/' {
		raw = raw[1:]
	}
	var lower [maxAtomLen]byte
	for i, c := range raw {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '/' || c == '>':
			return atom.Lookup(lower[:i])
		case i == len(lower):
			return 0
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return atom.Lookup(lower[:len(raw)])
}

// maxAtomLen is longer than any element name the atom package knows.
const maxAtomLen = 32

// startTag opens a heading or code block, ends the block before a block
// element, and turns a line break into a space.
func (d *textDoc) startTag(a atom.Atom) {
	if level := headingLevel(a); level > 0 {
		d.beginBlock(heading, level)
		return
	}
	switch {
	case isAside(a):
		d.asides++
		if d.asides == 1 {
			d.beginBlock(aside, 0)
		}
	case a == atom.Pre:
		d.beginBlock(code, 0)
	case a == atom.Br:
		d.space = true
	case element.Of(a) == element.Block:
		if d.open == prose {
			d.endBlock()
		} else {
			d.space = true
		}
	}
}

// endTag ends the block a heading, code or block element closes.
func (d *textDoc) endTag(a atom.Atom) {
	switch {
	case isAside(a):
		if d.asides > 0 {
			d.asides--
			if d.asides == 0 {
				d.endBlock()
			}
		}
	case headingLevel(a) > 0 || a == atom.Pre:
		d.endBlock()
	case element.Of(a) == element.Block:
		if d.open == prose {
			d.endBlock()
		} else {
			d.space = true
		}
	}
}

// headingLevel returns 1 to 6 for h1 to h6, else 0.
func headingLevel(a atom.Atom) int8 {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// isAside reports whether a holds text beside the story rather than of
// it: a picture's caption, navigation, an aside, a footer. Such text counts
// as words but gives no sentences, so that neither the excerpt nor the key
// sentences start with a photo credit or a list of related stories.
func isAside(a atom.Atom) bool {
	return a == atom.Figcaption || a == atom.Nav || a == atom.Aside || a == atom.Footer
}

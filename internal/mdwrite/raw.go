package mdwrite

import (
	"bytes"

	"github.com/articlekit/article/internal/ascii"
	"github.com/articlekit/article/internal/element"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rawMode says where raw HTML goes, which decides how it may span lines.
type rawMode uint8

const (
	rawInline rawMode = iota // inside a paragraph: one line
	rawLines                 // an HTML block that ends at a blank line: no blank lines
	rawFree                  // an HTML block that ends at its closing tag: any lines
)

// rawContainer writes an element Markdown has no block for as an HTML
// block: its tags on lines of their own around its content in Markdown
// when it holds blocks, else all of it as HTML.
func (c *mdConverter) rawContainer(n *html.Node) {
	if !validTagName(n.Data) {
		c.flow(n)
		return
	}
	if !c.hasBlock(n) || rawText(n) || n.DataAtom == atom.Pre || n.Namespace != "" {
		c.rawBlock(n)
		return
	}
	c.startBlockApart(lastParagraph, lastList, lastQuote, lastTable)
	c.line(appendOpenTag(c.scratch[:0], n))
	c.blank()
	t := c.top()
	t.wrote = false
	c.flow(n)
	if t = c.top(); t.wrote {
		c.blank()
	}
	t.wrote = true
	c.line(appendCloseTag(c.scratch[:0], n))
}

// rawBlock writes n as an HTML block that CommonMark reads as one: a
// comment or a <pre>, <script>, <style> or <textarea> as it is, any other
// element without blank lines, and with its start tag on a line of its own
// where CommonMark would otherwise not see a block.
func (c *mdConverter) rawBlock(n *html.Node) {
	c.startBlockApart(lastParagraph, lastList, lastQuote, lastTable)
	b := c.scratch[:0]
	switch {
	case n.Type == html.CommentNode, n.DataAtom == atom.Pre, n.DataAtom == atom.Script,
		n.DataAtom == atom.Style, n.DataAtom == atom.Textarea:
		b = appendRaw(b, n, rawFree)
	case htmlBlockTags[n.DataAtom] && n.Namespace == "":
		b = appendRaw(b, n, rawLines)
	default:
		b = append(appendOpenTag(b, n), '\n')
		for m := n.FirstChild; m != nil; m = m.NextSibling {
			b = appendRaw(b, m, rawLines)
		}
		b = appendCloseTag(b, n)
	}
	c.scratch = b
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		if len(bytes.TrimLeft(line, " \t\r\f")) > 0 || n.Type == html.CommentNode || n.DataAtom == atom.Pre || rawText(n) {
			c.line(line)
		}
	}
}

// rawStart notes raw HTML appended to the inline Markdown at from. Where it
// starts the paragraph and CommonMark reads the line as an HTML block, the
// rest of the paragraph is written as raw HTML too (rawLine), on that one
// line, since the block holds it as it is: Markdown there would show its
// delimiters and backslashes.
func (c *mdConverter) rawStart(from int) {
	if from == 0 && !c.oneLine && opensHTMLBlock(c.inl) {
		c.rawLine = true
	}
}

// opensHTMLBlock reports whether a line starting with b starts a CommonMark
// HTML block of types 1 to 6: a comment, processing instruction,
// declaration or CDATA section, or the tag of a <script>, <pre>, <style>,
// <textarea> or of a block element.
func opensHTMLBlock(b []byte) bool {
	if len(b) < 2 || b[0] != '<' {
		return false
	}
	switch {
	case b[1] == '?', bytes.HasPrefix(b, []byte("<!--")), bytes.HasPrefix(b, []byte("<![CDATA[")),
		b[1] == '!' && len(b) > 2 && ascii.IsLetter(b[2]):
		return true
	}
	name := b[1:]
	closing := name[0] == '/'
	if closing {
		name = name[1:]
	}
	end := 0
	for end < len(name) && (isASCIIAlnum(name[end]) || name[end] == '-') {
		end++
	}
	if end < len(name) && name[end] != ' ' && name[end] != '\t' && name[end] != '>' && name[end] != '/' {
		return false
	}
	a := atom.Lookup(bytes.ToLower(name[:end]))
	switch a {
	case atom.Script, atom.Pre, atom.Style, atom.Textarea:
		return !closing
	}
	return htmlBlockTags[a]
}

// htmlBlockTags are the tags that start a CommonMark HTML block of type 6,
// which may interrupt a paragraph and hold more than a tag on its line.
var htmlBlockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Base: true, atom.Basefont: true,
	atom.Blockquote: true, atom.Body: true, atom.Caption: true, atom.Center: true, atom.Col: true,
	atom.Colgroup: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.Frame: true, atom.Frameset: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Head: true, atom.Header: true, atom.Hr: true, atom.Html: true, atom.Iframe: true,
	atom.Legend: true, atom.Li: true, atom.Link: true, atom.Main: true, atom.Menu: true,
	atom.Menuitem: true, atom.Nav: true, atom.Noframes: true, atom.Ol: true, atom.Optgroup: true,
	atom.Option: true, atom.P: true, atom.Param: true, atom.Search: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true,
	atom.Th: true, atom.Thead: true, atom.Title: true, atom.Tr: true, atom.Track: true, atom.Ul: true,
}

// rawText reports whether n holds text that is not HTML: a script, a style
// and the like.
func rawText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Xmp, atom.Iframe, atom.Noembed, atom.Noframes,
		atom.Noscript, atom.Plaintext, atom.Textarea, atom.Title:
		return n.Namespace == ""
	}
	return false
}

// appendRaw appends the HTML of n.
func appendRaw(dst []byte, n *html.Node, mode rawMode) []byte {
	switch n.Type {
	case html.CommentNode:
		dst = append(dst, "<!--"...)
		dst = appendRawText(dst, n.Data, mode, false, false)
		return append(dst, "-->"...)
	case html.TextNode:
		p := n.Parent
		if p != nil && rawText(p) {
			return appendRawText(dst, n.Data, mode, false, false)
		}
		pre := p != nil && (p.DataAtom == atom.Pre || p.DataAtom == atom.Listing) && mode != rawFree
		return appendRawText(dst, n.Data, mode, true, pre)
	case html.ElementNode:
		if !validTagName(n.Data) {
			break
		}
		dst = appendOpenTag(dst, n)
		if (n.DataAtom == atom.Pre || n.DataAtom == atom.Listing || n.DataAtom == atom.Textarea) &&
			n.FirstChild != nil && n.FirstChild.Type == html.TextNode && len(n.FirstChild.Data) > 0 && n.FirstChild.Data[0] == '\n' {
			dst = append(dst, '\n') // the parser drops a line end right after the tag
		}
		for m := n.FirstChild; m != nil; m = m.NextSibling {
			dst = appendRaw(dst, m, mode)
		}
		return appendCloseTag(dst, n)
	}
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		dst = appendRaw(dst, m, mode)
	}
	return dst
}

// appendRawText appends text; escaped, with & < > as references. Line
// ends become spaces inline, and references in preformatted text (pre)
// inside a block that a blank line would end.
func appendRawText(dst []byte, s string, mode rawMode, escaped, pre bool) []byte {
	for i := range len(s) {
		switch ch := s[i]; {
		case ch == '\n' && mode == rawInline && !pre:
			dst = append(dst, ' ')
		case ch == '\n' && pre:
			dst = append(dst, "&#10;"...)
		case escaped && ch == '&':
			dst = append(dst, "&amp;"...)
		case escaped && ch == '<':
			dst = append(dst, "&lt;"...)
		case escaped && ch == '>':
			dst = append(dst, "&gt;"...)
		default:
			dst = append(dst, ch)
		}
	}
	return dst
}

// appendOpenTag appends n's start tag with the attributes CommonMark can
// read.
func appendOpenTag(dst []byte, n *html.Node) []byte {
	dst = append(append(dst, '<'), n.Data...)
	for _, a := range n.Attr {
		key := a.Key
		if a.Namespace != "" {
			key = a.Namespace + ":" + key
		}
		if !validAttrName(key) {
			continue
		}
		dst = append(append(append(dst, ' '), key...), '=', '"')
		for i := range len(a.Val) {
			switch ch := a.Val[i]; ch {
			case '&':
				dst = append(dst, "&amp;"...)
			case '"':
				dst = append(dst, "&quot;"...)
			case '\n':
				dst = append(dst, "&#10;"...)
			case '\r':
				dst = append(dst, "&#13;"...)
			default:
				dst = append(dst, ch)
			}
		}
		dst = append(dst, '"')
	}
	return append(dst, '>')
}

// appendCloseTag appends n's end tag, none for a void element.
func appendCloseTag(dst []byte, n *html.Node) []byte {
	if n.Namespace == "" && element.IsVoid(n.DataAtom) {
		return dst
	}
	return append(append(append(dst, '<', '/'), n.Data...), '>')
}

// validTagName reports whether CommonMark reads s as a tag name.
func validTagName(s string) bool {
	if s == "" || !ascii.IsLetter(s[0]) {
		return false
	}
	for i := range len(s) {
		if !isASCIIAlnum(s[i]) && s[i] != '-' {
			return false
		}
	}
	return true
}

// validAttrName reports whether CommonMark reads s as an attribute name.
func validAttrName(s string) bool {
	if s == "" || !ascii.IsLetter(s[0]) && s[0] != '_' && s[0] != ':' {
		return false
	}
	for i := range len(s) {
		if ch := s[i]; !isASCIIAlnum(ch) && ch != '_' && ch != '.' && ch != ':' && ch != '-' {
			return false
		}
	}
	return true
}

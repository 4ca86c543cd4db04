// Package mdwrite writes the Markdown of an HTML tree: CommonMark with
// GitHub's tables and strikethrough, escaped so that text never turns into
// syntax, with what Markdown cannot say in its most faithful form or kept
// as raw HTML. It is the engine of transform.ToMarkdown.
package mdwrite

import (
	"strings"
	"sync"

	"golang.org/x/net/html"
)

// Options says what the Markdown may hold.
type Options struct {
	RawHTML       bool // keep what Markdown cannot say as raw HTML
	Tables        bool // GFM pipe tables; false keeps tables as HTML
	Strikethrough bool // GFM ~~strikethrough~~; false reduces it to text
}

// converters keeps the scratch buffers of finished conversions for the next.
var converters = sync.Pool{New: func() any { return new(mdConverter) }}

// Write returns the Markdown of root, the tree of an HTML body of about
// size bytes (htmltree.Parse). It is safe for concurrent use.
func Write(root *html.Node, size int, cfg *Options) string {
	c := converters.Get().(*mdConverter)
	defer converters.Put(c)
	c.reset(cfg)
	c.out.Grow(size)
	c.flow(root)
	md := c.out.String()
	c.out = strings.Builder{}
	return strings.TrimRight(md, "\n")
}

// mdConverter writes the Markdown of one HTML tree. Blocks go to out line by
// line with the prefixes of the containers they are in; inline content is
// gathered in inl first, with the white space and delimiters that wait for
// the next text, and written out as a paragraph, heading or table cell.
type mdConverter struct {
	cfg   *Options
	out   strings.Builder
	stack []mdContainer // the root, then each blockquote and list item open
	pre   []byte        // scratch for a line's prefix
	inl   []byte        // the inline content being gathered

	pendWS     byte    // white space before the next content: 0, ' ' or '\n'
	pendBreaks int     // hard line breaks before the next content
	pendLit    []byte  // white space with Unicode's, written as it is before the next content
	pendOpen   []byte  // opening delimiters waiting for their first content
	delims     []delim // the delimiters of the emphasis open around the content
	lits       []int   // where literal * _ ~ that could open stand unescaped (see literal.go)
	litFrom    int     // lits[litFrom:] are those of the link text being written
	brackets   int     // literal [ written unescaped and not closed yet, outside link text
	balanced   bool    // in link text whose brackets pair: [ and ] are written as they are
	inLink     int     // depth of link text and image descriptions: ] is escaped
	textStart  int     // where the text being escaped starts and ends, less white space
	textEnd    int
	textSpaced bool                        // white space follows the text being escaped
	bareFrom   int                         // c.inl[bareFrom:bareTo] is the text written last...
	bareTo     int                         // ...where a bare URL may end
	oneLine    bool                        // heading or table cell: no line breaks
	rawLine    bool                        // the paragraph started an HTML block: the rest is raw HTML (see rawStart)
	forms      map[rune]rune               // in a superscript or subscript, the forms its text is written in
	scratch    []byte                      // text of code, raw HTML and cells
	noscripts  map[*html.Node][]*html.Node // the images of each <noscript>, parsed once
}

// delim is an emphasis delimiter run: count times ch, around the run of
// elements from node to last (see runKind); apart says that emphasis at
// its edges must take the other character.
type delim struct {
	ch         byte
	count      int
	node, last *html.Node
	apart      bool
}

// lastBlock is what a block ends with, which decides what the lines of
// the next block could be read as part of.
type lastBlock uint8

const (
	lastOther     lastBlock = iota
	lastParagraph           // continued by paragraph lines; not interrupted by some lists
	lastList                // continued by paragraph lines, lazily
	lastQuote               // continued by paragraph lines, lazily, and by quote lines
	lastTable               // continued by any line of text, which becomes a row
)

// mdContainer is a block that prefixes the lines of what it holds: the root
// (no prefix), a blockquote ("> ") or a list item ("- " then "  ").
type mdContainer struct {
	first, rest string    // prefix of the first line, and of the lines after it
	begun       bool      // the first line is written
	wrote       bool      // a block is written: the next needs a separator
	loose       bool      // blocks are separated by a blank line, not a line end
	prevList    byte      // marker of the list written last, if it was the last block
	last        lastBlock // the kind of the last block, if it ends with lines a next one could continue
}

func (c *mdConverter) reset(cfg *Options) {
	c.cfg = cfg
	c.stack = append(c.stack[:0], mdContainer{begun: true, loose: true})
	c.inl, c.pendOpen, c.pendLit, c.delims = c.inl[:0], c.pendOpen[:0], c.pendLit[:0], c.delims[:0]
	c.bareTo = -1
	c.pendWS, c.pendBreaks, c.inLink, c.oneLine, c.rawLine, c.forms = 0, 0, 0, false, false, nil
	c.lits, c.litFrom, c.brackets, c.balanced = c.lits[:0], 0, 0, false
	clear(c.noscripts)
}

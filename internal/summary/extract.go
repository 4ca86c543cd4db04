package summary

import (
	"strings"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/sitetag"
	"github.com/articlekit/article/internal/swar"
)

// blockKind tells what a block of text is for a summary.
type blockKind uint8

const (
	prose   blockKind = iota // paragraphs, list items, quotes, cells: made of sentences
	heading                  // a heading of the outline, not a sentence
	code                     // preformatted text: counted as words, never quoted
	aside                    // captions, navigation, asides, footers: counted as words, never quoted
)

// block is one block of a body's plain text, as a span of textDoc.buf.
type block struct {
	start, end int32
	kind       blockKind
	level      int8 // heading level, 1 to 6
}

// textDoc is the plain text of a body: its blocks in order, their text one
// after another in buf, without markup, with entities decoded and white
// space collapsed to single spaces. Spans into buf stand for text until a
// summary copies out the few strings it keeps.
type textDoc struct {
	buf    []byte
	blocks []block

	open   blockKind // kind of the block being written
	level  int8      // its heading level
	space  bool      // white space is pending before the next text
	asides int       // depth inside elements whose text is beside the story
	more   int       // where in buf Hugo's summary divider stood, -1 for none
}

// reset empties d for another body, keeping its memory.
func (d *textDoc) reset() {
	d.buf, d.blocks = d.buf[:0], d.blocks[:0]
	d.open, d.level, d.space, d.asides, d.more = prose, 0, false, 0, -1
}

// extract fills d with the text of a's body, reading HTML and Markdown
// bodies from the tree the article keeps for the transforms of a chain.
func (d *textDoc) extract(a *article.Article) error {
	d.reset()
	switch root, err := a.HTMLTree(); {
	case err == nil:
		d.extractTree(root)
	case a.Format == article.HTML: // nested deeper than x/net/html builds trees
		d.extractHTML(strings.NewReader(a.Body))
	case a.Format == article.Markdown:
		return err
	default:
		d.extractText(a.Body)
	}
	d.endBlock()
	return nil
}

// extractText reads a plain-text body: paragraphs are separated by blank
// lines.
func (d *textDoc) extractText(body string) {
	for len(body) > 0 {
		line := body
		if i := strings.IndexByte(body, '\n'); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = ""
		}
		if strings.TrimSpace(line) == "" {
			d.endBlock()
			continue
		}
		write(d, line)
		d.space = true
	}
}

// prose returns a text node's text as it counts: outside code, without
// the template tags a static site expands when it builds the page.
func (d *textDoc) prose(text string) string {
	if d.open == code {
		return text
	}
	return sitetag.Strip(text)
}

// divide marks the end of the excerpt at Hugo's first summary divider,
// ending the block it stands in.
func (d *textDoc) divide() {
	if d.more < 0 {
		d.endBlock()
		d.more = len(d.buf)
	}
}

// beginBlock ends the open block and opens one of kind and level.
func (d *textDoc) beginBlock(kind blockKind, level int8) {
	d.endBlock()
	d.open, d.level = kind, level
}

// endBlock closes the open block, if it holds any text, and opens a prose
// block, or an aside block inside an aside.
func (d *textDoc) endBlock() {
	start := int32(0)
	if n := len(d.blocks); n > 0 {
		start = d.blocks[n-1].end
	}
	if end := int32(len(d.buf)); end > start {
		d.blocks = append(d.blocks, block{start: start, end: end, kind: d.open, level: d.level})
	}
	d.open, d.level, d.space = prose, 0, false
	if d.asides > 0 {
		d.open = aside
	}
}

// write appends text to the open block, collapsing white space (including
// no-break spaces) to single spaces and dropping it at the block's edges.
func write[T []byte | string](d *textDoc, text T) {
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			d.space = true
			i++
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0:
			d.space = true
			i += 2
		default:
			// Copy up to the next white space other than a single space
			// between words: text is mostly words and single spaces.
			j := i + 1
			for j < len(text) {
				if j = plainWords(text, j); j == len(text) {
					break
				}
				if !isSpaceStart(text[j]) {
					j++
				} else if text[j] == ' ' && j+1 < len(text) && !isSpaceStart(text[j+1]) {
					j += 2
				} else {
					break
				}
			}
			d.flushSpace()
			d.buf = append(d.buf, text[i:j]...)
			i = j
		}
	}
}

// flushSpace writes the pending space, unless the open block is empty.
func (d *textDoc) flushSpace() {
	if d.space && len(d.buf) > 0 && (len(d.blocks) == 0 || int(d.blocks[len(d.blocks)-1].end) < len(d.buf)) {
		d.buf = append(d.buf, ' ')
	}
	d.space = false
}

// plainWords returns j past the bytes of text from j that may be copied
// as they are, eight at a time: bytes with no white space but single
// spaces between other bytes, the byte after them included, and no
// no-break space. It tests the eight bytes at once, as copying text a byte
// at a time was a tenth of a summary (pprof), and loops itself, as a call
// for every eight bytes cost as much again.
func plainWords[T []byte | string](text T, j int) int {
	for ; j+9 <= len(text); j += 8 {
		x := swar.Load(text[j:])
		control := swar.ASCIIIn(x, 0, ' '-1)
		spaces := swar.ZeroBytes(x ^ 0x20*swar.Ones)
		if control|swar.ZeroBytes(x^0xC2*swar.Ones)|spaces&(spaces<<8) != 0 ||
			spaces>>56 != 0 && isSpaceStart(text[j+8]) { // a last space needs a word after it
			break
		}
	}
	return j
}

// isSpaceStart reports whether c is white space or the first byte of a
// no-break space.
func isSpaceStart(c byte) bool { return spaceStart[c] }

var spaceStart = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, '\v': true, 0xC2: true}

// text returns the text of b.
func (d *textDoc) text(b block) []byte { return d.buf[b.start:b.end] }

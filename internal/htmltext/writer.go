package htmltext

import "strings"

// writer builds plain text: it folds runs of white space into one
// space, writes the line breaks that blocks ask for only when more text
// follows, and starts every line with the indentation and list markers of
// the blocks it sits in.
type writer struct {
	buf    strings.Builder
	frames []frame // open indented blocks, outermost first

	breaks   int  // newlines a block boundary wants before the next text
	hard     int  // newlines asked for by <br> and by line ends in <pre>
	newlines int  // newlines at the end of buf
	atStart  bool // buf ends a line: the next text needs the frames' prefix
	empty    bool // the current line holds no text after its prefix
	space    bool // white space came since the last word
	cells    int  // depth of table cells, where breaks become spaces
}

// maxIndentDepth is how many nested blocks indent a line; deeper ones
// still write their list markers. It keeps the text of deeply nested HTML
// from growing with the square of the nesting.
const maxIndentDepth = 12

// frame is an indented block: a list item, whose first line begins with
// its marker, or a quotation.
type frame struct {
	first, rest string // prefix of the block's first line and of the others
	started     bool   // the first line has been written
}

func newWriter(size int) *writer {
	w := &writer{atStart: true, empty: true}
	w.buf.Grow(size)
	return w
}

// block asks for n line ends (2: a blank line) before the next text.
func (w *writer) block(n int) {
	if n == 0 {
		return
	}
	if w.cells > 0 {
		w.space = true
		return
	}
	w.breaks = max(w.breaks, n)
	w.space = false
}

// lineBreak asks for one more line end before the next text.
func (w *writer) lineBreak() {
	if w.cells > 0 {
		w.space = true
		return
	}
	w.hard++
	w.space = false
}

// push opens an indented block whose lines start with rest, its first
// with first.
func (w *writer) push(first, rest string) {
	w.frames = append(w.frames, frame{first: first, rest: rest})
}

// pop closes the innermost indented block.
func (w *writer) pop() { w.frames = w.frames[:len(w.frames)-1] }

// text writes HTML text, folding white space.
func (w *writer) text(s string) {
	for len(s) > 0 {
		i := strings.IndexFunc(s, isHTMLSpace)
		if i != 0 {
			word := s
			if i > 0 {
				word = s[:i]
			}
			w.word(word)
			s = s[len(word):]
			continue
		}
		w.space = true
		s = strings.TrimLeftFunc(s, isHTMLSpace)
	}
}

// word writes s after a space if white space came before it.
func (w *writer) word(s string) {
	w.begin()
	if w.space && !w.empty && !w.endsWithSpace() {
		w.buf.WriteByte(' ')
	}
	w.write(s)
}

// raw writes s as it is, without a space before it; at the start of a line
// its leading spaces are dropped.
func (w *writer) raw(s string) {
	w.begin()
	if w.empty {
		s = strings.TrimLeft(s, " ")
	}
	w.write(s)
}

// verbatim writes preformatted text, keeping its spaces and line ends; line
// ends at its end are left to the block that follows.
func (w *writer) verbatim(s string) {
	for line := range strings.Lines(s) {
		text, nl := strings.CutSuffix(line, "\n")
		if text != "" {
			w.begin()
			w.write(text)
		}
		if nl {
			w.lineBreak()
		}
	}
}

// dropLineBreaks forgets the line ends asked for by <br> and <pre> since
// the last text, as at the end of a <pre>.
func (w *writer) dropLineBreaks() { w.hard = 0 }

// begin writes the line ends asked for and, at the start of a line, the
// frames' prefix.
func (w *writer) begin() {
	if n := max(w.breaks-w.newlines, w.hard); n > 0 && w.buf.Len() > 0 {
		for range n {
			w.buf.WriteByte('\n')
		}
		w.newlines += n
		w.atStart, w.empty = true, true
	}
	w.breaks, w.hard = 0, 0
	if w.atStart {
		for i := range w.frames {
			f := &w.frames[i]
			prefix := f.rest
			if !f.started {
				prefix, f.started = f.first, true
			}
			if i < maxIndentDepth || prefix != f.rest { // a marker
				w.buf.WriteString(prefix)
			}
		}
		w.atStart = false
	}
}

func (w *writer) write(s string) {
	if s == "" {
		return
	}
	w.buf.WriteString(s)
	w.newlines, w.empty, w.space = 0, false, false
}

func (w *writer) endsWithSpace() bool {
	s := w.buf.String()
	return s != "" && s[len(s)-1] == ' '
}

// String returns the text written, without white space at its end.
func (w *writer) String() string {
	return strings.TrimRight(w.buf.String(), " \t\n")
}

// since returns the text written after the length n of the buffer.
func (w *writer) since(n int) string { return w.buf.String()[n:] }

// len returns the length of the text written so far.
func (w *writer) len() int { return w.buf.Len() }

// isHTMLSpace reports whether r is white space in HTML's sense, which does
// not include the no-break space.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

package markdown

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// goldmark is not linear on hostile input: a line of 128,000 ">" opens as
// many nested quotes and takes seconds, its inline parser rescans the
// rest of a paragraph for each of many unclosed link destinations, runs of
// emphasis that cannot match and link reference definitions, so that a
// 250 KB paragraph takes tens of seconds, and it looks each footnote
// reference up among all the notes. No goldmark option bounds either,
// so the reading measures both before goldmark does the work and refuses
// what is past these limits.
const (
	// MaxNesting is how many quotes and list items one line may open.
	MaxNesting = 100
	// MaxNodes bounds the nodes of a body's tree, as newGuard estimates
	// them: goldmark's tree and the HTML tree of its rendering take some
	// 700 bytes a node together, in memory that grows with the body but
	// not with its bytes (a 1 MiB body of one-word list items made 1.4 GB
	// through Sanitize and three transforms), so a body's bytes alone
	// cannot bound it. 4 MB of prose, or 50,000 list items, fit.
	MaxNodes = 100_000
	// inlineBudget bounds the inline work of a body, counted for each
	// paragraph and heading by guard.spend. A long paragraph dense with
	// links and emphasis (70 KB, 1,000 links) uses nearly all of it; the
	// part that grows with the body lets long bodies have as many
	// paragraphs as they like.
	inlineBudget        = 1 << 28
	inlineBudgetPerByte = 64
)

// ErrTooComplex is the cause of every *LimitError.
var ErrTooComplex = errors.New("the Markdown is too complex")

// LimitError reports a body past one of the reading's limits.
type LimitError struct {
	Line   int    // 1-based line in the body
	Reason string // which limit
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("line %d of the body: %v: %s", e.Line, ErrTooComplex, e.Reason)
}

// Unwrap returns ErrTooComplex.
func (e *LimitError) Unwrap() error { return ErrTooComplex }

// guard holds the inline budget left for one document and the first limit
// it passed.
type guard struct {
	src  []byte
	left int
	err  *LimitError
}

var guardKey = parser.NewContextKey()

// isMarkup tells the bytes that open or close inline syntax.
var isMarkup = func() (t [256]bool) {
	for _, c := range []byte("*_~`[]()<!\\") {
		t[c] = true
	}
	return t
}()

// newGuard checks what goldmark's block parser would take too long over,
// line by line: how deeply a line nests, how many nodes the tree will
// have, the inline cost of an ATX heading, which is one line and no
// paragraph, and footnotes, since goldmark looks each reference up among
// all the notes, one by one. It returns the guard for the paragraphs.
func newGuard(src []byte) (*guard, error) {
	g := &guard{src: src, left: inlineBudget + inlineBudgetPerByte*len(src)}
	lineNo, nodes, notes, refs := 0, 0, 0, 0
	for line := range bytes.Lines(src) {
		lineNo++
		depth, rest := containers(line)
		if depth > MaxNesting {
			return nil, &LimitError{Line: lineNo, Reason: fmt.Sprintf("a line opens more than %d quotes and list items", MaxNesting)}
		}
		if nodes += lineNodes(depth, rest); nodes > MaxNodes {
			return nil, &LimitError{Line: lineNo, Reason: fmt.Sprintf("the body makes more than %d elements and runs of text", MaxNodes)}
		}
		if len(rest) > 0 && rest[0] == '#' && !g.spend(rest, func() int { return lineNo }) {
			return nil, g.err
		}
		if bytes.HasPrefix(rest, footnoteOpen) {
			notes++
		}
		// Every "[^" counts as a reference: an upper bound, as a note's
		// own label is not one.
		if refs += bytes.Count(line, footnoteOpen); notes*refs > g.left {
			return nil, &LimitError{Line: lineNo, Reason: "too many footnotes and references to them"}
		}
	}
	return g, nil
}

// lineNodes estimates, from above, the nodes a line adds to the tree: one
// for each container it opens, one for its text or block, and for each
// byte that can open an element, its weight in nodeWeight.
func lineNodes(depth int, rest []byte) int {
	if len(bytes.TrimSpace(rest)) == 0 {
		return depth
	}
	n := depth + 1
	for _, c := range rest {
		n += int(nodeWeight[c])
	}
	return n
}

// nodeWeight gives the nodes a byte can open: one for inline markup and a
// table cell's '|'; three for the '@' and ':' of the addresses GFM links,
// whose link, text and rendered attributes cost about three nodes' memory.
var nodeWeight = func() (t [256]uint8) {
	for c, markup := range isMarkup {
		if markup {
			t[c] = 1
		}
	}
	t['|'], t['@'], t[':'] = 1, 3, 3
	return t
}()

// footnoteOpen opens a footnote's label, in a note and in a reference.
var footnoteOpen = []byte("[^")

// containers returns how many block quotes and list items the start of
// line opens, and the rest of the line.
func containers(line []byte) (int, []byte) {
	depth := 0
	for {
		line = bytes.TrimLeft(line, " \t")
		n := markerLen(line)
		if n == 0 {
			return depth, line
		}
		depth++
		line = line[n:]
	}
}

// markerLen returns the length of the quote or list marker line starts
// with, 0 for none: ">", "-", "+" or "*" before white space, or up to nine
// digits and "." or ")" before white space.
func markerLen(line []byte) int {
	if len(line) == 0 {
		return 0
	}
	if line[0] == '>' {
		return 1
	}
	n := 0
	switch c := line[0]; {
	case c == '-' || c == '+' || c == '*':
		n = 1
	case c >= '0' && c <= '9':
		for n < len(line) && n < 9 && line[n] >= '0' && line[n] <= '9' {
			n++
		}
		if n == len(line) || (line[n] != '.' && line[n] != ')') {
			return 0
		}
		n++
	default:
		return 0
	}
	if n < len(line) && line[n] != ' ' && line[n] != '\t' && line[n] != '\n' {
		return 0
	}
	return n
}

// spend takes the inline cost of span from the budget, reporting false and
// setting err once the budget is gone. Two measures bound what goldmark
// does: the square of the bytes that can start or end markup, for the
// matching of delimiters and brackets; and, for each run of text without
// white space, the link destinations opened in it times its length, since
// each unclosed destination is scanned to the run's end. line gives the
// span's line, counted only for the error: counting it for every paragraph
// would take time in the square of a body of many short paragraphs.
func (g *guard) spend(span []byte, line func() int) bool {
	markup, opens, runStart, scans := 0, 0, 0, 0
	for i, c := range span {
		if isMarkup[c] {
			markup++
		}
		switch c {
		case '(':
			if i > 0 && span[i-1] == ']' {
				opens++
			}
		case ' ', '\t', '\n':
			scans += opens * (i - runStart)
			opens, runStart = 0, i+1
		}
	}
	scans += opens * (len(span) - runStart)
	g.left -= markup*markup + scans
	if g.left < 0 && g.err == nil {
		g.err = &LimitError{Line: line(), Reason: "too much inline markup for its length"}
	}
	return g.err == nil
}

// inlineGuard is a paragraph transformer that goldmark runs before any
// other (link reference definitions, tables) and before reading inlines:
// it spends the paragraph's cost, and once the budget is gone it empties
// the paragraph, so that the rest of the parse is cheap and Parse reports
// the error.
type inlineGuard struct{}

func (inlineGuard) Transform(p *ast.Paragraph, reader text.Reader, pc parser.Context) {
	g, ok := pc.Get(guardKey).(*guard)
	if !ok {
		return
	}
	lines := p.Lines()
	if lines.Len() == 0 {
		return
	}
	if g.err == nil {
		// The paragraph's lines with what lies between them (container
		// prefixes): at most a little more than the lines themselves.
		start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
		g.spend(g.src[start:stop], func() int { return 1 + bytes.Count(g.src[:start], []byte("\n")) })
	}
	if g.err != nil {
		p.SetLines(text.NewSegments())
	}
}

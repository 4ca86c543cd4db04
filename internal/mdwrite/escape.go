package mdwrite

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/ascii"

	"golang.org/x/net/html"

	"github.com/articlekit/article/internal/swar"
)

// text writes a text node: white space folded, characters escaped where
// they would otherwise be read as Markdown.
func (c *mdConverter) text(n *html.Node) {
	if c.rawLine {
		c.inline(n)
		return
	}
	c.escapeText(n.Data, n)
}

// textClass sorts the bytes of text: white space, bytes that may need a
// backslash (escapeOf decides), and the rest (0).
var textClass = [256]uint8{
	' ': classSpace, '\t': classSpace, '\n': classSpace, '\r': classSpace, '\f': classSpace,
	'\\': classSpecial, '`': classSpecial, '*': classSpecial, '_': classSpecial, '~': classSpecial,
	'[': classSpecial, ']': classSpecial, '!': classSpecial, '<': classSpecial, '&': classSpecial,
}

const (
	classSpace = 1 + iota
	classSpecial
)

// escapeText writes s, the text of node (nil: an image description),
// folding its white space and escaping where Markdown would read syntax.
// White space at its ends waits for what follows; inside it, it is
// written at once.
func (c *mdConverter) escapeText(s string, node *html.Node) {
	if c.forms != nil {
		s = toForms(s, c.forms)
	}
	// White space with a no-break or other Unicode space at the end of the
	// text is written after what closes next, as HTML's is.
	end, wide := edgeSpace(s, false)
	if !wide {
		c.escapeBody(s, node, false)
		return
	}
	c.escapeBody(s[:end], node, true)
	c.spaceRun(s[end:])
}

// escapeBody is escapeText for text that ends with no Unicode space;
// spaced says white space follows it all the same.
func (c *mdConverter) escapeBody(s string, node *html.Node, spaced bool) {
	i, wide := edgeSpace(s, true)
	switch {
	case wide:
		c.spaceRun(s[:i])
	case i > 0:
		c.space(strings.IndexByte(s[:i], '\n') >= 0)
	}
	if i == len(s) {
		return
	}
	c.flushPending()
	c.textStart, c.textEnd = i, len(strings.TrimRight(s, htmlSpace))
	c.textSpaced = spaced || c.textEnd < len(s)
	b := c.inl
	defer c.markText(len(b))
	lineStart := !c.oneLine && (len(b) == 0 || b[len(b)-1] == '\n')
	if n := digitsLine(b); n > 0 && !c.oneLine { // 1. split across nodes
		k := i
		for k < len(s) && ascii.IsDigit(s[k]) {
			k++
		}
		if k < len(s) && (s[k] == '.' || s[k] == ')') && n+k-i <= 9 {
			b = append(append(b, s[i:k]...), '\\')
			i = k
		}
	}
	for i < len(s) {
		if lineStart {
			if k := lineStartEscape(s[i:]); k >= 0 {
				b = append(append(append(b, s[i:i+k]...), '\\'), s[i+k])
				i += k + 1
			}
			lineStart = false
		}
		j := plainRun(s, i)
		b = append(b, s[i:j]...)
		if j == len(s) {
			break
		}
		if textClass[s[j]] == classSpecial {
			c.inl = b
			k := j + 1 // a run of * _ or ~ is read as one
			for isDelimByte(s[j]) && k < c.textEnd && s[k] == s[j] {
				k++
			}
			esc := c.escapeOf(s, j, k, node)
			if esc == escNone {
				c.noteLiteral(s, j, k, node, len(b))
			}
			for ; j < k; j++ {
				switch esc {
				case escBackslash:
					b = append(b, '\\', s[j])
				case escReference:
					b = append(b, "&#126;"...)
				default:
					b = append(b, s[j])
				}
			}
			i = k
			continue
		}
		k, nl := j, false
		for k < len(s) && textClass[s[k]] == classSpace {
			nl = nl || s[k] == '\n'
			k++
		}
		if k == len(s) {
			c.inl = b
			c.space(nl)
			return
		}
		if nl && !c.oneLine {
			b = append(b, '\n')
			lineStart = true
		} else {
			b = append(b, ' ')
		}
		i = k
	}
	c.inl = b
}

// plainRun returns the end of the run of s from i that is written as it
// is: bytes that are neither white space nor may need escaping, and single
// spaces before such bytes.
func plainRun(s string, i int) int {
	for {
		i = plainEights(s, i)
		switch {
		case i == len(s):
			return i
		case textClass[s[i]] == 0:
			i++
		case s[i] == ' ' && i+1 < len(s) && textClass[s[i+1]] == 0:
			i += 2
		default:
			return i
		}
	}
}

// plainEights is plainRun eight bytes at a time, tested at once: a branch
// on every byte made copying text most of the cost of escaping. It stops
// before the eight bytes that hold a byte textClass marks, a ^ or a control
// byte (rare, and left to plainRun), two spaces in a row, or a last space
// before a marked byte.
func plainEights(s string, i int) int {
	for ; i+9 <= len(s); i += 8 {
		x := swar.Load(s[i:])
		spaces := swar.ZeroBytes(x ^ ' '*swar.Ones)
		stop := swar.ASCIIIn(x, 0, ' '-1) | swar.ASCIIIn(x, '[', '`') | // white space, [ \ ] ^ _ `
			swar.ZeroBytes(x^'*'*swar.Ones) | swar.ZeroBytes(x^'~'*swar.Ones) | swar.ZeroBytes(x^'!'*swar.Ones) |
			swar.ZeroBytes(x^'<'*swar.Ones) | swar.ZeroBytes(x^'&'*swar.Ones)
		if stop|spaces&(spaces<<8) != 0 || spaces>>56 != 0 && textClass[s[i+8]] != 0 {
			break
		}
	}
	return i
}

// markText remembers that c.inl[from:] is text, where a URL GFM links
// may end (see endBareURL); in link text it links none.
func (c *mdConverter) markText(from int) {
	c.bareFrom, c.bareTo = from, len(c.inl)
	if c.inLink > 0 {
		c.bareTo = -1
	}
}

// noteLiteral notes s[j:k], written unescaped at pos of the inline
// Markdown, where a later character decides whether it is syntax (see
// lits).
func (c *mdConverter) noteLiteral(s string, j, k int, node *html.Node, pos int) {
	switch s[j] {
	case '[':
		if c.inLink == 0 {
			c.brackets++
		}
	case ']':
		if c.inLink == 0 && c.brackets > 0 {
			c.brackets--
		}
	case '*', '_', '~':
		if c.opens(s, j, k, node) {
			for p := pos; p < pos+k-j; p++ {
				c.lits = append(c.lits, p)
			}
		}
	}
}

// isDelimByte reports whether b delimits emphasis or strikethrough.
func isDelimByte(b byte) bool { return b == '*' || b == '_' || b == '~' }

// needsEscape reports whether s[j], in the text of node, would be read as
// Markdown syntax where it stands, with the emphasis after node taken as
// written without delimiters (bare) or with them.
func (c *mdConverter) needsEscape(s string, j int, node *html.Node, bare bool) bool {
	switch s[j] {
	case '`':
		return true
	case '\\': // an escape, or before a line end a hard line break
		next := c.after(s, j, node, bare)
		return isASCIIPunct(next) || isSpace(next)
	case '!': // before a link, whose [ is not escaped
		return j+1 == len(s) && c.after(s, j, node, bare) == '['
	case '<': // a tag, an autolink, an email autolink
		next := c.after(s, j, node, bare)
		return ascii.IsLetter(byte(next)) && next < utf8.RuneSelf || next == '/' || next == '!' || next == '?' ||
			isEmailByte(next) && emailAhead(s[j+1:], isSpace(c.after(s, c.textEnd-1, node, bare)))
	case '&':
		return entityAt(s[j+1:])
	}
	return false
}

// isEmailByte reports whether r may stand in the local part of an email
// address that CommonMark autolinks.
func isEmailByte(r rune) bool {
	return r < utf8.RuneSelf && (isASCIIAlnum(byte(r)) || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", byte(r)) >= 0)
}

// emailAhead reports whether s, what follows a <, may be the local part of
// an email address and its @: it is, or all of s is such characters and
// what follows the text (spaced, if it is white space) does not end it.
func emailAhead(s string, spaced bool) bool {
	for i := range len(s) {
		if s[i] == '@' {
			return true
		}
		if !isEmailByte(rune(s[i])) {
			return false
		}
	}
	return !spaced
}

// before returns the character written before s[j]: white space that
// starts s may go before delimiters written since.
func (c *mdConverter) before(s string, j int) rune {
	if j > c.textStart {
		r, _ := utf8.DecodeLastRuneInString(s[:j])
		return r
	}
	return c.prevRune()
}

// after returns the character that follows s[j] in the Markdown: the next
// in s, else the first that follows node; white space that ends s may go
// after delimiters written next.
func (c *mdConverter) after(s string, j int, node *html.Node, bare bool) rune {
	if j+1 < c.textEnd {
		r, _ := utf8.DecodeRuneInString(s[j+1:])
		if isHTMLSpace(s[j+1]) {
			return ' '
		}
		return r
	}
	switch {
	case node == nil:
		return ']'
	case !c.textSpaced:
		return c.nextRune(node, bare)
	}
	// White space ends the text: it is what follows, but for a closing
	// delimiter or ], which it waits until after.
	if r := c.closerAfter(node); r != 0 {
		return r
	}
	return ' '
}

// lineStartEscape returns the index of the byte of s, text that starts a
// line, that needs a backslash for the line not to open a block (a heading,
// list item, blockquote, rule, setext underline, fence or table delimiter
// row), or -1.
func lineStartEscape(s string) int {
	line := s
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		line = s[:i]
	}
	blankAfter := func(i int) bool { return i >= len(line) || isHTMLSpace(line[i]) }
	switch ch := line[0]; {
	case ch == '>':
		return 0
	case ch == '#':
		n := len(line) - len(strings.TrimLeft(line, "#"))
		if n <= 6 && blankAfter(n) {
			return 0
		}
	case ch == '-' || ch == '+' || ch == '*':
		if blankAfter(1) {
			return 0
		}
	case ch >= '0' && ch <= '9':
		n := len(line) - len(strings.TrimLeft(line, "0123456789"))
		if n <= 9 && n < len(line) && (line[n] == '.' || line[n] == ')') && blankAfter(n+1) {
			return n
		}
	case ch == '~' || ch == '`':
		if len(line) >= 3 && line[1] == ch && line[2] == ch {
			return 0
		}

	}
	if strings.IndexByte("-_*=", line[0]) >= 0 && only(line, line[0]) ||
		only(line, 0) && strings.IndexByte(line, '-') >= 0 {
		return 0
	}
	return -1
}

// digitsLine returns how many digits the last line of b holds if it holds
// nothing else, which a . or ) could make an ordered list item, else 0.
func digitsLine(b []byte) int {
	n := 0
	for n < len(b) && ascii.IsDigit(b[len(b)-1-n]) {
		n++
	}
	if n < len(b) && b[len(b)-1-n] != '\n' {
		return 0
	}
	return n
}

// only reports whether s holds nothing but spaces, tabs and b, or with b
// 0, nothing but the bytes of a table delimiter row.
func only(s string, b byte) bool {
	for i := range len(s) {
		switch ch := s[i]; {
		case isHTMLSpace(ch) || ch == b:
		case b == 0 && (ch == '|' || ch == '-' || ch == ':'):
		default:
			return false
		}
	}
	return true
}

// entityAt reports whether s, what follows an &, would make it an entity
// or numeric character reference.
func entityAt(s string) bool {
	i, limit, digit := 0, 32, isASCIIAlnum
	if strings.HasPrefix(s, "#x") || strings.HasPrefix(s, "#X") {
		i, limit, digit = 2, 8, isHexDigit
	} else if strings.HasPrefix(s, "#") {
		i, limit, digit = 1, 8, ascii.IsDigit
	}
	start := i
	for i < len(s) && i-start < limit && digit(s[i]) {
		i++
	}
	return i > start && i < len(s) && s[i] == ';'
}

// edgeSpace returns where the white space that starts s ends (start) or
// that ends s starts, and whether it holds Unicode white space, such as a
// no-break space, beside HTML's.
func edgeSpace(s string, start bool) (int, bool) {
	i, wide, edge := len(s), false, len(s)-1
	if start {
		i, edge = 0, 0
	}
	if len(s) > 0 && s[edge] < utf8.RuneSelf && !isHTMLSpace(s[edge]) {
		return i, false // most texts: no white space at the edge
	}
	for {
		var r rune
		var size int
		switch {
		case start && i < len(s):
			r, size = rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
		case !start && i > 0:
			r, size = rune(s[i-1]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeLastRuneInString(s[:i])
			}
		default:
			return i, wide
		}
		if r < utf8.RuneSelf && !isHTMLSpace(byte(r)) || r >= utf8.RuneSelf && !unicode.IsSpace(r) {
			return i, wide
		}
		wide = wide || r >= utf8.RuneSelf
		if !start {
			size = -size
		}
		i += size
	}
}

// isTextSpace reports whether r is white space where text is written:
// HTML's, or Unicode's such as a no-break space.
func isTextSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return isHTMLSpace(byte(r))
	}
	return unicode.IsSpace(r)
}

// isBlank reports whether s holds white space only (see isTextSpace).
func isBlank(s string) bool {
	n, _ := edgeSpace(s, true)
	return n == len(s)
}

// spaceRun notes white space that holds Unicode white space, written as it
// is, HTML's folded, before the next content, and not at all if none
// follows.
func (c *mdConverter) spaceRun(s string) {
	for i := 0; i < len(s); {
		if isHTMLSpace(s[i]) {
			if n := len(c.pendLit); n == 0 || c.pendLit[n-1] != ' ' {
				c.pendLit = append(c.pendLit, ' ')
			}
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		c.pendLit = append(c.pendLit, s[i:i+size]...)
		i += size
	}
}

// space notes white space in the text, written only if content follows.
func (c *mdConverter) space(newline bool) {
	switch {
	case c.pendBreaks > 0:
	case newline && !c.oneLine:
		c.pendWS = '\n'
	case c.pendWS == 0:
		c.pendWS = ' '
	}
}

// flushPending writes the white space and opening delimiters that wait for
// the content about to be written.
func (c *mdConverter) flushPending() { c.flushPendingBefore(0) }

// flushPendingBefore is flushPending before Markdown syntax that starts
// with next (0 for text), which must not run into a URL before it (see
// endBareURL).
func (c *mdConverter) flushPendingBefore(next byte) {
	c.flushSpace()
	if len(c.pendOpen) > 0 {
		next = c.pendOpen[0]
	}
	if next != 0 {
		c.endBareURL(next)
	}
	c.inl = append(c.inl, c.pendOpen...)
	c.pendOpen = c.pendOpen[:0]
}

// flushPendingRaw is flushPending before raw HTML, which must not start a
// line, where CommonMark could read it as the start of an HTML block: line
// breaks become <br> tags and line ends spaces.
func (c *mdConverter) flushPendingRaw() {
	c.rawBreaks()
	if c.pendWS == '\n' {
		c.pendWS = ' '
	}
	c.flushPending()
}

// rawBreaks writes the hard line breaks that wait as <br> tags.
func (c *mdConverter) rawBreaks() {
	for ; c.pendBreaks > 0; c.pendBreaks-- {
		c.inl = append(c.inl, "<br>"...)
	}
}

// flushSpace writes the white space or line breaks that wait, unless at
// the start of the content or of a line. Two line breaks or more end the
// paragraph where nothing written is open around them and not in a
// heading: a blank line, not lines of a lone backslash; with WithRawHTML
// they stay <br> tags, as do line breaks in a heading or table cell.
func (c *mdConverter) flushSpace() {
	if n := len(c.inl); n > 0 {
		switch {
		case c.pendBreaks > 0 && c.cfg.RawHTML && (c.oneLine || c.pendBreaks > 1):
			c.rawBreaks()
			if !c.oneLine {
				c.inl = append(c.inl, '\n')
			}
		case c.pendBreaks > 1 && !c.oneLine && !c.setext && c.onlyPendingOpen():
			c.splitParagraph()
		case c.pendBreaks > 0:
			for range c.pendBreaks {
				if c.inl[len(c.inl)-1] == '\\' {
					// After an escaped backslash, goldmark misreads a
					// backslash break; two spaces break the line too.
					c.inl = append(c.inl, ' ', ' ', '\n')
					continue
				}
				c.inl = append(c.inl, '\\', '\n')
			}
		case c.pendWS == '\n' && c.cfg.RawHTML && c.lineStartsRaw():
			c.inl = append(c.inl, ' ') // a line of a tag alone would be an HTML block
		case c.pendWS != 0 && c.inl[n-1] != '\n':
			c.inl = append(c.inl, c.pendWS)
		}
	} else if c.cfg.RawHTML && !c.oneLine {
		c.rawBreaks() // which Markdown has none for at the start of a paragraph
	}
	c.pendWS, c.pendBreaks = 0, 0
	c.inl = append(c.inl, c.pendLit...)
	c.pendLit = c.pendLit[:0]
}

// onlyPendingOpen reports whether every emphasis and link open around the
// content still waits to write its opening delimiter.
func (c *mdConverter) onlyPendingOpen() bool {
	n := c.inLink
	for _, d := range c.delims {
		n += d.count
	}
	return len(c.pendOpen) == n
}

// splitParagraph ends the paragraph at line breaks that wait; the opening
// delimiters and the Unicode white space that wait go on to the next.
func (c *mdConverter) splitParagraph() {
	open, lit := c.pendOpen, c.pendLit
	c.pendBreaks = 0
	c.endParagraph()
	c.pendOpen, c.pendLit = open, lit
}

// lineStartsRaw reports whether the line being written starts with raw
// HTML.
func (c *mdConverter) lineStartsRaw() bool {
	i := bytes.LastIndexByte(c.inl, '\n') + 1
	return i < len(c.inl) && c.inl[i] == '<'
}

// appendDestination appends a link destination: bare, or in <> where it
// has spaces or unbalanced parentheses.
func appendDestination(dst []byte, u string) []byte {
	depth, angle := 0, false
	for i := 0; i < len(u) && !angle; i++ {
		switch ch := u[i]; {
		case ch <= ' ' || ch == '<' || ch == '>' || ch == 0x7f:
			angle = true
		case ch == '(':
			depth++
		case ch == ')':
			depth--
			angle = depth < 0
		}
	}
	angle = angle || depth != 0 || u == "" // () cannot take a title
	if angle {
		dst = append(dst, '<')
	}
	for i := range len(u) {
		switch ch := u[i]; {
		case ch == '\n':
			dst = append(dst, "%0A"...)
		case ch == '\r':
			dst = append(dst, "%0D"...)
		case ch == '\\' || angle && (ch == '<' || ch == '>') || ch == '&' && entityAt(u[i+1:]):
			dst = append(dst, '\\', ch)
		default:
			dst = append(dst, ch)
		}
	}
	if angle {
		dst = append(dst, '>')
	}
	return dst
}

// appendTitle appends a link title in double quotes.
func appendTitle(dst []byte, t string) []byte {
	dst = append(dst, ' ', '"')
	for i := range len(t) {
		switch ch := t[i]; {
		case ch == '"' || ch == '\\' || ch == '&' && entityAt(t[i+1:]):
			dst = append(dst, '\\', ch)
		case ch == '\n':
			dst = append(dst, "&#10;"...)
		case ch == '\r':
			dst = append(dst, "&#13;"...)
		default:
			dst = append(dst, ch)
		}
	}
	return append(dst, '"')
}

// isAutolink reports whether link n can be written as <href>: its text is
// its absolute URI, or the address of its mailto: URI.
func isAutolink(n *html.Node, href string) bool {
	t := n.FirstChild
	if t == nil || t != n.LastChild || t.Type != html.TextNode || strings.ContainsAny(t.Data, "&\\") {
		return false
	}
	if t.Data == href {
		return isAbsoluteURI(href)
	}
	return href == "mailto:"+t.Data && isEmail(t.Data)
}

// isAbsoluteURI reports whether s is what a CommonMark URI autolink holds.
func isAbsoluteURI(s string) bool {
	scheme, rest, ok := strings.Cut(s, ":")
	if !ok || len(scheme) < 2 || len(scheme) > 32 || !ascii.IsLetter(scheme[0]) {
		return false
	}
	for i := range len(scheme) {
		if ch := scheme[i]; !isASCIIAlnum(ch) && ch != '+' && ch != '.' && ch != '-' {
			return false
		}
	}
	for i := range len(rest) {
		if ch := rest[i]; ch <= ' ' || ch == '<' || ch == '>' || ch == 0x7f {
			return false
		}
	}
	return true
}

// isEmail reports whether s is what a CommonMark email autolink holds.
func isEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || domain == "" {
		return false
	}
	for i := range len(local) {
		if ch := local[i]; !isASCIIAlnum(ch) && strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", ch) < 0 {
			return false
		}
	}
	for label := range strings.SplitSeq(domain, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := range len(label) {
			if ch := label[i]; !isASCIIAlnum(ch) && ch != '-' {
				return false
			}
		}
	}
	return true
}

// canOpen reports whether delimiter d between prev and first opens.
func canOpen(d byte, prev, first rune) bool {
	left := leftFlanking(prev, first)
	if d == '_' {
		return left && (!rightFlanking(prev, first) || isPunct(prev))
	}
	return left
}

// canClose reports whether delimiter d between last and next closes.
func canClose(d byte, last, next rune) bool {
	right := rightFlanking(last, next)
	if d == '_' {
		return right && (!leftFlanking(last, next) || isPunct(next))
	}
	return right
}

func leftFlanking(before, after rune) bool {
	return !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before))
}

func rightFlanking(before, after rune) bool {
	return !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after))
}

// isSpace reports whether r is white space (or nothing) as goldmark reads
// it beside a delimiter.
func isSpace(r rune) bool { return r == 0 || unicode.IsSpace(r) }
func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// htmlSpace is the white space of HTML.
const htmlSpace = " \t\n\r\f"

func isHTMLSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
}
func isASCIIPunct(r rune) bool {
	return r < utf8.RuneSelf && r > ' ' && r != 0x7f && !isASCIIAlnum(byte(r))
}
func isASCIIAlnum(b byte) bool { return ascii.IsLetter(b) || ascii.IsDigit(b) }
func isHexDigit(b byte) bool   { return ascii.IsDigit(b) || b|0x20 >= 'a' && b|0x20 <= 'f' }

package main

import (
	"github.com/articlekit/article/internal/element"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/articlekit/article/internal/htmltree"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A fact is one thing a reader sees in a page: a heading, an emphasis, a
// link to a target, an image, a list item, a quote, a code span or block, a
// table cell, a paragraph, a line of a paragraph broken by <br>, a rule.
// A converter keeps a case's structure when every fact of the case's HTML
// is among the facts of its Markdown read back.
type fact struct {
	kind string // "h1".."h6", "em", "strong", "del", "code", "pre", "a", "img", "li", "blockquote", "cell", "block", "line", "hr"
	key  string // the link or image target, or the containers around a block fact
	text string // the visible text, white space folded (kept as is in "pre")
}

// score is what a case's HTML and a converter's rendering of it show.
type score struct {
	facts []fact
	words []string // every visible word, in order
}

// result is how much of a case a converter kept.
type result struct {
	facts, factsKept int
	lost             []fact // the facts not kept, for -v
	textKept         bool
}

// judge compares the case's HTML, want, with the HTML the Markdown reading
// renders from a converter's output, got.
func judge(want, got score) result {
	r := result{facts: len(want.facts), textKept: isSubsequence(want.words, got.words)}
	left := slices.Clone(got.facts)
	for _, f := range want.facts {
		if i := slices.Index(left, f); i >= 0 {
			left = slices.Delete(left, i, i+1)
			r.factsKept++
		} else {
			r.lost = append(r.lost, f)
		}
	}
	return r
}

// isSubsequence reports whether every word of want appears in got in the
// same order: words a converter adds (a link's URL written out, a marker)
// lose nothing, a word dropped or changed (a visible backslash, two words
// run together) does.
func isSubsequence(want, got []string) bool {
	i := 0
	for _, w := range got {
		if i < len(want) && want[i] == w {
			i++
		}
	}
	return i == len(want)
}

// scoreHTML reads the facts and words of an HTML fragment.
func scoreHTML(src string) score {
	root, err := htmltree.Parse(src)
	if err != nil {
		return score{}
	}
	s := &scanner{}
	s.children(root)
	s.boundary()
	var facts []fact
	for i, f := range s.facts {
		if m := s.meta[i]; m.opens && m.closes {
			facts = append(facts, f)
		}
	}
	return score{facts: facts, words: strings.Fields(s.text.String())}
}

// A collector gathers the text of one fact while the scanner is inside its
// element. An inline fact is cut into one piece a block, as Markdown writes
// a link around blocks as a link in each.
type collector struct {
	fact
	text   strings.Builder
	inline bool
	hasImg bool // a link around an image is a fact with no text
	paused bool // a link inside this link is open (rule 3)
	pre    int  // the scanner's pre when the collector opened
	lists  int  // the scanner's lists when the collector opened

	// The edges of an emphasis, for rule 8: the character before it (a
	// space at the start of a block or where the emphasis starts with
	// white space) and the first and last characters of its Markdown.
	before, first, last rune
	trailingSpace       bool // the emphasis ends in white space, which goes outside it
	start, startInk     int  // the scanner's pos and ink when the piece started
}

// factMeta is what the scanner knows of an emitted fact for rules 5 and 8.
type factMeta struct {
	opens, closes bool // rule 8: its delimiters can open and close
	last          rune
	raw           string // the unfolded text, to merge an adjacent piece into
	end, endInk   int
}

// scanner walks a tree once, turning elements into facts. The rules below
// leave out what Markdown cannot express, so that no converter is counted
// short for it, and count once what a reader sees as one; each names the
// part of the walk that applies it:
//
//  1. Block content in table cells and headings (flat): a GFM cell and a
//     heading are one line, so blocks, list items, <br> and nested tables
//     inside them are only the spaces between their words, and no fact.
//  2. Emphasis, links and images inside code (code): a code span or block
//     holds only text, so the elements inside it are only their text; code
//     around a <pre> is the code block.
//  3. A link inside a link (outerLinks): Markdown cannot nest links, so the
//     outer link is cut where the inner starts and goes on after it.
//  4. Padded colspan cells: a cell is a fact by its text, and a converter's
//     extra empty cells are facts the HTML does not ask for, which cost
//     nothing. For the same reason a header row is no fact of its own: GFM
//     writes a table's first row as its header.
//  5. Emphasis inside the same emphasis (<b><b>x</b></b>) shows as one, and
//     is one fact (collectorOf); so are runs of the same emphasis, code or
//     link side by side, and bold or italic runs with only white space
//     between them, as no reader sees whether a space is bold (emit).
//  6. What no reader sees is no fact and no word: the elements the library
//     holds hidden (internal/element), elements marked hidden, comments, the
//     alt text of images (a fact of the image, not a word), links and
//     images with no target or one the reading drops (javascript:,
//     vbscript:, file:, data: but raster images).
//  7. The containers of a block fact are only block quotes and list items,
//     not tables: a caption stands outside the table in Markdown. A block
//     inside a list but in no item is no fact: Markdown lists hold items.
//     An item's text is its own, without the lists nested in it, as
//     Markdown nests a list that stands in a list in the item before it,
//     which a browser shows the same.
//  8. An emphasis or strikethrough whose delimiters CommonMark cannot open
//     or close where it stands is no fact: one that starts with
//     punctuation, code or an image right after a letter or digit, or ends
//     so right before one (before<em>.middle</em>after).
//  9. Two <br> in a row end a paragraph (lineBreak): a paragraph cannot
//     hold an empty line, and a new paragraph shows the same gap.
type scanner struct {
	facts []fact
	meta  []factMeta
	last  map[fact]int // the last inline fact of a kind and key, for rule 5
	text  strings.Builder
	open  []*collector
	ctx   []string // the block quotes, lists and items around the walk
	block strings.Builder
	lines []string // the lines of the current block, when a <br> broke it
	flat  int      // inside a table cell or heading (rule 1)
	code  int      // inside code (rule 2)
	pre   int      // inside <pre>, where white space is text
	lists int      // lists open around the walk
	pos   int      // bytes of text written
	ink   int      // pos after the last character that is no white space
	pends []int    // emphases waiting for the character after them (rule 8)
}

// inlineKinds names the inline elements that are facts; <kbd>, <samp> and
// <tt> show as code.
var inlineKinds = map[atom.Atom]string{
	atom.Em: "em", atom.I: "em", atom.Strong: "strong", atom.B: "strong",
	atom.Del: "del", atom.S: "del", atom.Strike: "del", atom.A: "a",
	atom.Code: "code", atom.Kbd: "code", atom.Samp: "code", atom.Tt: "code",
}

func (s *scanner) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.node(c)
	}
}

func (s *scanner) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		s.write(n.Data)
	case html.ElementNode:
		if element.Of(n.DataAtom) == element.Hidden || hasAttr(n, "hidden") {
			return
		}
		s.element(n)
	}
}

// write adds visible text to the block and to every open fact.
func (s *scanner) write(t string) {
	if t == "" {
		return
	}
	if s.pre == 0 {
		t = strings.ReplaceAll(t, "\u00a0", " ")
	}
	first, _ := utf8.DecodeRuneInString(t)
	s.resolve(first)
	s.text.WriteString(t)
	s.block.WriteString(t)
	for i, c := range s.open {
		if c.paused || c.kind == "code" && s.pre > c.pre || c.kind == "li" && s.lists > c.lists {
			continue // rules 3, 2 (code around a <pre>) and 7 (an item's own text)
		}
		c.text.WriteString(t)
		s.edges(c, t, slices.ContainsFunc(s.open[i+1:], func(o *collector) bool { return o.kind == "code" }))
	}
	s.pos += len(t)
	if strings.TrimSpace(t) != "" {
		s.ink = s.pos - (len(t) - len(strings.TrimRightFunc(t, unicode.IsSpace)))
	}
}

// edges notes the first and last characters of an emphasis's Markdown as t
// is written into it; inCode: t is inside code, whose Markdown starts and
// ends with a backtick. White space at an edge goes outside the delimiter.
func (s *scanner) edges(c *collector, t string, inCode bool) {
	trimmed := strings.TrimSpace(t)
	if trimmed == "" {
		if c.first == 0 {
			c.before = ' '
		} else {
			c.trailingSpace = true
		}
		return
	}
	first, _ := utf8.DecodeRuneInString(trimmed)
	last := lastRune(trimmed)
	if inCode {
		first, last = '`', '`'
	}
	if c.first == 0 {
		if trimmed[0] != t[0] {
			c.before = ' '
		}
		c.first = first
	}
	c.last = last
	c.trailingSpace = trimmed[len(trimmed)-1] != t[len(t)-1]
}

func (s *scanner) element(n *html.Node) {
	a := n.DataAtom
	switch {
	case a == atom.Br:
		s.lineBreak()
		return
	case a == atom.Img:
		s.image(n)
		return
	case a == atom.Hr:
		s.boundary()
		if s.flat == 0 {
			s.emit(fact{kind: "hr", key: s.key()}, nil)
		}
		return
	case (s.pre > 0 || s.flat > 0) && isBlock(a):
		// Rules 1 and 2: only the text, a block's edges a space outside <pre>.
		edge := " "
		if s.pre > 0 {
			edge = ""
		}
		s.write(edge)
		s.children(n)
		s.write(edge)
		return
	case s.code > 0 && !isBlock(a):
		s.children(n) // rule 2
		return
	}
	c := s.collectorOf(n)
	if isBlock(a) {
		s.boundary()
	}
	outer := s.outerLinks(c)
	if c != nil {
		s.start(c)
		s.open = append(s.open, c)
	}
	s.enter(a)
	s.children(n)
	if isBlock(a) {
		s.boundary()
	}
	s.leave(a)
	if c != nil {
		s.open = slices.DeleteFunc(s.open, func(o *collector) bool { return o == c })
		s.close(c)
	}
	for _, o := range outer {
		o.paused = false
		s.start(o)
	}
}

// outerLinks cuts and pauses the open links around c when c is a link
// (rule 3), and returns them.
func (s *scanner) outerLinks(c *collector) []*collector {
	if c == nil || c.kind != "a" {
		return nil
	}
	var outer []*collector
	for _, o := range s.open {
		if o.kind == "a" && !o.paused {
			s.cut(o)
			o.paused = true
			outer = append(outer, o)
		}
	}
	return outer
}

// start begins a collector's piece where the walk stands.
func (s *scanner) start(c *collector) {
	c.before = lastRune(s.block.String())
	c.first, c.last, c.trailingSpace = 0, 0, false
	c.start, c.startInk = s.pos, s.ink
	c.pre, c.lists = s.pre, s.lists
}

// enter and leave keep the state that the elements around the walk set.
func (s *scanner) enter(a atom.Atom) {
	switch a {
	case atom.Blockquote, atom.Ol, atom.Ul, atom.Li:
		s.ctx = append(s.ctx, a.String())
		if a == atom.Ol || a == atom.Ul {
			s.lists++
		}
	case atom.Td, atom.Th, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		s.flat++
	case atom.Pre:
		s.code++
		s.pre++
	default:
		if inlineKinds[a] == "code" {
			s.code++
		}
	}
}

func (s *scanner) leave(a atom.Atom) {
	switch a {
	case atom.Blockquote, atom.Ol, atom.Ul, atom.Li:
		s.ctx = s.ctx[:len(s.ctx)-1]
		if a == atom.Ol || a == atom.Ul {
			s.lists--
		}
	case atom.Td, atom.Th, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		s.flat--
		s.block.Reset() // a cell or heading is a fact of its own, no block
		s.lines = nil
		s.boundary() // the inline facts around it end at it too
	case atom.Pre:
		s.code--
		s.pre--
	default:
		if inlineKinds[a] == "code" {
			s.code--
		}
	}
}

// collectorOf returns the collector of the fact n is, or nil.
func (s *scanner) collectorOf(n *html.Node) *collector {
	a := n.DataAtom
	if kind, ok := inlineKinds[a]; ok {
		if s.inside(kind) && kind != "a" { // rule 5
			return nil
		}
		c := &collector{fact: fact{kind: kind}, inline: true}
		if a == atom.A {
			href, ok := attr(n, "href")
			if !ok || dropped(href, false) {
				return nil
			}
			c.key = normalURL(href)
		}
		return c
	}
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return &collector{fact: fact{kind: a.String(), key: s.key()}}
	case atom.Td, atom.Th:
		return &collector{fact: fact{kind: "cell"}}
	case atom.Pre:
		return &collector{fact: fact{kind: "pre", key: s.key()}}
	case atom.Blockquote:
		return &collector{fact: fact{kind: "blockquote", key: s.key()}}
	case atom.Li:
		if p := n.Parent; p != nil && (p.DataAtom == atom.Ul || p.DataAtom == atom.Ol) {
			return &collector{fact: fact{kind: "li", key: s.key()}}
		}
	}
	return nil
}

// inside reports whether a fact of kind is open.
func (s *scanner) inside(kind string) bool {
	return slices.ContainsFunc(s.open, func(c *collector) bool { return c.kind == kind })
}

// image makes an image with a source a fact; its alt text is no word.
func (s *scanner) image(n *html.Node) {
	src, ok := attr(n, "src")
	if !ok || strings.TrimSpace(src) == "" || dropped(src, true) || s.code > 0 {
		return
	}
	alt, _ := attr(n, "alt")
	s.resolve('!')
	s.emit(fact{kind: "img", key: normalURL(src), text: fold(alt)}, nil)
	for _, c := range s.open {
		c.hasImg = true
		if c.first == 0 {
			c.first = '!'
		}
		c.last, c.trailingSpace = ')', false
	}
	s.ink = s.pos
}

// lineBreak breaks the current block into lines; in a cell or heading
// (rule 1) and in <pre> it is only white space.
func (s *scanner) lineBreak() {
	if s.pre > 0 {
		s.write("\n")
		return
	}
	s.write(" ")
	if s.flat > 0 || s.code > 0 {
		return
	}
	line := s.takeBlock()
	if line == "" && len(s.lines) > 0 {
		s.boundary() // rule 9: an empty line ends a paragraph
		return
	}
	s.lines = append(s.lines, line)
}

// takeBlock returns the folded text of the block so far and empties it.
func (s *scanner) takeBlock() string {
	t := fold(s.block.String())
	s.block.Reset()
	return t
}

// boundary ends a block: the block and its lines become facts, and the
// open inline facts are cut there. In a cell or heading it is a space.
func (s *scanner) boundary() {
	if s.flat > 0 {
		s.write(" ")
		return
	}
	s.resolve(' ')
	s.text.WriteString(" ")
	for _, c := range s.open {
		if !c.inline && c.kind != "pre" {
			c.text.WriteString(" ")
		}
	}
	lines := append(s.lines, s.takeBlock())
	s.lines = nil
	if n := len(s.ctx); n == 0 || s.ctx[n-1] == "li" || s.ctx[n-1] == "blockquote" { // rule 7
		if whole := fold(strings.Join(lines, " ")); whole != "" {
			s.emit(fact{kind: "block", key: s.key(), text: whole}, nil)
		}
		if nonEmpty(lines) > 1 {
			for _, l := range lines {
				if l != "" {
					s.emit(fact{kind: "line", key: s.key(), text: l}, nil)
				}
			}
		}
	}
	for _, c := range s.open {
		if c.inline {
			s.cut(c)
			s.start(c)
		}
	}
	s.last = nil // no run goes on past a block
}

// cut emits the piece of an inline fact written so far.
func (s *scanner) cut(c *collector) {
	if t := c.text.String(); strings.TrimSpace(t) != "" || c.hasImg {
		s.emit(fact{kind: c.kind, key: c.key, text: fold(t)}, c)
	}
	c.text.Reset()
	c.hasImg = false
}

// close emits the fact of a collector when its element ends.
func (s *scanner) close(c *collector) {
	if c.inline {
		s.cut(c)
		return
	}
	t := c.text.String()
	if c.kind == "pre" {
		t = strings.TrimRight(t, "\n")
	} else {
		t = fold(t)
	}
	if t != "" || c.kind == "cell" {
		s.emit(fact{kind: c.kind, key: c.key, text: t}, nil)
	}
}

// emit adds a fact; c is the collector of an inline one, which joins the
// run of its kind and key that ends where it starts (rule 5), and, for an
// emphasis, waits for the character after it (rule 8).
func (s *scanner) emit(f fact, c *collector) {
	if c == nil {
		s.facts = append(s.facts, f)
		s.meta = append(s.meta, factMeta{opens: true, closes: true})
		return
	}
	run := fact{kind: f.kind, key: f.key}
	emphasis := f.kind == "em" || f.kind == "strong" || f.kind == "del"
	raw := c.text.String()
	if i, ok := s.last[run]; ok {
		m := &s.meta[i]
		spaced := (f.kind == "em" || f.kind == "strong") && m.endInk == c.startInk
		if m.end == c.start || spaced {
			if m.end != c.start {
				raw = " " + raw
			}
			m.raw += raw
			s.facts[i].text = fold(m.raw)
			s.finish(i, c, emphasis)
			return
		}
	}
	s.facts = append(s.facts, f)
	opens := !emphasis || flanks(c.first, c.before)
	s.meta = append(s.meta, factMeta{opens: opens, closes: true, raw: raw})
	if s.last == nil {
		s.last = map[fact]int{}
	}
	s.last[run] = len(s.facts) - 1
	s.finish(len(s.facts)-1, c, emphasis)
}

// finish notes where an inline fact's run ends now.
func (s *scanner) finish(i int, c *collector, emphasis bool) {
	m := &s.meta[i]
	m.end, m.endInk = s.pos, s.ink
	if !emphasis {
		return
	}
	m.last, m.closes = c.last, true
	if c.trailingSpace {
		m.closes = flanks(c.last, ' ')
		return
	}
	s.pends = append(s.pends, i)
}

// resolve judges the emphases waiting for the character after them, next.
func (s *scanner) resolve(next rune) {
	for _, i := range s.pends {
		s.meta[i].closes = flanks(s.meta[i].last, next)
	}
	s.pends = s.pends[:0]
}

// flanks reports whether a delimiter run beside edge, the first or last
// character inside an emphasis, with other, the character outside it, can
// open or close there: CommonMark's left- and right-flanking rule for *,
// which GFM's ~ follows.
func flanks(edge, other rune) bool {
	if edge == 0 || unicode.IsSpace(edge) {
		return edge == 0
	}
	return !isPunct(edge) || other == 0 || unicode.IsSpace(other) || isPunct(other)
}

// isPunct is CommonMark's Unicode punctuation: P and S categories.
func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func lastRune(t string) rune {
	r, _ := utf8.DecodeLastRuneInString(t)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// key names the block quotes and lists around a block fact (rule 7).
func (s *scanner) key() string {
	var b strings.Builder
	for _, c := range s.ctx {
		if c != "li" {
			b.WriteString(c + ">")
		}
	}
	return b.String()
}

func nonEmpty(lines []string) int {
	n := 0
	for _, l := range lines {
		if l != "" {
			n++
		}
	}
	return n
}

// fold folds white space to one space and trims it.
func fold(t string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(t, "\u00a0", " ")), " ")
}

// normalURL is a target with its percent escapes decoded, as converters
// and the reading escape different characters of the same URL.
func normalURL(u string) string {
	u = strings.TrimSpace(u)
	if d, err := url.PathUnescape(u); err == nil {
		return d
	}
	return u
}

// dropped reports whether the Markdown reading drops a link's or, with
// image, an image's target (goldmark's IsDangerousURL).
func dropped(target string, image bool) bool {
	t := strings.ToLower(strings.TrimSpace(target))
	if image {
		for _, ok := range []string{"data:image/png;", "data:image/gif;", "data:image/jpeg;", "data:image/webp;"} {
			if strings.HasPrefix(t, ok) {
				return false
			}
		}
	}
	scheme, _, ok := strings.Cut(t, ":")
	return ok && (scheme == "javascript" || scheme == "vbscript" || scheme == "file" || scheme == "data")
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasAttr(n *html.Node, key string) bool {
	_, ok := attr(n, key)
	return ok
}

// isBlock reports whether a browser shows a as a block by default.
func isBlock(a atom.Atom) bool { return element.Of(a) == element.Block }

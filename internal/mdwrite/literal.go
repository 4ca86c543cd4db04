package mdwrite

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Text keeps its * _ ~ [ ] and < unescaped unless CommonMark would read
// them as syntax where they stand: "(see [1])", "~20%" and "foo_bar_" need
// no backslash. A delimiter character that can only open emphasis is
// syntax only if something later closes it, so it is written as it is and
// remembered (lits); a character that could close one of them, or emphasis
// open around it, is escaped, and a delimiter run of emphasis written
// later escapes them after the fact (escapeLiterals). A [ is syntax only if
// its ] is followed by ( or :, where the ] is escaped. Link text is a
// scope of its own: CommonMark pairs the delimiters inside it among
// themselves.

// textScope is what enterScope saves of the scope around link text.
type textScope struct {
	litFrom, brackets int
	balanced          bool
}

// enterScope starts the scope of link text or an image description;
// balanced says its [ and ] pair with each other and need no backslash.
func (c *mdConverter) enterScope(balanced bool) textScope {
	s := textScope{c.litFrom, c.brackets, c.balanced}
	c.litFrom, c.brackets, c.balanced = len(c.lits), 0, balanced
	return s
}

// leaveScope ends the scope enterScope started.
func (c *mdConverter) leaveScope(s textScope) {
	c.lits = c.lits[:c.litFrom]
	c.litFrom, c.brackets, c.balanced = s.litFrom, s.brackets, s.balanced
}

// escapeLiterals puts a backslash before the literal ch that wait
// unescaped in the scope, before a delimiter run of ch that could pair
// with them is written.
func (c *mdConverter) escapeLiterals(ch byte) {
	for i := len(c.lits) - 1; i >= c.litFrom; i-- {
		if p := c.lits[i]; c.inl[p] == ch {
			c.lits = slices.Delete(c.lits, i, i+1)
			c.insert(p, '\\')
		}
	}
}

// Ways to write a character of text.
const (
	escNone      = 0
	escBackslash = '\\'
	escReference = '&' // a character reference, where a backslash would not do
)

// escapeOf returns how to write s[j:k], characters of the text of node
// (nil: an image description) that textClass marks special: one, or a run
// of * _ or ~.
func (c *mdConverter) escapeOf(s string, j, k int, node *html.Node) byte {
	switch ch := s[j]; ch {
	case '*', '_', '~':
		return c.delimEscape(s, j, k, node)
	case '[':
		// [x] starting a paragraph is a task list item's checkbox to GFM.
		if c.inLink > 0 && !c.balanced || c.inLink == 0 && len(c.inl) == 0 && c.inItem() && isCheckbox(s[j:]) {
			return escBackslash
		}
		return escNone
	case ']':
		switch {
		case c.inLink > 0:
			if !c.balanced {
				return escBackslash
			}
		case c.brackets > 0 && c.anyAfter(s, j, node, func(r rune) bool { return r == '(' || r == ':' }):
			return escBackslash // [x](y) would be a link, [x]: y a definition
		}
		return escNone
	}
	if c.needsEscape(s, j, node, false) || j+1 >= c.textEnd && c.needsEscape(s, j, node, true) {
		return escBackslash
	}
	return escNone
}

// anyAfter reports whether the character after s[j] is one f accepts, with
// the emphasis after the text taken either way (see after).
func (c *mdConverter) anyAfter(s string, j int, node *html.Node, f func(rune) bool) bool {
	return f(c.after(s, j, node, false)) || j+1 >= c.textEnd && f(c.after(s, j, node, true))
}

// delimEscape is escapeOf for a run of * _ or ~, s[j:k], which CommonMark
// reads as one. The run is escaped where it would close a literal that
// waits or emphasis open around it, and where it stands beside the same
// character; beside a strikethrough delimiter a ~ is a character
// reference, as goldmark takes no ~~ next to a ~, escaped or not. A run of
// three ~ or more is no delimiter to goldmark.
func (c *mdConverter) delimEscape(s string, j, k int, node *html.Node) byte {
	ch := s[j]
	if ch == '~' && !c.cfg.Strikethrough {
		return escNone
	}
	prev, same := c.before(s, j), func(r rune) bool { return r == rune(ch) }
	switch {
	case same(prev) && j > c.textStart: // the rest of a run split by a line start escape
		return escBackslash
	case same(prev) || c.anyAfter(s, k-1, node, same):
		if ch == '~' {
			return escReference
		}
		return escBackslash
	case ch == '~' && k-j > 2:
		return escNone
	case c.anyAfter(s, k-1, node, func(next rune) bool { return canClose(ch, prev, next) }) &&
		(c.openLiteral(ch) || slices.ContainsFunc(c.delims, func(d delim) bool { return d.ch == ch })):
		return escBackslash // it would close one of them
	}
	return escNone
}

// opens reports whether s[j:k], a run of * _ or ~ written as it is, could
// open emphasis, and so must be remembered (see lits).
func (c *mdConverter) opens(s string, j, k int, node *html.Node) bool {
	prev := c.before(s, j)
	return c.anyAfter(s, k-1, node, func(next rune) bool { return canOpen(s[j], prev, next) })
}

// openLiteral reports whether a literal ch that could open waits unescaped
// in the scope.
func (c *mdConverter) openLiteral(ch byte) bool {
	for _, p := range c.lits[c.litFrom:] {
		if c.inl[p] == ch {
			return true
		}
	}
	return false
}

// balancedText reports whether the brackets in the text of link n pair
// with each other, and none is followed by ( or :, so that CommonMark
// reads them as text of the link.
func balancedText(n *html.Node) bool {
	depth, prev := 0, byte(0)
	for s := range contentText(n) {
		for i := range len(s) {
			switch ch := s[i]; {
			case prev == ']' && (ch == '(' || ch == ':'):
				return false
			case ch == '[':
				depth++
			case ch == ']':
				if depth--; depth < 0 {
					return false
				}
			}
			prev = s[i]
		}
	}
	return depth == 0
}

// isCheckbox reports whether s starts as GFM's task list checkbox: [ ], [x]
// or [X].
func isCheckbox(s string) bool {
	return len(s) >= 3 && s[0] == '[' && strings.IndexByte(" \txX", s[1]) >= 0 && s[2] == ']'
}

// inItem reports whether the paragraph being gathered starts a list item.
func (c *mdConverter) inItem() bool {
	t := c.top()
	return !t.begun && t.first != "" && t.first[0] != '>'
}

package safehtml

import (
	"strconv"
	"strings"
)

// cssCode are the pieces of CSS, in the form normalCSS gives them, that
// fetch a URL or run code: url() and image loads, IE's expression() and
// behaviors, Firefox's XBL bindings, imports and script URLs.
var cssCode = []string{
	"url(", "image-set(", "expression(", "javascript:", "vbscript:",
	"-moz-binding", "behavior:", "behaviour:", "@import",
}

// cssRunsCode reports whether the style sheet or declarations css hold
// any of cssCode once escapes, comments and white space are undone.
func cssRunsCode(css string) bool {
	norm := normalCSS(css)
	for _, code := range cssCode {
		if strings.Contains(norm, code) {
			return true
		}
	}
	return false
}

// normalCSS decodes CSS escapes ("\75 rl(" is "url("), drops comments,
// white space and control characters, and lowercases css, so that
// spelling tricks don't hide what it does.
func normalCSS(css string) string {
	var b strings.Builder
	for i := 0; i < len(css); i++ {
		switch c := css[i]; {
		case c == '/' && i+1 < len(css) && css[i+1] == '*':
			end := strings.Index(css[i+2:], "*/")
			if end < 0 {
				i = len(css)
			} else {
				i += 2 + end + 1
			}
		case c == '\\' && i+1 < len(css):
			r, n := cssEscape(css[i+1:])
			b.WriteRune(r)
			i += n
		case c <= ' ' || c == 0x7f:
		default:
			b.WriteByte(c)
		}
	}
	return strings.ToLower(b.String())
}

// cssEscape decodes the escape that follows a backslash at the start of s
// and returns the character and how many bytes of s it took.
func cssEscape(s string) (rune, int) {
	n := 0
	for n < len(s) && n < 6 && isHex(s[n]) {
		n++
	}
	if n == 0 {
		return rune(s[0]), 1 // "\(" is "(": the character itself
	}
	v, _ := strconv.ParseUint(s[:n], 16, 32)
	if n < len(s) && (s[n] == ' ' || s[n] == '\t' || s[n] == '\n' || s[n] == '\r' || s[n] == '\f') {
		n++ // one white space ends a hex escape
	}
	return rune(v), n
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f'
}

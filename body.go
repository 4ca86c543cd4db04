package article

import (
	"bytes"
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"
)

// fenceFormats are the info strings of a fence that wraps a whole body, and
// the format of what it wraps.
var fenceFormats = map[string]Format{
	"html": HTML, "markdown": Markdown, "md": Markdown, "text": Text, "txt": Text, "plain": Text,
}

// parseBody reads the body that follows the front matter: a body wrapped in
// a fence such as ```html is unwrapped, with any text after the closing
// fence kept at its end; a body that begins with an HTML element is HTML;
// anything else is Markdown. Blank lines before the body and white space
// after it are not part of it.
func parseBody(src []byte) (string, Format) {
	src = trimBlankLines(src)
	if inner, format, ok := unfence(src); ok {
		return inner, format
	}
	if startsWithElement(src) {
		return string(src), HTML
	}
	return string(src), Markdown
}

// trimBlankLines drops the blank lines before the text and the white space
// after it.
func trimBlankLines(src []byte) []byte {
	src = bytes.TrimRightFunc(src, unicode.IsSpace)
	for len(src) > 0 {
		end := lineEnd(src, 0)
		if len(bytes.TrimSpace(src[:end])) > 0 {
			break
		}
		src = src[min(end+1, len(src)):]
	}
	return src
}

// unfence unwraps a body whose first line opens a fence (``` or ~~~, three
// or more) with one of fenceFormats' info strings. The fence closes, as in
// CommonMark, at the first line of at least as many of the same character.
func unfence(src []byte) (string, Format, bool) {
	end := lineEnd(src, 0)
	first := src[:end]
	n := fenceRun(first)
	if n == 0 {
		return "", "", false
	}
	format, ok := fenceFormats[strings.ToLower(string(bytes.TrimSpace(first[n:])))]
	if !ok || end == len(src) {
		return "", "", false
	}
	start := end + 1
	for pos := start; pos < len(src); {
		e := lineEnd(src, pos)
		line := src[pos:e]
		if k := fenceRun(line); k >= n && line[0] == first[0] && len(bytes.TrimSpace(line[k:])) == 0 {
			inner := src[start:max(start, pos-1)]
			if rest := trimBlankLines(src[min(e+1, len(src)):]); len(rest) > 0 {
				// Text after the fence is kept, not lost; the one
				// concatenation copies each part once.
				return string(inner) + "\n" + string(rest), format, true
			}
			return string(inner), format, true
		}
		pos = e + 1
	}
	return "", "", false
}

// fenceRun returns the length of the run of backticks or tildes that opens
// line, or 0 if it is shorter than three.
func fenceRun(line []byte) int {
	if len(line) == 0 || (line[0] != '`' && line[0] != '~') {
		return 0
	}
	n := 1
	for n < len(line) && line[n] == line[0] {
		n++
	}
	if n < 3 {
		return 0
	}
	return n
}

// startsWithElement reports whether src begins, after white space and
// comments, with the start tag of an HTML element: a known tag name or a
// custom element's dashed name. Markdown autolinks such as
// <https://example.com> do not count.
func startsWithElement(src []byte) bool {
	for {
		src = bytes.TrimLeft(src, " \t\r\n\f")
		rest, ok := bytes.CutPrefix(src, []byte("<!--"))
		if !ok {
			break
		}
		end := bytes.Index(rest, []byte("-->"))
		if end < 0 {
			return false
		}
		src = rest[end+3:]
	}
	if len(src) < 2 || src[0] != '<' {
		return false
	}
	if src[1] == '!' { // <!DOCTYPE html>
		return len(src) >= 9 && bytes.EqualFold(src[2:9], []byte("doctype"))
	}
	name := src[1:]
	n := 0
	for n < len(name) && (isASCIILetter(name[n]) || n > 0 && (name[n] == '-' || name[n] >= '0' && name[n] <= '9')) {
		n++
	}
	if n == 0 || n < len(name) && !bytes.ContainsRune([]byte(" \t\r\n\f/>"), rune(name[n])) {
		return false
	}
	return atom.Lookup(bytes.ToLower(name[:n])) != 0 || bytes.IndexByte(name[:n], '-') > 0
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// fence returns the fence WriteTo wraps body in: three backticks, or one
// more than the longest run that opens a line of the body.
func fence(body string) string {
	longest := 0
	for line := range strings.Lines(body) {
		if line != "" && line[0] == '`' {
			longest = max(longest, len(line)-len(strings.TrimLeft(line, "`")))
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}

package article

import (
	"bytes"
	"io"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/articlekit/article/internal/element"
)

// fenceFormats are the info strings of a fence that wraps a whole body, and
// the format of what it wraps.
var fenceFormats = map[string]Format{
	"html": HTML, "markdown": Markdown, "md": Markdown, "text": Text, "txt": Text, "plain": Text,
}

// bodyLayout records how a parsed body was laid out in its file where that
// differs from how WriteTo lays out a body of its format by default (HTML
// and text in a fence, Markdown bare), so that WriteTo gives the file back.
type bodyLayout uint8

const (
	defaultLayout bodyLayout = iota
	bareLayout               // HTML or text with no fence, as Hugo and Jekyll keep it
	fencedLayout             // Markdown inside a fence
)

// layoutOf returns the layout of a body of format f that came fenced or not.
func layoutOf(f Format, fenced bool) bodyLayout {
	switch {
	case fenced == (f != Markdown):
		return defaultLayout
	case fenced:
		return fencedLayout
	}
	return bareLayout
}

// parseBody reads the body that follows the front matter, in the format
// forced unless that is "":
//   - a fence (```html, ```markdown, ```text) that is the whole body is the
//     export layout: it is unwrapped, when it names the forced format;
//   - otherwise a forced format is the body as it is;
//   - otherwise a body that is HTML from start to end is HTML, and any
//     other is Markdown, whose HTML blocks are Markdown's, so that a post
//     opening with a <figure> or a ```html sample keeps its Markdown.
//
// Blank lines before the body and white space after it are not part of it.
func parseBody(src []byte, forced Format) (string, Format, bodyLayout) {
	src = trimBlankLines(src)
	if inner, format, ok := unfence(src); ok && (forced == "" || forced == format) {
		return inner, format, layoutOf(format, true)
	}
	format := forced
	if format == "" {
		format = Markdown
		if isHTML(src) {
			format = HTML
		}
	}
	return string(src), format, layoutOf(format, false)
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

// unfence unwraps a body that is one fence (``` or ~~~, three or more)
// with one of fenceFormats' info strings. The fence closes, as in
// CommonMark, at the first line of at least as many of the same character;
// with text after that, the fence is not the whole body.
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
			if len(bytes.TrimSpace(src[e:])) > 0 {
				return "", "", false
			}
			return string(src[start:max(start, pos-1)]), format, true
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

// isHTML reports whether src is HTML from start to end, as the x/net/html
// tokenizer reads it: elements, comments and a doctype, with no text
// outside the elements but white space, every tag naming an HTML element
// or a custom element, so that a Markdown autolink <https://…> is not one.
// An element is open until its end tag or its parent's; the tokenizer
// builds no tree, so a <p> left open runs to its parent's end.
func isHTML(src []byte) bool {
	if trimmed := bytes.TrimLeft(src, " \t"); len(trimmed) == 0 || trimmed[0] != '<' {
		return false // Markdown, without setting up a tokenizer
	}
	z := html.NewTokenizer(bytes.NewReader(src))
	var open []atom.Atom // the elements the next token is inside
	elements := false
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return elements && z.Err() == io.EOF
		case html.TextToken:
			if len(open) == 0 && len(bytes.TrimLeft(z.Raw(), " \t\r\n\f")) > 0 {
				return false
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == 0 && bytes.IndexByte(name, '-') <= 0 {
				return false
			}
			elements = true
			if tt == html.StartTagToken && !element.IsVoid(a) {
				open = append(open, a)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == a {
					open = open[:i]
					break
				}
			}
		}
	}
}

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

package article

import (
	"bytes"
	"errors"
	"slices"

	"github.com/articlekit/article/internal/markdown"
	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// maxMarkdownPasses bounds the passes of sanitizeMarkdown. Removing markup
// can make new Markdown appear (text that was inside a dropped HTML block
// is read as Markdown), so each pass re-reads the result; real bodies need
// one or two, and past this many the body is escaped wholesale.
const maxMarkdownPasses = 8

var errMarkdownUnsafe = errors.New("markdown body could not be made safe")

// sanitizeMarkdown makes a Markdown body safe without rendering it: raw
// HTML goes through p, and links whose URL p refuses become text. It
// returns body itself when there is nothing to change.
func sanitizeMarkdown(body string, p *bluemonday.Policy) (string, error) {
	src := []byte(body)
	for pass := range maxMarkdownPasses {
		edits, err := markdownEdits(src, p)
		if err != nil {
			return "", err
		}
		if len(edits) == 0 && pass == 0 {
			return body, nil
		}
		if len(edits) == 0 {
			return string(src), nil
		}
		src = applyEdits(src, edits)
	}
	src = escapeMarkup(src)
	if edits, err := markdownEdits(src, p); err != nil || len(edits) > 0 {
		return "", errMarkdownUnsafe
	}
	return string(src), nil
}

// edit replaces src[start:stop] with text.
type edit struct {
	start, stop int
	text        []byte
}

var backslash = []byte(`\`)

// markdownEdits reads src as every renderer of the library reads it
// (internal/markdown) and returns, in source order, the edits that make it
// safe under p.
func markdownEdits(src []byte, p *bluemonday.Policy) ([]edit, error) {
	doc, err := markdown.Parse(src)
	if err != nil {
		return nil, err
	}
	var edits []edit
	// escape escapes the first byte at or after pos that is one of chars:
	// the '[' of a link, the '<' of an autolink, the first punctuation of
	// a bare URL that would be linked.
	escape := func(pos int, chars string) {
		if i := bytes.IndexAny(src[pos:], chars); i >= 0 {
			edits = append(edits, edit{pos + i, pos + i, backslash})
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML:
			if e, ok := rewriteSegments(src, rawHTMLSegments(n), p.SanitizeBytes); ok {
				edits = append(edits, e)
			}
		case *ast.Link:
			if !allowsURL(p, "a", "href", n.Destination) {
				escape(n.Pos(), "[")
			}
		case *ast.Image:
			if !allowsURL(p, "img", "src", n.Destination) {
				escape(n.Pos(), "[")
			}
		case *ast.AutoLink:
			if !allowsURL(p, "a", "href", n.URL(src)) {
				escape(n.Pos(), autolinkBreaks)
			}
		case *ast.LinkReferenceDefinition:
			if !allowsURL(p, "a", "href", n.Destination) {
				escape(n.Pos(), "[")
			}
		}
		return ast.WalkContinue, nil
	})
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })
	return edits, nil
}

// autolinkBreaks are the bytes of which escaping the first unmakes an
// autolink: the '<' of "<…>", else the punctuation a bare URL or address
// needs to be linked ("://", "www.", "@").
const autolinkBreaks = "<:.@"

// rawHTMLSegments returns the segments of src that the raw HTML of n, an
// *ast.HTMLBlock or *ast.RawHTML, holds.
func rawHTMLSegments(n ast.Node) []text.Segment {
	if n, ok := n.(*ast.RawHTML); ok {
		return n.Segments.Sliced(0, n.Segments.Len())
	}
	segs := n.Lines().Sliced(0, n.Lines().Len())
	if b := n.(*ast.HTMLBlock); b.HasClosure() {
		segs = append(segs, b.ClosureLine)
	}
	return segs
}

// rewriteSegments rewrites the raw HTML that segs of src hold. The
// segments are its lines without the container prefixes ("> ", list
// indentation) between them; the result keeps those prefixes, line by
// line. It reports false when rewrite leaves the HTML as it is.
func rewriteSegments(src []byte, segs []text.Segment, rewrite func([]byte) []byte) (edit, bool) {
	var raw bytes.Buffer
	for _, s := range segs {
		raw.Write(s.Value(src))
	}
	clean := rewrite(raw.Bytes())
	if bytes.Equal(clean, raw.Bytes()) {
		return edit{}, false
	}
	var out bytes.Buffer
	out.Grow(len(clean) + len(segs)*4)
	i := 0
	for line := range bytes.Lines(clean) {
		if i > 0 && i < len(segs) {
			out.Write(src[segs[i-1].Stop:segs[i].Start])
		}
		out.Write(line)
		i++
	}
	return edit{segs[0].Start, segs[len(segs)-1].Stop, out.Bytes()}, true
}

// allowsURL reports whether p keeps the URL dest, as a CommonMark renderer
// would write it, in the attribute attr of the element tag.
func allowsURL(p *bluemonday.Policy, tag, attr string, dest []byte) bool {
	_, ok := policyURL(p, tag, attr, string(destinationURL(dest)))
	return ok
}

// destinationURL returns the URL a link destination stands for, its
// backslash escapes and character references read.
func destinationURL(dest []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(dest)))
}

// applyEdits returns src with the edits, which are in order and do not
// overlap, made.
func applyEdits(src []byte, edits []edit) []byte {
	out := make([]byte, 0, len(src)+len(edits))
	at := 0
	for _, e := range edits {
		out = append(out, src[at:e.start]...)
		out = append(out, e.text...)
		at = e.stop
	}
	return append(out, src[at:]...)
}

// escapeMarkup escapes every '<' and '[' that a backslash does not escape
// yet, so that no raw HTML, autolink or link is left to read.
func escapeMarkup(src []byte) []byte {
	var edits []edit
	slashes := 0
	for i, c := range src {
		if (c == '<' || c == '[') && slashes%2 == 0 {
			edits = append(edits, edit{i, i, backslash})
		}
		if c == '\\' {
			slashes++
		} else {
			slashes = 0
		}
	}
	return applyEdits(src, edits)
}

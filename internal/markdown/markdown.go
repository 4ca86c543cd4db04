// Package markdown is the one reading of Markdown bodies that every part of
// the library shares: the sanitizer judges the syntax tree Parse gives, and
// the renderers, text writer and summarizer read that same tree. One
// goldmark setup, GitHub-flavoured (tables, strikethrough, extended
// autolinks, task lists, footnotes), so that what the sanitizer sees as
// text is never read as markup elsewhere.
package markdown

import (
	"bytes"
	"io"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// newMarkdown is the goldmark setup: its instances read alike and differ
// only in how they render (rendering.go). The parser guards each
// paragraph's cost before goldmark reads its inlines (limits.go).
// Footnotes are always read, so that the sanitizer judges the tree every
// rendering shows. goldmark instances hold no state between documents, so
// they serve every goroutine; one that writes heading ids does (see
// headingIDs), and serves one Render.
func newMarkdown(c config) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.NewFootnote(extension.WithFootnoteIDPrefix(c.idPrefix))),
		goldmark.WithParserOptions(parser.WithParagraphTransformers(util.Prioritized(inlineGuard{}, 0))),
		goldmark.WithRendererOptions(c.rendererOptions()...),
	)
}

var (
	// raw renders raw HTML and every link as written.
	raw = newMarkdown(config{rawHTML: true})
	// safe leaves raw HTML out and drops javascript:, vbscript:, file: and
	// data: (but image) URLs, as goldmark does by default.
	safe = newMarkdown(config{})
)

// Parse reads src as Markdown. Its segments point into src. Input past the
// limits (limits.go) gives a *LimitError and no tree.
func Parse(src []byte) (ast.Node, error) {
	g, err := newGuard(src)
	if err != nil {
		return nil, err
	}
	pc := parser.NewContext()
	pc.Set(guardKey, g)
	doc := raw.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	if g.err != nil {
		return nil, g.err
	}
	return doc, nil
}

// Render writes the HTML of doc, read from src by Parse. With rawHTML, raw
// HTML and links of every scheme are written as they are; without, they
// are left out. The options add ids and links (rendering.go).
func Render(w io.Writer, src []byte, doc ast.Node, rawHTML bool, opts ...Option) error {
	c := config{rawHTML: rawHTML}
	for _, o := range opts {
		o(&c)
	}
	md := safe
	switch {
	case c != config{rawHTML: rawHTML}:
		md = newMarkdown(c)
	case rawHTML:
		md = raw
	}
	return md.Renderer().Render(w, src, doc)
}

// ToHTML parses src and renders it as Render does.
func ToHTML(src string, rawHTML bool, opts ...Option) (string, error) {
	b := []byte(src)
	doc, err := Parse(b)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	buf.Grow(len(b) + len(b)/4)
	if err := Render(&buf, b, doc, rawHTML, opts...); err != nil {
		return "", err
	}
	return buf.String(), nil
}

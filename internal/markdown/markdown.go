// Package markdown is the one reading of Markdown bodies that every part of
// the library shares: the sanitizer judges the syntax tree Parse gives, and
// the renderers, text writer and summarizer read that same tree. One
// goldmark setup, GitHub-flavoured (tables, strikethrough, extended
// autolinks, task lists), so that what the sanitizer sees as text is never
// read as markup elsewhere.
package markdown

import (
	"bytes"
	"io"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// newMarkdown is the goldmark setup; the two instances differ only in how
// they render. The parser guards each paragraph's cost before goldmark reads
// its inlines (limits.go). goldmark instances hold no state between
// documents, so they serve every goroutine.
func newMarkdown(render ...renderer.Option) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithParagraphTransformers(util.Prioritized(inlineGuard{}, 0))),
		goldmark.WithRendererOptions(render...),
	)
}

var (
	// raw renders raw HTML and every link as written.
	raw = newMarkdown(html.WithUnsafe())
	// safe leaves raw HTML out and drops javascript:, vbscript:, file: and
	// data: (but image) URLs, as goldmark does by default.
	safe = newMarkdown()
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
// are left out.
func Render(w io.Writer, src []byte, doc ast.Node, rawHTML bool) error {
	md := safe
	if rawHTML {
		md = raw
	}
	return md.Renderer().Render(w, src, doc)
}

// ToHTML parses src and renders it as Render does.
func ToHTML(src string, rawHTML bool) (string, error) {
	b := []byte(src)
	doc, err := Parse(b)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	buf.Grow(len(b) + len(b)/4)
	if err := Render(&buf, b, doc, rawHTML); err != nil {
		return "", err
	}
	return buf.String(), nil
}

package markdown

import (
	"strconv"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// config is how an instance renders.
type config struct {
	rawHTML       bool
	headingIDs    bool
	footnoteLinks bool
	idPrefix      string // HTML-escaped
}

// Option adds to how Render writes HTML.
type Option func(*config)

// WithHeadingIDs sets whether each heading gets an id made of its text
// (ASCII letters and digits, lower-cased, and "-" for white space, as
// goldmark makes them; "heading" when there are none), made unique in the
// document by "-1", "-2" and so on.
func WithHeadingIDs(on bool) Option { return func(c *config) { c.headingIDs = on } }

// WithFootnoteLinks sets whether footnotes are written as goldmark writes
// them, a link to the note and a link back, with ids "fn:N" and "fnref:N".
// Without, a footnote is its number as a superscript and its note an item
// of the numbered list at the end, with no ids: the same notes, and
// nothing that can clash with the ids of a page that shows several bodies.
func WithFootnoteLinks(on bool) Option { return func(c *config) { c.footnoteLinks = on } }

// WithIDPrefix sets what every id written, and every link to one, starts
// with.
func WithIDPrefix(prefix string) Option {
	return func(c *config) { c.idPrefix = string(util.EscapeHTML([]byte(prefix))) }
}

// rendererOptions returns goldmark's renderer options for c: its node
// renderers, put before goldmark's own (a lower priority number wins).
func (c config) rendererOptions() []renderer.Option {
	var opts []renderer.Option
	if c.rawHTML {
		opts = append(opts, html.WithUnsafe())
	}
	if !c.footnoteLinks {
		opts = append(opts, renderer.WithNodeRenderers(util.Prioritized(plainFootnotes{}, 100)))
	}
	if c.headingIDs {
		ids := &headingIDs{prefix: c.idPrefix, ids: parser.NewContext().IDs()}
		opts = append(opts, renderer.WithNodeRenderers(util.Prioritized(ids, 100)))
	}
	return opts
}

// headingIDs writes headings with ids. It holds the ids given so far, so
// that they are unique: an instance that has one renders one document.
type headingIDs struct {
	prefix string
	ids    parser.IDs // goldmark's, which a parser.Context holds for its own heading ids
}

func (r *headingIDs) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHeading, r.renderHeading)
}

func (r *headingIDs) renderHeading(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Heading)
	level := "0123456"[n.Level]
	if !entering {
		_, _ = w.WriteString("</h")
		_ = w.WriteByte(level)
		_, _ = w.WriteString(">\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<h")
	_ = w.WriteByte(level)
	_, _ = w.WriteString(` id="`)
	_, _ = w.WriteString(r.prefix)
	_, _ = w.Write(r.ids.Generate(n.Lines().Value(src), ast.KindHeading)) // only [a-z0-9-]: nothing to escape
	_, _ = w.WriteString(`">`)
	return ast.WalkContinue, nil
}

// plainFootnotes writes footnotes without links or ids: the reference as
// its number in <sup>, the notes as a numbered list at the end, in the
// order of their numbers (extension.NewFootnoteASTTransformer).
type plainFootnotes struct{}

func (plainFootnotes) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindFootnoteLink, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString("<sup>" + strconv.Itoa(n.(*east.FootnoteLink).Index) + "</sup>")
		}
		return ast.WalkContinue, nil
	})
	reg.Register(east.KindFootnoteBacklink, func(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
		return ast.WalkContinue, nil
	})
	reg.Register(east.KindFootnote, enclose("<li>\n", "</li>\n"))
	reg.Register(east.KindFootnoteList, enclose("<hr>\n<ol>\n", "</ol>\n"))
}

// enclose returns a function that renders a node between open and close.
func enclose(open, close string) renderer.NodeRendererFunc {
	return func(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(open)
		} else {
			_, _ = w.WriteString(close)
		}
		return ast.WalkContinue, nil
	}
}

package summary

import (
	"bytes"

	"github.com/articlekit/article/internal/markdown"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// extractMarkdown reads a Markdown body from goldmark's syntax tree: the
// text of its blocks, headings with their level (ATX # lines and Setext
// underlines alike), code as code, raw HTML through the HTML tokenizer, and
// neither link destinations nor image descriptions.
func (d *textDoc) extractMarkdown(body string) error {
	src := []byte(body)
	root, err := markdown.Parse(src)
	if err != nil {
		return err
	}
	return ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock {
				d.endBlock()
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			d.beginBlock(heading, int8(n.Level))
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			d.beginBlock(code, 0)
			d.writeLines(n.Lines(), src)
		case *ast.HTMLBlock:
			d.endBlock()
			var raw bytes.Buffer
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				raw.Write(seg.Value(src))
			}
			if n.HasClosure() {
				raw.Write(n.ClosureLine.Value(src))
			}
			d.extractHTML(&raw)
		case *ast.Text:
			d.writeMarkdownText(n.Segment.Value(src), n.IsRaw())
			if n.SoftLineBreak() || n.HardLineBreak() {
				d.space = true
			}
		case *ast.String:
			d.writeMarkdownText(n.Value, n.IsRaw())
		case *ast.AutoLink:
			write(d, n.Label(src)) // the URL is the link's text, as HTML shows it
			return ast.WalkSkipChildren, nil
		case *ast.Image, *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// writeLines writes the lines of a code block.
func (d *textDoc) writeLines(lines *text.Segments, src []byte) {
	for i := range lines.Len() {
		seg := lines.At(i)
		write(d, seg.Value(src))
		d.space = true
	}
}

// writeMarkdownText writes the text of an inline node, resolving backslash
// escapes and character references unless the node is raw (code spans).
func (d *textDoc) writeMarkdownText(v []byte, raw bool) {
	if !raw && bytes.ContainsAny(v, `\&`) {
		v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
	}
	write(d, v)
}

package transform

import (
	"fmt"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/mdwrite"
)

// ToMarkdown returns a Transform that converts an HTML body to CommonMark
// (with GFM tables and strikethrough unless an option says otherwise) and
// sets Format to Markdown. Markdown and Text bodies are left alone. Text
// never turns into syntax: characters that would are escaped where they
// would matter, and only there. What Markdown cannot say is written in the
// most faithful form it has (an embedded video as a link to it, mc² for
// a superscript, a definition list as **term**: definition, a caption in
// emphasis), or its text, or kept as raw HTML with WithRawHTML(true). The
// Transform is safe for concurrent use.
func ToMarkdown(opts ...MarkdownOption) article.Transform {
	cfg := newMarkdownConfig(opts)
	return func(a *article.Article) error {
		if a == nil {
			return article.ErrNilArticle
		}
		if a.Format != article.HTML {
			return nil
		}
		root, err := a.HTMLTree()
		if err != nil {
			return fmt.Errorf("to markdown: %w", err)
		}
		a.Body, a.Format = mdwrite.Write(root, len(a.Body), &cfg.Options), article.Markdown
		return nil
	}
}

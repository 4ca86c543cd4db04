package transform

import (
	"fmt"
	"strings"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/markdown"
)

// HTMLOption configures ToHTML.
type HTMLOption func(*htmlConfig)

// htmlConfig is what the options of ToHTML set.
type htmlConfig struct {
	unsafe bool // raw HTML and dangerous links rendered as written
}

// WithUnsafeHTML sets whether raw HTML and links of any scheme are
// rendered as written. It is off by default, and they are left out, as
// goldmark does: turn it on only for trusted or sanitized Markdown (what
// article.Sanitize passes is safe to render this way), or run
// article.Sanitize on the HTML after.
func WithUnsafeHTML(on bool) HTMLOption {
	return func(c *htmlConfig) { c.unsafe = on }
}

// ToHTML returns a Transform that renders a Markdown body as HTML and sets
// Format to HTML. The body is read as every part of the library reads
// Markdown: CommonMark with GitHub's tables, strikethrough, autolinks and
// task lists (goldmark). A body past the reading's limits is an error
// (article.ErrTooComplex). HTML and Text bodies are left alone. The Transform
// is safe for concurrent use.
func ToHTML(opts ...HTMLOption) article.Transform {
	var cfg htmlConfig
	for _, o := range opts {
		o(&cfg)
	}
	return func(a *article.Article) error {
		if a == nil {
			return article.ErrNilArticle
		}
		if a.Format != article.Markdown {
			return nil
		}
		body, err := markdown.ToHTML(a.Body, cfg.unsafe)
		if err != nil {
			return fmt.Errorf("to html: %w", err)
		}
		a.Body, a.Format = strings.TrimRight(body, "\n"), article.HTML
		return nil
	}
}

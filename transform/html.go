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

// WithUnsafeHTML renders raw HTML and links of any scheme as written. By
// default they are left out, as goldmark does: use it only for trusted
// Markdown, or run article.Sanitize after.
func WithUnsafeHTML() HTMLOption {
	return func(c *htmlConfig) { c.unsafe = true }
}

// ToHTML returns a Transform that renders a Markdown body as HTML with
// goldmark (CommonMark with GFM tables, strikethrough and autolinks) and
// sets Format to HTML. HTML and Text bodies are left alone. The Transform
// is safe for concurrent use.
func ToHTML(opts ...HTMLOption) article.Transform {
	var cfg htmlConfig
	for _, o := range opts {
		o(&cfg)
	}
	return func(a *article.Article) error {
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

package transform

import (
	"bytes"
	"fmt"

	"github.com/articlekit/article"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
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

// gfm are the GitHub Flavored Markdown extensions ToHTML renders.
var gfm = goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify)

// Goldmark instances hold no state between conversions: one of each serves
// every ToHTML transform, concurrently.
var (
	safeMarkdown   = goldmark.New(gfm)
	unsafeMarkdown = goldmark.New(gfm, goldmark.WithRendererOptions(html.WithUnsafe()))
)

// ToHTML returns a Transform that renders a Markdown body as HTML with
// goldmark (CommonMark with GFM tables, strikethrough and autolinks) and
// sets Format to HTML. HTML and Text bodies are left alone. The Transform
// is safe for concurrent use.
func ToHTML(opts ...HTMLOption) article.Transform {
	var cfg htmlConfig
	for _, o := range opts {
		o(&cfg)
	}
	md := safeMarkdown
	if cfg.unsafe {
		md = unsafeMarkdown
	}
	return func(a *article.Article) error {
		if a == nil {
			return article.ErrNilArticle
		}
		if a.Format != article.Markdown {
			return nil
		}
		var buf bytes.Buffer
		buf.Grow(len(a.Body) + len(a.Body)/4)
		if err := md.Convert([]byte(a.Body), &buf); err != nil {
			return fmt.Errorf("transform: to html: %w", err)
		}
		a.Body, a.Format = string(bytes.TrimRight(buf.Bytes(), "\n")), article.HTML
		return nil
	}
}

package transform

import (
	"fmt"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/htmltext"
	"github.com/articlekit/article/internal/markdown"
)

// TextOption changes how ToText writes plain text.
type TextOption func(*htmltext.Options)

// WithLinkURLs writes a link as "text (url)" rather than its text alone.
// Links within the page (#…), javascript: links and links whose text is
// their URL keep their text alone.
func WithLinkURLs() TextOption { return func(o *htmltext.Options) { o.LinkURLs = true } }

// ToText returns a Transform that turns the body into plain text and sets
// Format to Text: headings and paragraphs separated by blank lines, list
// items as "- " or "1. " with nested lists indented, quotations indented,
// table rows as cells separated by " | ", images as their alt text,
// entities decoded and preformatted text kept as it is. Scripts, styles,
// templates, frames and SVG are left out. A Markdown body is rendered with
// goldmark (GitHub-flavoured) first; a Text body is left as it is.
func ToText(opts ...TextOption) article.Transform {
	var o htmltext.Options
	for _, opt := range opts {
		opt(&o)
	}
	return func(a *article.Article) error {
		if a == nil {
			return article.ErrNilArticle
		}
		src := a.Body
		switch a.Format {
		case article.Text:
			return nil
		case article.HTML:
		case article.Markdown:
			var err error
			if src, err = markdown.ToHTML(src); err != nil {
				return fmt.Errorf("to text: %w", err)
			}
		default:
			return fmt.Errorf("to text: unknown format %q", a.Format)
		}
		text, err := htmltext.Text(src, o)
		if err != nil {
			return fmt.Errorf("to text: %w", err)
		}
		a.Body, a.Format = text, article.Text
		return nil
	}
}

package transform

import (
	"fmt"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/htmltext"
)

// TextOption changes how ToText writes plain text.
type TextOption func(*textConfig)

// textConfig is what the options of ToText set.
type textConfig struct{ htmltext.Options }

// WithLinkURLs sets whether a link is written as "text (url)" rather than
// its text alone; it is off by default. Links within the page (#…),
// javascript: links and links whose text is their URL keep their text
// alone.
func WithLinkURLs(on bool) TextOption { return func(c *textConfig) { c.LinkURLs = on } }

// ToText returns a Transform that turns the body into plain text and sets
// Format to Text: headings and paragraphs separated by blank lines, list
// items as "- " or "1. " with nested lists indented, quotations indented,
// table rows as cells separated by " | ", images as their alt text,
// entities decoded and preformatted text kept as it is. Scripts, styles,
// templates, frames and SVG are left out. A Markdown body is rendered with
// goldmark (GitHub-flavoured) first; a Text body is left as it is.
func ToText(opts ...TextOption) article.Transform {
	var c textConfig
	apply(&c, opts)
	return func(a *article.Article) error {
		if a == nil {
			return article.ErrNilArticle
		}
		if a.Format == article.Text {
			return nil
		}
		root, err := a.HTMLTree()
		if err != nil {
			return fmt.Errorf("to text: %w", err)
		}
		a.Body, a.Format = htmltext.Text(root, len(a.Body), c.Options), article.Text
		return nil
	}
}

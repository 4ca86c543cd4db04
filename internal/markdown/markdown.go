// Package markdown renders Markdown bodies to HTML for the packages that
// need HTML out of them (plain text, feeds), with one goldmark setup.
package markdown

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// converter is GitHub-flavoured: tables, strikethrough, autolinks and task
// lists. Raw HTML is kept, because an HTML body goes to feeds as it is too
// and the text pass drops scripts; sanitizing is article.Sanitize's job.
// goldmark instances are safe for concurrent use.
var converter = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithRendererOptions(html.WithUnsafe()),
)

// ToHTML renders the Markdown src as an HTML fragment.
func ToHTML(src string) (string, error) {
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/4)
	if err := converter.Convert([]byte(src), &buf); err != nil {
		return "", err
	}
	return buf.String(), nil
}

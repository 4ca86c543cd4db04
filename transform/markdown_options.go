package transform

import "github.com/articlekit/article/internal/mdwrite"

// MarkdownOption configures ToMarkdown.
type MarkdownOption func(*markdownConfig)

// markdownConfig is what the options of ToMarkdown set.
type markdownConfig struct{ mdwrite.Options }

func newMarkdownConfig(opts []MarkdownOption) markdownConfig {
	c := markdownConfig{mdwrite.Options{Tables: true, Strikethrough: true}}
	apply(&c, opts)
	return c
}

// WithRawHTML keeps what Markdown cannot say (spans with attributes,
// superscripts, iframes, comments, definition lists, ...) as raw HTML in the
// Markdown instead of writing what stands in for it or its text, the
// default. Such Markdown needs a renderer that lets raw HTML through,
// ToHTML(WithUnsafeHTML(true)).
func WithRawHTML(keep bool) MarkdownOption {
	return func(c *markdownConfig) { c.RawHTML = keep }
}

// WithTables writes tables as GFM pipe tables (the default) or, with false,
// keeps them as HTML: pipe tables cannot hold blocks or spanning cells.
func WithTables(pipe bool) MarkdownOption {
	return func(c *markdownConfig) { c.Tables = pipe }
}

// WithStrikethrough writes <del>, <s> and <strike> as GFM ~~strikethrough~~
// (the default) or, with false, as their text (or raw HTML with
// WithRawHTML), for renderers without the extension.
func WithStrikethrough(on bool) MarkdownOption {
	return func(c *markdownConfig) { c.Strikethrough = on }
}

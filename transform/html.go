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
	unsafe bool              // raw HTML and dangerous links rendered as written
	render []markdown.Option // ids and footnote links
}

// WithUnsafeHTML sets whether raw HTML and links of any scheme are
// rendered as written. It is off by default, and they are left out, as
// goldmark does: turn it on only for trusted or sanitized Markdown (what
// article.Sanitize passes is safe to render this way), or run
// article.Sanitize on the HTML after.
func WithUnsafeHTML(on bool) HTMLOption {
	return func(c *htmlConfig) { c.unsafe = on }
}

// WithHeadingIDs sets whether each heading gets an id made of its text, for
// links to it ("## Why it matters" gets id="why-it-matters"): ASCII letters
// and digits lower-cased and "-" for white space, "heading" when there are
// none, made unique in the body by "-1", "-2" and so on. Off by default.
// On a page, ids share one namespace with the page's own and its scripts'
// (DOM clobbering): give them a prefix with WithIDPrefix.
func WithHeadingIDs(on bool) HTMLOption {
	return func(c *htmlConfig) { c.render = append(c.render, markdown.WithHeadingIDs(on)) }
}

// WithFootnoteLinks sets whether GFM footnotes ("text[^1]" and a "[^1]:
// note" line) link to their notes and back, as GitHub shows them, with
// ids "fn:1" and "fnref:1". Footnotes are read either way, as Sanitize
// reads them; off, the default, a reference shows as its number in <sup>
// and the notes as a numbered list at the end, with no ids to clash with
// those of the page or of other articles shown with it.
func WithFootnoteLinks(on bool) HTMLOption {
	return func(c *htmlConfig) { c.render = append(c.render, markdown.WithFootnoteLinks(on)) }
}

// WithIDPrefix sets what every id that WithHeadingIDs and WithFootnoteLinks
// write starts with, and so every link to one: such as "user-content-", as
// GitHub does, or an article's slug where a page shows several.
func WithIDPrefix(prefix string) HTMLOption {
	return func(c *htmlConfig) { c.render = append(c.render, markdown.WithIDPrefix(prefix)) }
}

// ToHTML returns a Transform that renders a Markdown body as HTML and sets
// Format to HTML. The body is read as every part of the library reads
// Markdown: CommonMark with GitHub's tables, strikethrough, autolinks, task
// lists and footnotes (goldmark). A body past the reading's limits is an error
// (article.ErrTooComplex). HTML and Text bodies are left alone. The Transform
// is safe for concurrent use.
func ToHTML(opts ...HTMLOption) article.Transform {
	var cfg htmlConfig
	apply(&cfg, opts)
	return func(a *article.Article) error {
		if a == nil {
			return article.ErrNilArticle
		}
		if a.Format != article.Markdown {
			return nil
		}
		body, err := markdown.ToHTML(a.Body, cfg.unsafe, cfg.render...)
		if err != nil {
			return fmt.Errorf("to html: %w", err)
		}
		a.Body, a.Format = strings.TrimRight(body, "\n"), article.HTML
		return nil
	}
}

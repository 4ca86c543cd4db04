// Package transform holds the transforms that read or rewrite an
// article.Article's body:
//
//   - Summarize fills a.Summary (word count, reading time, excerpt, key
//     sentences, outline) without changing the body;
//   - ToMarkdown turns an HTML body into CommonMark with GitHub's tables and
//     strikethrough;
//   - ToHTML renders a Markdown body as HTML;
//   - ToText turns any body into plain text.
//
// Every transform reads a body the same way: HTML with golang.org/x/net/html
// and Markdown through the one Markdown reading that article.Sanitize judges
// too, so the same body gives the same words, sentences and headings in each.
//
// Each transform is an article.Transform, so they compose with
// article.Chain and are safe to run concurrently on different articles:
//
//	t := article.Chain(article.Sanitize(nil), transform.Summarize(transform.WithSentences(2)), transform.ToMarkdown())
//	err := t(a)
package transform

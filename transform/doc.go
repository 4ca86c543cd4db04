// Package transform holds the transforms that read or rewrite an
// article.Article's body: Summarize fills a.Summary (word count, reading
// time, excerpt, key sentences, outline) from an HTML, Markdown or text
// body without changing it.
//
// Each transform is an article.Transform, so they compose with
// article.Chain and are safe to run concurrently on different articles:
//
//	t := article.Chain(article.Sanitize(nil), transform.Summarize(transform.WithSentences(2)))
//	err := t(a)
package transform

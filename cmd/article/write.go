package main

import (
	"bytes"
	"fmt"

	"github.com/articlekit/article"
)

// writeArticles writes every article of a.srcs, parsed with opts, back as
// an article file on standard output, in the syntax it came in. When more
// than one file can come (several paths, or a folder) each starts with a
// "==> path <==" line, as head(1) does, so that they can be told apart.
func (a *app) writeArticles(opts ...article.Option) error {
	headers := len(a.srcs) > 1 || a.srcs[0].folder
	return a.each(opts, func(art *article.Article) error {
		b, ok := a.marshal(art)
		if !ok {
			return nil
		}
		if headers {
			if _, err := fmt.Fprintf(a.stdout, "==> %s <==\n", printable(art.Path)); err != nil {
				return err
			}
		}
		_, err := a.stdout.Write(b)
		return err
	})
}

// marshal returns the file that art.WriteTo writes, or reports the
// article as a problem when it cannot be written (a date out of range).
func (a *app) marshal(art *article.Article) ([]byte, bool) {
	var buf bytes.Buffer
	if _, err := art.WriteTo(&buf); err != nil {
		a.problem(err)
		return nil, false
	}
	return buf.Bytes(), true
}

package mdwrite

import (
	"testing"

	"github.com/articlekit/article/internal/htmltree"
	"github.com/stretchr/testify/require"
)

// option changes the Options of a conversion, as transform.ToMarkdown's
// options do.
type option func(*Options)

// rawHTML keeps what Markdown cannot say as raw HTML.
func rawHTML(keep bool) option { return func(o *Options) { o.RawHTML = keep } }

// convert writes the Markdown of an HTML body with ToMarkdown's defaults
// changed by opts.
func convert(body string, opts ...option) (string, error) {
	o := Options{Tables: true, Strikethrough: true}
	for _, f := range opts {
		f(&o)
	}
	root, err := htmltree.Parse(body)
	if err != nil {
		return "", err
	}
	return Write(root, len(body), &o), nil
}

// toMarkdown is convert for bodies that must convert.
func toMarkdown(t testing.TB, body string, opts ...option) string {
	t.Helper()
	md, err := convert(body, opts...)
	require.NoError(t, err)
	return md
}

package transform_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

func TestNilArticle(t *testing.T) {
	tests := []struct {
		name string
		t    article.Transform
	}{
		{"Summarize", transform.Summarize()},
		{"ToMarkdown", transform.ToMarkdown()},
		{"ToText", transform.ToText()},
		{"ToHTML", transform.ToHTML()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = tc.t(nil) })
			assert.ErrorIs(t, err, article.ErrNilArticle)
		})
	}
}

// TestNilOptions: a nil option is skipped, as article.Parse skips one.
func TestNilOptions(t *testing.T) {
	a := &article.Article{Title: "T", Format: article.HTML, Body: "<h2>Head</h2><p>One sentence here.</p>"}
	for name, tr := range map[string]article.Transform{
		"Summarize":  transform.Summarize(nil, transform.WithSentences(1)),
		"ToMarkdown": transform.ToMarkdown(nil),
		"ToText":     transform.ToText(nil),
		"ToHTML":     transform.ToHTML(nil),
	} {
		t.Run(name, func(t *testing.T) {
			require.NotPanics(t, func() { assert.NoError(t, tr(a.Clone())) })
		})
	}
}

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

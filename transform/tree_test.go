package transform

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/htmltree"
)

// TestTransformsParseABodyOnce: the transforms that read an HTML body's
// tree share the one the article keeps, whether they run in one chain or
// apart, and a changed body is parsed anew.
func TestTransformsParseABodyOnce(t *testing.T) {
	for name, last := range map[string]article.Transform{"ToMarkdown": ToMarkdown(), "ToText": ToText()} {
		t.Run(name, func(t *testing.T) {
			a := &article.Article{Body: "<h2>Head</h2><p>One sentence. Two.</p>", Format: article.HTML}
			before := htmltree.Parses.Load()
			require.NoError(t, Summarize()(a))
			require.NoError(t, Summarize()(a))
			require.NoError(t, last(a))
			assert.Equal(t, int64(1), htmltree.Parses.Load()-before)
		})
	}
	a := &article.Article{Body: "<p>one</p>", Format: article.HTML}
	first, err := a.HTMLTree()
	require.NoError(t, err)
	a.Body = "<p>two</p>"
	second, err := a.HTMLTree()
	require.NoError(t, err)
	assert.NotSame(t, first, second)
	assert.Equal(t, "two", second.FirstChild.FirstChild.Data)
}

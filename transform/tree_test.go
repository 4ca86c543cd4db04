package transform

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/htmltree"
)

// TestTransformsParseABodyOnce: the transforms that read a body's tree
// share the one the article keeps, whether they run in one chain or apart,
// and a changed body or format is parsed anew.
func TestTransformsParseABodyOnce(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    article.Article
		last article.Transform
	}{
		{"HTML to Markdown", article.Article{Body: "<h2>Head</h2><p>One sentence. Two.</p>", Format: article.HTML}, ToMarkdown()},
		{"HTML to text", article.Article{Body: "<h2>Head</h2><p>One sentence. Two.</p>", Format: article.HTML}, ToText()},
		{"Markdown to text", article.Article{Body: "## Head\n\nOne sentence. Two.", Format: article.Markdown}, ToText()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := htmltree.Parses.Load()
			require.NoError(t, Summarize()(&tc.a))
			require.NoError(t, Summarize()(&tc.a))
			require.NoError(t, tc.last(&tc.a))
			assert.Equal(t, int64(1), htmltree.Parses.Load()-before)
		})
	}
	md := &article.Article{Body: "<p>x</p>", Format: article.Markdown}
	asMarkdown, err := md.HTMLTree()
	require.NoError(t, err)
	md.Format = article.HTML
	asHTML, err := md.HTMLTree()
	require.NoError(t, err)
	assert.NotSame(t, asMarkdown, asHTML)
	_, err = (&article.Article{Body: "x", Format: article.Text}).HTMLTree()
	assert.Error(t, err)

	a := &article.Article{Body: "<p>one</p>", Format: article.HTML}
	first, err := a.HTMLTree()
	require.NoError(t, err)
	a.Body = "<p>two</p>"
	second, err := a.HTMLTree()
	require.NoError(t, err)
	assert.NotSame(t, first, second)
	assert.Equal(t, "two", second.FirstChild.FirstChild.Data)
}

package feed_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
)

func TestNilArticle(t *testing.T) {
	require.NotPanics(t, func() { assert.Equal(t, "item", feed.Slug(nil)) })
	var buf bytes.Buffer
	err := feed.Write(&buf, feed.RSS, testChannel, []*article.Article{{Title: "A", Format: article.HTML}, nil})
	assert.ErrorIs(t, err, article.ErrNilArticle)
	assert.ErrorContains(t, err, "item 1")
	_, err = feed.NewsArticle(nil, testChannel)
	assert.ErrorIs(t, err, article.ErrNilArticle)
}

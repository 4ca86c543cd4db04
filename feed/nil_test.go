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

// TestNilSeq: a nil sequence is an empty feed, as a nil slice is.
func TestNilSeq(t *testing.T) {
	var buf bytes.Buffer
	require.NotPanics(t, func() { require.NoError(t, feed.WriteSeq(&buf, feed.RSS, testChannel, nil)) })
	var empty bytes.Buffer
	require.NoError(t, feed.Write(&empty, feed.RSS, testChannel, nil))
	assert.Equal(t, empty.String(), buf.String())
}

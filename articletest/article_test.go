package articletest

import (
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestArticleRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := Article().Draw(t, "article")
		out, err := a.MarshalText()
		require.NoError(t, err)
		b, err := article.Parse(strings.NewReader(string(out)))
		require.NoError(t, err, "%s", out)
		require.Empty(t, Diff(a, b), "%s", out)
	})
}

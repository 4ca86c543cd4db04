package article_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/articlekit/article"
)

// requireRoundTrip checks the round-trip law on src: if Parse accepts it,
// what WriteTo writes reads back to an equal article.
func requireRoundTrip(t require.TestingT, src string) {
	a, err := article.Parse(strings.NewReader(src))
	if err != nil {
		require.IsType(t, &article.Error{}, err)
		return
	}
	out, err := a.MarshalText()
	require.NoError(t, err, "read from:\n%s", src)
	b, err := article.Parse(strings.NewReader(string(out)))
	require.NoError(t, err, "written:\n%s", out)
	require.Equal(t, a, b, "read from:\n%s\nwritten:\n%s", src, out)
}

// caseKeys are typed fields' keys and aliases in several cases, and
// caseValues values that fit some of them and not others.
var (
	caseKeys = []string{
		"title", "Title", "TITLE", "description", "Description", "summary", "Summary", "SUMMARY", "excerpt",
		"publishedOn", "PublishedOn", "publishDate", "date", "Date", "DATE", "pubDate",
		"image", "Image", "images", "Images", "draft", "Draft", "DRAFT",
	}
	caseValues = []string{
		"x", "[1]", "[a.png]", "[a.png, b.png]", "2025-01-01", "2016-08-02 10:21:00 -0700", "soon", "yes",
		"{a: 1}", "null", `""`,
	}
)

// TestKeysInAnyCaseRoundTrip: whichever of a field's keys in other cases
// fills it, reading what WriteTo writes fills it from the same key.
func TestKeysInAnyCaseRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		keys := rapid.SliceOfNDistinct(rapid.SampledFrom(caseKeys), 1, 8, rapid.ID[string]).Draw(t, "keys")
		var src strings.Builder
		src.WriteString("---\n")
		for _, k := range keys {
			src.WriteString(k + ": " + rapid.SampledFrom(caseValues).Draw(t, k) + "\n")
		}
		src.WriteString("---\n")
		requireRoundTrip(t, src.String())
	})
}

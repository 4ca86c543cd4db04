package article_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
)

// FuzzParse checks that no input panics or hangs Parse, and that whatever
// Parse accepts, WriteTo writes and Parse reads back to the same article.
// It is seeded with tricky variants and the package's fuzz seeds: the
// seed article, generated corpus files and articletest's files.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"+++\ntitle = \"T\"\npublishedOn = 2025-02-14\ntags = [\"a\"]\n+++\n\n<p>x</p>\n",
		";;;\n{\"title\": \"T\", \"n\": 3, \"f\": 0.5}\n;;;\nbody\n",
		"{\"title\": \"T\"}\n\n# Heading\n",
		"\uFEFF---\r\ntitle: T\r\n---\r\n```html\r\n<p>a</p>\r\n```\r\n",
		"---\ntitle: T\nnote: |\n  a\n  ---\n  b\ndate: 2016-08-02 10:21:00 -0700\n...\nbody",
		"---\nimages: [a.png]\nlastmod: Feb 14, 2025\nx: {a: [1, 2.0, null]}\n---\n",
		"---\ntitle: [1, 2]\n---\n",
		"---\ntitle: T\n",
		"```html\n<p>a</p>\n```\ntrailing",
		"<https://example.com>",
	} {
		f.Add(s)
	}
	files, _ := fuzzSeeds(f)
	for _, s := range files {
		f.Add(s)
	}
	f.Fuzz(checkParse)
}

// checkParse checks that Parse refuses src with an *article.Error, or
// accepts it and reads back what WriteTo writes of it as the same article.
func checkParse(t *testing.T, src string) {
	a, err := article.Parse(strings.NewReader(src))
	if err != nil {
		require.IsType(t, &article.Error{}, err)
		return
	}
	if hasNaN(a.Extra) {
		return // NaN is never equal to itself
	}
	out, err := a.MarshalText()
	require.NoError(t, err)
	b, err := article.Parse(strings.NewReader(string(out)))
	require.NoError(t, err, "written:\n%s", out)
	require.Equal(t, a, b, "written:\n%s", out)
}

func hasNaN(v any) bool {
	switch v := v.(type) {
	case float64:
		return v != v
	case map[string]any:
		for _, e := range v {
			if hasNaN(e) {
				return true
			}
		}
	case []any:
		for _, e := range v {
			if hasNaN(e) {
				return true
			}
		}
	}
	return false
}

package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzParse checks that no input panics or hangs Parse, and that whatever
// Parse accepts, WriteTo writes and Parse reads back to the same article.
// It is seeded with the seed, tricky variants and generated corpus files.
func FuzzParse(f *testing.F) {
	seed, err := os.ReadFile(seedPath)
	require.NoError(f, err)
	f.Add(string(seed))
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
	for _, mix := range []string{"mixed", "hostile"} {
		if dir, err := generateCorpus(f, 20, "--mix", mix); err == nil {
			files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
			for _, name := range files {
				data, err := os.ReadFile(name)
				require.NoError(f, err)
				f.Add(string(data))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		a, err := Parse(strings.NewReader(src))
		if err != nil {
			require.IsType(t, &Error{}, err)
			return
		}
		if hasNaN(a.Extra) {
			return // NaN is never equal to itself
		}
		out, err := a.MarshalText()
		require.NoError(t, err)
		b, err := Parse(strings.NewReader(string(out)))
		require.NoError(t, err, "written:\n%s", out)
		require.Equal(t, a, b, "written:\n%s", out)
	})
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

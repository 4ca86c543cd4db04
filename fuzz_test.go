package article_test

import (
	"strings"
	"testing"

	"github.com/adrg/frontmatter"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

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
		// Bodies whose format the content decides: HTML from start to end,
		// Markdown opening with an element or a sample, a fence with text after it.
		"---\ntitle: T\n---\n<figure><img src=\"/a.png\"></figure>\n\nThis is **bold**.\n",
		"---\ntitle: T\n---\n```html\n<button onclick=\"x()\">b</button>\n```\n\nProse.\n",
		"---\ntitle: T\n---\n<!-- c -->\n<ul><li>a<li>b</ul>\n<p>c",
		"````markdown\n<p>x</p>\n````\n",
		"\uFEFF\uFEFF---\ntitle: T\n---\nx",
		"\xFF\xFE-\x00-\x00-\x00\n\x00t\x00:\x00 \x00\xE9\x00\n\x00-\x00-\x00-\x00\n\x00", // UTF-16LE "---\nt: é\n---\n"
		// Keys in another case, binary data, nested merges.
		"---\nTitle: [1]\nTITLE: x\nsummary: [1]\nSummary: b\ndate: soon\nDate: 2025-01-01\n---\n",
		"---\nb: !!binary /w==\nc: !!binary aGVsbG8=\n---\n",
		"---\nbase: &base {a: 1}\nmid: &mid {<<: *base, b: 2}\n<<: *mid\n---\n",
		// Dates: zone names, offsets a machine's zone may share, edge years.
		"---\ndate: Mon, 02 Jan 2006 15:04:05 PST\nupdated: Mon, 02 Jan 2006 15:04:05 CEST\n---\n",
		"---\nx: 2006-01-02T15:04:05+00:00\ny: 2006-07-02T15:04:05+02:00\nz: 2006-01-02T15:04:05-08:00\n---\n",
		"+++\npublishedOn = 2006-01-02T15:04:05+01:00\nx = 2006-01-02T15:04:05+00:00\n+++\n",
		"---\npublishedOn: 9999-12-31T23:00:00-05:00\nx: 0000-01-01T00:30:00+01:00\n---\n",
	} {
		f.Add(s)
	}
	files, _ := fuzzSeeds(f)
	for _, s := range files {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { requireRoundTrip(t, src) })
}

// FuzzParseWithFormats checks the same of a format of the caller's (YAML
// in an HTML comment) beside the built-in ones, and that DecodeFrontMatter
// takes whatever Parse accepts.
func FuzzParseWithFormats(f *testing.F) {
	for _, s := range []string{
		"<!--\ntitle: T\ntags: [a, b]\ndate: 2024-01-02\n-->\n\nBody.\n",
		"<!--\ntitle: [\n-->\n",
		"<!--\ntitle: T\n",
		"<!--\nx: {a: [1, 2.5, null]}\nauthor: Ann\n-->\n---\nbody\n",
		"<!--\n-->\n",
		"---\ntitle: T\n---\n<!--\nx: 1\n-->\n",
	} {
		f.Add(s)
	}
	comment := article.WithFormats(frontmatter.NewFormat("<!--", "-->", yaml.Unmarshal))
	f.Fuzz(func(t *testing.T, src string) {
		requireRoundTrip(t, src, comment)
		if a, err := article.Parse(strings.NewReader(src), comment); err == nil {
			var m map[string]any
			require.NoError(t, a.DecodeFrontMatter(&m))
		}
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

package article

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/adrg/frontmatter"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// TestFrontMatterBridges: for each case adrg/frontmatter's own cutting
// gets wrong, what frontmatter.Parse makes of the file, which shows the
// case is real, and what Parse makes of it.
func TestFrontMatterBridges(t *testing.T) {
	tests := []struct {
		name, src string
		title     string // Parse's
		body      string // Parse's
		err       error  // Parse's
		adrgBody  string // frontmatter.Parse's rest, "" when it returns an error
	}{
		{name: "a byte-order mark", src: "\uFEFF---\ntitle: T\n---\nbody", title: "T", body: "body",
			adrgBody: "\uFEFF---\ntitle: T\n---\nbody"},
		{name: "CRLF line ends", src: "---\r\ntitle: T\r\n---\r\nbody\r\n", title: "T", body: "body",
			adrgBody: "body\r\n"},
		{name: "... closes YAML", src: "---\ntitle: T\n...\nbody\n\n---\nmore", title: "T", body: "body\n\n---\nmore",
			adrgBody: "more"},
		{name: "an indented --- inside a block string", src: "---\ntitle: T\nnote: |\n  before\n  ---\n  after\n---\nbody", title: "T", body: "body",
			adrgBody: "  after\n---\nbody"},
		{name: "unclosed", src: "---\ntitle: T\nbody", err: ErrUnclosed,
			adrgBody: "---\ntitle: T\nbody"},
		{name: "a JSON object with the body on the next line", src: "{\n  \"title\": \"T\"\n}\nbody", title: "T", body: "body",
			adrgBody: "{\n  \"title\": \"T\"\n}\nbody"},
		{name: "a JSON object on one line", src: "{\"title\": \"T\"}\n\nbody", title: "T", body: "body",
			adrgBody: "{\"title\": \"T\"}\n\nbody"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var m map[string]any
			rest, err := frontmatter.Parse(strings.NewReader(tc.src), &m)
			if err == nil {
				assert.Equal(t, tc.adrgBody, string(rest), "frontmatter.Parse")
			}

			a, err := Parse(strings.NewReader(tc.src))
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				var e *Error
				require.ErrorAs(t, err, &e)
				assert.Equal(t, 1, e.Line)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.title, a.Title)
			assert.Equal(t, tc.body, a.Body)
		})
	}
}

// TestWithFormats: a format of the caller's, such as an HTML comment
// holding YAML, is read with its own unmarshal function, before the
// built-in ones, and written back between its delimiters.
func TestWithFormats(t *testing.T) {
	comment := frontmatter.NewFormat("<!--", "-->", yaml.Unmarshal)
	src := "<!--\ntitle: T\ndate: 2024-01-02\ntags: [a, b]\nweight: 3\n-->\n\nBody.\n"
	a, err := Parse(strings.NewReader(src), WithFormats(comment))
	require.NoError(t, err)
	assert.Equal(t, "T", a.Title)
	assert.Equal(t, day(2024, 1, 2), a.PublishedOn)
	assert.Equal(t, []string{"a", "b"}, a.Tags)
	assert.Equal(t, map[string]any{"weight": 3}, a.Extra)
	assert.Equal(t, "Body.", a.Body)

	out, err := a.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, src, string(out), "unchanged: given back as it was")

	a.Title = "U"
	out, err = a.MarshalText()
	require.NoError(t, err)
	b, err := Parse(bytes.NewReader(out), WithFormats(comment))
	require.NoError(t, err, "written:\n%s", out)
	assert.Equal(t, exported(a), exported(b), "written:\n%s", out)
	assert.True(t, strings.HasPrefix(string(out), "<!--\n"), "written:\n%s", out)

	_, err = Parse(strings.NewReader(src))
	require.NoError(t, err, "without the format, the comment is body")

	_, err = Parse(strings.NewReader("<!--\ntitle: [\n-->\n"), WithFormats(comment))
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, 2, e.Line, "the front matter's first line")

	_, err = Parse(strings.NewReader("<!--\ntitle: T\n"), WithFormats(comment))
	require.ErrorIs(t, err, ErrUnclosed)

	panics := frontmatter.NewFormat("%%%", "%%%", func([]byte, any) error { panic("boom") })
	_, err = Parse(strings.NewReader("%%%\nx\n%%%\n"), WithFormats(panics))
	require.ErrorAs(t, err, &e, "a panicking unmarshal function is an error, not a crash")
}

// TestDatesUnderSiteKeys: text under a key that fills a typed date field
// that is not a date is an *Error naming its line and key, in every syntax.
func TestDatesUnderSiteKeys(t *testing.T) {
	tests := []struct {
		name, src, key string
		line           int
	}{
		{"no such day", "---\ntitle: T\ndate: 2024-02-30\n---\n", "date", 3},
		{"a word", "---\ntitle: T\ndate: yesterday\n---\n", "date", 3},
		{"hugo lastmod", "---\nlastmod: soon\n---\n", "lastmod", 2},
		{"astro pubDate", "---\n\npubDate: 'Jul 32 2022'\n---\n", "pubDate", 3},
		{"another case", "---\nDate: 2024-13-01\n---\n", "Date", 2},
		{"toml", "+++\ntitle = 'T'\npublishDate = 'tomorrow'\n+++\n", "publishDate", 3},
		{"json", "{\n  \"title\": \"T\",\n  \"published_at\": \"later\"\n}\n", "published_at", 3},
		{"a number", "---\nupdated: 2024\n---\n", "updated", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.src))
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.line, e.Line)
			assert.Equal(t, tc.key, e.Key)
		})
	}
	t.Run("a list under date stays in Extra", func(t *testing.T) {
		a := mustParse(t, "---\ndate: [a, b]\n---\n")
		assert.Equal(t, map[string]any{"date": []any{"a", "b"}}, a.Extra)
	})
	t.Run("site keys off leave it in Extra", func(t *testing.T) {
		a := mustParse(t, "---\ndate: yesterday\n---\n", WithSiteKeys(false))
		assert.Equal(t, map[string]any{"date": "yesterday"}, a.Extra)
	})
}

// TestListFields: tags, categories and authors hold one text or a list,
// and are written back in the shape they came in while that still fits.
func TestListFields(t *testing.T) {
	tests := []struct {
		name, src string
		tags      []string
		authors   []string
		written   string // after Tags gets one more item, "" to skip
	}{
		{"lists", "---\ntags: [a, b]\nauthors: [Ann]\n---\n", []string{"a", "b"}, []string{"Ann"}, "tags:\n  - \"a\"\n  - \"b\"\n  - \"c\"\nauthors:\n  - \"Ann\"\n"},
		{"one text each", "---\ntags: a\nauthor: Ann\n---\n", []string{"a"}, []string{"Ann"}, "tags:\n  - \"a\"\n  - \"c\"\nauthor: \"Ann\"\n"},
		{"numbers are text", "---\ntags: [2024, 1.5, true]\n---\n", []string{"2024", "1.5", "true"}, nil, ""},
		{"null and empty", "---\ntags: ~\nauthors: []\n---\n", nil, nil, ""},
		{"toml", "+++\ntags = 'a'\nauthors = ['Ann', 'Bo']\n+++\n", []string{"a"}, []string{"Ann", "Bo"}, "tags = [\"a\", \"c\"]\nauthors = [\"Ann\", \"Bo\"]\n"},
		{"json", "{\"tags\": \"a\", \"author\": [\"Ann\"]}\n", []string{"a"}, []string{"Ann"}, "\"tags\": [\n    \"a\",\n    \"c\"\n  ],\n  \"author\": [\n    \"Ann\"\n  ]\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustParse(t, tc.src)
			assert.Equal(t, tc.tags, a.Tags)
			assert.Equal(t, tc.authors, a.Authors)
			assert.Nil(t, a.Extra)
			assert.Equal(t, a, roundTrip(t, a))
			if tc.written == "" {
				return
			}
			a.Tags = append(a.Tags, "c")
			out, err := a.MarshalText()
			require.NoError(t, err)
			assert.Contains(t, string(out), tc.written)
			assert.Equal(t, exported(a), exported(mustParse(t, string(out))))
		})
	}
	_, err := Parse(strings.NewReader("---\ntags: [[a]]\n---\n"))
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "tags", e.Key)
	assert.Equal(t, 2, e.Line)
}

// TestWriteToWritesOnlyWhatIsSet: an Article built in code writes the
// fields that are set, and an empty field whose key Extra would otherwise
// fill on reading.
func TestWriteToWritesOnlyWhatIsSet(t *testing.T) {
	a := &Article{Title: "T", Slug: "t", Format: Markdown, Body: "Hi.", Extra: map[string]any{"date": "2024-01-02"}}
	out, err := a.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "---\ntitle: \"T\"\npublishedOn: \"\"\nslug: \"t\"\ndate: \"2024-01-02\"\n---\n\nHi.\n", string(out))
	assert.Equal(t, exported(a), exported(mustParse(t, string(out))))

	out, err = (&Article{Format: Markdown, Body: "Just text."}).MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "\nJust text.\n", string(out), "no front matter for no fields")
	out, err = (&Article{Format: Markdown, Body: "---\nx: 1\n---"}).MarshalText()
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(out), "---\n---\n"), "an empty front matter before a body that would read as one:\n%s", out)
}

// TestDecodeFrontMatter: every key, typed or not, under its own name and
// in any syntax, decodes into the caller's struct.
func TestDecodeFrontMatter(t *testing.T) {
	type page struct {
		Title   string                  `yaml:"title"`
		Date    time.Time               `yaml:"date"`
		Tags    []string                `yaml:"tags"`
		Author  string                  `yaml:"author"`
		Weight  int                     `yaml:"weight"`
		Params  struct{ Series string } `yaml:"params"`
		Image   []string                `yaml:"images"`
		Missing string                  `yaml:"missing"`
	}
	want := page{
		Title: "T", Date: time.Date(2016, 8, 2, 10, 21, 0, 0, time.FixedZone("", -7*3600)), Tags: []string{"a"},
		Author: "Ann", Weight: 3, Image: []string{"/i.png"},
	}
	want.Params.Series = "s"
	for _, src := range []string{
		"---\ntitle: T\ndate: 2016-08-02 10:21:00 -0700\ntags: [a]\nauthor: Ann\nweight: 3\nparams: {series: s}\nimages: [/i.png]\n---\n",
		"+++\ntitle = 'T'\ndate = 2016-08-02T10:21:00-07:00\ntags = ['a']\nauthor = 'Ann'\nweight = 3\nimages = ['/i.png']\n[params]\nseries = 's'\n+++\n",
		"{\"title\": \"T\", \"date\": \"2016-08-02T10:21:00-07:00\", \"tags\": [\"a\"], \"author\": \"Ann\", \"weight\": 3, \"params\": {\"series\": \"s\"}, \"images\": [\"/i.png\"]}\n",
	} {
		var got page
		require.NoError(t, mustParse(t, src).DecodeFrontMatter(&got))
		assert.True(t, want.Date.Equal(got.Date), "%v", got.Date)
		got.Date = want.Date
		assert.Equal(t, want, got, src)
	}
	var m map[string]any
	require.ErrorIs(t, (*Article)(nil).DecodeFrontMatter(&m), ErrNilArticle)
	var bad struct {
		Title int `yaml:"title"`
	}
	assert.Error(t, (&Article{Title: "T"}).DecodeFrontMatter(&bad))
}

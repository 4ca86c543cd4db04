package article

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseSeed(t *testing.T) {
	a, err := ParseFile(seedPath)
	require.NoError(t, err)
	assert.Equal(t, seedPath, a.Path)
	assert.Equal(t, "Alibaba confirms Apple deal bringing AI features to iPhones in China", a.Title)
	assert.Equal(t, "An insightful look into 'Alibaba confirms Apple deal bringing AI features to iPhones in China'", a.Subtitle)
	assert.True(t, strings.HasPrefix(a.Description, "Alibaba has confirmed a significant partnership"))
	assert.True(t, strings.HasSuffix(a.Description, "China’s complex regulatory landscape."))
	assert.Equal(t, day(2025, 4, 7), a.PublishedOn)
	assert.Equal(t, day(2025, 2, 17), a.UpdatedOn)
	assert.Equal(t, day(2025, 2, 14), a.NewsDate)
	assert.Equal(t, Image{
		URL: "https://cdn.prod.website-files.com/672916ba596e9ad764eea6e4/67af6dc5d3d2b5b9f1905bce_tmpmwy3o6q8.png",
		Alt: "A visually stunning main image for the article: Alibaba confirms Apple deal bringing AI features to iPhones in China",
	}, a.MainImage)
	assert.Equal(t, Image{}, a.Thumbnail)
	assert.Equal(t, "techcrunch.com", a.Source)
	assert.False(t, a.Draft)
	assert.False(t, a.Archived)
	assert.Nil(t, a.Extra)
	assert.Equal(t, HTML, a.Format)
	assert.True(t, strings.HasPrefix(a.Body, "<h2>Alibaba and Apple Collaboration: Transforming iPhones in China with AI</h2>\n\n<h3>"))
	assert.True(t, strings.HasSuffix(a.Body, "amidst dynamic market conditions and regulatory landscapes.</p>"))
	assert.Contains(t, a.Body, "“Apple considered numerous Chinese companies")
	assert.Equal(t, Summary{}, a.Summary)
}

func TestWriteToSeedIsByteExact(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	a := mustParse(t, string(src))
	var out strings.Builder
	n, err := a.WriteTo(&out)
	require.NoError(t, err)
	assert.Equal(t, int64(out.Len()), n)
	assert.Equal(t, strings.TrimRight(string(src), "\n")+"\n", out.String())
}

const yamlHead = "---\ntitle: \"T\"\npublishedOn: 2025-02-14\n---\n\n"

func TestParseVariants(t *testing.T) {
	feb14 := day(2025, 2, 14)
	tests := []struct {
		name  string
		src   string
		check func(t *testing.T, a *Article)
	}{
		{"toml", "+++\ntitle = \"T\"\npublishedOn = 2025-02-14\ndraft = true\ntags = [\"a\", \"b\"]\n+++\n\n<p>x</p>\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "T", a.Title)
			assert.Equal(t, feb14, a.PublishedOn)
			assert.True(t, a.Draft)
			assert.Equal(t, []string{"a", "b"}, a.Tags)
			assert.Nil(t, a.Extra)
			assert.Equal(t, HTML, a.Format)
		}},
		{"toml brackets in strings and comments", "+++\ntitle = \"" + strings.Repeat("[", 300) + "\"\nx = '''\n" + strings.Repeat("{", 300) + "'''\n# " + strings.Repeat("[", 300) + "\nn = [[1], [2]]\n+++\n", func(t *testing.T, a *Article) {
			assert.Equal(t, strings.Repeat("[", 300), a.Title)
			assert.Equal(t, []any{[]any{1}, []any{2}}, a.Extra["n"])
		}},
		{"toml rfc3339", "+++\npublishedOn = 2025-02-14T10:30:00Z\n+++\n", func(t *testing.T, a *Article) {
			assert.Equal(t, time.Date(2025, 2, 14, 10, 30, 0, 0, time.UTC), a.PublishedOn)
		}},
		{"json semicolons", ";;;\n{\"title\": \"T\", \"publishedOn\": \"2025-02-14\", \"count\": 3, \"ratio\": 0.5}\n;;;\nbody\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "T", a.Title)
			assert.Equal(t, feb14, a.PublishedOn)
			assert.Equal(t, map[string]any{"count": 3, "ratio": 0.5}, a.Extra)
			assert.Equal(t, "body", a.Body)
		}},
		{"json object", "{\n  \"title\": \"T\",\n  \"draft\": true\n}\n\n# Heading\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "T", a.Title)
			assert.True(t, a.Draft)
			assert.Equal(t, "# Heading", a.Body)
			assert.Equal(t, Markdown, a.Format)
		}},
		{"json object on one line", "{\"title\": \"T\"}\nText.\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "T", a.Title)
			assert.Equal(t, "Text.", a.Body)
		}},
		{"crlf", "---\r\ntitle: \"T\"\r\n---\r\n\r\n```html\r\n<p>a</p>\r\n<p>b</p>\r\n```\r\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "T", a.Title)
			assert.Equal(t, "<p>a</p>\n<p>b</p>", a.Body)
			assert.Equal(t, HTML, a.Format)
		}},
		{"bom", "\uFEFF---\ntitle: \"T\"\n---\nx", func(t *testing.T, a *Article) {
			assert.Equal(t, "T", a.Title)
			assert.Equal(t, "x", a.Body)
		}},
		{"yaml closed by dots", "---\ntitle: T\n...\nbody", func(t *testing.T, a *Article) {
			assert.Equal(t, "T", a.Title)
			assert.Equal(t, "body", a.Body)
		}},
		{"indented dashes inside a block string", "---\ntitle: T\nnote: |\n  before\n  ---\n  after\n---\nbody", func(t *testing.T, a *Article) {
			assert.Equal(t, map[string]any{"note": "before\n---\nafter\n"}, a.Extra)
			assert.Equal(t, "body", a.Body)
		}},
		{"date rfc3339", "---\npublishedOn: 2025-02-14T08:30:00+02:00\n---\n", func(t *testing.T, a *Article) {
			assert.True(t, a.PublishedOn.Equal(time.Date(2025, 2, 14, 6, 30, 0, 0, time.UTC)))
			_, offset := a.PublishedOn.Zone()
			assert.Equal(t, 7200, offset)
		}},
		{"date long", "---\nnewsDate: \"February 14, 2025\"\n---\n", func(t *testing.T, a *Article) { assert.Equal(t, feb14, a.NewsDate) }},
		{"date short month", "---\nnewsDate: Feb 14, 2025\n---\n", func(t *testing.T, a *Article) { assert.Equal(t, feb14, a.NewsDate) }},
		{"date go string", "---\nnewsDate: 2025-02-14 10:00:00 +0000 UTC\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, time.Date(2025, 2, 14, 10, 0, 0, 0, time.UTC), a.NewsDate)
		}},
		{"date sept", "---\nnewsDate: Sept. 14, 2025\n---\n", func(t *testing.T, a *Article) { assert.Equal(t, day(2025, 9, 14), a.NewsDate) }},
		{"date jekyll", "---\ndate: 2016-08-02 10:21:00 -0700\n---\n", func(t *testing.T, a *Article) {
			assert.True(t, a.PublishedOn.Equal(time.Date(2016, 8, 2, 17, 21, 0, 0, time.UTC)))
		}},
		{"date empty", "---\nupdatedOn: \"\"\nnewsDate:\n---\n", func(t *testing.T, a *Article) {
			assert.True(t, a.UpdatedOn.IsZero())
			assert.True(t, a.NewsDate.IsZero())
		}},
		{"markdown body", yamlHead + "## Heading\n\nText with <b>html</b>.\n", func(t *testing.T, a *Article) {
			assert.Equal(t, Markdown, a.Format)
			assert.Equal(t, "## Heading\n\nText with <b>html</b>.", a.Body)
		}},
		{"markdown autolink first", yamlHead + "<https://example.com> is a link\n", func(t *testing.T, a *Article) {
			assert.Equal(t, Markdown, a.Format)
		}},
		{"markdown with a leading code fence", yamlHead + "```go\nx := 1\n```\n\ntext\n", func(t *testing.T, a *Article) {
			assert.Equal(t, Markdown, a.Format)
			assert.Equal(t, "```go\nx := 1\n```\n\ntext", a.Body)
		}},
		{"raw html body", yamlHead + "<p>Hello</p>\n", func(t *testing.T, a *Article) {
			assert.Equal(t, HTML, a.Format)
			assert.Equal(t, "<p>Hello</p>", a.Body)
		}},
		{"html body after a comment", yamlHead + "<!-- generated -->\n<div class=\"x\">Hi</div>", func(t *testing.T, a *Article) {
			assert.Equal(t, HTML, a.Format)
		}},
		{"custom element", yamlHead + "<my-widget>Hi</my-widget>", func(t *testing.T, a *Article) { assert.Equal(t, HTML, a.Format) }},
		{"empty body", yamlHead, func(t *testing.T, a *Article) {
			assert.Equal(t, "", a.Body)
			assert.Equal(t, Markdown, a.Format)
		}},
		{"no front matter", "Just text.\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "Just text.", a.Body)
			assert.Equal(t, "", a.Title)
		}},
		{"a fence with text after it is Markdown's", yamlHead + "```html\n<p>a</p>\n```\n\nTrailing words.\n", func(t *testing.T, a *Article) {
			assert.Equal(t, Markdown, a.Format)
			assert.Equal(t, "```html\n<p>a</p>\n```\n\nTrailing words.", a.Body)
		}},
		{"text fence", yamlHead + "```text\nplain <b>not html</b>\n```\n", func(t *testing.T, a *Article) {
			assert.Equal(t, Text, a.Format)
			assert.Equal(t, "plain <b>not html</b>", a.Body)
		}},
		{"typographic quotes and entities survive", yamlHead + "```html\n<p>“Q” &amp; A&nbsp;B — it’s</p>\n```", func(t *testing.T, a *Article) {
			assert.Equal(t, "<p>“Q” &amp; A&nbsp;B — it’s</p>", a.Body)
		}},
		{"extras keep lists and maps", "---\ntitle: T\ntags: [a, b]\nauthor:\n  name: N\n  links: [1, 2.5, true, null]\nratio: 3.0\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, []string{"a", "b"}, a.Tags)
			assert.Nil(t, a.Authors, "a map under author is not a name")
			assert.Equal(t, map[string]any{
				"author": map[string]any{"name": "N", "links": []any{1, 2.5, true, nil}},
				"ratio":  3.0,
			}, a.Extra)
		}},
		{"scalar title of another type", "---\ntitle: 2024\ndraft: yes\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "2024", a.Title)
			assert.True(t, a.Draft)
		}},
		{"yaml anchors", "---\nx: &t Shared\ntitle: *t\n---\n", func(t *testing.T, a *Article) { assert.Equal(t, "Shared", a.Title) }},
		{"hugo keys", "---\ntitle: T\ndate: 2024-01-02\nlastmod: 2024-03-04T05:06:07Z\nimage: https://x.example/a.png\ndraft: true\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, day(2024, 1, 2), a.PublishedOn)
			assert.Equal(t, time.Date(2024, 3, 4, 5, 6, 7, 0, time.UTC), a.UpdatedOn)
			assert.Equal(t, "https://x.example/a.png", a.MainImage.URL)
			assert.Nil(t, a.Extra)
		}},
		{"hugo publishDate wins over date", "---\ndate: 2024-01-02\npublishDate: 2024-01-05\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, day(2024, 1, 5), a.PublishedOn)
			assert.Equal(t, map[string]any{"date": day(2024, 1, 2)}, a.Extra)
		}},
		{"astro keys", "---\ntitle: T\npubDate: 2022-07-08\nupdatedDate: 'Jul 22 2022'\nheroImage: /hero.jpg\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, day(2022, 7, 8), a.PublishedOn)
			assert.Equal(t, day(2022, 7, 22), a.UpdatedOn)
			assert.Equal(t, "/hero.jpg", a.MainImage.URL)
			assert.Nil(t, a.Extra)
		}},
		{"zola keys", "+++\ntitle = \"T\"\ndate = 2019-01-01\nupdated = 2019-02-01\n[extra]\ntoc = true\n+++\n", func(t *testing.T, a *Article) {
			assert.Equal(t, day(2019, 1, 1), a.PublishedOn)
			assert.Equal(t, day(2019, 2, 1), a.UpdatedOn)
			assert.Equal(t, map[string]any{"extra": map[string]any{"toc": true}}, a.Extra)
		}},
		{"ghost keys", `{"title": "T", "published_at": "2021-03-04T05:06:07.000Z", "updated_at": "2021-03-05T00:00:00.000Z", "feature_image": "https://x.example/f.jpg"}` + "\n", func(t *testing.T, a *Article) {
			assert.Equal(t, time.Date(2021, 3, 4, 5, 6, 7, 0, time.UTC), a.PublishedOn)
			assert.Equal(t, day(2021, 3, 5), a.UpdatedOn)
			assert.Equal(t, "https://x.example/f.jpg", a.MainImage.URL)
		}},
		{"pelican keys in any case", "---\nTitle: T\nDate: 2010-12-03 10:20\nModified: 2010-12-05 19:30\nSummary: Short version.\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, time.Date(2010, 12, 3, 10, 20, 0, 0, time.UTC), a.PublishedOn)
			assert.Equal(t, time.Date(2010, 12, 5, 19, 30, 0, 0, time.UTC), a.UpdatedOn)
			assert.Equal(t, "Short version.", a.Description)
		}},
		{"a cover that is a map stays in Extra", "---\ncover:\n  image: c.png\n  alt: A cover\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "", a.MainImage.URL)
			assert.Equal(t, map[string]any{"cover": map[string]any{"image": "c.png", "alt": "A cover"}}, a.Extra)
		}},
		{"hugo images list of one", "---\nimages: [\"https://x.example/a.png\"]\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "https://x.example/a.png", a.MainImage.URL)
		}},
		{"hugo images list of two stays in Extra", "---\nimages: [a.png, b.png]\n---\n", func(t *testing.T, a *Article) {
			assert.Equal(t, "", a.MainImage.URL)
			assert.Equal(t, map[string]any{"images": []any{"a.png", "b.png"}}, a.Extra)
		}},
		{"an alias that does not fit stays in Extra", "---\ndate: [2024-01-02]\nimage: {src: a.png}\n---\n", func(t *testing.T, a *Article) {
			assert.True(t, a.PublishedOn.IsZero())
			assert.Equal(t, map[string]any{"date": []any{day(2024, 1, 2)}, "image": map[string]any{"src": "a.png"}}, a.Extra)
		}},
		{"site keys off", "---\ndate: 2024-01-02\n---\n", func(t *testing.T, a *Article) {
			// parsed below with WithSiteKeys(false)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustParse(t, tc.src)
			tc.check(t, a)
			assert.Equal(t, a, roundTrip(t, a), "round trip")
		})
	}
	t.Run("site keys off keeps them in Extra", func(t *testing.T) {
		a := mustParse(t, "---\ndate: 2024-01-02\n---\n", WithSiteKeys(false))
		assert.True(t, a.PublishedOn.IsZero())
		assert.Equal(t, map[string]any{"date": day(2024, 1, 2)}, a.Extra)
	})
}

// TestParseBinaryText: !!binary data that is UTF-8 text is kept as that
// text, which WriteTo can write; other binary data is refused above.
func TestParseBinaryText(t *testing.T) {
	a := mustParse(t, "---\nb: !!binary aGVsbG8=\nc: [!!binary w6k=]\n---\n")
	assert.Equal(t, map[string]any{"b": "hello", "c": []any{"é"}}, a.Extra)
	assert.Equal(t, a, roundTrip(t, a))
}

func TestWriteToKeepsSiteKeys(t *testing.T) {
	src := "---\ntitle: T # the title\ndate: 2024-01-02\nimages: [\"https://x.example/a.png\"]\ntags: [go]\nauthor: Ann\n---\n\nText\n"
	a := mustParse(t, src)
	out, err := a.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, src, string(out), "unchanged: written back as it was")
	a.Title = "U"
	out, err = a.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "---\ntitle: \"U\"\ndate: 2024-01-02\nimages: [\"https://x.example/a.png\"]\ntags:\n  - \"go\"\nauthor: \"Ann\"\n---\n\nText\n", string(out))
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		key       string
		message   string
	}{
		{"bad date", "---\ntitle: T\n\npublishedOn: 2025-13-45\n---\n", 4, "publishedOn", `cannot read "2025-13-45" as a date`},
		{"list title", "---\ntitle: [1, 2]\n---\n", 2, "title", "want text, not a list"},
		{"map subtitle", "---\nsubtitle:\n  a: b\n---\n", 2, "subtitle", "want text, not a map"},
		{"bad bool", "---\ntitle: T\ndraft: perhaps\n---\n", 3, "draft", `cannot read "perhaps" as true or false`},
		{"duplicate key", "---\ntitle: A\ntitle: B\n---\n", 3, "title", "key appears twice"},
		{"malformed yaml", "---\ntitle: T\ndescription: \"open\n---\n", 3, "", "YAML"},
		{"yaml tabs", "---\ntitle: T\n\tbad: 1\n---\n", 3, "", "YAML"},
		{"not a map", "---\n- a\n- b\n---\n", 2, "", "not a map"},
		{"unclosed yaml", "\n---\ntitle: T\n\nbody\n", 2, "", "not closed"},
		{"unclosed toml", "+++\ntitle = \"T\"\n", 1, "", "not closed"},
		{"malformed toml", "+++\ntitle = \"T\"\ndraft = \n+++\n", 3, "", "TOML"},
		{"toml bad date string", "+++\ntitle = \"T\"\nnewsDate = \"someday\"\n+++\n", 3, "newsDate", "as a date"},
		{"malformed json", ";;;\n{\"title\": \"T\",\n \"draft\": tru}\n;;;\n", 3, "draft", "JSON"},
		{"json wrong type", ";;;\n{\"title\": \"T\",\n \"draft\": [1]}\n;;;\n", 3, "draft", "want text, not a list"},
		{"unclosed json object", "{\"title\": \"T\",\n\n", 1, "", "JSON"},
		{"toml nested too deep", "+++\ntitle = \"T\"\na = " + strings.Repeat("[", 5000) + "\n+++\n", 3, "a", "nest deeper than 100"},
		{"yaml nested too deep", "---\na: " + strings.Repeat("[", 50000) + "\n---\n", 2, "", "YAML"},
		{"json text after object", ";;;\n{\"title\": \"T\"} x\n;;;\n", 2, "", "after the JSON object"},
		{"yaml binary not text", "---\ntitle: T\nb: !!binary /w==\n---\n", 3, "b", "not UTF-8"},
		{"yaml binary in a list", "---\nb: [x, !!binary /w==]\n---\n", 2, "b", "not UTF-8"},
		{"yaml binary map key", "---\nb: {!!binary /w==: 1}\n---\n", 2, "b", "not UTF-8"},
		{"yaml not utf-8", "---\ntitle: T\nx: a\xff\n---\n", 3, "", "not UTF-8"},
		{"toml not utf-8", "+++\ntitle = \"T\"\nx = \"\xff\"\n+++\n", 3, "", "not UTF-8"},
		{"json not utf-8", "{\"title\": \"T\",\n\"k\xff\": 1}\n", 2, "", "not UTF-8"},
		{"json value not utf-8", ";;;\n{\"title\": \"T\",\n\n \"k\": \"\xc3\"}\n;;;\n", 4, "", "not UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.src), WithPath("news/a.md"))
			require.Error(t, err)
			var e *Error
			require.True(t, errors.As(err, &e), "%T %v", err, err)
			assert.Equal(t, "news/a.md", e.Path)
			assert.Equal(t, tc.line, e.Line, "%v", err)
			assert.Equal(t, tc.key, e.Key, "%v", err)
			assert.Contains(t, err.Error(), tc.message)
			assert.True(t, strings.HasPrefix(err.Error(), "news/a.md:"), err.Error())
		})
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := Parse(strings.NewReader("---\ntitle: T\n\n\npublishedOn: 2025-13-45\n---\n"), WithPath("news/a.md"))
	assert.EqualError(t, err, `news/a.md:5: publishedOn: cannot read "2025-13-45" as a date`)
	assert.ErrorIs(t, mustErr(Parse(strings.NewReader("---\ntitle: T\n"))), ErrUnclosed)
}

func mustErr(_ *Article, err error) error { return err }

func TestParseSizeLimit(t *testing.T) {
	src := yamlHead + strings.Repeat("x", 100)
	_, err := Parse(strings.NewReader(src), WithMaxSize(50))
	assert.ErrorIs(t, err, ErrTooLarge)
	_, err = Parse(strings.NewReader(src), WithMaxSize(int64(len(src))))
	assert.NoError(t, err)

	for _, n := range []int64{math.MaxInt64, math.MaxInt64 - 1, 0, -1, math.MinInt64} {
		for name, r := range map[string]io.Reader{"sized": strings.NewReader(src), "unsized": io.MultiReader(strings.NewReader(src))} {
			a, err := Parse(r, WithMaxSize(n))
			require.NoError(t, err, "%d, %s", n, name)
			assert.Equal(t, "T", a.Title, "%d, %s", n, name)
			assert.Equal(t, strings.Repeat("x", 100), a.Body, "%d, %s", n, name)
		}
	}
	for _, n := range []int64{0, -1, math.MinInt64} { // the default limit
		_, err := Parse(sizedReader{strings.NewReader(src), DefaultMaxSize + 1}, WithMaxSize(n))
		assert.ErrorIs(t, err, ErrTooLarge, "%d", n)
		_, err = Parse(sizedReader{strings.NewReader(src), DefaultMaxSize}, WithMaxSize(n))
		assert.NoError(t, err, "%d", n)
	}

	name := t.TempDir() + "/big.md"
	require.NoError(t, os.WriteFile(name, []byte(src), 0o644))
	_, err = ParseFile(name, WithMaxSize(50))
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.Contains(t, err.Error(), name)
}

// sizedReader is a reader that says it holds n bytes, as Parse asks of
// strings.Reader and bytes.Reader.
type sizedReader struct {
	io.Reader
	n int
}

func (r sizedReader) Len() int { return r.n }

// TestParseKeepsNoPartOfItsInput parses each syntax, then other input of
// the same size, which reuses the buffer the first was read into: the first
// article must not change, as it would if it held part of that buffer.
func TestParseKeepsNoPartOfItsInput(t *testing.T) {
	for _, src := range []string{
		"---\ntitle: T\npublishedOn: February 14, 2025\ntags: [a, b]\nnote: text\n---\n```html\n<p>x</p>\n```\nafter",
		"+++\ntitle = \"T\"\nnote = \"text\"\nwhen = 2025-02-14\n+++\n<p>x</p>",
		"{\"title\": \"T\", \"note\": \"text\", \"n\": 12}\n# Body",
	} {
		a := mustParse(t, src)
		want := mustParse(t, src)
		mustParse(t, strings.Repeat("\n", len(src)))
		assert.Equal(t, want, a)
	}
}

func TestParseFileMissing(t *testing.T) {
	_, err := ParseFile("testdata/no-such-file.md")
	assert.ErrorIs(t, err, os.ErrNotExist)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "testdata/no-such-file.md", e.Path)
}

func TestParseKeysInAnotherCase(t *testing.T) {
	src := "---\nTitle: T\nDate: 2024-01-02\nDraft: true\nTags: [a]\n---\n"
	a := mustParse(t, src)
	assert.Equal(t, "T", a.Title)
	assert.Equal(t, day(2024, 1, 2), a.PublishedOn)
	assert.True(t, a.Draft)
	assert.Equal(t, []string{"a"}, a.Tags)
	assert.Nil(t, a.Extra)
	a.Draft = false
	out, err := a.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "---\nTitle: \"T\"\nDate: 2024-01-02\nDraft: false\nTags:\n  - \"a\"\n---\n", string(out))
	assert.Equal(t, a, roundTrip(t, a))
}

// TestParseKeysInAnotherCaseRoundTrip: of the keys that are a field's key
// in some case, the field comes from the first in the file whose value
// fits, and reading what WriteTo writes chooses the same one.
func TestParseKeysInAnotherCaseRoundTrip(t *testing.T) {
	tests := []struct {
		name, src string
		want      func(*Article) any
		field     any
		extra     map[string]any
	}{
		{"list, then text", "---\nTitle: [1]\nTITLE: x\n---\n", func(a *Article) any { return a.Title }, "x", map[string]any{"Title": []any{1}}},
		{"two texts", "---\nTITLE: x\nTitle: y\n---\n", func(a *Article) any { return a.Title }, "x", map[string]any{"Title": "y"}},
		{"alias, list first", "---\nsummary: [1]\nSummary: b\n---\n", func(a *Article) any { return a.Description }, "b", map[string]any{"summary": []any{1}}},
		{"alias, capital first", "---\nSummary: b\nsummary: a\n---\n", func(a *Article) any { return a.Description }, "b", map[string]any{"summary": "a"}},
		{"not a date, then a date", "---\ndate: [soon]\nDate: 2025-01-01\n---\n", func(a *Article) any { return a.PublishedOn }, day(2025, 1, 1), map[string]any{"date": []any{"soon"}}},
		{"an earlier alias that does not fit", "---\nDate: 2025-01-02\nPublishDate: [x]\n---\n", func(a *Article) any { return a.PublishedOn }, day(2025, 1, 2), map[string]any{"PublishDate": []any{"x"}}},
		{"a list of two, then one", "---\nImages: [a.png, b.png]\nimages: [c.png]\n---\n", func(a *Article) any { return a.MainImage.URL }, "c.png", map[string]any{"Images": []any{"a.png", "b.png"}}},
		{"none fits", "---\nDRAFT: maybe\nDraft: [1]\n---\n", func(a *Article) any { return a.Draft }, false, map[string]any{"DRAFT": "maybe", "Draft": []any{1}}},
		{"empty first", "---\nTitle: \"\"\nTITLE: x\n---\n", func(a *Article) any { return a.Title }, "", map[string]any{"TITLE": "x"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustParse(t, tc.src)
			assert.Equal(t, tc.field, tc.want(a))
			assert.Equal(t, tc.extra, a.Extra)
			assert.Equal(t, a, roundTrip(t, a))
		})
	}
}

func TestWriteToQuotesKeysThatReadAsOtherTypes(t *testing.T) {
	a := mustParse(t, "---\n2024: year\n\"true\": yes\n\"\": empty\n\"a: b\": c\n---\n")
	assert.Equal(t, map[string]any{"2024": "year", "true": "yes", "": "empty", "a: b": "c"}, a.Extra)
	assert.Equal(t, a, roundTrip(t, a))
}

func TestParseYAMLMergeKeys(t *testing.T) {
	a := mustParse(t, "---\ndefaults: &d {draft: true, tags: [x], title: Base}\n<<: *d\ntitle: Own\n---\n")
	assert.Equal(t, "Own", a.Title, "a key set in the front matter wins over a merged one")
	assert.True(t, a.Draft)
	assert.Equal(t, []string{"x"}, a.Tags)
	assert.Equal(t, a, roundTrip(t, a))

	_, err := Parse(strings.NewReader("---\n<<: [1]\n---\n"))
	assert.ErrorContains(t, err, "want a map to merge")
}

// TestParseYAMLNestedMergeKeys: a merged map's own merge keys are resolved
// too, as yaml.v3 resolves them: a map's own keys first, then the maps it
// merges, in order.
func TestParseYAMLNestedMergeKeys(t *testing.T) {
	tests := []struct {
		name, src string
		want      map[string]any
	}{
		{"through an alias", "base: &base {a: 1}\nmid: &mid {<<: *base, b: 2}\n<<: *mid\n",
			map[string]any{"a": 1, "b": 2, "base": map[string]any{"a": 1}, "mid": map[string]any{"a": 1, "b": 2}}},
		{"inline", "<<: {a: 1, <<: {b: 2, <<: {a: 3, c: 4}}}\n", map[string]any{"a": 1, "b": 2, "c": 4}},
		{"own keys first", "m1: &m1 {a: 1}\nm2: &m2 {<<: *m1, a: 2}\nm3: &m3 {c: 3, <<: [*m2, *m1]}\n<<: [*m3]\n",
			map[string]any{"a": 2, "c": 3, "m1": map[string]any{"a": 1}, "m2": map[string]any{"a": 2}, "m3": map[string]any{"a": 2, "c": 3}}},
		{"a map merged twice", "m: &m {a: 1}\nn: &n {<<: *m}\n<<: [*n, *m, *n]\nb: 2\n",
			map[string]any{"a": 1, "b": 2, "m": map[string]any{"a": 1}, "n": map[string]any{"a": 1}}},
		{"a quoted << is a key, which the merge key takes", "m: &m {\"<<\": 5, a: 1}\n<<: *m\n",
			map[string]any{"a": 1, "m": map[string]any{"<<": 5, "a": 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustParse(t, "---\n"+tc.src+"---\n")
			assert.Equal(t, tc.want, a.Extra)
			assert.Equal(t, a, roundTrip(t, a))
		})
	}

	// yaml.v3: anchor 'a' value contains itself; the depth limit refuses it
	// before the merge would.
	_, err := Parse(strings.NewReader("---\n<<: &a {x: 1, <<: *a}\n---\n"))
	assert.ErrorContains(t, err, "nest deeper than")
	_, err = Parse(strings.NewReader("---\n<<: {<<: [1]}\n---\n"))
	assert.ErrorContains(t, err, "want a map to merge")

	// Each map merges the one before it twice: the aliases expand to 2^64
	// nodes, which the alias budget refuses at once, as yaml.v3 does.
	var doubling strings.Builder
	doubling.WriteString("---\n<<: [&m0 {k0: 0}")
	for i := 1; i < 64; i++ {
		fmt.Fprintf(&doubling, ", &m%d {k%d: %d, <<: [*m%d, *m%d]}", i, i, i, i-1, i-1)
	}
	doubling.WriteString("]\n---\n")
	_, err = Parse(strings.NewReader(doubling.String()))
	assert.ErrorContains(t, err, "excessive aliasing")
}

// TestDatesRoundTrip: dates under zone names, at a zero offset, at an
// offset with seconds and in the first and last years read back the same
// after WriteTo.
func TestDatesRoundTrip(t *testing.T) {
	pst := time.FixedZone("", -8*3600)
	tests := []struct {
		name, src string
		want      time.Time
		extra     map[string]any
		written   string
	}{
		{"zone name", "---\ndate: Mon, 02 Jan 2006 15:04:05 PST\n---\n", time.Date(2006, 1, 2, 15, 4, 5, 0, pst), nil, "\ndate: Mon, 02 Jan 2006 15:04:05 PST\n"},
		{"zero offset", "+++\npublishedOn = 2006-01-02T15:04:05+00:00\nx = 2006-01-02T15:04:05+01:00\n+++\n",
			time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC), map[string]any{"x": time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("", 3600))}, "\npublishedOn = 2006-01-02T15:04:05Z\n"},
		{"edge years", "---\npublishedOn: 9999-12-31T23:00:00-05:00\nx: 0000-01-01T00:30:00+01:00\n---\n",
			time.Date(9999, 12, 31, 23, 0, 0, 0, time.FixedZone("", -5*3600)), map[string]any{"x": time.Date(0, 1, 1, 0, 30, 0, 0, time.FixedZone("", 3600))}, "\nx: 0000-01-01T00:30:00+01:00\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustParse(t, tc.src)
			assert.Equal(t, tc.want, a.PublishedOn)
			assert.Equal(t, tc.extra, a.Extra)
			out, err := a.Regenerated().MarshalText()
			require.NoError(t, err)
			assert.Contains(t, string(out), tc.written)
			assert.Equal(t, a, roundTrip(t, a))
		})
	}

	t.Run("offset with seconds", func(t *testing.T) {
		lmt := time.FixedZone("", 53*60+28) // Berlin's local mean time, before 1893
		a := &Article{Title: "T", PublishedOn: time.Date(1890, 1, 1, 12, 0, 0, 0, lmt), Format: Markdown}
		out, err := a.MarshalText()
		require.NoError(t, err)
		assert.Contains(t, string(out), "\npublishedOn: 1890-01-01T12:00:00+00:53:28\n")
		assert.Equal(t, a.PublishedOn, roundTrip(t, a).PublishedOn)
	})
}

// TestWriteToRefusesDatesThatWouldNotReadBack: a year outside 0 to 9999,
// and in Extra an offset with seconds, which YAML timestamps lack, are an
// error naming the key rather than a file Parse refuses or reads otherwise.
func TestWriteToRefusesDatesThatWouldNotReadBack(t *testing.T) {
	lmt := time.FixedZone("", 53*60+28)
	tests := []struct {
		name    string
		a       *Article
		key     string
		message string
	}{
		{"year 10000", &Article{PublishedOn: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, "publishedOn", "years 0 to 9999"},
		{"year -1", &Article{NewsDate: time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)}, "newsDate", "years 0 to 9999"},
		{"year 10000 in Extra", &Article{Extra: map[string]any{"x": []any{1, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}}}, "x", "years 0 to 9999"},
		{"offset with seconds in Extra", &Article{Extra: map[string]any{"x": map[string]any{"y": time.Date(1890, 1, 1, 0, 0, 0, 0, lmt)}}}, "x", "seconds"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.a.MarshalText()
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.key, e.Key)
			assert.ErrorContains(t, err, tc.message)
		})
	}
}

func TestWriteToKeepsDatesAsWritten(t *testing.T) {
	jekyll := mustParse(t, "---\ntitle: T\ndate: 2016-08-02 10:21:00 -0700\n---\n")
	out, err := jekyll.Regenerated().MarshalText()
	require.NoError(t, err)
	assert.Contains(t, string(out), "\ndate: 2016-08-02 10:21:00 -0700\n")
	assert.Equal(t, jekyll, roundTrip(t, jekyll))

	a := mustParse(t, "---\ntitle: T\npublishedOn: \"February 14, 2025\"\nupdatedOn: 2025-02-15\n---\n")
	out, err = a.Regenerated().MarshalText()
	require.NoError(t, err)
	assert.Contains(t, string(out), "\npublishedOn: February 14, 2025\n")
	assert.Contains(t, string(out), "\nupdatedOn: 2025-02-15\n")
	assert.Equal(t, a, roundTrip(t, a))

	a.PublishedOn = a.PublishedOn.AddDate(0, 0, 1) // a changed date is written anew
	out, err = a.MarshalText()
	require.NoError(t, err)
	assert.Contains(t, string(out), "\npublishedOn: 2025-02-15\n")
}

// TestTransformErrorIsNotWrappedTwice: a transform's *Error comes out of
// Parse as the one *Error, with the path filled in and its key kept.
func TestTransformErrorIsNotWrappedTwice(t *testing.T) {
	bad := func(a *Article) error { return &Error{Key: "format", Err: errors.New("bad format")} }
	_, err := Parse(strings.NewReader("---\ntitle: T\n---\nbody\n"), WithPath("x.md"), WithTransform(Chain(func(*Article) error { return nil }, bad)))
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "x.md", e.Path)
	assert.Equal(t, "format", e.Key)
	assert.Equal(t, 1, strings.Count(err.Error(), "x.md"), err.Error())
}

// TestWithTransformRunsEach: several WithTransform run in order, as Chain
// runs them, and an error names the one that failed.
func TestWithTransformRunsEach(t *testing.T) {
	var ran []string
	step := func(name string) Transform {
		return func(a *Article) error { ran = append(ran, name); return nil }
	}
	bad := func(*Article) error { return errors.New("bad") }
	a, err := Parse(strings.NewReader("---\ntitle: T\n---\n"), WithTransform(step("a")), WithTransform(nil), WithTransform(step("b")))
	require.NoError(t, err)
	require.NotNil(t, a)
	assert.Equal(t, []string{"a", "b"}, ran)

	_, err = Parse(strings.NewReader("---\ntitle: T\n---\n"), WithTransform(step("a")), WithTransform(bad))
	assert.ErrorContains(t, err, "transform 2 of 2: bad")
}

// TestTooLargeSaysTheLimit: input over the limit gets the one message
// whether its size is known beforehand or not.
func TestTooLargeSaysTheLimit(t *testing.T) {
	src := "---\ntitle: T\n---\n" + strings.Repeat("x", 100)
	_, known := Parse(strings.NewReader(src), WithMaxSize(50))
	_, stream := Parse(io.MultiReader(strings.NewReader(src)), WithMaxSize(50))
	require.ErrorIs(t, known, ErrTooLarge)
	require.ErrorIs(t, stream, ErrTooLarge)
	assert.Equal(t, known.Error(), stream.Error())
	assert.Contains(t, known.Error(), "size limit of 50 bytes")
}

// TestUnmarshalTextReadsMarshalText: an article that an encoder wrote with
// MarshalText is read back whole.
func TestUnmarshalTextReadsMarshalText(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	a := mustParse(t, string(src))
	out, err := yaml.Marshal(map[string]*Article{"post": a})
	require.NoError(t, err)
	var back map[string]*Article
	require.NoError(t, yaml.Unmarshal(out, &back))
	assert.Equal(t, a, back["post"])

	var nilArticle *Article
	assert.ErrorIs(t, nilArticle.UnmarshalText(nil), ErrNilArticle)
	var bad Article
	assert.Error(t, bad.UnmarshalText([]byte("---\npublishedOn: 2025-13-45\n---\n")))
}

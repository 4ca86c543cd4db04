package article

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exported returns a copy of a's exported fields only.
func exported(a *Article) Article {
	c := *a
	c.keys, c.dates, c.scalars, c.origin, c.layout, c.tree = nil, nil, 0, origin{}, 0, nil
	return c
}

// TestSiteFiles parses files as Hugo, Jekyll, Astro and the export write
// them, checks every field, and checks that WriteTo gives the file back:
// byte for byte, or, where the body is written otherwise (rewritten names
// why), the front matter byte for byte. Changed, each is written in its
// own syntax and reads back to the same article.
func TestSiteFiles(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	zone := func(h int) *time.Location { return time.FixedZone("", h*3600) }
	tests := []struct {
		file      string
		want      Article
		rewritten string
	}{
		{file: "astro-post.md", want: Article{
			Title: "First post", Description: "Lorem ipsum dolor sit amet",
			PublishedOn: day(2022, 7, 8), UpdatedOn: day(2022, 7, 10), MainImage: Image{URL: "/blog-placeholder-3.jpg"},
			Tags: []string{"astro", "blogging"}, Authors: []string{"Astro Learner"},
			Body: "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", Format: Markdown,
		}},
		{file: "body-code-first.md", want: Article{
			Title: "Counting clicks without a framework", PublishedOn: day(2024, 5, 2),
			Body:   "```html\n<button onclick=\"count++\">Click me</button>\n<output id=\"n\">0</output>\n```\n\nThe button above updates a counter inline. That works, but it mixes markup and\nbehaviour; the rest of this tutorial moves the handler into a script.\n\n## A listener instead\n\nGive the button an id and attach the listener from JavaScript.",
			Format: Markdown,
		}},
		{file: "body-figure-first.md", want: Article{
			Title: "Building a weather station", PublishedOn: day(2024, 3, 10), MainImage: Image{URL: "/images/hero.png"},
			Body:   "<figure>\n  <img src=\"/images/station.jpg\" alt=\"The finished station on its pole\">\n  <figcaption>The station, two weeks in.</figcaption>\n</figure>\n\nThis is **bold** news: the station has run on solar power for two weeks.\n\n## Parts\n\n- A Raspberry Pi Zero 2 W\n- A BME280 sensor on a short cable\n\n![Chart](/images/chart.png)\n\n## Wiring\n\nThe sensor talks I²C, so four wires are all it needs.",
			Format: Markdown,
		}},
		{file: "body-html-bare.md", want: Article{
			Title: "Release notes 2.3", PublishedOn: time.Date(2016, 8, 2, 10, 21, 0, 0, zone(-7)),
			Body:   "<p>Version 2.3 is out, with faster builds.</p>\n<p><img src=\"/assets/img/release.png\" srcset=\"/assets/img/release.png 1x, /assets/img/release@2x.png 2x\" alt=\"The 2.3 start screen\"></p>\n<!-- the changelog is generated -->\n<ul>\n  <li>Builds reuse the module cache.</li>\n  <li>See <a href=\"../2.2/\">the notes for 2.2</a>.</li>\n</ul>",
			Format: HTML,
		}},
		{file: "export.md", want: Article{
			Title: "An export file", Description: "The layout the library started from.",
			PublishedOn: day(2025, 4, 7), UpdatedOn: day(2025, 4, 8), NewsDate: day(2025, 4, 6),
			MainImage: Image{"https://cdn.example.com/main.png", "A main image"}, Thumbnail: Image{"https://cdn.example.com/thumb.png", "A thumbnail"},
			Source: "example.com", Body: "<p>The export's body, fenced.</p>", Format: HTML,
		}},
		{file: "export-crlf-bom.md", rewritten: "CRLF line ends and the byte-order mark are not written back", want: Article{
			Title: "CRLF export with a BOM", Description: "Written by a Windows tool, with a byte-order mark.",
			PublishedOn: day(2025, 2, 14), UpdatedOn: time.Date(2025, 2, 15, 10, 0, 0, 0, time.UTC), NewsDate: day(2025, 2, 14),
			MainImage: Image{"https://cdn.example.com/a.png", "A picture"}, Source: "example.com", Archived: true,
			Body: "<h2>Heading</h2>\n<p>“Quoted” text &amp; an entity.</p>", Format: HTML,
		}},
		{file: "hugo-yaml.md", want: Article{
			Title: "Getting Started with Hugo Modules", Description: "How to use Hugo Modules to share themes & components.",
			PublishedOn: time.Date(2023, 5, 14, 9, 30, 0, 0, zone(2)), UpdatedOn: time.Date(2023, 6, 1, 12, 0, 0, 0, zone(2)),
			MainImage: Image{URL: "/images/hugo-modules.png"}, Tags: []string{"hugo", "modules", "go"}, Categories: []string{"tutorials"},
			Extra: map[string]any{
				"aliases": []any{"/old/getting-started/"}, "params": map[string]any{"author": "Jane Doe", "featured": "yes"},
				"ratio": 1.0, "toc": true, "weight": 10,
			},
			Body:   "Hugo Modules are the core building blocks in Hugo.\n\n## Why modules\n\n{{< figure src=\"/images/modules.png\" title=\"Modules\" >}}\n\n- Themes\n- Components\n\n---\n\nA thematic break above is body, not front matter.",
			Format: Markdown,
		}},
		{file: "hugo-toml.md", want: Article{
			Title: "Release 0.120", PublishedOn: time.Date(2023, 11, 1, 8, 0, 0, 0, time.UTC), UpdatedOn: day(2023, 11, 2),
			Draft: true, Tags: []string{"release", "notes"},
			Extra: map[string]any{
				"count": 7, "date": day(2023, 10, 31), "expiryDate": time.Date(2025, 1, 1, 0, 0, 0, 0, zone(-5)),
				"params":    map[string]any{"nested": map[string]any{"a": 1, "b": []any{1, 2}}, "series": "releases"},
				"resources": []any{map[string]any{"src": "images/header.jpg", "title": "Header"}, map[string]any{"src": "docs/manual.pdf"}},
				"version":   0.12,
			},
			Body: "<p>Hugo 0.120 brings <strong>faster</strong> builds.</p>", Format: HTML,
		}},
		{file: "hugo-authors.md", want: Article{
			Title: "Two authors, one tag", PublishedOn: time.Date(2024, 3, 1, 10, 0, 0, 0, zone(-5)),
			Slug: "two-authors", Lang: "en-us", Authors: []string{"Ann Lee", "Bo Chen"}, Tags: []string{"release"}, Categories: []string{"news"},
			Body: "Written by two people.", Format: Markdown,
		}},
		{file: "hugo-json.md", want: Article{
			Title: "JSON front matter", PublishedOn: day(2021, 3, 4), Tags: []string{"json", "hugo"},
			Extra: map[string]any{"meta": map[string]any{"empty": nil, "list": []any{}}, "score": 4.5, "weight": 2},
			Body:  "JSON front matter ends at the object's closing brace.", Format: Markdown,
		}},
		{file: "jekyll-post.md", rewritten: "a blank line is written before the body", want: Article{
			Title: "Welcome to Jekyll!", PublishedOn: time.Date(2016, 8, 2, 10, 21, 0, 0, zone(-7)), UpdatedOn: time.Date(2016, 9, 1, 8, 0, 0, 0, zone(-7)),
			MainImage: Image{URL: "https://example.com/assets/welcome.png"}, Categories: []string{"jekyll update"}, Authors: []string{"Tom"},
			Extra:  map[string]any{"comments": true, "layout": "post", "permalink": "/blog/welcome/"},
			Body:   "You’ll find this post in your `_posts` directory. Go ahead and edit it & re-build the site.\n\n{% highlight ruby %}\ndef print_hi(name)\n  puts \"Hi, #{name}\"\nend\n{% endhighlight %}",
			Format: Markdown,
		}},
		{file: "jekyll-tags.md", want: Article{
			Title: "Tags in both shapes", PublishedOn: time.Date(2019, 12, 24, 18, 0, 0, 0, zone(1)),
			Authors: []string{"Jane", "John"}, Tags: []string{"ruby", "jekyll"}, Lang: "de",
			Extra: map[string]any{"layout": "post"}, Body: "Frohe Weihnachten.", Format: Markdown,
		}},
	}
	inputs, err := filepath.Glob("testdata/sites/*.md")
	require.NoError(t, err)
	require.Len(t, inputs, len(tests), "every file in testdata/sites has a case")
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			name := filepath.Join("testdata", "sites", tc.file)
			src, err := os.ReadFile(name)
			require.NoError(t, err)
			a, err := ParseFile(name)
			require.NoError(t, err)
			tc.want.Path = name
			assert.Equal(t, tc.want, exported(a))

			out, err := a.MarshalText()
			require.NoError(t, err)
			if tc.rewritten == "" {
				assert.Equal(t, string(src), string(out))
			} else {
				head := bytes.TrimPrefix(bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n")), []byte("\uFEFF"))
				head = head[:len(a.origin.text)]
				assert.Equal(t, string(head), string(out[:min(len(head), len(out))]), "the front matter; the rest differs: %s", tc.rewritten)
			}
			b, err := Parse(bytes.NewReader(out), WithPath(name))
			require.NoError(t, err)
			assert.Equal(t, exported(a), exported(b))

			a.Title += " (changed)"
			out, err = a.MarshalText()
			require.NoError(t, err)
			assert.True(t, bytes.HasPrefix(out, []byte(a.origin.format.Start+"\n")), "written between its own delimiters:\n%s", out)
			b, err = Parse(bytes.NewReader(out), WithPath(name))
			require.NoError(t, err, "written:\n%s", out)
			assert.Equal(t, exported(a), exported(b), "written:\n%s", out)
		})
	}
}

package feed_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
	"github.com/articlekit/article/internal/golden"
	"github.com/articlekit/article/internal/testcorpus"
)

// Every item of 25 corpus articles comes back from gofeed as it went in,
// in each format.
func TestWriteCorpus(t *testing.T) {
	articles := testcorpus.Articles(t, 25)
	for _, f := range formats {
		t.Run(f.String(), func(t *testing.T) {
			parsed := parseBack(t, write(t, f, testChannel, articles))
			assert.Equal(t, testChannel.Title, parsed.Title)
			assert.Equal(t, f.String(), parsed.FeedType)
			require.Len(t, parsed.Items, len(articles))
			for i, a := range articles {
				slug := strings.TrimSuffix(filepath.Base(a.Path), ".md")
				checkItem(t, f, wantOf(a, testChannel.BaseURL+"/"+slug), parsed.Items[i])
			}
		})
	}
}

// Titles and summaries full of markup characters, entities, CDATA ends,
// CJK and white space come back as they went in.
func TestWriteHostileText(t *testing.T) {
	texts := []string{
		`<script>alert("x")</script> & 'quotes' "double"`,
		`AT&T &amp; &lt;b&gt; &#x41; ]]> <![CDATA[ x ]]>`,
		"苹果公司与阿里巴巴合作：在中国推出人工智能功能「AI」",
		"tabs\tand\nnew lines\r\nand\u00a0no-break\u2028separator",
		"emoji 🍎 and combining e\u0301 and RTL עברית",
	}
	var articles []*article.Article
	for i, s := range texts {
		articles = append(articles, &article.Article{
			Title: s, Description: s + " (summary)", Body: "<p>" + s + "</p>", Format: article.HTML,
			PublishedOn: time.Date(2025, 1, i+1, 0, 0, 0, 0, time.UTC),
		})
	}
	for _, f := range formats {
		t.Run(f.String(), func(t *testing.T) {
			out := write(t, f, testChannel, articles)
			parsed := parseBack(t, out)
			require.Len(t, parsed.Items, len(articles))
			for i, a := range articles {
				checkItem(t, f, wantOf(a, parsed.Items[i].Link), parsed.Items[i])
				assert.True(t, strings.HasPrefix(parsed.Items[i].Link, testChannel.BaseURL+"/"))
			}
		})
	}
}

func TestWriteLinks(t *testing.T) {
	items := []*article.Article{
		{Title: "From the slug key", Extra: map[string]any{"slug": "/2025/hello world/"}},
		{Title: "From the file name", Path: "content/posts/my-post.md"},
		{Title: "From the bundle", Path: `content\posts\bundle\index.md`},
		{Title: "Apple’s AI: 11% drop!"},
		{Title: "Apple’s AI: 11% drop?"},
		{Title: "Apple’s AI: 11% drop."},
		{Title: "苹果公司 与 AI"},
		{Title: "!!!"},
		{Title: "x", Path: "a/apples-ai-11-drop-2.md"},
		{Title: "dot segments", Extra: map[string]any{"slug": "../x/./y"}},
		{Title: "not a string slug", Extra: map[string]any{"slug": 42}, Path: "n.md"},
	}
	for i := range items {
		items[i].Format = article.HTML
	}
	parsed := parseBack(t, write(t, feed.JSON, testChannel, items))
	var links []string
	for _, it := range parsed.Items {
		links = append(links, strings.TrimPrefix(it.Link, testChannel.BaseURL+"/"))
	}
	assert.Equal(t, []string{
		"2025/hello%20world",
		"my-post",
		"bundle",
		"apples-ai-11-drop",
		"apples-ai-11-drop-2",
		"apples-ai-11-drop-3",
		"%E8%8B%B9%E6%9E%9C%E5%85%AC%E5%8F%B8-%E4%B8%8E-ai",
		"item",
		"apples-ai-11-drop-2-2",
		"x/y",
		"n",
	}, links)
}

func TestSlugify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hello, World!", "hello-world"},
		{"  --Already-a-slug--  ", "already-a-slug"},
		{"Ça va? Très BIEN", "ça-va-très-bien"},
		{"e\u0301cole", "e\u0301cole"},
		{"Straße ΣΊΣΥΦΟΣ", "straße-σίσυφοσ"},
		{"苹果公司：AI「功能」", "苹果公司-ai-功能"},
		{"iPhone 16 — 37% growth", "iphone-16-37-growth"},
		{"don't stop", "dont-stop"},
		{"🍎🍏", ""},
		{strings.Repeat("ab ", 100), strings.TrimSuffix(strings.Repeat("ab-", 40), "-")},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, feed.Slugify(tc.in), "%q", tc.in)
	}
}

// A channel or format that would make a broken feed writes nothing.
func TestWriteErrors(t *testing.T) {
	good := []*article.Article{{Title: "A", Format: article.HTML}}
	tests := []struct {
		name  string
		f     feed.Format
		ch    feed.Channel
		items []*article.Article
		want  string
	}{
		{"no title", feed.RSS, feed.Channel{Title: " ", BaseURL: "https://x.com"}, good, "channel title is empty"},
		{"relative base", feed.RSS, feed.Channel{Title: "T", BaseURL: "/news"}, good, `channel BaseURL "/news" is not an absolute http(s) URL`},
		{"ftp base", feed.Atom, feed.Channel{Title: "T", BaseURL: "ftp://x.com"}, good, "not an absolute http(s) URL"},
		{"base with query", feed.JSON, feed.Channel{Title: "T", BaseURL: "https://x.com/?a=b"}, good, "has a query or fragment"},
		{"bad feed URL", feed.JSON, feed.Channel{Title: "T", BaseURL: "https://x.com", FeedURL: "feed.xml"}, good, "channel FeedURL"},
		{"unknown format", feed.Format(7), testChannel, good, "unknown format 7"},
		{"channel year 10000", feed.RSS, feed.Channel{Title: "T", BaseURL: "https://x.com", Updated: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, good,
			"channel Updated 10000-01-01T00:00:00Z cannot be written"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := feed.Write(&buf, tc.f, tc.ch, tc.items)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.Zero(t, buf.Len(), "nothing is written on bad input")
		})
	}
}

// An article that cannot be an item is left out and reported as an
// *article.Error with its path, and the rest of the feed is written.
// TestWriteDatesUndatedAtomEntries: Write has every item at hand, so an
// Atom entry without a date takes the newest item's, where a stream would
// have to leave it out.
func TestWriteDatesUndatedAtomEntries(t *testing.T) {
	dated := &article.Article{Title: "Dated", Format: article.HTML, PublishedOn: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}
	undated := &article.Article{Title: "Undated", Format: article.HTML}
	var buf bytes.Buffer
	require.NoError(t, feed.Write(&buf, feed.Atom, testChannel, []*article.Article{undated, dated}))
	parsed := parseBack(t, buf.Bytes())
	require.Len(t, parsed.Items, 2)
	assert.Equal(t, dated.PublishedOn, parsed.Items[0].UpdatedParsed.UTC())
}

func TestWriteLeavesOutBadItems(t *testing.T) {
	good := &article.Article{Path: "good.md", Title: "Good", Format: article.HTML, PublishedOn: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		name string
		f    feed.Format
		bad  *article.Article
		want string
	}{
		{"nil", feed.RSS, nil, "feed item 1 left out: article is nil"},
		{"untitled", feed.RSS, &article.Article{Path: "a/b.md", Format: article.HTML}, "a/b.md: feed item 1 left out: title is empty"},
		{"unknown body format", feed.JSON, &article.Article{Path: "c.md", Title: "A", Format: "rtf"}, `c.md: feed item 1 left out: unknown body format "rtf"`},
		{"too complex", feed.Atom, &article.Article{Path: "d.md", Title: "A", Format: article.Markdown, Body: strings.Repeat(">", 200) + " x"}, "d.md: feed item 1 left out: line 1 of the body: the Markdown is too complex"},
		{"atom year 10000", feed.Atom, &article.Article{Path: "e.md", Title: "A", Format: article.HTML, PublishedOn: time.Date(9999, 12, 31, 23, 0, 0, 0, time.FixedZone("", -5*3600)).UTC()},
			"e.md: feed item 1 left out: publishedOn 10000-01-01T04:00:00Z cannot be written"},
		{"rss year -5", feed.RSS, &article.Article{Title: "A", Format: article.HTML, UpdatedOn: time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC)},
			"feed item 1 left out: updatedOn -0005-03-01T00:00:00Z cannot be written"},
		{"json offset of a day", feed.JSON, &article.Article{Title: "A", Format: article.HTML, PublishedOn: time.Date(2025, 3, 1, 0, 0, 0, 0, time.FixedZone("", 25*3600))},
			"feed item 1 left out: publishedOn 2025-03-01T00:00:00+25:00 cannot be written"},
		{"atom undated while streaming", feed.Atom, &article.Article{Path: "f.md", Title: "A", Format: article.HTML},
			"f.md: feed item 1 left out: no date, which an Atom entry needs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := feed.WriteSeq(&buf, tc.f, testChannel, slices.Values([]*article.Article{good, tc.bad, good}))
			require.Error(t, err)
			assert.True(t, strings.HasPrefix(err.Error(), tc.want), "%v", err)
			assert.NotContains(t, err.Error(), "\n", "one error")
			var ae *article.Error
			require.ErrorAs(t, err, &ae)
			if tc.bad != nil {
				assert.Equal(t, tc.bad.Path, ae.Path)
			}
			requireWellFormed(t, tc.f, buf.Bytes())
			parsed := parseBack(t, buf.Bytes())
			require.Len(t, parsed.Items, 2, "the good items are written")
			assert.Equal(t, testChannel.BaseURL+"/good-2", parsed.Items[1].Link)
		})
	}
}

// Every article left out is reported, each as an *article.Error.
func TestWriteReportsEveryItemLeftOut(t *testing.T) {
	items := []*article.Article{{Path: "1.md", Format: article.HTML}, {Path: "2.md", Title: "ok", Format: article.HTML}, {Path: "3.md", Format: article.HTML}}
	var buf bytes.Buffer
	err := feed.Write(&buf, feed.JSON, testChannel, items)
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "%v", err)
	var paths []string
	for _, e := range joined.Unwrap() {
		var ae *article.Error
		require.ErrorAs(t, e, &ae)
		paths = append(paths, ae.Path)
	}
	assert.Equal(t, []string{"1.md", "3.md"}, paths)
	assert.Len(t, parseBack(t, buf.Bytes()).Items, 1)
}

// An Atom feed with no date at all cannot be written whole.
func TestWriteAtomWithoutDates(t *testing.T) {
	var buf bytes.Buffer
	err := feed.Write(&buf, feed.Atom, testChannel, []*article.Article{{Title: "A", Format: article.HTML}})
	assert.ErrorContains(t, err, "atom: no item has a date and Channel.Updated is zero")
	assert.ErrorContains(t, err, "feed item 0 left out: no date")
	ch := testChannel
	ch.Updated = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	buf.Reset()
	require.NoError(t, feed.Write(&buf, feed.Atom, ch, []*article.Article{{Title: "A", Format: article.HTML}}))
	assert.Equal(t, ch.Updated, parseBack(t, buf.Bytes()).Items[0].UpdatedParsed.UTC(), "an undated entry takes the channel's date")
}

func TestWriteEmpty(t *testing.T) {
	for _, f := range []feed.Format{feed.RSS, feed.JSON} {
		parsed := parseBack(t, write(t, f, testChannel, nil))
		assert.Empty(t, parsed.Items)
	}
}

// The content is the body as HTML whatever its format, and images are
// resolved against the channel's BaseURL.
func TestWriteContentAndImages(t *testing.T) {
	items := []*article.Article{
		{Title: "html", Body: "<p>Hi &amp; bye</p>", Format: article.HTML,
			MainImage: article.Image{URL: "/img/a.PNG", Alt: "a"}},
		{Title: "markdown", Body: "## Head\n\n*Hi* & <b>bye</b>", Format: article.Markdown,
			Thumbnail: article.Image{URL: "https://cdn.example.com/t.webp"}},
		{Title: "text", Body: "Line <1>\nline 2\n\n\nPara & 2  ", Format: article.Text,
			MainImage: article.Image{URL: "javascript:alert(1)"}},
		{Title: "unknown image type", Body: "", Format: article.HTML,
			MainImage: article.Image{URL: "https://cdn.example.com/pic?id=1"}},
	}
	want := []struct{ content, image string }{
		{"<p>Hi &amp; bye</p>", "https://news.example.com/img/a.PNG"},
		{"<h2>Head</h2>\n<p><em>Hi</em> &amp; <b>bye</b></p>\n", "https://cdn.example.com/t.webp"},
		{"<p>Line &lt;1&gt;<br>\nline 2</p>\n<p>Para &amp; 2</p>\n", ""},
		{"", "https://cdn.example.com/pic?id=1"},
	}
	ch := testChannel
	ch.Updated = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC) // Atom wants a date
	for _, f := range formats {
		t.Run(f.String(), func(t *testing.T) {
			parsed := parseBack(t, write(t, f, ch, items))
			for i, w := range want {
				got := parsed.Items[i]
				assert.Equal(t, strings.TrimSpace(w.content), strings.TrimSpace(got.Content), items[i].Title)
				image := ""
				if got.Image != nil {
					image = got.Image.URL
				} else if len(got.Enclosures) > 0 {
					image = got.Enclosures[0].URL
				}
				assert.Equal(t, w.image, image, items[i].Title)
			}
		})
	}
}

// The channel's fields reach the feed, and its date is the latest item's
// unless set.
func TestWriteChannel(t *testing.T) {
	items := []*article.Article{
		{Title: "old", PublishedOn: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Format: article.HTML},
		{Title: "new", PublishedOn: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
			UpdatedOn: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC), Format: article.HTML},
	}
	for _, f := range formats {
		t.Run(f.String(), func(t *testing.T) {
			parsed := parseBack(t, write(t, f, testChannel, items))
			assert.Equal(t, testChannel.Title, parsed.Title)
			assert.Equal(t, testChannel.Description, parsed.Description)
			assert.Equal(t, testChannel.Language, parsed.Language)
			assert.Equal(t, "https://news.example.com/articles/", parsed.Link)
			assert.Equal(t, testChannel.FeedURL, parsed.FeedLink)
			if f != feed.JSON { // gofeed takes a JSON Feed's date from its first item
				require.NotNil(t, parsed.UpdatedParsed)
				assert.Equal(t, "2024-05-01T12:00:00Z", parsed.UpdatedParsed.UTC().Format(time.RFC3339))
			}
			if f != feed.RSS {
				require.NotEmpty(t, parsed.Authors)
				assert.Equal(t, testChannel.Author, parsed.Authors[0].Name)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range formats {
		got, err := feed.ParseFormat(strings.ToUpper(f.String()))
		require.NoError(t, err)
		assert.Equal(t, f, got)
		assert.NotEmpty(t, f.ContentType())
	}
	_, err := feed.ParseFormat("rdf")
	assert.ErrorContains(t, err, `unknown format "rdf"`)
	assert.Equal(t, "Format(9)", feed.Format(9).String())
	assert.Empty(t, feed.Format(-1).ContentType())
}

// The feeds of a few fixed articles, reviewed by eye: the seed (HTML), a
// Markdown and a text article.
func TestWriteGolden(t *testing.T) {
	articles := goldenArticles(t)
	for _, f := range formats {
		golden.Check(t, filepath.Join("testdata", "golden", "feed."+f.String()), write(t, f, testChannel, articles))
	}
}

func goldenArticles(t *testing.T) []*article.Article {
	seed, err := article.ParseFile(testcorpus.SeedPath(t))
	require.NoError(t, err)
	seed.Path = "news/alibaba-apple.md"
	md := &article.Article{
		Title: "Markdown & friends", Subtitle: "A <small> test", Source: "example.org",
		PublishedOn: time.Date(2025, 3, 1, 8, 0, 0, 0, time.FixedZone("", 3600)),
		Body:        "Some *Markdown* with a [link](https://example.org).\n\n- one\n- two", Format: article.Markdown,
		Summary: article.Summary{Excerpt: "Some Markdown with a link."},
		Extra:   map[string]any{"slug": "markdown-friends"},
	}
	text := &article.Article{
		Title: "Plain text: 苹果", Description: "Text <escaped>", Body: "One & two.\n\nThree.", Format: article.Text,
		PublishedOn: time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC),
	}
	return []*article.Article{seed, md, text}
}

func TestNewsArticle(t *testing.T) {
	for i, a := range goldenArticles(t) {
		ld, err := feed.NewsArticle(a, testChannel)
		require.NoError(t, err)
		assert.NotContains(t, string(ld), "<")
		golden.Check(t, filepath.Join("testdata", "golden", fmt.Sprintf("article-%d.jsonld", i+1)), ld)
	}
}

func TestNewsArticleFields(t *testing.T) {
	a := &article.Article{
		Title: "</script><script>alert(1)</script>", Subtitle: "Sub", Description: "D & d",
		PublishedOn: time.Date(2025, 2, 14, 0, 0, 0, 0, time.UTC), UpdatedOn: time.Date(2025, 2, 15, 0, 0, 0, 0, time.UTC),
		MainImage: article.Image{URL: "https://cdn.example.com/a.png", Alt: "a"}, Source: "techcrunch.com",
		Format: article.HTML,
	}
	ld, err := feed.NewsArticle(a, testChannel)
	require.NoError(t, err)
	assert.NotContains(t, string(ld), "</script")
	var got map[string]any
	require.NoError(t, json.Unmarshal(ld, &got))
	link := testChannel.BaseURL + "/script-script-alert-1-script"
	assert.Equal(t, map[string]any{
		"@context":            "https://schema.org",
		"@type":               "NewsArticle",
		"headline":            a.Title,
		"alternativeHeadline": "Sub",
		"description":         "D & d",
		"image":               []any{"https://cdn.example.com/a.png"},
		"datePublished":       "2025-02-14T00:00:00Z",
		"dateModified":        "2025-02-15T00:00:00Z",
		"inLanguage":          "en",
		"publisher":           map[string]any{"@type": "Organization", "name": "techcrunch.com"},
		"url":                 link,
		"mainEntityOfPage":    map[string]any{"@type": "WebPage", "@id": link},
	}, got)

	_, err = feed.NewsArticle(&article.Article{Format: article.HTML}, testChannel)
	assert.ErrorContains(t, err, "title is empty")
	_, err = feed.NewsArticle(a, feed.Channel{Title: "T"})
	assert.ErrorContains(t, err, "BaseURL")
	_, err = feed.NewsArticle(nil, testChannel)
	assert.Error(t, err)
}

// Feeds of the same articles are written at once, and the articles are
// left as they were.
func TestWriteConcurrent(t *testing.T) {
	articles := testcorpus.Articles(t, 20)
	before, err := json.Marshal(articles)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Go(func() {
			var buf bytes.Buffer
			assert.NoError(t, feed.Write(&buf, formats[i%len(formats)], testChannel, articles))
		})
	}
	wg.Wait()
	after, err := json.Marshal(articles)
	require.NoError(t, err)
	assert.JSONEq(t, string(before), string(after))
}

// TestItemsCarryAuthorsAndCategories: an article's Authors, Categories and
// Tags reach every format's item, as gofeed reads them back, and its
// JSON-LD.
func TestItemsCarryAuthorsAndCategories(t *testing.T) {
	a := &article.Article{
		Title: "Tagged", Format: article.HTML, Body: "<p>x</p>", PublishedOn: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC),
		Authors: []string{"Ann Lee", "Bo Chen"}, Categories: []string{"news"}, Tags: []string{"ai", "phones"}, Lang: "en",
	}
	for _, f := range []feed.Format{feed.RSS, feed.Atom, feed.JSON} {
		t.Run(f.String(), func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, feed.Write(&buf, f, testChannel, []*article.Article{a}))
			parsed := parseBack(t, buf.Bytes())
			require.Len(t, parsed.Items, 1)
			it := parsed.Items[0]
			assert.Equal(t, []string{"news", "ai", "phones"}, it.Categories)
			var names []string
			for _, p := range it.Authors {
				names = append(names, p.Name)
			}
			if f == feed.RSS { // dc:creator holds one name
				assert.Equal(t, []string{"Ann Lee, Bo Chen"}, names)
			} else {
				assert.Equal(t, []string{"Ann Lee", "Bo Chen"}, names)
			}
		})
	}
	ld, err := feed.NewsArticle(a, testChannel)
	require.NoError(t, err)
	assert.Contains(t, string(ld), `"author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]`)
	assert.Contains(t, string(ld), `"keywords":"news, ai, phones"`)
	assert.Contains(t, string(ld), `"inLanguage":"en"`)
}

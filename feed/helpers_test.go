package feed_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/mmcdole/gofeed"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
)

// testingT is what the helpers need of *testing.T, *testing.F's T and
// *rapid.T.
type testingT interface {
	require.TestingT
	Helper()
}

var formats = []feed.Format{feed.RSS, feed.Atom, feed.JSON}

// testChannel is the channel of most tests.
var testChannel = feed.Channel{
	Title:       "Tech news",
	Description: "What happened in tech",
	BaseURL:     "https://news.example.com/articles",
	Language:    "en",
	Author:      "The Newsroom",
	FeedURL:     "https://news.example.com/feed",
}

// write writes a feed and checks that it is well-formed.
func write(t testingT, f feed.Format, ch feed.Channel, items []*article.Article) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, feed.Write(&buf, f, ch, items))
	requireWellFormed(t, f, buf.Bytes())
	return buf.Bytes()
}

// requireWellFormed fails unless out is well-formed XML or valid JSON.
func requireWellFormed(t testingT, f feed.Format, out []byte) {
	t.Helper()
	if f == feed.JSON {
		require.True(t, json.Valid(out), "not JSON:\n%s", out)
		return
	}
	dec := xml.NewDecoder(bytes.NewReader(out))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		require.NoError(t, err, "not well-formed XML:\n%s", out)
	}
}

// parseBack reads a feed with gofeed.
func parseBack(t testingT, out []byte) *gofeed.Feed {
	t.Helper()
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(out))
	require.NoError(t, err, "%s", out)
	return parsed
}

// want is what a reader should find of an article in a feed.
type want struct {
	title, link, summary, image string
	published, updated          time.Time
}

// wantOf states the documented rules: the summary is the description,
// else the excerpt; the published date falls back to updatedOn; the
// updated date is never before the published one.
func wantOf(a *article.Article, link string) want {
	w := want{title: a.Title, link: link, summary: a.Description, image: a.MainImage.URL,
		published: a.PublishedOn, updated: a.UpdatedOn}
	if strings.TrimSpace(w.summary) == "" {
		w.summary = a.Summary.Excerpt
	}
	if w.image == "" {
		w.image = a.Thumbnail.URL
	}
	if w.published.IsZero() {
		w.published = a.UpdatedOn
	}
	if w.updated.Before(w.published) {
		w.updated = w.published
	}
	return w
}

// checkItem checks what gofeed read of an item against w. RSS
// descriptions are HTML; in XML, characters XML cannot hold become U+FFFD,
// and gofeed trims white space off the raw text of elements, where
// encoding/xml has escaped tabs and line ends.
func checkItem(t testingT, f feed.Format, w want, got *gofeed.Item) {
	t.Helper()
	text := func(s string) string { return s }
	if f != feed.JSON {
		text = func(s string) string {
			return strings.TrimFunc(xmlChars(s), func(r rune) bool {
				return unicode.IsSpace(r) && r != '\t' && r != '\n' && r != '\r'
			})
		}
	}
	assert.Equal(t, text(w.title), got.Title, "title")
	assert.Equal(t, w.link, got.Link, "link")
	assert.Equal(t, w.link, got.GUID, "id")
	summary := got.Description
	if f == feed.RSS {
		summary = html.UnescapeString(summary)
	}
	assert.Equal(t, text(w.summary), summary, "summary of %s", w.link)
	checkDate(t, "published", w.published, got.PublishedParsed)
	checkDate(t, "updated", w.updated, got.UpdatedParsed)
	image := ""
	if got.Image != nil {
		image = got.Image.URL
	} else if len(got.Enclosures) > 0 {
		image = got.Enclosures[0].URL
	}
	assert.Equal(t, w.image, image, "image of %s", w.link)
}

func checkDate(t testingT, name string, w time.Time, got *time.Time) {
	t.Helper()
	if w.IsZero() {
		assert.Nil(t, got, name)
		return
	}
	if assert.NotNil(t, got, name) {
		assert.True(t, w.Truncate(time.Second).Equal(*got), "%s: want %s, got %s", name, w, got)
	}
}

// xmlChars replaces the characters XML cannot hold with U+FFFD, as
// encoding/xml does.
func xmlChars(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
			r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return '\uFFFD'
	}, s)
}

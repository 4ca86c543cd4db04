package feed_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
	"github.com/articlekit/article/feed"
	"github.com/articlekit/article/internal/testcorpus"
)

// FuzzFeedWrite writes an article made of the inputs, twice, in every
// format: Write never panics; it fails only for a blank title, an
// unknown body format or a date outside the years 0 to 9999 (and, in Atom,
// for no date), and then leaves both items out (an Atom feed without a
// date is not finished); it leaves the article as
// it was and writes the same bytes every time; and what it writes is
// well-formed XML or JSON that gofeed reads back as two items with links
// of their own under the channel's BaseURL and the article's date. JSON-LD
// holds no < or >.
func FuzzFeedWrite(f *testing.F) {
	f.Add("Fish & chips", "<b>desc</b>", "<p>body</p>", "slug", "/img/a.png", "html", int64(1739491200))
	f.Add("苹果 ]]> <![CDATA[", "\x00\x1f\ufffe", "## *md*\n\n<script>x</script>", "../a/./b", "javascript:x", "markdown", int64(-1))
	f.Add("\t\n", "", "text\n\n& more", "", "https://x/%zz", "text", int64(0))
	for _, a := range testcorpus.FuzzArticles(f) {
		f.Add(a.Title, a.Description, a.Body, feed.Slug(a), a.MainImage.URL, string(a.Format), a.PublishedOn.Unix())
	}
	f.Fuzz(func(t *testing.T, title, desc, body, slug, image, format string, unix int64) {
		a := &article.Article{
			Title: title, Description: desc, Body: body, Format: article.Format(format),
			MainImage: article.Image{URL: image, Alt: desc}, Subtitle: desc, Source: desc,
			Extra: map[string]any{"slug": slug}, PublishedOn: time.Unix(unix%(1<<40), 0).UTC(),
		}
		before := a.Clone()
		year := a.PublishedOn.Year()
		item := strings.TrimSpace(title) != "" && year >= 0 && year <= 9999 // what NewsArticle needs
		valid := item && (a.Format == article.HTML || a.Format == article.Markdown || a.Format == article.Text)
		for _, f := range formats {
			var buf bytes.Buffer
			if err := feed.Write(&buf, f, testChannel, []*article.Article{a, a}); err != nil {
				if valid && (f != feed.Atom || !a.PublishedOn.IsZero()) {
					t.Fatalf("%s: %v", f, err)
				}
				if f != feed.Atom {
					requireWellFormed(t, f, buf.Bytes())
					if n := len(parseBack(t, buf.Bytes()).Items); n > 0 {
						t.Fatalf("%s: %v, but wrote %d items", f, err, n)
					}
				}
				continue
			}
			if !valid {
				t.Fatalf("%s: no error for title %q and format %q", f, title, format)
			}
			requireWellFormed(t, f, buf.Bytes())
			var again bytes.Buffer
			if err := feed.Write(&again, f, testChannel, []*article.Article{a, a}); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Fatalf("%s: a second Write differs (%v):\n%s\n%s", f, err, buf.Bytes(), again.Bytes())
			}
			parsed := parseBack(t, buf.Bytes())
			if len(parsed.Items) != 2 {
				t.Fatalf("%s: %d items, want 2:\n%s", f, len(parsed.Items), buf.Bytes())
			}
			first, second := parsed.Items[0], parsed.Items[1]
			for _, it := range parsed.Items {
				if !strings.HasPrefix(it.Link, testChannel.BaseURL+"/") || it.GUID != it.Link {
					t.Fatalf("%s: link %q, id %q:\n%s", f, it.Link, it.GUID, buf.Bytes())
				}
			}
			if first.Link == second.Link {
				t.Fatalf("%s: both items link to %q", f, first.Link)
			}
			if d := first.PublishedParsed; !a.PublishedOn.IsZero() && (d == nil || !d.Equal(a.PublishedOn)) {
				t.Fatalf("%s: published %v reads back as %v:\n%s", f, a.PublishedOn, d, buf.Bytes())
			}
		}
		if ld, err := feed.NewsArticle(a, testChannel); err == nil {
			requireWellFormed(t, feed.JSON, ld)
			if bytes.ContainsAny(ld, "<>") {
				t.Fatalf("JSON-LD holds < or >: %s", ld)
			}
		} else if item {
			t.Fatalf("NewsArticle: %v", err)
		}
		if diff := articletest.Diff(before, a); diff != "" {
			t.Fatalf("Write changed the article:\n%s", diff)
		}
	})
}

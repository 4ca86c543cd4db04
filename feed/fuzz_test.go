package feed_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
)

// FuzzFeedWrite writes an article made of the inputs in every format:
// Write never panics, and what it writes is well-formed XML or JSON.
func FuzzFeedWrite(f *testing.F) {
	f.Add("Fish & chips", "<b>desc</b>", "<p>body</p>", "slug", "/img/a.png", "html", int64(1739491200))
	f.Add("苹果 ]]> <![CDATA[", "\x00\x1f\ufffe", "## *md*\n\n<script>x</script>", "../a/./b", "javascript:x", "markdown", int64(-1))
	f.Add("\t\n", "", "text\n\n& more", "", "https://x/%zz", "text", int64(0))
	f.Fuzz(func(t *testing.T, title, desc, body, slug, image, format string, unix int64) {
		a := &article.Article{
			Title: title, Description: desc, Body: body, Format: article.Format(format),
			MainImage: article.Image{URL: image, Alt: desc}, Subtitle: desc, Source: desc,
			Extra: map[string]any{"slug": slug}, PublishedOn: time.Unix(unix%(1<<40), 0).UTC(),
		}
		for _, f := range formats {
			var buf bytes.Buffer
			if err := feed.Write(&buf, f, testChannel, []*article.Article{a, a}); err != nil {
				continue
			}
			requireWellFormed(t, f, buf.Bytes())
		}
		if ld, err := feed.NewsArticle(a, testChannel); err == nil {
			requireWellFormed(t, feed.JSON, ld)
			if bytes.ContainsAny(ld, "<>") {
				t.Fatalf("JSON-LD holds < or >: %s", ld)
			}
		}
	})
}

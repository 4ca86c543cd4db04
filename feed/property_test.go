package feed_test

import (
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/articlekit/article"
)

// Any titles and descriptions come back from gofeed as they went in,
// in every format, as do the links, dates and images.
func TestWriteRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 5).Draw(t, "items")
		items := make([]*article.Article, n)
		for i := range items {
			title := rapid.String().Filter(func(s string) bool { return strings.TrimSpace(s) != "" }).Draw(t, "title")
			items[i] = &article.Article{
				Title:       title,
				Description: rapid.String().Draw(t, "description"),
				PublishedOn: time.Unix(rapid.Int64Range(0, 4e9).Draw(t, "published"), 0).UTC(),
				UpdatedOn:   time.Unix(rapid.Int64Range(0, 4e9).Draw(t, "updated"), 0).In(time.FixedZone("", 3600*rapid.IntRange(-12, 14).Draw(t, "zone"))),
				MainImage:   article.Image{URL: rapid.SampledFrom([]string{"", "https://cdn.example.com/a.jpg", "https://x.example/i?s=1&t=<2>"}).Draw(t, "image")},
				Format:      article.HTML,
			}
		}
		for _, f := range formats {
			parsed := parseBack(t, write(t, f, testChannel, items))
			if len(parsed.Items) != n {
				t.Fatalf("%s: %d items, want %d", f, len(parsed.Items), n)
			}
			for i, a := range items {
				checkItem(t, f, wantOf(a, parsed.Items[i].Link), parsed.Items[i])
			}
		}
	})
}

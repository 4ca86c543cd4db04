package feed_test

import (
	"bytes"
	"errors"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
)

// MaxItems keeps the newest items, newest first, ties in the order given,
// undated ones last, as a stable sort of the whole stream would: the law of
// a heap of N.
func TestMaxItemsKeepsTheNewest(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 40).Draw(t, "articles")
		articles := make([]*article.Article, n)
		for i := range articles {
			day := rapid.IntRange(-1, 5).Draw(t, "day") // few days: many ties; 0 is undated
			a := &article.Article{Title: "a" + strconv.Itoa(i), Format: article.HTML}
			switch {
			case day > 0:
				a.PublishedOn = time.Date(2025, 1, day, 0, 0, 0, 0, time.UTC)
			case day < 0: // before the zero time, and dated
				a.PublishedOn = time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC)
			}
			articles[i] = a
		}
		ch := testChannel
		ch.MaxItems = rapid.IntRange(1, 45).Draw(t, "max")
		want := slices.Clone(articles)
		slices.SortStableFunc(want, func(a, b *article.Article) int {
			if a.PublishedOn.IsZero() != b.PublishedOn.IsZero() {
				return map[bool]int{true: 1, false: -1}[a.PublishedOn.IsZero()]
			}
			return b.PublishedOn.Compare(a.PublishedOn)
		})
		want = want[:min(len(want), ch.MaxItems)]

		f := rapid.SampledFrom([]feed.Format{feed.RSS, feed.JSON}).Draw(t, "format")
		parsed := parseBack(t, write(t, f, ch, articles))
		var got, wantTitles []string
		for _, it := range parsed.Items {
			got = append(got, it.Title)
		}
		for _, a := range want {
			wantTitles = append(wantTitles, a.Title)
		}
		require.Equal(t, wantTitles, got)
	})
}

// With MaxItems the feed's date is the newest kept item's, known before
// the entries, so an undated Atom entry takes it.
func TestMaxItemsDatesTheFeed(t *testing.T) {
	ch := testChannel
	ch.MaxItems = 2
	date := time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	items := []*article.Article{
		{Title: "undated", Format: article.HTML},
		{Title: "dated", Format: article.HTML, PublishedOn: date},
		{Title: "older", Format: article.HTML, PublishedOn: date.AddDate(0, 0, -1)},
	}
	parsed := parseBack(t, write(t, feed.Atom, ch, items))
	require.Len(t, parsed.Items, 2)
	assert.Equal(t, "dated", parsed.Items[0].Title)
	assert.Equal(t, "older", parsed.Items[1].Title)
	assert.Equal(t, date, parsed.UpdatedParsed.UTC())
}

// failingWriter fails every write after the first n bytes.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n < len(p) {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// A writer that fails stops the stream: WriteSeq reads no further than it
// must, and reports the writer's error first, with the items left out.
func TestWriteSeqStopsOnWriteError(t *testing.T) {
	for _, f := range formats {
		t.Run(f.String(), func(t *testing.T) {
			read := 0
			articles := func(yield func(*article.Article) bool) {
				for i := range 100_000 {
					read++
					a := &article.Article{Title: "A", Body: string(bytes.Repeat([]byte("x"), 1000)), Format: article.Text, PublishedOn: time.Unix(int64(i), 0)}
					if i == 0 {
						a.Title = ""
					}
					if !yield(a) {
						return
					}
				}
			}
			err := feed.WriteSeq(&failingWriter{n: 10_000}, f, testChannel, articles)
			assert.ErrorContains(t, err, "disk full")
			var ae *article.Error
			assert.ErrorAs(t, err, &ae, "the untitled item is reported too")
			assert.Less(t, read, 1000, "the stream is not read to its end")
		})
	}
}

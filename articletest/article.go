package articletest

import (
	"math/rand"
	"reflect"
	"strings"
	"time"

	"github.com/articlekit/article"
	"pgregory.net/rapid"
)

// Article generates articles across everything package article reads: every
// field set or empty, text of every script, HTML (with attack payloads in
// some), Markdown and text bodies, extras with nested lists and maps, and
// dates over centuries and time zones. Path and Summary are left zero, so
// every article reads back unchanged after WriteTo.
func Article() *rapid.Generator[*article.Article] {
	return rapid.Custom(func(t *rapid.T) *article.Article {
		a := &article.Article{
			Title:       orEmpty(phrase()).Draw(t, "title"),
			Subtitle:    orEmpty(anyText()).Draw(t, "subtitle"),
			Description: orEmpty(rapid.Custom(paragraph)).Draw(t, "description"),
			PublishedOn: orZero(Date()).Draw(t, "publishedOn"),
			UpdatedOn:   orZero(Date()).Draw(t, "updatedOn"),
			NewsDate:    orZero(Date()).Draw(t, "newsDate"),
			MainImage:   image().Draw(t, "mainImage"),
			Thumbnail:   image().Draw(t, "thumbnail"),
			Source:      orEmpty(rapid.SampledFrom([]string{"techcrunch.com", "reuters.com", "scmp.com", "例子.中国"})).Draw(t, "source"),
			Draft:       rapid.Bool().Draw(t, "draft"),
			Archived:    rapid.Bool().Draw(t, "archived"),
			Tags:        names().Draw(t, "tags"),
			Categories:  names().Draw(t, "categories"),
			Authors:     names().Draw(t, "authors"),
			Slug:        orEmpty(rapid.SampledFrom([]string{"a-post", "2024/hello", "ünïcode"})).Draw(t, "slug"),
			Lang:        orEmpty(rapid.SampledFrom([]string{"en", "en-us", "zh-Hans"})).Draw(t, "lang"),
			Extra:       extra().Draw(t, "extra"),
		}
		switch rapid.IntRange(0, 5).Draw(t, "format") {
		case 0, 1:
			a.Format, a.Body = article.HTML, HTMLBody().Draw(t, "body")
		case 2:
			a.Format, a.Body = article.HTML, HostileHTML().Draw(t, "body")
		case 3, 4:
			a.Format, a.Body = article.Markdown, MarkdownBody().Draw(t, "body")
		default:
			a.Format, a.Body = article.Text, strings.Join(rapid.SliceOfN(rapid.Custom(paragraph), 0, 4).Draw(t, "paragraphs"), "\n\n")
		}
		return a
	})
}

// names generates the lists of names tags, categories and authors hold:
// none, one or a few, of any text.
func names() *rapid.Generator[[]string] {
	return rapid.Custom(func(t *rapid.T) []string {
		l := rapid.SliceOfN(anyText(), 0, 3).Draw(t, "names")
		if len(l) == 0 {
			return nil
		}
		return l
	})
}

func paragraph(t *rapid.T) string {
	return strings.Join(rapid.SliceOfN(sentence(), 1, 5).Draw(t, "sentences"), " ")
}

// Date generates times from the year 1000 to 2999, at midnight UTC as a
// bare day or at any instant in UTC or a fixed zone of whole minutes: the
// forms front matter holds and article reads back exactly.
func Date() *rapid.Generator[time.Time] {
	return rapid.Custom(func(t *rapid.T) time.Time {
		day := time.Date(rapid.IntRange(1000, 2999).Draw(t, "year"), time.Month(rapid.IntRange(1, 12).Draw(t, "month")),
			rapid.IntRange(1, 28).Draw(t, "day"), 0, 0, 0, 0, time.UTC)
		if rapid.Bool().Draw(t, "bare day") {
			return day
		}
		instant := day.Add(time.Duration(rapid.Int64Range(0, int64(24*time.Hour-1)).Draw(t, "time")))
		if rapid.Bool().Draw(t, "whole seconds") {
			instant = instant.Truncate(time.Second)
		}
		offset := rapid.IntRange(-14*60, 14*60).Draw(t, "offset minutes") * 60
		if offset == 0 {
			return instant
		}
		return instant.In(time.FixedZone("", offset))
	})
}

func image() *rapid.Generator[article.Image] {
	return rapid.Custom(func(t *rapid.T) article.Image {
		if rapid.IntRange(0, 2).Draw(t, "image") == 0 {
			return article.Image{}
		}
		return article.Image{
			URL: rapid.SampledFrom([]string{"https://cdn.example.com/a.png", "http://example.org/i/б.jpg?w=1&h=2", "/relative.png", "javascript:alert(1)"}).Draw(t, "url"),
			Alt: orEmpty(anyText()).Draw(t, "alt"),
		}
	})
}

// extra generates Extra maps: nil or keys of any text (none of the typed
// fields' keys) holding values of every type front matter has.
func extra() *rapid.Generator[map[string]any] {
	return rapid.Custom(func(t *rapid.T) map[string]any {
		keys := rapid.SliceOfNDistinct(rapid.OneOf(rapid.SampledFrom([]string{"author", "language", "weight", "date", "Title", "Tags"}), rapid.String()), 0, 5, rapid.ID[string]).
			Filter(func(keys []string) bool { return !hasTypedKey(keys) }).Draw(t, "keys")
		if len(keys) == 0 {
			return nil
		}
		m := make(map[string]any, len(keys))
		for _, k := range keys {
			m[k] = value(2).Draw(t, k)
		}
		return m
	})
}

var typedKeys = map[string]bool{
	"title": true, "subtitle": true, "description": true, "publishedOn": true, "updatedOn": true, "mainImage": true,
	"thumbnail": true, "altTextThumbnail": true, "altTextMainImage": true, "source": true, "newsDate": true, "draft": true, "archived": true,
	"tags": true, "categories": true, "authors": true, "slug": true, "lang": true,
}

func hasTypedKey(keys []string) bool {
	for _, k := range keys {
		if typedKeys[k] {
			return true
		}
	}
	return false
}

// value generates an Extra value, nesting lists and maps depth levels deep.
func value(depth int) *rapid.Generator[any] {
	scalars := []*rapid.Generator[any]{
		rapid.Map(anyText(), func(s string) any { return s }),
		rapid.Map(rapid.Bool(), func(b bool) any { return b }),
		rapid.Map(rapid.Int(), func(i int) any { return i }),
		rapid.Map(rapid.Float64().Filter(func(f float64) bool { return f == f }), func(f float64) any { return f }),
		rapid.Map(Date(), func(d time.Time) any { return d }),
		rapid.Just[any](nil),
	}
	if depth == 0 {
		return rapid.OneOf(scalars...)
	}
	return rapid.OneOf(append(scalars,
		rapid.Map(rapid.SliceOfN(value(depth-1), 0, 4), func(s []any) any { return s }),
		rapid.Map(rapid.MapOfN(anyText(), value(depth-1), 0, 4), func(m map[string]any) any { return m }),
	)...)
}

func orEmpty(g *rapid.Generator[string]) *rapid.Generator[string] {
	return rapid.OneOf(g, g, g, rapid.Just(""))
}

func orZero(g *rapid.Generator[time.Time]) *rapid.Generator[time.Time] {
	return rapid.OneOf(g, g, g, rapid.Just(time.Time{}))
}

// Random returns an article drawn from Article with the randomness of r, for
// tests built on math/rand or testing/quick rather than rapid.
func Random(r *rand.Rand) *article.Article {
	return Article().Example(r.Int())
}

// Quick is an Article that testing/quick can generate:
//
//	quick.Check(func(q articletest.Quick) bool { return myCheck(q.Article) }, nil)
type Quick struct{ *article.Article }

// Generate implements quick.Generator.
func (Quick) Generate(r *rand.Rand, _ int) reflect.Value {
	return reflect.ValueOf(Quick{Random(r)})
}

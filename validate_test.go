package article

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// problems returns the keys Validate names, in order.
func problems(t *testing.T, a *Article, now time.Time) []string {
	t.Helper()
	var keys []string
	for _, e := range Problems(a.validateAt(now)) {
		var ae *Error
		require.True(t, errors.As(e, &ae))
		keys = append(keys, ae.Key)
	}
	return keys
}

func TestValidateSeed(t *testing.T) {
	a, err := ParseFile(seedPath)
	require.NoError(t, err)
	err = a.Validate()
	assert.EqualError(t, err, "testdata/seed.md:6: updatedOn: 2025-02-17 is before publishedOn 2025-04-07")
}

// TestValidateNamesTheFilesLineAndKey shows that a problem names the key
// the file gave the field, a site's key too, and its line, in every
// front-matter syntax; a key the file lacks has no line.
func TestValidateNamesTheFilesLineAndKey(t *testing.T) {
	tests := []struct {
		name, file string
		want       []string
	}{
		{"yaml", "---\ntitle: T\npublishedOn: 2025-03-01\nupdatedOn: 2025-02-01\n---\nbody\n",
			[]string{"4: updatedOn"}},
		{"hugo toml", "+++\ntitle = 'T'\ndate = 2025-03-01\n\nlastmod = 2025-02-01\nimage = '/a.png'\n+++\nbody\n",
			[]string{"5: lastmod", "0: altTextMainImage"}},
		{"json", "{\n  \"title\": \"\",\n  \"publishedOn\": \"2025-03-01\"\n}\nbody\n",
			[]string{"2: title"}},
		{"absent", "---\npublishedOn: 2025-03-01\n---\nbody\n", []string{"0: title"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(tc.file), WithSiteKeys(true))
			require.NoError(t, err)
			var got []string
			for _, e := range Problems(a.validateAt(day(2026, 1, 1))) {
				var ae *Error
				require.True(t, errors.As(e, &ae))
				got = append(got, fmt.Sprintf("%d: %s", ae.Line, ae.Key))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestValidate(t *testing.T) {
	now := day(2026, 1, 1)
	good := func() *Article {
		return &Article{Title: "T", PublishedOn: day(2025, 1, 1), UpdatedOn: day(2025, 1, 2), Format: HTML,
			MainImage: Image{URL: "https://x.example/a.png", Alt: "A"}}
	}
	tests := []struct {
		name   string
		change func(a *Article)
		want   []string
	}{
		{"good", func(a *Article) {}, nil},
		{"empty title", func(a *Article) { a.Title = "" }, []string{"title"}},
		{"updated before published", func(a *Article) { a.UpdatedOn = day(2024, 1, 1) }, []string{"updatedOn"}},
		{"far future", func(a *Article) { a.NewsDate = day(2030, 1, 1) }, []string{"newsDate"}},
		{"relative image", func(a *Article) { a.MainImage.URL = "/img/a.png" }, nil},
		{"data image", func(a *Article) { a.MainImage.URL = "data:image/png;base64,AAAA" }, []string{"mainImage"}},
		{"javascript image", func(a *Article) { a.Thumbnail = Image{URL: "javascript:alert(1)", Alt: "x"} }, []string{"thumbnail"}},
		{"no alt", func(a *Article) { a.Thumbnail = Image{URL: "http://x.example/t.png"} }, []string{"altTextThumbnail"}},
		{"unknown format", func(a *Article) { a.Format = "rst" }, []string{"format"}},
		{"extra collides", func(a *Article) { a.Extra = map[string]any{"title": "again"} }, []string{"title"}},
		{"several", func(a *Article) { a.Title = ""; a.MainImage.Alt = "" }, []string{"title", "altTextMainImage"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := good()
			tc.change(a)
			assert.Equal(t, tc.want, problems(t, a, now))
		})
	}
}

// TestWriteToRefusesCollidingExtra: Extra under a typed field's own key,
// which Parse reads as the field, is refused, whatever its shape: written,
// a list under slug or a word under draft would be a file Parse refuses.
func TestWriteToRefusesCollidingExtra(t *testing.T) {
	for key, v := range map[string]any{"title": "again", "slug": []any{"a"}, "tags": map[string]any{"a": 1}, "draft": "maybe", "publishedOn": []any{1}} {
		a := &Article{Title: "T", Format: HTML, Extra: map[string]any{key: v}}
		_, err := a.MarshalText()
		var e *Error
		require.ErrorAs(t, err, &e, key)
		assert.Equal(t, key, e.Key)
	}
	a := mustParse(t, "---\ntitle: T\ndate: 2024-01-01\n---\n") // the field under another key
	a.Extra = map[string]any{"publishedOn": []any{1}}
	_, err := a.MarshalText()
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "publishedOn", e.Key)
}

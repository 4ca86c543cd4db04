package articletest

import (
	"strings"
	"testing"
	"unicode"

	"github.com/articlekit/article"
	"github.com/stretchr/testify/assert"
)

// TestArticleCoversItsSpace draws a few hundred articles and checks that
// every kind of thing the generator promises turns up.
func TestArticleCoversItsSpace(t *testing.T) {
	seen := map[string]int{}
	for i := range 400 {
		a := Article().Example(i)
		seen["format "+string(a.Format)]++
		if len(a.Extra) > 0 {
			seen["extras"]++
		}
		for _, v := range a.Extra {
			switch v.(type) {
			case []any:
				seen["extra list"]++
			case map[string]any:
				seen["extra map"]++
			}
		}
		if !a.PublishedOn.IsZero() {
			seen["date"]++
			if _, offset := a.PublishedOn.Zone(); offset != 0 {
				seen["date with offset"]++
			}
			if a.PublishedOn.Year() < 1900 {
				seen["date before 1900"]++
			}
		}
		text := a.Title + a.Body
		for _, r := range text {
			switch {
			case unicode.Is(unicode.Han, r):
				seen["CJK"]++
			case unicode.Is(unicode.Arabic, r) || unicode.Is(unicode.Hebrew, r):
				seen["right-to-left"]++
			case r >= 0x1F300:
				seen["emoji"]++
			case unicode.Is(unicode.Mn, r):
				seen["combining mark"]++
			}
		}
		if a.Format == article.HTML && (strings.Contains(a.Body, "script") || strings.Contains(a.Body, "onerror")) {
			seen["hostile"]++
		}
		if a.Title == "" {
			seen["empty title"]++
		}
	}
	for _, want := range []string{"format html", "format markdown", "format text", "extras", "extra list", "extra map",
		"date", "date with offset", "date before 1900", "CJK", "right-to-left", "emoji", "combining mark", "hostile", "empty title"} {
		assert.Greater(t, seen[want], 0, "no %s in 400 articles", want)
	}
}

package article

import (
	"bytes"
	"encoding/json"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/articlekit/article/internal/golden"
)

// jsonRoundTrip marshals a to JSON and back. JSON carries the values, not
// the keys a file used, so those are compared as WriteTo would write them.
func jsonRoundTrip(t testing.TB, a *Article) *Article {
	t.Helper()
	data, err := json.Marshal(a)
	require.NoError(t, err)
	var b Article
	require.NoError(t, json.Unmarshal(data, &b), "%s", data)
	b.keys, b.dates, b.layout, b.scalars = a.keys, a.dates, a.layout, a.scalars // how the file wrote them, which JSON does not carry
	return &b
}

func TestJSONShape(t *testing.T) {
	a, err := ParseFile(seedPath)
	require.NoError(t, err)
	a.Extra = map[string]any{"tags": []any{"ai"}, "score": 3.0, "count": 2}
	data, err := json.Marshal(a)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	assert.Equal(t, "2025-04-07T00:00:00Z", m["publishedOn"])
	assert.Equal(t, "2025-02-17T00:00:00Z", m["updatedOn"])
	assert.NotContains(t, m, "thumbnail", "an empty image is left out")
	assert.Equal(t, "html", m["format"])
	assert.Equal(t, "testdata/seed.md", m["path"])
	assert.NotContains(t, m, "summary")
	assert.Contains(t, string(data), `"score":3.0`)
	for _, key := range []string{"title", "subtitle", "description", "mainImage", "source", "newsDate", "draft", "archived", "extra", "body"} {
		assert.Contains(t, m, key)
	}
	assert.Equal(t, a.WithoutOrigin(), jsonRoundTrip(t, a))
}

func TestJSONRoundTripKeepsValues(t *testing.T) {
	a := &Article{
		Title:       "T",
		PublishedOn: time.Date(2024, 5, 6, 7, 8, 9, 10, time.FixedZone("", -7*3600)),
		Extra:       map[string]any{"n": 1, "f": 1.5, "whole": 2.0, "nested": map[string]any{"list": []any{1, "a", nil, false}}},
		Body:        "<p>x</p>",
		Format:      HTML,
		Summary:     Summary{Excerpt: "x", Words: 1, ReadingTime: time.Minute, Sentences: []string{"x"}, Outline: []Heading{{Level: 2, Text: "H"}}},
	}
	assert.Equal(t, a, jsonRoundTrip(t, a))
}

// TestJSONExtraDepth: Extra nested past the limit Parse holds front
// matter to is refused, as WriteTo could not write it for Parse to read.
func TestJSONExtraDepth(t *testing.T) {
	deep := func(n int) string {
		return `{"title": "T", "extra": {"a": ` + strings.Repeat("[", n-1) + strings.Repeat("]", n-1) + `}}`
	}
	var a Article
	require.NoError(t, json.Unmarshal([]byte(deep(maxDepth)), &a))
	_, err := a.MarshalText()
	require.NoError(t, err)
	err = json.Unmarshal([]byte(deep(maxDepth+1)), &a)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "a", e.Key)
	assert.ErrorIs(t, err, errTooDeep)
}

// TestJSONGolden holds the JSON schema: every key an article can have, with
// a summary, and the fewest keys one has.
func TestJSONGolden(t *testing.T) {
	seed, err := ParseFile(seedPath)
	require.NoError(t, err)
	seed.Extra = map[string]any{"tags": []any{"ai"}, "score": 3.0}
	seed.Thumbnail = Image{URL: "/img/t.png", Alt: "A <thumbnail>"}
	seed.Summary = Summary{
		Excerpt: "Alibaba & Apple.", Words: 812, ReadingTime: 3*time.Minute + 25*time.Second,
		Sentences: []string{"Alibaba & Apple."}, Outline: []Heading{{Level: 2, Text: "Why <AI>"}},
	}
	cases := map[string]*Article{
		"seed":    seed,
		"minimal": {Title: "Hello", Body: "Hi.", Format: Markdown, Summary: Summary{Words: 1, ReadingTime: time.Second}},
	}
	for name, a := range cases {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(a))
			golden.Check(t, filepath.Join("testdata", "json", name+".json"), buf.Bytes())
			assert.Equal(t, a.WithoutOrigin(), jsonRoundTrip(t, a))
		})
	}
}

func TestSummaryJSON(t *testing.T) {
	data, err := json.Marshal(Summary{ReadingTime: 181 * time.Second})
	require.NoError(t, err)
	assert.JSONEq(t, `{"excerpt":"","words":0,"readingTime":"PT3M1S","sentences":[],"outline":[]}`, string(data))

	var s Summary
	require.NoError(t, json.Unmarshal([]byte(`{"words":3,"sentences":[]}`), &s))
	assert.Equal(t, Summary{Words: 3}, s, "a missing readingTime is zero, an empty list nil")

	err = json.Unmarshal([]byte(`{"readingTime":"4 minutes"}`), &s)
	var ae *Error
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, "summary.readingTime", ae.Key)
}

func TestFormatDuration(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                            "PT0S",
		4 * time.Minute:              "PT4M",
		181 * time.Second:            "PT3M1S",
		time.Hour + 2*time.Minute:    "PT1H2M",
		26 * time.Hour:               "PT26H",
		3500 * time.Millisecond:      "PT3.5S",
		time.Nanosecond:              "PT0.000000001S",
		-90 * time.Second:            "-PT1M30S",
		time.Duration(math.MinInt64): "-PT2562047H47M16.854775808S",
		time.Duration(math.MaxInt64): "PT2562047H47M16.854775807S",
	} {
		assert.Equal(t, want, formatDuration(d), "%d", d)
	}
}

func TestParseDuration(t *testing.T) {
	for s, want := range map[string]time.Duration{
		"PT4M":     4 * time.Minute,
		"P1D":      24 * time.Hour,
		"P0DT15M":  15 * time.Minute,
		"PT1,5S":   1500 * time.Millisecond,
		"PT90M":    90 * time.Minute,
		"-PT0.25S": -250 * time.Millisecond,
		"PT0S":     0,
	} {
		got, err := parseDuration(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, got, s)
	}
	for _, s := range []string{"", "P", "PT", "4M", "P1M", "P1Y", "P1W", "PT1.5M", "PT1S2M", "pt4m", "PT0.0000000001S", "PT2562048H", "P106752D", "-PT2562047H47M16.854775809S"} {
		_, err := parseDuration(s)
		assert.Error(t, err, s)
	}
}

// TestDurationRoundTrip: every Duration reads back as it was written.
func TestDurationRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := time.Duration(rapid.Int64().Draw(t, "d"))
		got, err := parseDuration(formatDuration(d))
		require.NoError(t, err)
		require.Equal(t, d, got)
	})
}

// FuzzParseDuration: any text reads as a duration or an error, and one that
// reads writes back to the same duration.
func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"PT4M", "P1DT2H3M4.5S", "-PT0S", "PT", "P1Y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseDuration(s)
		if err != nil {
			return
		}
		again, err := parseDuration(formatDuration(d))
		if err != nil || again != d {
			t.Fatalf("%q read as %d, written as %q, read back as %d (%v)", s, d, formatDuration(d), again, err)
		}
	})
}

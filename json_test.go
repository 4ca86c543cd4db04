package article

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonRoundTrip marshals a to JSON and back. JSON carries the values, not
// the keys a file used, so those are compared as WriteTo would write them.
func jsonRoundTrip(t testing.TB, a *Article) *Article {
	t.Helper()
	data, err := json.Marshal(a)
	require.NoError(t, err)
	var b Article
	require.NoError(t, json.Unmarshal(data, &b), "%s", data)
	b.keys, b.dates = a.keys, a.dates
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
	assert.Equal(t, map[string]any{"url": "", "alt": ""}, m["thumbnail"])
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

package article

import (
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNilArticle(t *testing.T) {
	var a *Article
	tests := []struct {
		name string
		call func() error
	}{
		{"Validate", a.Validate},
		{"WriteTo", func() error { _, err := a.WriteTo(io.Discard); return err }},
		{"MarshalText", func() error { _, err := a.MarshalText(); return err }},
		{"UnmarshalJSON", func() error { return a.UnmarshalJSON([]byte(`{"title": "T"}`)) }},
		{"Sanitize", func() error { return Sanitize(nil)(a) }},
		{"Chain", func() error { return Chain(func(a *Article) error { a.Title = "x"; return nil })(a) }},
		{"empty Chain", func() error { return Chain()(a) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = tc.call() })
			assert.ErrorIs(t, err, ErrNilArticle)
		})
	}
	assert.Nil(t, a.Clone())
}

func TestChainSkipsNilTransforms(t *testing.T) {
	a := &Article{}
	require.NotPanics(t, func() { assert.NoError(t, Chain(nil)(a)) })
	upper := func(a *Article) error { a.Title += "x"; return nil }
	assert.NoError(t, Chain(nil, upper, nil, upper)(a))
	assert.Equal(t, "xx", a.Title)
}

func TestParseNilReader(t *testing.T) {
	var a *Article
	var err error
	require.NotPanics(t, func() { a, err = Parse(nil, WithPath("x.md")) })
	assert.Nil(t, a)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "x.md", e.Path)
	assert.ErrorContains(t, err, "nil reader")
}

func TestParseFSNilFS(t *testing.T) {
	var errs []error
	require.NotPanics(t, func() {
		for a, err := range ParseFS(nil, "*.md") {
			assert.Nil(t, a)
			errs = append(errs, err)
		}
	})
	require.Len(t, errs, 1)
	var e *Error
	require.ErrorAs(t, errs[0], &e)
	assert.ErrorContains(t, errs[0], "nil fs.FS")
}

// TestDecodeFrontMatterIntoAnything: what yaml.v3 cannot decode into, a
// nil or non-pointer v or an interface the map does not implement, is an
// error naming the file, never a panic.
func TestDecodeFrontMatterIntoAnything(t *testing.T) {
	a := &Article{Path: "a.md", Title: "T"}
	var m map[string]any
	for name, v := range map[string]any{"nil": nil, "not a pointer": m, "nil pointer": (*map[string]any)(nil), "interface": new(io.Reader)} {
		t.Run(name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = a.DecodeFrontMatter(v) })
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, "a.md", e.Path)
		})
	}
	require.NoError(t, a.DecodeFrontMatter(&m))
	assert.Equal(t, map[string]any{"title": "T"}, m)
}

// TestParseSkipsNilOptions: a nil Option and a nil format are skipped, as
// Chain skips a nil Transform.
func TestParseSkipsNilOptions(t *testing.T) {
	src := "---\ntitle: T\n---\nbody"
	for name, opts := range map[string][]Option{"nil option": {nil}, "nil format": {WithFormats(nil)}} {
		t.Run(name, func(t *testing.T) {
			var a *Article
			var err error
			require.NotPanics(t, func() { a, err = Parse(strings.NewReader(src), opts...) })
			require.NoError(t, err)
			assert.Equal(t, "T", a.Title)
		})
	}
}

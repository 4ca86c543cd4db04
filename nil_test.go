package article

import (
	"io"
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

package main

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article/internal/cli"
)

func TestOne(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, one(&out))
	s := out.String()
	assert.Contains(t, s, "Alibaba confirms Apple deal bringing AI features to iPhones in China\n")
	assert.Contains(t, s, "\nExcerpt:\n  On Thursday, Alibaba announced")
	assert.Contains(t, s, "\nOutline:\n")
}

func TestTableGoesPastBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":     {Data: []byte("---\ntitle: A\n---\nOne sentence here. And a second one.")},
		"b/bad.md": {Data: []byte("---\ntitle: B\n")},
	}
	var out, errs bytes.Buffer
	failed, err := table(&out, &errs, fsys, "**/*.md")
	require.NoError(t, err)
	assert.Equal(t, 1, failed)
	assert.Equal(t, "FILE  TITLE  WORDS  READING  EXCERPT\na.md  A      7      1m0s     One sentence here. And a second one.\n", out.String())
	assert.Contains(t, errs.String(), "b/bad.md:1: front matter is not closed")

	out.Reset()
	_, err = table(&out, &errs, fsys, "**/*.html")
	assert.ErrorIs(t, err, cli.ErrNoFiles)
	assert.Empty(t, out.String(), "no table for a folder without articles")
}

package main

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article/internal/cli"
)

func TestShowSample(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, showSample(&out))
	s := out.String()
	assert.Contains(t, s, "Body markup removed:\n   <p onclick=\"steal()\">\n   <script>\n")
	after := s[bytes.Index(out.Bytes(), []byte("Body after:")):]
	assert.NotContains(t, after, "<script")
	assert.NotContains(t, after, "onclick")
}

func TestRunFolderGoesPastBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":        {Data: []byte("---\ntitle: A\n---\n<p onclick=\"x()\">a</p>")},
		"b/bad.md":    {Data: []byte("---\ntitle: B\n")},
		"b/notes.txt": {Data: []byte("not an article")},
	}
	var out, errs bytes.Buffer
	failed, err := run(&out, &errs, fsys, "**/*.md")
	require.NoError(t, err)
	assert.Equal(t, 1, failed)
	assert.Equal(t, "ok   a.md (html, 8 bytes of body)\n", out.String())
	assert.Contains(t, errs.String(), "FAIL b/bad.md:1: front matter is not closed")

	out.Reset()
	_, err = run(&out, &errs, fsys, "**/*.html")
	assert.ErrorIs(t, err, cli.ErrNoFiles)
	assert.Empty(t, out.String(), "nothing is written for a folder without articles")
}

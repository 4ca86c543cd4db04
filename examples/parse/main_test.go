package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article/internal/cli"
)

func TestRunSample(t *testing.T) {
	var out, errs bytes.Buffer
	failed, err := run(&out, &errs, sample, "testdata/*.md")
	require.NoError(t, err)
	assert.Zero(t, failed)
	assert.Empty(t, errs.String())
	var r struct {
		Article  map[string]any `json:"article"`
		Problems []string       `json:"problems"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &r))
	assert.Equal(t, "Alibaba confirms Apple deal bringing AI features to iPhones in China", r.Article["title"])
	assert.Equal(t, []string{"testdata/alibaba-apple.md:6: updatedOn: 2025-02-17 is before publishedOn 2025-04-07"}, r.Problems)
}

func TestRunFolderGoesPastBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":     {Data: []byte("---\ntitle: A\n---\n")},
		"b/bad.md": {Data: []byte("---\ntitle: B\n")},
		"b/c.md":   {Data: []byte("---\ntitle: C\n---\n")},
	}
	var out, errs bytes.Buffer
	failed, err := run(&out, &errs, fsys, "**/*.md")
	require.NoError(t, err)
	assert.Equal(t, 1, failed)
	assert.Contains(t, errs.String(), "b/bad.md:1: front matter is not closed")
	assert.Equal(t, 2, strings.Count(out.String(), `"title"`))

	out.Reset()
	_, err = run(&out, &errs, fsys, "*.txt")
	assert.ErrorIs(t, err, cli.ErrNoFiles)
	assert.Empty(t, out.String(), "nothing is written for a folder without articles")
}

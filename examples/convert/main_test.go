package main

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article/internal/cli"
)

func TestRunSample(t *testing.T) {
	var out, errs bytes.Buffer
	failed, err := run(&out, &errs, sample, "testdata/*.md", []string{"markdown", "text", "html", "jsonld"})
	require.NoError(t, err)
	assert.Zero(t, failed)
	assert.Empty(t, errs.String())
	s := out.String()
	assert.Contains(t, s, "## Alibaba and Apple Collaboration: Transforming iPhones in China with AI")
	assert.Contains(t, s, "==> testdata/alibaba-apple.md as text <==\nAlibaba and Apple Collaboration")
	assert.Contains(t, s, "<h2>Alibaba and Apple Collaboration")
	assert.Contains(t, s, `"@type":"NewsArticle"`)
}

func TestRunFolderGoesPastBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":   {Data: []byte("---\ntitle: A\n---\n<p>One <b>two</b></p>")},
		"bad.md": {Data: []byte("---\ntitle: [x]\n---\n")},
	}
	var out, errs bytes.Buffer
	failed, err := run(&out, &errs, fsys, "*.md", []string{"markdown"})
	require.NoError(t, err)
	assert.Equal(t, 1, failed)
	assert.Contains(t, out.String(), "One **two**")
	assert.Contains(t, errs.String(), "bad.md:2: title")

	_, err = run(&out, &errs, fsys, "*.md", []string{"pdf"})
	assert.ErrorContains(t, err, "unknown -to")

	out.Reset()
	_, err = run(&out, &errs, fsys, "**/*.txt", []string{"markdown"})
	assert.ErrorIs(t, err, cli.ErrNoFiles)
	assert.Empty(t, out.String(), "nothing is written for a folder without articles")
}

func TestErrorsNameTheFileAndTarget(t *testing.T) {
	fsys := fstest.MapFS{"untitled.md": {Data: []byte("---\ndescription: no title\n---\nText.")}}
	var out, errs bytes.Buffer
	failed, err := run(&out, &errs, fsys, "*.md", []string{"jsonld"})
	require.NoError(t, err)
	assert.Equal(t, 1, failed)
	assert.Equal(t, "untitled.md: jsonld: title is empty\n", errs.String())
}

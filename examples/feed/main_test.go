package main

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/mmcdole/gofeed"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article/feed"
)

var channel = feed.Channel{Title: "Samples", BaseURL: "https://example.com/articles"}

func TestRunSamples(t *testing.T) {
	for _, f := range []feed.Format{feed.RSS, feed.Atom, feed.JSON} {
		t.Run(f.String(), func(t *testing.T) {
			var out, errs bytes.Buffer
			failed, err := run(&out, &errs, samples, "testdata/*.md", f, channel)
			require.NoError(t, err)
			assert.Zero(t, failed)
			assert.Empty(t, errs.String())
			parsed, err := gofeed.NewParser().Parse(&out)
			require.NoError(t, err)
			var links []string
			for _, it := range parsed.Items {
				links = append(links, strings.TrimPrefix(it.Link, channel.BaseURL+"/"))
			}
			// newest first; the draft is left out
			assert.Equal(t, []string{"alibaba-apple", "china-phone-shares", "cjk-brief"}, links)
		})
	}
}

func TestRunFolderGoesPastBadFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":       {Data: []byte("---\ntitle: A\npublishedOn: 2025-01-01\n---\n<p>a</p>")},
		"b/bad.md":   {Data: []byte("---\ntitle: B\n")},
		"b/c.md":     {Data: []byte("---\ntitle: C\npublishedOn: 2025-01-02\n---\n*c*")},
		"b/draft.md": {Data: []byte("---\ntitle: D\ndraft: true\n---\n")},
	}
	var out, errs bytes.Buffer
	failed, err := run(&out, &errs, fsys, "**/*.md", feed.RSS, channel)
	require.NoError(t, err)
	assert.Equal(t, 1, failed)
	assert.Contains(t, errs.String(), "b/bad.md:1: front matter is not closed")
	parsed, err := gofeed.NewParser().Parse(&out)
	require.NoError(t, err)
	require.Len(t, parsed.Items, 2)
	assert.Equal(t, "C", parsed.Items[0].Title)
	assert.Equal(t, "A", parsed.Items[1].Title)

	_, err = run(&out, &errs, fsys, "*.txt", feed.RSS, channel)
	assert.ErrorContains(t, err, "no files match")
	_, err = run(&out, &errs, fsys, "a.md", feed.RSS, feed.Channel{BaseURL: "https://x.com"})
	assert.ErrorContains(t, err, "channel title is empty")
}

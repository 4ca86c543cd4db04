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
	"github.com/articlekit/article/internal/cli"
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

	out.Reset()
	_, err = run(&out, &errs, fsys, "*.txt", feed.RSS, channel)
	assert.ErrorContains(t, err, "no files match")
	assert.ErrorIs(t, err, cli.ErrNoFiles)
	assert.Empty(t, out.String(), "nothing is written for a folder without articles")
	_, err = run(&out, &errs, fsys, "a.md", feed.RSS, feed.Channel{BaseURL: "https://x.com"})
	assert.ErrorContains(t, err, "channel title is empty")
}

func TestRunSanitizes(t *testing.T) {
	fsys := fstest.MapFS{
		"x.md": {Data: []byte("---\ntitle: X\npublishedOn: 2025-01-01\n---\n" +
			"<p onclick=\"steal()\">Hi</p><script>alert(1)</script><img src=\"https://e.com/i.png\" alt=\"i\" onerror=\"alert(2)\">")},
	}
	for _, f := range []feed.Format{feed.RSS, feed.Atom, feed.JSON} {
		var out, errs bytes.Buffer
		failed, err := run(&out, &errs, fsys, "*.md", f, channel)
		require.NoError(t, err)
		require.Zero(t, failed)
		parsed, err := gofeed.NewParser().Parse(&out)
		require.NoError(t, err)
		require.Len(t, parsed.Items, 1)
		content := parsed.Items[0].Content
		assert.Contains(t, content, "<p>Hi</p>", f)
		for _, payload := range []string{"<script", "alert", "onclick", "onerror"} {
			assert.NotContains(t, content, payload, f)
		}
	}
}

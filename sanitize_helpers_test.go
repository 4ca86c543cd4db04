package article_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
	"github.com/articlekit/article/internal/markdown"
	"github.com/articlekit/article/internal/safehtml"
	"github.com/articlekit/article/internal/testcorpus"
	"github.com/articlekit/article/transform"
)

// Paths of test data: the seed article and the HTML5 Security
// Cheatsheet's vectors are copied into testdata (html5sec.SOURCE.txt gives
// its source and licence); the corpus generator lives beside the
// repository, and the tests that need it skip without it.
const seedPath = "testdata/seed.md"

// vector is one XSS payload: the 149 of the HTML5 Security Cheatsheet and
// ours in testdata/xss.
type vector struct {
	ID      int    `json:"id"`
	Name    string `json:"name"`
	Payload string `json:"payload"`
}

// corpusDir writes n files of the shared corpus generator, run with args
// such as "--mix", "hostile", into a temporary folder; ok is false where
// python3 or the generator is missing, as on a plain clone.
func corpusDir(t testing.TB, n int, args ...string) (dir string, ok bool) {
	t.Helper()
	dir, err := testcorpus.Generate(t, n, args...)
	if errors.Is(err, testcorpus.ErrNoGenerator) {
		return "", false
	}
	require.NoError(t, err)
	return dir, true
}

// loadVectors returns the cheatsheet's vectors and ours.
func loadVectors(t testing.TB) []vector {
	t.Helper()
	files, err := filepath.Glob("testdata/xss/*.json")
	require.NoError(t, err)
	var all []vector
	for _, name := range files {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		var vs []vector
		require.NoError(t, json.Unmarshal(data, &vs), name)
		all = append(all, vs...)
	}
	return all
}

// renderings returns the HTML that a's body shows as in every renderer the
// library offers, by name: an HTML body as it is, a Markdown body through
// the one Markdown reading with raw HTML and every URL passed through (the
// least safe way a site might render it), through ToHTML in both modes and
// with heading ids and footnote links under a hostile prefix,
// and the content of every feed format, read back with gofeed. What they
// make of a sanitized body must all be harmless.
func renderings(t tb, a *article.Article) map[string]string {
	t.Helper()
	out := map[string]string{}
	switch a.Format {
	case article.Markdown:
		raw, err := markdown.ToHTML(a.Body, true)
		require.NoError(t, err)
		out["markdown"] = raw
		for name, tr := range map[string]article.Transform{
			"ToHTML":                       transform.ToHTML(),
			"ToHTML(WithUnsafeHTML(true))": transform.ToHTML(transform.WithUnsafeHTML(true)),
			"ToHTML with ids": transform.ToHTML(transform.WithUnsafeHTML(true), transform.WithHeadingIDs(true),
				transform.WithFootnoteLinks(true), transform.WithIDPrefix(`"><img src=x onerror=alert(1)>`)),
		} {
			b := *a
			require.NoError(t, tr(&b), name)
			out[name] = b.Body
		}
	case article.Text:
		out["text"] = "<pre>" + strings.ReplaceAll(a.Body, "<", "&lt;") + "</pre>"
	default:
		out["html"] = a.Body
	}
	item := *a
	item.Title = "item"
	ch := feed.Channel{Title: "feed", BaseURL: "https://example.com/", Updated: time.Unix(0, 0).UTC()}
	for _, f := range []feed.Format{feed.RSS, feed.Atom, feed.JSON} {
		var buf bytes.Buffer
		require.NoError(t, feed.Write(&buf, f, ch, []*article.Article{&item}), "feed %s", f)
		parsed, err := gofeed.NewParser().Parse(&buf)
		require.NoError(t, err, "feed %s", f)
		require.Len(t, parsed.Items, 1, "feed %s", f)
		out["feed "+f.String()] = parsed.Items[0].Content
	}
	return out
}

// checkHarmless fails t unless nothing in a can run script: not its body
// as a page shows it, and not its text fields even if a careless template
// put them into a page without escaping them.
func checkHarmless(t tb, a *article.Article) {
	t.Helper()
	for name, html := range renderings(t, a) {
		require.NoError(t, safehtml.Check(html), "body %q rendered by %s", a.Body, name)
	}
	for _, s := range []string{a.Title, a.Subtitle, a.Description, a.Source, a.MainImage.Alt, a.Thumbnail.Alt} {
		require.NoError(t, safehtml.Check(s), "text field %q", s)
	}
	for _, u := range []string{a.MainImage.URL, a.Thumbnail.URL} {
		require.NoError(t, safehtml.Check(`<img src="`+html.EscapeString(u)+`">`), "image URL %q", u)
	}
}

// tb is what the helpers need of a *testing.T, *testing.B, *testing.F
// or *rapid.T.
type tb interface {
	require.TestingT
	Helper()
}

// sanitize is the default Transform, built once for all the tests.
var sanitize = article.Sanitize(nil)

// sanitized returns a sanitized copy of a, failing t on error.
func sanitized(t tb, a article.Article) *article.Article {
	t.Helper()
	require.NoError(t, sanitize(&a))
	return &a
}

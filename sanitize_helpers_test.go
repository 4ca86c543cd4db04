package article_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/markdown"
	"github.com/articlekit/article/internal/safehtml"
)

// Paths of the shared test data, which lives beside the repository.
const (
	html5secPath = "../shared/testdata/xss/html5sec.json"
	seedPath     = "../shared/seed/alibaba-apple.md"
	corpusGen    = "../shared/corpus/gen.py"
)

// vector is one XSS payload: the 149 of the HTML5 Security Cheatsheet and
// ours in testdata/xss.
type vector struct {
	ID      int    `json:"id"`
	Name    string `json:"name"`
	Payload string `json:"payload"`
}

// loadVectors returns the cheatsheet's vectors and ours.
func loadVectors(t testing.TB) []vector {
	t.Helper()
	files, err := filepath.Glob("testdata/xss/*.json")
	require.NoError(t, err)
	var all []vector
	for _, name := range append([]string{html5secPath}, files...) {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		var vs []vector
		require.NoError(t, json.Unmarshal(data, &vs), name)
		all = append(all, vs...)
	}
	return all
}

// bodyHTML returns the HTML that a's body shows as: the body itself, the
// Markdown rendered the least safe way a site might (internal/markdown:
// raw HTML and every URL passed through, GitHub's extensions on), or the
// text escaped. What it makes of a sanitized body must still be harmless.
func bodyHTML(t tb, a *article.Article) string {
	t.Helper()
	switch a.Format {
	case article.Markdown:
		out, err := markdown.ToHTML(a.Body)
		require.NoError(t, err)
		return out
	case article.Text:
		return "<pre>" + strings.ReplaceAll(a.Body, "<", "&lt;") + "</pre>"
	}
	return a.Body
}

// checkHarmless fails t unless nothing in a can run script: not its body
// as a page shows it, and not its text fields even if a careless template
// put them into a page without escaping them.
func checkHarmless(t tb, a *article.Article) {
	t.Helper()
	require.NoError(t, safehtml.Check(bodyHTML(t, a)), "body %q", a.Body)
	for _, s := range []string{a.Title, a.Subtitle, a.Description, a.Source, a.MainImage.Alt, a.Thumbnail.Alt} {
		require.NoError(t, safehtml.Check(s), "text field %q", s)
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

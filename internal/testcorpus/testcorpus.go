// Package testcorpus gives tests and benchmarks their articles: the seed
// article and the shared generated corpus.
package testcorpus

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
)

// Dir writes n files of ../shared/corpus/gen.py (beside the module's root)
// into a temporary folder, with the generator's extra args, and returns
// the folder. It skips the test where python3 or the generator is missing.
func Dir(t testing.TB, n int, args ...string) string {
	t.Helper()
	dir, err := Generate(t, n, args...)
	if errors.Is(err, ErrNoGenerator) {
		t.Skip(err)
	}
	require.NoError(t, err)
	return dir
}

// ErrNoGenerator is Generate's error where python3 or the generator is
// missing, as on a plain clone.
var ErrNoGenerator = errors.New("no python3 or no corpus generator beside the repository")

// Generate writes n files of the corpus generator, run with args, into a
// temporary folder, for callers that go on without it (ErrNoGenerator).
func Generate(t testing.TB, n int, args ...string) (string, error) {
	gen := SharedPath(t, "corpus/gen.py")
	python, err := exec.LookPath("python3")
	if _, statErr := os.Stat(gen); statErr != nil || err != nil {
		return "", ErrNoGenerator
	}
	dir := t.TempDir()
	cmd := exec.Command(python, append([]string{gen, dir, "--n", strconv.Itoa(n)}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("%s: %v: %s", gen, err, out)
	}
	return dir, nil
}

// fuzzDraws is how many values the fuzz seeds take from each articletest
// generator, with the seeds 0, 1, … so that every run starts alike.
const fuzzDraws = 8

// FuzzArticles returns the articles fuzz targets start from: the seed
// article, 20 corpus files in each of the mixed and hostile mixes (none
// where python3 or the generator is missing), and draws of
// articletest.Article and, as bodies of their format, of HTMLBody,
// HostileHTML and MarkdownBody.
func FuzzArticles(t testing.TB) []*article.Article {
	t.Helper()
	seed, err := article.ParseFile(SeedPath(t))
	require.NoError(t, err)
	all := []*article.Article{seed}
	for _, mix := range []string{"mixed", "hostile"} {
		dir, err := Generate(t, 20, "--mix", mix)
		if errors.Is(err, ErrNoGenerator) {
			break
		}
		require.NoError(t, err)
		for a, err := range article.ParseFS(os.DirFS(dir), "*.md") {
			require.NoError(t, err)
			all = append(all, a)
		}
	}
	for i := range fuzzDraws {
		all = append(all,
			articletest.Article().Example(i),
			&article.Article{Body: articletest.HTMLBody().Example(i), Format: article.HTML},
			&article.Article{Body: articletest.HostileHTML().Example(i), Format: article.HTML},
			&article.Article{Body: articletest.MarkdownBody().Example(i), Format: article.Markdown},
		)
	}
	return all
}

// Articles parses the generated corpus files, n of them and those the
// generator's args add, in file name order, failing the test on any error.
func Articles(t testing.TB, n int, args ...string) []*article.Article {
	t.Helper()
	var all []*article.Article
	for a, err := range article.ParseFS(os.DirFS(Dir(t, n, args...)), "*.md") {
		require.NoError(t, err)
		all = append(all, a)
	}
	require.NotEmpty(t, all)
	require.GreaterOrEqual(t, len(all), n)
	return all
}

// SeedPath returns the path of the real article the project started
// from, testdata/seed.md at the module's root.
func SeedPath(t testing.TB) string {
	t.Helper()
	return filepath.Join(moduleRoot(t), "testdata", "seed.md")
}

// SharedPath returns the path of rel in ../shared, the team's test data
// beside the module's root, which tests skip without.
func SharedPath(t testing.TB, rel string) string {
	t.Helper()
	return filepath.Join(moduleRoot(t), "..", "shared", rel)
}

// moduleRoot returns the folder holding go.mod, going up from the working
// directory.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, dir, parent, "no go.mod above the working directory")
		dir = parent
	}
}

// AddFuzzBodies adds to f, a target that takes one body, the bodies of
// FuzzArticles in the given formats.
func AddFuzzBodies(f *testing.F, formats ...article.Format) {
	f.Helper()
	for _, a := range FuzzArticles(f) {
		if slices.Contains(formats, a.Format) {
			f.Add(a.Body)
		}
	}
}

// Package testcorpus gives tests and benchmarks their articles: the seed
// article and the shared generated corpus.
package testcorpus

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
)

// Dir writes n files of ../shared/corpus/gen.py (beside the module's root)
// into a temporary folder, with the generator's extra args, and returns
// the folder. It skips the test where python3 or the generator is missing.
func Dir(t testing.TB, n int, args ...string) string {
	t.Helper()
	gen := filepath.Join(moduleRoot(t), "..", "shared", "corpus", "gen.py")
	if _, err := os.Stat(gen); err != nil {
		t.Skip("no corpus generator beside the repository")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	dir := t.TempDir()
	cmd := exec.Command(python, append([]string{gen, dir, "--n", strconv.Itoa(n)}, args...)...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	return dir
}

// Articles parses n generated corpus files, in file name order, failing
// the test on any error.
func Articles(t testing.TB, n int, args ...string) []*article.Article {
	t.Helper()
	var all []*article.Article
	for a, err := range article.ParseFS(os.DirFS(Dir(t, n, args...)), "*.md") {
		require.NoError(t, err)
		all = append(all, a)
	}
	require.Len(t, all, n)
	return all
}

// SeedPath returns the path of the real article the project started
// from, testdata/seed.md at the module's root.
func SeedPath(t testing.TB) string {
	t.Helper()
	return filepath.Join(moduleRoot(t), "testdata", "seed.md")
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

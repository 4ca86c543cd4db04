package article

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// seedPath is the real article the project started from, copied into
// testdata so the package tests need nothing beside the repository.
const seedPath = "testdata/seed.md"

func mustParse(t testing.TB, src string, opts ...Option) *Article {
	t.Helper()
	a, err := Parse(strings.NewReader(src), opts...)
	require.NoError(t, err)
	return a
}

// roundTrip writes a and parses it back, with Path kept.
func roundTrip(t testing.TB, a *Article) *Article {
	t.Helper()
	out, err := a.MarshalText()
	require.NoError(t, err)
	b, err := Parse(strings.NewReader(string(out)), WithPath(a.Path))
	require.NoError(t, err, "written:\n%s", out)
	return b
}

// corpus writes n files of the shared generator into a temporary folder,
// skipping the test where python3 or the generator is missing.
func corpus(t testing.TB, n int, args ...string) string {
	t.Helper()
	gen := filepath.Join("..", "shared", "corpus", "gen.py")
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

package article

import (
	"errors"
	"fmt"
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

// roundTrip writes a anew (see Regenerated) and parses it back, with Path
// kept and a's origin, so that the result equals a when it reads the same.
func roundTrip(t testing.TB, a *Article) *Article {
	t.Helper()
	out, err := a.Regenerated().MarshalText()
	require.NoError(t, err)
	b, err := Parse(strings.NewReader(string(out)), WithPath(a.Path))
	require.NoError(t, err, "written:\n%s", out)
	b.origin = a.origin
	return b
}

// corpus writes n files of the shared generator into a temporary folder,
// skipping the test where python3 or the generator is missing.
func corpus(t testing.TB, n int, args ...string) string {
	t.Helper()
	dir, err := generateCorpus(t, n, args...)
	if errors.Is(err, errNoGenerator) {
		t.Skip(err)
	}
	require.NoError(t, err)
	return dir
}

var errNoGenerator = errors.New("no python3 or no corpus generator beside the repository")

// generateCorpus runs ../shared/corpus/gen.py into a temporary folder.
func generateCorpus(t testing.TB, n int, args ...string) (string, error) {
	gen := filepath.Join("..", "shared", "corpus", "gen.py")
	python, err := exec.LookPath("python3")
	if _, statErr := os.Stat(gen); statErr != nil || err != nil {
		return "", errNoGenerator
	}
	dir := t.TempDir()
	out, err := exec.Command(python, append([]string{gen, dir, "--n", strconv.Itoa(n)}, args...)...).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("%s: %w: %s", gen, err, out)
	}
	return dir, nil
}

// Regenerated returns a copy of a that WriteTo writes anew, in the syntax
// and delimiters it came in, rather than giving back the text it was read
// from; so round-trip tests check the writer, not the copy.
func (a *Article) Regenerated() *Article {
	c := a.Clone()
	c.origin.text = ""
	return c
}

// WithoutOrigin returns a copy of a without the text it was read from,
// which two articles that read the same need not share.
func (a *Article) WithoutOrigin() *Article {
	c := *a
	c.origin = origin{}
	return &c
}

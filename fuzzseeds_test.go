package article_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
)

// fuzzDraws is how many values the fuzz seeds take from each articletest
// generator, with the seeds 0, 1, … so that every run starts alike.
const fuzzDraws = 8

// fuzzSeeds returns what the package's fuzz targets start from: whole
// article files (the seed article, files of the shared corpus generator in
// its mixed and hostile mixes, articletest.File and articletest.Article as
// WriteTo writes it) and bodies (those of the files that parse, and
// articletest's HTMLBody, HostileHTML and MarkdownBody). The corpus is left
// out where python3 or the generator is missing.
func fuzzSeeds(f *testing.F) (files, bodies []string) {
	f.Helper()
	seed, err := os.ReadFile(seedPath)
	require.NoError(f, err)
	files = append(files, string(seed))
	for _, mix := range []string{"mixed", "hostile"} {
		files = append(files, corpusFiles(f, 20, mix)...)
	}
	for i := range fuzzDraws {
		files = append(files, string(articletest.File().Example(i).Data))
		out, err := articletest.Article().Example(i).MarshalText()
		require.NoError(f, err)
		files = append(files, string(out))
	}
	for _, file := range files {
		if a, err := article.Parse(strings.NewReader(file)); err == nil {
			bodies = append(bodies, a.Body)
		}
	}
	for _, g := range []interface{ Example(...int) string }{
		articletest.HTMLBody(), articletest.HostileHTML(), articletest.MarkdownBody(),
	} {
		for i := range fuzzDraws {
			bodies = append(bodies, g.Example(i))
		}
	}
	return files, bodies
}

// corpusFiles returns n files of the shared corpus generator in the given
// mix, or none where python3 or the generator is missing.
func corpusFiles(f *testing.F, n int, mix string) []string {
	f.Helper()
	dir, ok := corpusDir(f, n, "--mix", mix)
	if !ok {
		return nil
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.md"))
	require.NoError(f, err)
	files := make([]string, 0, len(names))
	for _, name := range names {
		data, err := os.ReadFile(name)
		require.NoError(f, err)
		files = append(files, string(data))
	}
	return files
}

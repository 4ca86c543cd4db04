package transform

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
)

// fuzzDraws is how many values the fuzz seeds take from each articletest
// generator, with the seeds 0, 1, … so that every run starts alike.
const fuzzDraws = 8

// fuzzArticles returns the articles the package's fuzz targets start
// from: the seed article, files of the shared corpus generator in its mixed
// and hostile mixes (left out where python3 or the generator is missing),
// draws of articletest.Article, and articletest's HTMLBody, HostileHTML
// and MarkdownBody as bodies of their format.
func fuzzArticles(f *testing.F) []*article.Article {
	f.Helper()
	seed, err := article.ParseFile("testdata/alibaba-apple.md")
	if err != nil {
		f.Fatal(err)
	}
	all := []*article.Article{seed}
	if dir, ok := fuzzCorpus(f, 20, "mixed"); ok {
		all = append(all, parseDir(f, dir)...)
	}
	if dir, ok := fuzzCorpus(f, 20, "hostile"); ok {
		all = append(all, parseDir(f, dir)...)
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

// addFuzzBodies adds to f, a target that takes one body, the bodies of
// fuzzArticles in the given formats.
func addFuzzBodies(f *testing.F, formats ...article.Format) {
	f.Helper()
	for _, a := range fuzzArticles(f) {
		if slices.Contains(formats, a.Format) {
			f.Add(a.Body)
		}
	}
}

// fuzzCorpus writes n files of ../shared/corpus/gen.py in the given mix
// into a temporary folder, and reports false where python3 or the
// generator is missing.
func fuzzCorpus(f *testing.F, n int, mix string) (string, bool) {
	f.Helper()
	gen := filepath.Join("..", "..", "shared", "corpus", "gen.py")
	python, err := exec.LookPath("python3")
	if _, statErr := os.Stat(gen); err != nil || statErr != nil {
		return "", false
	}
	dir := f.TempDir()
	if out, err := exec.Command(python, gen, dir, "--n", strconv.Itoa(n), "--mix", mix).CombinedOutput(); err != nil {
		f.Fatalf("%s: %v: %s", gen, err, out)
	}
	return dir, true
}

// parseDir parses the article files of dir, failing f on any error.
func parseDir(f *testing.F, dir string) []*article.Article {
	f.Helper()
	var all []*article.Article
	for a, err := range article.ParseFS(os.DirFS(dir), "*.md") {
		if err != nil {
			f.Fatal(err)
		}
		all = append(all, a)
	}
	return all
}

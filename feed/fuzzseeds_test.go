package feed_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
)

// fuzzDraws is how many articles the fuzz seeds take from
// articletest.Article, with the seeds 0, 1, … so that every run starts
// alike.
const fuzzDraws = 8

// fuzzArticles returns the articles the package's fuzz targets start
// from: the seed article, files of the shared corpus generator in its mixed
// and hostile mixes (left out where python3 or the generator is missing)
// and draws of articletest.Article.
func fuzzArticles(f *testing.F) []*article.Article {
	f.Helper()
	seed, err := article.ParseFile(filepath.Join("..", "testdata", "seed.md"))
	if err != nil {
		f.Fatal(err)
	}
	all := []*article.Article{seed}
	for _, mix := range []string{"mixed", "hostile"} {
		all = append(all, fuzzCorpus(f, 20, mix)...)
	}
	for i := range fuzzDraws {
		all = append(all, articletest.Article().Example(i))
	}
	return all
}

// fuzzCorpus parses n files of ../shared/corpus/gen.py in the given mix,
// or returns none where python3 or the generator is missing.
func fuzzCorpus(f *testing.F, n int, mix string) []*article.Article {
	f.Helper()
	gen := filepath.Join("..", "..", "shared", "corpus", "gen.py")
	python, err := exec.LookPath("python3")
	if _, statErr := os.Stat(gen); err != nil || statErr != nil {
		return nil
	}
	dir := f.TempDir()
	if out, err := exec.Command(python, gen, dir, "--n", strconv.Itoa(n), "--mix", mix).CombinedOutput(); err != nil {
		f.Fatalf("%s: %v: %s", gen, err, out)
	}
	var all []*article.Article
	for a, err := range article.ParseFS(os.DirFS(dir), "*.md") {
		if err != nil {
			f.Fatal(err)
		}
		all = append(all, a)
	}
	return all
}

// Command parse reads article files and prints each as JSON with the
// problems Validate finds in it.
//
//	go run ./examples/parse                 # the embedded sample article
//	go run ./examples/parse DIR             # every *.md file under DIR
//	go run ./examples/parse -pattern '*.html' DIR
//
// It goes on past files that fail to parse and reports them on standard
// error. Exit status, as cmd/article's: 0 when all went well, 1 when files
// failed, 2 for bad flags or a missing folder; a folder with no matching
// files writes nothing, says so and exits 0.
package main

import (
	"embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/cli"
)

//go:embed testdata/alibaba-apple.md
var sample embed.FS

// report is what the command prints for one article.
type report struct {
	Article  *article.Article `json:"article"`
	Problems []string         `json:"problems"`
}

func main() {
	pattern := flag.String("pattern", "**/*.md", "the files to read under DIR (fs.Glob, with ** for any folders)")
	cli.Main("parse", "[-pattern GLOB] [DIR]",
		func() (int, error) { return run(os.Stdout, os.Stderr, sample, "testdata/*.md") },
		func(dir fs.FS) (int, error) { return run(os.Stdout, os.Stderr, dir, *pattern) })
}

// run prints a report for every file of fsys matching pattern and returns
// how many failed to parse.
func run(stdout, stderr io.Writer, fsys fs.FS, pattern string) (failed int, err error) {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	seen := 0
	for a, err := range article.ParseFS(fsys, pattern) {
		seen++
		if err != nil {
			failed++
			fmt.Fprintln(stderr, err)
			continue
		}
		r := report{Article: a, Problems: []string{}}
		if err := a.Validate(); err != nil {
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				r.Problems = append(r.Problems, e.Error())
			}
		}
		if err := enc.Encode(r); err != nil {
			return failed, err
		}
	}
	if seen == 0 {
		return 0, fmt.Errorf("%w %s", cli.ErrNoFiles, pattern)
	}
	return failed, nil
}

// Command parse reads article files and prints each as JSON with the
// problems Validate finds in it.
//
//	go run ./examples/parse                 # the embedded sample article
//	go run ./examples/parse DIR             # every *.md file under DIR
//	go run ./examples/parse -pattern '*.html' DIR
//
// It goes on past files that fail to parse, reports them on standard error,
// and exits with status 1 if any did.
package main

import (
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/articlekit/article"
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
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: parse [-pattern GLOB] [DIR]")
		flag.PrintDefaults()
	}
	flag.Parse()

	var fsys fs.FS = sample
	if flag.NArg() > 0 {
		fsys = os.DirFS(flag.Arg(0))
	} else {
		*pattern = "testdata/*.md"
	}
	failed, err := run(os.Stdout, os.Stderr, fsys, *pattern)
	if err != nil {
		fmt.Fprintln(os.Stderr, "parse:", err)
		os.Exit(2)
	}
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "parse: %d file(s) failed\n", failed)
		os.Exit(1)
	}
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
		return 0, errors.New("no files match " + pattern)
	}
	return failed, nil
}

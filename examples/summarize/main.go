// Command summarize prints the summary of an article, or a table of the
// articles in a folder.
//
//	go run ./examples/summarize          # the embedded sample article
//	go run ./examples/summarize DIR      # every *.md file under DIR
//
// With a folder it goes on past files that fail to parse and reports them
// on standard error. Exit status, as cmd/article's: 0 when all went well,
// 1 when files failed, 2 for bad flags or a missing folder; a folder with
// no matching files writes nothing, says so and exits 0.
package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/cli"
	"github.com/articlekit/article/transform"
)

//go:embed testdata/alibaba-apple.md
var sample []byte

func main() {
	cli.Main("summarize", "[DIR]",
		func() (int, error) { return 0, one(os.Stdout) },
		func(dir fs.FS) (int, error) { return table(os.Stdout, os.Stderr, dir, "**/*.md") })
}

// one prints the whole summary of the embedded sample.
func one(w io.Writer) error {
	a, err := article.Parse(bytes.NewReader(sample), article.WithPath("alibaba-apple.md"))
	if err != nil {
		return err
	}
	if err := transform.Summarize()(a); err != nil {
		return err
	}
	s := a.Summary
	fmt.Fprintf(w, "%s\n%d words, %s to read\n\nExcerpt:\n  %s\n\nKey sentences:\n", a.Title, s.Words, s.ReadingTime, s.Excerpt)
	for _, k := range s.Sentences {
		fmt.Fprintf(w, "  - %s\n", k)
	}
	fmt.Fprintln(w, "\nOutline:")
	for _, h := range s.Outline {
		fmt.Fprintf(w, "  %s%s\n", strings.Repeat("  ", h.Level-1), h.Text)
	}
	return nil
}

// table prints a row for every file of fsys matching pattern, reports
// the files that failed on errw and returns how many did.
func table(w, errw io.Writer, fsys fs.FS, pattern string) (failed int, err error) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tTITLE\tWORDS\tREADING\tEXCERPT")
	seen := 0
	for a, err := range article.ParseFS(fsys, pattern, article.WithTransform(transform.Summarize())) {
		seen++
		if err != nil {
			fmt.Fprintln(errw, err)
			failed++
			continue
		}
		s := a.Summary
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", a.Path, clip(a.Title, 40), s.Words, s.ReadingTime, clip(s.Excerpt, 60))
	}
	if seen == 0 {
		return 0, fmt.Errorf("%w %s", cli.ErrNoFiles, pattern)
	}
	return failed, tw.Flush()
}

// clip shortens s to n characters with an ellipsis.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

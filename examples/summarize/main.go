// Command summarize prints the summary of an article, or a table of the
// articles in a folder.
//
//	go run ./examples/summarize          # the embedded sample article
//	go run ./examples/summarize DIR      # every *.md file under DIR
//
// With a folder it goes on past files that fail to parse, reports them on
// standard error and exits with status 1.
package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

//go:embed testdata/alibaba-apple.md
var sample []byte

func main() {
	var err error
	if len(os.Args) > 1 {
		err = table(os.Stdout, os.Stderr, os.Args[1])
	} else {
		err = one(os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "summarize:", err)
		os.Exit(1)
	}
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

// table prints a row for every article file under dir and reports the
// files that failed on errw.
func table(w, errw io.Writer, dir string) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tTITLE\tWORDS\tREADING\tEXCERPT")
	summarize := transform.Summarize()
	failed := 0
	for a, err := range article.ParseFS(os.DirFS(dir), "**/*.md") {
		if err == nil {
			err = summarize(a)
		}
		if err != nil {
			fmt.Fprintln(errw, err)
			failed++
			continue
		}
		s := a.Summary
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", a.Path, clip(a.Title, 40), s.Words, s.ReadingTime, clip(s.Excerpt, 60))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d files failed", failed)
	}
	return nil
}

// clip shortens s to n characters with an ellipsis.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

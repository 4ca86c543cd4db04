// Command convert converts article bodies: to Markdown, plain text or HTML,
// or into schema.org NewsArticle JSON-LD.
//
//	go run ./examples/convert                  # the embedded sample as Markdown, text and JSON-LD
//	go run ./examples/convert -to markdown DIR # every *.md file under DIR, as Markdown
//
// -to is markdown, text, html or jsonld. It goes on past files that fail
// and reports them on standard error, each named by its path. Exit status,
// as cmd/article's: 0 when all went well, 1 when files failed, 2 for bad
// flags or a missing folder; a folder with no matching files writes
// nothing, says so and exits 0.
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
	"github.com/articlekit/article/internal/cli"
	"github.com/articlekit/article/transform"
)

//go:embed testdata/alibaba-apple.md
var sample embed.FS

// site is the channel JSON-LD names as the article's home.
var site = feed.Channel{Title: "Articles", BaseURL: "https://example.com/articles"}

func main() {
	to := flag.String("to", "", "markdown, text, html or jsonld (default: markdown, text and jsonld)")
	targets := func() []string {
		if *to != "" {
			return []string{*to}
		}
		return []string{"markdown", "text", "jsonld"}
	}
	cli.Main("convert", "[-to markdown|text|html|jsonld] [DIR]",
		func() (int, error) { return run(os.Stdout, os.Stderr, sample, "testdata/*.md", targets()) },
		func(dir fs.FS) (int, error) { return run(os.Stdout, os.Stderr, dir, "**/*.md", targets()) })
}

// run writes every file of fsys matching pattern in each target form and
// returns how many files failed.
func run(stdout, stderr io.Writer, fsys fs.FS, pattern string, targets []string) (failed int, err error) {
	for _, target := range targets {
		if _, ok := converters[target]; !ok {
			return 0, fmt.Errorf("unknown -to %q: want markdown, text, html or jsonld", target)
		}
	}
	seen := 0
	for a, err := range article.ParseFS(fsys, pattern) {
		seen++
		if err == nil {
			err = convert(stdout, a, targets)
		}
		if err != nil {
			failed++
			fmt.Fprintln(stderr, err)
		}
	}
	if seen == 0 {
		return 0, fmt.Errorf("%w %s", cli.ErrNoFiles, pattern)
	}
	return failed, nil
}

// converters turn an article into one target form.
var converters = map[string]func(a *article.Article) (string, error){
	"markdown": body(transform.ToMarkdown()),
	"text":     body(transform.ToText()),
	"html":     body(transform.ToHTML()),
	"jsonld": func(a *article.Article) (string, error) {
		ld, err := feed.NewsArticle(a, site)
		if err != nil {
			// NewsArticle's error names the article and the feed package
			// ("feed: json-ld (x.md): title is empty"); convert names the
			// file and the target itself, so it keeps only the cause.
			err = cause(err)
		}
		return string(ld), err
	},
}

// body converts a copy of the article with t and returns its body.
func body(t article.Transform) func(a *article.Article) (string, error) {
	return func(a *article.Article) (string, error) {
		b := a.Clone()
		err := t(b)
		return b.Body, err
	}
}

// cause is what err wraps, or err when it wraps nothing.
func cause(err error) error {
	if c := errors.Unwrap(err); c != nil {
		return c
	}
	return err
}

// convert writes a in each of the targets, and returns the first error
// naming the file and the target: "x.md: jsonld: title is empty".
func convert(w io.Writer, a *article.Article, targets []string) error {
	for _, target := range targets {
		out, err := converters[target](a)
		if err != nil {
			return fmt.Errorf("%s: %s: %w", a.Path, target, err)
		}
		fmt.Fprintf(w, "==> %s as %s <==\n%s\n\n", a.Path, target, out)
	}
	return nil
}

// Command feed writes article files as a web feed: RSS 2.0, Atom 1.0 or
// JSON Feed 1.1, newest first, drafts left out.
//
//	go run ./examples/feed                      # RSS of the embedded samples
//	go run ./examples/feed -format atom         # or json
//	go run ./examples/feed -base https://example.com/news DIR   # every *.md under DIR
//
// It goes on past files that fail to parse, reports them on standard error,
// and exits with status 1 if any did.
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
)

//go:embed testdata/*.md
var samples embed.FS

func main() {
	format := flag.String("format", "rss", "the feed format: rss, atom or json")
	ch := feed.Channel{}
	flag.StringVar(&ch.Title, "title", "Articles", "the feed's title")
	flag.StringVar(&ch.BaseURL, "base", "https://example.com/articles", "the URL the articles' slugs are under")
	flag.StringVar(&ch.Description, "description", "", "what the feed is about")
	flag.StringVar(&ch.Language, "language", "", "the articles' language, such as en")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: feed [-format rss|atom|json] [-title T] [-base URL] [DIR]")
		flag.PrintDefaults()
	}
	flag.Parse()
	f, err := feed.ParseFormat(*format)
	if err != nil {
		fmt.Fprintln(os.Stderr, err) // "feed: unknown format …"
		os.Exit(2)
	}

	var fsys fs.FS = samples
	pattern := "testdata/*.md"
	if flag.NArg() > 0 {
		fsys, pattern = os.DirFS(flag.Arg(0)), "**/*.md"
	}
	failed, err := run(os.Stdout, os.Stderr, fsys, pattern, f, ch)
	if err != nil {
		fmt.Fprintln(os.Stderr, err) // "feed: …"
		os.Exit(2)
	}
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "feed: %d file(s) failed\n", failed)
		os.Exit(1)
	}
}

// run writes the feed of the files of fsys matching pattern, newest first
// and without drafts, and returns how many failed to parse.
func run(stdout, stderr io.Writer, fsys fs.FS, pattern string, f feed.Format, ch feed.Channel) (failed int, err error) {
	var items []*article.Article
	seen := 0
	for a, err := range article.ParseFS(fsys, pattern) {
		seen++
		if err != nil {
			failed++
			fmt.Fprintln(stderr, err)
			continue
		}
		if !a.Draft {
			items = append(items, a)
		}
	}
	if seen == 0 {
		return 0, errors.New("feed: no files match " + pattern)
	}
	slices.SortStableFunc(items, func(a, b *article.Article) int { return b.PublishedOn.Compare(a.PublishedOn) })
	return failed, feed.Write(stdout, f, ch, items)
}

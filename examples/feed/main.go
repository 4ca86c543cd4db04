// Command feed writes article files as a web feed: RSS 2.0, Atom 1.0 or
// JSON Feed 1.1, newest first, drafts left out, each article sanitized
// first (article.Sanitize), as a feed reader shows what it is given.
//
//	go run ./examples/feed                      # RSS of the embedded samples
//	go run ./examples/feed -format atom         # or json
//	go run ./examples/feed -base https://example.com/news DIR   # every *.md under DIR
//
// It goes on past files that fail to parse and reports them on standard
// error. Exit status, as cmd/article's: 0 when all went well, 1 when files
// failed, 2 for bad flags or a missing folder; a folder with no matching
// files writes nothing, says so and exits 0.
package main

import (
	"embed"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
	"github.com/articlekit/article/internal/cli"
)

//go:embed testdata/*.md
var samples embed.FS

func main() {
	f := feed.RSS
	flag.Func("format", "the feed format: rss, atom or json (default rss)", func(s string) (err error) {
		f, err = feed.ParseFormat(s)
		return err
	})
	ch := feed.Channel{}
	flag.StringVar(&ch.Title, "title", "Articles", "the feed's title")
	flag.StringVar(&ch.BaseURL, "base", "https://example.com/articles", "the URL the articles' slugs are under")
	flag.StringVar(&ch.Description, "description", "", "what the feed is about")
	flag.StringVar(&ch.Language, "language", "", "the articles' language, such as en")
	cli.Main("feed", "[-format rss|atom|json] [-title T] [-base URL] [DIR]",
		func() (int, error) { return run(os.Stdout, os.Stderr, samples, "testdata/*.md", f, ch) },
		func(dir fs.FS) (int, error) { return run(os.Stdout, os.Stderr, dir, "**/*.md", f, ch) })
}

// run writes the feed of the files of fsys matching pattern, sanitized,
// newest first and without drafts, and returns how many failed to parse.
func run(stdout, stderr io.Writer, fsys fs.FS, pattern string, f feed.Format, ch feed.Channel) (failed int, err error) {
	var items []*article.Article
	seen := 0
	for a, err := range article.ParseFS(fsys, pattern, article.WithTransform(article.Sanitize(nil))) {
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
		return 0, fmt.Errorf("%w %s", cli.ErrNoFiles, pattern)
	}
	slices.SortStableFunc(items, func(a, b *article.Article) int { return b.PublishedOn.Compare(a.PublishedOn) })
	return failed, feed.Write(stdout, f, ch, items)
}

package main

import (
	"errors"
	"iter"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
	"github.com/spf13/cobra"
)

// errStopped ends the reading of files when the feed takes no more.
var errStopped = errors.New("the feed takes no more items")

func (a *app) feedCommand() *cobra.Command {
	var format string
	var ch feed.Channel
	cmd := &cobra.Command{
		Use:   "feed --base URL [--format rss|atom|json] [--max-items N] PATH...",
		Short: "Write the articles as an RSS, Atom or JSON feed",
		Long: `feed writes the articles as one feed on standard output, drafts left out, each
sanitized with the default policy (a feed reader shows what it gets). Items
link to --base followed by the article's slug. Each item is written as it is
read, in the order of the paths, so that a feed of any size takes the memory
of one article; --max-items N keeps the newest N instead, newest first.
` + exitHelp,
		Args: a.paths,
		RunE: func(*cobra.Command, []string) error {
			f, err := feed.ParseFormat(format)
			if err != nil {
				return err
			}
			var read error // of reading the files, once they are all read
			next, stop := iter.Pull(func(yield func(*article.Article) bool) {
				read = a.each([]article.Option{article.WithTransform(article.Sanitize(nil))}, func(art *article.Article) error {
					if !art.Draft && !yield(art) {
						return errStopped
					}
					return nil
				})
			})
			defer stop()
			// The first article is read before anything is written: no file,
			// no feed; drafts only, a feed dated now, as Atom needs a date.
			first, ok := next()
			if a.read == 0 {
				return read
			}
			if !ok && ch.Updated.IsZero() {
				ch.Updated = time.Now().UTC()
			}
			items := func(yield func(*article.Article) bool) {
				for art := first; ok && yield(art); art, ok = next() {
				}
			}
			if err := feed.WriteSeq(a.stdout, f, ch, items); err != nil {
				return err
			}
			return read
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "rss", "the feed's format: rss, atom or json")
	fl.StringVar(&ch.Title, "title", "Articles", "the feed's title")
	fl.StringVar(&ch.BaseURL, "base", "", "the absolute http(s) URL the articles' slugs are under")
	fl.StringVar(&ch.Description, "description", "", "what the feed is about")
	fl.StringVar(&ch.Language, "language", "", "the articles' language, such as en")
	fl.StringVar(&ch.Author, "author", "", "who is behind the feed")
	fl.StringVar(&ch.FeedURL, "feed-url", "", "where the feed itself is served")
	fl.IntVar(&ch.MaxItems, "max-items", 0, "keep only the newest N articles, newest first (0: all, as read)")
	_ = cmd.MarkFlagRequired("base") // only fails for a flag not defined
	return cmd
}

package main

import (
	"errors"
	"slices"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
	"github.com/spf13/cobra"
)

func (a *app) feedCommand() *cobra.Command {
	var format string
	var ch feed.Channel
	cmd := &cobra.Command{
		Use:   "feed --base URL [--format rss|atom|json] PATH...",
		Short: "Write the articles as an RSS, Atom or JSON feed",
		Long: `feed writes the articles as one feed on standard output, newest first, drafts
left out, each sanitized with the default policy (a feed reader shows what it
gets). Items link to --base followed by the article's slug.
` + exitHelp,
		Args: a.paths,
		RunE: func(*cobra.Command, []string) error {
			f, err := feed.ParseFormat(format)
			if err != nil {
				return err
			}
			var items []*article.Article
			err = a.each([]article.Option{article.WithTransform(article.Sanitize(nil))}, func(art *article.Article) error {
				if !art.Draft {
					items = append(items, art)
				}
				return nil
			})
			if a.read == 0 || err != nil && !errors.Is(err, errProblems) {
				return err // no file, no feed
			}
			if len(items) == 0 && ch.Updated.IsZero() {
				ch.Updated = time.Now().UTC() // Atom must say when; drafts only, it is now
			}
			slices.SortStableFunc(items, func(x, y *article.Article) int { return y.PublishedOn.Compare(x.PublishedOn) })
			if werr := feed.Write(a.stdout, f, ch, items); werr != nil {
				return werr
			}
			return err
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
	_ = cmd.MarkFlagRequired("base") // only fails for a flag not defined
	return cmd
}

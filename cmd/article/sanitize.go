package main

import (
	"github.com/articlekit/article"
	"github.com/spf13/cobra"
)

func (a *app) sanitizeCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "sanitize PATH...",
		Short: "Write article files with their bodies and fields made safe",
		Long: `sanitize runs article.Sanitize with the default policy (bluemonday) on every
file and writes it back on standard output, front matter in the syntax it
came in. With several files each starts with a "==> path <==" line; to
sanitize a folder into another, use migrate -t sanitize.
` + exitHelp,
		Args: a.paths,
		RunE: func(*cobra.Command, []string) error {
			return a.writeArticles(article.WithTransform(article.Sanitize(nil)))
		},
	}
}

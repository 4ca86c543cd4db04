package main

import (
	"fmt"

	"github.com/articlekit/article"
	"github.com/spf13/cobra"
)

func (a *app) convertCommand() *cobra.Command {
	var to string
	cmd := &cobra.Command{
		Use:   "convert --to md|html|text PATH...",
		Short: "Write article files with their bodies in another format",
		Long: `convert changes every file's body to Markdown, HTML or plain text and writes
the article back on standard output, front matter in the syntax it came in.
With several files each starts with a "==> path <==" line; to convert a
folder into another, use migrate -t md (or html, text).
` + exitHelp,
		Args: a.paths,
		RunE: func(*cobra.Command, []string) error {
			t, ok := conversions[to]
			if !ok {
				return fmt.Errorf("--to %q: want md, html or text", to)
			}
			return a.writeArticles(article.WithTransform(t))
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "the body's new format: md, html or text")
	_ = cmd.MarkFlagRequired("to") // only fails for a flag not defined
	return cmd
}

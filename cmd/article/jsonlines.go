package main

import (
	"encoding/json"

	"github.com/articlekit/article"
	"github.com/spf13/cobra"
)

func (a *app) jsonCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "json PATH...",
		Short: "Write articles as JSON lines",
		Long: `json writes every article as one JSON object a line (JSON Lines), in the
library's camelCase JSON, for jq and other line tools.
` + exitHelp,
		Args: a.paths,
		RunE: func(*cobra.Command, []string) error {
			enc := json.NewEncoder(a.stdout)
			enc.SetEscapeHTML(false) // bodies stay readable; JSON lines go to programs, not pages
			return a.each(nil, func(art *article.Article) error {
				return enc.Encode(art)
			})
		},
	}
}

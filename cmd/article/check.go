package main

import (
	"fmt"

	"github.com/articlekit/article"
	"github.com/spf13/cobra"
)

func (a *app) checkCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "check PATH...",
		Short: "Report the problems of article files",
		Long: `check parses every file and validates its data (title, dates, image URLs and
alt text, keys), and prints one line per problem on standard output:
path:line: key: message, the line and key where they are known. A count of
the problems goes to standard error.
` + exitHelp,
		Args: a.paths,
		RunE: func(*cobra.Command, []string) error {
			a.problemsOut = true
			err := a.each(nil, func(art *article.Article) error {
				errs := article.Problems(art.Validate())
				for _, e := range errs {
					if _, err := fmt.Fprintln(a.stdout, printable(e.Error())); err != nil {
						return err
					}
				}
				if len(errs) > 0 {
					a.failed++
					a.problems += len(errs)
				}
				return nil
			})
			if a.failed > 0 {
				a.note("%d problem(s) in %d of %d files", a.problems, a.failed, a.read)
			}
			return err
		},
	}
}

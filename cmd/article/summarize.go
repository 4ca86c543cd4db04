package main

import (
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
	"github.com/spf13/cobra"
)

func (a *app) summarizeCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "summarize PATH...",
		Short: "Print a table of titles, words, reading times and excerpts",
		Long: `summarize runs transform.Summarize on every file and prints a table: the file,
its title, its words, its reading time in minutes (rounded up) and the start
of its excerpt. The table is written once every file is read, as its columns
fit the widest cell.
` + exitHelp,
		Args: a.paths,
		RunE: func(*cobra.Command, []string) error {
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "FILE\tTITLE\tWORDS\tREADING\tEXCERPT")
			err := a.each([]article.Option{article.WithTransform(transform.Summarize())}, func(art *article.Article) error {
				s := art.Summary
				_, err := fmt.Fprintf(tw, "%s\t%s\t%d\t%d min\t%s\n", printable(art.Path), printable(clip(art.Title, 40)), s.Words, minutes(s.ReadingTime), printable(clip(s.Excerpt, 60)))
				return err
			})
			if a.read == 0 {
				return err // no file, no table
			}
			if ferr := tw.Flush(); ferr != nil {
				return ferr
			}
			return err
		},
	}
}

// minutes is d in whole minutes, rounded up, as reading times are told.
func minutes(d time.Duration) int {
	return int((d + time.Minute - 1) / time.Minute)
}

// clip shortens s to n characters, the last an ellipsis.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

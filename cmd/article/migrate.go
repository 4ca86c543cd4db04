package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/articlekit/article"
	"github.com/spf13/cobra"
)

func (a *app) migrateCommand() *cobra.Command {
	var names []string
	cmd := &cobra.Command{
		Use:   "migrate [-t sanitize,md,html,text] SRC DST",
		Short: "Run transforms on article files and write them to DST",
		Long: `migrate runs the transforms named by -t, in order, on every file of SRC and
writes each back with its front matter in the syntax it came in. SRC is a
folder, a file or - (standard input); DST is a folder for a folder (DST may
be SRC, to change the files in place), else a file; - writes to standard
output, as sanitize and convert do. With no -t the files are written back as they are read. A file whose
body becomes Markdown or text and whose name ends in .html or .htm is written
under .md, as its name would make it read as HTML again (in place, the old
file stays).
` + exitHelp,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 {
				return errors.New("migrate takes SRC and DST")
			}
			return a.paths(cmd, args[:1])
		},
		RunE: func(_ *cobra.Command, args []string) error {
			t, err := chain(names)
			if err != nil {
				return err
			}
			src, dst := a.srcs[0], args[1]
			if dst == stdinPath {
				return a.writeArticles(article.WithTransform(t))
			}
			return a.each([]article.Option{article.WithTransform(t)}, func(art *article.Article) error {
				b, ok := a.marshal(art)
				if !ok {
					return nil
				}
				out := dst
				if src.folder {
					rel, err := filepath.Rel(src.path, art.Path)
					if err != nil {
						return err
					}
					out = filepath.Join(dst, rel)
				}
				return write(renamed(out, art.Format), b)
			})
		},
	}
	cmd.Flags().StringSliceVarP(&names, "transform", "t", nil, "the transforms to run, in order: sanitize, md, html, text")
	return cmd
}

// renamed gives a file that now holds Markdown or text a .md name if it
// was named as HTML, which Parse would read as HTML whatever it holds: text
// such as "<img onerror=…>", escaped in the page it came from, would run.
// Under .md, a text body reads back as text from its fence.
func renamed(name string, f article.Format) string {
	ext := filepath.Ext(name)
	if f != article.HTML && (strings.EqualFold(ext, ".html") || strings.EqualFold(ext, ".htm")) {
		return strings.TrimSuffix(name, ext) + ".md"
	}
	return name
}

// write writes b to the file name, making its folder if need be.
func write(name string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, b, 0o644)
}

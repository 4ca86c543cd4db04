package main

import (
	"errors"
	"fmt"
	"iter"
	"os"
	"path"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/cli"
)

// stdinPath is the path that stands for standard input.
const stdinPath = "-"

// source is one path given on the command line.
type source struct {
	path   string
	folder bool
}

// paths is the Args check of the subcommands that read PATH...: it needs
// one path at least and checks them all before anything is read, so that
// a typing mistake stops the run at once, named as typed rather than as a
// pattern inside a folder that does not exist. It keeps them in a.srcs.
func (a *app) paths(_ *cobra.Command, paths []string) error {
	if len(paths) == 0 {
		return errors.New("no PATH: name files, folders or - for standard input")
	}
	if _, err := path.Match(a.pattern, ""); err != nil {
		return fmt.Errorf("--pattern %q: %w", a.pattern, err)
	}
	a.srcs = make([]source, len(paths))
	for i, p := range paths {
		a.srcs[i].path = p
		if p == stdinPath {
			continue
		}
		info, err := cli.Stat(p)
		if err != nil {
			return err
		}
		a.srcs[i].folder = info.IsDir()
	}
	return nil
}

// articles yields the articles of a.srcs in order, parsed with opts: a file
// as it is, a folder's files matching a.pattern, standard input for "-".
// Each article and each error names its file by the path given joined with
// the file's path in the folder. A folder with no matching files is noted
// on standard error.
func (a *app) articles(opts ...article.Option) iter.Seq2[*article.Article, error] {
	return func(yield func(*article.Article, error) bool) {
		for _, src := range a.srcs {
			switch {
			case src.path == stdinPath:
				if !yield(article.Parse(a.stdin, append(slices.Clip(opts), article.WithPath(stdinPath))...)) {
					return
				}
			case !src.folder:
				if !yield(article.ParseFile(src.path, opts...)) {
					return
				}
			default:
				n := 0
				for art, err := range article.ParseFS(os.DirFS(src.path), a.pattern, opts...) {
					n++
					under(src.path, art, err)
					if !yield(art, err) {
						return
					}
				}
				if n == 0 {
					a.note("%s: %v %s", src.path, cli.ErrNoFiles, a.pattern)
				}
			}
		}
	}
}

// under names the article or the error of a file of folder dir by its
// path from the working folder, as the user would type it.
func under(dir string, art *article.Article, err error) {
	var e *article.Error
	switch {
	case art != nil:
		art.Path = filepath.Join(dir, filepath.FromSlash(art.Path))
	case errors.As(err, &e):
		e.Path = filepath.Join(dir, filepath.FromSlash(e.Path))
	}
}

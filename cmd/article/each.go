package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/articlekit/article"
)

// each runs fn on every article of a.srcs, parsed with opts. A file that
// fails to parse (or to transform, for opts with WithTransform) is
// reported on standard error and counted in a.failed, and the others go
// on; an error from fn, such as output that cannot be written, stops the
// run. It returns errProblems when files failed.
func (a *app) each(opts []article.Option, fn func(*article.Article) error) error {
	p := newProgress(a.stderr, a.terminal, a.progressAfter)
	defer p.done()
	if p != nil {
		a.stderr = clearing{a.stderr, p}
		if isTerminal(a.stdout) {
			a.stdout = clearing{a.stdout, p}
		}
	}
	for art, err := range a.articles(opts...) {
		a.read++
		p.add()
		if err != nil {
			a.problem(err)
			continue
		}
		if err := fn(art); err != nil {
			return err
		}
	}
	if a.failed > 0 {
		return errProblems
	}
	return nil
}

// problem reports a file that failed and counts it: on standard error,
// or on standard output where the problems are the output (check).
func (a *app) problem(err error) {
	a.failed++
	a.problems++
	w := a.stderr
	if a.problemsOut {
		w = a.stdout
	}
	fmt.Fprintln(w, printable(err.Error()))
}

// printable escapes the control characters of text that comes from files
// (names, keys, titles, excerpts), as %q does, so that shown on a terminal
// it cannot clear it, move the cursor or set its title or clipboard. Line
// ends and tabs stay.
func printable(s string) string {
	if !strings.ContainsFunc(s, escaped) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if escaped(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escaped reports whether printable escapes r.
func escaped(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }

// note tells the user something on standard error that is not a failure.
func (a *app) note(format string, args ...any) {
	fmt.Fprintf(a.stderr, "article: "+format+"\n", args...)
}

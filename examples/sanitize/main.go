// Command sanitize shows what article.Sanitize does.
//
// With no arguments it sanitizes an embedded sample that carries script
// payloads and prints what was removed and what was kept. With a folder
// argument it sanitizes every *.md file in it, goes on past files that
// fail, and prints one line per file.
//
//	go run ./examples/sanitize
//	go run ./examples/sanitize ./articles
//
// Exit status, as cmd/article's: 0 when all went well, 1 when files
// failed, 2 for bad flags or a missing folder; a folder with no matching
// files writes nothing, says so and exits 0.
package main

import (
	_ "embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/cli"
)

//go:embed sample.md
var sample string

func main() {
	cli.Main("sanitize", "[DIR]",
		func() (int, error) { return 0, showSample(os.Stdout) },
		func(dir fs.FS) (int, error) { return run(os.Stdout, os.Stderr, dir, "**/*.md") })
}

// showSample sanitizes the embedded sample and prints the difference.
func showSample(w io.Writer) error {
	before, err := article.Parse(strings.NewReader(sample), article.WithPath("sample.md"))
	if err != nil {
		return err
	}
	after := *before
	if err := article.Sanitize(nil)(&after); err != nil {
		return err
	}
	fmt.Fprintln(w, "Fields:")
	for _, f := range []struct{ name, before, after string }{
		{"title", before.Title, after.Title},
		{"subtitle", before.Subtitle, after.Subtitle},
		{"description", before.Description, after.Description},
		{"source", before.Source, after.Source},
		{"mainImage", before.MainImage.URL, after.MainImage.URL},
		{"altTextMainImage", before.MainImage.Alt, after.MainImage.Alt},
		{"thumbnail", before.Thumbnail.URL, after.Thumbnail.URL},
		{"altTextThumbnail", before.Thumbnail.Alt, after.Thumbnail.Alt},
	} {
		if f.before == f.after {
			fmt.Fprintf(w, "  kept     %-17s %q\n", f.name, f.after)
		} else {
			fmt.Fprintf(w, "  changed  %-17s %q\n  %26s-> %q\n", f.name, f.before, "", f.after)
		}
	}
	was, is := markup(before.Body), markup(after.Body)
	added := without(is, was)
	for _, list := range []struct {
		title string
		items []string
	}{
		{"Body markup removed:", without(was, is)},
		{"Body markup added:", added},
		{"Body markup kept:", without(is, added)},
	} {
		fmt.Fprintln(w, list.title)
		for _, m := range list.items {
			fmt.Fprintln(w, "  ", m)
		}
	}
	fmt.Fprintln(w, "Body after:")
	fmt.Fprintln(w, after.Body)
	return nil
}

// markup lists the start tags of an HTML body, one entry per element
// and one per attribute, in order.
func markup(body string) []string {
	var out []string
	z := html.NewTokenizer(strings.NewReader(body))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, more := z.TagName()
		out = append(out, "<"+string(name)+">")
		for more {
			var key, val []byte
			key, val, more = z.TagAttr()
			out = append(out, fmt.Sprintf("<%s %s=%q>", name, key, val))
		}
	}
	return out
}

// without returns the entries of from that minus lacks, counting repeats.
func without(from, minus []string) []string {
	left := slices.Clone(minus)
	var out []string
	for _, m := range from {
		if i := slices.Index(left, m); i >= 0 {
			left = slices.Delete(left, i, i+1)
		} else {
			out = append(out, m)
		}
	}
	return out
}

// run sanitizes every file of fsys matching pattern, prints a line for
// each, and returns how many could not be read or sanitized.
func run(stdout, stderr io.Writer, fsys fs.FS, pattern string) (failed int, err error) {
	seen := 0
	for a, err := range article.ParseFS(fsys, pattern, article.WithTransform(article.Sanitize(nil))) {
		seen++
		if err != nil {
			fmt.Fprintln(stderr, "FAIL", err)
			failed++
			continue
		}
		fmt.Fprintf(stdout, "ok   %s (%s, %d bytes of body)\n", a.Path, a.Format, len(a.Body))
	}
	if seen == 0 {
		return 0, fmt.Errorf("%w %s", cli.ErrNoFiles, pattern)
	}
	return failed, nil
}

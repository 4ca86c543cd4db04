// Command sanitize shows what article.Sanitize does.
//
// With no arguments it sanitizes an embedded sample that carries script
// payloads and prints what was removed and what was kept. With a folder
// argument it sanitizes every file in it, goes on past files that fail,
// prints one line per file, and exits with status 1 if any failed.
//
//	go run ./examples/sanitize
//	go run ./examples/sanitize ./articles
package main

import (
	_ "embed"
	"fmt"
	"os"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/articlekit/article"
)

//go:embed sample.md
var sample string

func main() {
	if len(os.Args) > 2 {
		fmt.Fprintln(os.Stderr, "usage: sanitize [folder]")
		os.Exit(2)
	}
	if len(os.Args) == 2 {
		if !sanitizeFolder(os.Args[1]) {
			os.Exit(1)
		}
		return
	}
	if err := showSample(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// showSample sanitizes the embedded sample and prints the difference.
func showSample() error {
	before, err := article.Parse(strings.NewReader(sample), article.WithPath("sample.md"))
	if err != nil {
		return err
	}
	after := *before
	if err := article.Sanitize(nil)(&after); err != nil {
		return err
	}
	fmt.Println("Fields:")
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
			fmt.Printf("  kept     %-17s %q\n", f.name, f.after)
		} else {
			fmt.Printf("  changed  %-17s %q\n  %26s-> %q\n", f.name, f.before, "", f.after)
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
		fmt.Println(list.title)
		for _, m := range list.items {
			fmt.Println("  ", m)
		}
	}
	fmt.Println("Body after:")
	fmt.Println(after.Body)
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

// sanitizeFolder sanitizes every file under dir and reports whether all
// of them could be read and sanitized.
func sanitizeFolder(dir string) bool {
	ok := true
	sanitize := article.Sanitize(nil)
	for a, err := range article.ParseFS(os.DirFS(dir), "**/*") {
		if err == nil {
			err = sanitize(a)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "FAIL", err)
			ok = false
			continue
		}
		fmt.Printf("ok   %s (%s, %d bytes of body)\n", a.Path, a.Format, len(a.Body))
	}
	return ok
}

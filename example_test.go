package article_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing/fstest"

	"github.com/articlekit/article"
)

func ExampleParse() {
	src := `---
title: "Alibaba confirms Apple deal"
publishedOn: 2025-04-07
tags: [ai, china]
---

` + "```html\n<p>On Thursday, Alibaba announced a partnership.</p>\n```\n"

	a, err := article.Parse(strings.NewReader(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.PublishedOn.Format("Jan 2, 2006"))
	fmt.Println(a.Tags)
	fmt.Println(a.Format, a.Body)
	// Output:
	// Alibaba confirms Apple deal
	// Apr 7, 2025
	// [ai china]
	// html <p>On Thursday, Alibaba announced a partnership.</p>
}

func ExampleParse_error() {
	src := "---\ntitle: Bad date\npublishedOn: 2025-13-45\n---\n"
	_, err := article.Parse(strings.NewReader(src), article.WithPath("news/a.md"))
	fmt.Println(err)

	var e *article.Error
	if errors.As(err, &e) {
		fmt.Println(e.Path, e.Line, e.Key)
	}
	// Output:
	// news/a.md:3: publishedOn: cannot read "2025-13-45" as a date
	// news/a.md 3 publishedOn
}

func ExampleParseFile() {
	a, err := article.ParseFile("testdata/seed.md")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Source, a.NewsDate.Format("2006-01-02"), a.Format)
	// Output: techcrunch.com 2025-02-14 html
}

func ExampleParseFS() {
	fsys := fstest.MapFS{
		"news/a.md": {Data: []byte("---\ntitle: First\n---\nText.")},
		"news/b.md": {Data: []byte("---\ntitle: [not, text]\n---\n")},
		"news/c.md": {Data: []byte("+++\ntitle = \"Third\"\n+++\n<p>Text.</p>")},
	}
	for a, err := range article.ParseFS(fsys, "news/*.md") {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a.Path, a.Title, a.Format)
	}
	// Output:
	// news/a.md First markdown
	// error: news/b.md:2: title: want text, not a list
	// news/c.md Third html
}

func ExampleArticle_Validate() {
	a, err := article.ParseFile("testdata/seed.md")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Validate())
	// Output: testdata/seed.md:6: updatedOn: 2025-02-17 is before publishedOn 2025-04-07
}

func ExampleArticle_WriteTo() {
	a := &article.Article{
		Title:  "Hello",
		Body:   "<p>Hi &amp; welcome.</p>",
		Format: article.HTML,
		Tags:   []string{"news"},
	}
	a.WriteTo(os.Stdout)
	// Output:
	// ---
	// title: "Hello"
	// tags:
	//   - "news"
	// ---
	//
	// ```html
	// <p>Hi &amp; welcome.</p>
	// ```
}

func ExampleArticle_MarshalJSON() {
	a := article.Article{Title: "Hello", Format: article.Markdown, Body: "Hi."}
	out, _ := json.Marshal(a)
	fmt.Println(string(out))
	// Output: {"title":"Hello","subtitle":"","description":"","source":"","draft":false,"archived":false,"tags":[],"categories":[],"authors":[],"slug":"","lang":"","body":"Hi.","format":"markdown"}
}

func ExampleChain() {
	upper := func(a *article.Article) error { a.Title = strings.ToUpper(a.Title); return nil }
	mark := func(a *article.Article) error { a.Title += "!"; return nil }
	fail := func(a *article.Article) error { return errors.New("no body") }

	a := &article.Article{Title: "news"}
	fmt.Println(article.Chain(upper, mark)(a), a.Title)
	fmt.Println(article.Chain(upper, fail, mark)(a))
	// Output:
	// <nil> NEWS!
	// transform 2 of 3: no body
}

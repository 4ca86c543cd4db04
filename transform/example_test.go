package transform_test

import (
	"fmt"
	"strings"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

func ExampleSummarize() {
	a, err := article.Parse(strings.NewReader(`---
title: Riverton approves bridge repair
---
<h2>Council backs repair</h2>
<p>The Riverton council voted on Tuesday to repair the Harbor Street bridge. Mr. Ruiz, the works director, said the work would take 14 months.</p>
<h2>Shops worry</h2>
<p>Shop owners fear lost trade during the closure. The council promised a $2 million support fund.</p>
`))
	if err != nil {
		panic(err)
	}
	if err := transform.Summarize(transform.WithExcerptWords(20), transform.WithSentences(2))(a); err != nil {
		panic(err)
	}
	s := a.Summary
	fmt.Println(s.Words, "words,", s.ReadingTime)
	fmt.Println("Excerpt:", s.Excerpt)
	for _, k := range s.Sentences {
		fmt.Println("Key:", k)
	}
	for _, h := range s.Outline {
		fmt.Println(strings.Repeat("  ", h.Level-2)+"-", h.Text)
	}
	// Output:
	// 45 words, 1m0s
	// Excerpt: The Riverton council voted on Tuesday to repair the Harbor Street bridge.
	// Key: The Riverton council voted on Tuesday to repair the Harbor Street bridge.
	// Key: The council promised a $2 million support fund.
	// - Council backs repair
	// - Shops worry
}

func ExampleWithDescription() {
	a := &article.Article{Format: article.Markdown, Body: "Rain is forecast for the weekend. Crews expect it to help."}
	if err := transform.Summarize(transform.WithDescription())(a); err != nil {
		panic(err)
	}
	fmt.Println(a.Description)
	// Output:
	// Rain is forecast for the weekend. Crews expect it to help.
}

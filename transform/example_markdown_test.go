package transform_test

import (
	"fmt"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

func ExampleToMarkdown() {
	a := &article.Article{
		Format: article.HTML,
		Body: `<h2>Apple &amp; Alibaba</h2>
<p>Apple is <strong>working with Alibaba</strong>, <a href="https://reuters.com">Reuters</a> says.</p>
<ul><li>Share: 15.7%</li><li>1. not a sub-list</li></ul>`,
	}
	if err := transform.ToMarkdown()(a); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Format)
	fmt.Println(a.Body)
	// Output:
	// markdown
	// ## Apple & Alibaba
	//
	// Apple is **working with Alibaba**, [Reuters](https://reuters.com) says.
	//
	// - Share: 15.7%
	// - 1\. not a sub-list
}

func ExampleWithRawHTML() {
	a := &article.Article{Format: article.HTML, Body: `<p>H<sub>2</sub>O</p>`}
	_ = transform.ToMarkdown()(a)
	fmt.Println(a.Body)
	a = &article.Article{Format: article.HTML, Body: `<p>H<sub>2</sub>O</p>`}
	_ = transform.ToMarkdown(transform.WithRawHTML(true))(a)
	fmt.Println(a.Body)
	// Output:
	// H₂O
	// H<sub>2</sub>O
}

func ExampleToHTML() {
	a := &article.Article{Format: article.Markdown, Body: "# Hello\n\n*Markdown* with ~~HTML~~ <b>raw</b>"}
	if err := transform.ToHTML()(a); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Format)
	fmt.Println(a.Body)
	// Output:
	// html
	// <h1>Hello</h1>
	// <p><em>Markdown</em> with <del>HTML</del> <!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>
}

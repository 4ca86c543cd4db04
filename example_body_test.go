package article_test

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/articlekit/article"
)

func ExampleWithBodyFormat() {
	src := "---\ntitle: About\n---\nHello, I am <b>Ada</b>.\n"
	a, _ := article.Parse(strings.NewReader(src))
	fmt.Println(a.Format) // text first: Markdown, as the content says
	a, _ = article.Parse(strings.NewReader(src), article.WithBodyFormat(article.HTML))
	fmt.Println(a.Format)
	// Output:
	// markdown
	// html
}

func ExampleResolveURLs() {
	base, _ := url.Parse("https://example.com/blog/weather-station/")
	a := &article.Article{
		MainImage: article.Image{URL: "/images/hero.png", Alt: "The station"},
		Body:      "![Chart](chart.png)\n\n<img src=\"/images/station.jpg\" alt=\"\">\n",
		Format:    article.Markdown,
	}
	if err := article.ResolveURLs(base)(a); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.MainImage.URL)
	fmt.Print(a.Body)
	// Output:
	// https://example.com/images/hero.png
	// ![Chart](https://example.com/blog/weather-station/chart.png)
	//
	// <img src="https://example.com/images/station.jpg" alt="">
}

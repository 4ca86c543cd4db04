package article_test

import (
	"fmt"

	"github.com/articlekit/article"
)

func ExampleSanitize() {
	a := &article.Article{
		Title:     "AT&amp;T <b>rethinks</b> its <script>alert(1)</script>plans",
		MainImage: article.Image{URL: "javascript:alert(1)", Alt: "A <i>tower</i>"},
		Body:      `<h2>News</h2><p onclick="steal()">Read <a href="https://example.com/">more</a>.<script>alert(1)</script></p>`,
		Format:    article.HTML,
	}
	if err := article.Sanitize(nil)(a); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Printf("%q %q\n", a.MainImage.URL, a.MainImage.Alt)
	fmt.Println(a.Body)
	// Output:
	// AT&T rethinks its plans
	// "" "A tower"
	// <h2>News</h2><p>Read <a href="https://example.com/" rel="nofollow noreferrer noopener" target="_blank">more</a>.</p>
}

func ExampleSanitize_markdown() {
	a := &article.Article{
		Body:   "## News\n\nA <sup>2</sup> <img src=/images/chart.png onerror=alert(1)> ![Chart](/images/chart.png) [link](javascript:alert(1)) and [another](https://example.com/).\n",
		Format: article.Markdown,
	}
	if err := article.Sanitize(nil)(a); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(a.Body)
	// Output:
	// ## News
	//
	// A <sup>2</sup> <img src="/images/chart.png"> ![Chart](/images/chart.png) \[link](javascript:alert(1)) and [another](https://example.com/).
}

func ExamplePolicy() {
	p := article.Policy()
	p.AllowElements("kbd") // a copy of its own: other callers' policies don't change
	fmt.Println(p.Sanitize(`<p>Press <kbd>Ctrl</kbd> <code class="language-sh">ls</code><iframe src="https://example.com/"></iframe></p>`))
	// Output:
	// <p>Press <kbd>Ctrl</kbd> <code class="language-sh">ls</code></p>
}

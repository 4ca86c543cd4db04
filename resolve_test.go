package article_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"pgregory.net/rapid"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/markdown"
	"github.com/articlekit/article/internal/srcset"
)

var postURL, _ = url.Parse("https://ex.com/blog/post/")

func TestResolveURLs(t *testing.T) {
	tests := []struct {
		name       string
		format     article.Format
		body, want string
	}{
		{"html image from the root", article.HTML, `<p><img src="/images/chart.png" alt="Chart"></p>`, `<p><img src="https://ex.com/images/chart.png" alt="Chart"></p>`},
		{"html image beside the page", article.HTML, `<img src="img/a.png">`, `<img src="https://ex.com/blog/post/img/a.png">`},
		{"html link up", article.HTML, `<a href="../2.2/">2.2</a>`, `<a href="https://ex.com/blog/2.2/">2.2</a>`},
		{"html fragment", article.HTML, `<a href="#parts">Parts</a>`, `<a href="https://ex.com/blog/post/#parts">Parts</a>`},
		{"protocol-relative", article.HTML, `<img src="//cdn.ex.com/a.png">`, `<img src="https://cdn.ex.com/a.png">`},
		{"srcset", article.HTML, `<img srcset="a.png 1x, /b.png 2x,https://cdn.ex.com/c.png 3x">`, `<img srcset="https://ex.com/blog/post/a.png 1x, https://ex.com/b.png 2x,https://cdn.ex.com/c.png 3x">`},
		{"source srcset, video poster, quote cite", article.HTML,
			`<picture><source srcset="/w.webp"></picture><video poster="p.jpg" src="/v.mp4"></video><blockquote cite="/src">q</blockquote>`,
			`<picture><source srcset="https://ex.com/w.webp"></picture><video poster="https://ex.com/blog/post/p.jpg" src="https://ex.com/v.mp4"></video><blockquote cite="https://ex.com/src">q</blockquote>`},
		{"only the changed tag is written anew", article.HTML,
			"<P CLASS=x>Fish &amp; chips</P>\n<IMG SRC=/a.png ALT='A'>\n<br/>",
			"<P CLASS=x>Fish &amp; chips</P>\n<img src=\"https://ex.com/a.png\" alt=\"A\">\n<br/>"},
		{"absolute URLs of any scheme stay", article.HTML,
			`<a href="https://x.org/a">a</a><a href="mailto:a@x.org">m</a><a href="javascript:x()">j</a><img src="data:image/png;base64,AA">`, ""},
		{"an empty or broken URL stays", article.HTML, `<a href="">a</a><a href="http://[::1">b</a>`, ""},
		{"markdown image", article.Markdown, "![Chart](/images/chart.png)\n", "![Chart](https://ex.com/images/chart.png)\n"},
		{"markdown link with a title", article.Markdown, "[first](../first/ \"First\")\n", "[first](https://ex.com/blog/first/ \"First\")\n"},
		{"markdown angled destination", article.Markdown, "[a](<my file.png>)\n", "[a](<https://ex.com/blog/post/my%20file.png>)\n"},
		{"markdown parentheses", article.Markdown, "[Go](/wiki/Go_(language))\n", "[Go](https://ex.com/wiki/Go_\\(language\\))\n"},
		{"markdown escapes and references read", article.Markdown, "[a](/a?x=1&amp;y=\\*)\n", "[a](https://ex.com/a?x=1&y=*)\n"},
		{"markdown reference definition", article.Markdown, "See [the notes][n] and [n].\n\n[n]: /notes \"Notes\"\n", "See [the notes][n] and [n].\n\n[n]: https://ex.com/notes \"Notes\"\n"},
		{"markdown in a quote and a list", article.Markdown, "> ![a](a.png)\n\n- [b](/b)\n", "> ![a](https://ex.com/blog/post/a.png)\n\n- [b](https://ex.com/b)\n"},
		{"markdown raw html", article.Markdown,
			"<figure>\n  <img src=\"/images/station.jpg\" alt=\"S\">\n</figure>\n\nSee <a href=\"/parts\">parts</a>.\n",
			"<figure>\n  <img src=\"https://ex.com/images/station.jpg\" alt=\"S\">\n</figure>\n\nSee <a href=\"https://ex.com/parts\">parts</a>.\n"},
		{"markdown html block in a quote keeps its prefixes", article.Markdown,
			"> <div>\n> <img src=\"/a.png\">\n> </div>\n", "> <div>\n> <img src=\"https://ex.com/a.png\">\n> </div>\n"},
		{"markdown code is not a link", article.Markdown, "`[a](/a)`\n\n```\n![b](/b.png)\n```\n", ""},
		{"markdown autolinks are absolute", article.Markdown, "<https://x.org/a> www.x.org/b\n", ""},
		{"a text body is left alone", article.Text, "[a](/a) <img src=\"/b.png\">", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.want == "" {
				tc.want = tc.body
			}
			a := &article.Article{Body: tc.body, Format: tc.format}
			require.NoError(t, article.ResolveURLs(postURL)(a))
			assert.Equal(t, tc.want, a.Body)
			assert.Equal(t, tc.format, a.Format)
		})
	}
}

func TestResolveURLsImages(t *testing.T) {
	a := &article.Article{
		MainImage: article.Image{URL: "/images/hero.png", Alt: "Hero"},
		Thumbnail: article.Image{URL: "https://cdn.ex.com/t.png"},
		Format:    article.Markdown,
	}
	require.NoError(t, article.ResolveURLs(postURL)(a))
	assert.Equal(t, article.Image{URL: "https://ex.com/images/hero.png", Alt: "Hero"}, a.MainImage)
	assert.Equal(t, "https://cdn.ex.com/t.png", a.Thumbnail.URL)
}

func TestResolveURLsRefusesABaseThatIsNotAWebURL(t *testing.T) {
	for _, base := range []string{"", "/blog/", "javascript:alert(1)//", "ftp://ex.com/", "https:///x"} {
		t.Run(base, func(t *testing.T) {
			u, err := url.Parse(base)
			require.NoError(t, err)
			a := &article.Article{Path: "post.md", Body: "[a](/a)", Format: article.Markdown}
			err = article.ResolveURLs(u)(a)
			var e *article.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, "post.md", e.Path)
			assert.Equal(t, "[a](/a)", a.Body, "the article is left as it was")
		})
	}
	require.Error(t, article.ResolveURLs(nil)(&article.Article{}))
	assert.ErrorIs(t, article.ResolveURLs(postURL)(nil), article.ErrNilArticle)
}

func TestResolveURLsOnASiteFile(t *testing.T) {
	a, err := article.ParseFile("testdata/sites/body-html-bare.md", article.WithTransform(article.ResolveURLs(postURL)))
	require.NoError(t, err)
	for _, want := range []string{
		`<img src="https://ex.com/assets/img/release.png" srcset="https://ex.com/assets/img/release.png 1x, https://ex.com/assets/img/release@2x.png 2x" alt="The 2.3 start screen">`,
		`<a href="https://ex.com/blog/2.2/">the notes for 2.2</a>`,
		"<!-- the changelog is generated -->",
	} {
		assert.Contains(t, a.Body, want)
	}
}

// urlPieces are what bodies with URLs are made of: relative and absolute
// URLs in every place a body holds one, and the text around them.
var urlPieces = []string{
	"text ", "\n\n", "> ", "- ", "`code` ", "```\n[c](/c)\n```\n",
	"![i](/images/a.png)", "[l](../up/)", "[l](a.html \"T\")", "[l](<a b.png>)", "[p](/w/Go_(x))", "[u](/w/a\\))", "[e](/a&amp;copy;b)",
	"[r]", "[r]: /ref\n", "[l](https://x.org/a)", "[l](mailto:a@x.org)", "[l](#top)", "[l](?q=1&amp;r=2)",
	`<img src="/a.png" srcset="a.png 1x, //cdn.x.org/b.png 2x">`, `<a href="rel/">a</a>`, `<a href="https://x.org/">x</a>`,
	"<div>\n<img src=\"d.png\">\n</div>\n", `<video poster="p.jpg"></video>`,
}

var urlBody = rapid.Custom(func(t *rapid.T) string {
	return strings.Join(rapid.SliceOfN(rapid.SampledFrom(urlPieces), 0, 12).Draw(t, "pieces"), "")
})

var bases = rapid.SampledFrom([]string{"https://ex.com/", "https://ex.com/blog/post/", "http://ex.com/a/b.html?x=1#f", "https://ex.com"})

// TestResolveURLsLaws: resolving twice gives what resolving once does; a
// body whose URLs are all absolute is left byte for byte; and the resolved
// body renders with the original's URLs, each resolved against the base.
func TestResolveURLsLaws(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		base, err := url.Parse(bases.Draw(t, "base"))
		require.NoError(t, err)
		resolve := article.ResolveURLs(base)
		body := urlBody.Draw(t, "body")
		a := &article.Article{
			Body:      body,
			Format:    rapid.SampledFrom([]article.Format{article.HTML, article.Markdown}).Draw(t, "format"),
			MainImage: article.Image{URL: rapid.SampledFrom([]string{"", "/hero.png", "hero.png", "https://x.org/h.png"}).Draw(t, "image")},
		}
		require.NoError(t, resolve(a))
		once := *a
		require.NoError(t, resolve(a))
		require.Equal(t, once, *a, "resolving twice differs from once")

		var want []string
		for _, u := range renderedURLs(t, render(t, body, a.Format)) {
			if ref, err := url.Parse(strings.TrimSpace(u)); err == nil && u != "" {
				u = base.ResolveReference(ref).String()
			}
			want = append(want, u)
		}
		require.Equal(t, want, renderedURLs(t, render(t, a.Body, a.Format)), "the body renders otherwise than with its URLs resolved:\n%s\n%s", body, a.Body)
		if a.MainImage.URL != "" {
			require.True(t, strings.HasPrefix(a.MainImage.URL, "http"), a.MainImage.URL)
		}

		absolute := &article.Article{Body: once.Body, Format: once.Format}
		require.NoError(t, article.ResolveURLs(postURL)(absolute))
		require.Equal(t, once.Body, absolute.Body, "absolute URLs changed under another base")
	})
}

// render returns body as HTML: a Markdown body rendered with its raw HTML.
func render(t tb, body string, f article.Format) string {
	if f != article.Markdown {
		return body
	}
	out, err := markdown.ToHTML(body, true)
	require.NoError(t, err)
	return out
}

// renderedURLs returns the href, src and srcset URLs of an HTML body.
func renderedURLs(t tb, body string) []string {
	var urls []string
	walk(t, body, func(n *html.Node) {
		for _, a := range n.Attr {
			switch a.Key {
			case "href", "src", "poster", "cite":
				urls = append(urls, a.Val)
			case "srcset":
				for c := range srcset.Candidates(a.Val) {
					urls = append(urls, c.URL)
				}
			}
		}
	})
	return urls
}

// TestResolvedSanitizedArticlesStayHarmless: resolving a sanitized
// article's URLs against a web base makes no URL that can run script.
func TestResolvedSanitizedArticlesStayHarmless(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := sanitized(t, hostileArticle.Draw(t, "article"))
		require.NoError(t, article.ResolveURLs(postURL)(a))
		checkHarmless(t, a)
	})
}

// FuzzResolveURLs holds ResolveURLs to its laws on any body, HTML or
// Markdown: no panic, resolving twice changes nothing more, and a
// sanitized body stays harmless once resolved.
func FuzzResolveURLs(f *testing.F) {
	for _, s := range urlPieces {
		f.Add(s)
	}
	f.Add("<img src=/a.png srcset=',,a.png 1x,,b.png' alt=x><a href=' /b '>b</a>")
	f.Add("[a](<b c>) [d]: /e\n\n[d]\n\n> <div\n> src=/f>\n")
	resolve := article.ResolveURLs(postURL)
	f.Fuzz(func(t *testing.T, body string) {
		for _, format := range []article.Format{article.HTML, article.Markdown} {
			a := &article.Article{Body: body, Format: format}
			if err := resolve(a); err != nil {
				require.ErrorIs(t, err, article.ErrTooComplex)
				continue
			}
			once := a.Body
			require.NoError(t, resolve(a))
			require.Equal(t, once, a.Body, "resolving twice differs from once")

			b := sanitized(t, article.Article{Body: body, Format: format})
			require.NoError(t, resolve(b))
			checkHarmless(t, b)
		}
	})
}

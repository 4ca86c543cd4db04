package article_test

import (
	"html"
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/articlekit/article"
)

// pieces are what hostile articles are made of: text with entities,
// allowed and forbidden markup, handlers, script URLs in their disguises,
// and Markdown's own links and blocks.
var pieces = []string{
	"Alibaba", " ", "\n", "\n\n", "AT&T", "&amp;", "&lt;b&gt;", "1 < 2", "&#106;", "\"", "'", "`",
	"<p>", "</p>", "<h2>", "</h2>", "<a href=\"https://ex.com/\">", "<a href=\"/rel\">", "</a>",
	"<img src=\"https://cdn.ex.com/a.png\" alt=\"a\">", "<code class=\"language-go\">", "</code>",
	"<script>", "</script>", "alert(1)", "<style>", "</style>", "<svg>", "<math>", "<mtext>",
	"<noscript>", "</noscript>", "<template>", "<textarea>", "<iframe>", "<!--", "-->", "<![CDATA[", "]]>",
	" onerror=alert(1)", " onclick=\"x()\"", " style=\"background:url(x)\"", "<img src=x", ">", "/>",
	"javascript:alert(1)", "java&#x09;script:", "&#x6A;avascript&colon;", "data:text/html,x", "vbscript:x",
	"<a href=\"", "<img srcset=\"", "<form action=\"", "<button formaction=\"", "\">",
	"[x](", ")", "![i](", "<javascript:alert(1)>", "[r]: javascript:x\n", "[r]", "> ", "- ", "    ", "```\n",
	"<div>", "</div>", "\\", "[", "]",
}

var hostileText = rapid.Custom(func(t *rapid.T) string {
	return strings.Join(rapid.SliceOfN(rapid.SampledFrom(pieces), 0, 40).Draw(t, "pieces"), "")
})

var imageURLs = rapid.SampledFrom([]string{"", "https://cdn.ex.com/a.png", "/a.png", "javascript:alert(1)", "data:image/png;base64,AA", "http://x"})

// hostileArticle draws an article whose every field may carry a payload.
var hostileArticle = rapid.Custom(func(t *rapid.T) article.Article {
	return article.Article{
		Title:       hostileText.Draw(t, "title"),
		Subtitle:    hostileText.Draw(t, "subtitle"),
		Description: hostileText.Draw(t, "description"),
		Source:      hostileText.Draw(t, "source"),
		MainImage:   article.Image{URL: imageURLs.Draw(t, "mainImage"), Alt: hostileText.Draw(t, "mainAlt")},
		Thumbnail:   article.Image{URL: imageURLs.Draw(t, "thumbnail"), Alt: hostileText.Draw(t, "thumbAlt")},
		Body:        hostileText.Draw(t, "body"),
		Format:      rapid.SampledFrom([]article.Format{article.HTML, article.Markdown, article.Text}).Draw(t, "format"),
	}
})

func TestSanitizeIsIdempotent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		once := sanitized(t, hostileArticle.Draw(t, "article"))
		twice := sanitized(t, *once)
		require.Equal(t, once, twice)
	})
}

func TestSanitizeLeavesNothingExecutable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		checkHarmless(t, sanitized(t, hostileArticle.Draw(t, "article")))
	})
}

// cleanWords are text an article may hold that needs no sanitizing.
var cleanWords = rapid.SampledFrom([]string{"Apple", "Alibaba", "AT&T", "11%", "“quoted”", "it's", "1 < 2", "co-op", "日本"})

// cleanHTML draws well-formed HTML made only of what Policy allows.
func cleanHTML(t *rapid.T, depth int) string {
	var b strings.Builder
	for i, n := 0, rapid.IntRange(1, 4).Draw(t, "n"); i < n; i++ {
		text := html.EscapeString(cleanWords.Draw(t, "word"))
		if depth == 0 {
			b.WriteString(text)
			continue
		}
		switch rapid.IntRange(0, 6).Draw(t, "kind") {
		case 0:
			b.WriteString(text + " ")
		case 1:
			tag := rapid.SampledFrom([]string{"h2", "h3", "p", "blockquote"}).Draw(t, "block")
			b.WriteString("<" + tag + ">" + cleanHTML(t, 0) + "</" + tag + ">")
		case 2:
			tag := rapid.SampledFrom([]string{"strong", "em", "b", "i", "code", "mark", "sup"}).Draw(t, "inline")
			b.WriteString("<p><" + tag + ">" + text + "</" + tag + "></p>")
		case 3:
			b.WriteString(`<p><a href="https://ex.com/` + rapid.StringMatching(`[a-z]{1,8}`).Draw(t, "path") + `">` + text + `</a></p>`)
		case 4:
			b.WriteString("<ul><li>" + cleanHTML(t, 0) + "</li><li>" + text + "</li></ul>")
		case 5:
			b.WriteString(`<figure><img src="https://cdn.ex.com/a.png" alt="` + text + `"><figcaption>` + text + `</figcaption></figure>`)
		case 6:
			b.WriteString("<table><tbody><tr><td>" + text + "</td></tr></tbody></table>")
		}
	}
	return b.String()
}

func TestSanitizeKeepsCleanArticles(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		title := strings.Join(rapid.SliceOfN(cleanWords, 1, 6).Draw(t, "title"), " ")
		a := article.Article{Title: title, Source: "techcrunch.com", MainImage: article.Image{URL: "https://cdn.ex.com/a.png", Alt: title}, Body: cleanHTML(t, 2), Format: article.HTML}
		got := sanitized(t, a)
		require.Equal(t, textOf(t, a.Body), textOf(t, got.Body))
		require.Equal(t, outline(t, a.Body), outline(t, got.Body))
		got.Body = a.Body
		require.Equal(t, &a, got, "the text fields and URLs of a clean article change")
	})
}

// TestSanitizeJudgesImagesInTheBodysPass: an HTML body and the image URLs
// sanitized together, in one pass of bluemonday, give what each gives
// sanitized alone, under policies that keep images, drop them, or skip
// what follows an <img>.
func TestSanitizeJudgesImagesInTheBodysPass(t *testing.T) {
	skipImg := article.Policy()
	skipImg.SkipElementsContent("img")
	policies := []*bluemonday.Policy{article.Policy(), bluemonday.UGCPolicy(), bluemonday.StrictPolicy(), skipImg}
	anyURL := rapid.OneOf(imageURLs, hostileText, rapid.String())
	rapid.Check(t, func(t *rapid.T) {
		p := rapid.SampledFrom(policies).Draw(t, "policy")
		both := article.Article{Format: article.HTML, Body: hostileText.Draw(t, "body"),
			MainImage: article.Image{URL: anyURL.Draw(t, "main")}, Thumbnail: article.Image{URL: anyURL.Draw(t, "thumbnail")}}
		body := article.Article{Format: article.HTML, Body: both.Body}
		images := article.Article{Format: article.Text, MainImage: both.MainImage, Thumbnail: both.Thumbnail}
		for _, a := range []*article.Article{&both, &body, &images} {
			require.NoError(t, article.Sanitize(p)(a))
		}
		require.Equal(t, body.Body, both.Body)
		require.Equal(t, images.MainImage, both.MainImage)
		require.Equal(t, images.Thumbnail, both.Thumbnail)
	})
}

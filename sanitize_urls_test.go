package article_test

import (
	"strings"
	"testing"

	"github.com/microcosm-cc/bluemonday"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

// TestSanitizeKeepsRelativeURLs: static sites' relative links and images
// cannot run script, and survive in HTML and Markdown bodies.
func TestSanitizeKeepsRelativeURLs(t *testing.T) {
	tests := []struct {
		name   string
		format article.Format
		body   string
	}{
		{"html image", article.HTML, `<p><img src="/images/chart.png" alt="Chart"></p>`},
		{"html image in a figure", article.HTML, `<figure><img src="../img/a.png" alt="A"><figcaption>A</figcaption></figure>`},
		{"html link", article.HTML, `<p><a href="/posts/first/">first</a></p>`},
		{"markdown image", article.Markdown, "![Chart](/images/chart.png)\n"},
		{"markdown image with a title", article.Markdown, "![Chart](images/chart.png \"The chart\")\n"},
		{"markdown reference image", article.Markdown, "![Chart][c]\n\n[c]: /images/chart.png\n"},
		{"markdown html image", article.Markdown, "<img src=\"/images/chart.png\" alt=\"Chart\">\n\nText.\n"},
		{"markdown link", article.Markdown, "[first](/posts/first/)\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := sanitized(t, article.Article{Body: tc.body, Format: tc.format})
			assert.Equal(t, tc.body, a.Body)
			checkHarmless(t, a)
		})
	}
}

// TestSanitizeRefusesScriptInRelativeDisguise: URLs that read as relative
// to a careless eye but run script, or turn into a scheme once a browser
// drops white space and entities, are refused in every form.
func TestSanitizeRefusesScriptInRelativeDisguise(t *testing.T) {
	urls := []string{
		"java&#x09;script:alert(1)", "&#x6A;avascript&colon;alert(1)", " javascript:alert(1)",
		"java\u0000script:alert(1)", "jav&#x0A;ascript:alert(1)", "data:image/svg+xml,<svg onload=alert(1)>",
		"vbscript:msgbox(1)", "javascript://%0Aalert(1)",
	}
	for _, u := range urls {
		t.Run(u, func(t *testing.T) {
			for _, a := range []*article.Article{
				sanitized(t, article.Article{Body: `<img src="` + u + `"><a href="` + u + `">x</a>`, Format: article.HTML, MainImage: article.Image{URL: u}}),
				sanitized(t, article.Article{Body: "![i](" + u + ") [x](" + u + ")\n", Format: article.Markdown, Thumbnail: article.Image{URL: u}}),
			} {
				assert.NotContains(t, a.Body, "src=")
				assert.NotContains(t, a.Body, "href=")
				if !strings.Contains(u, "&") {
					// In front matter a character reference is text: there
					// "&#x6A;" is a harmless relative path, which
					// checkHarmless checks as an img src.
					assert.Empty(t, a.MainImage.URL)
					assert.Empty(t, a.Thumbnail.URL)
				}
				checkHarmless(t, a)
			}
		})
	}
}

// TestSanitizeJudgesImagesByThePolicy: MainImage and Thumbnail are kept or
// cleared as the policy keeps or drops an img src in the body.
func TestSanitizeJudgesImagesByThePolicy(t *testing.T) {
	noRelative := article.Policy()
	noRelative.AllowRelativeURLs(false)
	tests := []struct {
		name   string
		policy *bluemonday.Policy
		url    string
		want   string
	}{
		{"default policy, relative", nil, "/images/hero.png", "/images/hero.png"},
		{"default policy, web", nil, "https://cdn.ex.com/a.png", "https://cdn.ex.com/a.png"},
		{"default policy, data", nil, "data:image/png;base64,AAAA", ""},
		{"UGC policy allows relative URLs", bluemonday.UGCPolicy(), "/images/hero.png", "/images/hero.png"},
		{"a policy without relative URLs", noRelative, "/images/hero.png", ""},
		{"a policy without relative URLs, web", noRelative, "https://cdn.ex.com/a.png", "https://cdn.ex.com/a.png"},
		{"a policy without images", bluemonday.StrictPolicy(), "https://cdn.ex.com/a.png", ""},
		{"written as the policy writes it", nil, "/images/café.png", "/images/caf%C3%A9.png"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{MainImage: article.Image{URL: tc.url}, Thumbnail: article.Image{URL: tc.url}, Format: article.Text}
			require.NoError(t, article.Sanitize(tc.policy)(a))
			assert.Equal(t, tc.want, a.MainImage.URL)
			assert.Equal(t, tc.want, a.Thumbnail.URL)
		})
	}
}

// TestSiteFileKeepsItsImagesThroughThePipeline: a Hugo post's relative
// images, in its Markdown, its HTML blocks and its front matter, come
// through the README's pipeline.
func TestSiteFileKeepsItsImagesThroughThePipeline(t *testing.T) {
	pipeline := article.Chain(article.Sanitize(nil), transform.Summarize(), transform.ToMarkdown())
	a, err := article.ParseFile("testdata/sites/body-figure-first.md", article.WithTransform(pipeline))
	require.NoError(t, err)
	assert.Contains(t, a.Body, "![Chart](/images/chart.png)")
	assert.Contains(t, a.Body, `<img src="/images/station.jpg" alt="The finished station on its pole">`)
	assert.Equal(t, "/images/hero.png", a.MainImage.URL)
}

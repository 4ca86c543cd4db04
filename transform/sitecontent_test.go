package transform_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

// TestSummarizeStopsTheExcerptAtMore: Hugo's <!--more--> divider ends the
// excerpt, in an HTML or a Markdown body, whatever the word budget.
func TestSummarizeStopsTheExcerptAtMore(t *testing.T) {
	tests := []struct {
		name   string
		format article.Format
		body   string
		budget int
		want   string
	}{
		{"html", article.HTML, "<p>First point. Second point.</p>\n<!--more-->\n<p>Third point.</p>", 55, "First point. Second point."},
		{"markdown", article.Markdown, "First point. Second point.\n\n<!--more-->\n\nThird point.\n", 55, "First point. Second point."},
		{"markdown, mid-paragraph", article.Markdown, "First point. <!--more--> Second point.\n", 55, "First point."},
		{"spaced as Hugo allows", article.Markdown, "One.\n\n<!-- more -->\n\nTwo.\n", 55, "One."},
		{"past the word budget", article.Markdown, "One two three four. Five six seven eight.\n\n<!--more-->\n\nNine.\n", 4, "One two three four. Five six seven eight."},
		{"another comment is no divider", article.Markdown, "One.\n\n<!-- note -->\n\nTwo.\n", 55, "One. Two."},
		{"the first divider counts", article.HTML, "<p>One.</p><!--more--><p>Two.</p><!--more--><p>Three.</p>", 55, "One."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Body: tc.body, Format: tc.format}
			require.NoError(t, transform.Summarize(transform.WithExcerptWords(tc.budget))(a))
			assert.Equal(t, tc.want, a.Summary.Excerpt)
		})
	}
}

// TestTemplateTagsAreNotText: Hugo's shortcodes and Jekyll's Liquid are
// markup a site expands, neither words nor sentences of the article, in
// Summarize and ToText; in code they are what the code shows.
func TestTemplateTagsAreNotText(t *testing.T) {
	tests := []struct {
		name   string
		format article.Format
		body   string
		text   string // what ToText gives
		words  int
	}{
		{"hugo shortcodes", article.Markdown,
			"Modules share code.\n\n{{< figure src=\"/images/modules.png\" title=\"Modules\" >}}\n\n{{% note %}}Pin your versions.{{% /note %}}\n",
			"Modules share code.\n\nPin your versions.", 6},
		{"liquid", article.Markdown,
			"Welcome to {{ page.title }}, a new site.\n\n{% include footer.html %}\n\n{%- assign n = 3 -%}Three posts.\n",
			"Welcome to , a new site.\n\nThree posts.", 7},
		{"liquid in html", article.HTML,
			"<p>{% include toc.html %}</p><p>By {{ page.author | escape }} today.</p>",
			"By today.", 2},
		{"an unclosed brace is text", article.Markdown, "Sets use {{ braces.\n", "Sets use {{ braces.", 3},
		{"code keeps them", article.Markdown, "Print the title:\n\n```\n{{ .Title }}\n```\n", "Print the title:\n\n{{ .Title }}", 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Body: tc.body, Format: tc.format}
			require.NoError(t, transform.Summarize()(a))
			assert.Equal(t, tc.words, a.Summary.Words)
			if !strings.Contains(tc.text, "{") {
				for _, s := range append([]string{a.Summary.Excerpt}, a.Summary.Sentences...) {
					assert.NotRegexp(t, `\{[{%]|[%}]\}`, s)
				}
			}
			require.NoError(t, transform.ToText()(a))
			assert.Equal(t, tc.text, a.Body)
		})
	}
}

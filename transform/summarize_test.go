package transform

import (
	"strings"
	"testing"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/testcorpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// summarize runs Summarize with opts on a copy of a and returns the copy.
func summarize(t *testing.T, a article.Article, opts ...SummaryOption) *article.Article {
	t.Helper()
	require.NoError(t, Summarize(opts...)(&a))
	return &a
}

func seed(t *testing.T) *article.Article {
	t.Helper()
	a, err := article.ParseFile(testcorpus.SeedPath(t))
	require.NoError(t, err)
	require.Equal(t, article.HTML, a.Format)
	return a
}

// seedWords is a careful count of the seed's words: the text of its headings
// and paragraphs with the tags removed and entities decoded, split at white
// space and em dashes ("Intelligence—a proprietary generative AI tool—as" is
// five words), each token holding a letter or digit counted once, so that
// hyphenated compounds (year-over-year, AI-driven, Alibaba-Apple), figures
// (11%, 17%, $1) and possessives (Apple’s) are one word each.
const seedWords = 405

func TestSummarizeSeed(t *testing.T) {
	a := seed(t)
	body, format := a.Body, a.Format
	got := summarize(t, *a).Summary

	assert.InDelta(t, seedWords, got.Words, seedWords/100.0, "within 1%% of the careful count")
	assert.Equal(t, 102*time.Second, got.ReadingTime, "405 words at 238 a minute")

	assert.Equal(t, []article.Heading{
		{Level: 2, Text: "Alibaba and Apple Collaboration: Transforming iPhones in China with AI"},
		{Level: 3, Text: "Alibaba Confirms Strategic Partnership with Apple"},
		{Level: 3, Text: "Why Alibaba Was Chosen"},
		{Level: 3, Text: "Previous Challenges and Partnerships"},
		{Level: 3, Text: "The Role of Apple Intelligence"},
		{Level: 3, Text: "Competition in the Chinese Market"},
		{Level: 3, Text: "The Road Ahead for Apple in China"},
		{Level: 3, Text: "Conclusion"},
	}, got.Outline)

	assert.Equal(t, "On Thursday, Alibaba announced a significant partnership with Apple to integrate AI "+
		"features into iPhones sold within China. This collaboration marks a strategic move for Apple "+
		"as it seeks to regain traction in the Chinese smartphone market, where it experienced an 11% "+
		"decline in year-over-year iPhone sales, as per the latest earnings report.", got.Excerpt)

	require.Len(t, got.Sentences, DefaultSentences)
	text := plainText(t, a)
	last := -1
	for _, s := range got.Sentences {
		i := strings.Index(text, s)
		require.GreaterOrEqual(t, i, 0, "verbatim from the text: %q", s)
		assert.Greater(t, i, last, "in document order: %q", s)
		last = i
	}
	assert.Equal(t, body, a.Body)
	assert.Equal(t, format, a.Format)
}

// plainText returns a's text as ToText writes it, with its white space
// collapsed as in Summarize's sentences.
func plainText(t *testing.T, a *article.Article) string {
	b := *a
	require.NoError(t, ToText()(&b))
	return strings.Join(strings.Fields(b.Body), " ")
}

func TestSummarizeFormats(t *testing.T) {
	tests := []struct {
		name    string
		a       article.Article
		want    article.Summary
		exclude []string // must not be part of the summary's text
	}{
		{
			name: "empty",
			a:    article.Article{Format: article.HTML},
			want: article.Summary{},
		},
		{
			name: "blank markdown",
			a:    article.Article{Body: " \n\n ", Format: article.Markdown},
			want: article.Summary{},
		},
		{
			name: "headings only",
			a:    article.Article{Body: "<h1>Title</h1><h2>Part one</h2>", Format: article.HTML},
			want: article.Summary{Words: 3, ReadingTime: time.Minute,
				Outline: []article.Heading{{Level: 1, Text: "Title"}, {Level: 2, Text: "Part one"}}},
		},
		{
			name: "html entities and markup",
			a: article.Article{Format: article.HTML, Body: `<p>AT&amp;T &amp; Apple <a href="https://x.example/long/url">agreed</a>.` +
				`<script>var x = "not text";</script><style>p{}</style> It&#39;s <b>done</b>.</p><pre>code here</pre>`},
			want: article.Summary{Words: 7, ReadingTime: time.Minute,
				Excerpt:   "AT&T & Apple agreed. It's done.",
				Sentences: []string{"AT&T & Apple agreed.", "It's done."}},
			exclude: []string{"x.example", "not text"},
		},
		{
			name: "markdown",
			a: article.Article{Format: article.Markdown, Body: "# Big news\n\nApple *agreed* to a [deal](https://x.example). " +
				"It closes soon.\n\nSetext heading\n--------------\n\n- A list item here.\n\n```\ncode block\n```\n\n![alt text](i.png)"},
			want: article.Summary{Words: 18, ReadingTime: time.Minute,
				Excerpt:   "Apple agreed to a deal. It closes soon. A list item here.",
				Sentences: []string{"Apple agreed to a deal.", "It closes soon.", "A list item here."},
				Outline:   []article.Heading{{Level: 1, Text: "Big news"}, {Level: 2, Text: "Setext heading"}}},
			exclude: []string{"x.example", "alt text"},
		},
		{
			name: "markdown with html block",
			a:    article.Article{Format: article.Markdown, Body: "Intro text.\n\n<div>\n<h2>Inside</h2>\n<p>Raw &amp; ready.</p>\n</div>\n"},
			want: article.Summary{Words: 5, ReadingTime: time.Minute,
				Excerpt:   "Intro text. Raw & ready.",
				Sentences: []string{"Intro text.", "Raw & ready."},
				Outline:   []article.Heading{{Level: 2, Text: "Inside"}}},
		},
		{
			name: "captions, navigation, asides and footers count but give no sentences",
			a: article.Article{Format: article.HTML, Body: `<nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
				`<figure><img src="https://x.example/a.jpg"><figcaption><p>Photo: Reuters.</p> <p>File image.</p></figcaption></figure>` +
				`<p>On Thursday, Apple agreed.</p><aside><h3>Related</h3><p>Other story here.</p></aside>` +
				`<p>It closes soon.</p><footer>Copyright 2025.</footer>`},
			want: article.Summary{Words: 19, ReadingTime: time.Minute,
				Excerpt:   "On Thursday, Apple agreed. It closes soon.",
				Sentences: []string{"On Thursday, Apple agreed.", "It closes soon."},
				Outline:   []article.Heading{{Level: 3, Text: "Related"}}},
		},
		{
			name: "text",
			a:    article.Article{Format: article.Text, Body: "First line\ncontinues here.\n\nSecond paragraph."},
			want: article.Summary{Words: 6, ReadingTime: time.Minute,
				Excerpt:   "First line continues here. Second paragraph.",
				Sentences: []string{"First line continues here.", "Second paragraph."}},
		},
		{
			name: "cjk",
			a:    article.Article{Format: article.HTML, Body: "<p>苹果公司与阿里巴巴合作。市场份额下降。</p>"},
			want: article.Summary{Words: 17, ReadingTime: time.Minute,
				Excerpt:   "苹果公司与阿里巴巴合作。市场份额下降。",
				Sentences: []string{"苹果公司与阿里巴巴合作。", "市场份额下降。"}},
		},
		{
			name: "mixed script",
			a:    article.Article{Format: article.HTML, Body: "<p>Apple 与阿里巴巴合作。Sales rose 3.5% in Q1.</p>"},
			want: article.Summary{Words: 13, ReadingTime: time.Minute,
				Excerpt:   "Apple 与阿里巴巴合作。Sales rose 3.5% in Q1.",
				Sentences: []string{"Apple 与阿里巴巴合作。", "Sales rose 3.5% in Q1."}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summarize(t, tc.a)
			assert.Equal(t, tc.want, got.Summary)
			assert.Equal(t, tc.a.Body, got.Body)
			assert.Equal(t, tc.a.Format, got.Format)
			all := got.Summary.Excerpt + strings.Join(got.Summary.Sentences, " ")
			for _, x := range tc.exclude {
				assert.NotContains(t, all, x)
			}
		})
	}
}

func TestReadingTime(t *testing.T) {
	words := strings.Repeat("word ", 476)
	cjk := strings.Repeat("字", 1000)
	tests := []struct {
		name string
		body string
		opts []SummaryOption
		want time.Duration
	}{
		{"two minutes", words, nil, 2 * time.Minute},
		{"faster reader", words, []SummaryOption{WithWordsPerMinute(476)}, time.Minute},
		{"cjk", cjk, nil, 2 * time.Minute},
		{"cjk faster", cjk, []SummaryOption{WithCJKCharsPerMinute(1000)}, time.Minute},
		{"mixed", words + cjk, nil, 4 * time.Minute},
		{"at least a minute", "Short.", nil, time.Minute},
		{"bad option ignored", words, []SummaryOption{WithWordsPerMinute(0)}, 2 * time.Minute},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := summarize(t, article.Article{Body: tc.body, Format: article.Text}, tc.opts...)
			assert.Equal(t, tc.want, a.Summary.ReadingTime)
		})
	}
}

func TestSummaryOptions(t *testing.T) {
	a := seed(t)
	t.Run("excerpt budget", func(t *testing.T) {
		got := summarize(t, *a, WithExcerptWords(5)).Summary.Excerpt
		assert.Equal(t, "On Thursday, Alibaba announced a significant partnership with Apple to integrate AI features into iPhones sold within China.", got,
			"a first sentence longer than the budget is kept whole")
		got = summarize(t, *a, WithExcerptWords(1000)).Summary.Excerpt
		assert.True(t, strings.HasSuffix(got, "regulatory landscapes."))
	})
	t.Run("sentence count", func(t *testing.T) {
		assert.Len(t, summarize(t, *a, WithSentences(5)).Summary.Sentences, 5)
		assert.Len(t, summarize(t, *a, WithSentences(100)).Summary.Sentences, 18, "all of them")
	})
	t.Run("sentence share", func(t *testing.T) {
		assert.Len(t, summarize(t, *a, WithSentenceShare(0.25)).Summary.Sentences, 5, "a quarter of 18, rounded up")
		assert.Len(t, summarize(t, *a, WithSentenceShare(0.01)).Summary.Sentences, 1)
		assert.Len(t, summarize(t, *a, WithSentenceShare(2)).Summary.Sentences, DefaultSentences, "out of range: ignored")
	})
	t.Run("description", func(t *testing.T) {
		b := *a
		b.Description = ""
		got := summarize(t, b, WithDescription())
		assert.Equal(t, got.Summary.Excerpt, got.Description)
		assert.Equal(t, a.Description, summarize(t, *a, WithDescription()).Description, "kept when set")
		assert.Empty(t, summarize(t, b).Description, "only on request")
	})
}

func TestSummarizeConcurrent(t *testing.T) {
	a := seed(t)
	want := summarize(t, *a).Summary
	s := Summarize()
	done := make(chan article.Summary)
	for range 8 {
		go func() {
			b := *a
			for range 20 {
				if err := s(&b); err != nil {
					panic(err)
				}
			}
			done <- b.Summary
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}

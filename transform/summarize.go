package transform

import (
	"fmt"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/summary"
)

// Defaults of Summarize.
const (
	DefaultWordsPerMinute    = 238 // adult silent reading of English prose
	DefaultCJKCharsPerMinute = 500 // reading of Chinese and Japanese text
	DefaultExcerptWords      = 55  // a search-result snippet or a card's teaser
	DefaultSentences         = 3   // key sentences, as in lead-3 news summaries
)

// SummaryOption changes what Summarize computes.
type SummaryOption func(*summaryConfig)

type summaryConfig struct {
	summary.Config
	fillDescription bool
}

// WithWordsPerMinute sets the reading speed for words outside CJK scripts;
// values below 1 keep the default, DefaultWordsPerMinute.
func WithWordsPerMinute(n int) SummaryOption {
	return func(c *summaryConfig) {
		if n > 0 {
			c.WordsPerMinute = float64(n)
		}
	}
}

// WithCJKCharsPerMinute sets the reading speed for Han, Kana and Hangul
// characters; values below 1 keep the default, DefaultCJKCharsPerMinute.
func WithCJKCharsPerMinute(n int) SummaryOption {
	return func(c *summaryConfig) {
		if n > 0 {
			c.CJKPerMinute = float64(n)
		}
	}
}

// WithExcerptWords sets the word budget of the excerpt, which holds the
// leading whole sentences that fit in it (at least the first sentence);
// values below 1 keep the default, DefaultExcerptWords.
func WithExcerptWords(n int) SummaryOption {
	return func(c *summaryConfig) {
		if n > 0 {
			c.ExcerptWords = n
		}
	}
}

// WithSentences sets how many key sentences the summary holds; values below
// 1 keep the default, DefaultSentences. It replaces WithSentenceShare.
func WithSentences(n int) SummaryOption {
	return func(c *summaryConfig) {
		if n > 0 {
			c.Sentences, c.Share = n, 0
		}
	}
}

// WithSentenceShare sets the key sentences to a share of the article's
// sentences, rounded up: 0.1 keeps one in ten. Values outside (0, 1] keep
// the count. It replaces WithSentences.
func WithSentenceShare(share float64) SummaryOption {
	return func(c *summaryConfig) {
		if share > 0 && share <= 1 {
			c.Share = share
		}
	}
}

// WithDescription makes Summarize fill an empty Description with the
// excerpt.
func WithDescription() SummaryOption {
	return func(c *summaryConfig) { c.fillDescription = true }
}

// Summarize returns a Transform that fills a.Summary from the body, in any
// of its formats: the word count, the reading time, an excerpt, the key
// sentences and the outline (see article.Summary). It fills a.Description
// only if WithDescription asks, and never changes the body. Each call reads
// the body's markup once.
func Summarize(opts ...SummaryOption) article.Transform {
	c := summaryConfig{Config: summary.Config{
		WordsPerMinute: DefaultWordsPerMinute,
		CJKPerMinute:   DefaultCJKCharsPerMinute,
		ExcerptWords:   DefaultExcerptWords,
		Sentences:      DefaultSentences,
	}}
	apply(&c, opts)
	return func(a *article.Article) error {
		if a == nil {
			return article.ErrNilArticle
		}
		sum, err := summary.Of(a, &c.Config)
		if err != nil {
			return fmt.Errorf("summarize: %w", err)
		}
		a.Summary = sum
		if c.fillDescription && a.Description == "" {
			a.Description = a.Summary.Excerpt
		}
		return nil
	}
}

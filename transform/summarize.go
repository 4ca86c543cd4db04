package transform

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/articlekit/article"
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
	wordsPerMinute  float64
	cjkPerMinute    float64
	excerptWords    int
	sentences       int
	share           float64
	fillDescription bool
}

// WithWordsPerMinute sets the reading speed for words outside CJK scripts;
// values below 1 keep the default, DefaultWordsPerMinute.
func WithWordsPerMinute(n int) SummaryOption {
	return func(c *summaryConfig) {
		if n > 0 {
			c.wordsPerMinute = float64(n)
		}
	}
}

// WithCJKCharsPerMinute sets the reading speed for Han, Kana and Hangul
// characters; values below 1 keep the default, DefaultCJKCharsPerMinute.
func WithCJKCharsPerMinute(n int) SummaryOption {
	return func(c *summaryConfig) {
		if n > 0 {
			c.cjkPerMinute = float64(n)
		}
	}
}

// WithExcerptWords sets the word budget of the excerpt, which holds the
// leading whole sentences that fit in it (at least the first sentence);
// values below 1 keep the default, DefaultExcerptWords.
func WithExcerptWords(n int) SummaryOption {
	return func(c *summaryConfig) {
		if n > 0 {
			c.excerptWords = n
		}
	}
}

// WithSentences sets how many key sentences the summary holds; values below
// 1 keep the default, DefaultSentences. It replaces WithSentenceShare.
func WithSentences(n int) SummaryOption {
	return func(c *summaryConfig) {
		if n > 0 {
			c.sentences, c.share = n, 0
		}
	}
}

// WithSentenceShare sets the key sentences to a share of the article's
// sentences, rounded up: 0.1 keeps one in ten. Values outside (0, 1] keep
// the count. It replaces WithSentences.
func WithSentenceShare(share float64) SummaryOption {
	return func(c *summaryConfig) {
		if share > 0 && share <= 1 {
			c.share = share
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
	c := summaryConfig{
		wordsPerMinute: DefaultWordsPerMinute,
		cjkPerMinute:   DefaultCJKCharsPerMinute,
		excerptWords:   DefaultExcerptWords,
		sentences:      DefaultSentences,
	}
	for _, o := range opts {
		o(&c)
	}
	return func(a *article.Article) error {
		if a == nil {
			return article.ErrNilArticle
		}
		s := summarizers.Get().(*summarizer)
		sum, err := s.summarize(a, &c)
		s.release()
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

// summarizers keeps the scratch memory of summaries for reuse.
var summarizers = sync.Pool{New: func() any { return new(summarizer) }}

// maxPooledText is the largest text whose memory goes back to the pool, so
// that one huge article does not pin its buffers for good.
const maxPooledText = 1 << 20

// summarizer is the scratch memory of one summary.
type summarizer struct {
	doc    textDoc
	sents  []span         // the sentences of prose blocks, in order
	info   []sentenceInfo // words of each sentence
	texts  [][]byte       // text of each sentence
	hashes []uint64       // term hashes of the sentences, one after another
	off    []int32        // sentence i's are hashes[off[i]:off[i+1]]
	rank   ranker
}

// release returns s to the pool unless it grew too big.
func (s *summarizer) release() {
	if cap(s.doc.buf) <= maxPooledText {
		summarizers.Put(s)
	}
}

// summarize computes the summary of a.
func (s *summarizer) summarize(a *article.Article, c *summaryConfig) (article.Summary, error) {
	var sum article.Summary
	if err := s.doc.extract(a); err != nil {
		return sum, err
	}
	s.sents, s.info, s.texts = s.sents[:0], s.info[:0], s.texts[:0]
	s.hashes, s.off = s.hashes[:0], append(s.off[:0], 0)
	words, cjk := 0, 0
	for _, b := range s.doc.blocks {
		text := s.doc.text(b)
		if b.kind == heading {
			sum.Outline = append(sum.Outline, article.Heading{Level: int(b.level), Text: string(text)})
		}
		if b.kind != prose {
			w, k := countWords(text)
			words, cjk = words+w, cjk+k
			continue
		}
		first := len(s.sents)
		s.sents = splitSentences(s.sents, text, int(b.start))
		for _, sp := range s.sents[first:] {
			t := s.doc.buf[sp.start:sp.end]
			var w, k int
			s.hashes, w, k = appendTerms(s.hashes, t)
			words, cjk = words+w, cjk+k
			s.off = append(s.off, int32(len(s.hashes)))
			s.info = append(s.info, sentenceInfo{words: int32(w)})
			s.texts = append(s.texts, t)
		}
	}
	sum.Words = words
	sum.ReadingTime = readingTime(words-cjk, cjk, c)
	sum.Excerpt = s.excerpt(c.excerptWords)
	if len(s.sents) > 0 {
		keys := s.rank.keySentences(s.hashes, s.off, s.info, s.sentenceCount(c))
		sum.Sentences = make([]string, len(keys))
		for i, k := range keys {
			sum.Sentences[i] = string(s.texts[k])
		}
	}
	return sum, nil
}

// readingTime is the time to read words and cjk characters, to the second,
// and at least a minute for any text.
func readingTime(words, cjk int, c *summaryConfig) time.Duration {
	if words+cjk == 0 {
		return 0
	}
	minutes := float64(words)/c.wordsPerMinute + float64(cjk)/c.cjkPerMinute
	return max(time.Minute, time.Duration(minutes*float64(time.Minute)).Round(time.Second))
}

// excerpt joins the leading sentences that fit in budget words, and at
// least the first, with a space between them unless they were glued.
func (s *summarizer) excerpt(budget int) string {
	n, words, size := 0, 0, 0
	for n < len(s.sents) && (n == 0 || words+int(s.info[n].words) <= budget) {
		words += int(s.info[n].words)
		size += len(s.texts[n]) + 1
		n++
	}
	if n == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(size - 1)
	for i, t := range s.texts[:n] {
		if i > 0 && !s.sents[i].glued {
			b.WriteByte(' ')
		}
		b.Write(t)
	}
	return b.String()
}

// sentenceCount is how many key sentences c asks for.
func (s *summarizer) sentenceCount(c *summaryConfig) int {
	if c.share > 0 {
		return max(1, int(math.Ceil(c.share*float64(len(s.sents)))))
	}
	return c.sentences
}

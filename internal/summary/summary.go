// Package summary computes the summary of an article's body: its words,
// reading time, excerpt, key sentences and outline. It is the engine of
// transform.Summarize.
package summary

import (
	"math"
	"strings"
	"sync"
	"time"

	"github.com/articlekit/article"
)

// Config says how a summary is computed.
type Config struct {
	WordsPerMinute float64 // reading speed outside CJK scripts
	CJKPerMinute   float64 // reading speed of Han, Kana and Hangul characters
	ExcerptWords   int     // the excerpt's word budget
	Sentences      int     // how many key sentences, unless Share is set
	Share          float64 // key sentences as a share of all, in (0, 1]
}

// Of returns the summary of a's body. It is safe for concurrent use.
func Of(a *article.Article, c *Config) (article.Summary, error) {
	s := summarizers.Get().(*summarizer)
	defer s.release()
	return s.summarize(a, c)
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
func (s *summarizer) summarize(a *article.Article, c *Config) (article.Summary, error) {
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
	sum.Excerpt = s.excerpt(c.ExcerptWords)
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
func readingTime(words, cjk int, c *Config) time.Duration {
	if words+cjk == 0 {
		return 0
	}
	minutes := float64(words)/c.WordsPerMinute + float64(cjk)/c.CJKPerMinute
	return max(time.Minute, time.Duration(minutes*float64(time.Minute)).Round(time.Second))
}

// excerpt joins the leading sentences of excerptLen with a space between
// them unless they were glued.
func (s *summarizer) excerpt(budget int) string {
	n := s.excerptLen(budget)
	if n == 0 {
		return ""
	}
	size := 0
	for _, t := range s.texts[:n] {
		size += len(t) + 1
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

// excerptLen returns how many leading sentences the excerpt holds: those
// before Hugo's summary divider when the body has one, as the author chose
// them, else those that fit in budget words, and at least the first.
func (s *summarizer) excerptLen(budget int) int {
	n := 0
	if s.doc.more >= 0 {
		for n < len(s.sents) && int(s.sents[n].start) < s.doc.more {
			n++
		}
		return n
	}
	for words := 0; n < len(s.sents) && (n == 0 || words+int(s.info[n].words) <= budget); n++ {
		words += int(s.info[n].words)
	}
	return n
}

// sentenceCount is how many key sentences c asks for.
func (s *summarizer) sentenceCount(c *Config) int {
	if c.Share > 0 {
		return max(1, int(math.Ceil(c.Share*float64(len(s.sents)))))
	}
	return c.Sentences
}

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
	var keys []int32
	if len(s.sents) > 0 {
		keys = s.rank.keySentences(s.hashes, s.off, s.info, s.sentenceCount(c))
	}
	s.fill(&sum, keys, s.excerptLen(c.ExcerptWords))
	return sum, nil
}

// fill sets the strings of sum: the outline, the sentences keys and the
// excerpt of the first n sentences. They are slices of one string, so that
// a summary costs one allocation for its text rather than one a string.
func (s *summarizer) fill(sum *article.Summary, keys []int32, n int) {
	size, headings := 0, 0
	for _, b := range s.doc.blocks {
		if b.kind == heading {
			size += len(s.doc.text(b))
			headings++
		}
	}
	for _, k := range keys {
		size += len(s.texts[k])
	}
	for _, t := range s.texts[:n] {
		size += len(t) + 1
	}
	var all strings.Builder
	all.Grow(size)
	for _, b := range s.doc.blocks {
		if b.kind == heading {
			all.Write(s.doc.text(b))
		}
	}
	for _, k := range keys {
		all.Write(s.texts[k])
	}
	for i, t := range s.texts[:n] { // the excerpt, a space between sentences unless glued
		if i > 0 && !s.sents[i].glued {
			all.WriteByte(' ')
		}
		all.Write(t)
	}
	text := all.String()
	take := func(n int) string {
		t := text[:n]
		text = text[n:]
		return t
	}
	if headings > 0 {
		sum.Outline = make([]article.Heading, 0, headings)
	}
	for _, b := range s.doc.blocks {
		if b.kind == heading {
			sum.Outline = append(sum.Outline, article.Heading{Level: int(b.level), Text: take(int(b.end - b.start))})
		}
	}
	if keys != nil {
		sum.Sentences = make([]string, len(keys))
	}
	for i, k := range keys {
		sum.Sentences[i] = take(len(s.texts[k]))
	}
	sum.Excerpt = text
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

package summary

import (
	"strings"
	"testing"

	"github.com/articlekit/article"
	"pgregory.net/rapid"
)

// genWord draws a word in Latin, CJK or mixed script, or an abbreviation.
var genWord = rapid.OneOf(
	rapid.SampledFrom([]string{"Apple", "market", "U.S.", "Mr.", "Inc.", "3.5%", "$1.2", "AT&T", "don't", "e.g.", "J.", "share", "the", "growth"}),
	rapid.StringMatching(`[a-zA-Z]{1,8}`),
	rapid.StringMatching(`[苹果市场份额下降华为]{1,4}`),
)

// genSentence draws a sentence of words with an end.
var genSentence = rapid.Custom(func(t *rapid.T) string {
	words := rapid.SliceOfN(genWord, 1, 12).Draw(t, "words")
	end := rapid.SampledFrom([]string{".", "!", "?", "…", "。", "", ".”", "?)"}).Draw(t, "end")
	return strings.Join(words, " ") + end
})

// genArticle draws an article with an HTML, Markdown or text body of
// paragraphs and headings.
var genArticle = rapid.Custom(func(t *rapid.T) *article.Article {
	format := rapid.SampledFrom([]article.Format{article.HTML, article.Markdown, article.Text}).Draw(t, "format")
	var b strings.Builder
	for range rapid.IntRange(0, 8).Draw(t, "blocks") {
		para := strings.Join(rapid.SliceOfN(genSentence, 1, 6).Draw(t, "sentences"), " ")
		heading := rapid.Bool().Draw(t, "heading")
		switch {
		case format == article.HTML && heading:
			b.WriteString("<h2>" + para + "</h2>\n")
		case format == article.HTML:
			b.WriteString("<p>" + para + "</p>\n")
		case format == article.Markdown && heading:
			b.WriteString("## " + para + "\n\n")
		default:
			b.WriteString(para + "\n\n")
		}
	}
	return &article.Article{Title: rapid.StringMatching(`[A-Za-z ]{0,30}`).Draw(t, "title"), Body: b.String(), Format: format}
})

// genConfig draws a configuration of a summary, as transform.Summarize's
// options set it.
var genConfig = rapid.Custom(func(t *rapid.T) *Config {
	c := &Config{WordsPerMinute: 238, CJKPerMinute: 500, ExcerptWords: rapid.IntRange(1, 80).Draw(t, "budget")}
	if rapid.Bool().Draw(t, "share") {
		c.Share = rapid.Float64Range(0.001, 1).Draw(t, "fraction")
	} else {
		c.Sentences = rapid.IntRange(1, 8).Draw(t, "count")
	}
	return c
})

func TestSummarizeProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genArticle.Draw(t, "article")
		c := genConfig.Draw(t, "config")
		body, format := a.Body, a.Format
		sum, err := Of(a, c)
		if err != nil {
			t.Fatal(err)
		}
		sents := textSentences(a)

		// A summary never changes Body or Format.
		if a.Body != body || a.Format != format {
			t.Fatal("body or format changed")
		}
		// The excerpt is a prefix of the text's sentences.
		rest := sum.Excerpt
		for i, s := range sents {
			if rest == "" {
				break
			}
			if i > 0 {
				rest = strings.TrimPrefix(rest, " ")
			}
			var ok bool
			if rest, ok = strings.CutPrefix(rest, s); !ok {
				t.Fatalf("excerpt %q does not go on with sentence %d %q", sum.Excerpt, i, s)
			}
		}
		if rest != "" || len(sents) > 0 && sum.Excerpt == "" {
			t.Fatalf("excerpt %q is not leading sentences of %q", sum.Excerpt, sents)
		}
		// Sentences are a subset of the text's sentences, in order.
		j := 0
		for _, s := range sum.Sentences {
			for j < len(sents) && sents[j] != s {
				j++
			}
			if j == len(sents) {
				t.Fatalf("key sentence %q is not in order among %q", s, sents)
			}
			j++
		}
		// Deterministic.
		again, err := Of(a, c)
		if err != nil {
			t.Fatal(err)
		}
		if !equalSummary(sum, again) {
			t.Fatalf("two runs differ: %+v and %+v", sum, again)
		}
	})
}

func equalSummary(a, b article.Summary) bool {
	if a.Excerpt != b.Excerpt || a.Words != b.Words || a.ReadingTime != b.ReadingTime ||
		len(a.Sentences) != len(b.Sentences) || len(a.Outline) != len(b.Outline) {
		return false
	}
	for i := range a.Sentences {
		if a.Sentences[i] != b.Sentences[i] {
			return false
		}
	}
	for i := range a.Outline {
		if a.Outline[i] != b.Outline[i] {
			return false
		}
	}
	return true
}

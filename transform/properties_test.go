package transform

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

// genOptions draws options for Summarize.
var genOptions = rapid.Custom(func(t *rapid.T) []SummaryOption {
	opts := []SummaryOption{WithExcerptWords(rapid.IntRange(0, 80).Draw(t, "budget"))}
	if rapid.Bool().Draw(t, "share") {
		return append(opts, WithSentenceShare(rapid.Float64Range(0, 1).Draw(t, "fraction")))
	}
	return append(opts, WithSentences(rapid.IntRange(0, 8).Draw(t, "count")))
})

func TestSummarizeProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genArticle.Draw(t, "article")
		opts := genOptions.Draw(t, "options")
		b := *a
		if err := Summarize(opts...)(&b); err != nil {
			t.Fatal(err)
		}
		sents := textSentences(a)

		// Summarize never changes Body or Format.
		if b.Body != a.Body || b.Format != a.Format {
			t.Fatal("body or format changed")
		}
		// The excerpt is a prefix of the text's sentences.
		rest := b.Summary.Excerpt
		for i, s := range sents {
			if rest == "" {
				break
			}
			if i > 0 {
				rest = strings.TrimPrefix(rest, " ")
			}
			var ok bool
			if rest, ok = strings.CutPrefix(rest, s); !ok {
				t.Fatalf("excerpt %q does not go on with sentence %d %q", b.Summary.Excerpt, i, s)
			}
		}
		if rest != "" || len(sents) > 0 && b.Summary.Excerpt == "" {
			t.Fatalf("excerpt %q is not leading sentences of %q", b.Summary.Excerpt, sents)
		}
		// Sentences are a subset of the text's sentences, in order.
		j := 0
		for _, s := range b.Summary.Sentences {
			for j < len(sents) && sents[j] != s {
				j++
			}
			if j == len(sents) {
				t.Fatalf("key sentence %q is not in order among %q", s, sents)
			}
			j++
		}
		// Deterministic.
		c := *a
		if err := Summarize(opts...)(&c); err != nil {
			t.Fatal(err)
		}
		if !equalSummary(b.Summary, c.Summary) {
			t.Fatalf("two runs differ: %+v and %+v", b.Summary, c.Summary)
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

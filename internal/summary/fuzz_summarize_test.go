package summary

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/testcorpus"
)

// FuzzSummarize runs Summarize on arbitrary bodies in every format and
// checks what must always hold: no panic, the body untouched, an excerpt
// and key sentences drawn from the text, and valid UTF-8 out of valid UTF-8
// in.
func FuzzSummarize(f *testing.F) {
	seed, err := os.ReadFile(testcorpus.SeedPath(f))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		string(seed), "", "<p>One. Two.</p>", "# H\n\ntext. More.", "苹果。华为！", "<h1>x</h1>",
		"<svg><script>alert(1)</script></svg><p>Mr. X. The end.</p>", "U.S. Inc. e.g. J. 3.5% … ” ’",
		"```\ncode\n```\n\n<div>\n<p>raw</p>\n</div>",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(1))
		f.Add(s, uint8(2))
	}
	formats := []article.Format{article.HTML, article.Markdown, article.Text}
	for _, a := range testcorpus.FuzzArticles(f) {
		f.Add(a.Body, uint8(slices.Index(formats, a.Format)))
	}
	c := &Config{WordsPerMinute: 238, CJKPerMinute: 500, ExcerptWords: 20, Sentences: 2}
	f.Fuzz(func(t *testing.T, body string, format uint8) {
		a := &article.Article{Title: "Apple market", Body: body, Format: formats[int(format)%len(formats)]}
		sum, err := Of(a, c)
		if err != nil {
			t.Fatal(err)
		}
		if a.Body != body {
			t.Fatal("body changed")
		}
		if sum.Words < 0 || sum.ReadingTime < 0 || len(sum.Sentences) > 2 {
			t.Fatalf("bad summary %+v", sum)
		}
		text := strings.Join(textSentences(a), "\n")
		for _, k := range sum.Sentences {
			if k == "" || !strings.Contains(text, k) {
				t.Fatalf("key sentence %q not in the text", k)
			}
		}
		if utf8.ValidString(body) && !utf8.ValidString(sum.Excerpt) {
			t.Fatalf("invalid UTF-8 excerpt %q", sum.Excerpt)
		}
		if (sum.Excerpt == "") != (len(sum.Sentences) == 0) {
			t.Fatalf("excerpt %q but %d key sentences", sum.Excerpt, len(sum.Sentences))
		}
	})
}

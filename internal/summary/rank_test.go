package summary

import (
	"fmt"
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// filler returns n sentences that share no word with each other or with
// any other text, as paragraphs.
func filler(from, n int) string {
	var b strings.Builder
	for i := from; i < from+n; i++ {
		fmt.Fprintf(&b, "<p>Q%dx is r%dy with z%dw.</p>\n", i, i, i)
	}
	return b.String()
}

func TestKeySentences(t *testing.T) {
	tests := []struct {
		name string
		body string
		k    int
		want []string
	}{
		{
			name: "a sentence like no other stays out, however early",
			body: "<p>By Maria Chen, Staff Reporter, at 4:15 PM.</p>" +
				"<p>The council voted to repair the harbor bridge. Repair work on the bridge starts in May.</p>" +
				"<p>The council said the bridge repair costs $2 million.</p>",
			k: 2,
			want: []string{"The council voted to repair the harbor bridge.",
				"The council said the bridge repair costs $2 million."},
		},
		{
			name: "of equally central sentences the longer",
			body: "<p>Council approves harbor bridge repair.</p>" +
				"<p>The council has now said that it approves the harbor bridge repair.</p>" +
				"<p>The harbor bridge needs repair. The council meets on the bridge.</p>",
			k:    1,
			want: []string{"The council has now said that it approves the harbor bridge repair."},
		},
		{
			name: "central sentences past the first hundred of a long article",
			body: filler(0, 20) + "<p>The council voted to repair the harbor bridge.</p>" +
				filler(20, 100) + "<p>Repair of the harbor bridge starts in May, the council said.</p>" +
				filler(120, 40) + "<p>The harbor bridge repair will cost the council $2 million.</p>" + filler(160, 10),
			k: 3,
			want: []string{"The council voted to repair the harbor bridge.",
				"Repair of the harbor bridge starts in May, the council said.",
				"The harbor bridge repair will cost the council $2 million."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := article.Article{Body: tc.body, Format: article.HTML}
			sum, err := Of(&a, &Config{WordsPerMinute: 238, CJKPerMinute: 500, ExcerptWords: 55, Sentences: tc.k})
			require.NoError(t, err)
			got := sum.Sentences
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestKeySentencesPastGraph asks for more key sentences than the graph
// holds (a share of a long article): all the candidates come, and the rest
// by their estimated degree, in document order.
func TestKeySentencesPastGraph(t *testing.T) {
	central := []string{"The council voted to repair the harbor bridge.",
		"Repair of the harbor bridge starts in May, the council said.",
		"The harbor bridge repair will cost the council $2 million."}
	body := filler(0, 90) + "<p>" + central[0] + "</p>" + filler(90, 60) +
		"<p>" + central[1] + " " + central[2] + "</p>" + filler(150, 30)
	a := article.Article{Body: body, Format: article.HTML}
	for _, c := range []Config{{Sentences: 150}, {Share: 0.8}} {
		c.WordsPerMinute, c.CJKPerMinute, c.ExcerptWords = 238, 500, 55
		sum, err := Of(&a, &c)
		require.NoError(t, err)
		want := 150
		if c.Share > 0 {
			want = 147 // 0.8 of 183, rounded up
		}
		require.Len(t, sum.Sentences, want)
		assert.Subset(t, sum.Sentences, central)
		assert.Equal(t, "Q0x is r0y with z0w.", sum.Sentences[0], "fillers by estimated degree, ties in document order")
		assert.Equal(t, central[2], sum.Sentences[want-1], "the last sentences are past the fillers left out")
	}
}

package markdown

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostile are inputs on which goldmark alone is super-linear, at the size
// that made each take seconds, and a generator of each at any size.
var hostile = []struct {
	name string
	make func(n int) string
}{
	{"unclosed link destinations", func(n int) string { return strings.Repeat("[a](", n) }},
	{"empty links opening destinations", func(n int) string { return strings.Repeat("[](", n) }},
	{"destinations over lines", func(n int) string { return strings.Repeat("[a](\n", n) }},
	{"nested quotes", func(n int) string { return strings.Repeat(">", n) }},
	{"nested quoted lists", func(n int) string { return strings.Repeat("> - ", n) }},
	{"nested ordered lists", func(n int) string { return strings.Repeat("1. ", n) }},
	{"link reference definitions", func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "[r%d]: /u%d\n", i, i)
		}
		return b.String()
	}},
	{"footnote references", func(n int) string {
		var b strings.Builder
		for i := range n / 2 {
			fmt.Fprintf(&b, "[^n%d]: x\n", i)
		}
		for range n / 2 {
			b.WriteString("[^none]\n\n")
		}
		return b.String()
	}},
	{"emphasis that cannot match", func(n int) string { return strings.Repeat("**a_", n) }},
	{"emphasis in a heading", func(n int) string { return "# " + strings.Repeat("**a_", n) }},
	{"emphasis in a setext heading", func(n int) string { return strings.Repeat("**a_", n) + "\n===" }},
	{"emphasis in a table", func(n int) string { return "a|b\n-|-\n" + strings.Repeat("**a_|", n) }},
	{"code spans of growing length", func(n int) string {
		var b strings.Builder
		for i := 1; b.Len() < 4*n; i++ {
			b.WriteString(strings.Repeat("`", i%200+1) + "a")
		}
		return b.String()
	}},
}

// TestHostileMarkdownIsLinear parses each hostile input at 64,000 and
// 128,000 repetitions: each is read or refused within a second, and
// doubling the input does not much more than double the time, taking the
// best of three runs, as other work on the machine only ever adds time.
func TestHostileMarkdownIsLinear(t *testing.T) {
	for _, tc := range hostile {
		t.Run(tc.name, func(t *testing.T) {
			var took [2]time.Duration
			for i, n := range []int{64_000, 128_000} {
				src := []byte(tc.make(n))
				took[i] = time.Hour
				for range 3 {
					start := time.Now()
					_, err := Parse(src)
					took[i] = min(took[i], time.Since(start))
					if err != nil {
						require.ErrorIs(t, err, ErrTooComplex)
					}
				}
				assert.Less(t, took[i], time.Second, "%d bytes", len(src))
			}
			// Small times are noise: only a slow second run can fail.
			assert.Less(t, took[1], max(4*took[0], 50*time.Millisecond), "doubling the input: %v then %v", took[0], took[1])
		})
	}
}

func TestLimitErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
	}{
		{"nesting", "# Title\n\n" + strings.Repeat("> ", MaxNesting+1) + "deep\n", 3},
		{"paragraph", "# Title\n\nok\n\n" + strings.Repeat("[a](", 100_000) + "\n", 5},
		{"heading", "text\n\n## " + strings.Repeat("**a_", 100_000) + "\n", 3},
		{"footnotes", strings.Repeat("[^a]: x\n", 2000) + strings.Repeat("[^a]", 300_000) + "\n", 2001},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.src))
			var le *LimitError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, tc.line, le.Line)
			assert.ErrorIs(t, err, ErrTooComplex)
			assert.Contains(t, err.Error(), fmt.Sprintf("line %d of the body", tc.line))
		})
	}
}

// TestRealMarkdownIsWithinTheLimits: nesting up to the limit, long
// paragraphs full of links and emphasis, and many reference definitions
// are read.
func TestRealMarkdownIsWithinTheLimits(t *testing.T) {
	var refs strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&refs, "[ref%d]: https://example.com/page/%d \"Title %d\"\n", i, i, i)
	}
	var notes strings.Builder
	for i := range 300 {
		fmt.Fprintf(&notes, "Text[^%d] and [^%d].\n\n[^%d]: A note.\n\n", i, i, i)
	}
	tests := map[string]string{
		"three hundred footnotes":    notes.String(),
		"nesting at the limit":       strings.Repeat("> ", MaxNesting) + "deep\n",
		"a long paragraph of links":  strings.Repeat("See [the report](https://example.com/r) and **the _figures_**, `code`. ", 1000),
		"a thousand references":      refs.String(),
		"a table of a thousand rows": "| a | b |\n|---|---|\n" + strings.Repeat("| [x](https://x.com) | *y* |\n", 1000),
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(src))
			assert.NoError(t, err)
		})
	}
}

// TestNodeLimit reads bodies made of one unit repeated as often as the
// node limit allows, and once more: the first is read, the second refused
// at the line that passes the limit. Each unit is its estimated nodes.
func TestNodeLimit(t *testing.T) {
	for _, tc := range []struct {
		name  string
		unit  string
		nodes int
	}{
		{"one-word list items", "- a\n", 2},
		{"quoted ordered list items", "> 1. a\n", 3},
		{"setext headings", "a\n=\n", 2},
		{"table rows", "|a|b|\n", 4},
		{"addresses GFM links", "a@b.co\n", 4},
		{"lines of prose", "Prose, the common case, on one line.\n", 1},
		{"paragraphs", "A paragraph.\n\n", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := MaxNodes / tc.nodes
			_, err := Parse([]byte(strings.Repeat(tc.unit, n)))
			require.NoError(t, err)
			_, err = Parse([]byte(strings.Repeat(tc.unit, n+1)))
			var le *LimitError
			require.ErrorAs(t, err, &le)
			assert.Contains(t, le.Reason, "elements and runs of text")
			assert.Equal(t, n*strings.Count(tc.unit, "\n")+1, le.Line)
		})
	}
}

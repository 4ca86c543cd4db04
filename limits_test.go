package article

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dotted returns n key segments joined by dots: "a.a.a".
func dotted(seg string, n int) string { return seg + strings.Repeat("."+seg, n-1) }

// nested returns a value of n levels in a syntax: each level opens with
// open and closes with close around inner.
func nested(open, inner, close string, n int) string {
	return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
}

// TestDepthLimit counts the nesting every syntax can spell: up to maxDepth
// levels parse, one more is an *Error at the line and top-level key.
func TestDepthLimit(t *testing.T) {
	forms := []struct {
		name string
		src  func(depth int) string
		line int    // of the refusal, in the file
		key  string // top-level key of the refusal
	}{
		{"toml dotted key", func(n int) string { return "+++\n" + dotted("a", n) + " = 1\n+++\n" }, 2, "a"},
		{"toml quoted segments count once", func(n int) string {
			return "+++\n" + dotted(`"b.c"`, n-1) + ".'d.e' = 1\n+++\n"
		}, 2, "b.c"},
		{"toml table header", func(n int) string { return "+++\nx = 1\n[" + dotted("a", n-1) + "]\nk = 1\n+++\n" }, 4, "a"},
		{"toml array of tables adds its list", func(n int) string { return "+++\n[[" + dotted("a", n-2) + "]]\nk = 1\n+++\n" }, 3, "a"},
		{"toml dotted key in inline table", func(n int) string { return "+++\nx = {" + dotted("a", n-1) + " = 1}\n+++\n" }, 2, "x"},
		{"toml inline tables", func(n int) string { return "+++\nx = " + nested("{a = ", "1", "}", n-1) + "\n+++\n" }, 2, "x"},
		{"toml arrays", func(n int) string { return "+++\nx = " + nested("[", "1", "]", n-1) + "\n+++\n" }, 2, "x"},
		{"toml arrays of inline tables", func(n int) string {
			return "+++\nx = " + nested("[{a = ", "1", "}]", (n-1)/2) + "\n+++\n"
		}, 2, "x"},
		{"toml all together", func(n int) string {
			third := (n - 1) / 3
			return "+++\n[" + dotted("t", third) + "]\n" + dotted("k", third) +
				" = {" + dotted("i", n-2*third-1) + " = [1]}\n+++\n"
		}, 3, "t"},
		{"toml across lines", func(n int) string {
			return "+++\nx = [\n" + nested("[ # comment\n", "'''\n]\n'''", "\n]", n-2) + "\n]\n+++\n"
		}, 2 + 99, "x"},
	}
	for _, f := range forms {
		t.Run(f.name, func(t *testing.T) {
			src := f.src(maxDepth)
			_, err := Parse(strings.NewReader(src))
			require.NoError(t, err, "%d levels:\n%.300s", maxDepth, src)

			_, err = Parse(strings.NewReader(f.src(maxDepth + 1)))
			var e *Error
			require.True(t, errors.As(err, &e), "%d levels: %v", maxDepth+1, err)
			assert.Contains(t, e.Error(), fmt.Sprintf("nest deeper than %d levels", maxDepth))
			assert.Equal(t, f.key, e.Key)
			assert.Equal(t, f.line, e.Line, "%v", err)
		})
	}
}

// TestTOMLKeyLines: errors name the line that defines a top-level key,
// wherever the decoder's keys are written.
func TestTOMLKeyLines(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		key       string
	}{
		{"after a multi-line string", "+++\nnote = \"\"\"\nnewsDate = 1\n\"\"\"\nnewsDate = \"someday\"\n+++\n", 5, "newsDate"},
		{"after a literal string", "+++\nnote = '''\nnewsDate = 1'''\nnewsDate = \"someday\"\n+++\n", 4, "newsDate"},
		{"quoted", "+++\nx = 1\n\"newsDate\" = \"someday\"\n+++\n", 3, "newsDate"},
		{"after a comment", "+++\n# newsDate = 1\n\n  newsDate  =  \"someday\" # when\n+++\n", 4, "newsDate"},
		{"after an array over lines", "+++\nx = [\n  1,\n  2,\n]\ndraft = \"perhaps\"\n+++\n", 6, "draft"},
		{"after a table", "+++\nx = 1\ntitle = [1]\n[newsDate]\n+++\n", 3, "title"},
		{"a table", "+++\nx = 1\n\n[title]\na = 1\n+++\n", 4, "title"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.src))
			var e *Error
			require.True(t, errors.As(err, &e), "%v", err)
			assert.Equal(t, tc.line, e.Line, "%v", err)
			assert.Equal(t, tc.key, e.Key)
		})
	}
}

// TestTOMLNames: keys whose full names, spelled out for every table they
// imply, pass maxTOMLNames are refused at the line that passes it; keys
// within it parse.
func TestTOMLNames(t *testing.T) {
	deep := func(lines int) string {
		var b strings.Builder
		b.WriteString("+++\n")
		for i := range lines {
			fmt.Fprintf(&b, "%s.k%d = 1\n", dotted("a", maxDepth-1), i)
		}
		return b.String() + "+++\n"
	}
	// Each line spells maxDepth names, the i-th of 2i bytes and i segments.
	perLine := 0
	for i := 1; i <= maxDepth; i++ {
		perLine += 2*i + tomlSegmentCost*i
	}
	fit := maxTOMLNames / (perLine + 16*maxDepth) // the last segments are longer
	_, err := Parse(strings.NewReader(deep(fit)))
	require.NoError(t, err)

	_, err = Parse(strings.NewReader(deep(maxTOMLNames/perLine + 1)))
	var e *Error
	require.True(t, errors.As(err, &e), "%v", err)
	assert.Equal(t, "a", e.Key)
	assert.Equal(t, maxTOMLNames/perLine+2, e.Line, "the line that passes the limit")
	assert.Contains(t, e.Error(), "spelled out in full")
}

package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each YAML syntax error names the line a person would look at: where an
// unclosed bracket or quote opens, where an unknown alias is used.
func TestParseYAMLErrorLines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
	}{
		{"unclosed flow sequence", "---\ntitle: T\ntags: [1, 2\nx: y\n---\n", 3},
		{"unclosed flow sequence, first line", "---\ntags: [1, 2\ntitle: T\n---\n", 2},
		{"unclosed flow sequence, last line", "---\ntitle: T\ntags: [1, 2\n---\n", 3},
		{"unclosed flow sequence, after blank lines", "\n\n---\n\ntitle: T\n\ntags: [1,\n  2\n---\n", 7},
		{"unclosed flow map", "---\ntitle: T\nx: {a: 1\ny: z\n---\n", 3},
		{"unclosed flow map, first line", "---\nx: {a: 1\ny: z\n---\n", 2},
		{"unclosed double quote", "---\na: b\ntitle: \"abc\nx: y\n---\n", 3},
		{"unclosed double quote, first line", "---\ntitle: \"abc\nx: y\nz: w\n---\n", 2},
		{"unclosed single quote, first line", "---\ntitle: 'abc\nx: y\n---\n", 2},
		{"unknown anchor", "---\ntitle: T\nx: *nope\ny: z\n---\n", 3},
		{"unknown anchor in a flow sequence", "---\ntitle: T\nx: [1, *nope]\n---\n", 3},
		{"anchor used before it is set", "---\ntitle: T\nx: *a\ny: &a 1\n---\n", 3},
		{"unknown anchor named in strings first", "---\ntitle: \"*nope\"\nlist: [\"*nope\", 'a *nope']\nx: *nope\n---\n", 4},
		{"tab indentation", "---\ntitle: T\n\tbad: 1\n---\n", 3},
		{"tab indentation, later", "---\na: b\ntitle: T\n\tbad: 1\n---\n", 4},
		{"tab in a block scalar", "---\na: b\nnote: |\n  one\n\ttwo\n---\n", 5},
		{"unknown escape", "---\na: b\nc: \"x\\qy\"\n---\n", 3},
		{"key less indented", "---\na:\n  b: 1\n c: 2\n---\n", 4},
		{"sequence in a map", "---\na: 1\n- b\n---\n", 3},
		{"undefined tag handle", "---\na: 1\nb: !x!y 2\n---\n", 3},
		{"mapping value in a plain scalar", "---\na: b\nc: d: e\n---\n", 3},
		{"bad indentation", "---\na: b\n  c: d\n---\n", 3},
		{"nested too deep", "---\na: " + strings.Repeat("[", 50000) + "\n---\n", 2},
		{"bracket open at the end", "---\ntitle: T\nx: [\n---\n", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.src))
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.line, e.Line, "%v", err)
			assert.Contains(t, err.Error(), "YAML")
		})
	}
}

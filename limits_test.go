package article

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/adrg/frontmatter"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
	"pgregory.net/rapid"
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
		{"yaml flow maps", func(n int) string { return "---\na: " + nested("{a: ", "1", "}", n-1) + "\n---\n" }, 2, "a"},
		{"yaml flow sequences", func(n int) string { return "---\na: " + nested("[", "1", "]", n-1) + "\n---\n" }, 2, "a"},
		{"yaml block sequences", func(n int) string { return "---\na:\n" + strings.Repeat("- ", n-1) + "1\n---\n" }, 3, "a"},
		{"yaml block maps", func(n int) string {
			var b strings.Builder
			for i := range n {
				b.WriteString(strings.Repeat(" ", i) + "a:\n")
			}
			return "---\n" + b.String() + strings.Repeat(" ", n) + "1\n---\n"
		}, 2 + 100, "a"},
		{"json objects", func(n int) string { return ";;;\n{\"t\": 1,\n\"a\": " + nested(`{"a": `, "1", "}", n-1) + "}\n;;;\n" }, 3, "a"},
		{"json arrays", func(n int) string { return "{\n\"a\": " + nested("[", "1", "]", n-1) + "\n}\n" }, 2, "a"},
		{"yaml through aliases", func(n int) string {
			var b strings.Builder
			b.WriteString("---\nx0: &x0 1\n")
			for i := 1; i < n; i++ {
				fmt.Fprintf(&b, "x%d: &x%d [*x%d]\n", i, i, i-1)
			}
			return b.String() + "---\n"
		}, 2 + 100, "x100"},
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

// TestDepthLimitOfAFormatOfTheCaller: the values that a decoder given
// with WithFormats returns are held to maxDepth too, at the key, on the
// first line of the front matter's data.
func TestDepthLimitOfAFormatOfTheCaller(t *testing.T) {
	comment := WithFormats(frontmatter.NewFormat("<!--", "-->", json.Unmarshal))
	src := func(n int) string { return "<!--\n{\"a\": " + nested("[", "1", "]", n-1) + "}\n-->\n" }
	_, err := Parse(strings.NewReader(src(maxDepth)), comment)
	require.NoError(t, err)
	_, err = Parse(strings.NewReader(src(maxDepth+1)), comment)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Contains(t, e.Error(), fmt.Sprintf("nest deeper than %d levels", maxDepth))
	assert.Equal(t, "a", e.Key)
	assert.Equal(t, 2, e.Line)
}

// TestYAMLCycle: an anchor that holds an alias to itself nests without
// end, and is refused as too deep.
func TestYAMLCycle(t *testing.T) {
	for _, src := range []string{"---\nx: 1\na: &a [*a]\n---\n", "---\nx: 1\na: &a {b: [1, {c: *a}]}\n---\n"} {
		_, err := Parse(strings.NewReader(src))
		var e *Error
		require.True(t, errors.As(err, &e), "%v", err)
		assert.Equal(t, "a", e.Key)
		assert.Equal(t, 3, e.Line)
		assert.Contains(t, e.Error(), "nest deeper than")
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

// TestYAMLAliases: anchors, aliases and merge keys read as before; a front
// matter whose aliases expand too much over all its keys is refused at the
// key that goes over, as yaml.v3 refuses it in one decode.
func TestYAMLAliases(t *testing.T) {
	a := mustParse(t, "---\nbase: &b {x: 1, y: [1, 2]}\nk: {<<: *b, z: 3}\nl: *b\n<<: *b\nm: [*b, *b]\n---\n")
	b := map[string]any{"x": 1, "y": []any{1, 2}}
	assert.Equal(t, map[string]any{
		"base": b, "k": map[string]any{"x": 1, "y": []any{1, 2}, "z": 3}, "l": b,
		"x": 1, "y": []any{1, 2}, "m": []any{b, b},
	}, a.Extra)

	for _, tc := range []struct {
		name, src string
		line      int
		key       string
		message   string
	}{
		// Each key alone decodes some 300 nodes, under the thousand where
		// yaml.v3's rule starts to apply.
		{"small keys", "---\nbase: &a [" + strings.Repeat("1, ", 299) + "1]\n" + manyKeys(500, "*a") + "---\n", 295, "k292", "far more than its text"},
		// Each key alone is within the rule: a thousand literals, and
		// aliases expanding to a hundred times as many nodes.
		{"the issue's", aliasBomb(400, 1000, 98), 4, "k1", "more than 100000 values"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.src), WithMaxFrontMatter(math.MaxInt64))
			var e *Error
			require.True(t, errors.As(err, &e), "%v", err)
			assert.Equal(t, tc.key, e.Key)
			assert.Equal(t, tc.line, e.Line)
			assert.ErrorIs(t, err, errAliasing)
			assert.ErrorContains(t, err, tc.message)
			var whole map[string]any
			assert.ErrorContains(t, yaml.Unmarshal([]byte(tc.src), &whole), "excessive aliasing")
		})
	}
}

// manyKeys returns YAML lines "k0: value" to "k<n-1>: value".
func manyKeys(n int, value string) string {
	var b strings.Builder
	for k := range n {
		fmt.Fprintf(&b, "k%d: %s\n", k, value)
	}
	return b.String()
}

// aliasBomb returns a YAML front matter of keys keys, each a list of
// literals numbers and then aliases aliases to an anchored list of a
// thousand numbers: each key alone is within yaml.v3's rule.
func aliasBomb(keys, literals, aliases int) string {
	var b strings.Builder
	b.WriteString("---\nbase: &a [" + strings.Repeat("1, ", 999) + "1]\n")
	for k := range keys {
		fmt.Fprintf(&b, "k%d: [%s%s*a]\n", k, strings.Repeat("1, ", literals), strings.Repeat("*a, ", aliases-1))
	}
	return b.String() + "---\n"
}

// TestYAMLAliasRuleAsYAML: a front matter is refused for its aliases when
// yaml.v3 refuses it, decoded whole, for excessive aliasing, and else only
// past maxAliasNodes.
func TestYAMLAliasRuleAsYAML(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var b strings.Builder
		b.WriteString("---\n")
		anchors := rapid.IntRange(1, 3).Draw(t, "anchors")
		for i := range anchors {
			fmt.Fprintf(&b, "a%d: &a%d [%s1]\n", i, i, strings.Repeat("1, ", rapid.IntRange(0, 300).Draw(t, "items")))
		}
		for k := range rapid.IntRange(1, 12).Draw(t, "keys") {
			fmt.Fprintf(&b, "k%d: [%s", k, strings.Repeat("1, ", rapid.IntRange(0, 40).Draw(t, "literals")))
			for range rapid.IntRange(0, 400).Draw(t, "aliases") {
				fmt.Fprintf(&b, "*a%d, ", rapid.IntRange(0, anchors-1).Draw(t, "anchor"))
			}
			b.WriteString("0]\n")
		}
		src := b.String() + "---\n"
		var whole map[string]any
		wholeErr := yaml.Unmarshal([]byte(src), &whole)
		_, err := Parse(strings.NewReader(src))
		if wholeErr != nil {
			require.ErrorIs(t, err, errAliasing, "yaml.v3: %v", wholeErr)
		} else if err != nil {
			require.ErrorContains(t, err, fmt.Sprintf("more than %d values", maxAliasNodes))
		}
	})
}

// TestMaxFrontMatter shows the front-matter size limit: its default, what
// n <= 0 and math.MaxInt64 mean, and the error past it, at the front
// matter's first line.
func TestMaxFrontMatter(t *testing.T) {
	fm := func(size int) string {
		return "---\nt: " + strings.Repeat("x", size-len("t: \n")) + "\n---\nbody\n"
	}
	tests := []struct {
		name string
		size int
		opts []Option
		ok   bool
	}{
		{"at the default", DefaultMaxFrontMatter, nil, true},
		{"past the default", DefaultMaxFrontMatter + 1, nil, false},
		{"zero means the default", DefaultMaxFrontMatter + 1, []Option{WithMaxFrontMatter(0)}, false},
		{"negative means the default", DefaultMaxFrontMatter, []Option{WithMaxFrontMatter(-1)}, true},
		{"lower", 101, []Option{WithMaxFrontMatter(100)}, false},
		{"lifted", DefaultMaxFrontMatter * 4, []Option{WithMaxFrontMatter(math.MaxInt64)}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(strings.NewReader(fm(tc.size)), append(tc.opts, WithPath("a.md"))...)
			if tc.ok {
				require.NoError(t, err)
				assert.Len(t, a.Extra["t"], tc.size-len("t: \n"))
				return
			}
			assert.ErrorIs(t, err, ErrTooLarge)
			var e *Error
			require.True(t, errors.As(err, &e))
			assert.Equal(t, "a.md", e.Path)
			assert.Equal(t, 2, e.Line)
		})
	}
}

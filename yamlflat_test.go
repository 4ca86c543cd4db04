package article_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/articlekit/article"
)

// flatCases are front matters the fast path for flat YAML takes, each as
// yaml.v3 decodes it.
var flatCases = []string{
	"title: T\n",
	"a: 1\nb: \"x\"\nc: 'y'\nd: true\ne: 2025-02-14\nf:\ng: \nh: 0\n",
	"a: x\r\nb: \"y\"\r\nc:\r\n",
	"a: x  \nb: \"y\"   \nc: 'z' \n",
	"a:   spaced  words\n\n\nb: 2",
	"t: 2001-12-14t21:59:43.10-05:00\nu: 2001-12-14 21:59:43.10\nv: 2025-2-3\nw: 2026-02-12T16:54:00Z\n",
	"x: Null\ny: NULL\nz: False\nw: TRUE\nv: yes\nu: Off\ns: nullish\n",
	"x: café au lait\ny: \u00a0a\nz: \"🙂 \"\nw: 'a\"b\\c'\nv: \"a'b\"\nu: \"\"\nt: ''\n",
	"x: a#b\ny: a:b\nz: http://example.com/a?b=c&d#e\nw: a, [b], {c}, *d, &e, !f, |g, >h, %i, @j, `k\n",
	"true: 1\nnull: 2\n_a: 3\na-b_c9: 4\n",
}

// fallbackCases are front matters the fast path leaves to yaml.v3, with why.
var fallbackCases = map[string]string{
	"":                                 "no key",
	"\n\n":                             "no key",
	"a: 1\na: 2\n":                     "a repeated key",
	"# c\na: 1\n":                      "a comment",
	"a: 1\n# c\n":                      "a comment",
	"a: x # c\n":                       "a comment",
	"a: \"x\" # c\n":                   "a comment",
	"a: 1\n   \nb: 2\n":                "a line of spaces",
	"a: x\n  y\n":                      "a continued plain value",
	"a: x\n b: y\n":                    "an indented line",
	"a:\n  b: 1\n":                     "a nested map",
	"a:\n- b\n":                        "a list",
	"a: [b]\n":                         "a flow list",
	"a: {b: 1}\n":                      "a flow map",
	"a: &x v\nb: *x\n":                 "an anchor and an alias",
	"a: !t v\n":                        "a tag",
	"a: |\n  v\n":                      "a literal block",
	"a: >\n  v\n":                      "a folded block",
	"a: -1\n":                          "a sign",
	"a: +1\n":                          "a sign",
	"a: .5\n":                          "a float",
	"a: 1.5\n":                         "a float",
	"a: 007\n":                         "an octal",
	"a: 08\n":                          "yaml.v3 reads it as a float",
	"a: 0x1F\n":                        "a hexadecimal",
	"a: 1_000\n":                       "an underscore",
	"a: 1234567890123456789\n":         "an integer that may not fit",
	"a: 3 ways\n":                      "text starting with a digit",
	"a: 2025-02-30\n":                  "an impossible date",
	"a: 2025-02-14 notes\n":            "text starting with a date",
	"a: ~\n":                           "null as ~",
	"a: - b\n":                         "an indicator first",
	"a: ? b\n":                         "an indicator first",
	"a: %b\n":                          "an indicator first",
	"a: @b\n":                          "an indicator first",
	"a: `b\n":                          "an indicator first",
	"a: ,b\n":                          "an indicator first",
	"a: _b\n":                          "not a letter first",
	"a: b: c\n":                        "a map in a value",
	"a: b:\n":                          "a final ':'",
	"a:b\n":                            "no space after ':'",
	"a : b\n":                          "a space before ':'",
	"a:\tb\n":                          "a tab",
	"a: b\tc\n":                        "a tab",
	"a: b\t\n":                         "a tab",
	"a: \"b\\nc\"\n":                   "an escape",
	"a: 'it''s'\n":                     "a quote in quotes",
	"a: \"b\n":                         "an unclosed quote",
	"a: \"\n":                          "an unclosed quote",
	"a: \"b\" c\n":                     "text after quotes",
	"a: b\rc\n":                        "a lone CR",
	"a: b\x00\n":                       "a control character",
	"a: b\x7f\n":                       "a control character",
	"a: \xff\n":                        "invalid UTF-8",
	"a: b\u0085c\n":                    "NEL",
	"a: b\u2028c\n":                    "a line separator",
	"a: b\u2029c\n":                    "a paragraph separator",
	"a: \ufeffb\n":                     "a byte order mark",
	"\ufeffa: b\n":                     "a byte order mark",
	"<<: {a: 1}\n":                     "a merge key",
	"? a\n: b\n":                       "a complex key",
	"---\na: 1\n":                      "a document start",
	"a: 1\n...\n":                      "a document end",
	"%YAML 1.2\n---\na: 1\n":           "a directive",
	"9a: 1\n":                          "a key starting with a digit",
	"é: 1\n":                           "a key not in ASCII",
	"\"a\": 1\n":                       "a quoted key",
	strings.Repeat("k", 129) + ": 1\n": "a long key",
	manyKeys(129):                      "more keys than the fast path compares",
}

// manyKeys returns a flat front matter of n keys.
func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "k%d: %d\n", i, i)
	}
	return b.String()
}

func TestFlatYAMLAgreesWithYAMLv3(t *testing.T) {
	for _, data := range append(flatCases, manyKeys(128)) {
		t.Run(data, func(t *testing.T) {
			fast, ok := article.FlatYAML([]byte(data), 2)
			require.True(t, ok)
			requireSameYAML(t, data, fast)
		})
	}
}

func TestFlatYAMLFallsBack(t *testing.T) {
	for data, why := range fallbackCases {
		t.Run(why, func(t *testing.T) {
			_, ok := article.FlatYAML([]byte(data), 2)
			assert.False(t, ok, "%q", data)
		})
	}
}

// TestFlatYAMLCorpus checks that the fast path takes nearly all of the
// generated corpus's YAML front matters, and reads them as yaml.v3 does.
func TestFlatYAMLCorpus(t *testing.T) {
	dir, ok := corpusDir(t, 1000)
	if !ok {
		t.Skip("no python3 or no corpus generator beside the repository")
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.md"))
	require.NoError(t, err)
	var yamls, flat int
	for _, name := range names {
		file, err := os.ReadFile(name)
		require.NoError(t, err)
		data, ok := yamlFrontMatter(string(file))
		if !ok {
			continue
		}
		yamls++
		if fast, ok := article.FlatYAML([]byte(data), 2); ok {
			flat++
			requireSameYAML(t, data, fast)
		}
	}
	share := float64(flat) / float64(yamls)
	t.Logf("%d of %d YAML front matters (%.1f %%) of %d files take the fast path", flat, yamls, 100*share, len(names))
	require.GreaterOrEqual(t, share, 0.95)
}

// TestFlatYAMLTakesFlatFrontMatter checks that the fast path takes every
// front matter of the lines it is for, and reads it as yaml.v3 does.
func TestFlatYAMLTakesFlatFrontMatter(t *testing.T) {
	text := rapid.StringOf(rapid.SampledFrom([]rune("aZ09 .,:#-!?&*[]{}|>%@`\"é 中🙂")))
	value := rapid.OneOf(
		rapid.Just(""),
		rapid.Map(text.Filter(func(s string) bool { return !strings.ContainsAny(s, `"\`) }), func(s string) string { return `"` + s + `"` }),
		rapid.Map(text.Filter(func(s string) bool { return !strings.Contains(s, "'") }), func(s string) string { return "'" + s + "'" }),
		rapid.StringMatching(`[a-zA-Z\x{e9}][a-zA-Z0-9'"/().,!?-]*( [a-zA-Z0-9'"/().,!?-]+)*`),
		rapid.SampledFrom([]string{"true", "False", "TRUE", "null", "Null", "yes", "off"}),
		rapid.Map(rapid.Int64Range(0, 1e17), func(i int64) string { return strconv.FormatInt(i, 10) }),
		rapid.Map(rapid.Int64Range(-62135596800, 253402300799), func(s int64) string {
			return time.Unix(s, 0).UTC().Format(time.DateOnly)
		}),
		rapid.Map(rapid.Int64Range(-62135596800, 253402300799), func(s int64) string {
			return time.Unix(s, 0).UTC().Format(time.RFC3339)
		}),
	)
	rapid.Check(t, func(t *rapid.T) {
		keys := rapid.SliceOfNDistinct(rapid.StringMatching(`[a-zA-Z_][a-zA-Z0-9_-]{0,20}`), 1, 12, rapid.ID).Draw(t, "keys")
		end := rapid.SampledFrom([]string{"\n", "\r\n"}).Draw(t, "end")
		var b strings.Builder
		for _, k := range keys {
			b.WriteString(rapid.SampledFrom([]string{"", end}).Draw(t, "blank"))
			b.WriteString(k + ":" + strings.Repeat(" ", rapid.IntRange(1, 3).Draw(t, "spaces")))
			b.WriteString(value.Draw(t, "value") + strings.Repeat(" ", rapid.IntRange(0, 2).Draw(t, "trailing")) + end)
		}
		data := b.String()
		fast, ok := article.FlatYAML([]byte(data), 2)
		require.True(t, ok, "%q", data)
		requireSameYAML(t, data, fast)
	})
}

// FuzzFlatYAML checks that whatever front matter the fast path for flat
// YAML takes, it reads as yaml.v3 does: the same keys, lines and value
// nodes.
func FuzzFlatYAML(f *testing.F) {
	for _, data := range flatCases {
		f.Add(data)
	}
	for data := range fallbackCases {
		f.Add(data)
	}
	files, _ := fuzzSeeds(f)
	files = append(files, corpusFiles(f, 20, "news")...)
	for _, file := range files {
		if data, ok := yamlFrontMatter(file); ok {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data string) {
		if fast, ok := article.FlatYAML([]byte(data), 2); ok {
			requireSameYAML(t, data, fast)
		}
	})
}

// requireSameYAML requires fast to be what yaml.v3 decodes data to.
func requireSameYAML(t require.TestingT, data string, fast []article.YAMLField) {
	tree, err := article.TreeYAML([]byte(data), 2)
	require.NoError(t, err)
	require.Equal(t, tree, fast)
}

// yamlClose is the line that closes a YAML front matter.
var yamlClose = regexp.MustCompile(`(?m)^(---|\.\.\.)\r?$`)

// yamlFrontMatter returns the front matter of a file opened by "---", as
// Parse hands it to the YAML decoder.
func yamlFrontMatter(file string) (string, bool) {
	file = strings.TrimPrefix(file, "\uFEFF")
	rest, ok := strings.CutPrefix(file, "---\n")
	if !ok {
		rest, ok = strings.CutPrefix(file, "---\r\n")
	}
	loc := yamlClose.FindStringIndex(rest)
	if !ok || loc == nil {
		return "", false
	}
	return rest[:loc[0]], true
}

package article_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// fuzzLimitsSize and fuzzLimitsTime bound the inputs the limits' fuzz
// targets build and the wall time Parse, WriteTo and Parse again may take
// on them. The time is far above the 0.3 s the worst such input takes, as
// fuzzing's coverage counters and a busy machine slow a run several times;
// what it catches is a blow-up, which takes minutes. TestHostileFrontMatter
// measures CPU time exactly, on inputs of up to the size limit.
const (
	fuzzLimitsSize = 64 << 10
	fuzzLimitsTime = 10 * time.Second
)

// checkParseInTime is requireRoundTrip within fuzzLimitsTime.
func checkParseInTime(t *testing.T, src string) {
	if len(src) > fuzzLimitsSize {
		t.Skip("larger than the fuzz targets build")
	}
	start := time.Now()
	requireRoundTrip(t, src)
	require.Less(t, time.Since(start), fuzzLimitsTime)
}

// FuzzTOMLDepth checks TOML front matter made of a piece repeated n times
// between a head and a tail, as deep keys, tables and values are: Parse
// refuses it with an *article.Error or reads back what WriteTo writes, in
// bounded time.
func FuzzTOMLDepth(f *testing.F) {
	for _, s := range []struct {
		head, unit string
		n          uint16
		tail       string
	}{
		{"", "a.", 20000, "a = 1"},
		{"", "a.", 99, "a = 1"},
		{"", `"b.c".'d'.`, 50, "e = 1"},
		{"[", "a.", 20000, "a]\nk = 1"},
		{"[[", "a.", 98, "a]]\nk = 1"},
		{"x = {", "a.", 20000, "a = 1}"},
		{"x = ", "{a = ", 20000, "1"},
		{"x = ", "[", 20000, ""},
		{"[t.t]\nk = {", "a.", 30, "a = [[{b.c = 1}]]}"},
		{"x = [", "{a.b = 1}, ", 2000, "]"},
		{"[", "t", 30000, "]\nk = 1\nl = 2"},
		{"s = '''", "\n[a.a]\n", 100, "'''\nt = 1"},
		{"", "[a]\n", 3, ""},
	} {
		f.Add(s.head, s.unit, s.n, s.tail)
	}
	f.Fuzz(func(t *testing.T, head, unit string, n uint16, tail string) {
		if len(unit)*int(n) > fuzzLimitsSize {
			t.Skip("larger than the fuzz targets build")
		}
		checkParseInTime(t, "+++\n"+head+strings.Repeat(unit, int(n))+tail+"\n+++\n")
	})
}

// FuzzYAMLAliases checks YAML front matter of an anchored list of items
// and keys keys that each hold value, where aliases to the list and deep
// nesting spread over many keys: Parse refuses it with an *article.Error
// or reads back what WriteTo writes, in bounded time.
func FuzzYAMLAliases(f *testing.F) {
	for _, s := range []struct {
		item  string
		items uint16
		value string
		keys  uint16
	}{
		{"1", 299, "*a", 500},
		{"1", 999, "[1, 1, *a, *a]", 40},
		{"{x: 1}", 10, "[*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]", 300},
		{"x", 2, "{<<: {y: *a}, z: [*a, *a]}", 50},
		{"[[[[[[[[[[1]]]]]]]]]]", 3, "[[[[[[[[[[[[[[[[[[[[*a]]]]]]]]]]]]]]]]]]]]", 20},
		{"{a: {a: {a: {a: 1}}}}", 1, strings.Repeat("{a: ", 96) + "*a" + strings.Repeat("}", 96), 1},
		{"1", 0, "&b [*a, *b]", 1},
		{"1", 1, "- - - - *a", 3},
	} {
		f.Add(s.item, s.items, s.value, s.keys)
	}
	f.Fuzz(func(t *testing.T, item string, items uint16, value string, keys uint16) {
		if (len(item)+2)*int(items)+(len(value)+9)*int(keys) > fuzzLimitsSize {
			t.Skip("larger than the fuzz targets build")
		}
		var b strings.Builder
		b.WriteString("---\nbase: &a [" + strings.Repeat(item+", ", int(items)) + item + "]\n")
		for k := range keys {
			fmt.Fprintf(&b, "k%d: %s\n", k, value)
		}
		checkParseInTime(t, b.String()+"---\n")
	})
}

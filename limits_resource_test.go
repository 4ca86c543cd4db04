//go:build unix

package article_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"runtime"
	"runtime/metrics"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
	"github.com/articlekit/article/transform"
)

// The bounds every hostile front matter stays within, parsed on one core:
// Parse, and for what it accepts WriteTo, Parse of what WriteTo wrote,
// Clone and MarshalJSON.
const (
	hostileCPU   = 2 * time.Second
	hostileAlloc = 512 << 20
)

// hostileCase is a front matter built to exhaust time or memory, and the
// *Error it is refused with, or none for one that parses.
type hostileCase struct {
	name    string
	src     func() string
	line    int
	key     string
	message string // a part of the error; "" for input that parses
	big     bool   // within bounds, but not under -race; skipped with -short
	lifted  bool   // parsed with the front-matter size limit lifted, to reach the limits past it
}

const mib = 1 << 20

// lines returns a front matter between delimiters, of lines made by line
// until the whole would pass size bytes.
func lines(delim string, size int, line func(i int) string) string {
	var b strings.Builder
	b.WriteString(delim + "\n")
	for i := 0; ; i++ {
		l := line(i) + "\n"
		if b.Len()+len(l)+len(delim)+1 > size {
			break
		}
		b.WriteString(l)
	}
	return b.String() + delim + "\n"
}

func toml(body string) string { return "+++\n" + body + "\n+++\n" }
func yml(body string) string  { return "---\n" + body + "\n---\n" }

// aliasBomb is the issue's: keys each within yaml.v3's rule on their own,
// with two thousand literals and aliases to a hundred times as many nodes.
func aliasBomb(keys int) string {
	var b strings.Builder
	b.WriteString("base: &a [" + strings.Repeat("1, ", 999) + "1]\n")
	for k := range keys {
		fmt.Fprintf(&b, "k%d: [%s%s*a]\n", k, strings.Repeat("1, ", 2000), strings.Repeat("*a, ", 97))
	}
	return yml(b.String())
}

// aliasChain returns keys x0 to x<n-1>, x0 anchoring first and each next
// one a list of an alias to the one before, one level deeper.
func aliasChain(first string, n int) string {
	var b strings.Builder
	b.WriteString("x0: &x0 " + first + "\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "x%d: &x%d [*x%d]\n", i, i, i-1)
	}
	return yml(b.String())
}

var hostileCases = []hostileCase{
	{"toml dotted key 20000 deep", func() string { return toml(strings.Repeat("a.", 19999) + "a = 1") }, 2, "a", "nest deeper than", false, false},
	{"toml dotted key 10000 deep", func() string { return toml(strings.Repeat("a.", 9999) + "a = 1") }, 2, "a", "nest deeper than", false, false},
	{"toml quoted dotted key 20000 deep", func() string { return toml(`a` + strings.Repeat(`."b.c".'d'`, 10000) + " = 1") }, 2, "a", "nest deeper than", false, false},
	{"toml table header 20000 deep", func() string { return toml("[" + strings.Repeat("a.", 19999) + "a]\nk = 1") }, 2, "a", "nest deeper than", false, false},
	{"toml array of tables 20000 deep", func() string { return toml("[[" + strings.Repeat("a.", 19999) + "a]]\nk = 1") }, 2, "a", "nest deeper than", false, false},
	{"toml inline table dotted key 20000 deep", func() string { return toml("x = {" + strings.Repeat("a.", 19999) + "a = 1}") }, 2, "x", "nest deeper than", false, false},
	{"toml inline tables 20000 deep", func() string { return toml("x = " + strings.Repeat("{a = ", 20000) + "1" + strings.Repeat("}", 20000)) }, 2, "x", "nest deeper than", false, false},
	{"toml arrays 1000000 deep", func() string { return toml("x = " + strings.Repeat("[", 1e6) + strings.Repeat("]", 1e6)) }, 2, "x", "nest deeper than", false, true},
	{"toml 99-deep keys to 16 MiB", func() string {
		return lines("+++", article.DefaultMaxSize, func(i int) string { return strings.Repeat("a.", 98) + "k" + fmt.Sprint(i) + " = 1" })
	}, 33, "a", "spelled out in full", false, true},
	{"toml 1 MiB table name and keys to 16 MiB", func() string {
		return lines("+++", article.DefaultMaxSize, func(i int) string {
			if i == 0 {
				return "[t." + strings.Repeat("u", mib) + "]"
			}
			return fmt.Sprint("k", i, " = 1")
		})
	}, 5, "t", "spelled out in full", false, true},
	{"toml keys to 16 MiB, limit lifted", func() string {
		return lines("+++", article.DefaultMaxSize, func(i int) string { return fmt.Sprint("k", i, " = 1") })
	}, 130469, "k130467", "spelled out in full", false, true},
	{"toml tables to 16 MiB", func() string {
		return lines("+++", article.DefaultMaxSize, func(i int) string { return fmt.Sprint("[t", i, "]") })
	}, 130469, "t130467", "spelled out in full", false, true},
	{"toml 1 MiB key", func() string { return toml(strings.Repeat("k", mib) + " = 1") }, 0, "", "", false, true},
	{"toml 16 MiB string of escapes", func() string { return toml(`s = "` + strings.Repeat(`\u00e9\n`, article.DefaultMaxSize/8-4) + `"`) }, 0, "", "", true, true},

	{"json arrays 9999 deep", func() string {
		return ";;;\n{\"x\": " + strings.Repeat("[", 9999) + strings.Repeat("]", 9999) + "}\n;;;\n"
	}, 2, "x", "nest deeper than", false, false},

	{"yaml alias bomb over 400 keys", func() string { return aliasBomb(400) }, 4, "k1", "excessive aliasing", true, true},
	{"yaml keys to 1 MiB each aliasing 300 nodes", func() string {
		return lines("---", mib, func(i int) string {
			if i == 0 {
				return "base: &a [" + strings.Repeat("1, ", 299) + "1]"
			}
			return fmt.Sprint("k", i, ": *a")
		})
	}, 295, "k293", "excessive aliasing", false, true},
	{"yaml billion laughs", func() string {
		var b strings.Builder
		b.WriteString("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
		for i := 1; i < 9; i++ {
			fmt.Fprintf(&b, "l%d: &l%d [%s*l%d]\n", i, i, strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 8), i-1)
		}
		return yml(b.String())
	}, 5, "l3", "excessive aliasing", false, false},
	{"yaml merge keys over 400 keys", func() string {
		var b strings.Builder
		b.WriteString("base: &b {")
		for i := range 1000 {
			fmt.Fprintf(&b, "b%d: 1, ", i)
		}
		b.WriteString("z: 1}\n")
		for k := range 400 {
			fmt.Fprintf(&b, "k%d: [%s", k, strings.Repeat("1, ", 2000))
			for j := range 98 {
				fmt.Fprintf(&b, "{<<: *b, own%d: 1}, ", j)
			}
			b.WriteString("0]\n")
		}
		return yml(b.String())
	}, 3, "k0", "excessive aliasing", true, true},
	{"yaml anchor holding itself", func() string { return yml("a: &a [1, *a]") }, 2, "a", "nest deeper than", false, false},
	{"yaml flow sequences 100000 deep", func() string { return yml("a: " + strings.Repeat("[", 1e5) + strings.Repeat("]", 1e5)) }, 2, "", "exceeded max depth", false, false},
	{"yaml flow maps 100000 deep", func() string { return yml("a: " + strings.Repeat("{a: ", 1e5) + "1" + strings.Repeat("}", 1e5)) }, 2, "", "exceeded max depth", false, true},
	{"yaml block sequences 100000 deep", func() string { return yml("a:\n" + strings.Repeat("- ", 1e5) + "1") }, 2, "", "exceeded max depth", false, false}, // the line of the key whose value nests
	{"yaml block maps 5000 deep", func() string {
		var b strings.Builder
		for i := range 5000 {
			b.WriteString(strings.Repeat(" ", i) + "a:\n")
		}
		return yml(b.String() + strings.Repeat(" ", 5000) + "1")
	}, 102, "a", "nest deeper than", true, true},
	{"yaml aliases nesting 1000 deep", func() string { return aliasChain("1", 1000) }, 102, "x100", "nest deeper than", false, false},
	{"yaml aliases as many as allowed", func() string {
		return yml("base: &a [" + strings.Repeat("1, ", 999) + "1]\nk: [" + strings.Repeat("1, ", 3000) + strings.Repeat("*a, ", 98) + "*a]")
	}, 0, "", "", true, true},
	{"yaml aliases nesting 99 deep", func() string { return aliasChain("[1, 2]", 99) }, 0, "", "", false, false},

	// Front matter that is big rather than hostile: the decoders take 50 to
	// 100 bytes for each of its bytes, so DefaultMaxFrontMatter bounds it.
	// The cases above that pass that limit are parsed with it lifted.
	{"yaml list to 16 MiB", func() string { return lines("---", article.DefaultMaxSize, func(int) string { return "- a" }) }, 2, "", "size limit", false, false},
	{"toml keys to 16 MiB", func() string {
		return lines("+++", article.DefaultMaxSize, func(i int) string { return fmt.Sprint("k", i, " = 1") })
	}, 2, "", "size limit", false, false},
	{"json keys to 16 MiB", func() string {
		return "{\n" + strings.TrimSuffix(lines("", article.DefaultMaxSize, func(i int) string { return fmt.Sprintf(`"k%d": 1,`, i) })[1:], ",\n\n") + "\n}\n"
	}, 1, "", "size limit", false, false},
	{"yaml list to the front-matter limit", func() string {
		return lines("---", article.DefaultMaxFrontMatter, func(i int) string { return map[bool]string{true: "x:", false: "  - a"}[i == 0] })
	}, 0, "", "", true, false},
	{"yaml list of maps to the front-matter limit", func() string {
		return lines("---", article.DefaultMaxFrontMatter, func(i int) string { return map[bool]string{true: "x:", false: "  - {a: 1}"}[i == 0] })
	}, 0, "", "", true, false},
	{"yaml keys to the front-matter limit", func() string {
		return lines("---", article.DefaultMaxFrontMatter, func(i int) string { return fmt.Sprint("k", i, ": 1") })
	}, 0, "", "", true, false},

	// Bodies on which goldmark or the HTML parser alone is super-linear:
	// Parse reads them, the transforms refuse or convert them in time.
	{"markdown unclosed link destinations", func() string { return yml("title: t") + strings.Repeat("[a](", 64_000) }, 0, "", "", false, false},
	{"markdown nested quotes", func() string { return yml("title: t") + strings.Repeat(">", 128_000) }, 0, "", "", false, false},
	{"markdown reference definitions", func() string { return yml("title: t") + strings.Repeat("[r]: /u\n", 64_000) }, 0, "", "", false, false},
	{"markdown emphasis that cannot match", func() string { return yml("title: t") + strings.Repeat("**a_", 64_000) }, 0, "", "", false, false},
	{"markdown code spans of growing length", func() string {
		var b strings.Builder
		for i := 1; b.Len() < mib; i++ {
			b.WriteString(strings.Repeat("`", i%300+1) + "a")
		}
		return yml("title: t") + b.String()
	}, 0, "", "", false, false},
	// Each list item is a paragraph whose inline cost the reading measures:
	// in time proportional to the item, not to the body before it.
	{"markdown list items after a long paragraph", func() string {
		return yml("title: t") + strings.Repeat("word ", 2*mib/5) + "\n\n" + strings.Repeat("- a\n", 48_000)
	}, 0, "", "", true, false},
	// Bodies whose trees would be many times their size: at the node
	// limit they are read within bounds; at the size limit, refused.
	{"markdown one-word list items to 16 MiB", func() string { return yml("title: t") + strings.Repeat("- a\n", article.DefaultMaxSize/4-16) }, 0, "", "", true, false},
	{"markdown one-word list items at the node limit", func() string {
		return yml("title: t") + strings.Repeat("- a\n", article.MaxMarkdownNodes/2)
	}, 0, "", "", true, false},
	{"markdown addresses at the node limit", func() string {
		return yml("title: t") + strings.Repeat("a@b.co ", article.MaxMarkdownNodes/3-1)
	}, 0, "", "", true, false},
	{"markdown prose of 2.4 MB, half the node limit", func() string {
		return yml("title: t") + strings.Repeat("Prose, the common case, on one line of its own.\n", article.MaxMarkdownNodes/2)
	}, 0, "", "", true, false},
	{"html nested 200000 deep", func() string { return yml("title: t") + "```html\n" + strings.Repeat("<div>", 200_000) + "\n```\n" }, 0, "", "", false, false},
	{"html 2 MiB of tags", func() string {
		return yml("title: t") + "```html\n" + strings.Repeat("<p><b>a</b> <a href=x>b</a></p>", mib/16) + "\n```\n"
	}, 0, "", "", true, false},
}

// raceEnabled is set by race_test.go in a build with -race, which makes
// some cases many times slower.
var raceEnabled bool

// hostileCaseEnv names the case that a child test process runs.
const hostileCaseEnv = "ARTICLE_HOSTILE_CASE"

// hostileResult is what a child reports of its case.
type hostileResult struct {
	CPU      time.Duration
	Alloc    uint64
	Err      string
	Line     int
	Key      string
	NotError bool // an error that is not an *article.Error
}

// TestHostileFrontMatter runs each hostile case in a child process on one
// core, so that a case that exhausts memory fails its test instead of
// killing the test binary, and checks that it is refused or parsed within
// hostileCPU and hostileAlloc.
func TestHostileFrontMatter(t *testing.T) {
	if name := os.Getenv(hostileCaseEnv); name != "" {
		runHostileCase(name)
		return
	}
	for _, tc := range hostileCases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.big && (testing.Short() || raceEnabled) {
				t.Skip("slow under -race only")
			}
			t.Parallel() // each child measures its own CPU time
			cmd := exec.Command(os.Args[0], "-test.run=^TestHostileFrontMatter$")
			cmd.Env = append(os.Environ(), hostileCaseEnv+"="+tc.name, "GOMAXPROCS=1")
			out, err := cmd.Output()
			require.NoError(t, err, "the case ran out of bounds or crashed:\n%s", out)
			var r hostileResult
			_, result, _ := strings.Cut(string(out), "hostile result: ")
			require.NoError(t, json.Unmarshal([]byte(strings.SplitN(result, "\n", 2)[0]), &r), "%s", out)
			t.Logf("%v CPU, %d MB allocated: %.200s", r.CPU, r.Alloc>>20, r.Err)
			assert.Less(t, r.CPU, hostileCPU)
			assert.Less(t, r.Alloc, uint64(hostileAlloc))
			if tc.message == "" {
				assert.Empty(t, r.Err)
				return
			}
			assert.False(t, r.NotError, "%s is not an *article.Error", r.Err)
			assert.Contains(t, r.Err, tc.message)
			assert.Equal(t, tc.line, r.Line, r.Err)
			assert.Equal(t, tc.key, r.Key)
		})
	}
}

// runHostileCase measures the named case in this process and prints the
// result, or exits at once with a failure when it goes far out of bounds.
func runHostileCase(name string) {
	i := 0
	for i < len(hostileCases) && hostileCases[i].name != name {
		i++
	}
	src := hostileCases[i].src()
	var opts []article.Option
	if hostileCases[i].lifted {
		opts = append(opts, article.WithMaxFrontMatter(math.MaxInt64))
	}
	go watchBounds(8*hostileAlloc, 10*hostileCPU)
	runtime.GC()
	allocBefore, cpuBefore := allocated(), cpuTime()
	r := hostileResult{}
	if a, err := parseAndUse(src, opts...); err != nil {
		var e *article.Error
		r.Err, r.NotError = err.Error(), !errors.As(err, &e)
		if e != nil {
			r.Line, r.Key = e.Line, e.Key
		}
	} else if a == nil {
		r.Err = "no article"
	}
	r.CPU, r.Alloc = cpuTime()-cpuBefore, allocated()-allocBefore
	out, _ := json.Marshal(r)
	fmt.Printf("hostile result: %s\n", out)
}

// parseAndUse parses src with opts and, when it parses, does to the article what
// could expand it again: WriteTo, Parse of that, Clone and MarshalJSON,
// and every transform and a feed, whose errors (a body past the Markdown
// limits) are fine: time and memory are what is judged.
func parseAndUse(src string, opts ...article.Option) (*article.Article, error) {
	a, err := article.Parse(strings.NewReader(src), opts...)
	if err != nil {
		return nil, err
	}
	for _, tr := range []article.Transform{
		article.Sanitize(nil), transform.Summarize(), transform.ToText(), transform.ToMarkdown(), transform.ToHTML(),
	} {
		_ = tr(a.Clone())
	}
	ch := feed.Channel{Title: "f", BaseURL: "https://example.com/", Updated: time.Unix(0, 0).UTC()}
	_ = feed.Write(io.Discard, feed.RSS, ch, []*article.Article{a})
	out, err := a.MarshalText()
	if err != nil {
		return nil, err
	}
	if _, err := article.Parse(strings.NewReader(string(out)), opts...); err != nil {
		return nil, fmt.Errorf("reading back what WriteTo wrote: %w", err)
	}
	if _, err := json.Marshal(a.Clone()); err != nil {
		return nil, err
	}
	return a, nil
}

// watchBounds ends the process with a failure once it has allocated more
// than alloc bytes or spent more than cpu, long before it could exhaust
// the machine's memory.
func watchBounds(alloc uint64, cpu time.Duration) {
	for range time.Tick(5 * time.Millisecond) {
		if allocated() > alloc || cpuTime() > cpu {
			fmt.Printf("out of bounds: %d MB allocated, %v CPU\n", allocated()>>20, cpuTime())
			os.Exit(2)
		}
	}
}

// allocated returns the bytes allocated on the heap so far.
func allocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// cpuTime returns the CPU time the process has used so far, with the
// garbage collector's.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		panic(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

package article

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFSYieldsInOrderPastABadFile(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 300 {
		fsys[fmt.Sprintf("news/a-%03d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "---\ntitle: \"Article %d\"\n---\n\n<p>%d</p>\n", i, i)}
	}
	fsys["news/a-137.md"] = &fstest.MapFile{Data: []byte("---\ntitle: T\npublishedOn: 2025-13-45\n---\n")}
	fsys["news/readme.txt"] = &fstest.MapFile{Data: []byte("not matched")}

	var titles []string
	var errs []error
	for a, err := range ParseFS(fsys, "news/*.md", WithWorkers(4)) {
		if err != nil {
			errs = append(errs, err)
			titles = append(titles, "error")
			continue
		}
		assert.Equal(t, fmt.Sprintf("news/a-%03d.md", len(titles)), a.Path)
		titles = append(titles, a.Title)
	}
	require.Len(t, titles, 300)
	require.Len(t, errs, 1)
	assert.Equal(t, "error", titles[137])
	assert.Equal(t, "Article 136", titles[136])
	assert.Equal(t, "Article 138", titles[138])
	var e *Error
	require.ErrorAs(t, errs[0], &e)
	assert.Equal(t, "news/a-137.md", e.Path)
	assert.Equal(t, 3, e.Line)
	assert.Equal(t, "publishedOn", e.Key)
}

func TestParseFSBreakStopsWorkers(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 500 {
		fsys[fmt.Sprintf("a-%03d.md", i)] = &fstest.MapFile{Data: []byte(yamlHead + "<p>x</p>")}
	}
	n := 0
	for _, err := range ParseFS(fsys, "*.md", WithWorkers(8)) {
		require.NoError(t, err)
		if n++; n == 10 {
			break
		}
	}
	assert.Equal(t, 10, n)
	assert.Zero(t, goroutinesIn("parseAll"), "ParseFS returned with goroutines still running")
}

// goroutinesIn counts the goroutines whose stack passes through fn. Counting
// all goroutines instead would see those of other tests and of the runtime.
func goroutinesIn(fn string) int {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	n := 0
	for _, g := range strings.Split(string(buf), "\n\n")[1:] { // the first is this one
		if strings.Contains(g, "."+fn) {
			n++
		}
	}
	return n
}

func TestParseFSDeepPattern(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":         {Data: []byte("x")},
		"b/c.md":       {Data: []byte("x")},
		"b/d/e.md":     {Data: []byte("x")},
		"b/d/f.txt":    {Data: []byte("x")},
		"posts/g.md":   {Data: []byte("x")},
		"posts/x/h.md": {Data: []byte("x")},
	}
	paths := func(pattern string) []string {
		var got []string
		for a, err := range ParseFS(fsys, pattern) {
			require.NoError(t, err)
			got = append(got, a.Path)
		}
		return got
	}
	assert.Equal(t, []string{"a.md", "b/c.md", "b/d/e.md", "posts/g.md", "posts/x/h.md"}, paths("**/*.md"))
	assert.Equal(t, []string{"posts/g.md", "posts/x/h.md"}, paths("posts/**/*.md"))
	assert.Equal(t, []string{"b/c.md"}, paths("b/*.md"))
	assert.Empty(t, paths("none/*.md"))
}

func TestParseFSBadPattern(t *testing.T) {
	n := 0
	for a, err := range ParseFS(fstest.MapFS{}, "[") {
		n++
		assert.Nil(t, a)
		assert.ErrorContains(t, err, "syntax error in pattern")
	}
	assert.Equal(t, 1, n)
}

// TestCorpus parses every file of the generated corpus, checks that it
// round-trips through WriteTo and JSON, and that its data is sound.
func TestCorpus(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 500
	}
	dir := corpus(t, n)
	count := 0
	formats := map[Format]int{}
	for a, err := range ParseFS(os.DirFS(dir), "*.md") {
		require.NoError(t, err)
		count++
		formats[a.Format]++
		require.NotEmpty(t, a.Title, a.Path)
		require.Equal(t, a, roundTrip(t, a), a.Path)
		require.Equal(t, a.WithoutOrigin(), jsonRoundTrip(t, a), a.Path)
	}
	assert.Equal(t, n, count)
	assert.Greater(t, formats[Markdown], 0)
	assert.Greater(t, formats[HTML], n/2)
	t.Logf("%d files: %v", count, formats)
}

// countingFS counts the files opened.
type countingFS struct {
	fstest.MapFS
	opened atomic.Int64
}

func (c *countingFS) Open(name string) (fs.File, error) {
	if name != "." {
		c.opened.Add(1)
	}
	return c.MapFS.Open(name)
}

func TestParseFSHoldsABoundedWindow(t *testing.T) {
	fsys := &countingFS{MapFS: fstest.MapFS{}}
	for i := range 1000 {
		fsys.MapFS[fmt.Sprintf("a-%04d.md", i)] = &fstest.MapFile{Data: []byte(yamlHead + "<p>x</p>")}
	}
	const workers = 4
	yielded := int64(0)
	for _, err := range ParseFS(fsys, "*.md", WithWorkers(workers)) {
		require.NoError(t, err)
		yielded++
		if yielded%100 == 0 {
			time.Sleep(5 * time.Millisecond) // a slow consumer: workers must wait, not run ahead
		}
		ahead := fsys.opened.Load() - yielded
		require.LessOrEqual(t, ahead, int64(4*workers), "parsed %d files ahead of the consumer", ahead)
	}
	assert.Equal(t, int64(1000), yielded)
}

func TestParseFSWithTransformRunsOnWorkers(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 200 {
		fsys[fmt.Sprintf("a-%03d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "---\ntitle: \"Article %d\"\n---\n\n<p>%d</p>\n", i, i)}
	}
	var running, most atomic.Int32
	upper := func(a *Article) error {
		n := running.Add(1)
		defer running.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(time.Millisecond) // long enough for the workers to overlap
		if a.Title == "Article 42" {
			return errors.New("refused")
		}
		a.Title = strings.ToUpper(a.Title)
		return nil
	}
	n := 0
	for a, err := range ParseFS(fsys, "*.md", WithWorkers(4), WithTransform(upper)) {
		if n == 42 {
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, "a-042.md", e.Path)
			assert.EqualError(t, err, "a-042.md: refused")
		} else {
			require.NoError(t, err)
			assert.Equal(t, fmt.Sprintf("ARTICLE %d", n), a.Title)
		}
		n++
	}
	assert.Equal(t, 200, n)
	assert.Greater(t, most.Load(), int32(1), "the transform ran on one goroutine at a time")
}

func TestParseWithTransform(t *testing.T) {
	a := mustParse(t, yamlHead+"<p>x</p>", WithTransform(func(a *Article) error { a.Body = "changed"; return nil }))
	assert.Equal(t, "changed", a.Body)
	_, err := Parse(strings.NewReader(yamlHead), WithPath("x.md"), WithTransform(func(*Article) error { return errors.New("no") }))
	assert.EqualError(t, err, "x.md: no")
}

func TestParseFSTransformPanicIsTheFilesError(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 50 {
		fsys[fmt.Sprintf("a-%02d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "---\ntitle: \"Article %d\"\n---\n\n<p>%d</p>\n", i, i)}
	}
	var nilMap map[string]int
	crash := func(a *Article) error {
		switch a.Title {
		case "Article 7":
			panic("boom")
		case "Article 30":
			nilMap[a.Title]++ // a runtime error
		}
		return nil
	}
	n := 0
	for a, err := range ParseFS(fsys, "*.md", WithWorkers(4), WithTransform(crash)) {
		switch n {
		case 7, 30:
			assert.Nil(t, a)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, fmt.Sprintf("a-%02d.md", n), e.Path)
			assert.ErrorContains(t, err, "transform panicked")
			assert.ErrorContains(t, err, "parsefs_test.go:", "the message names where it panicked")
		default:
			require.NoError(t, err)
			assert.Equal(t, fmt.Sprintf("Article %d", n), a.Title)
		}
		n++
	}
	assert.Equal(t, 50, n, "the batch goes on past the panics")
}

// TestParseFSTransformGoexitIsTheFilesError: a transform that ends its
// goroutine, as t.FailNow does through runtime.Goexit, gives its file an
// error, and the batch goes on on a worker in its place, however many
// workers end so, instead of waiting for the file without end.
func TestParseFSTransformGoexitIsTheFilesError(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 20 {
		fsys[fmt.Sprintf("a-%02d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil, "---\ntitle: \"%d\"\n---\n", i)}
	}
	exit := func(a *Article) error {
		if a.Title != "1" {
			runtime.Goexit()
		}
		return nil
	}
	var errs []error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for a, err := range ParseFS(fsys, "*.md", WithWorkers(2), WithTransform(exit)) {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			assert.Equal(t, "1", a.Title)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		require.FailNow(t, "ParseFS waits without end for a file whose transform called runtime.Goexit")
	}
	require.Len(t, errs, 19)
	var e *Error
	require.ErrorAs(t, errs[0], &e)
	assert.Equal(t, "a-00.md", e.Path)
	assert.ErrorContains(t, errs[0], "runtime.Goexit")
}

func TestParseTransformPanicIsAnError(t *testing.T) {
	boom := errors.New("boom")
	var a *Article
	var err error
	require.NotPanics(t, func() {
		a, err = Parse(strings.NewReader(yamlHead), WithPath("x.md"), WithTransform(func(*Article) error { panic(boom) }))
	})
	assert.Nil(t, a)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "x.md", e.Path)
	assert.ErrorIs(t, err, boom, "a panic with an error wraps it")
	assert.ErrorContains(t, err, "x.md: transform panicked: boom (at ")
}

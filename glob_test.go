package article

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// matchDeepRef is the plain recursive matcher, exponential in the number
// of "**" elements: the reference the fast one must agree with.
func matchDeepRef(pattern, name []string) bool {
	if len(pattern) == 0 {
		return len(name) == 0
	}
	if pattern[0] == "**" {
		for i := 0; i <= len(name); i++ {
			if matchDeepRef(pattern[1:], name[i:]) {
				return true
			}
		}
		return false
	}
	if len(name) == 0 {
		return false
	}
	ok, _ := path.Match(pattern[0], name[0])
	return ok && matchDeepRef(pattern[1:], name[1:])
}

func TestParseFSManyDeepElementsAreFast(t *testing.T) {
	deep := strings.Repeat("a/", 30) + "b.md"
	fsys := fstest.MapFS{deep: {Data: []byte(yamlHead)}}
	pattern := strings.Repeat("**/", 10) + "*.txt"
	start := time.Now()
	for _, err := range ParseFS(fsys, pattern) {
		require.NoError(t, err)
		t.Fatal("nothing matches")
	}
	assert.Less(t, time.Since(start), time.Second)
}

var (
	globPatternElems = rapid.SampledFrom([]string{"**", "**", "*", "a", "b", "?", "[ab]", "a*", "*b", "[^a]*", `\*`})
	globNameElems    = rapid.SampledFrom([]string{"a", "b", "ab", "ba", "bb", "*", "abc"})
)

// The fast matcher agrees with the recursive one on any pattern.
func TestMatchDeepAgreesWithRecursive(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pattern := rapid.SliceOfN(globPatternElems, 0, 6).Draw(t, "pattern")
		name := rapid.SliceOfN(globNameElems, 0, 8).Draw(t, "name")
		assert.Equal(t, matchDeepRef(pattern, name), matchDeep(pattern, name), "%q %q", pattern, name)
	})
}

// Without "**", matching element by element is path.Match on the whole.
func TestMatchDeepAgreesWithPathMatch(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pattern := strings.Join(rapid.SliceOfN(globPatternElems.Filter(func(e string) bool { return e != "**" }), 1, 6).Draw(t, "pattern"), "/")
		name := strings.Join(rapid.SliceOfN(globNameElems, 1, 8).Draw(t, "name"), "/")
		want, err := path.Match(pattern, name)
		require.NoError(t, err)
		assert.Equal(t, want, matchDeep(strings.Split(pattern, "/"), strings.Split(name, "/")), "%q %q", pattern, name)
	})
}

// FuzzMatchDeep checks that matching ends quickly on any pattern and name,
// and agrees with path.Match on patterns without "**".
func FuzzMatchDeep(f *testing.F) {
	f.Add("**/*.md", "a/b/c.md")
	f.Add(strings.Repeat("**/", 10)+"*.txt", strings.Repeat("a/", 30)+"b.md")
	f.Add("a/**/b/**/c", "a/x/b/y/b/c")
	f.Add("[a-/]*/?", "b/c")
	f.Add(`\**/x`, "*a/x")
	f.Fuzz(func(t *testing.T, pattern, name string) {
		if len(pattern) > 512 || len(name) > 512 {
			return
		}
		start := time.Now()
		got := matchDeep(strings.Split(pattern, "/"), strings.Split(name, "/"))
		require.Less(t, time.Since(start), time.Second, "%q %q", pattern, name)
		if strings.Contains(pattern, "**") || !elementsAreValid(pattern) {
			return // a "/" in a class or escaped splits an element, in fs.Glob too
		}
		if want, err := path.Match(pattern, name); err == nil {
			assert.Equal(t, want, got, "%q %q", pattern, name)
		}
	})
}

// elementsAreValid reports whether each element of pattern is a pattern.
func elementsAreValid(pattern string) bool {
	for elem := range strings.SplitSeq(pattern, "/") {
		if _, err := path.Match(elem, ""); err != nil {
			return false
		}
	}
	return true
}

// A symlink to a file is a file in a "**" walk as in fs.Glob; a symlink to
// a folder is not followed, so a loop cannot trap the walk.
func TestParseFSSymlinks(t *testing.T) {
	dir := t.TempDir()
	write := func(name string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(yamlHead), 0o644))
	}
	link := func(target, name string) {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	write("real.md")
	write("sub/x.md")
	link("real.md", "link.md")
	link("sub", "linkdir")
	link("..", "sub/loop")
	link("missing.md", "broken.md")
	parsed := func(pattern string) (paths, failed []string) {
		for a, err := range ParseFS(os.DirFS(dir), pattern) {
			if err != nil {
				var e *Error
				require.ErrorAs(t, err, &e)
				failed = append(failed, e.Path)
				continue
			}
			paths = append(paths, a.Path)
		}
		return paths, failed
	}
	paths, failed := parsed("*.md")
	assert.Equal(t, []string{"link.md", "real.md"}, paths)
	assert.Equal(t, []string{"broken.md"}, failed)
	paths, failed = parsed("**/*.md")
	assert.Equal(t, []string{"link.md", "real.md", "sub/x.md"}, paths)
	assert.Equal(t, []string{"broken.md"}, failed)
}

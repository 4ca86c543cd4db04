//go:build unix

package article

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseFSSkipsNamedPipes: a named pipe, or a link to one, that matches
// the pattern is no file to parse: opening it would wait for a writer
// without end.
func TestParseFSSkipsNamedPipes(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "real.md"), []byte(yamlHead), 0o644))
	if err := os.Symlink("pipe.md", filepath.Join(dir, "link.md")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	for _, pattern := range []string{"*.md", "**/*.md"} {
		var paths []string
		done := make(chan struct{})
		go func() {
			defer close(done)
			for a, err := range ParseFS(os.DirFS(dir), pattern) {
				if assert.NoError(t, err) {
					paths = append(paths, a.Path)
				}
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			require.FailNow(t, "ParseFS waits on a named pipe", pattern)
		}
		assert.Equal(t, []string{"real.md"}, paths, pattern)
	}
}

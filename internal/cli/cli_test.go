package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.md")
	require.NoError(t, os.WriteFile(file, []byte("---\ntitle: A\n---\n"), 0o644))

	fsys, err := Folder(dir)
	require.NoError(t, err)
	_, err = fsys.Open("a.md")
	assert.NoError(t, err)

	_, err = Folder("posts/missing")
	assert.EqualError(t, err, "posts/missing: no such file or directory")
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, err = Folder(file)
	assert.EqualError(t, err, file+": not a folder")
}

func TestStatus(t *testing.T) {
	for _, tc := range []struct {
		name   string
		failed int
		err    error
		code   int
		stderr string
	}{
		{"all well", 0, nil, OK, ""},
		{"files failed", 2, nil, Failed, "feed: 2 file(s) failed\n"},
		{"no files", 0, fmt.Errorf("%w %s", ErrNoFiles, "**/*.md"), OK, "feed: posts: no files match **/*.md\n"},
		{"usage", 1, errors.New(`unknown format "csv"`), Usage, "feed: unknown format \"csv\"\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var errs bytes.Buffer
			assert.Equal(t, tc.code, Status(&errs, "feed", "posts", tc.failed, tc.err))
			assert.Equal(t, tc.stderr, errs.String())
		})
	}
}

func TestSource(t *testing.T) {
	fsys, dir, err := Source(nil)
	require.NoError(t, err)
	assert.Nil(t, fsys)
	assert.Empty(t, dir)

	folder := t.TempDir()
	fsys, dir, err = Source([]string{folder})
	require.NoError(t, err)
	assert.NotNil(t, fsys)
	assert.Equal(t, folder, dir)

	_, _, err = Source([]string{"posts"})
	assert.EqualError(t, err, "posts: no such file or directory")
	_, _, err = Source([]string{folder, "-format", "atom"})
	assert.EqualError(t, err, `too many arguments ["-format" "atom"]: flags go before the folder`)
}

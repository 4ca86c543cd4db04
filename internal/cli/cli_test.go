package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
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

// TestMainExits runs Main in a child process of the test binary, as an
// example's main runs it, and checks its exit statuses and messages.
func TestMainExits(t *testing.T) {
	if os.Getenv("CLI_TEST_MAIN") == "1" {
		os.Args = append([]string{"demo"}, flag.Args()...) // those after "--"
		Main("demo", "[DIR]",
			func() (int, error) { fmt.Println("the sample"); return 0, nil },
			func(dir fs.FS) (int, error) {
				names, err := fs.Glob(dir, "*.md")
				if err == nil && len(names) == 0 {
					err = fmt.Errorf("%w *.md", ErrNoFiles)
				}
				return len(names), err // every file fails
			})
		return
	}
	empty, full := t.TempDir(), t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(full, "bad.md"), nil, 0o644))
	for _, tc := range []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"sample", nil, OK, "the sample\n"},
		{"help", []string{"-h"}, OK, "usage: demo [DIR]\n"},
		{"unknown flag", []string{"-frob"}, Usage, "flag provided but not defined: -frob\n"},
		{"missing folder", []string{"posts"}, Usage, "demo: posts: no such file or directory\n"},
		{"flag after the folder", []string{full, "-format", "atom"}, Usage, `demo: too many arguments ["-format" "atom"]: flags go before the folder` + "\n"},
		{"empty folder", []string{empty}, OK, "demo: " + empty + ": no files match *.md\n"},
		{"files failed", []string{full}, Failed, "demo: 1 file(s) failed\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestMainExits$", "--"}, tc.args...)...)
			cmd.Env = append(os.Environ(), "CLI_TEST_MAIN=1")
			out, err := cmd.CombinedOutput()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tc.code, code, string(out))
			assert.Contains(t, string(out), tc.out)
		})
	}
}

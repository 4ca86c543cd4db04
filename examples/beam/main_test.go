package main

import (
	"context"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
)

func TestMain(m *testing.M) {
	ptest.Main(m)
}

// TestPipelineEqualsParseFS runs the pipeline on Beam's direct runner and
// on prism, the local portable runner, which also checks that every
// function a worker calls is registered, and compares what it writes with
// what ParseFS gives: the same JSON lines and the same errors, in any
// order.
func TestPipelineEqualsParseFS(t *testing.T) {
	folder := t.TempDir()
	for name, text := range map[string]string{
		"yaml.md":  "---\ntitle: YAML\npublishedOn: 2025-01-02\n---\nSome <b>bold</b> text.<script>alert(1)</script>\n",
		"toml.md":  "+++\ntitle = \"TOML\"\n+++\n# Heading\n\nA paragraph. Another sentence here.\n",
		"json.md":  "{\n\"title\": \"JSON\"\n}\n\nJust *Markdown*.\n",
		"open.md":  "---\ntitle: never closed\n",
		"date.md":  "---\ntitle: Bad date\npublishedOn: yesterday\n---\nBody.\n",
		"skip.txt": "---\ntitle: not matched\n---\n",
	} {
		require.NoError(t, os.WriteFile(filepath.Join(folder, name), []byte(text), 0o644))
	}
	for _, runner := range []string{"direct", "prism"} {
		for _, tc := range []struct {
			name, root, pattern string
			fsys                fs.FS
			failed              int64
		}{
			{"embedded sample", sampleRoot, "testdata/*.md", sample, 0},
			{"folder with bad files", folder, "*.md", os.DirFS(folder), 2},
		} {
			t.Run(runner+"/"+tc.name, func(t *testing.T) {
				require.NoError(t, flag.Set("runner", runner))
				out := t.TempDir()
				output, failedOut := filepath.Join(out, "articles.jsonl"), filepath.Join(out, "failed.txt")

				failed, err := run(context.Background(), pipeline(tc.root, tc.pattern, output, failedOut))
				require.NoError(t, err)

				want, wantErrs := parseFS(t, tc.fsys, tc.pattern)
				assert.Equal(t, tc.failed, failed)
				assert.Len(t, wantErrs, int(tc.failed))
				assert.ElementsMatch(t, want, lines(t, output))
				assert.ElementsMatch(t, wantErrs, lines(t, failedOut))
			})
		}
	}
}

func TestPipelineRefusesNoMatch(t *testing.T) {
	require.NoError(t, flag.Set("runner", "direct"))
	out := t.TempDir()
	_, err := run(context.Background(), pipeline(t.TempDir(), "*.md", filepath.Join(out, "a.jsonl"), filepath.Join(out, "f.txt")))
	assert.ErrorContains(t, err, "no files matching pattern")
}

func TestFolderPrefix(t *testing.T) {
	for root, want := range map[string]string{
		".":              "./",
		"./articles/":    "articles/",
		"/srv//articles": "/srv/articles/",
		"gs://bucket/a/": "gs://bucket/a/",
		"memfs://sample": "memfs://sample/",
	} {
		assert.Equal(t, want, folderPrefix(root), root)
	}
}

// parseFS returns the JSON lines and errors that ParseFS gives for the
// files of fsys matching pattern, with the pipeline's transforms.
func parseFS(t *testing.T, fsys fs.FS, pattern string) (lines, errs []string) {
	t.Helper()
	for a, err := range article.ParseFS(fsys, pattern, article.WithTransform(transforms)) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		line, err := jsonLine(a)
		require.NoError(t, err)
		lines = append(lines, line)
	}
	require.NotEmpty(t, lines)
	return lines, errs
}

// lines returns the lines of the file name, none if it was not written.
func lines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(name)
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

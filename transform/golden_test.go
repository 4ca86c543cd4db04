package transform

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestToMarkdownGolden converts each testdata/markdown/NAME.html to the
// Markdown in NAME.md (default options) and NAME.raw.md (WithRawHTML).
func TestToMarkdownGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/markdown/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		src, err := os.ReadFile(in)
		require.NoError(t, err)
		base := strings.TrimSuffix(in, ".html")
		for suffix, opts := range map[string][]MarkdownOption{
			".md":     nil,
			".raw.md": {WithRawHTML(true)},
		} {
			t.Run(filepath.Base(base)+suffix, func(t *testing.T) {
				golden.Check(t, base+suffix, []byte(toMarkdown(t, string(src), opts...)+"\n"))
			})
		}
	}
}

package article

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSiteFiles parses files as Hugo, Jekyll and CMS exports write them,
// compares what WriteTo makes of each with its golden file, and checks that
// the golden file reads back to the same article.
func TestSiteFiles(t *testing.T) {
	inputs, err := filepath.Glob("testdata/sites/*.md")
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			a, err := ParseFile(in)
			require.NoError(t, err)
			out, err := a.MarshalText()
			require.NoError(t, err)
			golden.Check(t, strings.TrimSuffix(in, ".md")+".golden", out)
			assert.Equal(t, a, roundTrip(t, a))
		})
	}
}

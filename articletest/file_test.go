package articletest

import (
	"bytes"
	"testing"

	"github.com/articlekit/article"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

func TestFileTellsWhatParseMustDo(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := File().Draw(t, "file")
		a, err := article.Parse(bytes.NewReader(f.Data))
		if !f.Valid {
			require.Error(t, err, "%s was accepted:\n%s", f.Name, f.Data)
			return
		}
		require.NoError(t, err, "%s:\n%s", f.Name, f.Data)
		require.Empty(t, Diff(f.Want, a), "%s:\n%s", f.Name, f.Data)
	})
}

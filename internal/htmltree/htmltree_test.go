package htmltree

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func render(t *testing.T, root *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	for n := range root.ChildNodes() {
		require.NoError(t, html.Render(&b, n))
	}
	return b.String()
}

func TestParseRepairsUTF8(t *testing.T) {
	root, err := Parse("<p>a\xffb</p>")
	require.NoError(t, err)
	assert.Equal(t, "<p>a\uFFFDb</p>", render(t, root))
}

func TestParseTooDeep(t *testing.T) {
	_, err := Parse(strings.Repeat("<div>", 600))
	assert.Error(t, err)
}

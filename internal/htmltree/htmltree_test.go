package htmltree

import (
	"bytes"
	"strings"
	"sync"
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

func TestParseRemembersTheBody(t *testing.T) {
	body := strings.Repeat("<p>a <b>b</b></p>", 3)
	first, err := Parse(body)
	require.NoError(t, err)
	again, err := Parse(body)
	require.NoError(t, err)
	assert.Same(t, first, again, "the same string is parsed once")

	copied := strings.Clone(body)
	other, err := Parse(copied)
	require.NoError(t, err)
	assert.NotSame(t, first, other, "another string is parsed anew")
	assert.Equal(t, render(t, first), render(t, other))

	for i := range 2 * len(recent.entries) { // push body out of the ring
		_, err := Parse(strings.Repeat("<p>x</p>", i+1))
		require.NoError(t, err)
	}
	pushedOut, err := Parse(body)
	require.NoError(t, err)
	assert.NotSame(t, first, pushedOut)
}

func TestParseForgetsLargeBodies(t *testing.T) {
	body := "<p>" + strings.Repeat("word ", maxRemembered/5) + "</p>"
	first, err := Parse(body)
	require.NoError(t, err)
	again, err := Parse(body)
	require.NoError(t, err)
	assert.NotSame(t, first, again)
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

// TestParseShared parses and walks the same bodies on many goroutines; run
// with -race, it shows that sharing a tree is safe.
func TestParseShared(t *testing.T) {
	bodies := []string{"<p>one</p>", "<ul><li>two</li></ul>", "<h2>three</h2><p>3</p>"}
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			for j := range 200 {
				root, err := Parse(bodies[(i+j)%len(bodies)])
				if err != nil {
					t.Error(err)
					return
				}
				for range root.Descendants() {
				}
			}
		})
	}
	wg.Wait()
}

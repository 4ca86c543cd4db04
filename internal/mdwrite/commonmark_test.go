package mdwrite

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/articlekit/article/internal/markdown"
	"github.com/articlekit/article/internal/testcorpus"
	"github.com/stretchr/testify/require"
)

// Floors of the CommonMark round trip: how many of the 655 spec examples'
// HTML, converted to Markdown with the default options and rendered back by
// the project's one Markdown reading (internal/markdown, GFM), comes back
// the same after normalizing. Measured; a change that lowers them fails.
// GFM's extended autolinks link the spec's bare URLs, which CommonMark
// leaves as text.
const (
	commonMarkFloorText = 582 // the default, pure CommonMark and GFM: 88.9 %
	commonMarkFloorRaw  = 630 // rawHTML(true): 96.2 %
)

type specExample struct {
	Markdown string `json:"markdown"`
	HTML     string `json:"html"`
	Example  int    `json:"example"`
	Section  string `json:"section"`
}

func loadSpec(t *testing.T) []specExample {
	t.Helper()
	specPath := testcorpus.SharedPath(t, "testdata/commonmark/spec.json")
	b, err := os.ReadFile(specPath)
	if os.IsNotExist(err) {
		t.Skip("no CommonMark spec at " + specPath)
	}
	require.NoError(t, err)
	var examples []specExample
	require.NoError(t, json.Unmarshal(b, &examples))
	require.NotEmpty(t, examples)
	return examples
}

// roundTrips reports whether html comes back the same through ToMarkdown
// with opts and the Markdown reading, raw HTML rendered, and the Markdown
// and HTML of the trip.
func roundTrips(t testing.TB, src string, opts ...option) (bool, string, string) {
	md, err := convert(src, opts...)
	require.NoError(t, err)
	out, err := markdown.ToHTML(md, true)
	require.NoError(t, err)
	return normalizeHTML(out) == normalizeHTML(src), md, out
}

func TestCommonMarkRoundTrip(t *testing.T) {
	examples := loadSpec(t)
	for _, mode := range []struct {
		name  string
		floor int
		opts  []option
	}{
		{"text", commonMarkFloorText, nil},
		{"raw", commonMarkFloorRaw, []option{rawHTML(true)}},
	} {
		t.Run(mode.name, func(t *testing.T) {
			same := 0
			failed := map[string][]int{}
			for _, ex := range examples {
				ok, md, out := roundTrips(t, ex.HTML, mode.opts...)
				if ok {
					same++
					continue
				}
				failed[ex.Section] = append(failed[ex.Section], ex.Example)
				if testing.Verbose() && os.Getenv("SPEC_SHOW") != "" {
					t.Logf("example %d (%s)\nhtml:\n%s\nmarkdown:\n%s\nback:\n%s\nwant: %s\ngot:  %s",
						ex.Example, ex.Section, ex.HTML, md, out, normalizeHTML(ex.HTML), normalizeHTML(out))
				}
			}
			share := float64(same) / float64(len(examples))
			t.Logf("CommonMark round trip, %s: %d of %d (%.1f%%)", mode.name, same, len(examples), 100*share)
			sections := make([]string, 0, len(failed))
			for s := range failed {
				sections = append(sections, s)
			}
			sort.Strings(sections)
			for _, s := range sections {
				t.Logf("  %-40s %s", s, fmt.Sprint(failed[s]))
			}
			require.GreaterOrEqual(t, same, mode.floor, "the round trip came back the same less often than measured")
		})
	}
}

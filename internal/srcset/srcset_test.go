package srcset

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

func TestCandidates(t *testing.T) {
	tests := []struct {
		set  string
		want []Candidate
	}{
		{"", nil},
		{" , ", nil},
		{"a.png", []Candidate{{"a.png", "", 0, 5}}},
		{"a.png 1x, b.png 2x", []Candidate{{"a.png", "1x", 0, 5}, {"b.png", "2x", 10, 15}}},
		{"a.png, b.png 640w", []Candidate{{"a.png", "", 0, 5}, {"b.png", "640w", 7, 12}}},
		{"a.png,b.png 640w", []Candidate{{"a.png,b.png", "640w", 0, 11}}}, // a comma inside a URL is the URL's
		{"/img/w_100,h_100/a.png 100w", []Candidate{{"/img/w_100,h_100/a.png", "100w", 0, 22}}},
		{"\n  a.png\t2x ,\n b.png", []Candidate{{"a.png", "2x", 3, 8}, {"b.png", "", 15, 20}}},
	}
	for _, tc := range tests {
		t.Run(tc.set, func(t *testing.T) {
			assert.Equal(t, tc.want, slices.Collect(Candidates(tc.set)))
		})
	}
}

// TestCandidatesPointIntoTheSet: every candidate's URL is set[Start:End],
// in order, non-empty, without white space, whatever the input.
func TestCandidatesPointIntoTheSet(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		set := rapid.StringMatching(`[a-z/., \t\n0-9wx]{0,40}`).Draw(t, "set")
		last := 0
		for c := range Candidates(set) {
			if c.URL == "" || c.Start < last || set[c.Start:c.End] != c.URL || strings.ContainsAny(c.URL, space) {
				t.Fatalf("candidate %+v of %q", c, set)
			}
			last = c.End
		}
	})
}

package sitetag

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"pgregory.net/rapid"
)

func TestStrip(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{`{{< figure src="/a.png" title="A" >}}`, ""},
		{"{{% note %}}Pin it.{{% /note %}}", "Pin it."},
		{"{{</* figure */>}} shows a shortcode", " shows a shortcode"},
		{"Welcome to {{ page.title }}, friend.", "Welcome to , friend."},
		{"{%- assign n = 3 -%}{% include a.html %}x", "x"},
		{"By {{ page.author | escape }} today", "By  today"},
		{"sets use {{ braces", "sets use {{ braces"},
		{"{{ open {% closed %}", "{{ open "},
		{"a { b } {c} %}", "a { b } {c} %}"},
		{"{", "{"},
		{"{{}}", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, Strip(tc.in))
		})
	}
}

// TestStripLaws: stripping keeps text without tags as it is, only ever
// removes, and leaves no tag to strip.
func TestStripLaws(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringMatching(`[a {}%<>]{0,30}`).Draw(t, "s")
		got := Strip(s)
		if !strings.Contains(s, "{{") && !strings.Contains(s, "{%") && got != s {
			t.Fatalf("Strip(%q) = %q changed text without tags", s, got)
		}
		if len(got) > len(s) || Strip(got) != got {
			t.Fatalf("Strip(%q) = %q, and again %q", s, got, Strip(got))
		}
	})
}

func TestIsSummaryDivider(t *testing.T) {
	assert.True(t, IsSummaryDivider("more"))
	assert.True(t, IsSummaryDivider(" more "))
	assert.False(t, IsSummaryDivider("more to come"))
	assert.False(t, IsSummaryDivider("MORE!"))
}

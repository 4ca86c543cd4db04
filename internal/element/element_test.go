package element

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html/atom"
)

func TestOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Kind
	}{
		{"p", Block}, {"h3", Block}, {"li", Block}, {"td", Block}, {"figcaption", Block},
		{"pre", Block}, {"xmp", Block}, {"section", Block},
		{"script", Hidden}, {"style", Hidden}, {"template", Hidden}, {"noscript", Hidden},
		{"iframe", Hidden}, {"svg", Hidden}, {"video", Hidden}, {"title", Hidden},
		{"a", Inline}, {"em", Inline}, {"span", Inline}, {"img", Inline}, {"math", Inline},
		{"textarea", Inline}, {"button", Inline}, {"select", Inline}, {"my-widget", Inline},
	} {
		assert.Equal(t, tc.want, Of(atom.Lookup([]byte(tc.name))), tc.name)
	}
}

// TestOfAgreesWithKinds: Of's table gives every atom its kind in kinds,
// and Inline to the atoms kinds does not hold.
func TestOfAgreesWithKinds(t *testing.T) {
	atoms := 0
	for v := range uint32(1 << 20) { // atoms are an offset in the atom text << 8 | a length
		a := atom.Atom(v)
		if s := a.String(); s == "" || atom.Lookup([]byte(s)) != a {
			continue
		}
		atoms++
		if Of(a) != kinds[a] {
			t.Fatalf("Of(%s) = %d, want %d", a, Of(a), kinds[a])
		}
	}
	assert.Greater(t, atoms, 300) // 369 in x/net v0.62
}

func TestNames(t *testing.T) {
	hidden := Names(Hidden)
	assert.Contains(t, hidden, "template")
	assert.NotContains(t, hidden, "p")
	assert.IsIncreasing(t, hidden)
	for _, name := range hidden {
		assert.False(t, IsVoid(atom.Lookup([]byte(name))), "a void element has no content to hide: %s", name)
	}
	for _, name := range Names(Block) {
		assert.Equal(t, Block, Of(atom.Lookup([]byte(name))), name)
	}
}

func TestIsVoid(t *testing.T) {
	for _, name := range []string{"br", "img", "hr", "input", "wbr", "source"} {
		assert.True(t, IsVoid(atom.Lookup([]byte(name))), name)
	}
	for _, name := range []string{"p", "a", "script", "video"} {
		assert.False(t, IsVoid(atom.Lookup([]byte(name))), name)
	}
}

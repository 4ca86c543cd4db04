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

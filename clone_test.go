package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClone(t *testing.T) {
	a := mustParse(t, "---\ntitle: T\ndate: 2024-01-02\ntags: [a]\ncategories: c\nauthors: [d]\nx: {list: [1, {y: 2}]}\n---\nBody")
	a.Summary = Summary{Sentences: []string{"s"}, Outline: []Heading{{2, "h"}}}
	b := a.Clone()
	assert.Equal(t, a, b)

	b.Title = "changed"
	b.Extra["x"].(map[string]any)["list"].([]any)[1].(map[string]any)["y"] = 3
	b.Summary.Sentences[0] = "changed"
	b.Summary.Outline[0].Text = "changed"
	b.keys[0] = "changed"
	b.Tags[0], b.Categories[0], b.Authors[0] = "changed", "changed", "changed"
	assert.Equal(t, "T", a.Title)
	assert.Equal(t, 2, a.Extra["x"].(map[string]any)["list"].([]any)[1].(map[string]any)["y"])
	assert.Equal(t, "s", a.Summary.Sentences[0])
	assert.Equal(t, "h", a.Summary.Outline[0].Text)
	assert.Equal(t, "title", a.keys[0])
	assert.Equal(t, []string{"a"}, a.Tags)
	assert.Equal(t, []string{"c"}, a.Categories)
	assert.Equal(t, []string{"d"}, a.Authors)

	assert.Nil(t, (&Article{}).Clone().Extra)
}

package article

import (
	"maps"
	"slices"
)

// Clone returns a deep copy of the article: changing the copy's Extra,
// Summary or fields leaves a untouched. The clone of nil is nil.
func (a *Article) Clone() *Article {
	if a == nil {
		return nil
	}
	b := *a
	b.Tags, b.Categories, b.Authors = slices.Clone(a.Tags), slices.Clone(a.Categories), slices.Clone(a.Authors)
	b.Extra = cloneValue(a.Extra).(map[string]any)
	b.Summary.Sentences = slices.Clone(a.Summary.Sentences)
	b.Summary.Outline = slices.Clone(a.Summary.Outline)
	b.keys = slices.Clone(a.keys)
	b.dates = slices.Clone(a.dates)
	return &b
}

// cloneValue deep-copies the maps and slices of an Extra value.
func cloneValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		if v == nil {
			return v
		}
		m := maps.Clone(v)
		for k, e := range m {
			m[k] = cloneValue(e)
		}
		return m
	case []any:
		if v == nil {
			return v
		}
		s := slices.Clone(v)
		for i, e := range s {
			s[i] = cloneValue(e)
		}
		return s
	}
	return v
}

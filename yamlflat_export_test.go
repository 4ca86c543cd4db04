package article

import "go.yaml.in/yaml/v3"

// YAMLField is a top-level field of a YAML front matter, for the external
// tests.
type YAMLField struct {
	Key  string
	Line int
	Node *yaml.Node
}

// FlatYAML decodes data, a YAML front matter starting on line firstLine of
// its file, by the fast path for flat ones; ok is false where it leaves
// data to yaml.v3.
func FlatYAML(data []byte, firstLine int) (fields []YAMLField, ok bool) {
	f, ok := flatYAML(data, firstLine)
	return yamlFields(f), ok
}

// TreeYAML decodes data as FlatYAML does, with yaml.v3.
func TreeYAML(data []byte, firstLine int) ([]YAMLField, error) {
	f, err := decodeYAMLTree(data, firstLine)
	return yamlFields(f), err
}

func yamlFields(fields []field) []YAMLField {
	out := make([]YAMLField, len(fields))
	for i, f := range fields {
		out[i] = YAMLField{Key: f.key, Line: f.line, Node: f.node}
	}
	return out
}

package article

import (
	"errors"
	"fmt"
	"slices"

	"go.yaml.in/yaml/v3"
)

// yamlBudget judges a YAML front matter, aliases expanded, before its
// values are decoded: against maxDepth, maxAliasNodes and yaml.v3's own
// rule for alias expansion ("document contains excessive aliasing"),
// applied to the front matter as a whole. yaml.v3 applies its rule to
// each decode, and each key is decoded on its own: without this, aliases
// spread over many keys expand a few megabytes into gigabytes.
type yamlBudget struct {
	firstLine int    // the file's line of the front matter's first line
	key       string // the top-level key being visited
	line      int    // and its line in the file
	nodes     int    // nodes visited, as yaml.v3 counts a decode's
	aliased   int    // of which reached through an alias
	inAliases int    // how many aliases lead to the node being visited
}

// errAliasing is the cause of an *Error for a YAML front matter whose
// aliases expand too much.
var errAliasing = errors.New("YAML: document contains excessive aliasing")

// field visits a top-level key and its value.
func (b *yamlBudget) field(k, v *yaml.Node, line int) error {
	b.key, b.line = k.Value, line
	if err := b.visit(k, 1); err != nil {
		return err
	}
	return b.visit(v, 1)
}

// visit counts n, at the given depth, and what it holds, as yaml.v3's
// decoder would (decoder.unmarshal, decoder.alias). An anchor whose value
// holds an alias to itself nests without end, past maxDepth.
func (b *yamlBudget) visit(n *yaml.Node, depth int) error {
	b.nodes++
	if b.inAliases > 0 {
		b.aliased++
	}
	if b.aliased > 100 && b.nodes > 1000 && float64(b.aliased)/float64(b.nodes) > allowedAliasRatio(b.nodes) {
		return &Error{Line: b.line, Key: b.key, Err: fmt.Errorf("%w: its aliases expand to far more than its text", errAliasing)}
	}
	if b.aliased > maxAliasNodes {
		return &Error{Line: b.line, Key: b.key, Err: fmt.Errorf("%w: its aliases expand to more than %d values", errAliasing, maxAliasNodes)}
	}
	if depth > maxDepth {
		line := b.firstLine + n.Line - 1
		if b.inAliases > 0 {
			line = b.line // not the line of an anchor elsewhere
		}
		return &Error{Line: line, Key: b.key, Err: fmt.Errorf("YAML: values nest deeper than %d levels", maxDepth)}
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		b.inAliases++
		err := b.visit(n.Alias, depth)
		b.inAliases--
		return err
	}
	for _, c := range n.Content {
		if err := b.visit(c, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// allowedAliasRatio is yaml.v3's (decode.go), which it does not export:
// the share of a decode's nodes that may come from alias expansion, 99 %
// for small documents down to 10 % for large ones.
func allowedAliasRatio(nodes int) float64 {
	const low, high = 400_000, 4_000_000
	switch {
	case nodes <= low:
		return 0.99
	case nodes >= high:
		return 0.10
	}
	return 0.99 - 0.89*float64(nodes-low)/float64(high-low)
}

// expandAliases returns n with each alias replaced by the node it names,
// copying only the nodes that hold an alias. Decoded on its own, each key
// would get a budget of its own from yaml.v3's rule, which is stricter
// than the same rule over the whole front matter; yamlBudget has judged
// the whole, and what is left for yaml.v3 to judge holds no alias.
func expandAliases(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return expandAliases(n.Alias)
	}
	var content []*yaml.Node // made at the first child that changes
	for i, c := range n.Content {
		e := expandAliases(c)
		if e != c && content == nil {
			content = slices.Clone(n.Content)
		}
		if content != nil {
			content[i] = e
		}
	}
	if content == nil {
		return n
	}
	copied := *n
	copied.Content = content
	return &copied
}

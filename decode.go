package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"
)

// field is one top-level front-matter key with its value and line.
type field struct {
	key   string
	line  int
	node  *yaml.Node // the value, for YAML: kept as a node for its source text
	value any        // the decoded value, for TOML and JSON
}

// decodeYAML decodes a YAML front matter: a flat one by flatYAML, any other
// by decodeYAMLTree.
func decodeYAML(data []byte, firstLine int) ([]field, error) {
	if fields, ok := flatYAML(data, firstLine); ok {
		return fields, nil
	}
	return decodeYAMLTree(data, firstLine)
}

// decodeYAMLTree decodes with go.yaml.in/yaml/v3 into nodes, which keep the
// line of every key and the source text of every scalar.
func decodeYAMLTree(data []byte, firstLine int) (fields []field, err error) {
	defer recoverDecoder(&err, firstLine) // yaml.v3 has panicked on malformed input before
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(err, data, firstLine)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, &Error{Line: firstLine + root.Line - 1, Err: errors.New("front matter is not a map of keys")}
	}
	var explicit map[string]bool // built at the first merge key, which alone needs it
	fields = make([]field, 0, len(root.Content)/2)
	budget := yamlBudget{firstLine: firstLine, nodes: 2} // yaml.v3 counts the document and its map
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		line := firstLine + k.Line - 1
		if err := budget.field(k, v, line); err != nil {
			return nil, err
		}
		if isMergeKey(k) {
			if explicit == nil {
				explicit = explicitKeys(root)
			}
			merged, err := mergedFields(v, line, explicit)
			if err != nil {
				return nil, err
			}
			fields = append(fields, merged...)
			continue
		}
		if k.Kind != yaml.ScalarNode {
			return nil, &Error{Line: line, Err: fmt.Errorf("a key is %s, not text", yamlKind(k))}
		}
		fields = append(fields, field{key: k.Value, line: line, node: v})
	}
	return fields, nil
}

func isMergeKey(k *yaml.Node) bool { return k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" }

// explicitKeys returns the keys a YAML map sets itself, its merge key
// among them: yaml.v3 lets no merged map set a key named "<<" either.
func explicitKeys(m *yaml.Node) map[string]bool {
	explicit := make(map[string]bool, len(m.Content)/2)
	for i := 0; i < len(m.Content); i += 2 {
		explicit[m.Content[i].Value] = true
	}
	return explicit
}

// mergedFields returns the fields a YAML merge key ("<<: *defaults") brings
// in: the keys of the map or maps it names, each with its own merge key
// resolved in turn, but for keys the front matter sets itself or an earlier
// map already gave, as yaml.v3 merges them.
func mergedFields(v *yaml.Node, line int, taken map[string]bool) ([]field, error) {
	m := yamlMerge{line: line, taken: taken, merged: make(map[*yaml.Node]bool)}
	err := m.add(v)
	return m.fields, err
}

// yamlMerge is the resolution of one merge key.
type yamlMerge struct {
	line   int
	taken  map[string]bool
	merged map[*yaml.Node]bool // true once a map is merged, false while it is
	fields []field
}

// add merges the map or maps v names: each map's own keys, then the maps
// its merge key names. A map merged again gives nothing new, so it is
// skipped, which keeps the work linear in the input; a map that merges
// itself is an error, as in yaml.v3.
func (m *yamlMerge) add(v *yaml.Node) error {
	sources := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		sources = v.Content
	}
	for _, src := range sources {
		for src.Kind == yaml.AliasNode {
			src = src.Alias
		}
		if src.Kind != yaml.MappingNode {
			return &Error{Line: m.line, Key: "<<", Err: fmt.Errorf("want a map to merge, not %s", yamlKind(src))}
		}
		if done, seen := m.merged[src]; seen {
			if !done {
				return &Error{Line: m.line, Key: "<<", Err: errors.New("a merged map merges itself")}
			}
			continue
		}
		m.merged[src] = false
		var inner *yaml.Node // the map's own merge key's value; the last one, as in yaml.v3
		for j := 0; j+1 < len(src.Content); j += 2 {
			switch k := src.Content[j]; {
			case isMergeKey(k):
				inner = src.Content[j+1]
			case k.Kind == yaml.ScalarNode && !m.taken[k.Value]:
				m.taken[k.Value] = true
				m.fields = append(m.fields, field{key: k.Value, line: m.line, node: src.Content[j+1]})
			}
		}
		if inner != nil {
			if err := m.add(inner); err != nil {
				return err
			}
		}
		m.merged[src] = true
	}
	return nil
}

var (
	yamlLine          = regexp.MustCompile(`^line (\d+): (.*)$`)
	yamlUnknownAnchor = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)
)

// yamlError turns a yaml.v3 error from decoding data into an *Error with
// the file's line.
func yamlError(err error, data []byte, firstLine int) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1 // of data
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		msg, line = m[2], yamlErrorLine(err, data, m[2])
	} else if m := yamlUnknownAnchor.FindStringSubmatch(msg); m != nil {
		line = aliasLine(data, m[1]) // yaml.v3 gives no line
	}
	return &Error{Line: firstLine + line - 1, Err: errors.New("YAML: " + msg)}
}

// yamlParserProblems are the problems yaml.v3's parser reports (the rest
// come from its scanner).
var yamlParserProblems = []string{
	"did not find expected <stream-start>", "did not find expected <document start>",
	"did not find expected node content", "did not find expected key",
	"did not find expected '-' indicator", "did not find expected ',' or ']'",
	"did not find expected ',' or '}'", "found undefined tag handle",
	"found duplicate %YAML directive", "found duplicate %TAG directive",
	"found incompatible YAML document",
}

// yamlErrorLine returns the line of data, from 1, that a problem yaml.v3
// reported in err is about.
//
// yaml.v3 names the line where what is open starts (a bracket, a quote, a
// block map), but takes a line 0 for none and then names the line it gave
// up on. For a bracket or a quote the start is wanted: decoding again with
// an empty line first leaves no line 0. For a block map or list whose next
// line does not fit, that line is wanted, which yaml.v3 names for the top
// level, starting on line 0. yaml.v3 counts the lines of its parser's
// problems from 0 and those of its scanner's from 1, and names the end of
// the input, past the last line, for what is open there.
func yamlErrorLine(err error, data []byte, problem string) int {
	shift := 0
	if problem != "did not find expected key" && problem != "did not find expected '-' indicator" {
		shift = 1
		err = yaml.Unmarshal(append([]byte{'\n'}, data...), new(yaml.Node))
	}
	line := -shift
	if m := yamlLine.FindStringSubmatch(strings.TrimPrefix(fmt.Sprint(err), "yaml: ")); m != nil {
		n, _ := strconv.Atoi(m[1])
		line += n
	}
	if slices.Contains(yamlParserProblems, problem) {
		line++
	}
	if strings.HasPrefix(problem, "found a tab character") {
		line = tabLine(data, line) // yaml.v3 names the line of the scalar the tab is in
	}
	lines := bytes.Count(bytes.TrimSuffix(data, []byte("\n")), []byte("\n")) + 1
	return min(max(line, 1), lines)
}

// tabLine returns the first line of data, from 1, after line from whose
// indentation holds a tab; from when there is none.
func tabLine(data []byte, from int) int {
	for i, l := range bytes.Split(data, []byte("\n")) {
		indent := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
		if i+1 > from && bytes.IndexByte(indent, '\t') >= 0 {
			return i + 1
		}
	}
	return from
}

// aliasLine returns the line of data, from 1, of the first alias *name: a
// "*name" that starts after white space or a flow indicator and ends
// before one, outside quotes as far as that tells. It returns 1 when none
// is found.
func aliasLine(data []byte, name string) int {
	alias := []byte("*" + name)
	for i := 0; ; {
		j := bytes.Index(data[i:], alias)
		if j < 0 {
			return 1
		}
		start, end := i+j, i+j+len(alias)
		if (start == 0 || isYAMLSeparator(data[start-1])) && (end == len(data) || isYAMLSeparator(data[end])) {
			return 1 + bytes.Count(data[:start], []byte("\n"))
		}
		i = start + 1
	}
}

// isYAMLSeparator reports whether c is white space or a flow indicator,
// which end an anchor's name.
func isYAMLSeparator(c byte) bool { return strings.IndexByte(" \t\r\n,[]{}", c) >= 0 }

// recoverDecoder turns a decoder's panic into an error, so that no input
// can crash the caller.
func recoverDecoder(err *error, line int) {
	if r := recover(); r != nil {
		*err = &Error{Line: line, Err: fmt.Errorf("front matter cannot be decoded: %v", r)}
	}
}

// decodeTOML decodes with github.com/BurntSushi/toml, whose metadata gives
// the keys in order but not their lines; those are found in the source.
func decodeTOML(data []byte, firstLine int) (fields []field, err error) {
	defer recoverDecoder(&err, firstLine)
	lines, err := scanTOML(data, firstLine)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	md, err := toml.Decode(string(data), &m)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{Line: firstLine + pe.Position.Line - 1, Err: errors.New("TOML: " + pe.Message)}
		}
		return nil, &Error{Line: firstLine, Err: err}
	}
	seen := make(map[string]bool, len(m))
	for _, k := range md.Keys() {
		if len(k) != 1 || seen[k[0]] { // each [[table]] of an array repeats its key
			continue
		}
		seen[k[0]] = true
		line, ok := lines[k[0]]
		if !ok {
			line = firstLine
		}
		fields = append(fields, field{key: k[0], line: line, value: normalize(m[k[0]])})
	}
	return fields, nil
}

// decodeJSON decodes a JSON object key by key, to know each key's line.
func decodeJSON(data []byte, firstLine int) ([]field, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		if err == nil {
			err = errors.New("front matter is not a JSON object")
		}
		return nil, jsonError(err, data, firstLine)
	}
	var fields []field
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, jsonError(err, data, firstLine)
		}
		key, _ := tok.(string)
		line := firstLine + bytes.Count(data[:dec.InputOffset()], []byte("\n"))
		var v any
		if err := dec.Decode(&v); err != nil {
			e := jsonError(err, data, firstLine)
			e.Key = key
			return nil, e
		}
		if tooDeep(v) {
			return nil, &Error{Line: line, Key: key, Err: fmt.Errorf("JSON: %w", errTooDeep)}
		}
		fields = append(fields, field{key: key, line: line, value: normalize(v)})
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonError(err, data, firstLine)
	}
	if rest := bytes.TrimSpace(data[dec.InputOffset():]); len(rest) > 0 {
		return nil, jsonError(errors.New("unexpected text after the JSON object"), data, firstLine)
	}
	return fields, nil
}

// errTooDeep refuses a value under a top-level key that nests past
// maxDepth, the key being the first level. The YAML and TOML readers check
// as they read; encoding/json and the decoders of WithFormats allow far
// deeper values (10,000 levels), which WriteTo would write as lines
// indented ever further, in size the square of the depth.
var errTooDeep = fmt.Errorf("values nest deeper than %d levels", maxDepth)

// tooDeep reports whether v, a top-level key's value, nests past maxDepth.
func tooDeep(v any) bool { return nestsDeeper(v, maxDepth-1) }

// nestsDeeper reports whether v holds maps and lists more than levels deep.
func nestsDeeper(v any, levels int) bool {
	deeper := func(x any) bool { return nestsDeeper(x, levels-1) }
	switch v := v.(type) {
	case map[string]any:
		return levels == 0 || slices.ContainsFunc(slices.Collect(maps.Values(v)), deeper)
	case []any:
		return levels == 0 || slices.ContainsFunc(v, deeper)
	}
	return false
}

// jsonError turns an encoding/json error into an *Error with the file's line.
func jsonError(err error, data []byte, firstLine int) *Error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &Error{Line: firstLine + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n")), Err: errors.New("JSON: " + se.Error())}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return &Error{Line: firstLine, Err: errors.New("JSON: the object is not closed")}
	}
	return &Error{Line: firstLine, Err: fmt.Errorf("JSON: %w", err)}
}

// normalize gives a decoded value the Go types YAML decoding gives, so that
// a value reads back the same after WriteTo: int for integers, float64,
// map[string]any, []any, and time.Time in UTC or a fixed zone.
func normalize(v any) any {
	switch v := v.(type) {
	case int64:
		return int(v)
	case json.Number:
		if i, err := strconv.Atoi(string(v)); err == nil {
			return i
		}
		f, _ := v.Float64()
		return f
	case time.Time:
		return canonicalTime(v)
	case map[string]any:
		for k, e := range v {
			v[k] = normalize(e)
		}
		return v
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			m[fmt.Sprint(k)] = normalize(e)
		}
		return m
	case []any:
		for i, e := range v {
			v[i] = normalize(e)
		}
		return v
	case []map[string]any:
		s := make([]any, len(v))
		for i, e := range v {
			s[i] = normalize(e)
		}
		return s
	}
	return v
}

// decoded returns the field's value as Extra holds it.
func (f *field) decoded() (any, error) {
	if f.node == nil {
		return f.value, nil
	}
	var v any
	if err := expandAliases(f.node).Decode(&v); err != nil {
		return nil, err
	}
	return normalize(v), nil
}

// text returns a scalar's text: YAML's source text, or a TOML or JSON
// string, number or bool; null is "".
func (f *field) text() (string, error) {
	if n := f.node; n != nil {
		for n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		if n.Kind != yaml.ScalarNode {
			return "", fmt.Errorf("want text, not %s", yamlKind(n))
		}
		if n.Tag == "!!null" {
			return "", nil
		}
		return n.Value, nil
	}
	switch v := f.value.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case int:
		return strconv.Itoa(v), nil
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), nil
	case time.Time:
		return v.Format(time.RFC3339Nano), nil
	}
	return "", fmt.Errorf("want text, not %s", goKind(f.value))
}

// isScalar reports whether the field's value is text, a number, a bool, a
// date or null: neither a list nor a map.
func (f *field) isScalar() bool {
	_, err := f.text()
	return err == nil
}

// list returns a list of texts: a list of scalars, or one text alone;
// null, "" and [] are no list.
func (f *field) list() ([]string, error) {
	var items []field
	if n := f.node; n != nil {
		for n.Kind == yaml.AliasNode {
			n = n.Alias
		}
		if n.Kind == yaml.SequenceNode {
			items = make([]field, len(n.Content))
			for i, c := range n.Content {
				items[i].node = c
			}
		}
	} else if l, ok := f.value.([]any); ok {
		items = make([]field, len(l))
		for i, e := range l {
			items[i].value = e
		}
	}
	if items == nil {
		s, err := f.text()
		if err != nil || s == "" {
			return nil, err
		}
		return []string{s}, nil
	}
	var texts []string
	for i := range items {
		s, err := items[i].text()
		if err != nil {
			return nil, err
		}
		texts = append(texts, s)
	}
	return texts, nil
}

// flag returns a boolean: true/false, yes/no, on/off, t/f or 1/0 in any
// case; empty or null is false.
func (f *field) flag() (bool, error) {
	if b, ok := f.value.(bool); ok && f.node == nil {
		return b, nil
	}
	s, err := f.text()
	if err != nil {
		return false, err
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "on", "t", "1":
		return true, nil
	case "false", "no", "off", "f", "0", "":
		return false, nil
	}
	return false, fmt.Errorf("cannot read %q as true or false", s)
}

// date returns a date: a native TOML date, or text in one of dateLayouts;
// empty or null is the zero time.
func (f *field) date() (time.Time, error) {
	if t, ok := f.value.(time.Time); ok && f.node == nil {
		return canonicalTime(t), nil
	}
	s, err := f.text()
	if err != nil {
		return time.Time{}, err
	}
	t, err := parseDate(s)
	if err != nil && f.node != nil && f.node.ShortTag() == "!!timestamp" {
		// A form YAML reads as a timestamp, such as 2001-2-3 4:05:06, is
		// a date too, as it would be in Extra. It is decoded into a time of
		// its own, which goes to the heap, so that t need not.
		var decoded time.Time
		if f.node.Decode(&decoded) == nil {
			return canonicalTime(decoded), nil
		}
	}
	return t, err
}

func yamlKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a map"
	case yaml.ScalarNode:
		return "a scalar"
	}
	return "a document"
}

func goKind(v any) string {
	switch v.(type) {
	case []any:
		return "a list"
	case map[string]any:
		return "a map"
	}
	return fmt.Sprintf("%T", v)
}

package article

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"go.yaml.in/yaml/v3"
)

// origin is the front matter a parsed Article was read from, which WriteTo
// writes back byte for byte while the fields it gave are unchanged, so
// that comments, key order and quoting survive.
type origin struct {
	format   *frontmatter.Format // nil for an Article built in code or a file without front matter
	text     string              // the file up to the end of the front matter
	start    int                 // the front matter's data is text[start:end]
	end      int
	line     int // the file's line of the data's first line
	siteKeys bool
}

func newOrigin(fm frontMatter, siteKeys bool) origin {
	if fm.format == nil {
		return origin{}
	}
	return origin{format: fm.format, text: string(fm.head), start: fm.start, end: fm.start + len(fm.data), line: fm.line, siteKeys: siteKeys}
}

// fields decodes the front matter again.
func (o *origin) fields() ([]field, error) {
	return decodeFields(frontMatter{format: o.format, data: []byte(o.text[o.start:o.end]), line: o.line})
}

// unchanged reports whether a's front-matter fields are still those its
// origin gives.
func (a *Article) unchanged() bool {
	o := &a.origin
	if o.text == "" {
		return false
	}
	fields, err := o.fields()
	if err != nil {
		return false
	}
	var b Article
	if assignFields(&b, fields, o.siteKeys) != nil {
		return false
	}
	for i := range typedFields {
		va, _ := typedFields[i].get(a)
		vb, _ := typedFields[i].get(&b)
		if !equalValue(va, vb) {
			return false
		}
	}
	return equalValue(a.Extra, b.Extra)
}

// equalValue reports whether two front-matter values are equal, dates
// when they are the same instant in the same offset.
func equalValue(x, y any) bool {
	switch x := x.(type) {
	case time.Time:
		y, ok := y.(time.Time)
		return ok && sameTime(x, y)
	case []any:
		y, ok := y.([]any)
		return ok && slices.EqualFunc(x, y, equalValue)
	case map[string]any:
		y, ok := y.(map[string]any)
		return ok && maps.EqualFunc(x, y, equalValue)
	case []string:
		y, ok := y.([]string)
		return ok && slices.Equal(x, y)
	}
	return reflect.DeepEqual(x, y)
}

// writeFrontMatter writes the front matter: as it was read while it is
// unchanged, else in the syntax and between the delimiters it came in
// (YAML between "---" lines for an Article built in code or a format of
// the caller's).
func (a *Article) writeFrontMatter(buf *bytes.Buffer) error {
	if a.unchanged() {
		buf.WriteString(a.origin.text)
		if a.origin.format == jsonObject {
			buf.WriteString("\n") // a JSON object ends at its brace, before the line end
		}
		return nil
	}
	entries, err := a.entries()
	if err != nil {
		return err
	}
	f := a.origin.format
	if f == nil {
		if len(entries) == 0 && !opensFrontMatter(a.Body) {
			return nil // a file without front matter, given back so
		}
		f = yamlFormat
	}
	if f != jsonObject {
		buf.WriteString(f.Start + "\n")
	}
	switch syntax(f) {
	case tomlFormat:
		err = a.writeTOML(buf, entries)
	case jsonFormat:
		err = a.writeJSON(buf, entries)
	default:
		err = a.writeYAML(buf, entries)
	}
	if err != nil {
		return err
	}
	if f != jsonObject {
		buf.WriteString(f.End + "\n")
	}
	return nil
}

// opensFrontMatter reports whether Parse would read the start of body as
// a front matter, so that it needs one before it.
func opensFrontMatter(body string) bool {
	fm, err := splitFrontMatter([]byte(body), nil, DefaultMaxFrontMatter) // one past the limit is a front matter too
	return err != nil || fm.format != nil
}

// entry is one key WriteTo writes and its value; field is the index of
// the typed field it holds, or -1 for a key of Extra.
type entry struct {
	key   string
	field int
	value any
}

// entries returns the keys WriteTo writes, in order: the typed fields that
// the file had or that are set, each under the key it came with, then
// Extra's keys, sorted. An Article built in code writes only the fields
// that are set.
func (a *Article) entries() ([]entry, error) {
	var entries []entry
	written := make(map[string]bool, len(typedFields)+len(a.Extra))
	add := func(e entry) error {
		if written[e.key] {
			return &Error{Path: a.Path, Key: e.key, Err: fmt.Errorf("key is written twice: Extra holds a key a typed field is written under")}
		}
		written[e.key] = true
		entries = append(entries, e)
		return nil
	}
	for i := range typedFields {
		v, zero := typedFields[i].get(a)
		absent := a.keys != nil && a.keys[i] == "" || a.keys == nil && a.origin.format == nil
		if zero && absent && !typedFields[i].takesFrom(a.Extra) {
			continue // absent from the file it came from, or never set
		}
		if err := add(entry{a.writtenKey(i), i, v}); err != nil {
			return nil, err
		}
	}
	for _, key := range slices.Sorted(maps.Keys(a.Extra)) {
		if slices.ContainsFunc(typedFields, func(tf typedField) bool { return tf.key == key }) {
			// Parse reads a typed field's own key as the field, whatever
			// key the field is written under: never as Extra.
			return nil, &Error{Path: a.Path, Key: key, Err: errors.New("a typed field's own key in Extra, where Parse reads it as the field")}
		}
		if err := add(entry{key, -1, a.Extra[key]}); err != nil {
			return nil, err
		}
	}
	return entries, nil
}

// takesFrom reports whether reading the field's key or an alias from
// extra would fill the field, or fail as a date that cannot be read: then
// WriteTo writes the field even empty, as Parse reads a field's own key
// first.
func (tf *typedField) takesFrom(extra map[string]any) bool {
	for k, v := range extra {
		if !strings.EqualFold(k, tf.key) && !slices.ContainsFunc(tf.aliases, func(alias string) bool { return strings.EqualFold(k, alias) }) {
			continue
		}
		var scratch Article
		f := field{key: k, value: v}
		if tf.set(&scratch, &f) == nil || tf.isDate() && f.isScalar() {
			return true
		}
	}
	return false
}

// listValue returns list field i's items as WriteTo writes them: one text
// alone (or "" for none) when the file gave one so and it still holds no
// more, else a list.
func (a *Article) listValue(i int, items []string) any {
	if a.scalars&(1<<i) != 0 && len(items) <= 1 {
		return strings.Join(items, "")
	}
	l := make([]any, len(items))
	for j, s := range items {
		l[j] = s
	}
	return l
}

// plainValue returns entry e's value as TOML, JSON and DecodeFrontMatter
// give it: a list field in its shape, Hugo's images as a list, and a typed
// date as date returns it, given the text the file wrote it as ("" when
// none was kept); a zero date is "".
func (a *Article) plainValue(e entry, date func(t time.Time, text string) any) any {
	if e.field < 0 {
		return e.value
	}
	v := e.value
	switch x := v.(type) {
	case []string:
		v = a.listValue(e.field, x)
	case time.Time:
		if v = ""; !x.IsZero() {
			v = date(x, a.dateText(e.field, x))
		}
	}
	if strings.EqualFold(e.key, listKey) {
		v = []any{v}
	}
	return v
}

// writeYAML writes the entries as a YAML map.
func (a *Article) writeYAML(buf *bytes.Buffer, entries []entry) error {
	m, err := a.yamlNode(entries)
	if err != nil || len(m.Content) == 0 {
		return err
	}
	enc := yaml.NewEncoder(buf)
	enc.SetIndent(2)
	if err := enc.Encode(m); err != nil {
		return &Error{Path: a.Path, Err: err}
	}
	if err := enc.Close(); err != nil {
		return &Error{Path: a.Path, Err: err}
	}
	return nil
}

// yamlNode builds the YAML map of the entries.
func (a *Article) yamlNode(entries []entry) (*yaml.Node, error) {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for _, e := range entries {
		var n *yaml.Node
		var err error
		if e.field >= 0 {
			n, err = a.typedNode(e.field, e.value)
			if err == nil && strings.EqualFold(e.key, listKey) {
				n = &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Content: []*yaml.Node{n}}
			}
		} else {
			n, err = valueNode(e.value)
		}
		if err != nil {
			return nil, &Error{Path: a.Path, Key: e.key, Err: err}
		}
		m.Content = append(m.Content, keyNode(e.key), n)
	}
	return m, nil
}

// writeTOML writes the entries as TOML: plain keys first, then tables,
// which hold every key after them. A date the file wrote as a TOML date is
// written as one.
func (a *Article) writeTOML(buf *bytes.Buffer, entries []entry) error {
	for _, tables := range []bool{false, true} {
		for _, e := range entries {
			v := a.plainValue(e, tomlDate)
			if isTOMLTable(v) != tables {
				continue
			}
			if err := checkTOMLValue(v); err != nil {
				return &Error{Path: a.Path, Key: e.key, Err: err}
			}
			if err := toml.NewEncoder(buf).Encode(map[string]any{e.key: v}); err != nil {
				return &Error{Path: a.Path, Key: e.key, Err: err}
			}
		}
	}
	return nil
}

// tomlDate is a typed date as TOML writes it: the file's text, or a TOML date.
func tomlDate(t time.Time, text string) any {
	if text != "" {
		return text
	}
	return t
}

// isTOMLTable reports whether TOML writes v as a table or an array of
// tables, after which no plain key can follow.
func isTOMLTable(v any) bool {
	switch v := v.(type) {
	case map[string]any:
		return true
	case []any:
		for _, e := range v {
			if _, ok := e.(map[string]any); !ok {
				return false
			}
		}
		return len(v) > 0
	}
	return false
}

// checkTOMLValue refuses what TOML cannot hold: null, which its encoder
// would leave out silently, and dates it cannot read back.
func checkTOMLValue(v any) error {
	switch v := v.(type) {
	case nil:
		return fmt.Errorf("TOML has no null")
	case time.Time:
		return checkYear(v)
	case []any:
		for _, e := range v {
			if err := checkTOMLValue(e); err != nil {
				return err
			}
		}
	case map[string]any:
		for _, e := range v {
			if err := checkTOMLValue(e); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeJSON writes the entries as a JSON object, two spaces deep. JSON has
// no dates: they are written as text.
func (a *Article) writeJSON(buf *bytes.Buffer, entries []entry) error {
	buf.WriteString("{")
	for i, e := range entries {
		v := a.plainValue(e, func(t time.Time, text string) any { return cmp.Or(text, formatDate(t)) })
		key, err := encodeJSON(e.key)
		if err == nil {
			v, err = encodeJSON(jsonFloats(v))
		}
		if err != nil {
			return &Error{Path: a.Path, Key: e.key, Err: err}
		}
		if i > 0 {
			buf.WriteString(",")
		}
		buf.WriteString("\n  " + key + ": " + v.(string))
	}
	buf.WriteString("\n}\n")
	return nil
}

// encodeJSON writes v as JSON indented to sit two spaces deep, without
// escaping <, > and &, which a front matter need not.
func encodeJSON(v any) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	err := enc.Encode(v)
	return strings.TrimSuffix(b.String(), "\n"), err
}

// DecodeFrontMatter decodes the whole front matter, every key under the
// name WriteTo writes it with, whatever syntax it came in, into v, as
// go.yaml.in/yaml/v3 decodes a YAML map (yaml struct tags).
func (a *Article) DecodeFrontMatter(v any) error {
	if a == nil {
		return ErrNilArticle
	}
	entries, err := a.entries()
	if err != nil {
		return err
	}
	m := &yaml.Node{Kind: yaml.MappingNode}
	for _, e := range entries {
		n, err := valueNode(a.plainValue(e, func(t time.Time, _ string) any { return t }))
		if err != nil {
			return &Error{Path: a.Path, Key: e.key, Err: err}
		}
		m.Content = append(m.Content, keyNode(e.key), n)
	}
	if err := decodeInto(m, v); err != nil {
		return &Error{Path: a.Path, Err: err}
	}
	return nil
}

// decodeInto decodes n into v, with yaml.v3's panics as errors: it panics
// on a nil or non-pointer v and on an interface that a map does not
// implement.
func decodeInto(n *yaml.Node, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("front matter cannot be decoded into %T: %v", v, r)
		}
	}()
	return n.Decode(v)
}

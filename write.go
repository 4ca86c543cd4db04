package article

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/articlekit/article/internal/ascii"

	"go.yaml.in/yaml/v3"
)

// WriteTo writes the article as a front-matter file. A parsed article's
// front matter is given back byte for byte while its fields are unchanged;
// else it is written in the syntax and between the delimiters it came in
// (YAML for an Article built in code or a format of WithFormats): the typed
// fields in the export layout's order, each under the key and in the shape (one
// text or a list) it was read in, then Extra's keys in sorted order. An
// Article built in code writes only the fields that are set. Then the body,
// an HTML or text body inside a fence. Parse reads it back to an equal
// Article, but for Path and Summary, which are not written, and dates in
// Extra of a JSON front matter, which JSON writes as text. A date that
// would not read back (a year outside 0 to 9999, or in Extra an offset
// with seconds, which YAML timestamps lack), and a null in TOML, are an
// *Error naming its key.
func (a *Article) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	if err := a.writeFile(&buf); err != nil {
		return 0, err
	}
	return buf.WriteTo(w)
}

// MarshalText returns what WriteTo writes.
func (a *Article) MarshalText() ([]byte, error) {
	var buf bytes.Buffer
	err := a.writeFile(&buf)
	return buf.Bytes(), err
}

func (a *Article) writeFile(buf *bytes.Buffer) error {
	if a == nil {
		return ErrNilArticle
	}
	if err := a.writeFrontMatter(buf); err != nil {
		return err
	}
	a.writeBody(buf)
	return nil
}

// typedNode encodes typed field i's value v. A date is written plain, or
// quoted where YAML needs it: as its file wrote it while it is unchanged,
// else as formatDate writes it, which parseDate reads back even for an
// offset with seconds, which no YAML timestamp has.
func (a *Article) typedNode(i int, v any) (*yaml.Node, error) {
	if items, ok := v.([]string); ok {
		return valueNode(a.listValue(i, items))
	}
	t, ok := v.(time.Time)
	if !ok {
		return valueNode(v)
	}
	if err := checkYear(t); err != nil {
		return nil, err
	}
	text := a.dateText(i, t)
	if text == "" {
		text = formatDate(t)
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Value: text}, nil
}

// valueNode encodes a value so that decoding reads back the same Go value:
// strings always quoted, floats always with a point or exponent, dates as
// YAML timestamps. A date no timestamp holds is an error.
func valueNode(v any) (*yaml.Node, error) {
	scalar := func(tag, value string) *yaml.Node {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
	}
	switch v := v.(type) {
	case nil:
		return scalar("!!null", "null"), nil
	case string:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v, Style: yaml.DoubleQuotedStyle}, nil
	case bool:
		return scalar("!!bool", strconv.FormatBool(v)), nil
	case int:
		return scalar("!!int", strconv.Itoa(v)), nil
	case float64:
		return scalar("!!float", formatFloat(v)), nil
	case time.Time:
		if err := checkYear(v); err != nil {
			return nil, err
		}
		if _, offset := v.Zone(); offset%60 != 0 {
			return nil, fmt.Errorf("cannot write %s: a YAML timestamp has no seconds in its offset", formatDate(v))
		}
		return scalar("!!timestamp", formatDate(v)), nil
	case []any:
		n := &yaml.Node{Kind: yaml.SequenceNode}
		for _, e := range v {
			en, err := valueNode(e)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, en)
		}
		return n, nil
	case map[string]any:
		n := &yaml.Node{Kind: yaml.MappingNode}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			en, err := valueNode(v[k])
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, keyNode(k), en)
		}
		return n, nil
	}
	var n yaml.Node // any other type: as yaml.v3 encodes it
	if err := n.Encode(v); err != nil {
		return scalar("!!str", fmt.Sprint(v)), nil
	}
	return &n, nil
}

// keyNode encodes a key as a string: plain when it is a simple name, as
// keys are, double-quoted otherwise (yaml.v3 would write a key holding a
// line break as a block that reads back otherwise).
func keyNode(key string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}
	if !isSimpleKey(key) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

func isSimpleKey(key string) bool {
	for i, c := range []byte(key) {
		if !ascii.IsLetter(c) && c != '_' && !(i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '.')) {
			return false
		}
	}
	return key != ""
}

// formatFloat writes a float that YAML reads back as a float: 3 as 3.0.
func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return ".inf"
	case math.IsInf(f, -1):
		return "-.inf"
	case math.IsNaN(f):
		return ".nan"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// writeBody writes the body in the layout it came in: fenced or bare. A
// body built in code, or whose format changed, has the export layout:
// HTML and text inside a fence, Markdown bare unless it would read back
// otherwise.
func (a *Article) writeBody(buf *bytes.Buffer) {
	if a.bareBody() {
		if a.Body != "" {
			buf.WriteString("\n" + a.Body + "\n")
		}
		return
	}
	f := fence(a.Body)
	info := string(a.Format)
	if info == "" {
		info = string(Markdown)
	}
	buf.WriteString("\n" + f + info + "\n" + a.Body + "\n" + f + "\n")
}

// bareBody reports whether writeBody writes the body without a fence: a
// Markdown body in the export layout, or any body that came bare, as long
// as Parse reads it back bare as the same body in the same format (a body
// turned into text, say, is fenced to stay text).
func (a *Article) bareBody() bool {
	format := cmp.Or(a.Format, Markdown)
	switch {
	case a.layout == fencedLayout:
		return false
	case a.layout == defaultLayout && format != Markdown:
		return false
	}
	body, read, _ := parseBody([]byte(a.Body), formatOfPath(a.Path))
	return body == a.Body && read == format
}

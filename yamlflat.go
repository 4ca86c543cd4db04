package article

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/articlekit/article/internal/ascii"

	"go.yaml.in/yaml/v3"
)

// flatYAML decodes a YAML front matter made only of "key: value" lines,
// the common case, without yaml.v3, which builds a whole event stream and
// node tree for it and is a large part of Parse's time. No library
// decodes this subset alone, hence the code by hand; it builds the very
// nodes yaml.v3 builds (FuzzFlatYAML compares them), so that every later
// step behaves alike.
//
// It accepts lines, CRLF or LF, empty or "key: value" with the key at the
// start of the line: ASCII letters, digits, '_' and '-', a letter or '_'
// first, each key once, 128 keys at most. A value, after ':', spaces and before trailing
// spaces, is one of
//   - nothing: null;
//   - a string in double quotes without a backslash, or in single quotes
//     without a quote doubled: text;
//   - a plain word or words starting with a letter or a non-ASCII
//     character: true, false and null as yaml.v3 spells them, else text;
//   - plain digits that yaml.v3 reads as a timestamp, or a decimal integer.
//
// Values hold no tab, control character, line break (NEL, U+2028, U+2029),
// byte order mark or invalid UTF-8, and a plain one no ": ", " #" or final
// ':'. For anything else ok is false, and yaml.v3 decodes the front
// matter, reporting its errors.
func flatYAML(data []byte, firstLine int) (fields []field, ok bool) {
	src := string(data) // one copy, which the keys and values share
	n := strings.Count(src, "\n") + 1
	fields = make([]field, 0, n)
	nodes := make([]yaml.Node, n)
	for i := 0; src != ""; i++ {
		var line string
		line, src, _ = strings.Cut(src, "\n")
		line = strings.TrimSuffix(line, "\r")
		if line == "" {
			continue
		}
		key, node, ok := flatLine(line)
		if !ok || len(fields) == maxFlatKeys || keyRepeated(fields, key) {
			return nil, false
		}
		node.Line = i + 1
		nodes[i] = node
		fields = append(fields, field{key: key, line: firstLine + i, node: &nodes[i]})
	}
	return fields, len(fields) > 0
}

// maxFlatKeys bounds the keys of a flat front matter, which keyRepeated
// compares each with each.
const maxFlatKeys = 128

// maxFlatKey bounds a key's length, well below the 1024 characters yaml.v3
// allows a key on one line.
const maxFlatKey = 128

// flatLine returns the key of a "key: value" line and the node of its
// value, but its Line; ok is false for any other line.
func flatLine(line string) (key string, n yaml.Node, ok bool) {
	k := 0
	for k < len(line) && (isKeyStart(line[k]) || k > 0 && (ascii.IsDigit(line[k]) || line[k] == '-')) {
		k++
	}
	if k == 0 || k > maxFlatKey || k == len(line) || line[k] != ':' {
		return "", n, false
	}
	rest := strings.TrimRight(line[k+1:], " ")
	if rest == "" {
		return line[:k], yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Column: k + 2}, true
	}
	v := strings.TrimLeft(rest, " ")
	if v == rest || !yamlPrintable(v) {
		return "", n, false
	}
	n = yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Column: k + 2 + len(rest) - len(v)}
	switch q := v[0]; q {
	case '"', '\'':
		if len(v) < 2 || v[len(v)-1] != q {
			return "", n, false
		}
		inner := v[1 : len(v)-1]
		if strings.IndexByte(inner, q) >= 0 || q == '"' && strings.IndexByte(inner, '\\') >= 0 {
			return "", n, false
		}
		n.Value, n.Style = inner, yaml.DoubleQuotedStyle
		if q == '\'' {
			n.Style = yaml.SingleQuotedStyle
		}
	default:
		if strings.Contains(v, ": ") || strings.Contains(v, " #") || v[len(v)-1] == ':' {
			return "", n, false
		}
		if n.Tag = plainTag(v); n.Tag == "" {
			return "", n, false
		}
		n.Value = v
	}
	return line[:k], n, true
}

func isKeyStart(c byte) bool { return ascii.IsLetter(c) || c == '_' }

// keyRepeated reports whether fields holds key already: yaml.v3 is left to
// decide what a repeated key means.
func keyRepeated(fields []field, key string) bool {
	for i := range fields {
		if fields[i].key == key {
			return true
		}
	}
	return false
}

// plainTag returns the tag yaml.v3 resolves a plain value to (resolve in
// its resolve.go), or "" where it is not known here.
func plainTag(v string) string {
	switch c := v[0]; {
	case ascii.IsDigit(c):
		if isYAMLTimestamp(v) {
			return "!!timestamp"
		}
		if len(v) <= 18 && (c != '0' || len(v) == 1) && strings.Trim(v, "0123456789") == "" {
			return "!!int"
		}
		return ""
	case ascii.IsLetter(c) || c >= utf8.RuneSelf:
		switch v {
		case "true", "True", "TRUE", "false", "False", "FALSE":
			return "!!bool"
		case "null", "Null", "NULL":
			return "!!null"
		}
		return "!!str"
	}
	return ""
}

// yamlTimestampLayouts are the layouts yaml.v3 reads a plain timestamp in,
// the date alone first: the common case, found without the error value
// each layout that fails allocates.
var yamlTimestampLayouts = []string{"2006-1-2", "2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999"}

// isYAMLTimestamp reports whether yaml.v3 reads a plain value as a
// timestamp: four digits and '-' first, then one of its layouts.
func isYAMLTimestamp(v string) bool {
	if len(v) < 5 || v[4] != '-' || strings.Trim(v[:4], "0123456789") != "" {
		return false
	}
	for _, layout := range yamlTimestampLayouts {
		if _, err := time.Parse(layout, v); err == nil {
			return true
		}
	}
	return false
}

// yamlPrintable reports whether s holds only characters that yaml.v3
// reads as themselves in a scalar on one line.
func yamlPrintable(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c >= ' ' && c < 0x7F {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < 0xA0, r == utf8.RuneError && size == 1, r == '\u2028', r == '\u2029', r == '\uFEFF', r == '\uFFFE', r == '\uFFFF':
			return false
		}
		i += size
	}
	return true
}

package article

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Front matter is text: WriteTo writes YAML, which holds UTF-8 text only,
// so Parse refuses bytes that are not, rather than accept what WriteTo
// could not write back.

// errNotText is the error for a decoded value that is not UTF-8 text, which
// in YAML only !!binary data can be.
var errNotText = errors.New("value is not UTF-8 text (binary data is kept only when it is text)")

// checkUTF8 refuses front matter that is not UTF-8, naming the line of the
// first bad byte. YAML and TOML refuse it too, but encoding/json turns it
// into U+FFFD: the file would be changed, not read.
func checkUTF8(fm frontMatter) error {
	if utf8.Valid(fm.data) {
		return nil
	}
	for i := 0; i < len(fm.data); {
		r, n := utf8.DecodeRune(fm.data[i:])
		if r == utf8.RuneError && n == 1 {
			line := fm.line + bytes.Count(fm.data[:i], []byte("\n"))
			return &Error{Line: line, Err: fmt.Errorf("front matter is not UTF-8 text: byte %#x", fm.data[i])}
		}
		i += n
	}
	return nil
}

// isText reports whether every string in a decoded value, map keys
// included, is UTF-8.
func isText(v any) bool {
	switch v := v.(type) {
	case string:
		return utf8.ValidString(v)
	case []any:
		for _, e := range v {
			if !isText(e) {
				return false
			}
		}
	case map[string]any:
		for k, e := range v {
			if !utf8.ValidString(k) || !isText(e) {
				return false
			}
		}
	}
	return true
}

package article

import (
	"bytes"
	"fmt"
)

// maxTOMLDepth bounds how deeply TOML arrays and inline tables may nest.
// github.com/BurntSushi/toml recurses once per level with no limit of its
// own, so a few megabytes of "[" would overflow the stack, which no recover
// catches; real front matter nests a handful of levels.
const maxTOMLDepth = 100

// checkTOMLDepth reports TOML that nests deeper than maxTOMLDepth, skipping
// strings and comments.
func checkTOMLDepth(data []byte, firstLine int) error {
	depth, line := 0, firstLine
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\n':
			line++
		case '#':
			i = lineEnd(data, i) - 1
		case '"', '\'':
			quote := string(data[i : i+1])
			if bytes.HasPrefix(data[i:], []byte(quote+quote+quote)) {
				quote += quote + quote
			}
			end := stringEnd(data[i+len(quote):], quote, c == '"')
			line += bytes.Count(data[i:min(i+len(quote)+end, len(data))], []byte("\n"))
			i += len(quote) + end
		case '[', '{':
			if depth++; depth > maxTOMLDepth {
				return &Error{Line: line, Err: fmt.Errorf("TOML: values nest deeper than %d levels", maxTOMLDepth)}
			}
		case ']', '}':
			depth--
		}
	}
	return nil
}

// stringEnd returns the offset in s of the last byte of the quote that
// closes a string, honouring backslash escapes in basic strings.
func stringEnd(s []byte, quote string, escapes bool) int {
	for i := 0; i < len(s); i++ {
		if escapes && s[i] == '\\' {
			i++
			continue
		}
		if bytes.HasPrefix(s[i:], []byte(quote)) {
			return i + len(quote) - 1
		}
	}
	return len(s)
}

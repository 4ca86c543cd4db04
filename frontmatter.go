package article

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// syntax is the language of a front matter.
type syntax int

const (
	noFrontMatter syntax = iota
	yamlSyntax
	tomlSyntax
	jsonSyntax
)

// delimiter is a line that opens a front matter, the lines that may close
// it, and the language between them; the same set adrg/frontmatter knows.
type delimiter struct {
	open   string
	closes []string
	syntax syntax
}

var delimiters = []delimiter{
	{"---", []string{"---", "..."}, yamlSyntax},
	{"---yaml", []string{"---", "..."}, yamlSyntax},
	{"+++", []string{"+++"}, tomlSyntax},
	{"---toml", []string{"---"}, tomlSyntax},
	{";;;", []string{";;;"}, jsonSyntax},
	{"---json", []string{"---"}, jsonSyntax},
}

// frontMatter is a file cut into its front matter and its body.
type frontMatter struct {
	syntax syntax
	data   []byte // the front matter between its delimiters
	line   int    // the file's line number of data's first line
	body   []byte // everything after the closing delimiter
}

// splitFrontMatter finds the front matter at the start of src, after any
// blank lines. It is written by hand rather than left to
// github.com/adrg/frontmatter, which compares trimmed lines and so closes a
// YAML front matter on an indented "---" inside a block string, silently
// turns an unclosed front matter into body, misses a YAML block closed by
// "...", and needs a blank line after a JSON object; YAML, Hugo and Jekyll
// only close on a delimiter at the start of a line.
func splitFrontMatter(src []byte) (frontMatter, error) {
	line := 1
	for pos := 0; pos < len(src); line++ {
		end := lineEnd(src, pos)
		text := bytes.TrimSpace(src[pos:end])
		if len(text) == 0 {
			pos = end + 1
			continue
		}
		if isJSONObjectStart(text) {
			return splitJSONObject(src, pos, line)
		}
		for _, d := range delimiters {
			if string(text) == d.open {
				return splitDelimited(src, d, end+1, line)
			}
		}
		break
	}
	return frontMatter{body: src}, nil
}

// splitDelimited finds the line that closes the front matter d opened on
// line openLine; its data starts at offset start.
func splitDelimited(src []byte, d delimiter, start, openLine int) (frontMatter, error) {
	line := openLine + 1
	for pos := start; pos < len(src); line++ {
		end := lineEnd(src, pos)
		if closesWith(src[pos:end], d.closes) {
			return frontMatter{syntax: d.syntax, data: src[start:pos], line: openLine + 1, body: src[min(end+1, len(src)):]}, nil
		}
		pos = end + 1
	}
	return frontMatter{}, &Error{Line: openLine, Err: fmt.Errorf("%w: no %q line closes the %q on this line", ErrUnclosed, d.closes[0], d.open)}
}

// closesWith reports whether line is one of the closing delimiters, at the
// start of the line with nothing but white space after it.
func closesWith(line []byte, closes []string) bool {
	for _, c := range closes {
		if rest, ok := bytes.CutPrefix(line, []byte(c)); ok && len(bytes.TrimSpace(rest)) == 0 {
			return true
		}
	}
	return false
}

// isJSONObjectStart reports whether a first line opens a Hugo-style JSON
// front matter: "{" alone or followed by a key, never a "{{" template.
func isJSONObjectStart(text []byte) bool {
	if text[0] != '{' {
		return false
	}
	rest := bytes.TrimSpace(text[1:])
	return len(rest) == 0 || rest[0] == '"' || rest[0] == '}'
}

// splitJSONObject cuts a front matter that is a bare JSON object starting at
// offset pos, on line line.
func splitJSONObject(src []byte, pos, line int) (frontMatter, error) {
	dec := json.NewDecoder(bytes.NewReader(src[pos:]))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return frontMatter{}, jsonError(err, src[pos:], line)
	}
	end := pos + int(dec.InputOffset())
	return frontMatter{syntax: jsonSyntax, data: src[pos:end], line: line, body: src[end:]}, nil
}

// lineEnd returns the offset of the newline ending the line that starts at
// pos, or len(src) for the last line.
func lineEnd(src []byte, pos int) int {
	if i := bytes.IndexByte(src[pos:], '\n'); i >= 0 {
		return pos + i
	}
	return len(src)
}

package article

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/articlekit/article/internal/ascii"
)

// scanTOML checks a TOML front matter against maxDepth and maxTOMLNames
// before github.com/BurntSushi/toml decodes it, and returns the line of
// each top-level key, which the decoder's metadata does not give. The
// decoder has no limits of its own: it recurses once per level, and its
// work for a key grows with the depth and length of the key's full name,
// so that 40 KB of "a.a.a…" exhausts memory, which no recover catches.
//
// It reads TOML only as far as keys, tables, arrays and strings go and
// leaves the rest to the decoder; each step moves on by at least one
// byte, so any input is scanned in linear time.
func scanTOML(data []byte, firstLine int) (map[string]int, error) {
	s := tomlScanner{data: data, line: firstLine, lines: make(map[string]int)}
	var table tomlPath // the [table] the keys of the following lines are in
	for s.skip() {
		start := s.i
		var err error
		if s.data[s.i] == '[' {
			table, err = s.header()
		} else {
			err = s.keyValue(table)
		}
		if err != nil {
			return nil, err
		}
		if s.i == start {
			s.i++ // not TOML: the decoder will say so
		}
	}
	return s.lines, nil
}

// tomlScanner is a position in a TOML front matter and what has been
// counted up to there.
type tomlScanner struct {
	data  []byte
	i     int
	line  int
	names int            // bytes of the full names spelled out so far
	lines map[string]int // top-level key → the first line that names it
}

// tomlPath is where a value sits: how deeply it nests, the length of its
// full name and the top-level key it is under, as written.
type tomlPath struct {
	depth, size int
	top         []byte
}

// header reads a [table] or [[array of tables]] header, the path of the
// keys that follow it.
func (s *tomlScanner) header() (tomlPath, error) {
	array := bytes.HasPrefix(s.data[s.i:], []byte("[["))
	s.i++
	if array {
		s.i++
	}
	p, err := s.key(tomlPath{})
	if err == nil && array {
		err = s.nest(&p) // each table of the array is an item of a list
	}
	return p, err
}

// keyValue reads "key = value" of a table whose path is p.
func (s *tomlScanner) keyValue(p tomlPath) error {
	k, err := s.key(p)
	if err != nil || k.depth == p.depth {
		return err
	}
	s.spaces()
	if s.i >= len(s.data) || s.data[s.i] != '=' {
		return nil
	}
	s.i++
	return s.value(k)
}

// key reads a dotted key under the path p and returns the key's path,
// which is p when no key starts here.
func (s *tomlScanner) key(p tomlPath) (tomlPath, error) {
	for {
		s.spaces()
		seg := s.segment()
		if len(seg) == 0 {
			return p, nil
		}
		if p.depth == 0 {
			p.top = seg
			s.noteLine(seg)
		}
		p.size += len(seg) + 1
		if err := s.nest(&p); err != nil {
			return p, err
		}
		if err := s.spell(p); err != nil {
			return p, err
		}
		s.spaces()
		if s.i >= len(s.data) || s.data[s.i] != '.' {
			return p, nil
		}
		s.i++
	}
}

// segment reads one segment of a key, bare, "basic" or 'literal', and
// returns it as written.
func (s *tomlScanner) segment() []byte {
	start := s.i
	if s.i < len(s.data) && (s.data[s.i] == '"' || s.data[s.i] == '\'') {
		s.str()
		return s.data[start:s.i]
	}
	for s.i < len(s.data) && isTOMLBareKeyByte(s.data[s.i]) {
		s.i++
	}
	return s.data[start:s.i]
}

// noteLine records the line of the top-level key seg, unless an earlier
// line named it.
func (s *tomlScanner) noteLine(seg []byte) {
	if _, seen := s.lines[string(seg)]; seen {
		return // without making a string of a key met before
	}
	key := tomlKeyText(seg)
	if _, seen := s.lines[key]; !seen {
		s.lines[key] = s.line
	}
}

// tomlKeyText returns the text of a key segment as written: bare, or in
// quotes that it takes off and escapes that it reads.
func tomlKeyText(seg []byte) string {
	if len(seg) < 2 || seg[0] != seg[len(seg)-1] || seg[0] != '"' && seg[0] != '\'' {
		return string(seg)
	}
	if seg[0] == '"' {
		if text, err := strconv.Unquote(string(seg)); err == nil {
			return text
		}
	}
	return string(seg[1 : len(seg)-1])
}

func isTOMLBareKeyByte(c byte) bool {
	return ascii.IsLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// value reads the value of the key whose path is p.
func (s *tomlScanner) value(p tomlPath) error {
	s.spaces()
	if s.i >= len(s.data) {
		return nil
	}
	switch s.data[s.i] {
	case '"', '\'':
		s.str()
	case '[':
		s.i++
		if err := s.nest(&p); err != nil {
			return err
		}
		return s.items(']', func() error { return s.value(p) })
	case '{':
		s.i++
		if err := s.spell(p); err != nil { // the decoder names each inline table
			return err
		}
		return s.items('}', func() error { return s.keyValue(p) })
	default:
		for s.i < len(s.data) && strings.IndexByte(" \t\r\n,[]{}#", s.data[s.i]) < 0 {
			s.i++ // a number, date or bool
		}
	}
	return nil
}

// items reads the items of an array or inline table, each with read, up to
// the closing byte end.
func (s *tomlScanner) items(end byte, read func() error) error {
	for s.skip() {
		switch start := s.i; s.data[s.i] {
		case end:
			s.i++
			return nil
		case ',':
			s.i++
		default:
			if err := read(); err != nil {
				return err
			}
			if s.i == start {
				s.i++
			}
		}
	}
	return nil
}

// str reads a string of any of TOML's four kinds.
func (s *tomlScanner) str() {
	c := s.data[s.i]
	quote := string(c)
	if bytes.HasPrefix(s.data[s.i:], []byte(quote+quote+quote)) {
		quote += quote + quote
	}
	end := min(s.i+len(quote)+stringEnd(s.data[s.i+len(quote):], quote, c == '"')+1, len(s.data))
	s.line += bytes.Count(s.data[s.i:end], []byte("\n"))
	s.i = end
}

// nest takes p one level deeper, refusing a level past maxDepth.
func (s *tomlScanner) nest(p *tomlPath) error {
	if p.depth++; p.depth > maxDepth {
		return &Error{Line: s.line, Key: tomlKeyText(p.top), Err: fmt.Errorf("TOML: values nest deeper than %d levels", maxDepth)}
	}
	return nil
}

// spell counts the full name of p, spelled out by the decoder, against
// maxTOMLNames.
func (s *tomlScanner) spell(p tomlPath) error {
	if s.names += p.size + tomlSegmentCost*p.depth; s.names > maxTOMLNames {
		return &Error{Line: s.line, Key: tomlKeyText(p.top), Err: fmt.Errorf("TOML: the keys, each spelled out in full with its tables, total more than %d bytes", maxTOMLNames)}
	}
	return nil
}

// skip moves past white space, line breaks and comments, and reports
// whether anything is left.
func (s *tomlScanner) skip() bool {
	for ; s.i < len(s.data); s.i++ {
		switch s.data[s.i] {
		case ' ', '\t', '\r':
		case '\n':
			s.line++
		case '#':
			s.i = lineEnd(s.data, s.i) - 1
		default:
			return true
		}
	}
	return false
}

// spaces moves past spaces and tabs.
func (s *tomlScanner) spaces() {
	for s.i < len(s.data) && (s.data[s.i] == ' ' || s.data[s.i] == '\t') {
		s.i++
	}
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

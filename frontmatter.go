package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"

	"github.com/adrg/frontmatter"
)

// The front-matter formats Parse knows, adrg/frontmatter's default set,
// built with frontmatter.NewFormat. Their unmarshal functions decode into a
// *decoded: the top-level fields with their lines in the file.
var (
	yamlFormat      = frontmatter.NewFormat("---", "---", unmarshalYAML)
	yamlNamedFormat = frontmatter.NewFormat("---yaml", "---", unmarshalYAML)
	tomlFormat      = frontmatter.NewFormat("+++", "+++", unmarshalTOML)
	tomlNamedFormat = frontmatter.NewFormat("---toml", "---", unmarshalTOML)
	jsonFormat      = frontmatter.NewFormat(";;;", ";;;", unmarshalJSON)
	jsonNamedFormat = frontmatter.NewFormat("---json", "---", unmarshalJSON)
	// jsonObject is Hugo's bare JSON object, found by isJSONObjectStart.
	jsonObject = &frontmatter.Format{Start: "{", End: "}", Unmarshal: unmarshalJSON, UnmarshalDelims: true}

	builtinFormats = []*frontmatter.Format{yamlFormat, yamlNamedFormat, tomlFormat, tomlNamedFormat, jsonFormat, jsonNamedFormat}
)

// decoded is what the built-in formats' unmarshal functions decode into.
type decoded struct {
	line   int // the file's line of the data's first line
	fields []field
}

func unmarshalYAML(data []byte, v any) (err error) {
	d := v.(*decoded)
	d.fields, err = decodeYAML(data, d.line)
	return err
}

func unmarshalTOML(data []byte, v any) (err error) {
	d := v.(*decoded)
	d.fields, err = decodeTOML(data, d.line)
	return err
}

func unmarshalJSON(data []byte, v any) (err error) {
	d := v.(*decoded)
	d.fields, err = decodeJSON(data, d.line)
	return err
}

// syntax is the language WriteTo writes a front matter of format f in: a
// built-in format's own, YAML for a format of the caller's (WithFormats).
func syntax(f *frontmatter.Format) *frontmatter.Format {
	switch f {
	case tomlFormat, tomlNamedFormat:
		return tomlFormat
	case jsonFormat, jsonNamedFormat, jsonObject:
		return jsonFormat
	}
	return yamlFormat
}

// frontMatter is a file cut into its front matter and its body.
type frontMatter struct {
	format *frontmatter.Format // nil when there is none
	head   []byte              // the file up to the end of the closing delimiter's line
	data   []byte              // the front matter between its delimiters
	start  int                 // data's offset in head
	line   int                 // the file's line number of data's first line
	body   []byte              // everything after the closing delimiter
}

// splitFrontMatter finds the front matter at the start of src, after any
// blank lines, opened by a line that is one of formats' Start (the
// caller's first, then the built-in ones). The cutting is done here
// rather than by frontmatter.Parse, which compares trimmed lines and so
// closes a YAML front matter on an indented "---" inside a block string,
// silently turns an unclosed front matter into body, misses a YAML block
// closed by "...", needs a blank line after a JSON object, and copies the
// whole file line by line; YAML, Hugo and Jekyll only close on a delimiter
// at the start of a line. A front matter of more than limit bytes is an
// error, found before any decoder reads it.
func splitFrontMatter(src []byte, formats []*frontmatter.Format, limit int64) (frontMatter, error) {
	line := 1
	for pos := 0; pos < len(src); line++ {
		end := lineEnd(src, pos)
		text := bytes.TrimSpace(src[pos:end])
		if len(text) == 0 {
			pos = end + 1
			continue
		}
		if f := startedBy(text, formats); f != nil {
			fm, err := splitDelimited(src, f, pos, end, line)
			if err == nil && int64(len(fm.data)) > limit {
				return frontMatter{}, frontMatterTooLarge(fm.line, strconv.Itoa(len(fm.data)), limit)
			}
			return fm, err
		}
		if isJSONObjectStart(text) {
			return splitJSONObject(src, pos, line, limit)
		}
		break
	}
	return frontMatter{body: src}, nil
}

// startedBy returns the format whose Start is text, one of formats or else
// a built-in one, or nil.
func startedBy(text []byte, formats []*frontmatter.Format) *frontmatter.Format {
	for _, set := range [][]*frontmatter.Format{formats, builtinFormats} {
		for _, f := range set {
			if string(text) == f.Start {
				return f
			}
		}
	}
	return nil
}

// splitDelimited finds the line that closes the front matter f opened on
// line openLine, which spans src[open:openEnd].
func splitDelimited(src []byte, f *frontmatter.Format, open, openEnd, openLine int) (frontMatter, error) {
	start := min(openEnd+1, len(src))
	line := openLine + 1
	for pos := start; pos < len(src); line++ {
		end := lineEnd(src, pos)
		if closes(f, src[pos:end]) && (!f.RequiresNewLine || blankLineAfter(src, end)) {
			fm := frontMatter{format: f, head: src[:min(end+1, len(src))], data: src[start:pos], start: start, line: openLine + 1, body: src[min(end+1, len(src)):]}
			if f.UnmarshalDelims {
				fm.data, fm.start, fm.line = src[open:end], open, openLine
			}
			return fm, nil
		}
		pos = end + 1
	}
	return frontMatter{}, &Error{Line: openLine, Err: fmt.Errorf("%w: no %q line closes the %q on this line", ErrUnclosed, f.End, f.Start)}
}

// closes reports whether line closes a front matter of format f: its End,
// or "..." for YAML, at the start of the line with nothing but white space
// after it.
func closes(f *frontmatter.Format, line []byte) bool {
	if closesWith(line, f.End) {
		return true
	}
	return (f == yamlFormat || f == yamlNamedFormat) && closesWith(line, "...")
}

func closesWith(line []byte, c string) bool {
	rest, ok := bytes.CutPrefix(line, []byte(c))
	return ok && len(bytes.TrimSpace(rest)) == 0
}

// blankLineAfter reports whether the line after the one ending at end is
// blank or absent, as a format's RequiresNewLine asks.
func blankLineAfter(src []byte, end int) bool {
	if end+1 >= len(src) {
		return true
	}
	return len(bytes.TrimSpace(src[end+1:lineEnd(src, end+1)])) == 0
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
// offset pos, on line line. It ends where the object ends, with or without
// a blank line after it.
func splitJSONObject(src []byte, pos, line int, limit int64) (frontMatter, error) {
	// The object's end is found by reading it, so no more than the limit
	// and one byte is read: a longer object is too large.
	window := src[pos:]
	if int64(len(window)) > limit {
		window = window[:limit+1]
	}
	dec := json.NewDecoder(bytes.NewReader(window))
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) && len(window) < len(src)-pos {
			return frontMatter{}, frontMatterTooLarge(line, "more than "+strconv.FormatInt(limit, 10), limit)
		}
		return frontMatter{}, jsonError(err, src[pos:], line)
	}
	end := pos + int(dec.InputOffset())
	return frontMatter{format: jsonObject, head: src[:end], data: src[pos:end], start: pos, line: line, body: src[end:]}, nil
}

// decodeFields decodes a front matter into its top-level fields, in order,
// with their lines in the file: with the format's unmarshal function for a
// built-in format, into a map for one of the caller's, whose unmarshal
// function knows no lines, so that every key has the front matter's line.
func decodeFields(fm frontMatter) (_ []field, err error) {
	switch {
	case fm.format == nil:
		return nil, nil
	case fm.format == jsonObject || slices.Contains(builtinFormats, fm.format):
		d := decoded{line: fm.line}
		err := fm.format.Unmarshal(fm.data, &d)
		return d.fields, err
	}
	defer recoverDecoder(&err, fm.line)
	var m map[string]any
	if err := fm.format.Unmarshal(fm.data, &m); err != nil {
		return nil, &Error{Line: fm.line, Err: err}
	}
	fields := make([]field, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		v := normalize(m[k])
		if tooDeep(v) {
			return nil, &Error{Line: fm.line, Key: k, Err: errTooDeep}
		}
		fields = append(fields, field{key: k, line: fm.line, value: v})
	}
	return fields, nil
}

// lineEnd returns the offset of the newline ending the line that starts at
// pos, or len(src) for the last line.
func lineEnd(src []byte, pos int) int {
	if i := bytes.IndexByte(src[pos:], '\n'); i >= 0 {
		return pos + i
	}
	return len(src)
}

// frontMatterTooLarge is the error for a front matter of size bytes, at
// its first line, past limit.
func frontMatterTooLarge(line int, size string, limit int64) *Error {
	return &Error{Line: line, Err: fmt.Errorf("front matter of %s bytes: %w of %d bytes for front matter (WithMaxFrontMatter)", size, ErrTooLarge, limit)}
}

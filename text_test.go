package article

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// encodeUTF16 writes s as UTF-16 in byte order o, with a byte-order mark.
func encodeUTF16(s string, o binary.AppendByteOrder) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune("\uFEFF" + s)) {
		out = o.AppendUint16(out, u)
	}
	return out
}

// elf is the start of an x86-64 ELF executable.
var elf = append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 500)...)

func TestParseText(t *testing.T) {
	const file = "---\r\ntitle: \"Ünïcödé 苹果 🍎\"\r\n---\r\nBody ✓\r\n"
	tests := []struct {
		name  string
		src   []byte
		title string
		body  string
	}{
		{"utf-16 le", encodeUTF16(file, binary.LittleEndian), "Ünïcödé 苹果 🍎", "Body ✓"},
		{"utf-16 be", encodeUTF16(file, binary.BigEndian), "Ünïcödé 苹果 🍎", "Body ✓"},
		{"utf-16 le, two marks", encodeUTF16("\uFEFF"+file, binary.LittleEndian), "Ünïcödé 苹果 🍎", "Body ✓"},
		{"two utf-8 marks", []byte("\uFEFF\uFEFF" + file), "Ünïcödé 苹果 🍎", "Body ✓"},
		{"three utf-8 marks", []byte("\uFEFF\uFEFF\uFEFF" + file), "Ünïcödé 苹果 🍎", "Body ✓"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(bytes.NewReader(tc.src))
			require.NoError(t, err)
			assert.Equal(t, tc.title, a.Title)
			assert.Equal(t, tc.body, a.Body)
		})
	}
}

func TestParseBinary(t *testing.T) {
	tests := []struct {
		name string
		src  []byte
	}{
		{"elf", elf},
		{"NUL in the body", []byte("---\ntitle: T\n---\nab\x00cd")},
		{"NUL in the front matter", []byte("---\ntitle: T\x00\n---\n")},
		{"utf-16 without a mark", encodeUTF16("---\ntitle: T\n---\n", binary.LittleEndian)[2:]},
		{"NUL after a utf-8 mark", []byte("\uFEFF\x00")},
		{"NUL in utf-16 text", encodeUTF16("a\x00b", binary.BigEndian)},
		{"NUL past the first 8000 bytes", []byte("---\ntitle: T\n---\n" + strings.Repeat("x", 8000) + "\x00")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(bytes.NewReader(tc.src), WithPath("bin/x.md"))
			assert.Nil(t, a)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, &Error{Path: "bin/x.md", Err: ErrBinary}, e)
		})
	}
}

func TestParseFSBinaryFileIsItsError(t *testing.T) {
	fsys := fstest.MapFS{"b.md": {Data: elf}}
	for i := range 20 {
		fsys[fmt.Sprintf("a-%02d.md", i)] = &fstest.MapFile{Data: []byte(yamlHead)}
	}
	n := 0
	for a, err := range ParseFS(fsys, "*.md", WithWorkers(4)) {
		if n == 20 {
			assert.Nil(t, a)
			assert.ErrorIs(t, err, ErrBinary)
			assert.EqualError(t, err, "b.md: "+ErrBinary.Error())
		} else {
			assert.NoError(t, err)
		}
		n++
	}
	assert.Equal(t, 21, n)
}

package article

import (
	"bytes"

	"golang.org/x/text/encoding/unicode"
)

var (
	bom = []byte("\uFEFF") // a byte-order mark in UTF-8

	utf16LE = []byte{0xFF, 0xFE} // the byte-order marks of UTF-16
	utf16BE = []byte{0xFE, 0xFF}

	// utf16WithBOM decodes UTF-16 in the byte order its mark gives, dropping
	// the mark.
	utf16WithBOM = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
)

// decodeText returns src as UTF-8 without leading byte-order marks, or
// ErrBinary. UTF-16 with a mark is decoded; every leading UTF-8 mark goes,
// since an editor that adds one can add it to a file that has one. A NUL
// is searched for in the whole text, not only its first 8000 bytes as git
// does: WriteTo may write the front matter shorter, moving a later NUL
// into them, and Parse must not refuse what it wrote.
func decodeText(src []byte) ([]byte, error) {
	if bytes.HasPrefix(src, utf16LE) || bytes.HasPrefix(src, utf16BE) {
		var err error
		if src, err = utf16WithBOM.NewDecoder().Bytes(src); err != nil {
			return nil, err
		}
	}
	for bytes.HasPrefix(src, bom) {
		src = src[len(bom):]
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, ErrBinary
	}
	return src, nil
}

package ascii

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// TestClasses holds each class to the unicode package's, byte by byte.
func TestClasses(t *testing.T) {
	for c := range 256 {
		r := rune(c)
		ascii := r < 0x80
		assert.Equal(t, ascii && unicode.IsDigit(r), IsDigit(byte(c)), "%q", r)
		assert.Equal(t, ascii && unicode.IsLetter(r), IsLetter(byte(c)), "%q", r)
	}
}

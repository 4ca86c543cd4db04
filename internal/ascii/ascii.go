// Package ascii classifies bytes of ASCII text, for the loops over bytes
// that the front matter, the summarizer and the Markdown writer share.
package ascii

// IsDigit reports whether c is '0' to '9'.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

// IsLetter reports whether c is an ASCII letter, in either case.
func IsLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

package article

import (
	"errors"
	"strconv"
	"strings"

	"github.com/articlekit/article/internal/markdown"
)

// Error is a problem in one article: where it is and what went wrong.
// Parse, ParseFile, ParseFS and Validate report problems as *Error, so
// callers can use errors.As to read the path, line and key.
type Error struct {
	Path string // the file, "" for a reader
	Line int    // 1-based line in the file, 0 when not known
	Key  string // the front-matter key, "" when the problem is not in one key
	Err  error  // what went wrong
}

// Error returns the problem as "path:line: key: cause", leaving out the
// parts that are not known.
func (e *Error) Error() string {
	var b strings.Builder
	switch {
	case e.Path != "" && e.Line > 0:
		b.WriteString(e.Path + ":" + strconv.Itoa(e.Line) + ": ")
	case e.Path != "":
		b.WriteString(e.Path + ": ")
	case e.Line > 0:
		b.WriteString("line " + strconv.Itoa(e.Line) + ": ")
	}
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errors that Parse wraps in an *Error; test for them with errors.Is.
var (
	// ErrTooLarge is reported for input over the size limit (WithMaxSize).
	ErrTooLarge = errors.New("input is larger than the size limit")
	// ErrUnclosed is reported for front matter that has no closing delimiter.
	ErrUnclosed = errors.New("front matter is not closed")
	// ErrBinary is reported for input that is not text: input that holds a
	// NUL byte, as git and file(1) judge binary files. UTF-16 with a
	// byte-order mark is text, decoded to UTF-8 before the check.
	ErrBinary = errors.New("input is binary, not text")
	// ErrTooComplex is reported by Sanitize and the transforms for a
	// Markdown body that a line nests more than MaxMarkdownNesting quotes
	// and list items deep, that would make a tree of more than
	// MaxMarkdownNodes nodes, or whose paragraphs hold more inline markup
	// than can be read in time linear in the body's size (see the README's
	// Limits).
	ErrTooComplex = markdown.ErrTooComplex
)

// MaxMarkdownNesting is how many block quotes and list items one line of a
// Markdown body may open.
const MaxMarkdownNesting = 100

// MaxMarkdownNodes bounds the nodes (elements and runs of text) of a
// Markdown body's tree, estimated from above before it is read: one a line
// and one a container it opens, one a byte of inline markup or table
// cell, three an '@' or ':' of an address GFM links. Each node costs some
// 700 bytes in the trees of the reading and its rendering; 4 MB of prose
// or 50,000 list items fit.
const MaxMarkdownNodes = 100_000

// ErrNilArticle is returned by Validate, WriteTo, MarshalText,
// UnmarshalJSON and every Transform when given a nil *Article, instead of
// a panic; Clone returns nil for nil.
var ErrNilArticle = errors.New("article is nil")

// Problems lists the problems err holds: the errors joined in it with
// errors.Join, as Validate joins them, each in turn, or err itself when it
// joins nothing. It returns nil for a nil err.
func Problems(err error) []error {
	if err == nil {
		return nil
	}
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var problems []error
	for _, e := range joined.Unwrap() {
		problems = append(problems, Problems(e)...)
	}
	return problems
}

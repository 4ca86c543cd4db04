// Package srcset reads the image candidates of a srcset attribute as
// HTML's parser does. No library the project uses reads them, and both
// the Markdown writer (which picks the largest image) and ResolveURLs
// (which rewrites every URL) need the same reading.
package srcset

import (
	"iter"
	"strings"
)

// space is HTML's ASCII white space.
const space = " \t\n\r\f"

// Candidate is one image candidate of a srcset: its URL, which is
// set[Start:End], and its descriptor ("2x", "640w" or "").
type Candidate struct {
	URL        string
	Descriptor string
	Start, End int
}

// Candidates yields the candidates of set in order. A URL runs to white
// space; commas that end it separate it from the next candidate, else its
// descriptor runs to the next comma.
func Candidates(set string) iter.Seq[Candidate] {
	return func(yield func(Candidate) bool) {
		for at := 0; ; {
			at += len(set[at:]) - len(strings.TrimLeft(set[at:], space+","))
			if at == len(set) {
				return
			}
			end := strings.IndexAny(set[at:], space)
			if end < 0 {
				end = len(set) - at
			}
			u := strings.TrimRight(set[at:at+end], ",")
			c := Candidate{URL: u, Start: at, End: at + len(u)}
			at = c.End
			if len(u) == end { // not ended by commas: a descriptor may follow
				next := strings.IndexByte(set[at:], ',')
				if next < 0 {
					next = len(set) - at
				}
				c.Descriptor = strings.Trim(set[at:at+next], space)
				at += next
			}
			if !yield(c) {
				return
			}
		}
	}
}

package mdwrite

import (
	"bytes"
	"regexp"
	"strings"
)

// linkifyURL is the URL that GFM's extended autolinks find in text, as
// goldmark's Linkify extension (extension/linkify.go, MIT) matches it: its
// path may hold [, ], (, ), `, ~, ! and more, so Markdown written right
// after such a URL can be read as part of it.
var linkifyURL = regexp.MustCompile(`^(?:http|https|ftp)://[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-z]+(?::\d+)?(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=\(\);,'">\^{}\[\]` + "`" + `]*)?`)

// maxBareURL bounds how far back endBareURL looks for the start of a URL,
// so that text without white space costs linear time.
const maxBareURL = 2048

// endBareURL keeps a URL that the inline Markdown ends with from running
// into the syntax about to be written after it, which starts with next:
// where goldmark's Linkify would take "https://x.org/" and "[y](/y)" for
// one link, the URL is written as a CommonMark autolink, <https://x.org/>,
// which GFM reads as the link it would have made of it anyway; a URL with
// a >, which no autolink holds, is ended by escaping the >.
func (c *mdConverter) endBareURL(next byte) {
	if c.bareTo != len(c.inl) {
		return // the Markdown does not end with text
	}
	start := len(c.inl)
	for start > c.bareFrom && isURLByte(c.inl[start-1]) {
		if len(c.inl)-start == maxBareURL {
			return
		}
		start--
	}
	// Linkify looks for a URL after white space, *, _, ~ and (; the first
	// it finds takes what follows it in its path.
	for p := start; p < len(c.inl); p++ {
		before := byte(' ')
		if p > 0 {
			before = c.inl[p-1]
		}
		if strings.IndexByte(" \n*_~(", before) < 0 || !hasURLScheme(c.inl[p:]) {
			continue
		}
		url := c.inl[p:]
		m := linkifyURL.Find(append(url[:len(url):len(url)], next))
		if m == nil {
			continue
		}
		if len(m) <= len(url) {
			return
		}
		if gt := bytes.IndexByte(url, '>'); gt >= 0 {
			// An autolink cannot hold a >; escaped, it ends the URL.
			c.insert(p+gt, '\\')
			return
		}
		c.insert(p, '<')
		c.inl = append(c.inl, '>')
		return
	}
}

// insert inserts b into the inline Markdown at i.
func (c *mdConverter) insert(i int, b byte) {
	c.inl = append(c.inl[:i+1], c.inl[i:]...)
	c.inl[i] = b
	for k, p := range c.lits {
		if p >= i {
			c.lits[k]++
		}
	}
	if c.bareFrom > i {
		c.bareFrom++
	}
	if c.bareTo >= i {
		c.bareTo++
	}
}

// hasURLScheme reports whether b starts with a scheme Linkify links.
func hasURLScheme(b []byte) bool {
	return bytes.HasPrefix(b, []byte("http://")) || bytes.HasPrefix(b, []byte("https://")) ||
		bytes.HasPrefix(b, []byte("ftp://"))
}

// isURLByte reports whether b may be part of a URL Linkify finds.
func isURLByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' ||
		strings.IndexByte("-@:%._+~#=$!?&/();,'\"^{}[]`>", b) >= 0
}

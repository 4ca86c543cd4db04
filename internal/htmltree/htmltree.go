// Package htmltree parses article bodies into golang.org/x/net/html trees
// and remembers the last few, so that the transforms of one chain —
// Summarize, then ToMarkdown or ToText — parse a body once. Building the
// tree was most of the time of a conversion, and the second parse of the
// same body a tenth of the whole pipeline's.
package htmltree

import (
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Parse returns the tree of the HTML fragment body parsed as the content of
// a <body> element: a body element holding the fragment's nodes. Invalid
// UTF-8 is replaced by U+FFFD first. The tree may be shared with other
// callers, on other goroutines too: it must not be changed. The error is
// x/net/html's, for nesting deeper than it builds.
func Parse(body string) (*html.Node, error) {
	if root := recent.find(body); root != nil {
		return root, nil
	}
	src := body
	if !utf8.ValidString(src) {
		src = strings.ToValidUTF8(src, "\uFFFD")
	}
	nodes, err := html.ParseFragment(strings.NewReader(src), bodyContext)
	if err != nil {
		return nil, err
	}
	root := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	recent.add(body, root)
	return root, nil
}

// bodyContext is the element a body is parsed inside of.
var bodyContext = &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}

// maxRemembered is the largest body whose tree is remembered, so that the
// few trees kept stay small beside the work of the pipeline.
const maxRemembered = 256 << 10

// recent holds the trees of the bodies parsed last: two for each core, the
// one a chain is on and the one after it.
var recent = newCache(2 * runtime.GOMAXPROCS(0))

// cache is a ring of parsed bodies. A body is found by its string's data
// pointer and length: an entry keeps its string's bytes alive, and a
// string's bytes never change, so the same pointer and length mean the
// same text, found without reading it.
type cache struct {
	mu      sync.Mutex
	entries []entry
	next    int // the entry to replace next
}

type entry struct {
	body string
	root *html.Node
}

func newCache(n int) *cache { return &cache{entries: make([]entry, max(n, 4))} }

// find returns the tree of body, or nil.
func (c *cache) find(body string) *html.Node {
	if len(body) == 0 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.entries {
		if len(e.body) == len(body) && unsafe.StringData(e.body) == unsafe.StringData(body) {
			return e.root
		}
	}
	return nil
}

// add remembers the tree of body in place of the oldest.
func (c *cache) add(body string, root *html.Node) {
	if len(body) == 0 || len(body) > maxRemembered {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[c.next] = entry{body, root}
	c.next = (c.next + 1) % len(c.entries)
}

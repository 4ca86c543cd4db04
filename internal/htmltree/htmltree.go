// Package htmltree parses article bodies into golang.org/x/net/html trees,
// the one way every part of the library builds the tree of an HTML body.
package htmltree

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Parses counts the trees Parse has built, for tests and benchmarks that
// show a chain of transforms parsing a body once.
var Parses atomic.Int64

// Parse returns the tree of the HTML fragment body parsed as the content of
// a <body> element: a body element holding the fragment's nodes. Invalid
// UTF-8 is replaced by U+FFFD first. The error is x/net/html's, for nesting
// deeper than it builds.
func Parse(body string) (*html.Node, error) {
	Parses.Add(1)
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
	return root, nil
}

// bodyContext is the element a body is parsed inside of.
var bodyContext = &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}

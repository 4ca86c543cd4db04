package mdwrite

import (
	"net/url"
	"strings"

	"github.com/articlekit/article/internal/htmltree"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// defaultConverter returns a converter with the default options, for the
// rules the checks share with it.
func defaultConverter() *mdConverter {
	return &mdConverter{cfg: &Options{Tables: true, Strikethrough: true}}
}

// visibleText returns the text of an HTML fragment that ToMarkdown keeps
// by default, without its white space: what a round trip must not lose.
// An embed keeps the text of the link that stands in for it, an image
// without a source its description.
func visibleText(s string) string {
	root, err := htmltree.Parse(s)
	if err != nil {
		return "error: " + err.Error()
	}
	c := defaultConverter()
	var b strings.Builder
	var forms map[rune]rune // of the superscript or subscript the text is in
	var walk func(*html.Node)
	around := func(n *html.Node, open, close string) {
		b.WriteString(strings.TrimSpace(open))
		for m := n.FirstChild; m != nil; m = m.NextSibling {
			walk(m)
		}
		b.WriteString(close)
	}
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			for _, f := range strings.Fields(n.Data) {
				b.WriteString(toForms(f, forms))
			}
		case html.ElementNode:
			switch {
			case isEmbed(n) && c.standIn(n):
				walk(embedLink(n))
				return
			case n.DataAtom == atom.Img && imageSource(n) == "" && !c.replacedByNoscript(n) && !c.inCode(n):
				alt, _ := attr(n, "alt")
				b.WriteString(strings.Join(strings.Fields(alt), ""))
			case n.DataAtom == atom.Q && !c.hasBlock(n) && !c.inCode(n): // see sup and sub below
				around(n, "“", "”")
				return
			case (n.DataAtom == atom.Sup || n.DataAtom == atom.Sub) && !c.hasBlock(n) && !c.inCode(n):
				// One with blocks is written as they are, one in code as its text.
				outer := forms
				var open, close string
				forms, open, close = scriptForm(n, appendText(nil, n))
				around(n, open, close)
				forms = outer
				return
			case dropped(n):
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for n := range root.ChildNodes() {
		walk(n)
	}
	return b.String()
}

// skeleton returns the structure of an HTML fragment that a round trip
// through Markdown keeps: headings, lists and items, links, emphasis,
// images and quotes, with their text split into words.
func skeleton(s string) []string {
	root, err := htmltree.Parse(s)
	if err != nil {
		return []string{"error: " + err.Error()}
	}
	c := defaultConverter()
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		end := ""
		if n.Type == html.ElementNode && c.standIn(n) {
			if isEmbed(n) {
				n = embedLink(n)
			} else {
				for _, img := range c.noscriptImages(n) {
					walk(img)
				}
				return
			}
		}
		switch n.Type {
		case html.TextNode:
			out = append(out, strings.Fields(n.Data)...)
		case html.ElementNode:
			switch n.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				out, end = append(out, n.Data+"["), "]"
			case atom.Ul, atom.Ol, atom.Li, atom.Blockquote:
				out, end = append(out, n.Data+"{"), "}"
			case atom.Em, atom.I, atom.Figcaption, atom.Caption: // captions are written in emphasis
				out, end = append(out, "em["), "]"
			case atom.Strong, atom.B:
				out, end = append(out, "strong["), "]"
			case atom.A:
				href, _ := attr(n, "href")
				out, end = append(out, "a("+unescapeURL(href)+")["), "]"
			case atom.Img:
				alt, _ := attr(n, "alt")
				switch src := imageSource(n); {
				case c.replacedByNoscript(n):
				case src == "":
					out = append(out, strings.Fields(alt)...)
				default:
					out = append(out, "img("+unescapeURL(src)+")["+strings.Join(strings.Fields(alt), " ")+"]")
				}
			default:
				if dropped(n) {
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if end != "" {
			out = append(out, end)
		}
	}
	for n := range root.ChildNodes() {
		walk(n)
	}
	return out
}

// unescapeURL undoes the percent-encoding that renderers add to URLs; a
// URL that goldmark leaves out by default as dangerous becomes "".
func unescapeURL(u string) string {
	u = strings.Trim(u, htmlSpace)
	for _, scheme := range []string{"javascript:", "vbscript:", "file:", "data:"} {
		if len(u) >= len(scheme) && strings.EqualFold(u[:len(scheme)], scheme) {
			return ""
		}
	}
	if v, err := url.PathUnescape(u); err == nil {
		return v
	}
	return u
}

// dropped reports whether ToMarkdown leaves n out by default.
func dropped(n *html.Node) bool {
	return kindOfElement(n) == kindDropped
}

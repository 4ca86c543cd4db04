package mdwrite

import (
	"slices"
	"strings"

	"github.com/articlekit/article/internal/element"
	"github.com/articlekit/article/internal/htmltree"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// normalizeHTML returns a canonical form of an HTML fragment for comparing
// two renderings: attributes sorted, references decoded the same way,
// white space folded to one space outside <pre> and dropped around block
// tags.
func normalizeHTML(s string) string {
	root, err := htmltree.Parse(s)
	if err != nil {
		return "error: " + err.Error()
	}
	var n normalizer
	for m := range root.ChildNodes() {
		n.node(m)
	}
	return strings.TrimSpace(string(n.b))
}

type normalizer struct {
	b        []byte
	trimNext bool // drop the white space that starts the next text
	preDepth int
}

// normBlocks are the tags around which white space means nothing.
var normBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Ul: true, atom.Ol: true, atom.Li: true,
	atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Br: true, atom.Table: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Tr: true, atom.Th: true,
	atom.Td: true, atom.Figure: true, atom.Figcaption: true, atom.Dl: true, atom.Dt: true,
	atom.Dd: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Nav: true, atom.Aside: true, atom.Main: true, atom.Caption: true, atom.Details: true,
	atom.Summary: true, atom.Address: true, atom.Center: true, atom.Form: true, atom.Fieldset: true,
}

func (n *normalizer) blockEdge() {
	n.b = []byte(strings.TrimRight(string(n.b), " "))
	n.trimNext = true
}

func (n *normalizer) write(s string) { n.b = append(n.b, s...) }

func (n *normalizer) node(m *html.Node) {
	switch m.Type {
	case html.TextNode:
		if n.preDepth > 0 {
			n.write(html.EscapeString(m.Data))
			n.trimNext = false
			return
		}
		t := strings.Join(strings.FieldsFunc(m.Data, isFoldable), " ")
		if t == "" {
			if m.Data == "" {
				return
			}
			t = " "
		} else {
			if isFoldable(rune(m.Data[0])) {
				t = " " + t
			}
			if isFoldable(rune(m.Data[len(m.Data)-1])) {
				t += " "
			}
		}
		if n.trimNext || len(n.b) > 0 && n.b[len(n.b)-1] == ' ' {
			t = strings.TrimLeft(t, " ")
		}
		if t != "" {
			n.write(html.EscapeString(t))
			n.trimNext = false
		}
	case html.CommentNode:
		n.write("<!--" + m.Data + "-->")
		n.trimNext = false
	case html.ElementNode:
		block := normBlocks[m.DataAtom]
		if block {
			n.blockEdge()
		}
		attrs := make([]string, 0, len(m.Attr))
		for _, a := range m.Attr {
			attrs = append(attrs, a.Namespace+a.Key+`="`+html.EscapeString(a.Val)+`"`)
		}
		slices.Sort(attrs)
		n.write("<" + m.Data)
		for _, a := range attrs {
			n.write(" " + a)
		}
		n.write(">")
		n.trimNext = block
		if m.DataAtom == atom.Pre {
			n.preDepth++
		}
		for c := m.FirstChild; c != nil; c = c.NextSibling {
			n.node(c)
		}
		if m.DataAtom == atom.Pre {
			n.preDepth--
		}
		if block {
			n.blockEdge()
		}
		if m.Namespace != "" || !element.IsVoid(m.DataAtom) {
			n.write("</" + m.Data + ">")
		}
		if block {
			n.trimNext = true
		}
	}
}

func isFoldable(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' }

package mdwrite

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// table writes a GFM pipe table: the first row is its header, cells are
// one line each. A table kept as HTML (WithTables(false)), or one a pipe
// table cannot hold with WithRawHTML (spanning cells, blocks in cells), is
// written as an HTML block.
func (c *mdConverter) table(n *html.Node) {
	rows := tableRows(n, nil)
	if !c.cfg.Tables || c.cfg.RawHTML && !c.pipeable(rows) {
		c.rawBlock(n)
		return
	}
	c.captions(n, true)
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(cells(r)))
	}
	if cols > 0 {
		c.startBlockApart(lastList, lastQuote, lastTable)
		for i, r := range rows {
			c.row(cells(r), cols)
			if i == 0 {
				c.delimiterRow(cells(r), cols)
			}
		}
		c.top().last = lastTable
	}
	c.captions(n, false)
}

// captions writes the captions of table n that stand before its rows
// (above), or those after them, where they stand in the text.
func (c *mdConverter) captions(n *html.Node, above bool) {
	rowsSeen := false
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		switch {
		case m.Type != html.ElementNode:
		case m.DataAtom == atom.Caption && rowsSeen != above:
			c.caption(m)
		case m.DataAtom == atom.Tr || m.DataAtom == atom.Thead || m.DataAtom == atom.Tbody || m.DataAtom == atom.Tfoot:
			rowsSeen = true
		}
	}
}

// tableRows appends the rows of a table, its head's, bodies' and foot's.
func tableRows(n *html.Node, rows []*html.Node) []*html.Node {
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		if m.Type != html.ElementNode {
			continue
		}
		switch m.DataAtom {
		case atom.Tr:
			rows = append(rows, m)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			rows = tableRows(m, rows)
		}
	}
	return rows
}

// cells returns the cells of a row.
func cells(row *html.Node) []*html.Node {
	var cs []*html.Node
	for m := row.FirstChild; m != nil; m = m.NextSibling {
		if m.Type == html.ElementNode && (m.DataAtom == atom.Td || m.DataAtom == atom.Th) {
			cs = append(cs, m)
		}
	}
	return cs
}

// pipeable reports whether a pipe table can hold these rows: the first is
// a row of header cells, and no cell spans rows or columns or holds blocks.
func (c *mdConverter) pipeable(rows []*html.Node) bool {
	if len(rows) == 0 {
		return false
	}
	for _, cell := range cells(rows[0]) {
		if cell.DataAtom != atom.Th {
			return false
		}
	}
	for _, r := range rows {
		for _, cell := range cells(r) {
			for _, a := range cell.Attr {
				if (a.Key == "colspan" || a.Key == "rowspan") && strings.TrimSpace(a.Val) != "1" {
					return false
				}
			}
			if c.hasBlock(cell) {
				return false
			}
		}
	}
	return true
}

// row writes one row of cols cells, blocks in them set apart by spaces.
func (c *mdConverter) row(cs []*html.Node, cols int) {
	line := []byte{'|'}
	for i := range cols {
		line = append(line, ' ')
		if i < len(cs) {
			c.oneLine = true
			c.inlineChildren(cs[i])
			c.oneLine = false
			for _, ch := range c.takeInline() {
				if ch == '|' {
					line = append(line, '\\')
				}
				line = append(line, ch)
			}
		}
		line = append(line, ' ', '|')
	}
	c.line(line)
}

// delimiterRow writes the row under the header, with the alignment of the
// header's cells.
func (c *mdConverter) delimiterRow(cs []*html.Node, cols int) {
	line := []byte{'|'}
	for i := range cols {
		align := ""
		if i < len(cs) {
			align = alignment(cs[i])
		}
		switch align {
		case "left":
			line = append(line, " :-- |"...)
		case "right":
			line = append(line, " --: |"...)
		case "center":
			line = append(line, " :-: |"...)
		default:
			line = append(line, " --- |"...)
		}
	}
	c.line(line)
}

// alignment returns the text alignment of a cell: its align attribute, or
// the text-align of its style.
func alignment(cell *html.Node) string {
	if a, ok := attr(cell, "align"); ok {
		return strings.ToLower(strings.TrimSpace(a))
	}
	style, _ := attr(cell, "style")
	for decl := range strings.SplitSeq(style, ";") {
		if prop, val, ok := strings.Cut(decl, ":"); ok && strings.EqualFold(strings.TrimSpace(prop), "text-align") {
			return strings.ToLower(strings.TrimSpace(val))
		}
	}
	return ""
}

package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/articlekit/article/internal/htmltree"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A suite is the HTML inputs of one converter's own tests, as copied into
// testdata (testdata/SOURCE.md says from where).
type suite struct {
	name  string
	cases []testCase
}

type testCase struct {
	name, html string
}

// loadSuites reads the four suites under dir.
func loadSuites(dir string) ([]suite, error) {
	var suites []suite
	for _, load := range []struct {
		name string
		read func(string) ([]testCase, error)
	}{
		{"turndown", turndownCases},
		{"html-to-markdown", goldenCases},
		{"godown", godownCases},
		{"html2text", html2textCases},
	} {
		cases, err := load.read(filepath.Join(dir, load.name))
		if err != nil {
			return nil, fmt.Errorf("suite %s: %w", load.name, err)
		}
		suites = append(suites, suite{load.name, cases})
	}
	return suites, nil
}

// turndownCases reads test/index.html: each <div class="case"> holds its
// input in <div class="input">.
func turndownCases(dir string) ([]testCase, error) {
	b, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	var cases []testCase
	for n := range doc.Descendants() {
		if n.DataAtom != atom.Div || !hasClass(n, "case") {
			continue
		}
		name, _ := attr(n, "data-name")
		for c := range n.ChildNodes() {
			if c.DataAtom == atom.Div && hasClass(c, "input") {
				cases = append(cases, testCase{name, innerHTML(c)})
			}
		}
	}
	return cases, nil
}

// goldenCases reads html-to-markdown's golden files, */*.in.html; each
// element at the top of a file is a case of its own, as the files gather
// many cases, each under a comment.
func goldenCases(dir string) ([]testCase, error) {
	files, err := fileCases(filepath.Join(dir, "*", "*.in.html"))
	if err != nil {
		return nil, err
	}
	var cases []testCase
	for _, f := range files {
		root, err := htmltree.Parse(f.html)
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(f.name, ".in.html")
		i := 0
		for c := range root.ChildNodes() {
			if c.Type != html.ElementNode {
				continue
			}
			i++
			cases = append(cases, testCase{fmt.Sprintf("%s#%d", name, i), outerHTML(c)})
		}
	}
	return cases, nil
}

// godownCases reads godown's testdata: each testNNN.html is a case.
func godownCases(dir string) ([]testCase, error) {
	return fileCases(filepath.Join(dir, "*.html"))
}

// fileCases reads the files that match pattern, in order, each a case
// named by its file.
func fileCases(pattern string) ([]testCase, error) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var cases []testCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		cases = append(cases, testCase{filepath.Base(f), string(b)})
	}
	return cases, nil
}

// html2textCases reads the inputs of html2text's table tests: the first
// string of each element of a slice of structs whose first field is input,
// and the pages of its testdata folder.
func html2textCases(dir string) ([]testCase, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, "html2text_test.go"), nil, 0)
	if err != nil {
		return nil, err
	}
	var cases []testCase
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || !isInputTable(lit.Type) {
			return true
		}
		for _, e := range lit.Elts {
			el, ok := e.(*ast.CompositeLit)
			if !ok || len(el.Elts) == 0 {
				continue
			}
			if s, ok := el.Elts[0].(*ast.BasicLit); ok && s.Kind == token.STRING {
				if v, err := strconv.Unquote(s.Value); err == nil {
					cases = append(cases, testCase{fmt.Sprintf("line %d", fset.Position(s.Pos()).Line), v})
				}
			}
		}
		return false
	})
	pages, err := fileCases(filepath.Join(dir, "testdata", "*"))
	return append(cases, pages...), err
}

// isInputTable reports whether t is []struct{ input ...; ... }.
func isInputTable(t ast.Expr) bool {
	arr, ok := t.(*ast.ArrayType)
	if !ok {
		return false
	}
	st, ok := arr.Elt.(*ast.StructType)
	return ok && len(st.Fields.List) > 0 && len(st.Fields.List[0].Names) > 0 &&
		st.Fields.List[0].Names[0].Name == "input"
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	return strings.Contains(" "+v+" ", " "+class+" ")
}

func innerHTML(n *html.Node) string {
	var b bytes.Buffer
	for c := range n.ChildNodes() {
		_ = html.Render(&b, c) // a bytes.Buffer does not fail
	}
	return b.String()
}

func outerHTML(n *html.Node) string {
	var b bytes.Buffer
	_ = html.Render(&b, n)
	return b.String()
}

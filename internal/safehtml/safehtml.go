// Package safehtml judges whether HTML can run script once a browser has
// parsed it. It is the oracle of the sanitizer's tests: it reads HTML the
// way a browser does (golang.org/x/net/html, with entities decoded and
// foreign content such as svg and math in its own namespace) and reports
// every construct that can execute code: script-capable elements, event
// handler attributes, style that loads URLs or evaluates expressions, and
// javascript:, vbscript: and data: URLs in attributes that hold URLs.
//
// It judges, it does not clean: use a sanitizer for that, and Check to
// prove that what comes out of it is harmless.
package safehtml

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Problem is one construct of an HTML text that can run script. Check
// returns problems as *Problem, joined with errors.Join.
type Problem struct {
	Element string // the tag name, such as "script" or "svg animate"
	Attr    string // the attribute, "" when the element itself is the problem
	Value   string // the attribute's value or the element's text, if any
	Reason  string // why it can run script
}

// Error describes the problem and where it is.
func (p *Problem) Error() string {
	where := "<" + p.Element + ">"
	if p.Attr != "" {
		where = "<" + p.Element + " " + p.Attr + ">"
	}
	if p.Value == "" {
		return fmt.Sprintf("safehtml: %s: %s", where, p.Reason)
	}
	return fmt.Sprintf("safehtml: %s: %s: %q", where, p.Reason, p.Value)
}

// Check parses s as a browser parses HTML inserted into the body of a page
// and returns nil when nothing in it can run script, or every problem it
// found, each a *Problem, joined with errors.Join. It also parses s as a
// whole document, where a <body> or <frameset> tag in s lends its
// attributes, such as onload, to the page's own element.
func Check(s string) error {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return fmt.Errorf("safehtml: parsing: %w", err)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return fmt.Errorf("safehtml: parsing: %w", err)
	}
	var problems []*Problem
	for _, n := range append(nodes, doc) {
		problems = appendProblems(problems, n)
	}
	var errs []error
	seen := make(map[Problem]bool, len(problems))
	for _, p := range problems {
		if !seen[*p] {
			seen[*p] = true
			errs = append(errs, p)
		}
	}
	return errors.Join(errs...)
}

// appendProblems appends the problems of n and its descendants.
func appendProblems(problems []*Problem, n *html.Node) []*Problem {
	if n.Type == html.ElementNode {
		problems = append(problems, elementProblems(n)...)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		problems = appendProblems(problems, c)
	}
	return problems
}

// elementProblems returns the problems of the element n itself and of its
// attributes.
func elementProblems(n *html.Node) []*Problem {
	name := strings.ToLower(n.Data)
	element := name
	if n.Namespace != "" {
		element = n.Namespace + " " + name
	}
	var problems []*Problem
	problem := func(attr, value, reason string) {
		problems = append(problems, &Problem{Element: element, Attr: attr, Value: value, Reason: reason})
	}
	if reason, ok := scriptElements[name]; ok {
		problem("", "", reason)
	}
	if name == "style" {
		if css := textOf(n); cssRunsCode(css) {
			problem("", css, "style sheet loads URLs or evaluates expressions")
		}
	}
	animation := n.Namespace == "svg" && animationElements[name]
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		switch {
		case strings.HasPrefix(key, "on"):
			problem(a.Key, a.Val, "event handler")
		case key == "style":
			if cssRunsCode(a.Val) {
				problem(a.Key, a.Val, "style loads URLs or evaluates expressions")
			}
		case key == "srcdoc":
			problem(a.Key, a.Val, "HTML document in an attribute")
		case urlAttributes[key]:
			if dangerousURL(a.Val) {
				problem(a.Key, a.Val, "script or data URL")
			}
		case animation && key == "attributename" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "on"):
			problem(a.Key, a.Val, "animation sets an event handler")
		case listURLAttributes[key] || animation && animatedValues[key]:
			if anyDangerousURL(a.Val) {
				problem(a.Key, a.Val, "script or data URL in a list of URLs")
			}
		}
	}
	return problems
}

// scriptElements are the elements that can run script, load a document or
// plug-in, or change how the page's URLs or refresh behave, with why.
var scriptElements = map[string]string{
	"script":   "script element",
	"iframe":   "frame that can load a script document",
	"frame":    "frame that can load a script document",
	"frameset": "frame that can load a script document",
	"portal":   "frame that can load a script document",
	"object":   "plug-in or document embedding",
	"embed":    "plug-in or document embedding",
	"applet":   "plug-in or document embedding",
	"base":     "changes the base of every relative URL",
	"meta":     "can refresh the page to a script URL",
	"link":     "loads style sheets or documents",
	"handler":  "SVG event handler element",
	"listener": "SVG event handler element",
}

// urlAttributes hold one URL.
var urlAttributes = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "poster": true,
	"background": true, "cite": true, "data": true, "codebase": true, "classid": true,
	"longdesc": true, "lowsrc": true, "dynsrc": true, "usemap": true, "profile": true,
	"manifest": true, "icon": true, "xlink:href": true, "xml:base": true, "itemtype": true,
}

// listURLAttributes hold several URLs, separated by white space or commas.
var listURLAttributes = map[string]bool{
	"srcset": true, "imagesrcset": true, "archive": true, "ping": true,
}

// animationElements are the SVG elements that can set another attribute,
// such as an href, to the values in animatedValues.
var animationElements = map[string]bool{
	"animate": true, "set": true, "animatemotion": true, "animatetransform": true, "animatecolor": true,
}

var animatedValues = map[string]bool{"to": true, "from": true, "by": true, "values": true}

// dangerousURL reports whether the URL u, its entities already decoded,
// has a javascript:, vbscript:, livescript: or data: scheme once white
// space and control characters, which browsers skip, are taken out.
func dangerousURL(u string) bool {
	scheme := strings.ToLower(stripControls(u))
	for _, bad := range []string{"javascript:", "vbscript:", "livescript:", "data:"} {
		if strings.HasPrefix(scheme, bad) {
			return true
		}
	}
	return false
}

// anyDangerousURL reports whether any item of a list of URLs, such as a
// srcset or the values of an SVG animation, is a dangerous URL. Items are
// split at white space, commas and semicolons, which errs on the side of
// finding problems.
func anyDangerousURL(list string) bool {
	for _, item := range strings.FieldsFunc(list, func(r rune) bool {
		return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
	}) {
		if dangerousURL(item) {
			return true
		}
	}
	return dangerousURL(list)
}

// stripControls removes ASCII white space and control characters.
func stripControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// textOf returns the text of n's text children.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

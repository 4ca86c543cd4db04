// Package sitetag knows the markup that static-site generators expand when
// they build a page, which is not the article's text: Hugo's shortcodes
// ({{< figure … >}}, {{% note %}}) and template actions, Jekyll's Liquid
// tags ({% include … %}) and output ({{ page.title }}), and Hugo's summary
// divider, <!--more-->. The summary and the plain text both ask it, so
// that they agree on the words of a page.
package sitetag

import "strings"

// Strip returns text without its template tags: each {{…}} and {%…%}
// that closes within text. An opening brace pair that never closes is
// text, as in "sets use {{ braces".
func Strip(text string) string {
	var b strings.Builder
	kept := 0 // text[:kept] is written or dropped
	for at := 0; ; {
		i := indexOpen(text[at:])
		if i < 0 {
			break
		}
		i += at
		closer := "}}"
		if text[i+1] == '%' {
			closer = "%}"
		}
		end := strings.Index(text[i+2:], closer)
		if end < 0 {
			at = i + 1
			continue
		}
		if kept == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[kept:i])
		kept = i + 2 + end + len(closer)
		at = kept
	}
	if kept == 0 {
		return text
	}
	b.WriteString(text[kept:])
	return b.String()
}

// indexOpen returns where the first "{{" or "{%" of s starts, or -1.
func indexOpen(s string) int {
	for at := 0; ; {
		i := strings.IndexByte(s[at:], '{')
		if i < 0 || at+i+1 == len(s) {
			return -1
		}
		if c := s[at+i+1]; c == '{' || c == '%' {
			return at + i
		}
		at += i + 1
	}
}

// IsSummaryDivider reports whether an HTML comment's text is Hugo's
// summary divider, "more" in <!--more-->, white space around it allowed.
func IsSummaryDivider(comment string) bool { return strings.TrimSpace(comment) == "more" }

package article

import (
	"bytes"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/articlekit/article/internal/markdown"
	"github.com/articlekit/article/internal/srcset"
	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
)

// ResolveURLs returns a Transform that makes the article's URLs absolute,
// resolved against base, the address of the article's page, as feeds and
// JSON-LD need them: in an HTML body, and in a Markdown body's raw HTML,
// every href, src, srcset, poster and cite; in a Markdown body, the
// destinations of links, images and link reference definitions; and
// MainImage.URL and Thumbnail.URL. Absolute URLs, of any scheme, and
// values that do not parse as URLs are left as they are, so that resolving
// twice gives what resolving once does; a Text body is left alone. Only
// the tags and destinations that change are rewritten.
//
// base must be an absolute http(s) URL (IsWebURL): a relative URL takes
// base's scheme, so no other base can make one a script URL. Otherwise
// the Transform returns an error, as it does for a Markdown body past the
// reading limits.
func ResolveURLs(base *url.URL) Transform {
	var baseErr error
	if base == nil || !IsWebURL(base.String()) {
		baseErr = fmt.Errorf("ResolveURLs: the base %v is not an absolute http(s) URL", base)
	}
	return func(a *Article) error {
		if a == nil {
			return ErrNilArticle
		}
		if baseErr != nil {
			return &Error{Path: a.Path, Err: baseErr}
		}
		switch a.Format {
		case HTML:
			a.Body = string(resolveHTML([]byte(a.Body), base))
		case Markdown:
			body, err := resolveMarkdown(a.Body, base)
			if err != nil {
				return &Error{Path: a.Path, Err: err}
			}
			a.Body = body
		}
		a.MainImage.URL = resolveURL(a.MainImage.URL, base)
		a.Thumbnail.URL = resolveURL(a.Thumbnail.URL, base)
		return nil
	}
}

// resolveURL returns u resolved against base, or u itself when it is
// empty, absolute or not a URL. White space around it, which browsers
// ignore, goes with the resolving.
func resolveURL(u string, base *url.URL) string {
	ref, err := url.Parse(strings.Trim(u, htmlSpace))
	if err != nil || ref.IsAbs() || strings.Trim(u, htmlSpace) == "" {
		return u
	}
	return base.ResolveReference(ref).String()
}

// htmlSpace is HTML's ASCII white space.
const htmlSpace = " \t\n\r\f"

// urlAttrs are the attributes that hold one URL, on whatever element.
var urlAttrs = map[string]bool{"href": true, "src": true, "poster": true, "cite": true}

// resolveHTML resolves the URLs of an HTML body. A tag whose URLs change
// is written anew by x/net/html; every other byte stays as it was.
func resolveHTML(body []byte, base *url.URL) []byte {
	z := html.NewTokenizer(bytes.NewReader(body))
	var edits []edit
	for at := 0; ; {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			if tag, ok := resolveTag(z.Token(), base); ok {
				edits = append(edits, edit{at, at + n, []byte(tag)})
			}
		}
		at += n
	}
	if edits == nil {
		return body
	}
	return applyEdits(body, edits)
}

// resolveTag returns tok written with its URLs resolved, and whether any
// changed.
func resolveTag(tok html.Token, base *url.URL) (string, bool) {
	changed := false
	for i, attr := range tok.Attr {
		v := attr.Val
		switch {
		case attr.Namespace != "":
		case urlAttrs[attr.Key]:
			v = resolveURL(v, base)
		case attr.Key == "srcset":
			v = resolveSrcset(v, base)
		}
		if v != attr.Val {
			tok.Attr[i].Val, changed = v, true
		}
	}
	return tok.String(), changed
}

// resolveSrcset resolves each candidate URL of a srcset, keeping its
// descriptors and separators as they are.
func resolveSrcset(set string, base *url.URL) string {
	var b strings.Builder
	at := 0
	for c := range srcset.Candidates(set) {
		b.WriteString(set[at:c.Start])
		b.WriteString(resolveURL(c.URL, base))
		at = c.End
	}
	b.WriteString(set[at:])
	return b.String()
}

// resolveMarkdown resolves the URLs of a Markdown body: its links', images'
// and link reference definitions' destinations, rewritten in place, and
// those of its raw HTML. A link that refers to a definition is resolved
// there.
func resolveMarkdown(body string, base *url.URL) (string, error) {
	src := []byte(body)
	doc, err := markdown.Parse(src)
	if err != nil {
		return "", err
	}
	var edits []edit
	add := func(e edit, ok bool) {
		if ok {
			edits = append(edits, e)
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML:
			add(rewriteSegments(src, rawHTMLSegments(n), func(h []byte) []byte { return resolveHTML(h, base) }))
		case *ast.Link:
			if n.Reference == nil {
				add(resolveDestination(src, n.Destination, base))
			}
		case *ast.Image:
			if n.Reference == nil {
				add(resolveDestination(src, n.Destination, base))
			}
		case *ast.LinkReferenceDefinition:
			add(resolveDestination(src, n.Destination, base))
		}
		return ast.WalkContinue, nil
	})
	if edits == nil {
		return body, nil
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })
	return string(applyEdits(src, edits)), nil
}

// resolveDestination returns the edit that resolves a link destination,
// dest, which goldmark leaves as a slice of src with its escapes and
// character references in it.
func resolveDestination(src, dest []byte, base *url.URL) (edit, bool) {
	at, ok := offsetIn(src, dest)
	if !ok {
		return edit{}, false
	}
	u := string(destinationURL(dest))
	r := resolveURL(u, base)
	if r == u {
		return edit{}, false
	}
	angled := at > 0 && src[at-1] == '<'
	return edit{at, at + len(dest), markdownDestination(r, angled)}, true
}

// offsetIn returns where sub starts in src when sub is a slice of src's
// bytes; goldmark's destinations are, but for a line whose tab it expanded.
func offsetIn(src, sub []byte) (int, bool) {
	k := cap(src) - cap(sub)
	if len(sub) == 0 || k < 0 || k+len(sub) > len(src) || &src[k] != &sub[0] {
		return 0, false
	}
	return k, true
}

// markdownDestination writes the URL u as a link destination that reads
// back as u: within <…> (angled) or bare, with backslashes before the
// punctuation that would end it, and every & as &amp; when one would start
// a character reference (goldmark reads references after escapes, so a
// backslash would not keep it).
func markdownDestination(u string, angled bool) []byte {
	special := `\<>`
	if !angled {
		special += "()"
	}
	entity := string(destinationURL([]byte(u))) != u
	b := make([]byte, 0, len(u)+8)
	for i := range len(u) {
		switch c := u[i]; {
		case strings.IndexByte(special, c) >= 0:
			b = append(b, '\\', c)
		case c == '&' && entity:
			b = append(b, "&amp;"...)
		case c == ' ' && !angled:
			b = append(b, "%20"...)
		default:
			b = append(b, c)
		}
	}
	return b
}

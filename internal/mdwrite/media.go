package mdwrite

import (
	"strconv"
	"strings"

	"github.com/articlekit/article/internal/srcset"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Images and embeds as pages publish them: lazy loading scripts keep an
// image's URL in data-src or a srcset and put a placeholder, or nothing, in
// src, with a <noscript> copy for readers without scripts; embedded videos
// and players have no Markdown at all.

// lazySources are the attributes lazy loading scripts keep the URL of an
// image in, the one they load into src.
var lazySources = []string{"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url"}

// sourceSets are the attributes that hold a srcset, the lazy ones after.
var sourceSets = []string{"srcset", "data-srcset", "data-lazy-srcset"}

// imageSource returns the URL of the image a reader sees: the one a lazy
// loading script puts in src, else src unless it is a data: placeholder
// and a srcset (of the image or of its <picture>'s <source>) names
// another, else src, which may be "".
func imageSource(img *html.Node) string {
	for _, key := range lazySources {
		if v := attrURL(img, key); v != "" && !isDataURL(v) {
			return v
		}
	}
	src := attrURL(img, "src")
	if src != "" && !isDataURL(src) {
		return src
	}
	if v := srcsetOf(img); v != "" {
		return v
	}
	if p := img.Parent; p != nil && p.DataAtom == atom.Picture {
		for s := p.FirstChild; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && s.DataAtom == atom.Source {
				if v := srcsetOf(s); v != "" {
					return v
				}
			}
		}
	}
	return src
}

// srcsetOf returns the largest candidate of n's srcset, "" for none.
func srcsetOf(n *html.Node) string {
	for _, key := range sourceSets {
		if set, ok := attr(n, key); ok {
			if u := largestCandidate(set); u != "" {
				return u
			}
		}
	}
	return ""
}

// largestCandidate returns the URL of the candidate of a srcset with the
// largest width or density, the first of equals; a candidate with no
// descriptor is 1x.
func largestCandidate(set string) string {
	best, bestSize := "", -1.0
	for c := range srcset.Candidates(set) {
		size := 1.0
		if f := strings.Fields(c.Descriptor); len(f) > 0 && len(f[0]) > 1 && strings.ContainsAny(f[0][len(f[0])-1:], "wx") {
			if v, err := strconv.ParseFloat(f[0][:len(f[0])-1], 64); err == nil {
				size = v
			}
		}
		if size > bestSize {
			best, bestSize = c.URL, size
		}
	}
	return best
}

// attrURL returns the value of n's attribute key as browsers read a URL,
// without the white space around it.
func attrURL(n *html.Node, key string) string {
	v, _ := attr(n, key)
	return strings.Trim(v, htmlSpace)
}

// isDataURL reports whether u is a data: URL.
func isDataURL(u string) bool {
	return len(u) >= 5 && strings.EqualFold(u[:5], "data:")
}

// noscriptImages returns the images of a <noscript>, whose content the
// parser keeps as text, leaving out tracking pixels; they are parsed once
// a conversion.
func (c *mdConverter) noscriptImages(n *html.Node) []*html.Node {
	if imgs, ok := c.noscripts[n]; ok {
		return imgs
	}
	var imgs []*html.Node
	if n.FirstChild != nil && n.FirstChild.Type == html.TextNode && strings.Contains(n.FirstChild.Data, "<") {
		nodes, err := html.ParseFragment(strings.NewReader(n.FirstChild.Data), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
		if err == nil {
			for _, m := range nodes {
				imgs = appendImages(imgs, m)
			}
		}
	}
	if c.noscripts == nil {
		c.noscripts = map[*html.Node][]*html.Node{}
	}
	c.noscripts[n] = imgs
	return imgs
}

// appendImages appends the images of n and in it, but tracking pixels.
func appendImages(imgs []*html.Node, n *html.Node) []*html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Img && !isPixel(n) && imageSource(n) != "" {
		return append(imgs, n)
	}
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		imgs = appendImages(imgs, m)
	}
	return imgs
}

// isPixel reports whether img is a tracking pixel: a pixel wide or high,
// or hidden.
func isPixel(img *html.Node) bool {
	for _, key := range []string{"width", "height"} {
		if v, ok := attr(img, key); ok {
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n <= 1 {
				return true
			}
		}
	}
	style, _ := attr(img, "style")
	return strings.Contains(strings.ReplaceAll(strings.ToLower(style), " ", ""), "display:none")
}

// replacedByNoscript reports whether img is followed by a <noscript> with
// images, the copy of it for readers without scripts, which is written in
// its place.
func (c *mdConverter) replacedByNoscript(img *html.Node) bool {
	m := img.NextSibling
	for m != nil && m.Type == html.TextNode && isBlank(m.Data) {
		m = m.NextSibling
	}
	return m != nil && m.Type == html.ElementNode && m.DataAtom == atom.Noscript && len(c.noscriptImages(m)) > 0
}

// isEmbed reports whether n embeds media or a page: Markdown has no syntax
// for them, so they are written as a link to their source.
func isEmbed(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Iframe, atom.Video, atom.Audio, atom.Embed, atom.Object:
		return n.Namespace == ""
	}
	return false
}

// embedSource returns the URL of what n embeds: its src (or data for an
// <object>, or what a lazy loading script loads), else that of its first
// <source>.
func embedSource(n *html.Node) string {
	keys := []string{"src", "data-src"}
	if n.DataAtom == atom.Object {
		keys = []string{"data"}
	}
	for _, key := range keys {
		if v := attrURL(n, key); v != "" {
			return v
		}
	}
	for m := n.FirstChild; m != nil; m = m.NextSibling {
		if m.Type == html.ElementNode && m.DataAtom == atom.Source {
			if v := attrURL(m, "src"); v != "" {
				return v
			}
		}
	}
	return ""
}

// embedLink returns a link that stands for embed n: to its source, its
// text the title, or the kind of media; a video's poster is shown as the
// image of the link. The link is a new node, outside the tree, whose
// parent is n.
func embedLink(n *html.Node) *html.Node {
	label := attrURL(n, "title")
	if label == "" {
		label = attrURL(n, "aria-label")
	}
	if label == "" {
		switch n.DataAtom {
		case atom.Video:
			label = "Video"
		case atom.Audio:
			label = "Audio"
		default:
			label = "Embedded content"
		}
	}
	a := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Parent: n,
		Attr: []html.Attribute{{Key: "href", Val: embedSource(n)}}}
	if poster := attrURL(n, "poster"); poster != "" && n.DataAtom == atom.Video {
		a.AppendChild(&html.Node{Type: html.ElementNode, Data: "img", DataAtom: atom.Img,
			Attr: []html.Attribute{{Key: "src", Val: poster}, {Key: "alt", Val: label}}})
	} else {
		a.AppendChild(&html.Node{Type: html.TextNode, Data: label})
	}
	return a
}

// standIn reports whether n, an element that is not content or has no
// Markdown, is written by default as what stands in for it: an embed with
// a source as a link, a <noscript> with images as the images.
func (c *mdConverter) standIn(n *html.Node) bool {
	switch {
	case c.cfg.RawHTML || !isEmbed(n) && n.DataAtom != atom.Noscript || c.inCode(n): // code holds its text only
		return false
	case isEmbed(n):
		return embedSource(n) != ""
	}
	return len(c.noscriptImages(n)) > 0
}

// inCode reports whether n is inside code, a block or a span.
func (c *mdConverter) inCode(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if isCodeBlock(p) || c.isCode(p) {
			return true
		}
	}
	return false
}

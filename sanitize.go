package article

import (
	"crypto/rand"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"

	"github.com/articlekit/article/internal/element"
)

// Policy returns a fresh copy of the default article policy: the markup
// real articles are written in and nothing that can run script. Each call
// builds a new policy, so a caller may extend it without affecting others;
// once built, a policy is safe for concurrent use.
//
// It allows:
//   - headings, paragraphs, line breaks and rules: the skeleton of any article;
//   - lists (ul, ol with start, li, dl, dt, dd): enumerations and glossaries;
//   - blockquote, q and cite, blockquote and q with a cite URL: quotations
//     and their sources, which news articles are full of;
//   - strong, b, em, i, u, s, sub, sup, mark, small: inline emphasis and
//     formulas;
//   - code and pre, with a "language-*" class on code: code samples, with
//     the class Markdown renderers and highlighters use for the language;
//   - abbr with a title, time with a datetime: abbreviations and dates;
//   - figure and figcaption: captioned pictures;
//   - img with an src, alt, title, width and height: pictures, from the
//     web or beside the page as static sites keep them (/images/chart.png);
//   - a with an href and a title; a link that leaves the page (one with a
//     host) gets
//     rel="nofollow noreferrer noopener" and target="_blank": bluemonday
//     adds noopener only together with target="_blank";
//   - tables with caption, thead, tbody, tfoot, tr, th and td, with
//     colspan, rowspan and scope: data tables;
//   - details and summary, details with open: collapsible notes.
//
// Everything else is removed, keeping its text: form controls, math and
// unknown elements; event handlers, style and class attributes but for the
// one above; and URLs, in src, href and cite alike, but http, https, mailto
// and relative ones (no javascript:, vbscript: or data:). Elements whose
// content no reader sees lose it too, so that it does not show once they
// are gone: script, style, template, noscript, iframe, object, embed,
// video and audio fallbacks, canvas, svg, title and head.
func Policy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()

	// The structure of an article: sections, paragraphs, breaks, rules.
	p.AllowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr")

	// Lists, numbered ones starting anywhere, and definition lists.
	p.AllowLists()
	p.AllowAttrs("start").Matching(bluemonday.Integer).OnElements("ol")

	// Quotations; cite is a URL and goes through the URL rules below.
	p.AllowElements("blockquote", "q", "cite")
	p.AllowAttrs("cite").OnElements("blockquote", "q")

	// Inline emphasis, change marks and formulas.
	p.AllowElements("strong", "b", "em", "i", "u", "s", "sub", "sup", "mark", "small")

	// Code; the language class is the only class, since the article does
	// not style itself.
	p.AllowElements("code", "pre")
	p.AllowAttrs("class").Matching(languageClass).OnElements("code")

	// Abbreviations with their expansion, machine-readable dates.
	p.AllowAttrs("title").OnElements("abbr")
	p.AllowElements("abbr", "time")
	p.AllowAttrs("datetime").Matching(bluemonday.ISO8601).OnElements("time")

	// Pictures with their captions. A src follows the URL rules below:
	// relative paths (/images/chart.png), as static sites write them, cannot
	// run script, and data: images are not allowed.
	p.AllowElements("figure", "figcaption")
	p.AllowAttrs("src").OnElements("img")
	p.AllowAttrs("alt", "title").OnElements("img")
	p.AllowAttrs("width", "height").Matching(bluemonday.NumberOrPercent).OnElements("img")

	// Links. URLs anywhere must parse and be http, https, mailto or
	// relative; links that leave the page don't pass on rank, the referrer
	// or a handle on this window.
	p.AllowAttrs("href", "title").OnElements("a")
	p.AllowRelativeURLs(true)
	p.AllowURLSchemes("http", "https", "mailto")
	p.RequireNoFollowOnFullyQualifiedLinks(true)
	p.RequireNoReferrerOnFullyQualifiedLinks(true)
	p.AddTargetBlankToFullyQualifiedLinks(true)

	// Data tables, with the attributes that give cells their meaning.
	p.AllowElements("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
	p.AllowAttrs("colspan", "rowspan").Matching(bluemonday.Integer).OnElements("th", "td")
	p.AllowAttrs("scope").Matching(tableScope).OnElements("th", "td")

	// Collapsible notes.
	p.AllowElements("details", "summary")
	p.AllowAttrs("open").Matching(detailsOpen).OnElements("details")

	// What was hidden stays hidden, as every transform reads it.
	p.SkipElementsContent(element.Names(element.Hidden)...)

	return p
}

var (
	languageClass = regexp.MustCompile(`^language-[A-Za-z0-9_+#.-]+$`)
	tableScope    = regexp.MustCompile(`^(?i:row|col|rowgroup|colgroup)$`)
	detailsOpen   = regexp.MustCompile(`^(?i:|open)$`)
)

// Sanitize returns a Transform that makes a whole article safe to show:
//
//   - an HTML body goes through p;
//   - a Markdown body keeps its Markdown: its raw HTML, inline and in
//     blocks, goes through p, and a link, image, autolink or link
//     reference whose URL p refuses is turned into text by escaping its
//     opening bracket, so that any CommonMark renderer, even one that
//     passes raw HTML through, makes safe HTML of it;
//   - a Text body is left as it is: it holds no markup;
//   - Title, Subtitle, Description, Source and the alt texts become plain
//     text: markup is stripped and entities decoded once, so "AT&amp;T"
//     becomes "AT&T" and "AT&T" stays as it is;
//   - MainImage.URL and Thumbnail.URL are judged as an img src in the
//     body is: kept as p writes them (relative ones too, if p allows
//     relative URLs), or cleared when p refuses them, as a policy that
//     allows no images does.
//
// A nil p means Policy(). Extra and Summary are left alone. An article
// whose Format is not HTML, Markdown or Text is refused with an error and
// left unchanged. Sanitizing twice gives what sanitizing once does. The
// Transform is safe for concurrent use on different articles.
func Sanitize(p *bluemonday.Policy) Transform {
	if p == nil {
		p = Policy()
	}
	return func(a *Article) error {
		if a == nil {
			return ErrNilArticle
		}
		images := []*string{&a.MainImage.URL, &a.Thumbnail.URL}
		switch a.Format {
		case HTML:
			a.Body, images = sanitizeHTMLAndImages(p, a.Body, images)
		case Markdown:
			body, err := sanitizeMarkdown(a.Body, p)
			if err != nil {
				return &Error{Path: a.Path, Err: fmt.Errorf("sanitize: %w", err)}
			}
			a.Body = body
		case Text:
		default:
			return &Error{Path: a.Path, Key: "format", Err: fmt.Errorf("cannot sanitize a body of format %q", a.Format)}
		}
		for _, s := range []*string{&a.Title, &a.Subtitle, &a.Description, &a.Source, &a.MainImage.Alt, &a.Thumbnail.Alt} {
			*s = plainText(*s)
		}
		for _, u := range images {
			*u, _ = policyURL(p, "img", "src", *u)
		}
		return nil
	}
}

// sanitizeHTMLAndImages is sanitizeHTML(p, body), which also judges the
// image URLs images point to as policyURL does, in the same pass of
// bluemonday: a pass costs more for itself than for a short body. Each
// URL goes before the body as a probe <img> followed by a text mark
// that no input can know, and the output up to each mark is that probe's.
// It returns the images it could not judge so, which are all of them when
// the body is empty.
func sanitizeHTMLAndImages(p *bluemonday.Policy, body string, images []*string) (string, []*string) {
	images = slices.DeleteFunc(images, func(u *string) bool { return *u == "" })
	if len(images) == 0 || strings.TrimSpace(body) == "" {
		return sanitizeHTML(p, body), images
	}
	mark := rand.Text()
	var probes strings.Builder
	for _, u := range images {
		probes.WriteString(probe("img", "src", *u) + mark)
	}
	out := sanitizeHTMLAfter(p, probes.String(), body)
	judged := make([]string, len(images))
	for i := range images {
		var ok bool
		if judged[i], out, ok = strings.Cut(out, mark); !ok {
			return sanitizeHTML(p, body), images // a policy that drops text after an <img>
		}
	}
	for i, u := range images {
		*u, _ = probedURL(judged[i], "src")
	}
	return out, nil
}

// sanitizeHTML is p.Sanitize(body) written into a builder sized for the
// body, where bluemonday's own buffer grows from nothing and is copied to
// make its string. As with Sanitize,
// white space stays as it is and a body the tokenizer fails on becomes "".
func sanitizeHTML(p *bluemonday.Policy, body string) string {
	if strings.TrimSpace(body) == "" {
		return body
	}
	return sanitizeHTMLAfter(p, "", body)
}

// sanitizeHTMLAfter sanitizes prefix and body as one text, read without
// joining them.
func sanitizeHTMLAfter(p *bluemonday.Policy, prefix, body string) string {
	var b strings.Builder
	b.Grow(len(prefix) + len(body) + len(body)/8) // links gain rel and target attributes
	if err := p.SanitizeReaderToWriter(io.MultiReader(strings.NewReader(prefix), strings.NewReader(body)), &b); err != nil {
		return ""
	}
	return b.String()
}

// policyURL returns the URL u as p writes it in the attribute attr of the
// element tag, and whether p keeps it there at all: the one judge of URLs,
// bluemonday, for the body's and the front matter's alike. An empty u is
// kept as it is.
func policyURL(p *bluemonday.Policy, tag, attr, u string) (string, bool) {
	if u == "" {
		return "", true
	}
	return probedURL(p.Sanitize(probe(tag, attr, u)), attr)
}

// probe returns the element tag with u as its attribute attr, for p to
// judge.
func probe(tag, attr, u string) string {
	return "<" + tag + " " + attr + `="` + html.EscapeString(u) + `">`
}

// probedURL reads the URL of attribute attr back from what p wrote of a
// probe, and whether p kept it. bluemonday writes a kept attribute as
// name="escaped value"; reading that back needs no tokenizer, whose
// buffer would be most of the cost.
func probedURL(out, attr string) (string, bool) {
	_, val, ok := strings.Cut(out, " "+attr+`="`)
	if !ok {
		return "", false
	}
	val, _, ok = strings.Cut(val, `"`)
	return html.UnescapeString(val), ok
}

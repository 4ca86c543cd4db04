package feed

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/markdown"
)

// item is what every format says of one article.
type item struct {
	title     string
	link      string // also the id
	published time.Time
	updated   time.Time // the later of published and updatedOn
	summary   string    // plain text
	authors   []string  // the article's Authors
	tags      []string  // its Categories, then its Tags
	content   string    // HTML
	image     image

	index   int              // its article's place in the stream
	article *article.Article // its article, until its content is rendered
}

// image is an item's main image, with an absolute http(s) URL.
type image struct {
	article.Image
	Type string // its media type from the URL's extension, "" if unknown
}

// newItem makes the item of a, at slug under base, all but its content.
func newItem(a *article.Article, base *url.URL, slug string) (item, error) {
	if strings.TrimSpace(a.Title) == "" {
		return item{}, errors.New("title is empty")
	}
	if err := errors.Join(checkDate("publishedOn", a.PublishedOn), checkDate("updatedOn", a.UpdatedOn)); err != nil {
		return item{}, err
	}
	it := item{
		title:     a.Title,
		link:      base.String() + slug,
		published: a.PublishedOn,
		updated:   a.UpdatedOn,
		summary:   a.Description,
		image:     mainImage(a, base),
		authors:   a.Authors,
		tags:      slices.Concat(a.Categories, a.Tags),
	}
	if it.published.IsZero() {
		it.published = a.UpdatedOn
	}
	// IsZero first: a date before year 1 is before the zero time too.
	if it.updated.IsZero() || it.updated.Before(it.published) {
		it.updated = it.published
	}
	if strings.TrimSpace(it.summary) == "" {
		it.summary = a.Summary.Excerpt
	}
	return it, nil
}

// checkDate reports t, the date in field name, if a feed cannot hold it: the
// dates of RSS (RFC 1123), Atom and JSON Feed (RFC 3339) have four-digit
// years and offsets of whole minutes under a day.
func checkDate(name string, t time.Time) error {
	if t.IsZero() {
		return nil
	}
	_, offset := t.Zone()
	if y := t.Year(); y < 0 || y > 9999 || offset%60 != 0 || offset <= -24*3600 || offset >= 24*3600 {
		return fmt.Errorf("%s %s cannot be written: a feed's dates have the years 0000 to 9999 and offsets of whole minutes under a day", name, t.Format(time.RFC3339))
	}
	return nil
}

// itemName names an article in an error: its path, else its title.
func itemName(a *article.Article) string {
	if a.Path != "" {
		return a.Path
	}
	return fmt.Sprintf("%q", a.Title)
}

// contentHTML returns the body as HTML: an HTML body as it is, a Markdown
// body rendered, a text body escaped into paragraphs.
func contentHTML(a *article.Article) (string, error) {
	switch a.Format {
	case article.HTML:
		return a.Body, nil
	case article.Markdown:
		return markdown.ToHTML(a.Body, true)
	case article.Text:
		return textHTML(a.Body), nil
	default:
		return "", fmt.Errorf("unknown body format %q", a.Format)
	}
}

// textHTML escapes plain text into paragraphs, one for each run of lines
// between blank lines, its line ends kept as <br>.
func textHTML(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	var para []string
	flush := func() {
		if len(para) > 0 {
			b.WriteString("<p>")
			b.WriteString(strings.Join(para, "<br>\n"))
			b.WriteString("</p>\n")
			para = para[:0]
		}
	}
	for line := range strings.Lines(text) {
		line = strings.TrimRight(line, " \t\r\n")
		if line == "" {
			flush()
			continue
		}
		para = append(para, htmlEscaper.Replace(line))
	}
	flush()
	return b.String()
}

// htmlEscaper escapes plain text for HTML outside attributes.
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// mainImage returns the main image, else the thumbnail, its URL resolved
// against base; none if neither is an http(s) URL.
func mainImage(a *article.Article, base *url.URL) image {
	for _, img := range []article.Image{a.MainImage, a.Thumbnail} {
		if strings.TrimSpace(img.URL) == "" {
			continue
		}
		ref, err := url.Parse(strings.TrimSpace(img.URL))
		if err != nil {
			continue
		}
		if img.URL = base.ResolveReference(ref).String(); article.IsWebURL(img.URL) {
			return image{Image: img, Type: imageTypes[strings.ToLower(path.Ext(ref.Path))]}
		}
	}
	return image{}
}

// imageTypes are the media types of image files by extension; a fixed
// table, unlike mime.TypeByExtension, which reads the system's files.
var imageTypes = map[string]string{
	".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
	".webp": "image/webp", ".avif": "image/avif", ".svg": "image/svg+xml",
}

package article

import (
	"errors"
	"fmt"
	"net/url"
	"time"
)

// FutureLimit is how far past now Validate lets a date be.
const FutureLimit = 366 * 24 * time.Hour

// Validate reports the problems in the article's data, joined with
// errors.Join; Problems lists them, each an *Error naming the key it
// concerns as the file wrote it (Hugo's "lastmod" for updatedOn) and, for
// a parsed article, the key's line. It checks that
// the title is not empty, that updatedOn is not before publishedOn, that
// no date is more than FutureLimit ahead, that image URLs are http(s) URLs
// or relative to the page, with alt text, that the format is known, and that no Extra
// key collides with a typed field's key. It returns nil when all is well,
// and ErrNilArticle for a nil article.
func (a *Article) Validate() error {
	if a == nil {
		return ErrNilArticle
	}
	return a.validateAt(time.Now())
}

func (a *Article) validateAt(now time.Time) error {
	var problems []*Error
	problem := func(key, format string, args ...any) {
		problems = append(problems, &Error{Path: a.Path, Key: a.fileKey(key), Err: fmt.Errorf(format, args...)})
	}
	if a.Title == "" {
		problem("title", "is empty")
	}
	if !a.UpdatedOn.IsZero() && a.UpdatedOn.Before(a.PublishedOn) {
		problem("updatedOn", "%s is before publishedOn %s", formatDate(a.UpdatedOn), formatDate(a.PublishedOn))
	}
	for _, d := range []struct {
		key string
		t   time.Time
	}{{"publishedOn", a.PublishedOn}, {"updatedOn", a.UpdatedOn}, {"newsDate", a.NewsDate}} {
		if d.t.After(now.Add(FutureLimit)) {
			problem(d.key, "%s is far in the future", formatDate(d.t))
		}
	}
	for _, img := range []struct {
		key, altKey string
		Image
	}{{"mainImage", "altTextMainImage", a.MainImage}, {"thumbnail", "altTextThumbnail", a.Thumbnail}} {
		if img.URL == "" {
			continue
		}
		if !isImageURL(img.URL) {
			problem(img.key, "%q is neither an http(s) URL nor relative to the page", img.URL)
		}
		if img.Alt == "" {
			problem(img.altKey, "the image has no alt text")
		}
	}
	switch a.Format {
	case HTML, Markdown, Text:
	default:
		problem("format", "%q is not html, markdown or text", a.Format)
	}
	for i := range typedFields {
		if key := a.writtenKey(i); hasKey(a.Extra, key) {
			problem(key, "Extra holds the key of a typed field")
		}
	}
	a.findLines(problems)
	errs := make([]error, len(problems))
	for i, p := range problems {
		errs[i] = p
	}
	return errors.Join(errs...)
}

// fileKey returns the key the file gave the typed field whose export key
// is key, such as Hugo's "lastmod" for "updatedOn"; any other key as it is.
func (a *Article) fileKey(key string) string {
	for i := range typedFields {
		if typedFields[i].key == key {
			return a.writtenKey(i)
		}
	}
	return key
}

// findLines sets the Line of each problem whose key the article's front
// matter holds. It reads the front matter again, so that only an article
// with problems pays for the lines.
func (a *Article) findLines(problems []*Error) {
	if len(problems) == 0 || a.origin.text == "" {
		return
	}
	fields, err := a.origin.fields()
	if err != nil {
		return
	}
	for _, p := range problems {
		for _, f := range fields {
			if f.key == p.Key {
				p.Line = f.line
				break
			}
		}
	}
}

// writtenKey returns the key WriteTo writes typed field i under.
func (a *Article) writtenKey(i int) string {
	if a.keys != nil && a.keys[i] != "" {
		return a.keys[i]
	}
	return typedFields[i].key
}

// isImageURL reports whether s can be an image's address: an absolute
// http(s) URL, or one relative to the page (/images/a.png), as static sites
// write them and ResolveURLs makes absolute.
func isImageURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "" || IsWebURL(s))
}

// IsWebURL reports whether s is an absolute http or https URL with a host.
func IsWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

func hasKey(m map[string]any, key string) bool {
	_, ok := m[key]
	return ok
}

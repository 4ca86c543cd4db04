// Package feed writes articles as a web feed — RSS 2.0, Atom 1.0 or JSON
// Feed 1.1 — and one article as schema.org JSON-LD for rich results.
//
// Each article becomes an item whose link is the channel's BaseURL, a
// slash and the article's slug: its "slug" front-matter key, else its file
// name without the extension, else its title made into a slug; a slug
// taken already gets -2, -3 and so on. The link is the item's id too. The
// summary is the description, else the excerpt of a summarize transform;
// the content is the body as HTML, as it is: run article.Sanitize first
// for bodies you do not trust. All text is escaped by encoding/xml and
// encoding/json, so any title or body gives a well-formed feed.
package feed

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/articlekit/article"
)

// Format is a feed format.
type Format int

// The feed formats Write writes.
const (
	RSS  Format = iota // RSS 2.0, with content:encoded, media:content and atom:updated
	Atom               // Atom 1.0 (RFC 4287)
	JSON               // JSON Feed 1.1
)

var formatNames = [...]string{RSS: "rss", Atom: "atom", JSON: "json"}

var mediaTypes = [...]string{
	RSS:  "application/rss+xml",
	Atom: "application/atom+xml",
	JSON: "application/feed+json",
}

// String returns the format's name: "rss", "atom" or "json".
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// ContentType returns the Content-Type to serve the format with, such as
// "application/rss+xml; charset=utf-8".
func (f Format) ContentType() string {
	if t := f.mediaType(); t != "" {
		return t + "; charset=utf-8"
	}
	return ""
}

// mediaType returns the format's media type, "" for an unknown format.
func (f Format) mediaType() string {
	if f < 0 || int(f) >= len(mediaTypes) {
		return ""
	}
	return mediaTypes[f]
}

// ParseFormat returns the format named s ("rss", "atom" or "json", in any
// case), as for a command-line flag.
func ParseFormat(s string) (Format, error) {
	for f, name := range formatNames {
		if strings.EqualFold(s, name) {
			return Format(f), nil
		}
	}
	return 0, fmt.Errorf("feed: unknown format %q: want rss, atom or json", s)
}

// Channel describes the feed as a whole: the site the articles belong to.
type Channel struct {
	Title       string // required
	Description string // what the feed is about; RSS falls back to the title
	BaseURL     string // required: the absolute http(s) URL the item slugs are under
	Language    string // the language of the articles, such as "en" or "zh-CN"
	Author      string // the name of the author or organization behind the feed

	// FeedURL is where the feed itself is served: Atom's self link and id,
	// JSON Feed's feed_url and RSS's atom:link. It may be empty.
	FeedURL string
	// Updated is when the feed last changed; zero means the latest date of
	// its items.
	Updated time.Time
	// MaxItems, when positive, keeps only the newest MaxItems items (the
	// latest published, undated ones oldest, ties in the order given),
	// written newest first. Zero keeps them all, in the order given.
	MaxItems int
}

// validate reports what in the channel would make a broken feed.
func (ch *Channel) validate() error {
	var errs []error
	if strings.TrimSpace(ch.Title) == "" {
		errs = append(errs, errors.New("feed: channel title is empty"))
	}
	if err := checkWebURL("BaseURL", ch.BaseURL); err != nil {
		errs = append(errs, err)
	}
	if ch.FeedURL != "" {
		if err := checkWebURL("FeedURL", ch.FeedURL); err != nil {
			errs = append(errs, err)
		}
	}
	if err := checkDate("channel Updated", ch.Updated); err != nil {
		errs = append(errs, fmt.Errorf("feed: %w", err))
	}
	return errors.Join(errs...)
}

// home returns the URL of the site's home page: BaseURL ending in "/".
func (ch *Channel) home() string { return strings.TrimRight(ch.BaseURL, "/") + "/" }

// checkWebURL reports whether s, a channel's field, is an absolute http(s)
// URL that paths can be added to.
func checkWebURL(field, s string) error {
	if !article.IsWebURL(s) {
		return fmt.Errorf("feed: channel %s %q is not an absolute http(s) URL", field, s)
	}
	if u, _ := url.Parse(s); u.RawQuery != "" || u.Fragment != "" || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "#") {
		return fmt.Errorf("feed: channel %s %q has a query or fragment", field, s)
	}
	return nil
}

// Write writes items as a feed in format f, as WriteSeq does. The items
// being at hand, a channel without Updated is dated with the newest of
// their dates before any item is written, so that every Atom entry without
// a date of its own takes it.
func Write(w io.Writer, f Format, ch Channel, items []*article.Article) error {
	if ch.Updated.IsZero() {
		for _, a := range items {
			if a != nil && checkDate("publishedOn", a.PublishedOn) == nil && checkDate("updatedOn", a.UpdatedOn) == nil {
				ch.Updated = later(later(ch.Updated, a.PublishedOn), a.UpdatedOn)
			}
		}
	}
	return WriteSeq(w, f, ch, slices.Values(items))
}

// WriteSeq writes the articles of seq as a feed in format f, each item as
// it comes (with MaxItems, the newest), so that a feed of any size, such as
// that of a ParseFS stream, takes the memory of one item (of MaxItems),
// and of the slugs given so far, which keep the links unique.
//
// The channel needs a title and an absolute http(s) BaseURL; if it has not,
// or f is unknown, nothing is written. An article that cannot be an item
// (nil, untitled, with a date a feed cannot hold or a body of an unknown
// format) is left out and the rest of the feed is written: the error is
// then errors.Join of an *article.Error for each article left out, with
// its Path. Any other error, such as w's, comes first, joined with those,
// and the feed is incomplete.
//
// When Channel.Updated is zero, the feed's date is its newest item's: it
// is written after the items, where RSS and Atom allow it, unless MaxItems
// makes it known before. An Atom entry without a date takes the feed's
// date, so without Channel.Updated or MaxItems it is left out.
//
// A nil seq is an empty feed. WriteSeq is safe for concurrent use; it does
// not change the articles.
func WriteSeq(w io.Writer, f Format, ch Channel, seq iter.Seq[*article.Article]) error {
	if seq == nil {
		seq = slices.Values([]*article.Article(nil))
	}
	if f.mediaType() == "" {
		return fmt.Errorf("feed: unknown format %d", int(f))
	}
	if err := ch.validate(); err != nil {
		return err
	}
	s, err := newStream(&ch, f, seq)
	if err != nil {
		return err
	}
	write := writeJSONFeed
	switch f {
	case RSS:
		write = writeRSS
	case Atom:
		write = writeAtom
	}
	if err := write(w, s); err != nil {
		return errors.Join(append([]error{fmt.Errorf("feed: %s: %w", f, err)}, s.skipped...)...)
	}
	return errors.Join(s.skipped...)
}

// formatRFC3339 formats t for Atom and JSON, "" for the zero time.
func formatRFC3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

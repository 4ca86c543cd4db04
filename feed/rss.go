package feed

import (
	"cmp"
	"encoding/xml"
	"io"
	"strings"
	"time"
)

// The namespaces of the RSS extensions an item uses.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsMedia   = "http://search.yahoo.com/mrss/"
)

type rssDoc struct {
	XMLName      xml.Name   `xml:"rss"`
	Version      string     `xml:"version,attr"`
	XMLNSAtom    string     `xml:"xmlns:atom,attr"`
	XMLNSContent string     `xml:"xmlns:content,attr"`
	XMLNSDC      string     `xml:"xmlns:dc,attr"`
	XMLNSMedia   string     `xml:"xmlns:media,attr"`
	Channel      rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language,omitempty"`
	LastBuildDate string    `xml:"lastBuildDate,omitempty"`
	Self          *atomLink `xml:"atom:link"`
	Items         xmlItems  `xml:"item"`
}

type rssItem struct {
	Title       string        `xml:"title"`
	Link        string        `xml:"link"`
	GUID        rssGUID       `xml:"guid"`
	PubDate     string        `xml:"pubDate,omitempty"`
	Updated     string        `xml:"atom:updated,omitempty"`
	Creator     string        `xml:"dc:creator,omitempty"`
	Categories  []string      `xml:"category"`
	Description string        `xml:"description,omitempty"`
	Content     string        `xml:"content:encoded"`
	Enclosure   *rssEnclosure `xml:"enclosure"`
	Media       *mediaContent `xml:"media:content"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	ID          string `xml:",chardata"`
}

type rssEnclosure struct {
	URL    string `xml:"url,attr"`
	Length int    `xml:"length,attr"` // unknown: 0
	Type   string `xml:"type,attr"`
}

type mediaContent struct {
	URL         string `xml:"url,attr"`
	Medium      string `xml:"medium,attr"`
	Type        string `xml:"type,attr,omitempty"`
	Description string `xml:"media:description,omitempty"`
}

// writeRSS writes an RSS 2.0 feed. Dates are RFC 822 (with four-digit
// years), except atom:updated, which is RFC 3339 as Atom wants. The
// description holds the summary escaped as HTML, as RSS readers take it
// for HTML.
func writeRSS(w io.Writer, s *stream) error {
	ch := s.ch
	doc := rssDoc{
		Version:      "2.0",
		XMLNSAtom:    nsAtom,
		XMLNSContent: nsContent,
		XMLNSDC:      nsDC,
		XMLNSMedia:   nsMedia,
		Channel: rssChannel{
			Title:       ch.Title,
			Link:        ch.home(),
			Description: cmp.Or(ch.Description, ch.Title),
			Language:    ch.Language,
			Items:       xmlItems{items: mapItems(s, func(it *item) rssItem { return newRSSItem(ch, it) })},
		},
	}
	if s.dated {
		doc.Channel.LastBuildDate = formatRFC822(ch.Updated)
	} else {
		doc.Channel.Items.lateName = "lastBuildDate"
		doc.Channel.Items.late = func() (string, error) { return formatRFC822(ch.Updated), nil }
	}
	if ch.FeedURL != "" {
		doc.Channel.Self = &atomLink{Rel: "self", Href: ch.FeedURL, Type: RSS.mediaType()}
	}
	return writeXML(w, doc)
}

// newRSSItem returns the RSS element of it.
func newRSSItem(ch *Channel, it *item) rssItem {
	ri := rssItem{
		Title:       it.title,
		Link:        it.link,
		GUID:        rssGUID{IsPermaLink: true, ID: it.link},
		PubDate:     formatRFC822(it.published),
		Updated:     formatRFC3339(it.updated),
		Creator:     cmp.Or(strings.Join(it.authors, ", "), ch.Author),
		Categories:  it.tags,
		Description: htmlEscaper.Replace(it.summary),
		Content:     it.content,
	}
	if img := it.image; img.URL != "" {
		if img.Type != "" {
			ri.Enclosure = &rssEnclosure{URL: img.URL, Type: img.Type}
		}
		ri.Media = &mediaContent{URL: img.URL, Medium: "image", Type: img.Type, Description: img.Alt}
	}
	return ri
}

// formatRFC822 formats t for RSS, "" for the zero time.
func formatRFC822(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC1123Z)
}

package feed

import (
	"cmp"
	"encoding/xml"
	"errors"
	"io"
)

type atomFeed struct {
	XMLName  xml.Name   `xml:"http://www.w3.org/2005/Atom feed"`
	Lang     string     `xml:"xml:lang,attr,omitempty"`
	ID       string     `xml:"id"`
	Title    atomText   `xml:"title"`
	Subtitle *atomText  `xml:"subtitle"`
	Updated  string     `xml:"updated,omitempty"` // empty when written after the entries
	Links    []atomLink `xml:"link"`
	Author   atomPerson `xml:"author"`
	Entries  xmlItems   `xml:"entry"`
}

type atomEntry struct {
	ID        string       `xml:"id"`
	Title     atomText     `xml:"title"`
	Published string       `xml:"published,omitempty"`
	Updated   string       `xml:"updated"`
	Authors   []atomPerson `xml:"author"`
	Links     []atomLink   `xml:"link"`
	Category  []atomTerm   `xml:"category"`
	Summary   *atomText    `xml:"summary"`
	Content   atomText     `xml:"content"`
}

// atomTerm is a category of an entry.
type atomTerm struct {
	Term string `xml:"term,attr"`
}

// atomText is a text construct: Type "text" or "html".
type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomLink struct {
	Rel   string `xml:"rel,attr,omitempty"`
	Href  string `xml:"href,attr"`
	Type  string `xml:"type,attr,omitempty"`
	Title string `xml:"title,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

// writeAtom writes an Atom 1.0 feed. Atom wants a date on every entry: an
// item without one takes the channel's (the stream leaves it out when that
// is not known before the entries); with none at all it is an error.
func writeAtom(w io.Writer, s *stream) error {
	ch := s.ch
	home := ch.home()
	feed := atomFeed{
		Lang:    ch.Language,
		ID:      cmp.Or(ch.FeedURL, home),
		Title:   atomText{Type: "text", Text: ch.Title},
		Links:   []atomLink{{Rel: "alternate", Href: home, Type: "text/html"}},
		Author:  atomPerson{Name: cmp.Or(ch.Author, ch.Title)},
		Entries: xmlItems{items: mapItems(s, func(it *item) atomEntry { return newAtomEntry(ch, it) })},
	}
	if s.dated {
		feed.Updated = formatRFC3339(ch.Updated)
	} else {
		feed.Entries.lateName = "updated"
		feed.Entries.late = func() (string, error) {
			if ch.Updated.IsZero() {
				return "", errors.New("no item has a date and Channel.Updated is zero")
			}
			return formatRFC3339(ch.Updated), nil
		}
	}
	if ch.Description != "" {
		feed.Subtitle = &atomText{Type: "text", Text: ch.Description}
	}
	if ch.FeedURL != "" {
		feed.Links = append(feed.Links, atomLink{Rel: "self", Href: ch.FeedURL, Type: Atom.mediaType()})
	}
	return writeXML(w, feed)
}

// newAtomEntry returns the Atom entry of it.
func newAtomEntry(ch *Channel, it *item) atomEntry {
	updated := it.updated
	if updated.IsZero() {
		updated = ch.Updated
	}
	e := atomEntry{
		ID:        it.link,
		Title:     atomText{Type: "text", Text: it.title},
		Published: formatRFC3339(it.published),
		Updated:   formatRFC3339(updated),
		Links:     []atomLink{{Rel: "alternate", Href: it.link, Type: "text/html"}},
		Content:   atomText{Type: "html", Text: it.content},
	}
	if it.summary != "" {
		e.Summary = &atomText{Type: "text", Text: it.summary}
	}
	for _, name := range it.authors {
		e.Authors = append(e.Authors, atomPerson{Name: name})
	}
	for _, tag := range it.tags {
		e.Category = append(e.Category, atomTerm{Term: tag})
	}
	if img := it.image; img.URL != "" {
		e.Links = append(e.Links, atomLink{Rel: "enclosure", Href: img.URL, Type: img.Type, Title: img.Alt})
	}
	return e
}

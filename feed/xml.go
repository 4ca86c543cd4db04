package feed

import (
	"encoding/xml"
	"io"
	"iter"
)

// writeXML writes v as an indented XML document.
func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// xmlItems writes the items of a feed as encoding/xml reaches them, one
// element at a time, so that the feed is never in memory whole; then,
// when late is set, the feed's date in an element named lateName, since a
// date that is the newest item's is known only after the items (RSS and
// Atom allow their elements in any order).
type xmlItems struct {
	items    iter.Seq[any]
	lateName string
	late     func() (string, error) // the date's text, "" for none
}

// MarshalXML writes the items, each as an element named as start.
func (x xmlItems) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	for v := range x.items {
		if err := e.EncodeElement(v, start); err != nil {
			return err
		}
	}
	if x.late == nil {
		return nil
	}
	date, err := x.late()
	if err != nil || date == "" {
		return err
	}
	return e.EncodeElement(date, xml.StartElement{Name: xml.Name{Local: x.lateName}})
}

// mapItems returns the items of s, each made into a format's element by
// f.
func mapItems[T any](s *stream, f func(*item) T) iter.Seq[any] {
	return func(yield func(any) bool) {
		for it := range s.items() {
			if !yield(f(&it)) {
				return
			}
		}
	}
}

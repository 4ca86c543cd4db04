package feed

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

type jsonFeed struct {
	Version     string       `json:"version"`
	Title       string       `json:"title"`
	HomePageURL string       `json:"home_page_url"`
	FeedURL     string       `json:"feed_url,omitempty"`
	Description string       `json:"description,omitempty"`
	Language    string       `json:"language,omitempty"`
	Authors     []jsonAuthor `json:"authors,omitempty"`
	// items follow, written by writeJSONFeed one at a time
}

// jsonAuthor is the author of a feed or an item.
type jsonAuthor struct {
	Name string `json:"name"`
}

type jsonItem struct {
	ID            string       `json:"id"`
	URL           string       `json:"url"`
	Title         string       `json:"title"`
	ContentHTML   string       `json:"content_html"`
	Summary       string       `json:"summary,omitempty"`
	Image         string       `json:"image,omitempty"`
	DatePublished string       `json:"date_published,omitempty"`
	DateModified  string       `json:"date_modified,omitempty"`
	Authors       []jsonAuthor `json:"authors,omitempty"`
	Tags          []string     `json:"tags,omitempty"`
}

// jsonFeedVersion is the URL that names the JSON Feed version written.
const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

// writeJSONFeed writes a JSON Feed 1.1, indented, one item at a time:
// encoding/json writes a list only whole, so the feed is written in parts,
// as its encoder would write it whole.
func writeJSONFeed(w io.Writer, s *stream) error {
	ch := s.ch
	feed := jsonFeed{
		Version:     jsonFeedVersion,
		Title:       ch.Title,
		HomePageURL: ch.home(),
		FeedURL:     ch.FeedURL,
		Description: ch.Description,
		Language:    ch.Language,
	}
	if ch.Author != "" {
		feed.Authors = []jsonAuthor{{Name: ch.Author}}
	}
	bw := bufio.NewWriter(w)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // content_html stays readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(feed); err != nil {
		return err
	}
	// The head without its closing "}\n", then the list of items.
	bw.Write(buf.Bytes()[:buf.Len()-3])
	bw.WriteString(",\n  \"items\": [")
	enc.SetIndent("    ", "  ")
	n := 0
	for it := range s.items() {
		buf.Reset()
		if err := enc.Encode(newJSONItem(&it)); err != nil {
			return err
		}
		if n > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		if _, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))); err != nil {
			return err // w failed: stop reading the stream
		}
		n++
	}
	if n > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return bw.Flush()
}

// newJSONItem returns the JSON Feed item of it.
func newJSONItem(it *item) jsonItem {
	ji := jsonItem{
		ID:            it.link,
		URL:           it.link,
		Title:         it.title,
		ContentHTML:   it.content,
		Summary:       it.summary,
		Image:         it.image.URL,
		DatePublished: formatRFC3339(it.published),
		DateModified:  formatRFC3339(it.updated),
		Tags:          it.tags,
	}
	for _, name := range it.authors {
		ji.Authors = append(ji.Authors, jsonAuthor{Name: name})
	}
	return ji
}

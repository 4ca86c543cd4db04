package feed

import (
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
	Items       []jsonItem   `json:"items"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

type jsonItem struct {
	ID            string `json:"id"`
	URL           string `json:"url"`
	Title         string `json:"title"`
	ContentHTML   string `json:"content_html"`
	Summary       string `json:"summary,omitempty"`
	Image         string `json:"image,omitempty"`
	DatePublished string `json:"date_published,omitempty"`
	DateModified  string `json:"date_modified,omitempty"`
}

// jsonFeedVersion is the URL that names the JSON Feed version written.
const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

// writeJSONFeed writes a JSON Feed 1.1.
func writeJSONFeed(w io.Writer, ch *Channel, items []item) error {
	feed := jsonFeed{
		Version:     jsonFeedVersion,
		Title:       ch.Title,
		HomePageURL: ch.home(),
		FeedURL:     ch.FeedURL,
		Description: ch.Description,
		Language:    ch.Language,
		Items:       make([]jsonItem, len(items)),
	}
	if ch.Author != "" {
		feed.Authors = []jsonAuthor{{Name: ch.Author}}
	}
	for i, it := range items {
		feed.Items[i] = jsonItem{
			ID:            it.link,
			URL:           it.link,
			Title:         it.title,
			ContentHTML:   it.content,
			Summary:       it.summary,
			Image:         it.image.URL,
			DatePublished: formatRFC3339(it.published),
			DateModified:  formatRFC3339(it.updated),
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // content_html stays readable
	return enc.Encode(feed)
}

package feed

import (
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/articlekit/article"
)

// newsArticle is a schema.org NewsArticle, as search engines read it for
// rich results.
type newsArticle struct {
	Context             string      `json:"@context"`
	Type                string      `json:"@type"`
	Headline            string      `json:"headline"`
	AlternativeHeadline string      `json:"alternativeHeadline,omitempty"`
	Description         string      `json:"description,omitempty"`
	Image               []string    `json:"image,omitempty"`
	DatePublished       string      `json:"datePublished,omitempty"`
	DateModified        string      `json:"dateModified,omitempty"`
	InLanguage          string      `json:"inLanguage,omitempty"`
	Author              []schemaRef `json:"author,omitempty"`
	Keywords            string      `json:"keywords,omitempty"`
	Publisher           schemaRef   `json:"publisher"`
	URL                 string      `json:"url"`
	MainEntityOfPage    schemaRef   `json:"mainEntityOfPage"`
}

// schemaRef is a schema.org thing named or pointed to by its @id.
type schemaRef struct {
	Type string `json:"@type"`
	ID   string `json:"@id,omitempty"`
	Name string `json:"name,omitempty"`
}

// NewsArticle returns the schema.org NewsArticle of a as JSON-LD, for a
// page to put in a <script type="application/ld+json"> element: headline,
// alternativeHeadline (the subtitle), description, image, datePublished,
// dateModified, inLanguage (the article's Lang, else the channel's
// Language), author (a Person for each of Authors), keywords (Categories
// and Tags), the publisher as an Organization named by the
// article's Source (else the channel's title), and the page's URL, made as
// Write makes an item's link. <, > and & are escaped as \u003c and so on,
// so the JSON cannot close the script element. The channel needs a title
// and an absolute http(s) BaseURL, the article a title.
func NewsArticle(a *article.Article, ch Channel) ([]byte, error) {
	if a == nil {
		return nil, fmt.Errorf("feed: json-ld: %w", article.ErrNilArticle)
	}
	if err := ch.validate(); err != nil {
		return nil, err
	}
	base, err := url.Parse(ch.home())
	if err != nil {
		return nil, fmt.Errorf("feed: channel BaseURL: %w", err)
	}
	it, err := newItem(a, base, Slug(a))
	if err != nil {
		return nil, fmt.Errorf("feed: json-ld (%s): %w", itemName(a), err)
	}
	na := newsArticle{
		Context:             "https://schema.org",
		Type:                "NewsArticle",
		Headline:            it.title,
		AlternativeHeadline: a.Subtitle,
		Description:         it.summary,
		DatePublished:       formatRFC3339(it.published),
		DateModified:        formatRFC3339(it.updated),
		InLanguage:          cmp.Or(a.Lang, ch.Language),
		Keywords:            strings.Join(it.tags, ", "),
		URL:                 it.link,
		MainEntityOfPage:    schemaRef{Type: "WebPage", ID: it.link},
		Publisher:           schemaRef{Type: "Organization", Name: cmp.Or(a.Source, ch.Title)},
	}
	if it.image.URL != "" {
		na.Image = []string{it.image.URL}
	}
	for _, name := range it.authors {
		na.Author = append(na.Author, schemaRef{Type: "Person", Name: name})
	}
	return json.Marshal(na)
}

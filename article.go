package article

import "time"

// Format names the markup of an article's body.
type Format string

// The body formats an Article can hold.
const (
	HTML     Format = "html"
	Markdown Format = "markdown"
	Text     Format = "text"
)

// Image is a picture with its alternative text.
type Image struct {
	URL string `json:"url"`
	Alt string `json:"alt"`
}

// Article is one article file: typed front matter, every other key in Extra,
// and the body in its Format.
type Article struct {
	Path        string    // file it came from, "" for a reader
	Title       string    // title
	Subtitle    string    // subtitle
	Description string    // description
	PublishedOn time.Time // publishedOn (Hugo's publishDate or date)
	UpdatedOn   time.Time // updatedOn (Hugo's lastmod)
	NewsDate    time.Time // newsDate: when the news it reports happened
	MainImage   Image     // mainImage + altTextMainImage (Hugo's image or images)
	Thumbnail   Image     // thumbnail + altTextThumbnail
	Source      string    // source, such as "techcrunch.com"
	Draft       bool      // draft
	Archived    bool      // archived
	Tags        []string  // tags: one text or a list
	Categories  []string  // categories: one text or a list
	Authors     []string  // authors, or Jekyll's author: one name or a list
	Slug        string    // slug
	Lang        string    // lang, or language

	// Extra holds every front-matter key not named above with its decoded
	// value (string, bool, int, float64, time.Time, []any, map[string]any or
	// nil), so that WriteTo loses nothing. It is nil when there are none.
	Extra map[string]any

	Body    string  // the body, unwrapped from a fence that was the whole of it, with \n line ends
	Format  Format  // the markup of Body
	Summary Summary // zero until a summarize transform runs

	// keys records, for a parsed article whose keys differ from the export layout's
	// layout, the key each typed field came under ("" when it was absent),
	// indexed like typedFields; WriteTo writes the values back under them.
	keys []string
	// dates records, indexed like typedFields, a date's text as the file
	// wrote it when that differs from how WriteTo would write the same date
	// (Jekyll's "2016-08-02 10:21:00 -0700", "February 14, 2025"), so that
	// WriteTo writes it back as it was while the date is unchanged.
	dates []writtenDate
	// layout records a body that came bare although WriteTo would fence
	// it, or fenced although WriteTo would not.
	layout bodyLayout
	// scalars has bit i set when list field i of typedFields came as one
	// text, which WriteTo writes back so while it holds one item.
	scalars uint32
	// origin is the front matter the article was read from.
	origin origin
	// tree is the parsed HTML body, kept by HTMLTree while Body is unchanged.
	tree *bodyTree
}

// Summary is what a summarize transform learns of an article. Its JSON
// keys are its fields' names in camelCase, readingTime an ISO 8601
// duration (json.go).
type Summary struct {
	Excerpt     string        // leading whole sentences, plain text
	Words       int           // words of the body's text
	ReadingTime time.Duration // at a reading speed
	Sentences   []string      // key sentences, in document order
	Outline     []Heading     // the body's headings, in order
}

// Heading is one heading of an article's outline.
type Heading struct {
	Level int    `json:"level"` // 1 to 6
	Text  string `json:"text"`
}

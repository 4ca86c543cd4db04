package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"time"
)

// articleJSON is the JSON form of an Article: the export layout's key names, dates in
// RFC 3339 (left out when zero), images as {url, alt} (left out when empty).
type articleJSON struct {
	Path        string         `json:"path,omitempty"`
	Title       string         `json:"title"`
	Subtitle    string         `json:"subtitle"`
	Description string         `json:"description"`
	PublishedOn time.Time      `json:"publishedOn,omitzero"`
	UpdatedOn   time.Time      `json:"updatedOn,omitzero"`
	MainImage   Image          `json:"mainImage,omitzero"`
	Thumbnail   Image          `json:"thumbnail,omitzero"`
	Source      string         `json:"source"`
	NewsDate    time.Time      `json:"newsDate,omitzero"`
	Draft       bool           `json:"draft"`
	Archived    bool           `json:"archived"`
	Tags        []string       `json:"tags"`
	Categories  []string       `json:"categories"`
	Authors     []string       `json:"authors"`
	Slug        string         `json:"slug"`
	Lang        string         `json:"lang"`
	Extra       map[string]any `json:"extra,omitempty"`
	Body        string         `json:"body"`
	Format      Format         `json:"format"`
	Summary     Summary        `json:"summary,omitzero"`
}

// MarshalJSON writes the article as camelCase JSON with the export layout's key
// names, RFC 3339 dates and images as {"url", "alt"}; zero dates and empty
// images are left out. Floats in Extra keep a decimal point, so that they
// read back as floats.
func (a Article) MarshalJSON() ([]byte, error) {
	j := articleJSON{
		Path: a.Path, Title: a.Title, Subtitle: a.Subtitle, Description: a.Description,
		PublishedOn: a.PublishedOn, UpdatedOn: a.UpdatedOn, MainImage: a.MainImage, Thumbnail: a.Thumbnail,
		Source: a.Source, NewsDate: a.NewsDate, Draft: a.Draft, Archived: a.Archived,
		Tags: emptyList(a.Tags), Categories: emptyList(a.Categories), Authors: emptyList(a.Authors), Slug: a.Slug, Lang: a.Lang,
		Body: a.Body, Format: a.Format, Summary: a.Summary,
	}
	if a.Extra != nil {
		j.Extra = jsonFloats(a.Extra).(map[string]any)
	}
	return marshalUnescaped(j)
}

// marshalUnescaped is json.Marshal without its escaping of <, > and & in
// every text: the caller's encoder escapes them or not, as its
// SetEscapeHTML says.
func marshalUnescaped(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// summaryJSON is the JSON form of a Summary.
type summaryJSON struct {
	Excerpt     string    `json:"excerpt"`
	Words       int       `json:"words"`
	ReadingTime string    `json:"readingTime"`
	Sentences   []string  `json:"sentences"`
	Outline     []Heading `json:"outline"`
}

// MarshalJSON writes the summary with readingTime as an ISO 8601 duration
// ("PT4M", as schema.org's timeRequired) and empty lists as [].
func (s Summary) MarshalJSON() ([]byte, error) {
	return marshalUnescaped(summaryJSON{
		Excerpt: s.Excerpt, Words: s.Words, ReadingTime: formatDuration(s.ReadingTime),
		Sentences: orEmpty(s.Sentences), Outline: orEmpty(s.Outline),
	})
}

// UnmarshalJSON reads what MarshalJSON writes; an empty list reads as nil,
// as a summarize transform leaves it, and a missing readingTime as zero.
func (s *Summary) UnmarshalJSON(data []byte) error {
	var j summaryJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	var d time.Duration
	if j.ReadingTime != "" {
		var err error
		if d, err = parseDuration(j.ReadingTime); err != nil {
			return &Error{Key: "summary.readingTime", Err: err}
		}
	}
	*s = Summary{Excerpt: j.Excerpt, Words: j.Words, ReadingTime: d, Sentences: orNil(j.Sentences), Outline: orNil(j.Outline)}
	return nil
}

// orEmpty returns s, or an empty slice for nil, which JSON writes as [].
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// orNil returns s, or nil for an empty slice.
func orNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// UnmarshalJSON reads what MarshalJSON writes. Numbers in Extra become int
// or float64 as YAML front matter gives them; JSON has no dates, so a date
// in Extra comes back as its RFC 3339 text. A value of Extra nested deeper
// than Parse reads front matter (100 levels) is an *Error, as WriteTo could
// not write it back.
func (a *Article) UnmarshalJSON(data []byte) error {
	if a == nil {
		return ErrNilArticle
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var j articleJSON
	if err := dec.Decode(&j); err != nil {
		return err
	}
	for k, v := range j.Extra {
		if tooDeep(v) {
			return &Error{Path: j.Path, Key: k, Err: fmt.Errorf("extra: %w", errTooDeep)}
		}
	}
	*a = Article{
		Path: j.Path, Title: j.Title, Subtitle: j.Subtitle, Description: j.Description,
		PublishedOn: canonicalTime(j.PublishedOn), UpdatedOn: canonicalTime(j.UpdatedOn),
		MainImage: j.MainImage, Thumbnail: j.Thumbnail, Source: j.Source,
		NewsDate: canonicalTime(j.NewsDate), Draft: j.Draft, Archived: j.Archived,
		Tags: nilList(j.Tags), Categories: nilList(j.Categories), Authors: nilList(j.Authors), Slug: j.Slug, Lang: j.Lang,
		Body: j.Body, Format: j.Format, Summary: j.Summary,
	}
	if j.Extra != nil {
		a.Extra = normalize(j.Extra).(map[string]any)
	}
	return nil
}

// emptyList returns l, or an empty list for nil, which JSON writes as [].
func emptyList(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}

// nilList returns l, or nil for an empty list, as Parse gives no list.
func nilList(l []string) []string {
	if len(l) == 0 {
		return nil
	}
	return l
}

// jsonFloats returns a copy of v in which integral floats are json.Numbers
// with a decimal point: 3.0, not 3.
func jsonFloats(v any) any {
	switch v := v.(type) {
	case float64:
		if v == math.Trunc(v) && !math.IsInf(v, 0) && math.Abs(v) < 1e21 {
			return json.Number(formatFloat(v))
		}
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			m[k] = jsonFloats(e)
		}
		return m
	case []any:
		s := make([]any, len(v))
		for i, e := range v {
			s[i] = jsonFloats(e)
		}
		return s
	}
	return v
}

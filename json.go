package article

import (
	"bytes"
	"encoding/json"
	"math"
	"time"
)

// articleJSON is the JSON form of an Article: the seed's key names, dates in
// RFC 3339 (left out when zero), images as {url, alt}.
type articleJSON struct {
	Path        string         `json:"path,omitempty"`
	Title       string         `json:"title"`
	Subtitle    string         `json:"subtitle"`
	Description string         `json:"description"`
	PublishedOn time.Time      `json:"publishedOn,omitzero"`
	UpdatedOn   time.Time      `json:"updatedOn,omitzero"`
	MainImage   Image          `json:"mainImage"`
	Thumbnail   Image          `json:"thumbnail"`
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

// MarshalJSON writes the article as camelCase JSON with the seed's key
// names, RFC 3339 dates and images as {"url", "alt"}. Floats in Extra keep
// a decimal point, so that they read back as floats.
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
	// Not json.Marshal, which escapes <, > and & in every body: the
	// caller's encoder escapes them or not, as its SetEscapeHTML says.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads what MarshalJSON writes. Numbers in Extra become int
// or float64 as YAML front matter gives them; JSON has no dates, so a date
// in Extra comes back as its RFC 3339 text.
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

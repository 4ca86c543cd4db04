package article

import (
	"errors"
	"slices"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// typedField ties one typed field of Article to its front-matter key.
type typedField struct {
	key     string             // the export layout's key
	aliases []string           // static-site keys that fill the field when key is absent
	ptr     func(*Article) any // the field: *string, *time.Time, *bool or *[]string
}

// typedFields lists the typed fields in the export layout's key order, which is the
// order WriteTo writes them in. The aliases are the keys static-site
// generators and blog engines give the field (see WithSiteKeys), tried in
// order.
var typedFields = []typedField{
	{key: "title", ptr: func(a *Article) any { return &a.Title }},
	{key: "subtitle", ptr: func(a *Article) any { return &a.Subtitle }},
	{key: "description", aliases: []string{"summary", "excerpt"}, ptr: func(a *Article) any { return &a.Description }},
	{key: "publishedOn", aliases: []string{"publishDate", "date", "pubDate", "published_at"}, ptr: func(a *Article) any { return &a.PublishedOn }},
	{key: "updatedOn", aliases: []string{"lastmod", "last_modified_at", "updated", "updatedDate", "updated_at", "modified"}, ptr: func(a *Article) any { return &a.UpdatedOn }},
	{key: "mainImage", aliases: []string{"image", "images", "heroImage", "feature_image", "coverImage", "cover"}, ptr: func(a *Article) any { return &a.MainImage.URL }},
	{key: "thumbnail", ptr: func(a *Article) any { return &a.Thumbnail.URL }},
	{key: "altTextThumbnail", ptr: func(a *Article) any { return &a.Thumbnail.Alt }},
	{key: "altTextMainImage", ptr: func(a *Article) any { return &a.MainImage.Alt }},
	{key: "source", ptr: func(a *Article) any { return &a.Source }},
	{key: "newsDate", ptr: func(a *Article) any { return &a.NewsDate }},
	{key: "draft", ptr: func(a *Article) any { return &a.Draft }},
	{key: "archived", ptr: func(a *Article) any { return &a.Archived }},
	{key: "tags", ptr: func(a *Article) any { return &a.Tags }},
	{key: "categories", ptr: func(a *Article) any { return &a.Categories }},
	{key: "authors", aliases: []string{"author"}, ptr: func(a *Article) any { return &a.Authors }},
	{key: "slug", ptr: func(a *Article) any { return &a.Slug }},
	{key: "lang", aliases: []string{"language"}, ptr: func(a *Article) any { return &a.Lang }},
}

// listKey is the alias whose value is a list: Hugo's images. It fills the
// field only when it holds exactly one text, and is written back as a list.
const listKey = "images"

// set reads f into the field of a, leaving it unchanged on error.
func (tf *typedField) set(a *Article, f *field) error {
	if strings.EqualFold(f.key, listKey) {
		one, ok := singleItem(f)
		if !ok {
			return errNotSingle
		}
		f = &one
	}
	switch p := tf.ptr(a).(type) {
	case *string:
		s, err := f.text()
		if err != nil {
			return err
		}
		*p = s
	case *time.Time:
		t, err := f.date()
		if err != nil {
			return err
		}
		*p = t
	case *bool:
		b, err := f.flag()
		if err != nil {
			return err
		}
		*p = b
	case *[]string:
		l, err := f.list()
		if err != nil {
			return err
		}
		*p = l
	}
	return nil
}

// isDate reports whether the field is a date.
func (tf *typedField) isDate() bool {
	_, ok := tf.ptr(&Article{}).(*time.Time)
	return ok
}

// get returns the field's value in a, as WriteTo writes it, and whether it
// is the zero value.
func (tf *typedField) get(a *Article) (v any, zero bool) {
	switch p := tf.ptr(a).(type) {
	case *string:
		return *p, *p == ""
	case *time.Time:
		if p.IsZero() {
			return "", true // written as "", as the export layout writes an empty field
		}
		return *p, false
	case *bool:
		return *p, !*p
	case *[]string:
		return *p, len(*p) == 0
	}
	panic("article: typed field of unknown type")
}

// singleItem returns the one item of a list field.
func singleItem(f *field) (field, bool) {
	if n := f.node; n != nil {
		if n.Kind == yaml.SequenceNode && len(n.Content) == 1 {
			return field{key: f.key, line: f.line, node: n.Content[0]}, true
		}
		return field{}, false
	}
	if s, ok := f.value.([]any); ok && len(s) == 1 {
		return field{key: f.key, line: f.line, value: s[0]}, true
	}
	return field{}, false
}

var (
	errNotSingle = errors.New("want a list of one item")
	errDuplicate = errors.New("key appears twice")
)

// remember records how the file wrote typed field i, read from f, so that
// WriteTo writes it back so: a date's text, a list given as one text.
func (a *Article) remember(i int, f *field) {
	a.keepDateText(i, f)
	if _, ok := typedFields[i].ptr(a).(*[]string); ok && f.isScalar() {
		a.scalars |= 1 << i
	}
}

// keepDateText records the text of typed field i, read from f, if it is a
// date the file wrote otherwise than WriteTo would.
func (a *Article) keepDateText(i int, f *field) {
	t, ok := typedFields[i].ptr(a).(*time.Time)
	if _, native := f.value.(time.Time); !ok || native || t.IsZero() {
		return
	}
	var buf [64]byte // formatDate's text, written here rather than allocated
	if text, err := f.text(); err == nil && text != string(t.AppendFormat(buf[:0], dateLayout(*t))) {
		if a.dates == nil {
			a.dates = make([]writtenDate, len(typedFields))
		}
		a.dates[i] = writtenDate{text, *t}
	}
}

// writtenDate is a date's text as its file wrote it, and the date it reads as.
type writtenDate struct {
	text string
	date time.Time
}

// dateText returns the text WriteTo writes typed field i's date t as: the
// file's own text while t is still the date it read as, else "".
func (a *Article) dateText(i int, t time.Time) string {
	if a.dates == nil || !sameTime(a.dates[i].date, t) {
		return ""
	}
	return a.dates[i].text
}

// sameTime reports whether two times are the same instant in the same
// zone offset.
func sameTime(a, b time.Time) bool {
	_, oa := a.Zone()
	_, ob := b.Zone()
	return a.Equal(b) && oa == ob
}

// assignFields fills a's typed fields and Extra from the decoded fields.
// An export key with a value of the wrong type is an error. With siteKeys, a
// field whose export key is absent is filled from its key in another case
// (Hugo reads keys in any case) or from a static-site alias, tried in
// order, each in any case: from the first such key in the file whose value
// fits. The other keys stay in Extra untouched. WriteTo writes the typed
// fields before Extra, so reading its output chooses the same key again.
func assignFields(a *Article, fields []field, siteKeys bool) error {
	index := make(map[string]int, len(fields))
	for i, f := range fields {
		if _, dup := index[f.key]; dup {
			return &Error{Line: f.line, Key: f.key, Err: errDuplicate}
		}
		index[f.key] = i
	}
	var folded *foldedKeys // made when needed
	used := make([]bool, len(fields))
	var keys []string // made at the first field not under its export key
	for i := range typedFields {
		tf := &typedFields[i]
		if j, ok := index[tf.key]; ok {
			if err := tf.set(a, &fields[j]); err != nil {
				return &Error{Line: fields[j].line, Key: tf.key, Err: err}
			}
			used[j] = true
			if keys != nil {
				keys[i] = tf.key
			}
			a.remember(i, &fields[j])
			continue
		}
		if keys == nil {
			keys = make([]string, len(typedFields))
			for k := range i { // the fields before came under their export keys
				keys[k] = typedFields[k].key
			}
		}
		if !siteKeys || !slices.Contains(used, false) {
			continue // no key is left that could fill the field
		}
		if folded == nil {
			folded = foldKeys(fields)
		}
		j, err := tf.setFromAlias(a, fields, folded, used)
		if err != nil {
			return err
		}
		if j >= 0 {
			used[j], keys[i] = true, fields[j].key
			a.remember(i, &fields[j])
		}
	}
	a.keys = keys
	for j := range fields {
		if used[j] {
			continue
		}
		v, err := fields[j].decoded()
		if err == nil && !isText(v) {
			err = errNotText
		}
		if err != nil {
			return &Error{Line: fields[j].line, Key: fields[j].key, Err: err}
		}
		if a.Extra == nil {
			a.Extra = make(map[string]any, len(fields)-j)
		}
		a.Extra[fields[j].key] = v
	}
	return nil
}

// setFromAlias fills the field from the first of its keys in any case, or
// of its aliases, whose value fits, and returns that field's index, or -1.
// Text under a date's key that is not a date is an error, not left in Extra.
func (tf *typedField) setFromAlias(a *Article, fields []field, folded *foldedKeys, used []bool) (int, error) {
	for _, key := range append([]string{tf.key}, tf.aliases...) {
		for j := folded.first(key); j >= 0; j = folded.next[j] {
			if used[j] {
				continue
			}
			err := tf.set(a, &fields[j])
			if err == nil {
				return j, nil
			}
			if tf.isDate() && fields[j].isScalar() {
				return -1, &Error{Line: fields[j].line, Key: fields[j].key, Err: err}
			}
		}
	}
	return -1, nil
}

// foldedKeys lists, for each key in lower case, the fields with that key in
// any case, in file order.
type foldedKeys struct {
	firsts map[string]int // lower-cased key → its first field
	next   []int          // field → the next field whose key is the same in lower case, or -1
}

// foldKeys indexes fields by their keys in lower case.
func foldKeys(fields []field) *foldedKeys {
	f := &foldedKeys{firsts: make(map[string]int, len(fields)), next: make([]int, len(fields))}
	for j := len(fields) - 1; j >= 0; j-- {
		key := strings.ToLower(fields[j].key)
		f.next[j] = -1
		if k, ok := f.firsts[key]; ok {
			f.next[j] = k
		}
		f.firsts[key] = j
	}
	return f
}

// first returns the first field whose key is key in any case, or -1.
func (f *foldedKeys) first(key string) int {
	if j, ok := f.firsts[strings.ToLower(key)]; ok {
		return j
	}
	return -1
}

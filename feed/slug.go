package feed

import (
	"net/url"
	"path"
	"strconv"
	"strings"
	"unicode"

	"github.com/articlekit/article"
)

// maxSlugRunes bounds a slug made from a title.
const maxSlugRunes = 80

// Slug returns the URL path, relative to a channel's BaseURL, of an
// article: its Slug (the "slug" front-matter key), else the file name of its Path
// without the extension (the folder's name for an index file), else its
// title made into a slug by Slugify, else "item", which is also the slug of
// a nil article. Segments are escaped for a URL.
func Slug(a *article.Article) string {
	if a == nil {
		return "item"
	}
	s := a.Slug
	if s == "" {
		s, _ = a.Extra["slug"].(string) // an Article built with the key in Extra
	}
	if s = escapeSegments(s); s != "" {
		return s
	}
	if a.Path != "" {
		p := path.Clean(strings.ReplaceAll(a.Path, `\`, "/"))
		name := strings.TrimSuffix(path.Base(p), path.Ext(p))
		if name == "index" || name == "_index" { // a Hugo page bundle
			name = path.Base(path.Dir(p))
		}
		if s := escapeSegments(name); s != "" {
			return s
		}
	}
	if s := Slugify(a.Title); s != "" {
		return url.PathEscape(s)
	}
	return "item"
}

// Slugify makes a title into a slug: letters lower-cased and digits kept,
// in any script, apostrophes dropped, every other run of characters made
// one "-", none at either end, at most 80 letters and digits. "Apple’s AI:
// 11% drop" gives "apples-ai-11-drop"; "苹果公司 AI" gives "苹果公司-ai".
func Slugify(title string) string {
	var b strings.Builder
	b.Grow(len(title))
	dash, n := false, 0
	for _, r := range title {
		if r == '\'' || r == '’' || r == 'ʼ' {
			continue // "Apple’s" is one word
		}
		word := unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) && b.Len() > 0 && !dash
		if !word {
			dash = true
			continue
		}
		if n == maxSlugRunes {
			break
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteRune(unicode.ToLower(r))
		n++
	}
	return b.String()
}

// escapeSegments escapes each segment of the path s for a URL, leaving out
// empty, "." and ".." segments.
func escapeSegments(s string) string {
	var segs []string
	for seg := range strings.SplitSeq(s, "/") {
		if seg = strings.TrimSpace(seg); seg != "" && seg != "." && seg != ".." {
			segs = append(segs, url.PathEscape(seg))
		}
	}
	return strings.Join(segs, "/")
}

// slugSet hands out unique slugs: a slug taken already gets -2, -3 and so
// on.
type slugSet map[string]bool

func (set slugSet) unique(slug string) string {
	s := slug
	for n := 2; set[s]; n++ {
		s = slug + "-" + strconv.Itoa(n)
	}
	set[s] = true
	return s
}

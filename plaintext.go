package article

import (
	"strings"

	"github.com/articlekit/article/internal/element"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxTextReadings bounds how often plainText reads a text again, so that
// a text nested deep in entities ("&amp;amp;amp;…") costs linear time.
const maxTextReadings = 4

// plainText returns the text a browser would show for s read as HTML:
// tags and comments are dropped, the content of elements that hold no
// reader's text (script, style, template…) too, and entities are decoded
// once. Text that still reads as markup after that, as "&amp;lt;b&amp;gt;"
// does, is read again until nothing changes, so that plainText is
// idempotent; past maxTextReadings, the '<' and '&' left are dropped.
// Text without '<' or '&' is returned as it is.
func plainText(s string) string {
	for range maxTextReadings {
		if !strings.ContainsAny(s, "<&") {
			return s
		}
		t := stripMarkup(s)
		if t == s {
			return s
		}
		s = t
	}
	return strings.NewReplacer("<", "", "&", "").Replace(s)
}

// stripMarkup does one reading of plainText.
func stripMarkup(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	z := html.NewTokenizer(strings.NewReader(s))
	hidden := 0 // depth inside elements whose content is not text
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if hidden == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken:
			if name, _ := z.TagName(); hidesContent(name) {
				hidden++
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); hidesContent(name) && hidden > 0 {
				hidden--
			}
		}
	}
}

// hidesContent reports whether the element named name holds no text for
// the reader.
func hidesContent(name []byte) bool {
	return element.Of(atom.Lookup(name)) == element.Hidden
}

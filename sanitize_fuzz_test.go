package article_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
)

// FuzzSanitize feeds the sanitizer anything as an HTML body, a Markdown
// body and a title, and holds it to the oracle: nothing in what comes out
// can run script in any renderer (checkHarmless renders a Markdown body
// every way the library can and writes every feed format), and sanitizing
// again changes nothing.
func FuzzSanitize(f *testing.F) {
	files, bodies := fuzzSeeds(f)
	for _, s := range append(files, bodies...) {
		f.Add(s)
	}
	for _, v := range loadVectors(f) {
		f.Add(v.Payload)
	}
	for _, wrapper := range markdownWrappers {
		f.Add(strings.ReplaceAll(wrapper, "%s", "<img src=x onerror=alert(1)>"))
	}
	f.Add("[x](javascript:alert(1)) ![i](data:x) <javascript:1>\n\n[r]: vbscript:x\n")
	f.Add("> <div onclick=x\n> title=y>\n> [a](java&#115;cript:1)\n")
	f.Fuzz(func(t *testing.T, in string) {
		for _, format := range []article.Format{article.HTML, article.Markdown} {
			once := sanitized(t, article.Article{Title: in, Source: in, Body: in, Format: format})
			checkHarmless(t, once)
			twice := sanitized(t, *once)
			require.Equal(t, once, twice, "sanitizing twice differs from once")
		}
	})
}

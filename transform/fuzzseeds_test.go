package transform

import (
	"slices"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/testcorpus"
)

// addFuzzBodies adds to f, a target that takes one body, the bodies of
// fuzzArticles in the given formats.
func addFuzzBodies(f *testing.F, formats ...article.Format) {
	f.Helper()
	for _, a := range testcorpus.FuzzArticles(f) {
		if slices.Contains(formats, a.Format) {
			f.Add(a.Body)
		}
	}
}

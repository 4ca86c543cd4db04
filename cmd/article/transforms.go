package main

import (
	"fmt"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

// conversions are the bodies that convert --to and migrate -t make.
var conversions = map[string]article.Transform{
	"md":       transform.ToMarkdown(),
	"markdown": transform.ToMarkdown(),
	"html":     transform.ToHTML(),
	"text":     transform.ToText(),
}

// chain returns the transforms named, run in order: "sanitize" or one of
// the conversions.
func chain(names []string) (article.Transform, error) {
	ts := make([]article.Transform, len(names))
	for i, name := range names {
		t, ok := conversions[name]
		if name == "sanitize" {
			t, ok = article.Sanitize(nil), true
		}
		if !ok {
			return nil, fmt.Errorf("unknown transform %q: want sanitize, md, html or text", name)
		}
		ts[i] = t
	}
	return article.Chain(ts...), nil
}

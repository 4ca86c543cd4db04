package main

import (
	"bytes"
	"html"
	"strings"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"

	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2"
	"github.com/adrg/frontmatter"
	"github.com/microcosm-cc/bluemonday"
)

// The stages of the job, in order. Each pipeline runs all four.
var stageNames = []string{"parse", "sanitize", "summarize", "markdown"}

// pipeline is one way of doing the job: a function per stage, each taking
// the item the stage before it left.
type pipeline struct {
	name   string
	stages []func(*item) error
}

// item is one article on its way through a pipeline.
type item struct {
	file []byte

	// this library's pipeline
	article *article.Article

	// the hand-made composition
	meta    handMeta
	body    string
	excerpt string
}

// reset makes it a fresh item for file, as it was before the first stage.
func (it *item) reset(file []byte) { *it = item{file: file} }

// ours is the job done with this library: Parse, Sanitize with the default
// policy, Summarize with its defaults, ToMarkdown.
func ours() pipeline {
	sanitize, summarize, toMarkdown := article.Sanitize(nil), transform.Summarize(), transform.ToMarkdown()
	return pipeline{name: "article", stages: []func(*item) error{
		func(it *item) (err error) {
			it.article, err = article.Parse(bytes.NewReader(it.file))
			return err
		},
		func(it *item) error { return sanitize(it.article) },
		func(it *item) error { return summarize(it.article) },
		func(it *item) error { return toMarkdown(it.article) },
	}}
}

// handMeta is the struct a Go user decodes the seed's front matter into by
// hand: plain strings and booleans, dates left as whatever the decoder found.
type handMeta struct {
	Title            string `yaml:"title" toml:"title" json:"title"`
	Subtitle         string `yaml:"subtitle" toml:"subtitle" json:"subtitle"`
	Description      string `yaml:"description" toml:"description" json:"description"`
	PublishedOn      any    `yaml:"publishedOn" toml:"publishedOn" json:"publishedOn"`
	UpdatedOn        any    `yaml:"updatedOn" toml:"updatedOn" json:"updatedOn"`
	NewsDate         any    `yaml:"newsDate" toml:"newsDate" json:"newsDate"`
	MainImage        string `yaml:"mainImage" toml:"mainImage" json:"mainImage"`
	AltTextMainImage string `yaml:"altTextMainImage" toml:"altTextMainImage" json:"altTextMainImage"`
	Thumbnail        string `yaml:"thumbnail" toml:"thumbnail" json:"thumbnail"`
	AltTextThumbnail string `yaml:"altTextThumbnail" toml:"altTextThumbnail" json:"altTextThumbnail"`
	Source           string `yaml:"source" toml:"source" json:"source"`
	Draft            bool   `yaml:"draft" toml:"draft" json:"draft"`
	Archived         bool   `yaml:"archived" toml:"archived" json:"archived"`
}

// handMade is the composition a Go user writes by hand today:
// adrg/frontmatter into a struct, the fence cut off, bluemonday's UGC
// policy, a 60-word excerpt of the text bluemonday's strict policy leaves,
// and html-to-markdown v2.
func handMade() pipeline {
	ugc, strict := bluemonday.UGCPolicy(), bluemonday.StrictPolicy()
	return pipeline{name: "hand-made", stages: []func(*item) error{
		func(it *item) error {
			rest, err := frontmatter.Parse(bytes.NewReader(it.file), &it.meta)
			body := strings.TrimSpace(string(rest))
			if strings.HasPrefix(body, "```html") {
				body = strings.TrimSuffix(strings.TrimPrefix(body, "```html"), "```")
			}
			it.body = body
			return err
		},
		func(it *item) error {
			it.body = ugc.Sanitize(it.body)
			return nil
		},
		func(it *item) error {
			words := strings.Fields(html.UnescapeString(strict.Sanitize(it.body)))
			it.excerpt = strings.Join(words[:min(60, len(words))], " ")
			return nil
		},
		func(it *item) (err error) {
			it.body, err = htmltomarkdown.ConvertString(it.body)
			return err
		},
	}}
}

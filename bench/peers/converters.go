package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	h2mconverter "github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
	"github.com/jaytaylor/html2text"
	"github.com/mattn/godown"
)

// A converter turns HTML bodies into Markdown, all of a suite at once, so
// that a converter in another process starts once a suite.
type converter struct {
	name    string
	convert func(bodies []string) ([]string, error)
}

// each makes a converter of a function of one body.
func each(name string, f func(string) (string, error)) converter {
	return converter{name, func(bodies []string) ([]string, error) {
		out := make([]string, len(bodies))
		for i, b := range bodies {
			md, err := f(b)
			if err != nil {
				return nil, fmt.Errorf("%s: case %d: %w", name, i, err)
			}
			out[i] = md
		}
		return out, nil
	}}
}

// converters are ours and the Go peers, each with the options that make it
// write GFM where it can; turndown joins them when nodeModules holds it.
func converters(nodeModules string) []converter {
	toMarkdown := transform.ToMarkdown()
	gfm := h2mconverter.NewConverter(h2mconverter.WithPlugins(
		base.NewBasePlugin(), commonmark.NewCommonmarkPlugin(),
		table.NewTablePlugin(), strikethrough.NewStrikethroughPlugin(),
	))
	cs := []converter{
		each("article", func(body string) (string, error) {
			a := &article.Article{Body: body, Format: article.HTML}
			err := toMarkdown(a)
			return a.Body, err
		}),
		each("html-to-markdown", func(body string) (string, error) { return gfm.ConvertString(body) }),
		each("godown", func(body string) (string, error) {
			var b strings.Builder
			err := godown.Convert(&b, strings.NewReader(body), nil)
			return b.String(), err
		}),
		each("html2text", func(body string) (string, error) {
			return html2text.FromString(body, html2text.Options{})
		}),
	}
	if nodeModules != "" {
		cs = append(cs, converter{"turndown", func(bodies []string) ([]string, error) {
			return turndown(nodeModules, bodies)
		}})
	}
	return cs
}

// turndown converts bodies with turndown (and its GFM plugin when it is
// installed beside it) in one node process: bodies go in as a JSON array on
// standard input, the Markdown comes out as one.
func turndown(nodeModules string, bodies []string) ([]string, error) {
	in, err := json.Marshal(bodies)
	if err != nil {
		return nil, err
	}
	script, err := filepath.Abs("peers/turndown.js")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("node", script)
	cmd.Env = append(os.Environ(), "NODE_PATH="+nodeModules)
	cmd.Stdin = bytes.NewReader(in)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("turndown: %w", err)
	}
	var mds []string
	if err := json.Unmarshal(out, &mds); err != nil {
		return nil, fmt.Errorf("turndown: %w", err)
	}
	if len(mds) != len(bodies) {
		return nil, fmt.Errorf("turndown: %d outputs for %d bodies", len(mds), len(bodies))
	}
	return mds, nil
}

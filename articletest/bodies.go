package articletest

import (
	"fmt"
	"html"
	"slices"
	"strings"

	"pgregory.net/rapid"
)

// HTMLBody generates HTML article bodies of realistic structure: headings,
// paragraphs with links, emphasis and code, lists, quotes, figures, code
// blocks and tables, with text of every script and entities of every form.
func HTMLBody() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		return strings.Join(rapid.SliceOfN(htmlBlock(), 1, 12).Draw(t, "blocks"), "\n")
	})
}

// HostileHTML generates HTML bodies like HTMLBody's with attack payloads
// mixed in: scripts, event handlers, javascript:, vbscript: and data: URLs
// (entity-encoded and split by white space too), and mutation XSS through
// svg, math, noscript, template and style.
func HostileHTML() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		blocks := rapid.SliceOfN(htmlBlock(), 0, 6).Draw(t, "blocks")
		for _, p := range rapid.SliceOfN(rapid.SampledFrom(payloads), 1, 4).Draw(t, "payloads") {
			i := rapid.IntRange(0, len(blocks)).Draw(t, "at")
			blocks = append(blocks[:i], append([]string{p}, blocks[i:]...)...)
		}
		return strings.Join(blocks, "\n")
	})
}

// Payloads returns the attack vectors HostileHTML mixes into bodies: script
// elements, event handlers, script URLs in every encoding, style that runs
// code, foreign content and the mutation tricks that fool sanitizers. The
// slice is the caller's own.
func Payloads() []string { return slices.Clone(payloads) }

var payloads = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror="alert(1)">`,
	`<a href="javascript:alert(1)">click</a>`,
	`<a href="  JaVaScRiPt:alert(1)">mixed case</a>`,
	`<a href="java&#x09;script:alert(1)">split by a tab entity</a>`,
	`<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">encoded</a>`,
	`<a href="vbscript:msgbox(1)">vb</a>`,
	`<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>`,
	`<img srcset="x.png 1x, javascript:alert(1) 2x">`,
	`<iframe src="https://evil.example/"></iframe>`,
	`<object data="javascript:alert(1)"></object>`,
	`<embed src="javascript:alert(1)">`,
	`<p style="background:url(javascript:alert(1))">styled</p>`,
	`<div style="width:expression(alert(1))">ie</div>`,
	`<svg><script>alert(1)</script></svg>`,
	`<svg onload=alert(1)>`,
	`<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
	`<template><script>alert(1)</script></template>`,
	`<style>@import 'javascript:alert(1)';</style>`,
	`<form action="https://evil.example/"><input name="q" onfocus="alert(1)" autofocus></form>`,
	`<button formaction="javascript:alert(1)">go</button>`,
	`<video poster="javascript:alert(1)"><source src="x" onerror="alert(1)"></video>`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
	`<base href="javascript:alert(1)//">`,
	`<div onclick="steal()">click me</div>`,
	`<body onload="alert(1)">`,
	`<a href="jav&#x0A;ascript:alert(1)">newline</a>`,
	`<img src="x" alt="x"onerror="alert(1)">`,
	`<<script>alert(1);//<</script>`,
	`<scr<script>ipt>alert(1)</scr</script>ipt>`,
	`<details open ontoggle="alert(1)"><summary>x</summary></details>`,
}

// htmlBlock draws one block of an HTML body.
func htmlBlock() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		switch rapid.IntRange(0, 9).Draw(t, "block") {
		case 0:
			level := rapid.IntRange(1, 6).Draw(t, "level")
			return fmt.Sprintf("<h%d>%s</h%d>", level, htmlText(phrase()).Draw(t, "heading"), level)
		case 1:
			tag := rapid.SampledFrom([]string{"ul", "ol"}).Draw(t, "list")
			items := rapid.SliceOfN(inlineHTML(), 1, 5).Draw(t, "items")
			return "<" + tag + "><li>" + strings.Join(items, "</li><li>") + "</li></" + tag + ">"
		case 2:
			return "<blockquote><p>" + inlineHTML().Draw(t, "quote") + "</p></blockquote>"
		case 3:
			return fmt.Sprintf(`<figure><img src="https://cdn.example.com/%d.png" alt="%s"><figcaption>%s</figcaption></figure>`,
				rapid.IntRange(1, 9999).Draw(t, "image"), htmlText(phrase()).Draw(t, "alt"), inlineHTML().Draw(t, "caption"))
		case 4:
			return `<pre><code class="language-go">` + html.EscapeString(rapid.SampledFrom([]string{
				"x := 1\nif x < 2 && y > 3 {\n\treturn\n}", "fmt.Println(\"<p>\")", "a := `*not* markdown`",
			}).Draw(t, "code")) + "</code></pre>"
		case 5:
			cells := rapid.SliceOfN(htmlText(phrase()), 2, 4).Draw(t, "cells")
			return "<table><thead><tr><th>" + strings.Join(cells, "</th><th>") + "</th></tr></thead><tbody><tr><td>" +
				strings.Join(cells, "</td><td>") + "</td></tr></tbody></table>"
		case 6:
			return "<hr>"
		default:
			return "<p>" + inlineHTML().Draw(t, "paragraph") + "</p>"
		}
	})
}

// inlineHTML draws sentences with inline markup.
func inlineHTML() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		parts := rapid.SliceOfN(htmlText(sentence()), 1, 4).Draw(t, "sentences")
		for i := range parts {
			switch rapid.IntRange(0, 6).Draw(t, "inline") {
			case 0:
				parts[i] = "<strong>" + parts[i] + "</strong>"
			case 1:
				parts[i] = "<em>" + parts[i] + "</em>"
			case 2:
				parts[i] = fmt.Sprintf(`<a href="https://example.com/%d?a=1&amp;b=2">%s</a>`, rapid.IntRange(0, 99).Draw(t, "link"), parts[i])
			case 3:
				parts[i] = "<code>" + parts[i] + "</code>"
			case 4:
				parts[i] += "<br>"
			}
		}
		return strings.Join(parts, " ")
	})
}

// htmlText escapes generated text for HTML, spelling some characters as
// named or numeric entities the way real exports do.
func htmlText(g *rapid.Generator[string]) *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		s := html.EscapeString(g.Draw(t, "text"))
		if rapid.Bool().Draw(t, "entities") {
			s = strings.NewReplacer("’", "&rsquo;", "“", "&#8220;", "”", "&#x201D;", " — ", "&nbsp;&mdash; ").Replace(s)
		}
		return s
	})
}

// MarkdownBody generates Markdown article bodies: headings, paragraphs with
// emphasis, links and code, lists, quotes, images and fenced code.
func MarkdownBody() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		blocks := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) string {
			switch rapid.IntRange(0, 6).Draw(t, "block") {
			case 0:
				return strings.Repeat("#", rapid.IntRange(1, 6).Draw(t, "level")) + " " + phrase().Draw(t, "heading")
			case 1:
				items := rapid.SliceOfN(markdownInline(), 1, 4).Draw(t, "items")
				marker := rapid.SampledFrom([]string{"- ", "* ", "1. "}).Draw(t, "marker")
				return marker + strings.Join(items, "\n"+marker)
			case 2:
				return "> " + markdownInline().Draw(t, "quote")
			case 3:
				return fmt.Sprintf("![%s](https://cdn.example.com/%d.png \"%s\")", phrase().Draw(t, "alt"), rapid.IntRange(1, 999).Draw(t, "n"), phrase().Draw(t, "title"))
			case 4:
				return "```go\nx := 1 // <b>not html</b>\n```"
			default:
				return markdownInline().Draw(t, "paragraph")
			}
		}), 1, 10).Draw(t, "blocks")
		return strings.Join(blocks, "\n\n")
	})
}

// markdownInline draws sentences with inline Markdown.
func markdownInline() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		parts := rapid.SliceOfN(sentence(), 1, 4).Draw(t, "sentences")
		for i := range parts {
			switch rapid.IntRange(0, 5).Draw(t, "inline") {
			case 0:
				parts[i] = "**" + parts[i] + "**"
			case 1:
				parts[i] = "_" + parts[i] + "_"
			case 2:
				parts[i] = fmt.Sprintf("[%s](https://example.com/%d)", parts[i], rapid.IntRange(0, 99).Draw(t, "link"))
			case 3:
				parts[i] = "`" + parts[i] + "`"
			}
		}
		return strings.Join(parts, " ")
	})
}

package main

import (
	"testing"

	"github.com/articlekit/article/internal/markdown"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keeps scores Markdown md, read back, against the HTML it was written from.
func keeps(t *testing.T, html, md string) result {
	t.Helper()
	back, err := markdown.ToHTML(md, false)
	require.NoError(t, err)
	return judge(scoreHTML(html), scoreHTML(back))
}

func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		name, html, md  string
		structure, text bool
	}{
		{"the same", "<p>a <em>b</em> <a href=/x>c</a></p>", "a *b* [c](/x)", true, true},
		{"emphasis lost", "<p>a <em>b</em></p>", "a b", false, true},
		{"link target lost", `<p><a href="/x">c</a></p>`, "c", false, true},
		{"link target changed", `<p><a href="/x">c</a></p>`, "[c](/y)", false, true},
		{"percent escapes are the same target", `<a href="/a b">c</a>`, "[c](</a%20b>)", true, true},
		{"heading level lost", "<h2>T</h2>", "# T", false, true},
		{"list lost", "<ul><li>a</li><li>b</li></ul>", "a\n\nb", false, true},
		{"a list in a list goes in the item before it", "<ul><li>a</li><ol><li>b</li></ol></ul>", "- a\n  1. b", true, true},
		{"list nesting lost", "<ul><li>a<ul><li>b</li></ul></li></ul>", "- a\n- b", false, true},
		{"a list in a list is nested in an item", "<ol><ol><li>b</li></ol></ol>", "1. 1. b", true, true},
		{"paragraphs run together", "<p>a</p><p>b</p>", "a\nb", false, true},
		{"a line break lost", "<p>a<br>b</p>", "a\nb", false, true},
		{"an empty line is a paragraph break (9)", "<p>a<br><br>b</p>", "a\n\nb", true, true},
		{"code block text changed", "<pre>a\n  b</pre>", "```\na\nb\n```", false, true},
		{"a word lost", "<p>a b c</p>", "a c", false, false},
		{"words run together", "<p>a b</p>", "ab", false, false},
		{"a visible backslash", "<p>a*</p>", `a\\*`, false, false},
		{"added words change the paragraph, not the text", `<p><a href="/x">c</a></p>`, "[c](/x) (/x)", false, true},
		{"blocks in a cell (1)", "<table><tr><td><p>a</p><p>b</p></td></tr></table>", "| a b |\n| - |", true, true},
		{"blocks in a heading (1)", "<h2><p>a</p><p>b</p></h2>", "## a b", true, true},
		{"emphasis in code (2)", "<code>a <em>b</em></code>", "`a b`", true, true},
		{"code around pre is the code block (2)", "<code><pre>x</pre></code>", "```\nx\n```", true, true},
		{"a link in a link (3)", `<a href="/a">x<table><tr><td><a href="/b">y</a></td></tr></table>z</a>`,
			"[x](/a)\n\n| [y](/b) |\n| - |\n\n[z](/a)", true, true},
		{"padded colspan cells (4)", `<table><tr><td colspan="2">a</td></tr><tr><td>b</td><td>c</td></tr></table>`,
			"| a | |\n| - | - |\n| b | c |", true, true},
		{"nested same emphasis (5)", "<b><b>x</b></b>", "**x**", true, true},
		{"adjacent same emphasis (5)", "<b>x</b><b>y</b>", "**xy**", true, true},
		{"bold runs with a space between (5)", "<b>x</b> <b>y</b>", "**x y**", true, true},
		{"code runs with a space between are two", "<code>x</code> <code>y</code>", "`x y`", false, true},
		{"unseen text (6)", "<p>a<script>b</script><span hidden>c</span></p>", "a", true, true},
		{"a dropped target (6)", `<a href="javascript:x()">a</a>`, "a", true, true},
		{"a caption is outside the table (7)", "<table><caption>c</caption><tr><td>a</td></tr></table>",
			"c\n\n| a |\n| - |", true, true},
		{"emphasis CommonMark cannot open (8)", "<p>before<em>.middle</em>after</p>", "before.middleafter", true, true},
		{"emphasis CommonMark cannot close (8)", "<p>before<em>middle.</em>after</p>", "beforemiddle.after", true, true},
		{"emphasis around code in a word (8)", "<p>a<b><code>c</code></b>d</p>", "a`c`d", true, true},
		{"emphasis that can open is a fact", "<p>before <em>.middle</em> after</p>", "before .middle after", false, true},
		{"emphasis around a link in a word is a fact", `<p>a<b><a href="/">l</a></b>d</p>`, "a[l](/)d", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := keeps(t, tc.html, tc.md)
			assert.Equal(t, tc.structure, r.factsKept == r.facts, "lost %v", r.lost)
			assert.Equal(t, tc.text, r.textKept)
		})
	}
}

func TestSuitesLoad(t *testing.T) {
	suites, err := loadSuites("testdata")
	require.NoError(t, err)
	counts := map[string]int{}
	for _, s := range suites {
		counts[s.name] = len(s.cases)
		for _, c := range s.cases {
			assert.NotEmpty(t, c.html, "%s %s", s.name, c.name)
		}
	}
	assert.Equal(t, map[string]int{"turndown": 109, "html-to-markdown": 401, "godown": 20, "html2text": 102}, counts)
}

// TestToMarkdownKeepsAsMuchAsTheBestPeer holds issue 16's bar on the Go
// peers, which run in this process: on every suite, ToMarkdown keeps the
// structure and the text of at least as many cases as any of them.
func TestToMarkdownKeepsAsMuchAsTheBestPeer(t *testing.T) {
	suites, err := loadSuites("testdata")
	require.NoError(t, err)
	cs := converters("")
	for _, s := range suites {
		var ours totals
		for i, c := range cs {
			got, err := tally(s, c, false)
			require.NoError(t, err)
			if i == 0 {
				ours = got
				continue
			}
			assert.GreaterOrEqual(t, ours.structure, got.structure, "%s: structure, %s", s.name, c.name)
			assert.GreaterOrEqual(t, ours.text, got.text, "%s: text, %s", s.name, c.name)
		}
	}
}

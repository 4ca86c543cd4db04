package mdwrite

import (
	"html"
	"strings"
	"testing"

	"github.com/articlekit/article/internal/markdown"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"
)

// renders reports whether md, read by the project's Markdown reading, gives
// the HTML body back, text and structure.
func renders(t *testing.T, md, body string) bool {
	t.Helper()
	back, err := markdown.ToHTML(md, true)
	require.NoError(t, err)
	return normalizeHTML(back) == normalizeHTML(body)
}

// TestEscapingOnlyWhatMatters: text that Markdown would read as text is
// written as it is, without a backslash; text that it would read as syntax
// is escaped, and only as much as needed. Each case is checked by reading
// the Markdown back, in both modes.
func TestEscapingOnlyWhatMatters(t *testing.T) {
	plain := []string{
		// prices and amounts
		"$4.99", "€5,00 or £3", "Price: $1,000.00 (tax incl.)", "50% off", "~20%", "about ~$5",
		"~3 km away", "5 ~ 6", "up ~10 % on the year, down ~2 %",
		// citations and references
		"(see [1])", "[sic]", "as noted [2, 3]", "[citation needed]", "Smith et al. [12] and [13]",
		"[1][2]", "a [b] (c)", "the list [a] [b] [c]", "foo[bar]",
		// file names and paths
		"foo_bar_", "snake_case_name", "my_file_v2.txt", "report-2024_final.pdf", "image*.png",
		"*.txt files", `C:\Users\me`, "~/.bashrc", "a_b_c", "_a_b", "hello~world", "path/to/file_",
		// emoticons
		"<3", "I <3 it", "I <3", ":-) ;-) :*", "^_^", "o_O", "so >_< sad", ":~(", "<_<",
		// math
		"2 * 3 = 6", "a*b", "x_1 + x_2", "a < b", "a <= b", "a <- b", "x^2 + y^2", "n! = n*(n-1)!",
		"3 < 4 > 2", "a | b", "2 ** 10", "1+1=2",
		// other
		"C# and F#", "AT&T, R&D and Q&A", "100% #1", "don't", "rock 'n' roll", "[x] in a paragraph",
	}
	for _, text := range plain {
		t.Run(text, func(t *testing.T) {
			body := "<p>" + html.EscapeString(text) + "</p>"
			for _, opts := range [][]option{nil, {rawHTML(true)}} {
				md := toMarkdown(t, body, opts...)
				assert.Equal(t, text, md, "escaped where nothing needs it")
				assert.True(t, renders(t, md, body), "read back differently: %q", md)
			}
		})
	}
	escaped := []struct{ text, md string }{
		{"*stars*", `*stars\*`},
		{"_under_", `_under\_`},
		{"**bold**", `**bold\*\*`},
		{"__init__.py", `__init\_\_.py`},
		{"~~strike~~", `~~strike\~\~`},
		{"~a~", `~a\~`},
		{"x*y*z", `x*y\*z`},
		{"foo*bar*", `foo*bar\*`},
		{"*_*", `*_\*`},
		{"a *b* c", `a *b\* c`},
		{"~tilde~ and ~more~", `~tilde\~ and ~more\~`},
		{"`code`", "\\`code\\`"},
		{"a `b` c", "a \\`b\\` c"},
		{"[link](url)", `[link\](url)`},
		{"![img](src)", `![img\](src)`},
		{"[ref]: /url", `[ref\]: /url`},
		{"see [a](b) here", `see [a\](b) here`},
		{"<b>tag</b>", `\<b>tag\</b>`},
		{"a<b and c>d", `a\<b and c>d`},
		{"<!-- not a comment -->", `\<!-- not a comment -->`},
		{"<?php ?>", `\<?php ?>`},
		{"&copy;", `\&copy;`},
		{"&#123; and &#x41;", `\&#123; and \&#x41;`},
		{"# heading", `\# heading`},
		{"### h3", `\### h3`},
		{"1. item", `1\. item`},
		{"1) item", `1\) item`},
		{"10. Oct", `10\. Oct`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"* bullet", `\* bullet`},
		{"> quote", `\> quote`},
		{"---", `\---`},
		{"***", `\*\*\*`},
		{"___", `\_\_\_`},
		{"```", "\\`\\`\\`"},
		{"~~~", `\~\~\~`},
		{`back\*slash`, `back\\*slash`},
		{`a\_b\_`, `a\\_b\\\_`},
		{"a<br>", `a\<br>`},
		{"x</p>", `x\</p>`},
	}
	for _, tc := range escaped {
		t.Run(tc.text, func(t *testing.T) {
			body := "<p>" + html.EscapeString(tc.text) + "</p>"
			require.False(t, renders(t, tc.text, body), "needs no escaping")
			for _, opts := range [][]option{nil, {rawHTML(true)}} {
				md := toMarkdown(t, body, opts...)
				assert.Equal(t, tc.md, md)
				assert.True(t, renders(t, md, body), "read back differently: %q", md)
			}
		})
	}
}

// TestEscapingInLinks: brackets that pair in link text need no backslash,
// as in the citation links of encyclopaedias; those that do not pair, and a
// ~ beside a strikethrough, do.
func TestEscapingInLinks(t *testing.T) {
	for _, tc := range []struct{ name, html, md string }{
		{"citation", `<p>text<sup><a href="#cite_note-1">[1]</a></sup></p>`, "text[[1]](#cite_note-1)"},
		{"brackets that pair", `<p><a href="/u">a [b] c</a></p>`, "[a [b] c](/u)"},
		{"a bracket alone", `<p><a href="/u">a [b</a></p>`, `[a \[b](/u)`},
		{"brackets before a parenthesis", `<p><a href="/u">[a](b)</a></p>`, `[\[a\](b)](/u)`},
		{"an image description", `<p><img src="i.png" alt="a [b]"></p>`, `![a \[b\]](i.png)`},
		{"a checkbox in a list item", `<ul><li>[x] done</li><li>[ ] to do</li></ul>`, "- \\[x] done\n- \\[ ] to do"},
		{"a tilde before strikethrough", "<p>&#126;<del>x</del> and <del>y</del>~</p>", "&#126;~~x~~ and ~~y~~&#126;"},
		{"a tilde inside strikethrough", "<p><del>~x~</del></p>", "~~&#126;x&#126;~~"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := toMarkdown(t, tc.html)
			assert.Equal(t, tc.md, md)
		})
	}
}

// plainRunByByte is plainRun a byte at a time, its meaning.
func plainRunByByte(s string, i int) int {
	for i < len(s) {
		if textClass[s[i]] == 0 {
			i++
		} else if s[i] == ' ' && i+1 < len(s) && textClass[s[i+1]] == 0 {
			i += 2
		} else {
			break
		}
	}
	return i
}

// TestPlainRun: plainRun, eight bytes at a time, ends its runs where a
// byte at a time would, on text of the bytes that matter: every byte, alone
// or after a space, at every place of plain text, then random text heavy in
// them.
func TestPlainRun(t *testing.T) {
	for c := range 256 {
		for _, ins := range []string{string([]byte{byte(c)}), " " + string([]byte{byte(c)})} {
			for at := range 10 {
				s := strings.Repeat("ab", 8)
				s = s[:at] + ins + s[at+len(ins):]
				for i := range 3 {
					require.Equal(t, plainRunByByte(s, i), plainRun(s, i), "%q from %d", s, i)
				}
			}
		}
	}
	pieces := rapid.SampledFrom([]string{"word", "a", "Z9", " ", "  ", "\n", "\t", "\r", "\f", "\x00", "\x1f", "^",
		"\\", "`", "*", "_", "~", "[", "]", "!", "<", "&", ".", "'", "\u00a0", "é", "中文", "\xff"})
	rapid.Check(t, func(t *rapid.T) {
		s := strings.Join(rapid.SliceOf(pieces).Draw(t, "pieces"), "")
		i := rapid.IntRange(0, len(s)).Draw(t, "from")
		if got, want := plainRun(s, i), plainRunByByte(s, i); got != want {
			t.Fatalf("plainRun(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

package safehtml_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article/internal/safehtml"
)

func TestCheckFindsScript(t *testing.T) {
	tests := []struct{ name, in, reason string }{
		{"script", `<script>alert(1)</script>`, "script element"},
		{"svg script", `<svg><script>alert(1)</script></svg>`, "script element"},
		{"iframe", `<iframe src="https://ex.com/"></iframe>`, "frame"},
		{"object", `<object data="x.swf"></object>`, "plug-in"},
		{"embed", `<embed src="x.swf">`, "plug-in"},
		{"base", `<base href="https://evil.example/">`, "base"},
		{"meta refresh", `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`, "refresh"},
		{"handler", `<img src=x onerror=alert(1)>`, "event handler"},
		{"handler on the page's body", `<body onload=alert(1)>`, "event handler"},
		{"handler on a frameset", `<frameset onload=alert(1)>`, "event handler"},
		{"javascript href", `<a href="javascript:alert(1)">x</a>`, "script or data URL"},
		{"entity-encoded scheme", `<a href="&#106;avascript&colon;alert(1)">x</a>`, "script or data URL"},
		{"tab inside the scheme", "<a href=\"java\tscript:alert(1)\">x</a>", "script or data URL"},
		{"control before the scheme", `<a href="&#1;javascript:alert(1)">x</a>`, "script or data URL"},
		{"vbscript", `<a href="VBScript:msgbox(1)">x</a>`, "script or data URL"},
		{"data src", `<img src="data:image/svg+xml,x">`, "script or data URL"},
		{"formaction", `<button formaction="javascript:alert(1)">x</button>`, "script or data URL"},
		{"action", `<form action="javascript:alert(1)"></form>`, "script or data URL"},
		{"poster", `<video poster="javascript:alert(1)"></video>`, "script or data URL"},
		{"xlink href", `<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>`, "script or data URL"},
		{"srcset entry", `<img srcset="https://ex.com/a.png 1x, javascript:alert(1) 2x">`, "list of URLs"},
		{"animated href", `<svg><animate attributeName="href" values="https://ex.com/;javascript:alert(1)"/></svg>`, "list of URLs"},
		{"animated handler", `<svg><set attributeName="onclick" to="alert(1)"/></svg>`, "event handler"},
		{"style url", `<p style="background:url(https://ex.com/x)">x</p>`, "style"},
		{"style expression", `<p style="width:expression(alert(1))">x</p>`, "style"},
		{"escaped style url", `<p style="background:\75 rl(x)">x</p>`, "style"},
		{"comment inside expression", `<p style="width:expr/**/ession(alert(1))">x</p>`, "style"},
		{"style sheet import", `<style>@import "https://ex.com/x.css";</style>`, "style sheet"},
		{"srcdoc", `<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>`, "HTML document"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := safehtml.Check(tc.in)
			require.Error(t, err)
			var p *safehtml.Problem
			require.ErrorAs(t, err, &p)
			assert.Contains(t, err.Error(), tc.reason)
		})
	}
}

func TestCheckPassesHarmlessHTML(t *testing.T) {
	for _, in := range []string{
		``,
		`<h2>Title</h2><p>AT&amp;T said <a href="https://ex.com/" rel="nofollow">so</a>.</p>`,
		`<a href="/relative">x</a><a href="mailto:a@b.c">m</a><a href="#top">t</a>`,
		`<img src="https://cdn.ex.com/a.png" srcset="https://cdn.ex.com/a2.png 2x" alt="javascript: a language">`,
		`<p>javascript:alert(1) as text, &lt;script&gt; as text</p>`,
		`<pre><code class="language-js">onload = () => alert(1)</code></pre>`,
		`<p title="onclick=alert(1)" style="color:red">x</p>`,
		`<a href="https://ex.com/?q=javascript:alert(1)">x</a>`,
		`<a href="&amp;#106;avascript:alert(1)">decoded once is not a scheme</a>`,
	} {
		assert.NoError(t, safehtml.Check(in), in)
	}
}

func TestCheckReportsEveryProblem(t *testing.T) {
	err := safehtml.Check(`<img src="javascript:1" onerror="alert(1)"><script></script>`)
	require.Error(t, err)
	unwrapped, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "Check joins its problems")
	assert.Len(t, unwrapped.Unwrap(), 3)
}

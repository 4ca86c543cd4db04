package article_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/articlekit/article"
)

// pageSize is how many sanitized outputs one browser page holds.
const pageSize = 80

// recorderPage is a page that replaces every way script can show itself
// (dialogs, printing, new windows, requests) with a recorder, inserts
// each payload into its own element the way a page inserts HTML that
// runs its scripts (a contextual fragment, parsed on its own, so that one
// payload's open tags can't swallow the next), then, after load and once
// timers and events have had their turn, looks for script URLs the browser
// resolved and writes what it recorded into <pre id="recorded">.
const recorderPage = `<!doctype html><html><head><meta charset="utf-8"><script>
window.recorded = [];
(() => {
  const record = (name) => function (...args) { window.recorded.push(name + "(" + args.map(String).join(",").slice(0, 100) + ")"); };
  for (const name of ["alert", "confirm", "prompt", "print", "open", "fetch"]) window[name] = record(name);
  navigator.sendBeacon = record("sendBeacon");
  XMLHttpRequest.prototype.open = record("XMLHttpRequest.open");
  XMLHttpRequest.prototype.send = record("XMLHttpRequest.send");
})();
</script></head><body><script>
const payloads = %s;
for (const payload of payloads) {
  const holder = document.createElement("div");
  document.body.appendChild(holder);
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    holder.appendChild(range.createContextualFragment(payload));
  } catch (e) {}
}
const urlAttributes = ["href", "src", "action", "formaction", "poster", "data", "cite", "background", "xlink:href", "srcset"];
window.addEventListener("load", () => setTimeout(() => {
  for (const el of document.querySelectorAll("*")) {
    for (const name of urlAttributes) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const urls = name === "srcset" ? value.split(",").map((item) => item.trim().split(/\s+/)[0]) : [value];
      for (const url of urls) {
        try {
          const protocol = new URL(url, location.href).protocol;
          if (["javascript:", "vbscript:", "data:"].includes(protocol)) window.recorded.push("url(" + name + ":" + protocol + " " + value.slice(0, 100) + ")");
        } catch (e) {}
      }
    }
  }
  const out = document.createElement("pre");
  out.id = "recorded";
  out.textContent = JSON.stringify(window.recorded);
  document.documentElement.appendChild(out);
}, 1000));
</script></body></html>`

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	return ""
}

// recordInBrowser loads payloads into one recorder page in headless
// Chromium and returns what the page recorded.
func recordInBrowser(t *testing.T, browser string, payloads []string) []string {
	t.Helper()
	dir := t.TempDir()
	list, err := json.Marshal(payloads) // escapes <, > and &: nothing can close the script
	require.NoError(t, err)
	page := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(page, fmt.Appendf(nil, recorderPage, list), 0o644))

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser,
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"),
		"--host-resolver-rules=MAP * ~NOTFOUND", // nothing leaves the machine
		"--virtual-time-budget=5000", "--dump-dom", "file://"+page)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	dom, err := cmd.Output()
	require.NoError(t, err, "chromium: %s", stderr.String())

	doc, err := html.Parse(strings.NewReader(string(dom)))
	require.NoError(t, err)
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.Data == "pre" && hasID(n, "recorded") && n.FirstChild != nil {
			var recorded []string
			require.NoError(t, json.Unmarshal([]byte(n.FirstChild.Data), &recorded))
			return recorded
		}
	}
	require.FailNow(t, "the page never wrote what it recorded: the harness did not run", "stderr: %s", stderr.String())
	return nil
}

func hasID(n *html.Node, id string) bool {
	for _, a := range n.Attr {
		if a.Key == "id" && a.Val == id {
			return true
		}
	}
	return false
}

// TestSanitizedVectorsInBrowser loads the sanitized output of every XSS
// vector, as an HTML body and as a Markdown body, and of payloads in every
// Markdown wrapper, each as every renderer and feed format shows it, into
// headless Chromium and asserts that nothing ran.
func TestSanitizedVectorsInBrowser(t *testing.T) {
	browser := chromium()
	if browser == "" {
		t.Skip("no chromium on this machine (Debian: apt-get install -y chromium)")
	}
	t.Run("control", func(t *testing.T) {
		t.Parallel()
		controls := map[string]string{
			"alert(":               `<img src=x onerror="alert(1)">`,
			"confirm(":             `<svg onload="confirm(1)"></svg>`,
			"prompt(":              `<details open ontoggle="prompt(1)"></details>`,
			"print(":               `<script>print()</script>`,
			"open(":                `<img src=x onerror="window.open('about:blank')">`,
			"fetch(":               `<script>fetch("/x")</script>`,
			"sendBeacon(":          `<img src=x onerror="navigator.sendBeacon('/b')">`,
			"XMLHttpRequest.open(": `<img src=x onerror="new XMLHttpRequest().open('GET', '/x')">`,
			"url(href:javascript:": `<a href="java&#x09;script:alert(1)">x</a>`,
			"url(src:data:":        `<img src="data:image/png;base64,AAAA">`,
		}
		var payloads []string
		for _, p := range controls {
			payloads = append(payloads, p)
		}
		recorded := strings.Join(recordInBrowser(t, browser, payloads), "\n")
		for want := range controls {
			assert.Contains(t, recorded, want, "the unsanitized control did not record it: the harness is blind to it")
		}
	})

	var payloads []string
	for _, wrapper := range markdownWrappers {
		for _, p := range []string{"<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "javascript:alert(1)"} {
			body := strings.ReplaceAll(wrapper, "%s", p)
			for _, html := range renderings(t, sanitized(t, article.Article{Body: body, Format: article.Markdown})) {
				payloads = append(payloads, html)
			}
		}
	}
	for _, v := range loadVectors(t) {
		for _, format := range []article.Format{article.HTML, article.Markdown} {
			for _, html := range renderings(t, sanitized(t, article.Article{Body: v.Payload, Format: format})) {
				payloads = append(payloads, html)
			}
		}
	}
	slices.Sort(payloads)
	payloads = slices.Compact(payloads) // renderers that agree are loaded once
	for start := 0; start < len(payloads); start += pageSize {
		page := payloads[start:min(start+pageSize, len(payloads))]
		t.Run(fmt.Sprintf("payloads %d-%d", start, start+len(page)-1), func(t *testing.T) {
			t.Parallel()
			assert.Empty(t, recordInBrowser(t, browser, page))
		})
	}
}

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/mmcdole/gofeed"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/cli"
	"github.com/articlekit/article/internal/golden"
)

// result is what one run of the command did.
type result struct {
	stdout, stderr string
	code           int
}

// String lays the result out for a golden file.
func (r result) String() string {
	return fmt.Sprintf("exit %d\n-- stdout --\n%s-- stderr --\n%s", r.code, r.stdout, r.stderr)
}

// runArgs runs the command as main does, with stdin as standard input.
func runArgs(stdin string, args ...string) result {
	var out, errs bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errs)
	return result{out.String(), errs.String(), code}
}

const (
	articles = "testdata/articles"
	empty    = "testdata/empty" // a folder with no *.md file
	base     = "--base=https://example.com/news"
)

func TestGolden(t *testing.T) {
	deal, err := os.ReadFile(filepath.Join(articles, "news/deal.md"))
	require.NoError(t, err)
	late, err := os.ReadFile(filepath.Join(articles, "news/late.md"))
	require.NoError(t, err)
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"check", "", []string{"check", articles}},
		{"check-stdin", string(late), []string{"check", "-"}},
		{"json", "", []string{"json", articles}},
		{"json-stdin", string(deal), []string{"json", "-"}},
		{"sanitize", "", []string{"sanitize", filepath.Join(articles, "news/deal.md")}},
		{"sanitize-two", string(deal), []string{"sanitize", "-", filepath.Join(articles, "draft.md")}},
		{"summarize", "", []string{"summarize", articles}},
		{"convert-md", "", []string{"convert", "--to", "md", filepath.Join(articles, "news/deal.md")}},
		{"convert-html", "", []string{"convert", "--to=html", filepath.Join(articles, "news/late.md")}},
		{"convert-text", "", []string{"convert", "--to", "text", filepath.Join(articles, "markdown-tables.md")}},
		{"feed-rss", "", []string{"feed", base, articles}},
		{"feed-atom", "", []string{"feed", base, "--format", "atom", articles}},
		{"feed-json", "", []string{"feed", base, "--format=json", "--title", "News", articles}},
		{"pattern", "", []string{"check", "--pattern", "news/*.md", articles}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(tc.stdin, tc.args...)
			golden.Check(t, filepath.Join("testdata", "golden", tc.name+".txt"), []byte(r.String()))
		})
	}
}

func TestExitStatus(t *testing.T) {
	file := filepath.Join(articles, "markdown-tables.md")
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string // a line that standard error holds
	}{
		{"all well", []string{"check", file}, cli.OK, ""},
		{"problems", []string{"check", articles}, cli.Failed, "article: 3 problem(s) in 2 of 5 files"},
		{"a file fails", []string{"json", articles}, cli.Failed, `testdata/articles/news/unclosed.md:1: front matter is not closed: no "---" line closes the "---" on this line`},
		{"missing folder", []string{"check", "no-such-folder"}, cli.Usage, "article: no-such-folder: no such file or directory"},
		{"missing file after a good one", []string{"json", file, "content/nope.md"}, cli.Usage, "article: content/nope.md: no such file or directory"},
		{"missing SRC", []string{"migrate", "nope", t.TempDir()}, cli.Usage, "article: nope: no such file or directory"},
		{"no path", []string{"summarize"}, cli.Usage, "article: no PATH: name files, folders or - for standard input"},
		{"unknown flag", []string{"check", "--frob", file}, cli.Usage, "article: unknown flag: --frob"},
		{"unknown command", []string{"lint", file}, cli.Usage, `article: unknown command "lint" for "article"`},
		{"bad pattern", []string{"check", "--pattern", "[", articles}, cli.Usage, `article: --pattern "[": syntax error in pattern`},
		{"bad --to", []string{"convert", "--to", "pdf", file}, cli.Usage, `article: --to "pdf": want md, html or text`},
		{"no --to", []string{"convert", file}, cli.Usage, `article: required flag(s) "to" not set`},
		{"bad format", []string{"feed", base, "--format", "csv", file}, cli.Usage, `article: feed: unknown format "csv": want rss, atom or json`},
		{"no base", []string{"feed", file}, cli.Usage, `article: required flag(s) "base" not set`},
		{"bad transform", []string{"migrate", "-t", "sanitize,pdf", file, "-"}, cli.Usage, `article: unknown transform "pdf": want sanitize, md, html or text`},
		{"migrate one path", []string{"migrate", file}, cli.Usage, "article: migrate takes SRC and DST"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs("", tc.args...)
			assert.Equal(t, tc.code, r.code, r.stderr)
			if tc.stderr == "" {
				assert.Empty(t, r.stderr)
			} else {
				assert.Contains(t, strings.Split(r.stderr, "\n"), tc.stderr)
			}
			if tc.code == cli.Usage {
				assert.Empty(t, r.stdout, "nothing is written before the arguments are checked")
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, cmd := range []string{"", "check", "json", "sanitize", "summarize", "convert", "feed", "migrate"} {
		for _, flag := range []string{"-h", "--help"} {
			t.Run(cmd+flag, func(t *testing.T) {
				r := runArgs("", strings.Fields(cmd+" "+flag)...)
				assert.Equal(t, cli.OK, r.code)
				assert.Empty(t, r.stderr)
				assert.Contains(t, r.stdout, "Usage:\n  article "+cmd)
				assert.Contains(t, r.stdout, "Exit status: 0 when every file was read and done; 1 when")
			})
		}
	}
}

// TestEmptyFolder holds the one rule for a folder without article files:
// every subcommand writes nothing, names the folder on standard error and
// exits 0.
func TestEmptyFolder(t *testing.T) {
	for _, args := range [][]string{
		{"check"}, {"json"}, {"sanitize"}, {"summarize"}, {"convert", "--to", "md"},
		{"feed", base}, {"feed", base, "--format", "atom"}, {"feed", base, "--format", "json"},
		{"migrate", "-t", "sanitize"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			args := append(args, empty)
			if args[0] == "migrate" {
				args = append(args, filepath.Join(t.TempDir(), "out"))
			}
			r := runArgs("", args...)
			assert.Equal(t, cli.OK, r.code)
			assert.Equal(t, "article: testdata/empty: no files match **/*.md\n", r.stderr)
			assert.Empty(t, r.stdout)
		})
	}
}

func TestFeedIsSanitized(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		titles []string
	}{
		{"as read", nil, []string{"Phone makers' shares in China, in one table", "Alibaba and Apple strike an AI deal", "A correction that predates its story"}},
		{"newest first", []string{"--max-items", "2"}, []string{"A correction that predates its story", "Phone makers' shares in China, in one table"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs("", append(append([]string{"feed", base}, tc.args...), articles)...)
			require.Equal(t, cli.Failed, r.code, r.stderr) // unclosed.md
			parsed, err := gofeed.NewParser().ParseString(r.stdout)
			require.NoError(t, err)
			var titles []string
			for _, it := range parsed.Items {
				titles = append(titles, it.Title)
				assert.NotContains(t, it.Content, "<script")
				assert.NotContains(t, it.Content, "onerror")
				assert.NotContains(t, it.Content, "onclick")
			}
			// the draft left out, the file that fails reported
			assert.Equal(t, tc.titles, titles)
			assert.Equal(t, "testdata/articles/news/unclosed.md:1: front matter is not closed: no \"---\" line closes the \"---\" on this line\n", r.stderr)
		})
	}
}

func TestMigrate(t *testing.T) {
	dst := t.TempDir()
	r := runArgs("", "migrate", "-t", "sanitize,md", articles, dst)
	assert.Equal(t, cli.Failed, r.code)
	assert.Contains(t, r.stderr, "testdata/articles/news/unclosed.md:1:")
	for _, name := range []string{"draft.md", "markdown-tables.md", "news/deal.md", "news/late.md"} {
		a, err := article.ParseFile(filepath.Join(dst, name))
		require.NoError(t, err, name)
		assert.Equal(t, article.Markdown, a.Format, name)
		assert.NotContains(t, a.Body, "script", name)
	}
	assert.NoFileExists(t, filepath.Join(dst, "news/unclosed.md"))

	deal, err := article.ParseFile(filepath.Join(dst, "news/deal.md"))
	require.NoError(t, err)
	assert.Equal(t, "What the deal brings to iPhones in China.", deal.Description)
	assert.Contains(t, deal.Body, "Alibaba confirmed the deal on Thursday, [the paper](https://example.com/) reports.")

	r = runArgs("", "migrate", "-t", "md", filepath.Join(articles, "news"), "-")
	assert.Equal(t, cli.Failed, r.code)
	assert.Contains(t, r.stdout, "==> testdata/articles/news/deal.md <==\n---\ntitle: \"Alibaba and Apple strike an AI deal\"\n")
	assert.Contains(t, r.stdout, "==> testdata/articles/news/late.md <==\n")
}

func TestMigrateOneFile(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(page, []byte("---\ntitle: Page\n---\n<p>Hello <em>you</em></p><script>x()</script>\n"), 0o644))

	r := runArgs("", "migrate", "-t", "sanitize", page, page) // in place
	require.Equal(t, cli.OK, r.code, r.stderr)
	a, err := article.ParseFile(page)
	require.NoError(t, err)
	assert.Equal(t, "<p>Hello <em>you</em></p>", a.Body)

	r = runArgs("", "migrate", "-t", "md", page, filepath.Join(dir, "out", "page.html"))
	require.Equal(t, cli.OK, r.code, r.stderr)
	a, err = article.ParseFile(filepath.Join(dir, "out", "page.md"))
	require.NoError(t, err, "a Markdown body is not written under .html")
	assert.Equal(t, "Hello *you*", a.Body)

	// Text read back from a .html name would be HTML: an escaped tag in
	// the page would come back as a live one.
	require.NoError(t, os.WriteFile(page, []byte("---\ntitle: Page\n---\n<p>&lt;img src=x onerror=alert(1)&gt;</p>\n"), 0o644))
	r = runArgs("", "migrate", "-t", "sanitize,text", page, filepath.Join(dir, "out", "page.html"))
	require.Equal(t, cli.OK, r.code, r.stderr)
	assert.NoFileExists(t, filepath.Join(dir, "out", "page.html"))
	a, err = article.ParseFile(filepath.Join(dir, "out", "page.md"))
	require.NoError(t, err, "a text body is not written under .html")
	assert.Equal(t, article.Text, a.Format)
	assert.Equal(t, "<img src=x onerror=alert(1)>", a.Body)

	r = runArgs("---\ntitle: In\n---\n<p>x</p>\n", "migrate", "-t", "text", "-", "-")
	require.Equal(t, cli.OK, r.code, r.stderr)
	a, err = article.Parse(strings.NewReader(r.stdout))
	require.NoError(t, err)
	assert.Equal(t, "In", a.Title)
	assert.Equal(t, article.Text, a.Format)
}

// failingWriter fails every write, as a closed pipe does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestOutputThatCannotBeWritten(t *testing.T) {
	for _, cmd := range []string{"json", "sanitize", "summarize"} {
		var errs bytes.Buffer
		code := run([]string{cmd, filepath.Join(articles, "markdown-tables.md")}, nil, failingWriter{}, &errs)
		assert.Equal(t, cli.Usage, code, cmd)
		assert.Equal(t, "article: broken pipe\n", errs.String(), cmd)
	}
}

func TestFeedOfDraftsOnly(t *testing.T) {
	for _, format := range []string{"rss", "atom", "json"} {
		r := runArgs("", "feed", base, "--format", format, filepath.Join(articles, "draft.md"))
		require.Equal(t, cli.OK, r.code, r.stderr)
		parsed, err := gofeed.NewParser().ParseString(r.stdout)
		require.NoError(t, err, format)
		assert.Empty(t, parsed.Items, format)
	}
}

// TestTextFromFilesCannotDriveTheTerminal: control characters in what a
// file holds (a title, an excerpt, a key) or in its name, such as ESC
// sequences that clear the screen, set the window title or write the
// clipboard, are shown escaped in the lines written for people, while the
// files written out keep them.
func TestTextFromFilesCannotDriveTheTerminal(t *testing.T) {
	dir := t.TempDir()
	name := "x\x1b[2J.md"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("---\ntitle: \"ok\\e]52;c;cHduZWQ=\\a\\r\"\n\"\\e[2Jk\": 1\n\"\\e[2Jk\": 2\n---\nBody \x1b[31mred\x1b[0m text.\n"), 0o644); err != nil {
		t.Skip("no such file names here:", err)
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ok.md"), []byte("---\ntitle: \"ok\\e]0;title\\a\\u009b2J\"\n---\nBody \x1b[31mred\x1b[0m text.\n"), 0o644))
	for _, args := range [][]string{{"check", dir}, {"summarize", dir}, {"sanitize", dir}} {
		r := runArgs("", args...)
		for _, out := range []string{r.stderr, r.stdout} {
			if args[0] == "sanitize" && out == r.stdout {
				assert.Contains(t, out, "\x1b[31m", "the article file written keeps its text")
				out = strings.ReplaceAll(strings.ReplaceAll(out, "\x1b[31m", ""), "\x1b[0m", "")
				out = strings.ReplaceAll(out, "==> "+filepath.Join(dir, "ok.md"), "")
			}
			assert.False(t, strings.ContainsFunc(out, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }), "%s: %q", args[0], out)
		}
		assert.Contains(t, r.stdout+r.stderr, `\x1b`, args[0])
	}
}

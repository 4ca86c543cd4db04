package article_test

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
	"pgregory.net/rapid"

	"github.com/articlekit/article"
)

// requireRoundTrip checks the round-trip law on src: if Parse accepts it,
// what WriteTo writes reads back to an equal article; if not, the error is
// an *article.Error.
func requireRoundTrip(t require.TestingT, src string, opts ...article.Option) {
	a, err := article.Parse(strings.NewReader(src), opts...)
	if err != nil {
		require.IsType(t, &article.Error{}, err)
		return
	}
	if hasNaN(a.Extra) {
		return // NaN is never equal to itself
	}
	out, err := a.MarshalText()
	require.NoError(t, err, "read from:\n%s", src)
	b, err := article.Parse(strings.NewReader(string(out)), opts...)
	require.NoError(t, err, "written:\n%s", out)
	require.Equal(t, a, b, "read from:\n%s\nwritten:\n%s", src, out)
	out, err = a.Regenerated().MarshalText()
	require.NoError(t, err, "read from:\n%s", src)
	// Written anew, aliases are written out and flow collections in block
	// style, so the front matter can pass the size limit it was read within.
	b, err = article.Parse(strings.NewReader(string(out)), append(opts, article.WithMaxFrontMatter(math.MaxInt64))...)
	require.NoError(t, err, "written anew:\n%s", out)
	require.Equal(t, a.WithoutOrigin(), b.WithoutOrigin(), "read from:\n%s\nwritten anew:\n%s", src, out)
}

// caseKeys are typed fields' keys and aliases in several cases, and
// caseValues values that fit some of them and not others.
var (
	caseKeys = []string{
		"title", "Title", "TITLE", "description", "Description", "summary", "Summary", "SUMMARY", "excerpt",
		"publishedOn", "PublishedOn", "publishDate", "date", "Date", "DATE", "pubDate",
		"image", "Image", "images", "Images", "draft", "Draft", "DRAFT",
		"tags", "Tags", "categories", "Categories", "author", "Author", "authors", "AUTHORS",
		"slug", "Slug", "lang", "Lang", "language", "LANGUAGE",
	}
	caseValues = []string{
		"x", "[1]", "[a.png]", "[a.png, b.png]", "2025-01-01", "2016-08-02 10:21:00 -0700", "soon", "yes",
		"{a: 1}", "null", `""`,
	}
)

// TestKeysInAnyCaseRoundTrip: whichever of a field's keys in other cases
// fills it, reading what WriteTo writes fills it from the same key.
func TestKeysInAnyCaseRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		keys := rapid.SliceOfNDistinct(rapid.SampledFrom(caseKeys), 1, 8, rapid.ID[string]).Draw(t, "keys")
		var src strings.Builder
		src.WriteString("---\n")
		for _, k := range keys {
			src.WriteString(k + ": " + rapid.SampledFrom(caseValues).Draw(t, k) + "\n")
		}
		src.WriteString("---\n")
		requireRoundTrip(t, src.String())
	})
}

// mergeDoc draws a YAML front matter of maps m0, m1, … that merge earlier
// ones ("<<: *m0", "<<: [*m1, *m0]"), and a top level that merges some of
// them, directly or through a map of its own that merges in turn. Every
// value says where it was set, so that a key taken from the wrong map shows.
func mergeDoc(t *rapid.T) string {
	entries := func(label string, value int, merges int) []string {
		keys := rapid.SliceOfNDistinct(rapid.SampledFrom([]string{"a", "b", "c", "d"}), 0, 3, rapid.ID[string]).Draw(t, label)
		var out []string
		for i, k := range keys {
			out = append(out, fmt.Sprintf("%s: %d", k, value+i))
		}
		if merges == 0 {
			return out
		}
		if refs := rapid.SliceOfN(rapid.IntRange(0, merges-1), 0, 3).Draw(t, label+" merges"); len(refs) > 0 {
			aliases := make([]string, len(refs))
			for i, r := range refs {
				aliases[i] = fmt.Sprintf("*m%d", r)
			}
			merge := "<<: " + aliases[0]
			if len(aliases) > 1 || rapid.Bool().Draw(t, label+" as a list") {
				merge = "<<: [" + strings.Join(aliases, ", ") + "]"
			}
			at := rapid.IntRange(0, len(out)).Draw(t, label+" merge at")
			out = append(out[:at], append([]string{merge}, out[at:]...)...)
		}
		return out
	}
	var doc strings.Builder
	maps := rapid.IntRange(0, 4).Draw(t, "maps")
	for i := range maps {
		fmt.Fprintf(&doc, "m%d: &m%d {%s}\n", i, i, strings.Join(entries(fmt.Sprint("m", i), 10*(i+1), i), ", "))
	}
	var top []string
	if rapid.Bool().Draw(t, "inline merge") {
		top = append(entries("top", 100, 0), "<<: {"+strings.Join(entries("inline", 200, maps), ", ")+"}")
	} else {
		top = entries("top", 100, maps)
	}
	for _, e := range top {
		doc.WriteString(e + "\n")
	}
	return doc.String()
}

// TestMergeKeysAsYAML: merge keys, nested or not, give Extra what yaml.v3
// gives a map it decodes the same front matter into.
func TestMergeKeysAsYAML(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := mergeDoc(t)
		var want map[string]any
		yamlErr := yaml.Unmarshal([]byte(doc), &want)
		a, err := article.Parse(strings.NewReader("---\n" + doc + "---\n"))
		if yamlErr != nil {
			require.Error(t, err, "yaml.v3: %v\n%s", yamlErr, doc)
			return
		}
		require.NoError(t, err, doc)
		if len(want) == 0 {
			want = nil
		}
		require.Equal(t, want, a.Extra, doc)
		requireRoundTrip(t, "---\n"+doc+"---\n")
	})
}

// TestRoundTripInTimeZones runs the round-trip tests again in processes
// whose local zone is not UTC: YAML and TOML give a date the machine's zone
// when its offset matches, which must change nothing Parse returns.
func TestRoundTripInTimeZones(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the test binary again")
	}
	for _, tz := range []string{"Europe/Berlin", "America/Los_Angeles"} {
		t.Run(tz, func(t *testing.T) {
			if _, err := time.LoadLocation(tz); err != nil {
				t.Skip("no time zone database:", err)
			}
			cmd := exec.Command(os.Args[0], "-test.count=1",
				"-test.run=^(FuzzParse|TestDatesRoundTrip|TestParseDateZoneNames|TestKeysInAnyCaseRoundTrip|TestMergeKeysAsYAML|TestParseVariants)$")
			cmd.Env = append(os.Environ(), "TZ="+tz)
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, "TZ=%s:\n%s", tz, out)
		})
	}
}

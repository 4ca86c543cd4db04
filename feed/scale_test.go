package feed_test

import (
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/feed"
	"github.com/articlekit/article/internal/testcorpus"
)

// scaleArticles is how many generated articles TestWriteSeqAtScale feeds;
// maxHeap is the most heap it may use to write them.
const (
	scaleArticles = 20_000
	maxHeap       = 64 << 20
)

// A ParseFS stream of 20,000 files becomes a feed in bounded memory, all
// of it (RSS) or the newest 100 (Atom), and gofeed reads every item back. It takes minutes
// (most of them the generator), so it skips in -short mode and with -race.
func TestWriteSeqAtScale(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("takes minutes")
	}
	dir := testcorpus.Dir(t, scaleArticles)
	for _, tc := range []struct {
		f        feed.Format
		maxItems int
	}{{feed.RSS, 0}, {feed.Atom, 100}} {
		t.Run(tc.f.String(), func(t *testing.T) {
			ch := testChannel
			ch.MaxItems = tc.maxItems
			out, err := os.Create(filepath.Join(t.TempDir(), "feed"))
			require.NoError(t, err)
			articles, peak := measuredStream(t, dir)
			require.NoError(t, feed.WriteSeq(out, tc.f, ch, articles))
			require.NoError(t, out.Close())
			t.Logf("%s, MaxItems %d: peak heap %.1f MiB", tc.f, tc.maxItems, float64(*peak)/(1<<20))
			assert.LessOrEqual(t, *peak, uint64(maxHeap), "peak heap while writing")

			data, err := os.ReadFile(out.Name())
			require.NoError(t, err)
			parsed := parseBack(t, data)
			want := scaleArticles
			if tc.maxItems > 0 {
				want = tc.maxItems
			}
			require.Len(t, parsed.Items, want)
			links := map[string]bool{}
			for _, it := range parsed.Items {
				require.NotEmpty(t, it.Title)
				links[it.Link] = true
			}
			assert.Len(t, links, want, "every link is unique")
			for i := 1; tc.maxItems > 0 && i < len(parsed.Items); i++ {
				assert.False(t, parsed.Items[i].PublishedParsed.After(*parsed.Items[i-1].PublishedParsed), "newest first")
			}
		})
	}
}

// measuredStream returns the articles of the corpus in dir as a stream,
// failing on a parse error, and the peak of the heap in use while it is
// read, sampled every 50 articles after a collection that starts it low.
func measuredStream(t *testing.T, dir string) (iter.Seq[*article.Article], *uint64) {
	peak := new(uint64)
	var ms runtime.MemStats
	sample := func() {
		runtime.ReadMemStats(&ms)
		*peak = max(*peak, ms.HeapInuse)
	}
	return func(yield func(*article.Article) bool) {
		runtime.GC()
		n := 0
		for a, err := range article.ParseFS(os.DirFS(dir), "*.md") {
			require.NoError(t, err)
			if n++; n%50 == 0 {
				sample()
			}
			if !yield(a) {
				return
			}
		}
		sample()
	}, peak
}

// raceEnabled is set by race_test.go in a build with -race.
var raceEnabled bool

package article_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/articlekit/article"
	"github.com/articlekit/article/internal/testcorpus"
	"github.com/articlekit/article/transform"
)

// pipeline is the whole job of a content pipeline: sanitize, summarize and
// convert to Markdown, after Parse.
var pipeline = article.Chain(article.Sanitize(nil), transform.Summarize(), transform.ToMarkdown())

// BenchmarkPipeline measures Parse and the whole pipeline over 1,000 corpus
// files: one file after another in memory, and through ParseFS with the
// pipeline on one and two workers (WithTransform). Bytes are those of the
// files.
func BenchmarkPipeline(b *testing.B) {
	dir := testcorpus.Dir(b, 1000)
	names, err := filepath.Glob(filepath.Join(dir, "*.md"))
	require.NoError(b, err)
	var files [][]byte
	size := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		require.NoError(b, err)
		files = append(files, data)
		size += len(data)
	}
	b.Run("chain", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, f := range files {
				if _, err := article.Parse(bytes.NewReader(f), article.WithTransform(pipeline)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	fsys := os.DirFS(dir)
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("ParseFS/workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, err := range article.ParseFS(fsys, "*.md", article.WithWorkers(workers), article.WithTransform(pipeline)) {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

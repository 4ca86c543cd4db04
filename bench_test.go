package article

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// corpusFiles reads n generated corpus files into memory.
func corpusFiles(b *testing.B, n int) [][]byte {
	dir := corpus(b, n)
	names, err := filepath.Glob(filepath.Join(dir, "*.md"))
	require.NoError(b, err)
	files := make([][]byte, len(names))
	for i, name := range names {
		files[i], err = os.ReadFile(name)
		require.NoError(b, err)
	}
	return files
}

func benchmarkParse(b *testing.B, files [][]byte) {
	size := 0
	for _, f := range files {
		size += len(f)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := Parse(bytes.NewReader(f)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkParse(b *testing.B) {
	b.Run("seed", func(b *testing.B) {
		seed, err := os.ReadFile(seedPath)
		require.NoError(b, err)
		benchmarkParse(b, [][]byte{seed})
	})
	b.Run("corpus", func(b *testing.B) { benchmarkParse(b, corpusFiles(b, 1000)) })
}

func BenchmarkWriteTo(b *testing.B) {
	var articles []*Article
	size := 0
	for _, f := range corpusFiles(b, 1000) {
		a, err := Parse(bytes.NewReader(f))
		require.NoError(b, err)
		articles = append(articles, a)
		size += len(f)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range articles {
			if _, err := a.WriteTo(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkParseFS(b *testing.B) {
	dir := corpus(b, 2000)
	fsys := os.DirFS(dir)
	size := int64(0)
	for a, err := range ParseFS(fsys, "*.md") {
		require.NoError(b, err)
		size += int64(len(a.Body))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range ParseFS(fsys, "*.md") {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*2000)/b.Elapsed().Seconds(), "files/s")
}

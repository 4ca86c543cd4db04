// Command beam parses, sanitizes and summarizes article files as an Apache
// Beam pipeline and writes each article as one line of JSON, so that the
// same program runs on one machine or on Dataflow, Flink or Spark
// (README.md says how).
//
//	go run .                        # the embedded sample, on Beam's local prism runner
//	go run . -pattern '*.md' DIR    # every *.md file in DIR
//	go run . -runner direct DIR     # on Beam's in-process direct runner
//
// It reads the files ParseFS would, each parsed by article.Parse with its
// path under ROOT, but the pattern is matched by ROOT's Beam file system:
// on a local folder by filepath.Glob, where "**" matches one folder as "*"
// does; on gs:// as in ParseFS. A file that fails is written with its
// error to -failed and counted; the others go on. It exits with status 1
// if any file failed, 2 if the pipeline could not run.
package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

//go:embed testdata/alibaba-apple.md
var sample embed.FS

func main() {
	pattern := flag.String("pattern", "*.md", "the files to read under ROOT (a glob of ROOT's Beam file system)")
	output := flag.String("output", "articles.jsonl", "where to write the articles, one JSON line each")
	failed := flag.String("failed", "failed.txt", "where to write the files that failed, one error a line (only if one did)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: beam [-pattern GLOB] [-output FILE] [-failed FILE] [-runner NAME and its flags] [ROOT]")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init() // on a worker, Init runs the worker and does not return

	root := sampleRoot
	if flag.NArg() > 0 {
		root = flag.Arg(0)
	} else {
		*pattern = "testdata/*.md"
	}
	n, err := run(context.Background(), pipeline(root, *pattern, *output, *failed))
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(2)
	}
	if n > 0 {
		fmt.Fprintf(os.Stderr, "beam: %d file(s) failed, listed in %s\n", n, *failed)
		os.Exit(1)
	}
}

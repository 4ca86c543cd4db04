package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

// sampleRoot is the embedded sample's folder in Beam's in-memory file
// system. init fills it, so that every worker, which runs this same
// program, holds the sample too.
const sampleRoot = "memfs://sample"

// transforms is what every article goes through, as in the other examples.
var transforms = article.Chain(article.Sanitize(nil), transform.Summarize())

// failures counts the files that failed; runners show it with the job.
var failures = beam.NewCounter("article", "failed")

func init() {
	register.DoFn4x0[context.Context, fileio.ReadableFile, func(string), func(string)](&parseFn{})
	register.Emitter1[string]()

	const name = "testdata/alibaba-apple.md"
	data, err := sample.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: it cannot be missing
	}
	memfs.Write(sampleRoot+"/"+name, data)
}

// pipeline reads the files matching pattern under root and writes each
// article as a JSON line to output, and each file that failed, with its
// error, to failed. No match at all fails the pipeline, as the other
// examples refuse an empty folder.
func pipeline(root, pattern, output, failed string) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	prefix := folderPrefix(root)
	matches := fileio.MatchFiles(s, prefix+pattern, fileio.MatchEmptyDisallow())
	lines, errs := beam.ParDo2(s, &parseFn{Prefix: prefix}, fileio.ReadMatches(s, matches))
	textio.Write(s, output, lines)
	textio.Write(s, failed, errs)
	return p
}

// folderPrefix returns root with one trailing slash. A local folder is
// cleaned first, since the local file system's glob gives the paths it
// matches cleaned, and the prefix is cut from them.
func folderPrefix(root string) string {
	if !strings.Contains(root, "://") {
		root = filepath.ToSlash(filepath.Clean(root))
	}
	return strings.TrimSuffix(root, "/") + "/"
}

// run runs p on the runner that -runner names and returns how many files
// failed. A job submitted without waiting for it (-async, or
// -execute_async on Dataflow) has no counts yet: the runners' results for
// it hold no metrics to query.
func run(ctx context.Context, p *beam.Pipeline) (failed int64, err error) {
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil || *jobopts.Async {
		return 0, err
	}
	counted := res.Metrics().Query(func(r metrics.SingleResult) bool {
		return r.Namespace() == "article" && r.Name() == "failed"
	})
	for _, c := range counted.Counters() {
		failed += c.Result()
	}
	return failed, nil
}

// parseFn turns each file into its article's JSON line, or into its error
// on the second output: a file that fails does not stop the others, as in
// ParseFS.
type parseFn struct {
	Prefix string // cut from each file's path to give the path ParseFS would
}

// ProcessElement parses one file.
func (f *parseFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit, emitFailed func(string)) {
	line, err := f.parse(ctx, file)
	if err != nil {
		failures.Inc(ctx, 1)
		emitFailed(err.Error())
		return
	}
	emit(line)
}

// parse reads file as a stream, so that Parse refuses one over its size
// limit before reading it all, and runs the transforms as ParseFS does.
func (f *parseFn) parse(ctx context.Context, file fileio.ReadableFile) (string, error) {
	name := strings.TrimPrefix(file.Metadata.Path, f.Prefix)
	r, err := file.Open(ctx)
	if err != nil {
		return "", &article.Error{Path: name, Err: err}
	}
	defer r.Close()
	a, err := article.Parse(r, article.WithPath(name), article.WithTransform(transforms))
	if err != nil {
		return "", err
	}
	return jsonLine(a)
}

// jsonLine encodes a as one line of JSON, leaving <, > and & as they are
// in the body, as examples/parse does.
func jsonLine(a *article.Article) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		return "", &article.Error{Path: a.Path, Err: err}
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

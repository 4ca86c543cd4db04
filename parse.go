package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/adrg/frontmatter"
)

// DefaultMaxSize is the largest input Parse accepts unless WithMaxSize says
// otherwise: far above any real article, low enough to refuse a runaway file.
const DefaultMaxSize = 16 << 20

// DefaultMaxFrontMatter is the largest front matter, in bytes, Parse
// accepts unless WithMaxFrontMatter says otherwise: some hundred times
// the front matter of a real article. The YAML, TOML and JSON decoders
// take 50 to 100 bytes of memory for each byte of a front matter made of
// many small values, so this limit, not DefaultMaxSize, bounds what the
// front matter of a file costs.
const DefaultMaxFrontMatter = 256 << 10

// Option changes how Parse, ParseFile and ParseFS read articles.
type Option func(*config)

type config struct {
	path      string
	maxSize   int64
	maxFront  int64 // WithMaxFrontMatter's
	siteKeys  bool
	workers   int
	transform Transform   // the transforms, chained
	steps     []Transform // the transforms of WithTransform, in order
	format    Format      // WithBodyFormat's
	formats   []*frontmatter.Format
}

func newConfig(opts []Option) config {
	c := config{maxSize: DefaultMaxSize, maxFront: DefaultMaxFrontMatter, siteKeys: true, workers: runtime.GOMAXPROCS(0)}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	switch len(c.steps) {
	case 0:
	case 1:
		c.transform = c.steps[0]
	default:
		c.transform = Chain(c.steps...)
	}
	return c
}

// WithPath names the file a reader holds, for Article.Path and errors.
func WithPath(name string) Option { return func(c *config) { c.path = name } }

// WithMaxSize sets the largest input in bytes; larger input is refused with
// ErrTooLarge. The default is DefaultMaxSize; n <= 0 means the default too,
// as a zero MaxHeaderBytes does in net/http, since an unset limit must not
// mean no limit. math.MaxInt64 lifts the limit.
func WithMaxSize(n int64) Option {
	if n <= 0 {
		n = DefaultMaxSize
	}
	return func(c *config) { c.maxSize = n }
}

// WithMaxFrontMatter sets the largest front matter in bytes; a larger one
// is refused with an *Error at its first line wrapping ErrTooLarge. The
// default is DefaultMaxFrontMatter; n <= 0 means the default too, and
// math.MaxInt64 lifts the limit, leaving WithMaxSize's.
func WithMaxFrontMatter(n int64) Option {
	if n <= 0 {
		n = DefaultMaxFrontMatter
	}
	return func(c *config) { c.maxFront = n }
}

// WithSiteKeys sets whether the keys of static-site generators and blog
// engines fill the typed fields when the export layout's keys are absent: Hugo's and
// Jekyll's date, publishDate, lastmod, last_modified_at, summary, excerpt,
// image, images, author and language, Astro's pubDate, updatedDate and
// heroImage, Zola's and Hexo's updated and cover, Pelican's modified,
// Ghost's published_at, updated_at and feature_image, and coverImage. It
// is on by default; off, they stay in Extra.
func WithSiteKeys(on bool) Option { return func(c *config) { c.siteKeys = on } }

// WithBodyFormat reads every body as f (HTML, Markdown or Text), whatever
// the file's name and the body's content: a fence that is the whole body
// is still unwrapped when it names f, as the export layout wraps bodies.
// Another format is an error.
func WithBodyFormat(f Format) Option { return func(c *config) { c.format = f } }

// bodyFormat returns the format a body is read in: WithBodyFormat's, else
// HTML for an .html or .htm file, as Hugo reads them, else "" for the
// content to decide.
func (c *config) bodyFormat() Format {
	if c.format != "" {
		return c.format
	}
	return formatOfPath(c.path)
}

// formatOfPath returns HTML for an .html or .htm file, as Hugo reads them,
// and "" for a file whose body's content decides.
func formatOfPath(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return HTML
	}
	return ""
}

// WithFormats adds front-matter formats to the built-in ones, such as
// frontmatter.NewFormat("<!--", "-->", yaml.Unmarshal); they are tried
// first, in order. A front matter opens on a line that is a format's Start
// and closes on the first line that begins with its End. Parse calls the
// format's Unmarshal with the data between them (and the delimiters, with
// UnmarshalDelims) and a *map[string]any; every key is reported on the
// front matter's first line. WriteTo writes such a front matter back
// between the same delimiters, in YAML. A nil format is skipped.
func WithFormats(f ...*frontmatter.Format) Option {
	return func(c *config) {
		for _, f := range f {
			if f != nil {
				c.formats = append(c.formats, f)
			}
		}
	}
}

// WithWorkers sets how many files ParseFS parses at once; the default is
// GOMAXPROCS.
func WithWorkers(n int) Option { return func(c *config) { c.workers = max(1, n) } }

// WithTransform runs t on every article once it is parsed; in ParseFS it
// runs on the worker goroutines, so that a whole pipeline
// (Chain(Sanitize(nil), …)) uses all cores. An error from t is the file's
// error, an *Error naming its path, and no article is returned; so is a
// panic in t, with the panic value and where it happened. Several
// WithTransform run in the order given, as Chain runs them; a nil t does
// nothing.
func WithTransform(t Transform) Option {
	return func(c *config) {
		if t != nil {
			c.steps = append(c.steps, t)
		}
	}
}

// Parse reads one article file: front matter in YAML (--- or ---yaml,
// closed by --- or ...), TOML (+++ or ---toml) or JSON (;;;, ---json or a
// leading {…}), the formats of adrg/frontmatter, or of WithFormats; then
// the body: HTML in an .html or .htm file (WithPath) or when it is HTML
// from start to end, else Markdown; a fence that is the whole body is
// unwrapped (WithBodyFormat forces the format). A text under a key that
// fills a typed date that is not a date is an error. Byte-order marks and
// CRLF line endings are accepted, and UTF-16 with a byte-order mark is read
// as text; input that is not text is refused with ErrBinary. Front matter
// must be UTF-8: other bytes, and YAML !!binary data that is not text, are
// refused, as WriteTo could not write them back. Dates are in UTC or in a
// fixed zone with no name, whatever the machine's zone. Problems are
// reported as *Error naming the line and key; a nil r is an error too.
func Parse(r io.Reader, opts ...Option) (*Article, error) {
	c := newConfig(opts)
	if r == nil {
		return nil, &Error{Path: c.path, Err: errors.New("nil reader")}
	}
	size := int64(-1)
	if l, ok := r.(interface{ Len() int }); ok { // bytes.Reader, strings.Reader, bytes.Buffer
		size = int64(l.Len())
	}
	return readAndParse(r, size, &c)
}

// ParseFile reads the article file name.
func ParseFile(name string, opts ...Option) (*Article, error) {
	c := newConfig(opts)
	c.path = name
	f, err := os.Open(name)
	if err != nil {
		return nil, &Error{Path: name, Err: err}
	}
	defer f.Close()
	return parseFile(f, &c)
}

// parseFile reads and parses an open file, refusing one over the size
// limit before reading it.
func parseFile(f fs.File, c *config) (*Article, error) {
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
	}
	return readAndParse(f, size, c)
}

// readBuffers holds the buffers input is read into. An Article keeps no
// part of its input (every value and the body are copied out as strings),
// so a buffer is free once the input is parsed; reusing it saves an
// allocation the size of each file.
var readBuffers = sync.Pool{New: func() any { return new([]byte) }}

// UnmarshalText reads a whole article file into a, as Parse does with the
// default options, so that encoders that take an encoding.TextMarshaler
// (yaml, for one) read back what MarshalText wrote.
func (a *Article) UnmarshalText(text []byte) error {
	if a == nil {
		return ErrNilArticle
	}
	c := newConfig(nil)
	b, err := parse(bytes.Clone(text), &c)
	if err != nil {
		return err
	}
	*a = *b
	return nil
}

// tooLarge is the error for input over the size limit, whose size a
// stream does not tell.
func (c *config) tooLarge() error {
	return &Error{Path: c.path, Err: fmt.Errorf("%w of %d bytes", ErrTooLarge, c.maxSize)}
}

// maxPooledBuffer is the largest buffer readBuffers keeps, so that one
// huge file does not stay in memory.
const maxPooledBuffer = 1 << 20

// readAndParse reads r whole, into one buffer of the right size when the
// size is known, refusing input over the size limit.
func readAndParse(r io.Reader, size int64, c *config) (*Article, error) {
	if size > c.maxSize {
		return nil, c.tooLarge()
	}
	buf := readBuffers.Get().(*[]byte)
	defer putReadBuffer(buf)
	var err error
	limit := c.maxSize
	if limit < math.MaxInt64 {
		limit++ // a byte past the limit tells input over it from input at it
	}
	if *buf, err = readAll(io.LimitReader(r, limit), size, (*buf)[:0]); err != nil {
		return nil, &Error{Path: c.path, Err: err}
	}
	return parse(*buf, c)
}

// putReadBuffer gives buf back to readBuffers unless it is too large to keep.
func putReadBuffer(buf *[]byte) {
	if cap(*buf) <= maxPooledBuffer {
		readBuffers.Put(buf)
	}
}

// readAll is io.ReadAll appending to buf, grown first to the expected size
// as os.ReadFile does, so that a file is read without growing copies.
func readAll(r io.Reader, size int64, buf []byte) ([]byte, error) {
	buf = slices.Grow(buf, int(max(size+1, 512)))
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
}

// parse turns a whole file into an Article.
func parse(src []byte, c *config) (*Article, error) {
	if int64(len(src)) > c.maxSize {
		return nil, c.tooLarge()
	}
	src, err := decodeText(src)
	if err != nil {
		return nil, &Error{Path: c.path, Err: err}
	}
	if f := c.bodyFormat(); f != "" && f != HTML && f != Markdown && f != Text {
		return nil, &Error{Path: c.path, Err: fmt.Errorf("unknown body format %q", f)}
	}
	a, err := parseArticle(normalizeNewlines(src), c)
	if err != nil {
		if e, ok := err.(*Error); ok {
			e.Path = c.path
		}
		return nil, err
	}
	a.Path = c.path
	if c.transform != nil {
		if err := runTransform(c.transform, a); err != nil {
			// A transform's own *Error (Sanitize's, say) comes out as the
			// one *Error, with the path, rather than inside a second one
			// whose key is empty.
			var e *Error
			if errors.As(err, &e) {
				return nil, &Error{Path: c.path, Line: e.Line, Key: e.Key, Err: e.Err}
			}
			return nil, &Error{Path: c.path, Err: err}
		}
	}
	return a, nil
}

func parseArticle(src []byte, c *config) (*Article, error) {
	fm, err := splitFrontMatter(src, c.formats, c.maxFront)
	if err != nil {
		return nil, err
	}
	if err := checkUTF8(fm); err != nil {
		return nil, err
	}
	fields, err := decodeFields(fm)
	if err != nil {
		return nil, err
	}
	a := new(Article)
	if err := assignFields(a, fields, c.siteKeys); err != nil {
		return nil, err
	}
	a.origin = newOrigin(fm, c.siteKeys)
	a.Body, a.Format, a.layout = parseBody(fm.body, c.bodyFormat())
	return a, nil
}

// normalizeNewlines turns CRLF line ends into LF. Every CR before an LF
// goes, not only the last one, so that reading written output again gives
// the same text.
func normalizeNewlines(src []byte) []byte {
	if bytes.IndexByte(src, '\r') < 0 {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); {
		if src[i] != '\r' {
			out = append(out, src[i])
			i++
			continue
		}
		j := i
		for j < len(src) && src[j] == '\r' {
			j++
		}
		if j == len(src) || src[j] != '\n' {
			out = append(out, src[i:j]...)
		}
		i = j
	}
	return out
}

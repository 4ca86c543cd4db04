package article

import (
	"errors"
	"io/fs"
	"iter"
	"path"
	"strings"
	"sync"
	"sync/atomic"
)

// ParseFS parses the files of fsys that match pattern and yields them in
// path order, each with its error: a file that fails yields (nil, *Error
// naming its path) and the others go on. The pattern is that of fs.Glob,
// and a "**" element matches any number of folders, so "**/*.md" finds
// every Markdown file. A symbolic link to a file is a file; a "**" walk
// does not follow links to folders, so that a link cannot make it loop. Files are parsed on all cores (WithWorkers), and only
// a small window of them is held in memory at once. Breaking out of the
// loop stops the workers before ParseFS returns. A nil fsys yields one
// error.
func ParseFS(fsys fs.FS, pattern string, opts ...Option) iter.Seq2[*Article, error] {
	return func(yield func(*Article, error) bool) {
		if fsys == nil {
			yield(nil, &Error{Path: pattern, Err: errors.New("nil fs.FS")})
			return
		}
		names, err := glob(fsys, pattern)
		if err != nil {
			yield(nil, &Error{Path: pattern, Err: err})
			return
		}
		c := newConfig(opts)
		for r := range parseAll(fsys, names, c) {
			if !yield(r.article, r.err) {
				return
			}
		}
	}
}

type result struct {
	article *Article
	err     error
}

// parseAll parses names on c.workers goroutines and yields the results in
// the order of names. Workers take the next name from a counter and leave
// each result in a slot of a ring of 4×workers, so that they run up to
// that far ahead of the result being yielded and wait only when the ring
// is full; a goroutine handing out the names one by one would wake a
// parked worker for nearly every file.
func parseAll(fsys fs.FS, names []string, c config) iter.Seq[result] {
	return func(yield func(result) bool) {
		workers := min(c.workers, len(names))
		ring := make([]chan result, 4*workers)
		free := make(chan struct{}, len(ring)) // a token for each free slot
		for i := range ring {
			ring[i] = make(chan result, 1)
			free <- struct{}{}
		}
		done := make(chan struct{})
		var next atomic.Int64
		var wg sync.WaitGroup
		var work func()
		work = func() {
			i := -1 // the file being parsed
			defer func() {
				// Left mid-file: a transform called runtime.Goexit (as
				// t.FailNow does), which no recover stops. The file gets
				// an error and a worker takes this one's place, so that
				// the batch does not wait for it without end.
				if i >= 0 {
					ring[i%len(ring)] <- result{nil, &Error{Path: names[i], Err: errors.New("transform ended its goroutine (runtime.Goexit)")}}
					wg.Go(work)
				}
			}()
			for {
				select {
				case <-free:
				case <-done:
					return
				}
				i = int(next.Add(1) - 1)
				if i >= len(names) || stopped(done) { // select picks at random when both are ready
					i = -1
					return
				}
				fc := c
				fc.path = names[i]
				a, err := parseFSFile(fsys, &fc)
				ring[i%len(ring)] <- result{a, err}
				i = -1
			}
		}
		for range workers {
			wg.Go(work)
		}
		defer wg.Wait()
		defer close(done)
		for i := range names {
			r := <-ring[i%len(ring)]
			free <- struct{}{}
			if !yield(r) {
				return
			}
		}
	}
}

// stopped reports whether done is closed.
func stopped(done <-chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// parseFSFile opens and parses the file c.path of fsys.
func parseFSFile(fsys fs.FS, c *config) (*Article, error) {
	f, err := fsys.Open(c.path)
	if err != nil {
		return nil, &Error{Path: c.path, Err: err}
	}
	defer f.Close()
	return parseFile(f, c)
}

// glob returns the regular files of fsys matching pattern, in order.
func glob(fsys fs.FS, pattern string) ([]string, error) {
	if _, err := path.Match(strings.ReplaceAll(pattern, "**", "*"), ""); err != nil {
		return nil, err
	}
	if !strings.Contains(pattern, "**") {
		names, err := fs.Glob(fsys, pattern)
		if err != nil {
			return nil, err
		}
		return regularFiles(fsys, names), nil
	}
	elems := strings.Split(pattern, "/")
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			if name == "." {
				return err
			}
			names = append(names, name) // yields its error, and the walk goes on
			return nil
		}
		link := d.Type()&fs.ModeSymlink != 0 // to a file, it is one; to a folder, not followed
		if (d.Type().IsRegular() || link) && matchDeep(elems, strings.Split(name, "/")) && !(link && notAFile(fsys, name)) {
			names = append(names, name)
		}
		return nil
	})
	return names, err
}

// regularFiles keeps the names that are files.
func regularFiles(fsys fs.FS, names []string) []string {
	files := names[:0]
	for _, name := range names {
		if !notAFile(fsys, name) {
			files = append(files, name)
		}
	}
	return files
}

// notAFile reports whether name, or what it links to, is a folder, a named
// pipe, a device or a socket: nothing to parse, and opening a pipe waits
// for a writer without end. A name that cannot be read is a file: it
// yields its error.
func notAFile(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && !info.Mode().IsRegular()
}

// matchDeep matches path elements against pattern elements, where "**"
// matches any number of elements. It is the two-pointer wildcard match
// over elements: on a mismatch only the last "**" takes one more element
// and matching resumes after it, since what an earlier "**" took cannot
// help, so the time is at most the product of the two lengths, not
// exponential in the number of "**".
func matchDeep(pattern, name []string) bool {
	p, n := 0, 0
	star, taken := -1, 0 // the last "**" seen, and where the elements it takes end
	for n < len(name) {
		switch {
		case p < len(pattern) && pattern[p] == "**":
			star, taken = p, n
			p++
		case p < len(pattern) && matchElem(pattern[p], name[n]):
			p++
			n++
		case star >= 0:
			taken++
			p, n = star+1, taken
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == "**" {
		p++
	}
	return p == len(pattern)
}

// matchElem matches one path element, as fs.Glob does.
func matchElem(pattern, name string) bool {
	ok, _ := path.Match(pattern, name)
	return ok
}

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/articlekit/article"
)

// cycleFS is a folder of n article files, the corpus's files over and over,
// made up on the fly so that a stream of any length costs no disk and no
// memory of its own.
type cycleFS struct {
	files [][]byte
	n     int
}

func (c cycleFS) name(i int) string { return fmt.Sprintf("%07d.md", i) }

// Open opens "." or one of the files.
func (c cycleFS) Open(name string) (fs.File, error) {
	if name == "." {
		return &cycleDir{c}, nil
	}
	var i int
	if _, err := fmt.Sscanf(name, "%07d.md", &i); err != nil || i < 0 || i >= c.n || c.name(i) != name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	data := c.files[i%len(c.files)]
	return &cycleFile{Reader: bytes.NewReader(data), info: cycleInfo{name, int64(len(data))}}, nil
}

// ReadDir lists the files, so that fs.Glob finds them.
func (c cycleFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	entries := make([]fs.DirEntry, c.n)
	for i := range entries {
		entries[i] = fs.FileInfoToDirEntry(cycleInfo{c.name(i), int64(len(c.files[i%len(c.files)]))})
	}
	return entries, nil
}

type cycleFile struct {
	*bytes.Reader
	info cycleInfo
}

func (f *cycleFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *cycleFile) Close() error               { return nil }

type cycleDir struct{ fsys cycleFS }

func (d *cycleDir) Stat() (fs.FileInfo, error) { return cycleInfo{".", 0}, nil }
func (d *cycleDir) Read([]byte) (int, error)   { return 0, fs.ErrInvalid }
func (d *cycleDir) Close() error               { return nil }

type cycleInfo struct {
	name string
	size int64
}

func (i cycleInfo) Name() string { return i.name }
func (i cycleInfo) Size() int64  { return i.size }
func (i cycleInfo) Mode() fs.FileMode {
	if i.name == "." {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
func (i cycleInfo) ModTime() time.Time { return time.Time{} }
func (i cycleInfo) IsDir() bool        { return i.name == "." }
func (i cycleInfo) Sys() any           { return nil }

// streamResult is what a stream run reports to the process that started it.
type streamResult struct {
	Files   int
	Failed  int
	Bytes   int64
	Seconds float64
	PeakRSS int64 // bytes, the most memory the process held
}

func (r streamResult) mbPerSecond() float64 {
	if r.Seconds == 0 {
		return 0
	}
	return float64(r.Bytes) / r.Seconds / 1e6
}

// stream runs the whole job of p over n files of the corpus in this process
// and prints a streamResult. This library's pipeline reads them with
// ParseFS on workers goroutines and runs the other stages there too; the
// hand-made one reads them one after another, as such a program does.
func stream(p pipeline, files [][]byte, n, workers int) error {
	fsys := cycleFS{files, n}
	var r streamResult
	start := time.Now()
	if p.name == ours().name {
		chain := func(a *article.Article) error {
			it := item{article: a}
			for _, stage := range p.stages[1:] {
				if err := stage(&it); err != nil {
					return err
				}
			}
			return nil
		}
		for _, err := range article.ParseFS(fsys, "*.md", article.WithWorkers(workers), article.WithTransform(chain)) {
			r.Files++
			if err != nil {
				r.Failed++
			}
		}
	} else {
		for i := range n {
			data, err := fs.ReadFile(fsys, fsys.name(i))
			it := item{file: data}
			r.Files++
			if err != nil || !runStages(p.stages, &it) {
				r.Failed++
			}
		}
	}
	r.Seconds = time.Since(start).Seconds()
	for i := range n {
		r.Bytes += int64(len(files[i%len(files)]))
	}
	var err error
	if r.PeakRSS, err = peakRSS(); err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(r)
}

// peakRSS returns the most memory this process has held, in bytes: Linux's
// VmHWM, which, unlike getrusage's maxrss, does not count what the process
// held before it was exec'd.
func peakRSS() (int64, error) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for line := range strings.Lines(string(status)) {
		if kb, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(kb), "kB")), 10, 64)
			return n << 10, err
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/self/status")
}

// streamChild runs stream in a new process of this program on procs cores,
// so that its peak memory is its own, with env's settings added to its
// environment.
func streamChild(pipelineName, dir string, n, procs int, env ...string) (streamResult, error) {
	self, err := os.Executable()
	if err != nil {
		return streamResult{}, err
	}
	cmd := exec.Command(self, "-dir", dir, "-stream", strconv.Itoa(n), "-pipeline", pipelineName, "-workers", strconv.Itoa(procs))
	cmd.Env = append(append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(procs)), env...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return streamResult{}, fmt.Errorf("%s stream: %w", pipelineName, err)
	}
	var r streamResult
	err = json.Unmarshal(out, &r)
	return r, err
}

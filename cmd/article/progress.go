package main

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows on a terminal how many files a long run has read: a
// spinner with the count and the rate, from progressAfter on, so that
// short runs stay quiet. The total is not known in advance, as ParseFS
// finds the files while it reads them. A nil *progress shows nothing.
type progress struct {
	w     io.Writer
	after time.Duration
	start time.Time
	n     int
	bar   *progressbar.ProgressBar
}

// newProgress returns a progress for w, or nil when w is not a terminal.
func newProgress(w io.Writer, terminal bool, after time.Duration) *progress {
	if !terminal {
		return nil
	}
	return &progress{w: w, after: after, start: time.Now()}
}

// add counts one more file read.
func (p *progress) add() {
	if p == nil {
		return
	}
	p.n++
	if p.bar == nil {
		if time.Since(p.start) < p.after {
			return
		}
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("reading"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("files"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetSpinnerChangeInterval(0), // no goroutine of its own: it moves as files come
		)
		_ = p.bar.Add(p.n) // a terminal write that fails leaves nothing to do
		return
	}
	_ = p.bar.Add(1)
}

// clear takes the progress line off the terminal, for other output.
func (p *progress) clear() {
	if p != nil && p.bar != nil {
		_ = p.bar.Clear()
	}
}

// done clears the progress line for good.
func (p *progress) done() {
	p.clear()
	if p != nil {
		p.bar = nil
		p.after = 1<<63 - 1 // never again
	}
}

// clearing is a writer to the terminal that the progress line is on: it
// clears that line before each write, and the next file redraws it.
type clearing struct {
	w io.Writer
	p *progress
}

func (c clearing) Write(b []byte) (int, error) {
	c.p.clear()
	return c.w.Write(b)
}

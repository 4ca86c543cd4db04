package article

import (
	"fmt"
	"path"
	"runtime"
	"strings"
)

// Transform changes an article in place: sanitizing, summarizing or
// converting it. A Transform must be safe to run concurrently on different
// articles, and returns ErrNilArticle for a nil one.
type Transform func(*Article) error

// Chain returns a Transform that runs ts in order and stops at the first
// error, which it wraps with the position of the transform that failed. A
// nil transform in ts does nothing, as WithTransform(nil) does, so that
// optional steps can be listed as they are. A nil article is refused with
// ErrNilArticle before any transform runs.
//
// Chain lets a transform's panic through: the caller runs the chain on its
// own goroutine and can recover, and a bug in a transform should not pass
// for an error in the article. Parse and ParseFS, whose transforms may run
// where the caller cannot recover, turn a panic into the file's error.
func Chain(ts ...Transform) Transform {
	return func(a *Article) error {
		if a == nil {
			return ErrNilArticle
		}
		for i, t := range ts {
			if t == nil {
				continue
			}
			if err := t(a); err != nil {
				return fmt.Errorf("transform %d of %d: %w", i+1, len(ts), err)
			}
		}
		return nil
	}
}

// runTransform runs t on a and turns a panic into an error: in ParseFS t
// runs on a worker goroutine, where the caller cannot recover it and it
// would end the process.
func runTransform(t Transform, a *Article) (err error) {
	defer func() {
		if r := recover(); r != nil {
			cause, ok := r.(error) // runtime errors too, for errors.As
			if !ok {
				cause = fmt.Errorf("%v", r)
			}
			err = fmt.Errorf("transform panicked: %w (at %s)", cause, panicSite())
		}
	}()
	return t(a)
}

// panicSite names the function, file and line that panicked, called from
// the deferred function that recovers: the first frame below
// runtime.gopanic outside the runtime. The whole stack (runtime/debug.Stack)
// would be too long for an error message.
func panicSite() string {
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(0, pcs)])
	panicking := false
	for {
		f, more := frames.Next()
		if panicking && !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s (%s:%d)", f.Function, path.Base(f.File), f.Line)
		}
		panicking = panicking || f.Function == "runtime.gopanic"
		if !more {
			return "an unknown place"
		}
	}
}

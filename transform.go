package article

import "fmt"

// Transform changes an article in place: sanitizing, summarizing or
// converting it. A Transform must be safe to run concurrently on different
// articles.
type Transform func(*Article) error

// Chain returns a Transform that runs ts in order and stops at the first
// error, which it wraps with the position of the transform that failed.
func Chain(ts ...Transform) Transform {
	return func(a *Article) error {
		for i, t := range ts {
			if err := t(a); err != nil {
				return fmt.Errorf("transform %d of %d: %w", i+1, len(ts), err)
			}
		}
		return nil
	}
}

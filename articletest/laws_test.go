package articletest

import (
	"errors"
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/stretchr/testify/assert"
)

// recorder is a rapid.TB that records a failure instead of failing the test.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Fatal(...any)          { r.failed = true }
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Error(...any)          { r.failed = true }
func (r *recorder) Fail()                 { r.failed = true }
func (r *recorder) FailNow()              { r.failed = true }
func (r *recorder) Failed() bool          { return r.failed }
func (r *recorder) Logf(string, ...any)   {}
func (r *recorder) Log(...any)            {}

// failsOn reports whether Check finds tr at fault with law.
func failsOn(t *testing.T, law Law, tr article.Transform) bool {
	r := &recorder{TB: t}
	Check(r, tr, law)
	return r.failed
}

func TestLawsCatchBadTransforms(t *testing.T) {
	identity := func(*article.Article) error { return nil }
	appendBang := func(a *article.Article) error { a.Body += "!"; return nil }
	n := 0
	counter := func(a *article.Article) error { n++; a.Summary.Words = n; return nil }
	retitle := func(a *article.Article) error { a.Title = strings.ToUpper(a.Title) + "x"; return nil }
	crlf := func(a *article.Article) error { a.Body = "a\r\nb"; return nil }

	tests := []struct {
		law      Law
		good     article.Transform
		bad      article.Transform
		badLabel string
	}{
		{Idempotent(), identity, appendBang, "appends"},
		{Deterministic(), identity, counter, "counts calls"},
		{KeepsMetadata(), appendBang, retitle, "changes the title"},
		{KeepsBody(), retitle, appendBang, "changes the body"},
		{RoundTrips(), appendBang, crlf, "writes a CRLF body"},
	}
	for _, tc := range tests {
		t.Run(tc.law.Name, func(t *testing.T) {
			assert.False(t, failsOn(t, tc.law, tc.good), "a good transform broke %s", tc.law.Name)
			assert.True(t, failsOn(t, tc.law, tc.bad), "a transform that %s went unnoticed by %s", tc.badLabel, tc.law.Name)
		})
	}
}

// TestCheckCatchesATransformThatAlwaysFails: every law holds where the
// transform returns an error, so a transform that always does would pass
// them all unchecked.
func TestCheckCatchesATransformThatAlwaysFails(t *testing.T) {
	fails := func(*article.Article) error { return errors.New("no") }
	for _, law := range []Law{Idempotent(), Deterministic(), KeepsMetadata(), KeepsBody(), RoundTrips(), SafeHTML()} {
		assert.True(t, failsOn(t, law, fails), law.Name)
	}
}

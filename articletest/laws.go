package articletest

import (
	"strings"

	"github.com/articlekit/article"
	"pgregory.net/rapid"
)

// Law is a property a Transform should have, checked on one article.
type Law struct {
	Name string
	// Check fails t when tr breaks the law on a; a is the law's own copy.
	Check func(t *rapid.T, tr article.Transform, a *article.Article)
}

// Check runs tr on articles drawn from Article and fails t with the
// smallest article, after shrinking, that breaks one of the laws. With no
// laws it checks that tr never panics. A law holds vacuously where tr
// returns an error, so Check also fails when tr fails on every article:
// then no law was checked at all. Run it with -rapid.checks=N for more
// articles than rapid's default 100.
func Check(t rapid.TB, tr article.Transform, laws ...Law) {
	t.Helper()
	var succeeded bool
	var lastErr error
	rapid.Check(t, func(rt *rapid.T) {
		a := Article().Draw(rt, "article")
		if lastErr = tr(a.Clone()); lastErr == nil {
			succeeded = true
		}
		for _, law := range laws {
			law.Check(rt, tr, a.Clone())
		}
	})
	if !succeeded {
		t.Fatalf("the transform failed on every article, so no law was checked; the last error: %v", lastErr)
	}
}

// apply runs tr on a copy of a and returns the copy and tr's error.
func apply(tr article.Transform, a *article.Article) (*article.Article, error) {
	b := a.Clone()
	return b, tr(b)
}

// Idempotent: running the transform on its own output changes nothing.
func Idempotent() Law { return Law{Name: "Idempotent", Check: idempotent} }

func idempotent(t *rapid.T, tr article.Transform, a *article.Article) {
	once, err := apply(tr, a)
	if err != nil {
		return
	}
	twice, err := apply(tr, once)
	if err != nil {
		t.Fatalf("Idempotent: the second run failed where the first did not: %v", err)
	}
	if diff := Diff(once, twice); diff != "" {
		t.Fatalf("Idempotent: the second run changed the article:\n%s", diff)
	}
}

// Deterministic: two runs on equal articles give equal results and errors.
func Deterministic() Law { return Law{Name: "Deterministic", Check: deterministic} }

func deterministic(t *rapid.T, tr article.Transform, a *article.Article) {
	first, err1 := apply(tr, a)
	second, err2 := apply(tr, a)
	if (err1 == nil) != (err2 == nil) || err1 != nil && err1.Error() != err2.Error() {
		t.Fatalf("Deterministic: errors differ: %v / %v", err1, err2)
	}
	if diff := Diff(first, second); diff != "" {
		t.Fatalf("Deterministic: results differ:\n%s", diff)
	}
}

// KeepsMetadata: the transform changes only Body, Format and Summary.
func KeepsMetadata() Law { return Law{Name: "KeepsMetadata", Check: keepsMetadata} }

func keepsMetadata(t *rapid.T, tr article.Transform, a *article.Article) {
	b, err := apply(tr, a)
	if err != nil {
		return
	}
	b.Body, b.Format, b.Summary = a.Body, a.Format, a.Summary
	if diff := Diff(a, b); diff != "" {
		t.Fatalf("KeepsMetadata: the front matter changed:\n%s", diff)
	}
}

// KeepsBody: the transform changes neither Body nor Format.
func KeepsBody() Law { return Law{Name: "KeepsBody", Check: keepsBody} }

func keepsBody(t *rapid.T, tr article.Transform, a *article.Article) {
	b, err := apply(tr, a)
	if err != nil {
		return
	}
	if b.Body != a.Body || b.Format != a.Format {
		t.Fatalf("KeepsBody: the body changed from %s %q to %s %q", a.Format, a.Body, b.Format, b.Body)
	}
}

// RoundTrips: the transform's output is written and read back unchanged.
func RoundTrips() Law { return Law{Name: "RoundTrips", Check: roundTrips} }

func roundTrips(t *rapid.T, tr article.Transform, a *article.Article) {
	b, err := apply(tr, a)
	if err != nil {
		return
	}
	b.Path, b.Summary = "", article.Summary{}
	out, err := b.MarshalText()
	if err != nil {
		t.Fatalf("RoundTrips: WriteTo: %v", err)
	}
	c, err := article.Parse(strings.NewReader(string(out)))
	if err != nil {
		t.Fatalf("RoundTrips: Parse of what WriteTo wrote: %v\n%s", err, out)
	}
	if diff := Diff(b, c); diff != "" {
		t.Fatalf("RoundTrips: read back otherwise:\n%s\nwritten:\n%s", diff, out)
	}
}

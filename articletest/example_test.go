package articletest_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/articletest"
)

// shout is a downstream transform under test: it upper-cases titles.
func shout(a *article.Article) error {
	a.Title = strings.ToUpper(a.Title)
	return nil
}

// A downstream property test: one call checks a transform against laws on
// a hundred generated articles (more with -rapid.checks), and a failure
// shows the smallest article that breaks one. TestShout runs it.
func ExampleCheck() {
	var t *testing.T // the *testing.T of TestShout
	articletest.Check(t, shout, articletest.Idempotent(), articletest.Deterministic(), articletest.KeepsBody())
}

func TestShout(t *testing.T) {
	articletest.Check(t, shout, articletest.Idempotent(), articletest.Deterministic(), articletest.KeepsBody())
}

// Articles for tests that use math/rand or testing/quick.
func ExampleRandom() {
	a := articletest.Random(rand.New(rand.NewSource(1)))
	out, _ := a.MarshalText()
	b, _ := article.Parse(strings.NewReader(string(out)))
	fmt.Println(articletest.Diff(a, b) == "")
	// Output: true
}

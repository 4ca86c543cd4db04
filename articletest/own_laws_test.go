package articletest

import (
	"testing"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"
)

// The library's own transforms obey the laws downstream code checks.
func TestOwnLaws(t *testing.T) {
	t.Run("Sanitize", func(t *testing.T) {
		Check(t, article.Sanitize(nil), Idempotent(), Deterministic(), SafeHTML(), RoundTrips())
	})
	t.Run("Summarize", func(t *testing.T) {
		Check(t, transform.Summarize(), Idempotent(), Deterministic(), KeepsBody(), KeepsMetadata())
	})
	t.Run("ToMarkdown", func(t *testing.T) {
		Check(t, transform.ToMarkdown(), Idempotent(), Deterministic(), KeepsMetadata(), RoundTrips())
	})
	t.Run("ToText", func(t *testing.T) {
		Check(t, transform.ToText(), Idempotent(), Deterministic(), KeepsMetadata(), RoundTrips())
	})
	t.Run("Chain of all never panics", func(t *testing.T) {
		Check(t, article.Chain(article.Sanitize(nil), transform.Summarize(transform.WithDescription()),
			transform.ToMarkdown(), transform.ToHTML(), transform.ToText()))
	})
}

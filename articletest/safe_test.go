package articletest

import (
	"testing"

	"github.com/articlekit/article"
	"github.com/stretchr/testify/assert"
)

func TestCheckHTML(t *testing.T) {
	assert.NoError(t, CheckHTML(`<p>Hello <a href="https://example.com">x</a></p>`))
	for _, p := range Payloads()[:8] {
		assert.Error(t, CheckHTML(p), p)
	}
}

func TestSafeHTMLCatchesAnUnsafeTransform(t *testing.T) {
	identity := func(*article.Article) error { return nil }
	assert.True(t, failsOn(t, SafeHTML(), identity), "hostile bodies passed through untouched went unnoticed")
	assert.False(t, failsOn(t, SafeHTML(), article.Sanitize(nil)))
}

package article

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestProblems(t *testing.T) {
	a, b, c := errors.New("a"), errors.New("b"), errors.New("c")
	for _, tc := range []struct {
		name string
		err  error
		want []error
	}{
		{"nil", nil, nil},
		{"one", a, []error{a}},
		{"joined", errors.Join(a, b), []error{a, b}},
		{"joined in joined", errors.Join(a, errors.Join(b, c)), []error{a, b, c}},
		{"wrapped is one", fmt.Errorf("x: %w", a), []error{fmt.Errorf("x: %w", a)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Problems(tc.err))
		})
	}
}

// TestMaxMarkdownNesting: the documented nesting is the reading's limit.
func TestMaxMarkdownNesting(t *testing.T) {
	nested := func(n int) *Article {
		return &Article{Title: "T", Format: Markdown, Body: strings.Repeat("> ", n) + "deep\n"}
	}
	assert.NoError(t, Sanitize(nil)(nested(MaxMarkdownNesting)))
	assert.ErrorIs(t, Sanitize(nil)(nested(MaxMarkdownNesting+1)), ErrTooComplex)
}

// TestMaxMarkdownNodes: the documented node limit is the reading's, a list
// item of one word being a line and a container.
func TestMaxMarkdownNodes(t *testing.T) {
	items := func(n int) *Article {
		return &Article{Title: "T", Format: Markdown, Body: strings.Repeat("- a\n", n)}
	}
	assert.NoError(t, Sanitize(nil)(items(MaxMarkdownNodes/2)))
	assert.ErrorIs(t, Sanitize(nil)(items(MaxMarkdownNodes/2+1)), ErrTooComplex)
}

package article

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestChain(t *testing.T) {
	var order []string
	step := func(name string, err error) Transform {
		return func(a *Article) error {
			order = append(order, name)
			a.Title += name
			return err
		}
	}
	boom := errors.New("boom")

	a := &Article{}
	assert.NoError(t, Chain(step("a", nil), step("b", nil))(a))
	assert.Equal(t, "ab", a.Title)

	order = nil
	err := Chain(step("a", nil), step("b", boom), step("c", nil))(&Article{})
	assert.ErrorIs(t, err, boom)
	assert.EqualError(t, err, "transform 2 of 3: boom")
	assert.Equal(t, []string{"a", "b"}, order)

	assert.NoError(t, Chain()(&Article{}))
}

package article

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestDateLayoutsOpenLikeTheirText guards parseDate's skipping of layouts:
// text written in a layout opens with a digit exactly when the layout does,
// and reads as a date.
func TestDateLayoutsOpenLikeTheirText(t *testing.T) {
	for _, d := range []time.Time{time.Date(2025, 11, 24, 10, 30, 0, 0, time.UTC), time.Date(2025, 2, 4, 1, 2, 3, 0, time.UTC)} {
		for _, layout := range dateLayouts {
			text := d.Format(layout)
			assert.Equal(t, isDigit(layout[0]), isDigit(text[0]), "%q written as %q", layout, text)
			_, err := parseDate(text)
			assert.NoError(t, err, text)
		}
	}
}

package article

import (
	"testing"
	"time"

	"github.com/articlekit/article/internal/ascii"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateLayoutsOpenLikeTheirText guards parseDate's skipping of layouts:
// text written in a layout opens with a digit exactly when the layout does,
// and reads as a date.
func TestDateLayoutsOpenLikeTheirText(t *testing.T) {
	for _, d := range []time.Time{time.Date(2025, 11, 24, 10, 30, 0, 0, time.UTC), time.Date(2025, 2, 4, 1, 2, 3, 0, time.UTC)} {
		for _, layout := range dateLayouts {
			text := d.Format(layout)
			assert.Equal(t, ascii.IsDigit(layout[0]), ascii.IsDigit(text[0]), "%q written as %q", layout, text)
			_, err := parseDate(text)
			assert.NoError(t, err, text)
		}
	}
}

// TestParseDateZoneNames: the zone names RFC 822 and RFC 1123 define read
// with their offsets; any other name is refused rather than read as UTC.
func TestParseDateZoneNames(t *testing.T) {
	zone := func(hours int) *time.Location {
		if hours == 0 {
			return time.UTC
		}
		return time.FixedZone("", hours*3600)
	}
	tests := []struct {
		text  string
		hours int
	}{
		{"Mon, 02 Jan 2006 15:04:05 PST", -8},
		{"Mon, 02 Jan 2006 15:04:05 PDT", -7},
		{"Mon, 02 Jan 2006 15:04:05 MST", -7},
		{"Mon, 02 Jan 2006 15:04:05 MDT", -6},
		{"Mon, 02 Jan 2006 15:04:05 CST", -6},
		{"Mon, 02 Jan 2006 15:04:05 CDT", -5},
		{"Mon, 02 Jan 2006 15:04:05 EST", -5},
		{"Mon, 02 Jan 2006 15:04:05 EDT", -4},
		{"Mon, 02 Jan 2006 15:04:05 GMT", 0},
		{"Mon, 02 Jan 2006 15:04:05 UTC", 0},
		{"Mon, 02 Jan 2006 15:04:05 UT", 0},
		{"Mon, 02 Jan 2006 15:04:05 Z", 0},
		{"Monday, 02-Jan-06 15:04:05 PST", -8},
		{"Mon Jan  2 15:04:05 PST 2006", -8},
		{"2006-01-02 15:04:05 -0800 PST", -8}, // Go's time.Time.String: the offset is the zone
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got, err := parseDate(tc.text)
			require.NoError(t, err)
			assert.Equal(t, time.Date(2006, 1, 2, 15, 4, 5, 0, zone(tc.hours)), got)
		})
	}
	for _, text := range []string{
		"Mon, 02 Jan 2006 15:04:05 CEST",
		"Mon, 02 Jan 2006 15:04:05 XYZ",
		"Mon, 02 Jan 2006 15:04:05 GMT+3", // POSIX gives it the sign the other way round
		"Mon Jan  2 15:04:05 AEST 2006",
	} {
		_, err := parseDate(text)
		assert.ErrorContains(t, err, "time zone", text)
	}
}

// TestCanonicalTime: a decoded time gets the same location on any machine:
// UTC for a zero offset, an unnamed fixed zone for any other, whatever
// zone or name the decoder gave it.
func TestCanonicalTime(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	tests := []struct {
		name string
		in   time.Time
		want time.Time
	}{
		{"utc", time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC), time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)},
		{"unnamed zero offset", time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("", 0)), time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)},
		{"named zero offset", time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("GMT", 0)), time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)},
		{"a zone from the database", time.Date(2006, 7, 2, 15, 4, 5, 0, berlin), time.Date(2006, 7, 2, 15, 4, 5, 0, time.FixedZone("", 2*3600))},
		{"named offset", time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("CET", 3600)), time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("", 3600))},
		{"unnamed offset", time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("", -7*3600)), time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("", -7*3600))},
		{"toml local", time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("datetime-local", 3600)), time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, canonicalTime(tc.in))
		})
	}
}

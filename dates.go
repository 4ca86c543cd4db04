package article

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the date forms real exports hold, most common first.
// A layout without a zone reads as UTC.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02 15:04:05 -0700",  // Jekyll
	"2006-01-02 15:04:05 -07:00", // Jekyll, with a colon
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02T15:04:05.999999999", // no zone
	"2006-01-02 15:04:05.999999999", // no zone
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"January 2 2006",
	"Jan 2 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.ANSIC,
	"2006/01/02",
	"2006-1-2",                                // single-digit months and days
	"2006-01-02 15:04:05.999999999 -0700 MST", // Go's time.Time.String
	time.UnixDate,
	"2006-01-02T15:04:05.999999999-0700",
}

// sept spells "Sept." and "Sept", the only month abbreviations Go does not
// know, as "Sep", and drops the dot of other abbreviations ("Feb. 14").
var sept = strings.NewReplacer("Sept.", "Sep", "Sept ", "Sep ", ".", "")

// parseDate reads a date in any of dateLayouts; "" is the zero time.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range dateLayouts {
		// A layout opens with a number (2006, 2) or a name (January,
		// Monday), and cannot read text that opens with the other: skipping
		// it saves the error each failed time.Parse allocates, most of the
		// cost of reading "April 17, 2026".
		if isDigit(layout[0]) != isDigit(s[0]) {
			continue
		}
		if t, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
			return t, nil
		}
	}
	if r := sept.Replace(s); r != s {
		if t, err := parseDate(r); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read %q as a date", s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// canonicalTime gives a decoded time the location parseDate would: TOML's
// local dates and times as UTC wall clock, the machine's Local zone as a
// fixed offset, so that values do not depend on where they were read.
func canonicalTime(t time.Time) time.Time {
	switch loc := t.Location(); {
	case tomlLocal[loc.String()]:
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	case loc == time.Local:
		if name, offset := t.Zone(); offset != 0 {
			return t.In(time.FixedZone(name, offset))
		}
		return t.UTC()
	}
	return t
}

// tomlLocal names the zones github.com/BurntSushi/toml gives its local
// (zoneless) dates and times.
var tomlLocal = map[string]bool{"datetime-local": true, "date-local": true, "time-local": true}

// formatDate writes a date the way parseDate reads it back to the same
// value: a bare day for midnight UTC, RFC 3339 otherwise.
func formatDate(t time.Time) string { return t.Format(dateLayout(t)) }

// dateLayout returns the layout formatDate writes t in.
func dateLayout(t time.Time) string {
	if t.Location() == time.UTC && t.Equal(t.Truncate(24*time.Hour)) {
		return "2006-01-02"
	}
	return time.RFC3339Nano
}

package article

import (
	"fmt"
	"strings"
	"time"

	"github.com/articlekit/article/internal/ascii"
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
	rfc3339SecondsOffset,
}

// rfc3339SecondsOffset is RFC 3339 with the seconds of the offset, which
// formatDate writes for an offset that has them (local mean time before
// time zones, as Go's database gives it).
const rfc3339SecondsOffset = "2006-01-02T15:04:05.999999999Z07:00:00"

// rfc822Zones are the zone names RFC 822 and RFC 1123 define (but for the
// military letters, whose signs RFC 822 got backwards), with their offsets.
// time.Parse reads any other name as a zero offset, unless the machine's own
// zone knows it: an unknown name is refused rather than guessed.
var rfc822Zones = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
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
	in := s
	for _, short := range []string{" UT", " Z"} { // time.Parse reads zone names of three letters or more
		if rest, ok := strings.CutSuffix(s, short); ok {
			in = rest + " UTC"
		}
	}
	for _, layout := range dateLayouts {
		// A layout opens with a number (2006, 2) or a name (January,
		// Monday), and cannot read text that opens with the other: skipping
		// it saves the error each failed time.Parse allocates, most of the
		// cost of reading "April 17, 2026".
		if ascii.IsDigit(layout[0]) != ascii.IsDigit(s[0]) {
			continue
		}
		if t, err := time.ParseInLocation(layout, in, time.UTC); err == nil {
			return zoneByName(t, layout)
		}
	}
	if r := sept.Replace(s); r != s {
		if t, err := parseDate(r); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read %q as a date", s)
}

// zoneByName gives t, read in layout, the offset of its zone name when
// the layout has a name but no offset, and the location canonicalTime
// gives every date.
func zoneByName(t time.Time, layout string) (time.Time, error) {
	if strings.Contains(layout, "MST") && !strings.Contains(layout, "-0700") {
		name, _ := t.Zone()
		offset, ok := rfc822Zones[name]
		if !ok {
			return time.Time{}, fmt.Errorf("unknown time zone %q: write the offset, such as -0700", name)
		}
		t = wallClock(t, time.FixedZone("", offset))
	}
	return canonicalTime(t), nil
}

// canonicalTime gives a decoded time the location every date of an Article
// has, so that the same text reads as the same value on any machine: UTC
// for a zero offset, an unnamed fixed zone for any other, and TOML's local
// dates and times as UTC wall clock. Decoders give the machine's Local zone
// when the offset is its offset at that time, and zone names only
// sometimes.
func canonicalTime(t time.Time) time.Time {
	loc := t.Location()
	if tomlLocal[loc.String()] {
		return wallClock(t, time.UTC)
	}
	switch _, offset := t.Zone(); {
	case offset == 0:
		return t.UTC()
	case loc.String() != "":
		return t.In(time.FixedZone("", offset))
	}
	return t
}

// wallClock returns the time t's date and clock read as in loc.
func wallClock(t time.Time, loc *time.Location) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
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
	if _, offset := t.Zone(); offset%60 != 0 {
		return rfc3339SecondsOffset
	}
	return time.RFC3339Nano
}

// checkYear refuses a date that formatDate would write in a form no date
// layout reads: every layout's year has four digits.
func checkYear(t time.Time) error {
	if y := t.Year(); y < 0 || y > 9999 {
		return fmt.Errorf("cannot write %s: only the years 0 to 9999 read back", formatDate(t))
	}
	return nil
}

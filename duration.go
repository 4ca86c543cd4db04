package article

import (
	"cmp"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The standard library writes durations as "3m1s" and has no ISO 8601
// form, and no module in go.mod has one either: these two functions are
// that form, kept by hand rather than adding a dependency to every
// importer's go.mod.

// formatDuration writes d as an ISO 8601 duration in hours, minutes and
// seconds, as schema.org's timeRequired: "PT4M", "PT1H2M3.5S", "PT0S"; a
// negative d gets a leading "-".
func formatDuration(d time.Duration) string {
	b := make([]byte, 0, 24)
	u := uint64(d) // the magnitude, which for math.MinInt64 only uint64 holds
	if d < 0 {
		b, u = append(b, '-'), -u
	}
	b = append(b, "PT"...)
	h, m := u/uint64(time.Hour), u/uint64(time.Minute)%60
	s, ns := u/uint64(time.Second)%60, u%uint64(time.Second)
	if h > 0 {
		b = append(strconv.AppendUint(b, h, 10), 'H')
	}
	if m > 0 {
		b = append(strconv.AppendUint(b, m, 10), 'M')
	}
	if s > 0 || ns > 0 || h == 0 && m == 0 {
		b = strconv.AppendUint(b, s, 10)
		if ns > 0 {
			b = append(b, strings.TrimRight(fmt.Sprintf(".%09d", ns), "0")...)
		}
		b = append(b, 'S')
	}
	return string(b)
}

// isoDuration matches an ISO 8601 duration of days, hours, minutes and
// seconds; years, months and weeks have no fixed length and are refused.
var isoDuration = regexp.MustCompile(`^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d{1,9}))?S)?)?$`)

// parseDuration reads an ISO 8601 duration as formatDuration writes it, and
// days as 24 hours.
func parseDuration(s string) (time.Duration, error) {
	m := isoDuration.FindStringSubmatch(s)
	if m == nil || strings.HasSuffix(s, "P") || strings.HasSuffix(s, "T") {
		return 0, fmt.Errorf("%q is not an ISO 8601 duration such as PT4M", s)
	}
	limit := uint64(math.MaxInt64) // the magnitude a Duration holds
	if m[1] != "" {
		limit++
	}
	tooLong := fmt.Errorf("duration %q is too long", s)
	var total uint64
	for i, unit := range []time.Duration{24 * time.Hour, time.Hour, time.Minute, time.Second} {
		n, err := strconv.ParseUint(cmp.Or(m[2+i], "0"), 10, 64)
		if err != nil || n > (limit-total)/uint64(unit) {
			return 0, tooLong
		}
		total += n * uint64(unit)
	}
	if frac := m[6]; frac != "" {
		ns, _ := strconv.ParseUint(frac+strings.Repeat("0", 9-len(frac)), 10, 64) // at most 9 digits: no error
		if ns > limit-total {
			return 0, tooLong
		}
		total += ns
	}
	if m[1] != "" {
		return -time.Duration(total), nil // 1<<63 wraps to math.MinInt64, as wanted
	}
	return time.Duration(total), nil
}

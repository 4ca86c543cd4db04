//go:build race

package feed_test

func init() { raceEnabled = true }

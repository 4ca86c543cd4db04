//go:build race

package article_test

func init() { raceEnabled = true }

package main

import (
	"runtime"
	"time"
)

// span names the stages a measurement times: stages[from:to] of a pipeline.
type span struct {
	name     string
	from, to int
}

// spans are the stages one by one, then the whole job.
func spans() []span {
	var s []span
	for i, name := range stageNames {
		s = append(s, span{name, i, i + 1})
	}
	return append(s, span{"end to end", 0, len(stageNames)})
}

// tally adds up the measurements of one pipeline over one span.
type tally struct {
	elapsed  time.Duration
	bytes    int    // input bytes: the files of the articles the stages worked on
	articles int    // articles that went through
	failed   int    // articles a stage refused
	mallocs  uint64 // heap allocations
	alloced  uint64 // bytes allocated
}

func (t tally) mbPerSecond() float64 { return float64(t.bytes) / t.elapsed.Seconds() / 1e6 }

func (t tally) articlesPerSecond() float64 { return float64(t.articles) / t.elapsed.Seconds() }

func (t tally) allocsPerArticle() float64 { return float64(t.mallocs) / float64(t.articles) }

func (t tally) kbPerArticle() float64 { return float64(t.alloced) / float64(t.articles) / 1e3 }

// run times p's stages s.from to s.to over files once and adds the result to
// t. The stages before s.from run first, untimed, so that each timed stage
// gets the input the pipeline gives it; an article a stage refuses goes no
// further.
func (t *tally) run(p pipeline, s span, files [][]byte, items []item) {
	live := items[:0]
	for _, f := range files {
		live = append(live, item{})
		it := &live[len(live)-1]
		it.reset(f)
		if !runStages(p.stages[:s.from], it) {
			live = live[:len(live)-1]
			t.failed++
		}
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	done := 0
	for i := range live {
		if runStages(p.stages[s.from:s.to], &live[i]) {
			done++
		}
	}
	t.elapsed += time.Since(start)
	runtime.ReadMemStats(&after)
	for i := range live {
		t.bytes += len(live[i].file)
	}
	t.articles += done
	t.failed += len(live) - done
	t.mallocs += after.Mallocs - before.Mallocs
	t.alloced += after.TotalAlloc - before.TotalAlloc
}

// runStages runs stages on it and reports whether they all succeeded.
func runStages(stages []func(*item) error, it *item) bool {
	for _, stage := range stages {
		if stage(it) != nil {
			return false
		}
	}
	return true
}

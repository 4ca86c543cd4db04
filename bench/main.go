// Command bench runs one job — parse, sanitize, summarize, convert to
// Markdown — over the generated article corpus two ways in one run: with
// this library, and with the composition a Go user writes by hand today
// (adrg/frontmatter, bluemonday's UGC policy, an excerpt of the text of
// bluemonday's strict policy, html-to-markdown v2). It prints, stage by
// stage and end to end on one core, MB/s of input, articles/s and
// allocations per article for each, and the ratios; then it streams files
// through each whole job in a process of its own, for peak memory and for
// ParseFS on one core against two.
//
//	go run . [-n 1000] [-rounds 5] [-stream 10000] [-streams 3] [-dir DIR]
//
// To profile this library's whole job on one core:
//
//	go run . -dir DIR -pipeline article -stream 5000 -cpuprofile cpu.prof
//
// Without -dir it writes the corpus with ../../shared/corpus/gen.py into a
// temporary folder.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"sync"
)

func main() {
	n := flag.Int("n", 1000, "articles to generate")
	rounds := flag.Int("rounds", 5, "times each stage runs over the corpus, the two pipelines taking turns")
	streamN := flag.Int("stream", 10000, "files to stream through each whole job for peak memory (0: none)")
	streamRuns := flag.Int("streams", 3, "times each stream runs, taking turns; the fastest counts")
	dir := flag.String("dir", "", "folder of article files (default: generate the corpus)")
	pipelineName := flag.String("pipeline", "", "run only the stream of this pipeline, in this process (used by bench itself)")
	workers := flag.Int("workers", 1, "ParseFS workers of a -pipeline stream")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of a -pipeline stream to this file")
	flag.Parse()

	pipelines := []pipeline{ours(), handMade()}
	if *dir == "" {
		tmp, err := generate(*n)
		if err != nil {
			log.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		*dir = tmp
	}
	files, err := load(*dir)
	if err != nil {
		log.Fatal(err)
	}
	if *pipelineName != "" {
		for _, p := range pipelines {
			if p.name == *pipelineName {
				if err := profiled(*cpuProfile, func() error { return stream(p, files, *streamN, *workers) }); err != nil {
					log.Fatal(err)
				}
				return
			}
		}
		log.Fatalf("no pipeline %q", *pipelineName)
	}

	size := 0
	for _, f := range files {
		size += len(f)
	}
	fmt.Printf("corpus: %d files, %.2f MB; %d rounds a stage, one core (GOMAXPROCS=1), %s\n\n",
		len(files), float64(size)/1e6, *rounds, runtime.Version())
	compareStages(pipelines, files, *rounds)
	if *streamN > 0 {
		if err := compareStreams(pipelines, *dir, *streamN, max(1, *streamRuns)); err != nil {
			log.Fatal(err)
		}
	}
}

// compareStages times every span of every pipeline, taking turns so that
// both see the same machine, and going first in turn, and prints a table
// with the ratios.
func compareStages(pipelines []pipeline, files [][]byte, rounds int) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	ss := spans()
	tallies := make([][]tally, len(ss))
	for i := range tallies {
		tallies[i] = make([]tally, len(pipelines))
	}
	items := make([]item, 0, len(files))
	for round := range rounds {
		for i, s := range ss {
			for k := range pipelines {
				j := k
				if round%2 == 1 { // the one that runs first is slower: take turns
					j = len(pipelines) - 1 - k
				}
				tallies[i][j].run(pipelines[j], s, files, items)
			}
		}
	}
	fmt.Print("| stage |")
	for _, p := range pipelines {
		fmt.Printf(" %s MB/s | articles/s | allocs/article | KB/article |", p.name)
	}
	fmt.Println(" ratio |")
	fmt.Print("| --- |")
	for range pipelines {
		fmt.Print(" ---: | ---: | ---: | ---: |")
	}
	fmt.Println(" ---: |")
	for i, s := range ss {
		fmt.Printf("| %s |", s.name)
		for _, t := range tallies[i] {
			fmt.Printf(" %.1f | %.0f | %.0f | %.1f |", t.mbPerSecond(), t.articlesPerSecond(), t.allocsPerArticle(), t.kbPerArticle())
		}
		fmt.Printf(" %.2f× |\n", tallies[i][0].mbPerSecond()/tallies[i][1].mbPerSecond())
	}
	for j, p := range pipelines {
		if failed := tallies[len(ss)-1][j].failed; failed > 0 {
			fmt.Printf("\n%s: %d of %d articles refused by a stage\n", p.name, failed/rounds, len(files))
		}
	}
}

// compareStreams streams n files through each whole job in a process of
// its own, this library's on one core and on two, and prints the
// throughput and peak memory of each. Each stream runs runs times, taking
// turns, and the table keeps its fastest run, the one other load on the
// machine slowed least, and its highest peak memory.
func compareStreams(pipelines []pipeline, dir string, n, runs int) error {
	fmt.Printf("\nstreaming %d files through the whole job, each run in a process of its own, best of %d runs:\n\n", n, runs)
	streams := []struct {
		p     pipeline
		procs int
	}{{pipelines[0], 1}, {pipelines[0], 2}, {pipelines[1], 1}}
	best := make([]streamResult, len(streams))
	peak := make([]int64, len(streams))
	var both float64
	for range runs {
		for i, s := range streams {
			r, err := streamChild(s.p.name, dir, n, s.procs)
			if err != nil {
				return err
			}
			if r.mbPerSecond() > best[i].mbPerSecond() {
				best[i] = r
			}
			peak[i] = max(peak[i], r.PeakRSS)
		}
		b, err := twoAtOnce(pipelines[0].name, dir, n/2)
		if err != nil {
			return err
		}
		both = max(both, b)
	}
	fmt.Println("| pipeline | cores | MB/s | files/s | peak RSS |")
	fmt.Println("| --- | ---: | ---: | ---: | ---: |")
	for i, s := range streams {
		r := best[i]
		fmt.Printf("| %s | %d | %.1f | %.0f | %.1f MiB |\n", s.p.name, s.procs, r.mbPerSecond(), float64(r.Files)/r.Seconds, float64(peak[i])/(1<<20))
	}
	oneCore := best[0].mbPerSecond()
	fmt.Printf("\n%s on two cores: %.2f× one core, %.2f× %s on one core\n", pipelines[0].name, best[1].mbPerSecond()/oneCore, oneCore/best[2].mbPerSecond(), pipelines[1].name)
	fmt.Printf("the machine's ceiling for two cores: two one-core processes of %s at once, %d files each, %.1f MB/s together, %.2f× one\n",
		pipelines[0].name, n/2, both, both/oneCore)
	return nil
}

// twoAtOnce streams n files through the job of the named pipeline in each
// of two one-core processes at the same time, and returns their MB/s
// together: what the machine gives two jobs that share no memory, against
// which to judge one process on two cores.
func twoAtOnce(pipelineName, dir string, n int) (float64, error) {
	var rs [2]streamResult
	var errs [2]error
	var wg sync.WaitGroup
	for i := range rs {
		wg.Go(func() { rs[i], errs[i] = streamChild(pipelineName, dir, n, 1) })
	}
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return 0, err
	}
	return float64(rs[0].Bytes+rs[1].Bytes) / max(rs[0].Seconds, rs[1].Seconds) / 1e6, nil
}

// profiled runs f, writing a CPU profile of it to file unless that is "".
func profiled(file string, f func() error) error {
	if file == "" {
		return f()
	}
	out, err := os.Create(file)
	if err != nil {
		return err
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(out); err != nil {
		return err
	}
	defer pprof.StopCPUProfile()
	return f()
}

// generate writes n corpus articles with gen.py into a new temporary folder.
func generate(n int) (string, error) {
	tmp, err := os.MkdirTemp("", "corpus")
	if err != nil {
		return "", err
	}
	gen := exec.Command("python3", "../../shared/corpus/gen.py", tmp, "--n", strconv.Itoa(n))
	if out, err := gen.CombinedOutput(); err != nil {
		os.RemoveAll(tmp)
		return "", fmt.Errorf("generating the corpus: %v: %s", err, out)
	}
	return tmp, nil
}

// load reads every file in dir.
func load(dir string) ([][]byte, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		return nil, err
	}
	var files [][]byte
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		files = append(files, data)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no files in %s", dir)
	}
	return files, nil
}

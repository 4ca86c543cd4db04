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
//	go run . [-n 1000] [-rounds 5] [-stream 10000] [-streams 3] [-big 10] [-dir DIR] [-env GOGC=400 ...]
//
// It ends with the ratios the project holds itself to: the whole job on
// one core against the hand-made one, ParseFS on two cores against one,
// the peak memory of the stream, and the MB/s of 200 KB articles against
// that of the corpus's. Each -env setting, such as GOGC=400 or
// GOMEMLIMIT=64MiB GOGC=off, adds a stream of this library's job on one
// and on two cores run with it, to show what the setting buys.
//
// To profile this library's whole job on one core:
//
//	go run . -dir DIR -pipeline article -stream 5000 -cpuprofile cpu.prof
//
// Without -dir it writes the corpus with ../../shared/corpus/gen.py into a
// temporary folder.
package main

import (
	"cmp"
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
	"strings"
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
	big := flag.Int("big", 10, "200 KB articles to generate and stream, to compare their MB/s with the corpus's (0: none)")
	var envs envList
	flag.Var(&envs, "env", "also stream this library's job with these environment settings, e.g. \"GOGC=400\" (repeatable)")
	flag.Parse()

	pipelines := []pipeline{ours(), handMade()}
	if *dir == "" {
		tmp, err := generate("--n", strconv.Itoa(*n))
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
		bigDir := ""
		if *big > 0 {
			if bigDir, err = generate("--n", "0", "--big", strconv.Itoa(*big)); err != nil {
				log.Fatal(err)
			}
			defer os.RemoveAll(bigDir)
		}
		if err := compareStreams(pipelines, *dir, bigDir, envs, *streamN, max(1, *streamRuns)); err != nil {
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
// machine slowed least, and its highest peak memory. Unless bigDir is "",
// this library's job also streams the 200 KB articles in it, as many bytes
// as the n files hold; each of envs adds this library's job on one and two
// cores run with those settings.
func compareStreams(pipelines []pipeline, dir, bigDir string, envs []string, n, runs int) error {
	fmt.Printf("\nstreaming %d files through the whole job, each run in a process of its own, best of %d runs:\n\n", n, runs)
	ours, handMade := pipelines[0].name, pipelines[1].name
	streams := []streamSpec{{ours, dir, n, 1, ""}, {ours, dir, n, 2, ""}, {handMade, dir, n, 1, ""}}
	if bigDir != "" {
		streams = append(streams, streamSpec{ours, bigDir, bigFiles(dir, bigDir, n), 1, ""})
	}
	for _, env := range envs {
		streams = append(streams, streamSpec{ours, dir, n, 1, env}, streamSpec{ours, dir, n, 2, env})
	}
	best := make([]streamResult, len(streams))
	peak := make([]int64, len(streams))
	var both float64
	for range runs {
		for i, s := range streams {
			r, err := s.run()
			if err != nil {
				return err
			}
			if r.mbPerSecond() > best[i].mbPerSecond() {
				best[i] = r
			}
			peak[i] = max(peak[i], r.PeakRSS)
		}
		b, err := twoAtOnce(ours, dir, n/2)
		if err != nil {
			return err
		}
		both = max(both, b)
	}
	fmt.Println("| pipeline | files | cores | settings | MB/s | files/s | peak RSS |")
	fmt.Println("| --- | ---: | ---: | --- | ---: | ---: | ---: |")
	for i, s := range streams {
		r := best[i]
		files := fmt.Sprintf("%d", r.Files)
		if s.dir == bigDir {
			files += " of 200 KB"
		}
		fmt.Printf("| %s | %s | %d | %s | %.1f | %.0f | %.1f MiB |\n", s.pipeline, files, s.procs, cmp.Or(s.env, "default"), r.mbPerSecond(), float64(r.Files)/r.Seconds, float64(peak[i])/(1<<20))
	}
	oneCore := best[0].mbPerSecond()
	fmt.Printf("\none core: %s %.2f× %s (bar 3×, goal 4×)\n", ours, oneCore/best[2].mbPerSecond(), handMade)
	fmt.Printf("two cores: %s %.2f× one core (bar 1.6×); two one-core processes at once, %d files each: %.2f×, the machine's ceiling\n",
		ours, best[1].mbPerSecond()/oneCore, n/2, both/oneCore)
	_, size := folderSize(dir)
	fmt.Printf("peak RSS over %d files: %.1f MiB on one core, %.1f MiB on two, the %.1f MB corpus held in memory included (bar 64 MiB over 100,000)\n",
		n, float64(peak[0])/(1<<20), float64(peak[1])/(1<<20), size/1e6)
	if bigDir != "" {
		fmt.Printf("200 KB articles: %.2f× the MB/s of the corpus's on one core (bar ≥ 1×)\n", best[3].mbPerSecond()/oneCore)
	}
	return nil
}

// streamSpec is one stream of compareStreams: n files of dir through the
// named pipeline's job on procs cores, with env's settings if any.
type streamSpec struct {
	pipeline string
	dir      string
	n        int
	procs    int
	env      string
}

func (s streamSpec) run() (streamResult, error) {
	return streamChild(s.pipeline, s.dir, s.n, s.procs, strings.Fields(s.env)...)
}

// bigFiles returns how many files of bigDir hold about as many bytes as n
// files of dir, so that both streams take about as long.
func bigFiles(dir, bigDir string, n int) int {
	files, size := folderSize(dir)
	bigFiles, bigSize := folderSize(bigDir)
	return max(1, int(float64(n)*size/float64(files)/(bigSize/float64(bigFiles))))
}

// folderSize returns the number of files in dir and their size in bytes.
func folderSize(dir string) (files int, size float64) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() {
			files++
			size += float64(info.Size())
		}
	}
	return max(files, 1), size
}

// envList is a flag that may be given more than once.
type envList []string

func (l *envList) String() string     { return strings.Join(*l, "; ") }
func (l *envList) Set(v string) error { *l = append(*l, v); return nil }

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

// generate writes corpus articles with gen.py and its arguments args into a
// new temporary folder.
func generate(args ...string) (string, error) {
	tmp, err := os.MkdirTemp("", "corpus")
	if err != nil {
		return "", err
	}
	gen := exec.Command("python3", append([]string{"../../shared/corpus/gen.py", tmp}, args...)...)
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

// Command bench converts the HTML bodies of the generated article corpus to
// Markdown with transform.ToMarkdown and with html-to-markdown v2, side by
// side in one run, and prints the throughput of each and their ratio.
//
//	go run . [-n 500] [-rounds 10] [-dir DIR]
//
// Without -dir it writes the corpus with ../../shared/corpus/gen.py into a
// temporary folder.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"

	"github.com/articlekit/article"
	"github.com/articlekit/article/transform"

	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2"
)

func main() {
	n := flag.Int("n", 500, "articles to generate")
	rounds := flag.Int("rounds", 10, "conversions of the whole corpus by each converter")
	dir := flag.String("dir", "", "folder of article files (default: generate the corpus)")
	flag.Parse()
	bodies, err := loadBodies(*dir, *n)
	if err != nil {
		log.Fatal(err)
	}
	size := 0
	for _, b := range bodies {
		size += len(b)
	}
	toMarkdown := transform.ToMarkdown()
	ours := func() error {
		for _, b := range bodies {
			a := article.Article{Body: b, Format: article.HTML}
			if err := toMarkdown(&a); err != nil {
				return err
			}
		}
		return nil
	}
	theirs := func() error {
		for _, b := range bodies {
			if _, err := htmltomarkdown.ConvertString(b); err != nil {
				return err
			}
		}
		return nil
	}
	var tOurs, tTheirs time.Duration
	for range *rounds { // interleaved, so that both see the same machine
		d, err := timed(ours)
		if err != nil {
			log.Fatal(err)
		}
		tOurs += d
		if d, err = timed(theirs); err != nil {
			log.Fatal(err)
		}
		tTheirs += d
	}
	mbps := func(d time.Duration) float64 { return float64(size) * float64(*rounds) / d.Seconds() / 1e6 }
	fmt.Printf("corpus: %d HTML bodies, %.2f MB, %d rounds each\n", len(bodies), float64(size)/1e6, *rounds)
	fmt.Printf("transform.ToMarkdown   %8.1f MB/s\n", mbps(tOurs))
	fmt.Printf("html-to-markdown v2    %8.1f MB/s\n", mbps(tTheirs))
	fmt.Printf("ratio                  %8.1fx\n", tTheirs.Seconds()/tOurs.Seconds())
}

func timed(f func() error) (time.Duration, error) {
	start := time.Now()
	err := f()
	return time.Since(start), err
}

// loadBodies returns the HTML bodies of the article files in dir, or of n
// generated ones.
func loadBodies(dir string, n int) ([]string, error) {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "corpus")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		gen := exec.Command("python3", "../../shared/corpus/gen.py", tmp, "--n", strconv.Itoa(n))
		if out, err := gen.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("generating the corpus: %v: %s", err, out)
		}
		dir = tmp
	}
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		return nil, err
	}
	var bodies []string
	for _, f := range files {
		a, err := article.ParseFile(f)
		if err != nil {
			return nil, err
		}
		if a.Format == article.HTML {
			bodies = append(bodies, a.Body)
		}
	}
	if len(bodies) == 0 {
		return nil, fmt.Errorf("no HTML bodies in %s", dir)
	}
	return bodies, nil
}

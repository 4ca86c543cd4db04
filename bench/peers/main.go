// Command peers scores HTML-to-Markdown converters on the test suites that
// converters ship (turndown, html-to-markdown, godown, html2text; copies in
// testdata, their sources in testdata/SOURCE.md): for each case, how much of
// what a reader sees of its HTML the converter's Markdown still shows when
// read back by the library's one Markdown reading (score.go says what
// counts, and what Markdown cannot express and so does not).
//
//	go run ./peers [-turndown DIR/node_modules] [-v converter]
//
// Run it from the bench folder. Turndown runs in node when -turndown names
// the node_modules folder of `npm install --prefix DIR turndown
// turndown-plugin-gfm`.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/articlekit/article/internal/markdown"
)

func main() {
	nodeModules := flag.String("turndown", "", "node_modules folder holding turndown (default: turndown is not run)")
	verbose := flag.String("v", "", "print the cases this converter loses")
	flag.Parse()
	suites, err := loadSuites("peers/testdata")
	if err != nil {
		log.Fatal(err)
	}
	cs := converters(*nodeModules)
	fmt.Printf("%-18s %-18s %9s %12s %9s\n", "suite", "converter", "structure", "facts", "text")
	for _, s := range suites {
		for _, c := range cs {
			t, err := tally(s, c, c.name == *verbose)
			if err != nil {
				log.Fatal(err)
			}
			fmt.Printf("%-18s %-18s %4d/%-4d %6d/%-5d %4d/%-4d\n",
				s.name, c.name, t.structure, len(s.cases), t.factsKept, t.facts, t.text, len(s.cases))
		}
	}
}

// totals add up a converter's results over a suite: cases whose facts are
// all kept, facts kept of all facts, cases whose words are all kept.
type totals struct {
	structure, facts, factsKept, text int
}

func tally(s suite, c converter, verbose bool) (totals, error) {
	bodies := make([]string, len(s.cases))
	for i, tc := range s.cases {
		bodies[i] = tc.html
	}
	mds, err := c.convert(bodies)
	if err != nil {
		return totals{}, err
	}
	var t totals
	for i, tc := range s.cases {
		back, err := markdown.ToHTML(mds[i], false)
		if err != nil {
			return totals{}, fmt.Errorf("%s, %s: reading the Markdown: %w", s.name, tc.name, err)
		}
		r := judge(scoreHTML(tc.html), scoreHTML(back))
		t.facts += r.facts
		t.factsKept += r.factsKept
		if r.factsKept == r.facts {
			t.structure++
		}
		if r.textKept {
			t.text++
		}
		if verbose && (r.factsKept < r.facts || !r.textKept) {
			fmt.Fprintf(os.Stderr, "--- %s %s: facts %d/%d, text kept %v\n%s\n--- markdown:\n%s\n--- lost: %v\n\n",
				s.name, tc.name, r.factsKept, r.facts, r.textKept, tc.html, mds[i], r.lost)
		}
	}
	return t, nil
}

// Command article checks, converts and publishes article files: front
// matter (YAML, TOML or JSON) over an HTML or Markdown body.
//
//	go install github.com/articlekit/article/cmd/article@latest
//
//	article check content/              # problems as path:line: key: message
//	article json post.md                # one JSON object a line
//	article sanitize - < post.md        # the article with its body made safe
//	article summarize content/          # a table of titles, words and reading times
//	article convert --to md post.html   # the article with a Markdown body
//	article feed --format atom --base https://example.com/news content/
//	article migrate -t sanitize,md old/ new/
//
// Every subcommand takes files, folders (their files matching --pattern,
// **/*.md by default) and "-" for standard input, goes on past files that
// fail, and names each file by the path given on the command line. A
// folder with no matching files is not an error: nothing is written for
// it, a note on standard error names it, and the exit status is 0 (a run
// that reads no file at all writes no table header and no feed). On a
// terminal, standard error
// shows how many files have been read once a run takes more than a second.
//
// Exit status:
//
//	0  every file was read and done (for check: no problems)
//	1  some files failed or, for check, have problems; the others were done
//	2  bad flags or arguments, a path that does not exist, or output that
//	   could not be written
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

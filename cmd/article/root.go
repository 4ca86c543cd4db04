package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/articlekit/article/internal/cli"
)

// exitHelp ends every subcommand's help, so that -h tells the statuses
// (cli.OK, cli.Failed, cli.Usage, the same as the examples').
const exitHelp = `
Exit status: 0 when every file was read and done; 1 when some files failed
(check: have problems) and the others were done; 2 for bad flags or
arguments, a path that does not exist, or output that could not be written.`

// errProblems is returned by a subcommand that has reported problems in
// some files already; run turns it into cli.Failed without a message.
var errProblems = errors.New("some files have problems")

// app is one run of the command: its streams and what it has counted.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	pattern        string        // the files to read in a folder
	srcs           []source      // the paths to read, checked
	progressAfter  time.Duration // how long a run goes before its progress shows
	terminal       bool          // stderr is a terminal: progress may show there
	problemsOut    bool          // problems go to standard output, as the report
	read, failed   int           // files read, and those that failed or have problems
	problems       int           // problems reported, a file's failure one
}

// run runs the command line args and returns the exit status. Cobra is the
// command library: it is the most used one in Go (kubectl, gh, Hugo), gives
// every subcommand -h and GNU-style flags, and takes its streams and
// arguments from the caller, so that the tests run the real command.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, progressAfter: time.Second, terminal: isTerminal(stderr)}
	root := a.command()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	switch err := root.Execute(); {
	case err == nil:
		return cli.OK
	case errors.Is(err, errProblems):
		return cli.Failed
	default:
		fmt.Fprintln(stderr, "article:", err)
		return cli.Usage
	}
}

// command returns the root command with its subcommands.
func (a *app) command() *cobra.Command {
	root := &cobra.Command{
		Use:   "article",
		Short: "Check, convert and publish article files",
		Long: `article reads article files: front matter (YAML, TOML or JSON) over an HTML or
Markdown body. Every subcommand takes files, folders (their files matching
--pattern) and "-" for standard input, goes on past files that fail and names
each file by the path given here. A folder with no matching files is not an
error: nothing is written for it, a note on standard error names it, and the
exit status is 0.
` + exitHelp,
		SilenceErrors: true, // run prints them, once, with the exit status
		SilenceUsage:  true, // a file's problem is no reason to show the usage
	}
	root.PersistentFlags().StringVar(&a.pattern, "pattern", "**/*.md", "the files to read in a folder (fs.Glob, ** for any folders)")
	root.AddCommand(a.checkCommand(), a.jsonCommand(), a.sanitizeCommand(), a.summarizeCommand(),
		a.convertCommand(), a.feedCommand(), a.migrateCommand())
	return root
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

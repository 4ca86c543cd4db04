// Package cli holds what cmd/article and the example programs share so
// that they behave alike: the exit statuses, a path named as the user
// typed it, and what a folder without article files means.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Exit statuses.
const (
	OK     = 0 // every file was read and done
	Failed = 1 // some files failed (or, for a check, have problems); the others were done
	Usage  = 2 // bad flags or arguments, a path that does not exist, output not written
)

// ErrNoFiles is returned for a folder with no file matching the pattern.
// It is not a failure: nothing is written for the folder, a note names
// it, and the status is OK, so that a new site with no articles yet
// passes, while the note shows a mistyped folder or pattern.
var ErrNoFiles = errors.New("no files match")

// Stat is os.Stat with an error that names path once, as typed ("posts:
// no such file or directory"), not after "stat".
func Stat(path string) (fs.FileInfo, error) {
	info, err := os.Stat(path)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = fmt.Errorf("%s: %w", path, pe.Err)
	}
	return info, err
}

// Folder returns the folder dir for ParseFS, checked first, so that a
// missing folder is reported by its name rather than by the pattern that
// ParseFS would have failed to match in it.
func Folder(dir string) (fs.FS, error) {
	info, err := Stat(dir)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s: not a folder", dir)
	}
	return os.DirFS(dir), nil
}

// Main is the main of an example program: it parses the flags, with a
// usage line naming args, runs sample with no argument or folder with the
// one folder given, and exits with the status that Status gives. More than
// one argument is a usage error: flag stops at the first argument that is
// not a flag, so "feed DIR -format atom" would leave -format unread.
func Main(name, args string, sample func() (failed int, err error), folder func(fs.FS) (failed int, err error)) {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: %s %s\n", name, args)
		flag.PrintDefaults()
	}
	flag.Parse()
	fsys, dir, err := Source(flag.Args())
	failed := 0
	switch {
	case err != nil:
	case dir == "":
		failed, err = sample()
	default:
		failed, err = folder(fsys)
	}
	os.Exit(Status(os.Stderr, name, dir, failed, err))
}

// Source returns the folder that an example's arguments name, and its
// name as given; none for no argument.
func Source(args []string) (fsys fs.FS, dir string, err error) {
	switch len(args) {
	case 0:
		return nil, "", nil
	case 1:
		fsys, err = Folder(args[0])
		return fsys, args[0], err
	}
	return nil, "", fmt.Errorf("too many arguments %q: flags go before the folder", args[1:])
}

// Status reports how a run of the program name over dir ended on stderr
// and returns its exit status: Usage for err, OK with a note for
// ErrNoFiles, Failed when failed files failed.
func Status(stderr io.Writer, name, dir string, failed int, err error) int {
	switch {
	case errors.Is(err, ErrNoFiles):
		fmt.Fprintf(stderr, "%s: %s: %v\n", name, dir, err)
		return OK
	case err != nil:
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return Usage
	case failed > 0:
		fmt.Fprintf(stderr, "%s: %d file(s) failed\n", name, failed)
		return Failed
	}
	return OK
}

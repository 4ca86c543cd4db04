package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProgressShowsOnlyOnATerminalAfterADelay(t *testing.T) {
	var buf bytes.Buffer
	assert.Nil(t, newProgress(&buf, false, 0), "not a terminal: no progress")

	p := newProgress(&buf, true, time.Hour)
	p.add()
	p.done()
	assert.Empty(t, buf.String(), "a short run shows nothing")

	p = newProgress(&buf, true, 0)
	p.add()
	assert.Contains(t, buf.String(), "reading (1/-, ")
	assert.Contains(t, buf.String(), "files/s")

	buf.Reset()
	out := clearing{&bytes.Buffer{}, p}
	fmt.Fprintln(out, "a line of output")
	assert.Contains(t, buf.String(), "\r", "output first clears the progress line")

	buf.Reset()
	p.done()
	p.add()
	assert.NotContains(t, buf.String(), "files", "nothing after done")
}

func TestNoProgressWhenPiped(t *testing.T) {
	assert.False(t, isTerminal(&bytes.Buffer{}))
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "a file that is not a terminal")
	r := runArgs("", "check", articles)
	assert.NotContains(t, r.stderr, "reading", "stderr that is not a terminal gets no progress")
}

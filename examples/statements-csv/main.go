// Command statements-csv turns diplomatic readouts into a CSV table of who
// said what: one row per statement the readout package finds.
//
// Usage:
//
//	go run ./examples/statements-csv [DIR|FILE...]
//
// Every FILE named is read; every DIR is walked recursively for *.txt
// files. With no argument the two sample readouts embedded from testdata/
// are used. The CSV goes to stdout; a file that cannot be read or parsed is
// reported on stderr as "file: error" and the others are still processed,
// but the exit status is then 1.
package main

import (
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/readout-go/readout"
)

//go:embed testdata/*.txt
var samples embed.FS

// header is the first row of the CSV output.
var header = []string{"file", "date", "format", "speakers", "attribution", "cue", "text", "start", "end"}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the whole program: it writes the CSV for the readouts named by
// args (or the embedded samples) to stdout, errors to stderr, and returns
// the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			fmt.Fprintln(stderr, "usage: statements-csv [DIR|FILE...]\n\nWrites one CSV row per statement of every *.txt readout found.\nWith no argument, uses the embedded sample readouts.")
			return 0
		}
	}

	w := csv.NewWriter(stdout)
	if err := w.Write(header); err != nil {
		fmt.Fprintf(stderr, "statements-csv: %v\n", err)
		return 1
	}
	status := 0
	fail := func(name string, err error) {
		// "x: open x: no such file" reads better as "x: no such file".
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Path == name {
			err = pe.Err
		}
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		status = 1
	}
	// emit parses one readout and writes its rows.
	emit := func(name string, data []byte) {
		m, err := readout.Parse(string(data))
		if err != nil {
			fail(name, err)
			return
		}
		for _, s := range m.Statements {
			w.Write([]string{
				name,
				m.Date,
				m.Format.String(),
				strings.Join(s.Speakers, "; "),
				s.Attribution.String(),
				s.Cue,
				s.Text,
				strconv.Itoa(s.Start),
				strconv.Itoa(s.End),
			})
		}
	}

	if len(args) == 0 {
		// The embedded samples, in lexical order.
		err := fs.WalkDir(samples, "testdata", func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := samples.ReadFile(path)
			if err != nil {
				fail(path, err)
				return nil
			}
			emit(path, data)
			return nil
		})
		if err != nil {
			fail("testdata", err)
		}
	}

	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			fail(arg, err)
			continue
		}
		if !info.IsDir() {
			// A file named on the command line is read whatever its name.
			readFile(arg, emit, fail)
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable directory: report it and go on.
				fail(path, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".txt") {
				return nil
			}
			readFile(path, emit, fail)
			return nil
		})
		if err != nil {
			fail(arg, err)
		}
	}

	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Fprintf(stderr, "statements-csv: writing CSV: %v\n", err)
		return 1
	}
	return status
}

// readFile reads the file at path and hands it to emit, or reports the
// error to fail.
func readFile(path string, emit func(string, []byte), fail func(string, error)) {
	data, err := os.ReadFile(path)
	if err != nil {
		fail(path, err)
		return
	}
	emit(path, data)
}

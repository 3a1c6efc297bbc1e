// Command readout parses diplomatic readouts and prints who met whom and
// who said what.
//
// Usage:
//
//	readout [flags] [FILE|DIR|-]...
//	readout name [-date YYYY-MM-DD] NAME...
//
// With no file it parses the built-in sample readout and prints a summary.
// A summary lists the participants, date, place and format, then each
// statement as "speaker(s) [cue]: text".
//
// The flags are:
//
//	-json     print the JSON form of each parse: one object for one file;
//	          for several, one object a line (JSON Lines), each with a
//	          "file" field, in the order of the arguments
//	-csv      print one CSV table of all statements: file, date, format,
//	          speakers, attribution, cue, text, start, end
//	-r        read the *.txt files (and files without extension) of the
//	          directories named, recursively
//	-l        read the names of the files to parse from standard input
//	-j N      parse N files at a time on at most N cores (default: the
//	          number of CPUs); the output keeps the input order and is
//	          streamed, so memory does not grow with the number of files
//	-q        print no progress line or summary on standard error
//	-version  print the version
//
// Errors go to standard error, one line a file ("file:line:col: message"
// or "file: message"); the other files are still parsed, and the exit
// status is 1.
//
// "readout name" resolves names and roles with the embedded gazetteer and
// prints one line a name: input, canonical name, country, confidence and
// the rule that matched, separated by tabs. With -date it resolves roles
// ("the Russian President") and prefers the people in office on that day.
package main

import (
	"bufio"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/readout-go/readout"
)

//go:embed seed.txt
var seed string

const version = "readout 0.1.0"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the command's flags.
type options struct {
	json, csv, recurse, list, quiet bool
	jobs                            int
}

// run is the whole command; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "name" {
		return runName(args[1:], stdout, stderr)
	}
	var o options
	fs := flag.NewFlagSet("readout", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.BoolVar(&o.json, "json", false, "print the JSON form of each parse (JSON Lines for several files)")
	fs.BoolVar(&o.csv, "csv", false, "print one CSV table of all statements")
	fs.BoolVar(&o.recurse, "r", false, "read the *.txt files (and files without extension) of directories, recursively")
	fs.BoolVar(&o.list, "l", false, "read the names of the files to parse from standard input, one a line")
	fs.BoolVar(&o.quiet, "q", false, "print no progress line and no summary on standard error")
	fs.IntVar(&o.jobs, "j", runtime.GOMAXPROCS(0), "parse `N` files at a time, on at most N cores")
	showVersion := fs.Bool("version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, `usage: readout [flags] [FILE|DIR|-]...
       readout name [-date YYYY-MM-DD] NAME...

Parses diplomatic readouts. With no FILE, parses the built-in sample.

Examples:
  readout                          summary of the built-in sample
  readout call.txt                 summary of one readout
  readout -json call.txt           the JSON form of one readout
  readout -json -r archive/ > out.jsonl
                                   JSON Lines, one object a file, with "file"
  readout -csv -r archive/ > statements.csv
  find archive -name '*.txt' | readout -json -l -j 8
  readout name -date 2010-06-11 "the Russian President"

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *showVersion {
		fmt.Fprintln(stdout, version)
		return 0
	}
	if o.json && o.csv {
		fmt.Fprintln(stderr, "readout: -json and -csv exclude each other")
		return 2
	}
	if o.jobs < 1 {
		o.jobs = 1
	}
	if os.Getenv("GOGC") == "" {
		// A batch run keeps little alive between files (the gazetteer,
		// some 10 MB): let the heap grow to five times that before
		// collecting, for some 10% less time.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	if o.jobs < runtime.GOMAXPROCS(0) {
		// -j bounds the cores, garbage collection and start-up
		// included: "-j 1" leaves the other cores to other work.
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(o.jobs))
	}
	names := fs.Args()
	if o.list {
		sc := bufio.NewScanner(stdin)
		for sc.Scan() {
			if n := strings.TrimSpace(sc.Text()); n != "" {
				names = append(names, n)
			}
		}
		stdin = strings.NewReader("")
	}
	if len(names) == 0 && !o.list {
		m, err := readout.Parse(seed)
		if err != nil {
			fmt.Fprintf(stderr, "readout: sample: %v\n", err)
			return 1
		}
		w := newWriter(stdout, o, false)
		w.write("", m)
		return w.close(stderr)
	}
	return parseFiles(names, o, stdin, stdout, stderr)
}

// queued is how many files may wait between the directory walk, the
// workers and the writer: enough that a worker rarely waits for another's
// long file or for a hand-over, few enough that memory does not grow with
// the number of files.
const queued = 64

// parseFiles parses the named files on o.jobs workers and writes the
// results in input order.
func parseFiles(args []string, o options, stdin io.Reader, stdout, stderr io.Writer) int {
	type result struct {
		name  string
		m     *readout.Meeting
		json  []byte // m encoded, with -json: the workers encode too
		err   string
		bytes int
	}
	many := len(args) > 1 || o.recurse || o.list
	type job struct {
		name string
		out  chan result
	}
	files := make(chan string, queued)
	status := 0
	go func() {
		defer close(files)
		for _, a := range args {
			if a == "-" {
				files <- a
				continue
			}
			fi, err := os.Stat(a)
			if err != nil || !fi.IsDir() || !o.recurse {
				files <- a
				continue
			}
			walkDir(a, files)
		}
	}()
	jobs := make(chan job, queued)
	pending := make(chan chan result, queued+2*o.jobs)
	go func() {
		defer close(jobs)
		defer close(pending)
		for name := range files {
			ch := make(chan result, 1)
			pending <- ch
			jobs <- job{name, ch}
		}
	}()
	for i := 0; i < o.jobs; i++ {
		go func() {
			for j := range jobs {
				r := result{name: j.name}
				text, err := readFile(j.name, stdin)
				r.bytes = len(text)
				if err == nil {
					r.m, err = readout.Parse(text)
				}
				if err == nil && o.json {
					r.json, err = encodeJSON(j.name, r.m, many)
					r.m = nil
				}
				if err != nil {
					r.err = describe(j.name, err)
				}
				j.out <- r
			}
		}()
	}
	var w *writer
	progress := newProgress(stderr, o.quiet)
	n := 0
	for ch := range pending {
		r := <-ch
		n++
		progress.add(r.bytes)
		if r.err != "" {
			progress.clear()
			fmt.Fprintln(stderr, r.err)
			status = 1
			continue
		}
		if w == nil {
			w = newWriter(stdout, o, many)
		}
		if r.json != nil {
			if !w.writeEncoded(r.json) {
				break
			}
		} else if !w.write(r.name, r.m) {
			break
		}
	}
	if w != nil {
		if w.close(stderr) != 0 {
			status = 1
		}
	}
	progress.done(n)
	return status
}

// walkDir sends the readouts below dir, in lexical order: regular files
// named *.txt or without an extension.
func walkDir(dir string, files chan<- string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		files <- dir // reported when read
		return
	}
	for _, e := range entries {
		p := dir + string(os.PathSeparator) + e.Name()
		if os.IsPathSeparator(dir[len(dir)-1]) {
			p = dir + e.Name() // "corpus/" lists "corpus/a.txt"
		}
		switch {
		case e.IsDir():
			walkDir(p, files)
		case e.Type().IsRegular() && (strings.HasSuffix(e.Name(), ".txt") || !strings.Contains(e.Name(), ".")):
			files <- p
		}
	}
}

// describe formats a file's error as "file:line:col: message" or "file:
// message".
func describe(name string, err error) string {
	var pe *readout.ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s:%d:%d: %v", name, pe.Line, pe.Column, pe.Err)
	}
	var pathErr *os.PathError
	if errors.As(err, &pathErr) {
		return fmt.Sprintf("%s: %v", name, pathErr.Err)
	}
	return fmt.Sprintf("%s: %v", name, err)
}

func readFile(name string, stdin io.Reader) (string, error) {
	var b []byte
	var err error
	if name == "-" {
		b, err = io.ReadAll(stdin)
	} else {
		b, err = os.ReadFile(name)
	}
	return string(b), err
}

// progress reports files done and throughput on a terminal.
type progress struct {
	w     io.Writer
	on    bool
	quiet bool
	start time.Time
	last  time.Time
	files int
	bytes int64
	shown bool
}

func newProgress(stderr io.Writer, quiet bool) *progress {
	p := &progress{w: stderr, quiet: quiet, start: time.Now()}
	if f, ok := stderr.(*os.File); ok && !quiet {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) add(n int) {
	p.files++
	p.bytes += int64(n)
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "\r%d files, %.1f MB/s ", p.files, p.rate())
	p.shown = true
}

func (p *progress) rate() float64 {
	s := time.Since(p.start).Seconds()
	if s == 0 {
		return 0
	}
	return float64(p.bytes) / 1e6 / s
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

func (p *progress) done(n int) {
	p.clear()
	if p.on && n > 1 {
		fmt.Fprintf(p.w, "%d files, %.1f MB in %.1fs (%.1f MB/s)\n", p.files, float64(p.bytes)/1e6, time.Since(p.start).Seconds(), p.rate())
	}
}

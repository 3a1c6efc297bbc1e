// Command readout parses diplomatic readouts and prints who met whom and
// who said what.
//
// Usage:
//
//	readout [flags] [FILE|-]...
//	readout name [-date YYYY-MM-DD] NAME...
//
// With no file it parses the built-in sample readout and prints a summary.
// With -json it prints the JSON form of each parse: one object for one
// file, one object a line, each with a "file" field, for several.
package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/readout-go/readout"
)

//go:embed seed.txt
var seed string

const version = "readout 0.1.0"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "name" {
		return runName(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("readout", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the JSON form of each parse")
	showVersion := fs.Bool("version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprintf(stderr, `usage: readout [flags] [FILE|-]...
       readout name [-date YYYY-MM-DD] NAME...

Parses diplomatic readouts. With no FILE, parses the built-in sample.

Examples:
  readout                          summary of the built-in sample
  readout -json call.txt           the JSON form of one readout
  readout -json a.txt b.txt        JSON Lines, one object a file
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
	files := fs.Args()
	if len(files) == 0 {
		m, err := readout.Parse(seed)
		if err != nil {
			fmt.Fprintf(stderr, "readout: sample: %v\n", err)
			return 1
		}
		if *asJSON {
			return writeJSON(stdout, stderr, m, "")
		}
		summarize(stdout, m)
		return 0
	}
	status := 0
	for _, name := range files {
		text, err := readFile(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			status = 1
			continue
		}
		m, err := readout.Parse(text)
		if err != nil {
			var pe *readout.ParseError
			if errors.As(err, &pe) {
				fmt.Fprintf(stderr, "%s:%d:%d: %v\n", name, pe.Line, pe.Column, pe.Err)
			} else {
				fmt.Fprintf(stderr, "%s: %v\n", name, err)
			}
			status = 1
			continue
		}
		switch {
		case *asJSON && len(files) == 1:
			if writeJSON(stdout, stderr, m, "") != 0 {
				return 1
			}
		case *asJSON:
			if writeJSON(stdout, stderr, m, name) != 0 {
				return 1
			}
		default:
			if len(files) > 1 {
				fmt.Fprintf(stdout, "== %s\n", name)
			}
			summarize(stdout, m)
		}
	}
	return status
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

// writeJSON prints m as one line of JSON, with a "file" field when file is
// not empty.
func writeJSON(stdout, stderr io.Writer, m *readout.Meeting, file string) int {
	var v any = m
	if file != "" {
		v = struct {
			File string `json:"file"`
			*readout.Meeting
		}{file, m}
	}
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Fprintf(stderr, "readout: %v\n", err)
		return 1
	}
	b = append(b, '\n')
	if _, err := stdout.Write(b); err != nil {
		fmt.Fprintf(stderr, "readout: %v\n", err)
		return 1
	}
	return 0
}

// summarize prints a readable account of m.
func summarize(w io.Writer, m *readout.Meeting) {
	var who []string
	for _, p := range m.Participants {
		s := p.Name
		var about []string
		for _, a := range []string{p.Title, p.Country} {
			if a != "" {
				about = append(about, a)
			}
		}
		if len(about) > 0 {
			s += " (" + strings.Join(about, ", ") + ")"
		}
		who = append(who, s)
	}
	fmt.Fprintf(w, "participants: %s\n", strings.Join(who, "; "))
	date := m.Date
	if m.TimeOfDay != readout.Unknown {
		date += " (" + m.TimeOfDay.String() + ")"
	}
	fmt.Fprintf(w, "date:         %s\n", date)
	place := ""
	if m.Place != nil {
		place = m.Place.Name
		if m.Place.City != "" && m.Place.City != m.Place.Name {
			place += ", " + m.Place.City
		}
		if m.Place.Country != "" {
			place += ", " + m.Place.Country
		}
	}
	fmt.Fprintf(w, "place:        %s\n", place)
	fmt.Fprintf(w, "format:       %s\n", m.Format)
	if len(m.Topics) > 0 {
		fmt.Fprintf(w, "topics:       %s\n", strings.Join(m.Topics, "; "))
	}
	for _, r := range m.Repairs {
		fmt.Fprintf(w, "repaired:     %q -> %q at %d\n", r.From, r.To, r.Start)
	}
	fmt.Fprintln(w)
	for _, s := range m.Statements {
		cue := ""
		if s.Cue != "" {
			cue = " [" + s.Cue + "]"
		}
		fmt.Fprintf(w, "%s%s: %s\n", strings.Join(s.Speakers, ", "), cue, s.Text)
	}
}

package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/readout-go/readout"
)

// A writer prints parses in the chosen form. It stops at the first write
// error and reports it once when closed.
type writer struct {
	bw     *bufio.Writer
	csv    *csv.Writer
	o      options
	many   bool // several inputs: JSON Lines with "file", summary headers
	n      int
	err    error
	header bool
}

func newWriter(w io.Writer, o options, many bool) *writer {
	bw := bufio.NewWriterSize(w, 64<<10)
	wr := &writer{bw: bw, o: o, many: many}
	if o.csv {
		wr.csv = csv.NewWriter(bw)
	}
	return wr
}

// csvHeader names the columns of -csv, one row per statement.
var csvHeader = []string{"file", "date", "format", "speakers", "attribution", "cue", "text", "start", "end"}

// write prints one parse; it reports false once writing has failed.
func (w *writer) write(file string, m *readout.Meeting) bool {
	if w.err != nil {
		return false
	}
	w.n++
	switch {
	case w.o.json:
		b, err := encodeJSON(file, m, w.many)
		if err != nil {
			w.err = err
			return false
		}
		w.bw.Write(b)
	case w.o.csv:
		if !w.header {
			w.csv.Write(csvHeader)
			w.header = true
		}
		for _, s := range m.Statements {
			w.csv.Write([]string{file, m.Date, m.Format.String(), strings.Join(s.Speakers, "; "),
				s.Attribution.String(), s.Cue, s.Text, strconv.Itoa(s.Start), strconv.Itoa(s.End)})
		}
		w.csv.Flush()
		if err := w.csv.Error(); err != nil {
			w.err = err
		}
	default:
		if w.many {
			if w.n > 1 {
				w.bw.WriteByte('\n')
			}
			fmt.Fprintf(w.bw, "== %s\n", file)
		}
		summarize(w.bw, m)
	}
	if w.bw.Buffered() > 32<<10 {
		w.err = w.bw.Flush()
	}
	return w.err == nil
}

// close flushes the output and reports a write error on stderr; it returns
// the exit status.
// writeEncoded writes a meeting encodeJSON has encoded.
func (w *writer) writeEncoded(b []byte) bool {
	if w.err != nil {
		return false
	}
	w.n++
	w.bw.Write(b)
	return true
}

// encodeJSON returns the JSON line of m, with the file name when the
// output holds several files.
func encodeJSON(file string, m *readout.Meeting, many bool) ([]byte, error) {
	var v any = m
	if many {
		v = struct {
			File string `json:"file"`
			*readout.Meeting
		}{file, m}
	}
	b, err := json.Marshal(v)
	return append(b, '\n'), err
}

func (w *writer) close(stderr io.Writer) int {
	if w.err == nil {
		w.err = w.bw.Flush()
	}
	if w.err != nil {
		fmt.Fprintf(stderr, "readout: writing output: %v\n", w.err)
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
	if m.TimeOfDay != readout.TimeUnknown {
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

// Command compare sets two readouts of the same meeting side by side: the
// readout each side published (a Kremlin readout and a Chinese
// foreign-ministry readout of the same talks, say). It prints how each side
// reports the meeting, what each side reports every participant said, and
// the topics only one side mentions.
//
// Usage:
//
//	go run ./examples/compare [-trim N] [A.txt B.txt]
//
// With no file it compares the two sample readouts embedded from testdata/.
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/readout-go/readout"
)

//go:embed testdata/*.txt
var samples embed.FS

// The embedded sample readouts: side A is the Kremlin's, side B China's.
const (
	sampleA = "testdata/kremlin_2024-05-16_russian-chinese-talks.txt"
	sampleB = "testdata/mfa_2024-05-16_xi-jinping-holds-talks-with-putin.txt"
)

// width is the line width statement texts are wrapped to.
const width = 78

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// side is one readout of the meeting.
type side struct {
	label string // "A" or "B"
	name  string // the file it came from
	m     *readout.Meeting
}

// run is the whole program; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	trim := fs.Int("trim", 0, "shorten each statement to at most `N` characters (0: print it whole)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, `usage: compare [-trim N] [A.txt B.txt]

Compares two readouts of the same meeting, one from each side. With no
file, compares the two embedded sample readouts.

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

	var texts [2]string
	var names [2]string
	switch fs.NArg() {
	case 0:
		names = [2]string{sampleA, sampleB}
		for i, n := range names {
			b, err := samples.ReadFile(n)
			if err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", n, err)
				return 1
			}
			texts[i] = string(b)
		}
	case 2:
		failed := false
		for i, n := range fs.Args() {
			names[i] = n
			b, err := os.ReadFile(n)
			if err != nil {
				fmt.Fprintf(stderr, "compare: %v\n", err)
				failed = true
				continue
			}
			texts[i] = string(b)
		}
		if failed {
			return 1
		}
	default:
		fs.Usage()
		return 2
	}

	var sides [2]side
	for i := range sides {
		m, err := readout.Parse(texts[i])
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", names[i], err)
			return 1
		}
		sides[i] = side{label: string(rune('A' + i)), name: names[i], m: m}
	}
	compare(stdout, sides[0], sides[1], *trim)
	return 0
}

// compare writes the comparison of the two sides to w.
func compare(w io.Writer, a, b side, trim int) {
	fmt.Fprintln(w, "THE MEETING AS EACH SIDE REPORTS IT")
	for _, s := range []side{a, b} {
		fmt.Fprintln(w)
		writeMeeting(w, s)
	}
	if a.m.Date != "" && b.m.Date != "" && !sameDay(a.m.Date, b.m.Date) {
		fmt.Fprintln(w)
		fmt.Fprintf(w, "  note: the sides give different dates, %s and %s;\n", a.m.Date, b.m.Date)
		fmt.Fprintln(w, "  they may not report the same meeting.")
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "WHAT EACH SIDE REPORTS THEY SAID")
	for _, p := range people(a.m, b.m) {
		fmt.Fprintln(w)
		fmt.Fprintln(w, p.display)
		for _, s := range []side{a, b} {
			writeSaid(w, s, p.key, trim)
		}
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, "TOPICS")
	onlyA, both, onlyB := splitTopics(a.m.Topics, b.m.Topics)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  only A mentions: %s\n", list(onlyA))
	fmt.Fprintf(w, "  only B mentions: %s\n", list(onlyB))
	fmt.Fprintf(w, "  both mention:    %s\n", list(both))
}

// writeMeeting writes the date, place, format and participants of one side.
func writeMeeting(w io.Writer, s side) {
	m := s.m
	fmt.Fprintf(w, "%s: %s\n", s.label, s.name)
	date := orNone(m.Date)
	if m.TimeOfDay != readout.TimeUnknown {
		date += ", " + m.TimeOfDay.String()
	}
	if m.Dateline != "" && m.Dateline != m.Date {
		date += " (published " + m.Dateline + ")"
	}
	fmt.Fprintf(w, "  date:         %s\n", date)
	place := "(none given)"
	if m.Place != nil {
		place = m.Place.Name
		var where []string
		if m.Place.City != "" && m.Place.City != m.Place.Name {
			where = append(where, m.Place.City)
		}
		if m.Place.Country != "" {
			where = append(where, m.Place.Country)
		}
		if len(where) > 0 {
			place += " (" + strings.Join(where, ", ") + ")"
		}
	}
	fmt.Fprintf(w, "  place:        %s\n", place)
	fmt.Fprintf(w, "  format:       %s\n", orNone(m.Format.String()))
	if len(m.Participants) == 0 {
		fmt.Fprintf(w, "  participants: (none found)\n")
	}
	for i, p := range m.Participants {
		label := "participants:"
		if i > 0 {
			label = ""
		}
		var about []string
		for _, x := range []string{p.Title, p.Country} {
			if x != "" {
				about = append(about, x)
			}
		}
		line := p.Name
		if len(about) > 0 {
			line += " (" + strings.Join(about, ", ") + ")"
		}
		fmt.Fprintf(w, "  %-13s %s\n", label, line)
	}
}

// A person is someone either side reports as a participant or a speaker.
type person struct {
	key     string // readout.NameKey of the name
	display string // the name as first found
}

// people lists the participants of a, then those of b that a lacks, then
// any speaker of either side who is not a participant, each once. Names
// are matched by readout.NameKey.
func people(a, b *readout.Meeting) []person {
	var list []person
	seen := map[string]bool{}
	add := func(name, note string) {
		k := readout.NameKey(name)
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		list = append(list, person{key: k, display: name + note})
	}
	for _, m := range []*readout.Meeting{a, b} {
		for _, p := range m.Participants {
			add(p.Name, "")
		}
	}
	for _, m := range []*readout.Meeting{a, b} {
		for _, s := range m.Statements {
			for _, sp := range s.Speakers {
				add(sp, " (speaker, not a participant)")
			}
		}
	}
	return list
}

// writeSaid writes what side s reports the person with name key key said.
func writeSaid(w io.Writer, s side, key string, trim int) {
	var said []readout.Statement
	for _, st := range s.m.Statements {
		for _, sp := range st.Speakers {
			if readout.NameKey(sp) == key {
				said = append(said, st)
				break
			}
		}
	}
	if len(said) == 0 {
		fmt.Fprintf(w, "  %s reports: nothing\n", s.label)
		return
	}
	fmt.Fprintf(w, "  %s reports (%d):\n", s.label, len(said))
	for _, st := range said {
		// The cue in brackets; transcript turns and continuations carry
		// no verb, so their attribution goes in parentheses instead.
		lb, cue, rb := "[", st.Cue, "]"
		if cue == "" {
			lb, cue, rb = "(", st.Attribution.String(), ")"
		}
		var others []string
		for _, sp := range st.Speakers {
			if readout.NameKey(sp) != key {
				others = append(others, sp)
			}
		}
		if len(others) > 0 {
			cue += ", with " + strings.Join(others, ", ")
		}
		head := lb + cue + rb
		writeWrapped(w, "    - "+head+" ", "      ", shorten(st.Text, trim))
	}
}

// splitTopics splits the topics into those only in a, those in both and
// those only in b, each in its list's order (most prominent first).
func splitTopics(a, b []string) (onlyA, both, onlyB []string) {
	inA := map[string]bool{}
	for _, t := range a {
		inA[t] = true
	}
	inB := map[string]bool{}
	for _, t := range b {
		inB[t] = true
	}
	for _, t := range a {
		if inB[t] {
			both = append(both, t)
		} else {
			onlyA = append(onlyA, t)
		}
	}
	for _, t := range b {
		if !inA[t] {
			onlyB = append(onlyB, t)
		}
	}
	return onlyA, both, onlyB
}

// sameDay reports whether two dates of the form YYYY-MM-DD, YYYY-MM or
// YYYY can name the same day: one is a prefix of the other.
func sameDay(a, b string) bool {
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

func list(xs []string) string {
	if len(xs) == 0 {
		return "(none)"
	}
	return strings.Join(xs, ", ")
}

func orNone(s string) string {
	if s == "" {
		return "(none given)"
	}
	return s
}

// shorten cuts s to at most n runes, marking the cut with "…"; n <= 0
// leaves s whole.
func shorten(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:max(n-1, 0)]), " ") + "…"
}

// writeWrapped writes first+text wrapped at width, continuation lines
// starting with indent.
func writeWrapped(w io.Writer, first, indent, text string) {
	line := first
	n := utf8.RuneCountInString(line)
	fresh := true // nothing written after the prefix yet
	for _, word := range strings.Fields(text) {
		wn := utf8.RuneCountInString(word)
		if !fresh && n+1+wn > width {
			fmt.Fprintln(w, line)
			line, n, fresh = indent, utf8.RuneCountInString(indent), true
		}
		if !fresh {
			line += " "
			n++
		}
		line += word
		n += wn
		fresh = false
	}
	fmt.Fprintln(w, line)
}

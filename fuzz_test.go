package readout

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzParse checks the properties every parse must have: no panic; a nil
// Meeting exactly when there is an error; spans inside the input;
// statements in order and not overlapping; segments that tile the input
// with only white space between them; a JSON round trip that gives back an
// equal value; and the same result twice.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Add(" date 2025-05 ")
	f.Add("PRESIDENT BIDEN: (Laughter.)\n\nQ Mr. President?")
	f.Fuzz(func(t *testing.T, text string) {
		m, err := Parse(text)
		if (m == nil) != (err != nil) {
			t.Fatalf("Parse returned meeting %v with error %v", m != nil, err)
		}
		if m == nil {
			return
		}
		checkMeeting(t, text, m)
		before, _ := json.Marshal(m)
		// A parse in between reuses the first parse's buffers: the first
		// meeting must not change, and a parse of the same text must
		// give the same meeting.
		Parse(text + "\nPresident Putin said so.")
		m2, _ := Parse(text)
		if after, _ := json.Marshal(m); string(after) != string(before) {
			t.Fatalf("a later parse changed the meeting")
		}
		if !reflect.DeepEqual(m, m2) {
			t.Fatalf("two parses differ")
		}
	})
}

// checkMeeting checks the invariants of a parse of text.
func checkMeeting(t *testing.T, text string, m *Meeting) {
	t.Helper()
	in := func(s Span, what string) {
		if s.Start < 0 || s.Start > s.End || s.End > len(text) {
			t.Fatalf("%s span %v outside the input of %d bytes", what, s, len(text))
		}
	}
	last := 0
	for i, s := range m.Statements {
		in(s.Span, "statement")
		if s.Start < last {
			t.Fatalf("statement %d at %d overlaps or precedes the one before (ending %d)", i, s.Start, last)
		}
		if len(s.Speakers) == 0 {
			t.Fatalf("statement %d has no speakers", i)
		}
		last = s.End
	}
	for _, p := range m.Participants {
		for _, s := range p.Mentions {
			in(s, "mention")
		}
	}
	for _, r := range m.Repairs {
		in(r.Span, "repair")
		if validUTF8(text[r.Start:r.End]) != r.From {
			t.Fatalf("repair %q does not match the input %q", r.From, text[r.Start:r.End])
		}
	}
	if m.Place != nil && (m.Place.Start != 0 || m.Place.End != 0) {
		in(m.Place.Span, "place")
	}
	pos := 0
	for _, seg := range m.Segments() {
		in(seg.Span, "segment")
		if seg.Start < pos {
			t.Fatalf("segment %v overlaps the one before (ending %d)", seg.Span, pos)
		}
		if gap := text[pos:seg.Start]; !isBlank(gap) {
			t.Fatalf("text %q between segments is not white space", gap)
		}
		pos = seg.End
	}
	if !isBlank(text[pos:]) {
		t.Fatalf("text %q after the last segment is not white space", text[pos:])
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var back Meeting
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	back.segments = m.segments
	if !reflect.DeepEqual(&back, m) {
		t.Fatalf("JSON round trip changed the meeting:\n%s", b)
	}
}

func isBlank(s string) bool {
	a, b := trimSpace(s, 0, len(s))
	return a == b
}

// TestCorpusProperties checks the parse invariants on every file of the
// shared corpus.
func TestCorpusProperties(t *testing.T) {
	dir := sharedDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "*", "*.txt"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Parse(string(b))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		t.Run(filepath.Base(name), func(t *testing.T) { checkMeeting(t, string(b), m) })
	}
}

// FuzzNormalize checks the name layer's properties: comparison keys and
// display forms are idempotent, look-ups never panic and name only
// people of the gazetteer, and every repair of a parse replaces exactly
// the bytes its span covers.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Vladimir Poutinsaid", "President Xijinping", "ErdoÄŸan", "KISHIDA Fumio",
		"O’Brien", "Путина", "习近平", "Xi Jin-ping", "the Russian President", "Putin's"} {
		f.Add(s)
	}
	var n Normalizer
	f.Fuzz(func(t *testing.T, s string) {
		if k := NameKey(s); NameKey(k) != k {
			t.Fatalf("NameKey not idempotent: %q -> %q -> %q", s, k, NameKey(k))
		}
		if d := NormalizeName(s); NormalizeName(d) != d {
			t.Fatalf("NormalizeName not idempotent: %q -> %q -> %q", s, d, NormalizeName(d))
		}
		if m := n.Lookup(s, Hint{Date: "2020-01-01"}); m.Name != "" && m.Confidence == NoMatch {
			t.Fatalf("Lookup(%q) named %q with no confidence", s, m.Name)
		}
		m, err := Parse("President " + s + " said that trade grew.")
		if err != nil {
			return
		}
		text := "President " + s + " said that trade grew."
		for _, r := range m.Repairs {
			if r.Start < 0 || r.End > len(text) || r.Start > r.End || validUTF8(text[r.Start:r.End]) != r.From {
				t.Fatalf("repair %+v does not cover its text in %q", r, text)
			}
		}
	})
}

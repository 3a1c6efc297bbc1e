package readout

import (
	"os"
	"testing"
)

func TestDebugSentence(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	m, _ := Parse(s)
	for _, p := range m.Participants {
		t.Logf("P %+v", p)
	}
	for _, st := range m.Statements {
		t.Logf("S %v %q %v: %s", st.Speakers, st.Cue, st.Attribution, st.Text)
	}
	d := newDocument(s)
	d.parse()
	for i, toks := range d.toks {
		for _, mm := range d.findMentions(toks) {
			d.resolve(&mm)
			t.Logf("sent %d mention %+v", i, mm)
		}
	}
}

package readout

import (
	"slices"
	"testing"
)

func TestTopicOrder(t *testing.T) {
	d := newDocument("")
	defer d.release()
	d.m = &Meeting{}
	for _, s := range []string{
		"They spoke of Gaza, then of Syria and bilateral trade.",
		"Trade and the situation in Libya.",
		"Libya; Syria; the Korean Peninsula; Libya.",
	} {
		d.countTopics(tokenize(s, 0, len(s), nil))
	}
	d.finishTopics()
	// Most often named first; equally often named, first named first.
	want := []string{"Libya", "Syria", "trade and economic cooperation", "Gaza", "Korean Peninsula"}
	if !slices.Equal(d.m.Topics, want) {
		t.Errorf("topics = %q, want %q", d.m.Topics, want)
	}
}

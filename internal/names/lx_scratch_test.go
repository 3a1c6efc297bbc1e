package names

import (
	"strings"
	"testing"
)

func BenchmarkLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadLexicon()
	}
}

func TestInSorted(t *testing.T) {
	ws := strings.Split(strings.TrimSpace(englishTxt), "\n")
	for i, w := range ws {
		if i%7 == 0 && !inSorted(englishTxt, w) {
			t.Fatalf("missing %q", w)
		}
		if i%5 == 0 && inSorted(englishTxt, w+"qq") {
			t.Fatalf("found %q", w+"qq")
		}
	}
	for _, w := range []string{ws[0], ws[len(ws)-1], "putting", "modified"} {
		if !inSorted(englishTxt, w) {
			t.Errorf("missing %q", w)
		}
	}
	for _, w := range []string{"", "a", "zzzzzz", "aaaaa", "putin", "xiamen"} {
		if inSorted(englishTxt, w) {
			t.Errorf("found %q", w)
		}
	}
}

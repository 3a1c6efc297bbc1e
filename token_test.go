package readout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkClassifyWord fails t unless classifyWord gives w the lower case and
// class of its definition: strings.ToLower and classify.
func checkClassifyWord(t *testing.T, w string, words map[string]wordEntry) {
	t.Helper()
	vocab := theLexicon().vocab
	wantLow := toLower(w)
	wantCls := classify(w, wantLow, vocab)
	low, cls := classifyWord(w, words, vocab)
	if low != wantLow || cls != wantCls {
		t.Errorf("classifyWord(%q) = %q, %#x; want %q, %#x", w, low, cls, wantLow, wantCls)
	}
}

func TestClassifyWord(t *testing.T) {
	words := map[string]wordEntry{}
	for _, w := range []string{
		"the", "The", "THE", "said", "Said", "President", "Putin", "Putin's",
		"U.S.", "Biden", "Xijinping", "Poutinsaid", "iPhone", "3M", "G20",
		"Russian", "Russia", "Washington", "Élysée", "Москва", "al-Sisi",
		"Defence", "Zzyzx", strings.Repeat("a", 40), strings.Repeat("B", 33),
	} {
		checkClassifyWord(t, w, words)
		checkClassifyWord(t, w, words) // now remembered
	}
	// Every word of the fixtures.
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range tokenize(string(b), 0, len(b), nil) {
			if tok.word {
				checkClassifyWord(t, tok.text, nil)
			}
		}
	}
}

func FuzzClassifyWord(f *testing.F) {
	for _, w := range []string{"Putin", "said", "U.S.", "Élysée", "the"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if w == "" {
			return
		}
		checkClassifyWord(t, w, map[string]wordEntry{})
	})
}

package readout

import (
	"slices"
	"strings"
	"testing"
)

// naiveMatch is phraseSet.match by its definition: the longest of the
// phrases, the last value given for it, whose words are the tokens' lower
// case from toks[i].
func naiveMatch(phrases [][2]string, toks []token, i int) (int, string) {
	n, value := 0, ""
	for _, pv := range phrases {
		words := strings.Fields(pv[0])
		if len(words) < n || i+len(words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range words {
			ok = ok && toks[i+k].word && toks[i+k].low == w
		}
		if ok {
			n, value = len(words), pv[1]
		}
	}
	return n, value
}

func TestPhraseSet(t *testing.T) {
	phrases := [][2]string{
		{"the two leaders", "g1"}, {"the leaders", "g2"}, {"the two", "g3"},
		{"two leaders", "g4"}, {"they", "g5"}, {"the two leaders", "g6"},
		{"prime minister", "t1"}, {"minister", "t2"}, {"prime", "t3"},
		{"the two heads of state", "g7"}, {"heads of state", "g8"},
	}
	// Enough first words that the table grows more than once, and two
	// of one signature (wordSig) that share a bit of the filter of pairs.
	for _, w := range strings.Fields(`alpha beta gamma delta epsilon zeta eta theta iota kappa
		lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega cared cured`) {
		phrases = append(phrases, [2]string{w + " " + w, w + "2"}, [2]string{w, w + "1"})
	}
	var ps phraseSet
	for _, pv := range phrases {
		ps.add(pv[0], pv[1])
	}
	for _, text := range []string{
		"The two leaders met the Prime Minister, and they talked.",
		"the two heads of state; the two heads of government; heads of state",
		"Alpha alpha beta, gamma gamma gamma: omega omega psi. two",
		"Minister prime minister prime",
		"cared cured cured cared, cured; cared cared",
	} {
		toks := tokenize(text, 0, len(text), nil)
		for i := 0; i <= len(toks); i++ {
			n, v := ps.match(toks, i)
			if wn, wv := naiveMatch(phrases, toks, i); n != wn || v != wv {
				t.Errorf("%q at %d: match = %d, %q; want %d, %q", text, i, n, v, wn, wv)
			}
			// matchAll of every run from i is match of all of it.
			for j := i; j <= len(toks); j++ {
				n, v := ps.match(toks[:j], i)
				if n != j-i || n == 0 {
					v = ""
				}
				if got, ok := ps.matchAll(toks[i:j]); got != v || ok != (v != "") {
					t.Errorf("%q at %d:%d: matchAll = %q, %v; want %q", text, i, j, got, ok, v)
				}
			}
		}
	}
	var firsts []string
	for w := range ps.firstWords {
		firsts = append(firsts, w)
	}
	if len(firsts) != 6+26 {
		t.Errorf("firstWords gave %d words, want %d", len(firsts), 6+26)
	}
}

// TestPhraseFilter holds the filter of pairs of the lexicon's phrase sets
// to their phrases: match finds every phrase, alone and followed by a
// word, and matchAll finds it alone, and so the filter rules none out.
func TestPhraseFilter(t *testing.T) {
	l := theLexicon()
	for _, ps := range []*phraseSet{&l.cues, &l.titles, &l.groups, &l.passives, &l.venueAt, &l.topics} {
		n := 0
		for _, s := range ps.slots {
			for _, e := range s.entries {
				n++
				var toks []token
				for _, w := range append(phrase{s.word}, e.rest...) {
					toks = append(toks, token{text: w, low: w, word: true, cls: ps.first})
				}
				for _, toks := range [][]token{toks, append(toks, token{text: "x", low: "x", word: true})} {
					// A longer phrase may take the "x"; one of these words
					// alone is never shorter.
					if got, _ := ps.match(toks, 0); got < 1+len(e.rest) {
						t.Errorf("match(%q) = %d words, want %d", e.rest, got, 1+len(e.rest))
					}
				}
				if v, ok := ps.matchAll(toks); !ok || v != e.value {
					t.Errorf("matchAll(%q %q) = %q, %v; want %q", s.word, e.rest, v, ok, e.value)
				}
			}
		}
		if n != ps.phrases {
			t.Errorf("%d phrases in the slots, %d counted", n, ps.phrases)
		}
	}
}

// TestPhraseWords holds the words phraseWords gives the venues and topics
// of the lexicon to the white-space separated words of their join, as
// phraseSet.add would split them.
func TestPhraseWords(t *testing.T) {
	var toks []token
	for _, data := range []string{venuesTSV, topicsTSV} {
		for _, f := range records(data) {
			for _, p := range append([]string{f[0]}, strings.Split(f[len(f)-1], ",")...) {
				ws := phraseWords(p, &toks)
				if want := strings.Fields(strings.Join(ws, " ")); !slices.Equal(ws, want) {
					t.Errorf("phraseWords(%q) = %q, want %q", p, ws, want)
				}
			}
		}
	}
}

package names

import (
	"strings"
	"testing"
)

// checkFixWordAnyLocal holds fixWordAnyLocal to FixWordLocal without
// local words and, when it reports its answer holds for every Local, with
// the local words of fixLocals, the word itself, and words a letter away
// from it, which local words repair most readily; FixWordLazy to
// FixWordLocal with each, making the Local only when fixWordAnyLocal
// reports its answer does not hold for every Local.
func checkFixWordAnyLocal(t *testing.T, g *Gazetteer, word string) {
	t.Helper()
	f, ok, anyLocal := fixWordAnyLocal(g, word)
	if want, wantOK := g.FixWordLocal(word, nil); f != want || ok != wantOK {
		t.Fatalf("fixWordAnyLocal(%q) = %+v, %v; FixWordLocal gives %+v, %v", word, f, ok, want, wantOK)
	}
	locals := append(fixLocals, []string{word}, []string{"Summit", word + " Jr"})
	if len(word) > 3 {
		b := []byte(word)
		b[1], b[2] = b[2], b[1]
		locals = append(locals, []string{word[:len(word)-1]}, []string{word + "s", word + "a"}, []string{string(b)}, []string{word[:2] + word[1:]})
		// Words of which word is an OCR garble.
		for _, p := range [][2]string{{"rn", "m"}, {"1", "l"}, {"c", "e"}, {"u", "n"}, {"ri", "n"}} {
			if o := strings.Replace(word, p[0], p[1], 1); o != word {
				locals = append(locals, []string{o}, []string{"Sergei Lavrov", o})
			}
		}
	}
	for _, local := range locals {
		l, made := NewLocal(local), false
		got, gotOK, gotAny := g.FixWordLazy(word, func() *Local { made = true; return l })
		if want, wantOK := g.FixWordLocal(word, l); got != want || gotOK != wantOK || gotAny != anyLocal || made == anyLocal {
			t.Fatalf("FixWordLazy(%q, %q) = %+v, %v, %v, made %v; FixWordLocal gives %+v, %v, fixWordAnyLocal %v", word, local, got, gotOK, gotAny, made, want, wantOK, anyLocal)
		}
	}
	if !anyLocal {
		if !ok {
			checkFixWordAgain(t, g, word, locals)
		}
		return
	}
	for _, local := range locals {
		if got, gotOK := g.FixWordLocal(word, NewLocal(local)); got != f || gotOK != ok {
			t.Fatalf("fixWordAnyLocal(%q) = %+v, %v for every Local; FixWordLocal with %q gives %+v, %v", word, f, ok, local, got, gotOK)
		}
	}
}

// TestFixWordAnyLocal checks fixWordAnyLocal on the words TestKeeps
// checks, with the default and the small gazetteer.
func TestFixWordAnyLocal(t *testing.T) {
	for _, g := range []*Gazetteer{Default(), loadMini(t)} {
		ws := letterWords(t, g)
		alone := 0
		for i, w := range ws {
			if _, _, anyLocal := fixWordAnyLocal(g, w); anyLocal {
				alone++
			}
			checkFixWordAnyLocal(t, g, w)
			if i%20 == 0 {
				for _, pw := range []string{w + ",", "(" + w + ")", "Indo-" + w, w + "'s", "al-" + w + ".", w + "-" + w} {
					checkFixWordAnyLocal(t, g, pw)
				}
			}
		}
		t.Logf("%d words, %d alone", len(ws), alone)
	}
}

func FuzzFixWordAnyLocal(f *testing.F) {
	for _, w := range []string{"Putin", "Poutinsaid", "Russia's", "al-Maliki", "Merke1", "Xijinping", "Putiri", "Lavrow", "Children", "It", "Niinistö", "Erdoan", "U.S.", "Biden’s"} {
		f.Add(w)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, w string) {
		checkFixWordAnyLocal(t, g, w)
	})
}

// checkFixWordAgain holds FixWordAgain to FixWordLocal on a word of which
// fixWordAnyLocal reported no repair, and an answer that does not hold for
// every Local, with each of locals.
func checkFixWordAgain(t *testing.T, g *Gazetteer, word string, locals [][]string) {
	t.Helper()
	for _, local := range locals {
		l := NewLocal(local)
		got, gotOK := g.FixWordAgain(word, l)
		if want, wantOK := g.FixWordLocal(word, l); got != want || gotOK != wantOK {
			t.Fatalf("FixWordAgain(%q, %q) = %+v, %v; FixWordLocal gives %+v, %v", word, local, got, gotOK, want, wantOK)
		}
	}
}

// fixWordAnyLocal is FixWordLazy of word without local words.
func fixWordAnyLocal(g *Gazetteer, word string) (f Fix, ok, anyLocal bool) {
	return g.FixWordLazy(word, func() *Local { return nil })
}

// TestLetterStart holds letterStart, FixWordLazy's first steps in one for
// a word of ASCII letters, to those steps as FixWordLazy takes them for
// any word: keeps, peel, KeyBytes and coreStart, on the words TestKeeps
// checks and the run-together names, with the default gazetteer (the
// small one has no interned words: letterStart passes its words by).
func TestLetterStart(t *testing.T) {
	g := Default()
	ws := letterWords(t, g)
	for k := range g.squashed {
		ws = append(ws, k, strings.ToUpper(k[:1])+k[1:])
	}
	fast, searched := 0, 0
	for _, w := range ws {
		var buf [maxFuzzyWord]byte
		step, squashed, ok := g.letterStart(&buf, w)
		if !ok {
			if isLetterWord(w) && len(w) <= maxFuzzyWord {
				t.Fatalf("letterStart passes by %q, a word of ASCII letters", w)
			}
			continue
		}
		fast++
		wantStep, wantSquashed, wantKey := coreKept, "", ""
		if !g.keeps(w) {
			_, _, core, _, _, peeled := peel(w)
			if !peeled || core != w {
				t.Fatalf("peel(%q) = %q, %v: not the word itself", w, core, peeled)
			}
			var kb [maxFuzzyWord]byte
			wantKey = string(KeyBytes(kb[:], w))
			wantStep, wantSquashed = g.coreStart(wantKey)
		}
		if step != wantStep || squashed != wantSquashed || step != coreKept && string(buf[:len(w)]) != wantKey {
			t.Fatalf("letterStart(%q) = %v, %q, key %q; the steps give %v, %q, key %q", w, step, squashed, buf[:len(w)], wantStep, wantSquashed, wantKey)
		}
		if step != coreKept {
			searched++
		}
	}
	t.Logf("%d words, %d by letterStart, %d of them searched on", len(ws), fast, searched)
	if searched == 0 || searched == fast {
		t.Errorf("letterStart settles %d of %d words: no test of both ways", fast-searched, fast)
	}
}

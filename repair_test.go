package readout

import (
	"slices"
	"testing"
)

// TestWordFixMemo holds wordFixOf, which remembers its answers per
// document, to plainWord and FixWordLocal asked anew, for every
// capitalised word of the corpus, against no local words and each
// document's, in turn: each document in a memo of its own, and all in one
// memo, which outgrows its first fewMemo words.
func TestWordFixMemo(t *testing.T) {
	texts, _ := corpusTexts(t)
	// Words a local word repairs, or repairs otherwise.
	const garbled = "Erdoan met Erdogan and Tokayev's Tokaev, Poutinsaid, Merke1 Nasarbajew Xijinping."
	texts = append(texts, garbled)
	shared := newDocument("")
	defer shared.release()
	for _, text := range texts {
		d := newDocument(text)
		d.parse()
		words := d.appendLocalWords(nil)
		d.release()
		if text == garbled {
			words = []string{"Recep Erdogan", "Tokayev", "Nazarbayev", "Merkel"}
		}
		toks := tokenize(text, 0, len(text), nil)
		own := newDocument(text)
		// Two lazyLocals of the same words: the memo tells them apart.
		for _, l := range []*lazyLocal{nil, {words: words}, nil, {words: words}} {
			for _, m := range []*document{own, shared} {
				for i := range toks {
					tok := &toks[i]
					if tok.cls&(clsCap|clsPrefixed) == 0 || tok.cls&clsSettled != 0 || !tok.word || len(tok.text) < 4 {
						continue
					}
					settled, gotFix, gotOK := m.wordFixOf(tok, l)
					plain := m.plainWord(tok)
					fix, ok := m.gaz.FixWordLocal(stripPossessive(tok.text), l.get())
					// The word is repaired when it is not plain and
					// FixWordLocal repairs it; settled, it is neither
					// repaired nor one FixWordLocal repairs unless plain.
					if repairs, want := !settled && gotOK, !plain && ok; repairs != want || repairs && gotFix != fix || settled && ok && !plain {
						t.Fatalf("wordFixOf(%q) = %v, %+v, %v; plainWord gives %v, FixWordLocal %+v, %v", tok.text, settled, gotFix, gotOK, plain, fix, ok)
					}
				}
			}
		}
		own.release()
	}
	// No plain word of the corpus is one FixWordLocal repairs, which
	// askPlain must then ask plainWord about: "U.S." stands for one.
	us := tokenize("U.S.", 0, len("U.S."), nil)[0]
	for _, l := range []*lazyLocal{nil, {}} {
		f := wordFix{ok: true}
		if shared.askPlain(&f, &us, l); !f.known || !f.plain {
			t.Errorf("askPlain of a repaired %q with local %v: known %v, plain %v", us.text, l, f.known, f.plain)
		}
	}
	if len(shared.wordFixes.entries) <= fewMemo {
		t.Errorf("the shared memo holds %d words, no more than fewMemo", len(shared.wordFixes.entries))
	}
}

// TestHeadSettled holds the repairs with local words, which pass by the
// sentences of the title and lead that the repairs without them found
// settled, to repairTokens: with the document's local words it repairs
// nothing in those sentences.
func TestHeadSettled(t *testing.T) {
	texts, _ := corpusTexts(t)
	settled := 0
	for _, text := range texts {
		d := newDocument(text)
		d.parse()
		head := append(append([]int(nil), d.titleSents...), d.leadSents...)
		n := len(d.repairs)
		for i, si := range head {
			if i >= 64 || d.headSettled&(1<<i) == 0 {
				continue
			}
			settled++
			toks := d.tokenize(si, nil)
			got := d.repairTokens(slices.Clone(toks), d.local)
			if len(d.repairs) != n || !slices.Equal(got, toks) {
				t.Fatalf("repairTokens repairs settled sentence %q: %+v", text[d.sents[si].start:d.sents[si].end], d.repairs[n:])
			}
		}
		d.release()
	}
	if settled == 0 {
		t.Error("no sentence of the corpus is settled")
	}
	t.Logf("%d settled sentences", settled)
}

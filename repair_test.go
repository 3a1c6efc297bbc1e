package readout

import "testing"

// TestWordFixMemo holds wordFixOf, which remembers its answers per
// document, to plainWord and FixWordLocal asked anew, for every
// capitalised word of the corpus, against no local words and each
// document's, in turn: each document in a memo of its own, and all in one
// memo, which outgrows its first fewWordFixes words.
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
					gotPlain, gotFix, gotOK := m.wordFixOf(tok, l)
					if plain := m.plainWord(tok); gotPlain != plain {
						t.Fatalf("wordFixOf(%q) plain = %v, want %v", tok.text, gotPlain, plain)
					} else if plain {
						continue
					}
					fix, ok := m.gaz.FixWordLocal(stripPossessive(tok.text), l.get())
					if gotFix != fix || gotOK != ok {
						t.Fatalf("wordFixOf(%q) = %+v, %v, want %+v, %v", tok.text, gotFix, gotOK, fix, ok)
					}
				}
			}
		}
		own.release()
	}
	if len(shared.wordFixes) <= fewWordFixes {
		t.Errorf("the shared memo holds %d words, no more than fewWordFixes", len(shared.wordFixes))
	}
}

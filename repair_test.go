package readout

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestWordFixMemo holds wordFixOf, which remembers its answers from
// document to document, to plainWord and FixWordLocal asked anew, for
// every capitalised word of the corpus, against no local words and each
// document's, in turn: each document in the memo of its scratch, kept
// from the documents before it, against local words at the same place in
// each (as the scratch's are), and all in one document's memo, which
// holds the words of many.
func TestWordFixMemo(t *testing.T) {
	texts, _ := corpusTexts(t)
	// Words a local word repairs, or repairs otherwise.
	const garbled = "Erdoan met Erdogan and Tokayev's Tokaev, Poutinsaid, Merke1 Nasarbajew Xijinping."
	texts = append(texts, garbled)
	shared := newDocument("")
	defer shared.release()
	most := 0 // the most words a text asks
	for _, text := range texts {
		d := newDocument(text)
		d.parse()
		words := d.appendLocalWords(nil)
		d.release()
		if text == garbled {
			words = []string{"Recep Erdogan", "Tokayev", "Nazarbayev", "Merkel"}
		}
		// The words the repairs are asked about: capitalised or
		// prefixed, not settled, of 4 bytes or more.
		var toks []token
		asked := map[string]bool{}
		for _, tok := range tokenize(text, 0, len(text), nil) {
			if tok.cls&(clsCap|clsPrefixed) != 0 && tok.cls&clsSettled == 0 && tok.word && len(tok.text) >= 4 {
				toks = append(toks, tok)
				asked[tok.text] = true
			}
		}
		most = max(most, len(asked))
		own := newDocument(text)
		// Two lazyLocals of the same words: the memo tells them apart,
		// and the scratch's from an earlier document's.
		own.sc.locals[0] = lazyLocal{words: words}
		for _, l := range []*lazyLocal{nil, &own.sc.locals[0], nil, {words: words}} {
			for _, m := range []*document{own, shared} {
				for i := range toks {
					tok := &toks[i]
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
	if len(shared.wordFixes.entries) <= most {
		t.Errorf("the shared memo holds %d words: no more than the %d of one text", len(shared.wordFixes.entries), most)
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

// wordFixTexts returns the readouts of the corpus and of testdata, and
// texts of garbled names that the participants' words repair.
func wordFixTexts(t *testing.T) []string {
	texts, _ := corpusTexts(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	// A name of no gazetteer, which the local words of the first text
	// only repair.
	return append(texts,
		"Readout of President Biden's Call with President Zorbulat Kemeridze\n\nPresident Biden spoke today with President Zorbulat Kemeridze. Kemeridse said the talks went well. President Kemerldze agreed.",
		"Readout of President Biden's Call with Prime Minister Rishi Sunak\n\nPresident Biden spoke today with Prime Minister Rishi Sunak. They discussed trade.\n\nThe leaders spoke of Georgia, where Kemerldze leads a party. President Kemerldze said so.",
		"President Recep Tayyip Erdogan met President Kassym-Jomart Tokayev.\n\nErdoan and Tokaev discussed trade. Erdogan’s and Tokayev's aides, Poutinsaid.")
}

// TestWordFixKeepsNoText holds the memo of wordFixOf, which outlives a
// document, to keeping no string of the texts parsed: it keeps the words
// it was asked about as their memoKeys, and their repairs, which local
// words spell as the text does (as a participant's mentions give them),
// must be copies.
func TestWordFixKeepsNoText(t *testing.T) {
	texts := wordFixTexts(t)
	local := "Zorbulat Kemeridze, Zorbulatovich"
	texts = append(texts, local+" met Kemerldze, Kemeridse and Zorbulatovicb")
	for i, text := range texts {
		from := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		of := func(s string) bool {
			p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
			return s != "" && from <= p && p < from+uintptr(len(text))
		}
		d := newDocument(text)
		sc := d.sc
		if i < len(texts)-1 {
			d.parse()
		} else {
			l := &lazyLocal{words: strings.Split(text[:len(local)], " ")}
			ofText := 0
			for _, tok := range tokenize(text, 0, len(text), nil) {
				if fix, ok := d.gaz.FixWordLocal(tok.text, l.get()); ok && of(fix.To) {
					ofText++
				}
				d.wordFixOf(&tok, nil)
				d.wordFixOf(&tok, l)
			}
			if ofText == 0 {
				t.Errorf("no repair of %q to its local words", text)
			}
		}
		d.release()
		for _, e := range sc.wordFixes.entries {
			if of(e.val.fix.To) {
				t.Fatalf("the memo keeps %q, a repair, of the text", e.val.fix.To)
			}
		}
	}
}

// TestWordFixWarm holds the parses of texts with the memo of wordFixOf
// kept from the documents before them, in two orders, to parses with the
// memo emptied.
func TestWordFixWarm(t *testing.T) {
	texts := wordFixTexts(t)
	warm := 0 // the parses that found a kept memo: the pool may drop it
	parse := func(text string, cold bool) string {
		d := newDocument(text)
		if cold {
			*d.wordFixes = wordTable[wordFix]{}
		} else if len(d.wordFixes.entries) > 0 {
			warm++
		}
		b, err := json.Marshal(d.parse())
		d.release()
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		want[i] = parse(text, true)
	}
	for _, order := range []string{"forward", "backward"} {
		for k := range texts {
			i := k
			if order == "backward" {
				i = len(texts) - 1 - k
			}
			if got := parse(texts[i], false); got != want[i] {
				t.Fatalf("%s, text %d: with a kept memo\n%s\nwith an empty one\n%s", order, i, got, want[i])
			}
		}
	}
	if warm == 0 {
		t.Error("no parse found a kept memo")
	}
}

// TestWordTable holds a wordTable's find to the values added, up to the
// most a document keeps, to none for a word longer than maxMemoWord, which
// it does not keep, and keepUpTo to keeping its values for the next
// document until it holds more than its bound, and then starting afresh;
// and its size to room for memoSize values in a table at most half full.
func TestWordTable(t *testing.T) {
	if wordTableSize < 2*memoSize || wordTableSize&(wordTableSize-1) != 0 {
		t.Fatalf("a wordTable of %d slots for %d values", wordTableSize, memoSize)
	}
	var m wordTable[int]
	if m.find("Name") != nil {
		t.Fatal("the zero wordTable finds a word")
	}
	word := func(k int) string { return "Name" + strconv.Itoa(k) }
	const bound = maxKeptWords
	for k := range bound {
		m.add(word(k), k)
		for _, j := range []int{0, k / 2, k} {
			if v := m.find(word(j)); v == nil || *v != j {
				t.Fatalf("with %d values: find(%q) = %v", k+1, word(j), v)
			}
		}
		if m.find("None") != nil || m.find(word(k+1)) != nil {
			t.Fatalf("with %d values: find of a word not added found one", k+1)
		}
	}
	long := strings.Repeat("Long", maxMemoWord)
	m.add(long, 1)
	if len(m.entries) != bound || m.find(long) != nil {
		t.Errorf("a word of %d bytes is kept", len(long))
	}
	m.keepUpTo()
	for k := range bound {
		if v := m.find(word(k)); v == nil || *v != k {
			t.Fatalf("after keepUpTo: find(%q) = %v", word(k), v)
		}
	}
	m.add(word(bound), bound)
	m.keepUpTo()
	if len(m.entries) != 0 || m.find(word(1)) != nil {
		t.Errorf("after keepUpTo past the bound: %d values", len(m.entries))
	}
	m.add(word(1), 1)
	if v := m.find(word(1)); v == nil || *v != 1 {
		t.Errorf("afresh: find(%q) = %v", word(1), v)
	}
}

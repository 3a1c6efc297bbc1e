package readout

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/readout-go/readout/internal/names"
)

func TestOfficeTitle(t *testing.T) {
	for in, want := range map[string]string{
		"":                                    "",
		"President":                           "President",
		"president":                           "President",
		"His Majesty King":                    "King",
		"prime minister":                      "Prime Minister",
		"The Right Honourable Prime Minister": "Prime Minister",
		"vice-president":                      "Vice-President",
		"H.E. Mr. Foreign Minister":           "Foreign Minister",
		"Président":                           "Président",
		"président":                           "Président",
		"Secretary  General":                  "Secretary General",
		"2nd":                                 "2nd",
	} {
		if got := officeTitle(in); got != want {
			t.Errorf("officeTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzOfficeWord holds the ASCII path of titleCaseWord, which office
// titles use, to titleCaseRunes.
func FuzzOfficeWord(f *testing.F) {
	for _, w := range []string{"President", "president", "of", "his", "vice-president", "o'neil", "ǆemal", "2nd", "É"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := titleCaseWord(w), titleCaseRunes(w); got != want {
			t.Errorf("titleCaseWord(%q) = %q, want %q", w, got, want)
		}
	})
}

// FuzzAppendLowerBytes holds appendLowerBytes to strings.ToLower.
func FuzzAppendLowerBytes(f *testing.F) {
	for _, s := range []string{"Readout of", "PRESIDENT’S MEETING", "İstanbul", "K\u212aelvin", "ΣΑΣ", "a\xffb", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLowerBytes(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLowerBytes(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzHasLowerPrefix holds hasLowerPrefix to strings.ToLower.
func FuzzHasLowerPrefix(f *testing.F) {
	for _, s := range []string{"PM call with", "PM’s call with X", "pm’S CALL", "İstanbul", "K\u212a", "a\xffb", "\xe2\x80", "", "@x", "[x"} {
		f.Add(s, "pm’s call with")
		f.Add(s, "pm call")
		f.Add(s, "")
		f.Add(s, "`x")
		f.Add(s, "{x")
	}
	f.Fuzz(func(t *testing.T, s, prefix string) {
		if got, want := hasLowerPrefix(s, prefix), strings.HasPrefix(strings.ToLower(s), prefix); got != want {
			t.Errorf("hasLowerPrefix(%q, %q) = %v, want %v", s, prefix, got, want)
		}
	})
}

// FuzzHousesFor holds the houses findHouseHost reads of a title, which
// housesFor picks by its first byte, to the houses of the data file in
// their order: the first whose prefix starts the title in lower case is
// the same, of either kind.
func FuzzHousesFor(f *testing.F) {
	l := theLexicon()
	for _, h := range l.houses {
		f.Add(h.prefix + " X")
		f.Add(strings.ToUpper(h.prefix))
		f.Add(h.prefix[:len(h.prefix)/2])
	}
	for _, s := range []string{"Readout of President Biden’s Call", "", "\x00pm call with", "\u212a", "İstanbul", "\xe2\x80", "Телефонный разговор", "PM’S CALL WITH"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		for _, fallback := range []bool{false, true} {
			var want *house
			for _, r := range records(housesTSV) {
				if len(r) >= 3 && (len(r) > 3 && r[3] == "fallback") == fallback && strings.HasPrefix(strings.ToLower(title), strings.ToLower(r[0])) {
					want = &house{strings.ToLower(r[0]), r[1], r[2], fallback}
					break
				}
			}
			var got *house
			for _, h := range l.housesFor(title) {
				if h.fallback == fallback && hasLowerPrefix(title, h.prefix) {
					got = &h
					break
				}
			}
			if (got == nil) != (want == nil) || got != nil && *got != *want {
				t.Errorf("housesFor(%q) finds house %v, the data file %v", title, got, want)
			}
		}
	})
}

// FuzzHostFirstTitle holds hostFirstTitle, which reads most titles
// without lower-casing them, to hostFirstLower.
func FuzzHostFirstTitle(f *testing.F) {
	for _, s := range []string{"Readout of President Biden’s Call", "REMARKS BY THE PRESIDENT", "The President’s Meeting with X", "President's MEETING",
		"Remarks  by", "readout", "’s meeting", "’S MEETINGS", "Remar\u212as by", "President’s Meet\u0130ng", "Rémarks by", "a\xffreadout of", "\xe2\x80s meeting", "'", "",
		"President—’s meeting", "Ⅰ’s Meeting", "Élysée'S MEETING", "\xe2’s meeting", "\xf0\x9f’s meeting", "Президент’s meeting", "Remarks by the Président"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hostFirstTitle(s), hostFirstLower(s); got != want {
			t.Errorf("hostFirstTitle(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestKeySig checks that a keySig rules out no key it holds, whatever
// its bytes and length, and that it rules out others.
func TestKeySig(t *testing.T) {
	keys := []string{"", "putin", "xi", "von", "путин", "erdogan", strings.Repeat("a", 70), "7"}
	var s keySig
	for _, k := range keys {
		s.add(k)
	}
	for _, k := range keys {
		if !s.has(sigBit(k)) || !s.has(sigBit([]byte(k))) {
			t.Errorf("keySig rules out %q, which it holds", k)
		}
	}
	if s.has(sigBit("merkel")) {
		t.Errorf("keySig holds %q, which it was not given", "merkel")
	}
}

// unresolved returns a copy of ms without the participant and match of
// the named mentions, which findMentionSpans resolves in place.
func unresolved(ms []mention) []mention {
	out := slices.Clone(ms)
	for i := range out {
		if m := &out[i]; m.name != "" && !m.former {
			m.participant, m.match = 0, names.Match{}
		}
	}
	return out
}

// TestSpanMentions holds the mentions findMentionSpans reuses from the
// reading of the participants to those findMentions finds once all the
// participants are known, on every text of the dev corpus and on texts
// that name a participant by a lone word before naming them in full. It
// compares them but for what findMentionSpans has since resolved in place
// (see unresolved).
func TestSpanMentions(t *testing.T) {
	texts := []string{
		"Meeting with President Alfredo Zorgbert\n\nZorgbert and President Alfredo Zorgbert of France met in Paris. They discussed trade.\n",
		"Readout of the Call\n\nPresident Biden spoke with Zorgbert today. Prime Minister Idris Zorgbert of Ruritania thanked him.\n",
	}
	files, _ := filepath.Glob(filepath.Join(sharedDir(t), "corpus", "dev", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	reused := 0
	for _, text := range texts {
		d := newDocument(text)
		d.parse()
		for _, h := range d.heads {
			got := d.spanMentions(h.toks)
			// Empty is empty, nil or not: a pooled scratch's arena may be
			// new (the race detector drops pooled items at random).
			if want := d.findMentions(h.toks); !reflect.DeepEqual(unresolved(got), unresolved(want)) && len(got)+len(want) > 0 {
				t.Errorf("%.40q: spanMentions = %+v, want %+v", text, got, want)
			}
			if len(got) > 0 && len(h.mentions) > 0 && &got[0] == &h.mentions[0] {
				reused++
			}
		}
		d.release()
	}
	if reused == 0 {
		t.Error("spanMentions reused no mentions")
	}
}

// TestPartIndex holds the participant findParticipants takes a named
// mention to name when addParty leaves the participants as they are, the
// one resolve found, to partIndex: on the title and lead of every text of
// the dev corpus, with each leading run of its participants.
func TestPartIndex(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(t), "corpus", "dev", "*.txt"))
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := newDocument(string(b))
		d.parse()
		all := d.parts
		for k := range len(all) + 1 {
			d.parts = all[:k]
			for _, h := range d.heads {
				for _, m := range h.mentions {
					if m.name == "" || m.former {
						continue
					}
					d.resolve(&m)
					if got := d.partIndex(&m); got != m.participant {
						t.Errorf("%s: %q with %d participants: partIndex = %d, resolve found %d", f, m.name, k, got, m.participant)
					}
					checked++
				}
			}
		}
		d.parts = all
		d.release()
	}
	if checked == 0 {
		t.Error("no mentions checked")
	}
}

// TestSpanResolve holds spanResolve to resolve for the named mentions
// whose words name no participant, in every sentence of every text of the
// dev and unlabeled corpus.
func TestSpanResolve(t *testing.T) {
	texts, _ := corpusTexts(t)
	checked, found := 0, 0
	for _, text := range texts {
		d := newDocument(text)
		d.parse()
		for si := range d.sents {
			for _, m := range d.findMentions(d.tokens(si)) {
				if m.name == "" || m.former || d.nameParticipant(&m) >= 0 {
					continue
				}
				got, want := m, m
				d.spanResolve(&got)
				d.resolve(&want)
				if got.participant != want.participant || got.match != want.match {
					t.Errorf("%.40q: %q: spanResolve found %d (%v), resolve %d (%v)", text, m.name, got.participant, got.match.Person, want.participant, want.match.Person)
				}
				checked++
				if want.participant >= 0 {
					found++
				}
			}
		}
		d.release()
	}
	if checked == 0 || found == 0 {
		t.Errorf("checked %d mentions, %d of a participant", checked, found)
	}
}

// TestSpanParticipant holds spanParticipant, which remembers its answers
// in a list and then in a map, to nameParticipant, on every named mention
// of every text of the dev and unlabeled corpus.
func TestSpanParticipant(t *testing.T) {
	texts, _ := corpusTexts(t)
	mapped := false
	for _, text := range texts {
		d := newDocument(text)
		d.parse()
		for si := range d.sents {
			for _, m := range d.findMentions(d.tokens(si)) {
				if m.name == "" || m.former {
					continue
				}
				if got, want := d.spanParticipant(&m), d.nameParticipant(&m); got != want {
					t.Errorf("%.40q: spanParticipant(%q) = %d, nameParticipant %d", text, m.name, got, want)
				}
			}
		}
		mapped = mapped || len(d.spanNames.index) > 0
		d.release()
	}
	if !mapped {
		t.Error("no text named more people than the list holds")
	}
}

// TestLowers holds the lexicon's lower case of each office, which
// appendTitle uses instead of making it, to strings.ToLower, and the
// offices, which addParty takes as they are, to valid UTF-8.
func TestLowers(t *testing.T) {
	lex := theLexicon()
	for _, o := range lex.offices {
		if got, want := lex.lowers[o], strings.ToLower(o); got != want {
			t.Errorf("lowers[%q] = %q, want %q", o, got, want)
		}
		if !utf8.ValidString(o) {
			t.Errorf("office %q is not valid UTF-8", o)
		}
	}
}

// TestPeopleValid holds the gazetteer's names, which addParty takes as
// they are, to valid UTF-8.
func TestPeopleValid(t *testing.T) {
	for _, p := range names.Default().People() {
		if !utf8.ValidString(p.Name) {
			t.Errorf("name %q is not valid UTF-8", p.Name)
		}
	}
}

// TestNameKeys holds the keys nameKeys remembers for a gazetteer person's
// name to names.Key of each word, asked for the first time and again.
func TestNameKeys(t *testing.T) {
	d := newDocument("x")
	defer d.release()
	for _, person := range names.Default().People()[:50] {
		var want []string
		for _, w := range strings.Fields(person.Name) {
			want = append(want, names.Key(w))
		}
		p := d.newParty(person.Name, person)
		for range 2 {
			if got := d.nameKeys(nil, p); !reflect.DeepEqual(got, want) {
				t.Errorf("nameKeys(%q) = %q, want %q", person.Name, got, want)
			}
		}
	}
}

// FuzzCapIsWord holds the tokens findMentionSpans reads to the rule its
// first test relies on: only a word is capitalised, as tokenized and as
// repaired.
func FuzzCapIsWord(f *testing.F) {
	for _, s := range []string{"President Biden met Chancellor Scholz.", "Putinsaid: «Yes», — 'No'!", "U.S. - EU (Brussels) ... Biclen’s", "\xffA b\u00a0C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if blank(text) {
			return
		}
		d := newDocument(text)
		defer d.release()
		d.parse()
		for si := range d.sents {
			for _, tok := range d.tokens(si) {
				if tok.cap() && !tok.word {
					t.Errorf("%q: token %q is capitalised but no word", text, tok.text)
				}
			}
		}
	})
}

// TestOfficeOfLast holds officeOf, which remembers its last answer, to
// officeOfMaps: every office of the lexicon and some titles of none are
// asked one after another, each twice in a row, and again in the reverse
// order, of one document.
func TestOfficeOfLast(t *testing.T) {
	d := newDocument("x")
	defer d.release()
	fresh := newDocument("x")
	defer fresh.release()
	titles := []string{"", "His Majesty King", "Russian president", "Prime Minister", "prime minister", "Président", "\xffKing"}
	for title := range d.lex.offices {
		titles = append(titles, title)
	}
	slices.Sort(titles)
	check := func(title string) {
		o, lex := d.officeOf(title)
		wo, wlex := "", true
		if title != "" {
			wo, wlex = fresh.officeOfMaps(title)
		}
		if o != wo || lex != wlex {
			t.Errorf("officeOf(%q) = %q, %v; want %q, %v", title, o, lex, wo, wlex)
		}
	}
	for _, title := range titles {
		check(title)
		check(title)
	}
	for i := len(titles) - 1; i >= 0; i-- {
		check(titles[i])
	}
}

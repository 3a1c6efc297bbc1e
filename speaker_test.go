package readout

import (
	"reflect"
	"strings"
	"testing"

	"github.com/readout-go/readout/internal/names"
)

// TestCountryRuns checks that countryRuns reads the names Demonym knows:
// every one is a run, with and without "the", and so is every one-word name.
func TestCountryRuns(t *testing.T) {
	runs := theLexicon().countryRuns
	g := names.Default()
	keys := names.DemonymKeys()
	if len(keys) < 100 {
		t.Errorf("read %d demonyms, want the whole list", len(keys))
	}
	for _, k := range keys {
		if _, ok := g.Demonym(k); !ok {
			t.Errorf("Demonym(%q) knows no country", k)
		}
		if !runs[k] || !runs["the "+k] {
			t.Errorf("key %q not a country run", k)
		}
	}
	for _, k := range names.DemonymWords() {
		if !runs[k] {
			t.Errorf("one-word demonym %q not a country run", k)
		}
	}
}

// ofCountryEvery is ofCountry as it was before countryRuns: it asks
// Demonym of every run of up to six words.
func (d *document) ofCountryEvery(toks []token, i int) (string, int) {
	if i+1 >= len(toks) || toks[i].lower() != "of" {
		return "", i
	}
	j := i + 1
	if toks[j].lower() == "the" {
		j++
	}
	best, bestEnd := "", i
	for k := j; k < len(toks) && k < j+6; k++ {
		if !toks[k].word || !(toks[k].cap() || toks[k].lower() == "of" || toks[k].lower() == "and") {
			break
		}
		if c, ok := d.demonym(d.phrase(toks[j:k+1], true)); ok {
			best, bestEnd = c, k+1
		}
	}
	return best, bestEnd
}

// countryAtEvery is countryAt as it was before countryRuns.
func (d *document) countryAtEvery(toks []token, i int) (string, int) {
	best, bestEnd := "", i
	for k := i; k < len(toks) && k < i+4; k++ {
		if c, ok := d.demonym(d.phrase(toks[i:k+1], false)); ok {
			best, bestEnd = c, k+1
		}
	}
	return best, bestEnd
}

var countryTexts = []string{
	"of Greece", "of the Russian Federation Vladimir Putin", "of the United States of America Joe Biden",
	"of Bosnia and Herzegovina", "of the Democratic People's Republic of Korea Kim Jong Un",
	"of Côte d'Ivoire", "of Cote d'Ivoire Alassane Ouattara", "of Russia's Far East", "of The Gambia",
	"of the the Bahamas", "of U.S.", "of Ŀ0 \xb5", "of Sri Lanka", "of New Zealand", "of the Chinese side",
}

func TestOfCountry(t *testing.T) {
	for _, text := range countryTexts {
		checkOfCountry(t, text)
	}
}

// FuzzOfCountry holds ofCountry and countryAt, which stop at a run of
// words no country name starts with, to the searches that try every run.
func FuzzOfCountry(f *testing.F) {
	for _, text := range countryTexts {
		f.Add(text)
	}
	f.Fuzz(checkOfCountry)
}

func checkOfCountry(t *testing.T, text string) {
	d := newDocument(text)
	defer d.release()
	toks := tokenize(text, 0, len(text), nil)
	for i := range toks {
		c, k := d.ofCountry(toks, i)
		if wc, wk := d.ofCountryEvery(toks, i); c != wc || k != wk {
			t.Errorf("ofCountry(%q, %d) = %q, %d; want %q, %d", text, i, c, k, wc, wk)
		}
		c, k = d.countryAt(toks, i)
		if wc, wk := d.countryAtEvery(toks, i); c != wc || k != wk {
			t.Errorf("countryAt(%q, %d) = %q, %d; want %q, %d", text, i, c, k, wc, wk)
		}
	}
}

// FuzzRunKey holds the key longestCountry builds word by word
// (appendRunKey) to names.Key of the words joined.
func FuzzRunKey(f *testing.F) {
	for _, text := range countryTexts {
		f.Add(text)
	}
	f.Add("U.S.-Russia relations, the Russia's - ( D.C. ) O'Brien’s")
	f.Fuzz(func(t *testing.T, text string) {
		d := newDocument(text)
		defer d.release()
		toks := tokenize(text, 0, len(text), nil)
		for _, strip := range []bool{false, true} {
			for i := range toks {
				var key []byte
				for k := i; k < len(toks) && isASCII(toks[k].text); k++ {
					key = appendRunKey(key, &toks[k], strip)
					if want := names.Key(d.phrase(toks[i:k+1], strip)); string(key) != want {
						t.Errorf("key of %q = %q, want %q", d.phrase(toks[i:k+1], strip), key, want)
					}
				}
			}
		}
	})
}

// FuzzMayStartMention holds mayStartMention, which findMentions asks
// before mentionAt, to mentionAt: where it rules out a word that may start
// a mention by its classes alone (one that is no name), no mention starts;
// and punctuation, which scanMentions and mentionAt do not test apart, has
// no class.
func FuzzMayStartMention(f *testing.F) {
	for _, text := range []string{
		"In Moscow, President Putin met the Russian President and His Majesty King Abdullah II of Jordan.",
		"During the talks, Mr Medvedev said. After that, RUSSIAN Prime Minister Mishustin and al-Maliki spoke.",
		"The Vice President and Prime Minister Holness; former President X; Chinese President Xi Jinping.",
	} {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := newDocument(text)
		defer d.release()
		toks := tokenize(text, 0, len(text), nil)
		var m mention
		for i := range toks {
			w := &toks[i]
			if !w.word && (w.cls != 0 || mayStartMention(w)) {
				t.Errorf("%q: punctuation %q has class %#x", text, w.text, w.cls)
			}
			if w.word && w.cls&(clsCap|clsMentionStart|clsTitle|clsPrefixed) != 0 && !mayStartMention(w) && d.mentionAt(toks, i, &m) {
				t.Errorf("%q: mentionAt finds %q at %q, which mayStartMention rules out", text, text[toks[m.from].start:toks[m.to-1].end], toks[i].text)
			}
		}
	})
}

// TestIsParticle checks that the length bound of isParticle rules out no
// particle.
func TestIsParticle(t *testing.T) {
	for w := range nameParticles {
		if !isParticle(w) || !isParticle([]byte(w)) {
			t.Errorf("isParticle(%q) = false", w)
		}
	}
	if isParticle("putin") {
		t.Error(`isParticle("putin") = true`)
	}
}

// FuzzWordKeys holds appendWordKeys, which keys a name of ASCII letters,
// digits and spaces itself, to names.KeyBytes of each word strings.Fields
// splits the name into.
func FuzzWordKeys(f *testing.F) {
	for _, name := range []string{
		"Vladimir Putin", "Ursula von der Leyen", "  Xi  Jinping ", "G20", "Nouri al-Maliki",
		"Recep Tayyip Erdoğan", "O'Brien", "D.C.", "Mr\tMedvedev", "Joseph R. Biden, Jr.", "",
	} {
		f.Add(name)
	}
	f.Fuzz(func(t *testing.T, name string) {
		var want []string
		for w := range strings.FieldsSeq(name) {
			want = append(want, string(names.KeyBytes(nil, w)))
		}
		b, ends := appendWordKeys([]byte("x"), []int{1}, name)
		if len(ends) != len(want)+1 || ends[0] != 1 || string(b[:1]) != "x" {
			t.Fatalf("appendWordKeys(%q) = %q, %v; want %q after x", name, b, ends, want)
		}
		for i, w := range want {
			if k := string(b[ends[i]:ends[i+1]]); k != w {
				t.Errorf("appendWordKeys(%q): key %d is %q, want %q", name, i, k, w)
			}
		}
	})
}

// FuzzStripPossessive holds stripPossessive, which rules out a word by its
// last byte, to the search for each ending.
func FuzzStripPossessive(f *testing.F) {
	for _, w := range []string{"Putin's", "Putin’s", "Leaders'", "Leaders’", "Lukas", "s", "'s", "’s", "’", "Xi", ""} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		want := w
		for _, suf := range []string{"’s", "'s", "’", "'"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
				want = w[:len(w)-len(suf)]
				break
			}
		}
		if got := stripPossessive(w); got != want {
			t.Errorf("stripPossessive(%q) = %q, want %q", w, got, want)
		}
	})
}

// TestLookupMemo checks that the document's memo of look-ups answers each
// name and query as the gazetteer does, whatever was asked before.
func TestLookupMemo(t *testing.T) {
	d := newDocument("")
	defer d.release()
	queries := []names.Query{
		{}, {Date: "2020-06-01"}, {Date: "2020-06-01", Titled: true},
		{Date: "2020-06-01", Titled: true, Office: "President", Country: "RU"},
		{Date: "2010-06-01", Country: "RU"}, {Date: "2010-06-01", Titled: true, Office: "Prime Minister"},
	}
	words := []string{"Putin", "Vladimir Putin", "Medvedev", "Kremlin", "Johnson", "President Putin", "Xi"}
	for round := range 3 {
		for i, w := range words {
			for j := range queries {
				q := queries[(i+j+round)%len(queries)]
				if got, want := d.lookup(w, q), d.gaz.Lookup(w, q); got != want {
					t.Errorf("lookup(%q, %+v) = %+v, want %+v", w, q, got, want)
				}
			}
		}
	}
}

// FuzzLeadingMentions holds leadingMentions, which stops when the first
// mention does not start at the first token, to findMentions.
func FuzzLeadingMentions(f *testing.F) {
	for _, text := range []string{
		"President Putin and Chinese President Xi Jinping said", "The President said", "the Putin of Russia",
		"In Moscow, President Putin met the Russian President", "Former President Medvedev spoke", "Russia’s Lavrov",
		"Vladimir Putin", "His Majesty King Abdullah II of Jordan", "He said", "",
	} {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := newDocument(text)
		defer d.release()
		toks := tokenize(text, 0, len(text), nil)
		want := d.findMentions(toks)
		if len(want) > 0 && want[0].from != 0 {
			want = nil
		}
		if got := d.leadingMentions(toks); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("leadingMentions(%q) = %+v, want %+v", text, got, want)
		}
	})
}

// FuzzLowerTitle holds lowerTitle, which takes the lower case of a title
// from the party's titles when they have it, to strings.ToLower.
func FuzzLowerTitle(f *testing.F) {
	f.Add("President", "president")
	f.Add("Prime Minister", "prime minister")
	f.Add("Président", "président")
	f.Add("President", "vice president")
	f.Fuzz(func(t *testing.T, title, low string) {
		p := &party{}
		p.titles = appendUnique(p.titles, strings.ToLower(low))
		p.titles = append(p.titles, low)
		for _, s := range []string{title, low, title} {
			p.Title = s
			if got, want := p.lowerTitle(), strings.ToLower(s); got != want {
				t.Errorf("lowerTitle of %q with titles %q = %q, want %q", s, p.titles, got, want)
			}
		}
	})
}

// FuzzSeveralWords holds severalWords to fieldCount.
func FuzzSeveralWords(f *testing.F) {
	for _, s := range []string{"Putin", "Vladimir Putin", " Putin ", "Xi\tJinping", "Erdoğan", "a\u00a0b", "", " \v "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := severalWords(s), fieldCount(s, 2) > 1; got != want {
			t.Errorf("severalWords(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestKnownWord holds knownWord, which keys a word from its token's lower
// case when that is a key and asks the gazetteer past the document's memo
// of look-ups, to keying the word with names.KeyBytes and asking lookup:
// on every capitalised word of every text of the dev and unlabeled
// corpus, twice, once all its participants are known.
func TestKnownWord(t *testing.T) {
	texts, _ := corpusTexts(t)
	known := 0
	for _, text := range texts {
		d := newDocument(text)
		d.parse()
		for si := range d.sents {
			toks := d.tokens(si)
			for i := range toks {
				tok := &toks[i]
				if !tok.cap() {
					continue
				}
				w := stripPossessive(tok.text)
				want := partWord(d.parts, names.KeyBytes(nil, w)) || d.lookup(w, names.Query{Date: d.date}).Person != nil
				for range 2 {
					if got := d.knownWord(w, tok); got != want {
						t.Errorf("%.40q: knownWord(%q) = %v, want %v", text, w, got, want)
					}
				}
				if want {
					known++
				}
			}
		}
		d.release()
	}
	if known == 0 {
		t.Error("no word known")
	}
}

// FuzzTokenDemonym holds tokenDemonym, which asks DemonymKey with a
// token's lower case when that is its key, and isDemonym, which trusts the
// demonym class of such a token, to demonym of the token's text, on the
// tokens of a text as tokenized and as repaired.
func FuzzTokenDemonym(f *testing.F) {
	for _, s := range []string{
		"Russian President Putin met US and U.S. officials, the UK, USA and Ukrainian ones.",
		"RUSSIAN Chinese French-German Russia's Russia’s American’s \u212aorean \u0130ndian the Russian",
		"G20 COVID-19 al-Maliki Erdoğan Putin's «Yes» \xffA b\u00a0C",
	} {
		f.Add(s)
	}
	for _, k := range names.DemonymKeys() {
		f.Add(k + " " + strings.ToUpper(k) + " " + strings.ToUpper(k[:1]) + k[1:])
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := newDocument(text)
		defer d.release()
		check := func(toks []token) {
			for i := range toks {
				gc, gok := d.tokenDemonym(&toks[i])
				wc, wok := d.demonym(toks[i].text)
				if gc != wc || gok != wok {
					t.Errorf("%q: tokenDemonym(%q) = %q, %v; want %q, %v", text, toks[i].text, gc, gok, wc, wok)
				}
				if toks[i].cls&clsDemonym != 0 && d.isDemonym(&toks[i]) != wok {
					t.Errorf("%q: isDemonym(%q) = %v, want %v", text, toks[i].text, !wok, wok)
				}
			}
		}
		check(tokenize(text, 0, len(text), nil))
		if blank(text) {
			return
		}
		d.parse()
		for si := range d.sents {
			check(d.tokens(si))
		}
	})
}

// FuzzLowIsKey holds lowIsKey, which trusts a word's lack of the demonym
// class, to isKeyWord, on the tokens of a text as tokenized and as
// repaired.
func FuzzLowIsKey(f *testing.F) {
	for _, s := range []string{
		"President Biden met Chancellor Scholz.", "Putinsaid: «Yes», — 'No'!", "U.S. - EU (Brussels) ... Biclen’s",
		"\xffA b\u00a0C", "\u212aim Jong Un and \u0130lham Aliyev", "G20 COVID-19 al-Maliki Erdoğan Putin's",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		check := func(toks []token) {
			for i := range toks {
				if got, want := lowIsKey(&toks[i]), isKeyWord(toks[i].low); got != want {
					t.Errorf("%q: lowIsKey(%q) = %v, want %v", text, toks[i].text, got, want)
				}
			}
		}
		check(tokenize(text, 0, len(text), nil))
		if blank(text) {
			return
		}
		d := newDocument(text)
		defer d.release()
		d.parse()
		for si := range d.sents {
			check(d.tokens(si))
		}
	})
}

// FuzzIsAllCaps holds isAllCaps, which rules out a word that starts with
// a lower-case ASCII letter at once, to allCaps.
func FuzzIsAllCaps(f *testing.F) {
	for _, w := range []string{"PUTIN", "Putin", "putin", "xVI", "5GW", "G20", "aBC", "ÉLYSÉE", "", "a", "Z"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isAllCaps(w), allCaps(w); got != want {
			t.Errorf("isAllCaps(%q) = %v, want %v", w, got, want)
		}
	})
}

// TestSpaced holds spaced, which returns one word without a call, to
// strings.Join, and joinIn of one word to the word, as mentionAt takes it.
func TestSpaced(t *testing.T) {
	for _, words := range [][]string{nil, {}, {"President"}, {"Prime", "Minister"}, {"", "a", ""}, {"Crown Prince", "Prime Minister"}} {
		if got, want := spaced(words), strings.Join(words, " "); got != want {
			t.Errorf("spaced(%q) = %q, want %q", words, got, want)
		}
		if len(words) == 1 {
			if got := joinIn("x President y", 2, words); got != words[0] {
				t.Errorf("joinIn(%q) = %q, want %q", words, got, words[0])
			}
		}
	}
}

// FuzzHasKey holds hasKey, which rules keys out by a party's sig, to a
// search of the party's words, while the words are added, past the room
// that holds them without a set.
func FuzzHasKey(f *testing.F) {
	f.Add("putin vladimir vladimirovich", "putin xi v vladimir")
	f.Add("al bin salman mohammed abdulaziz saud crown prince king", "salman sultan mohammed  bin")
	f.Fuzz(func(t *testing.T, words, keys string) {
		var p party
		p.words = p.wordRoom[:0]
		for _, w := range strings.Split(words, " ") {
			p.addWord(w)
			for _, k := range strings.Split(keys+" "+words, " ") {
				want := false
				for _, pw := range p.words {
					want = want || pw == k
				}
				if got := hasKey(&p, k); got != want || hasKey(&p, []byte(k)) != want {
					t.Fatalf("words %q: hasKey(%q) = %v, want %v", p.words, k, got, want)
				}
			}
		}
	})
}

// TestMentionStartClass checks that every word of mentionStarts, in any
// case, has the class mentionAt asks before it reads the word.
func TestMentionStartClass(t *testing.T) {
	for w := range mentionStarts {
		for _, text := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			toks := tokenize(text, 0, len(text), nil)
			if len(toks) != 1 || toks[0].low != w || toks[0].cls&clsMentionStart == 0 {
				t.Errorf("tokenize(%q) = %+v, want one word %q of class clsMentionStart", text, toks, w)
			}
		}
	}
}

// FuzzMentionSlot checks that the slots of the arena of mentions past its
// length, where mentionAt parses and finds no mention, keep no strings of
// the text, which release clears only up to the length.
func FuzzMentionSlot(f *testing.F) {
	for _, text := range []string{
		"The talks. President Putin met the Russian President and His Majesty King Abdullah II of Jordan.",
		"The Kremlin said the two sides, former President X of Greece and Head of British Petroleum Robert Dudley, met.",
		"The Putin government and the Merkel cabinet.",
	} {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := newDocument(text)
		defer d.release()
		toks := tokenize(text, 0, len(text), nil)
		for i := range toks {
			for _, scan := range []func([]token) []mention{d.leadingMentions, d.findMentions} {
				scan(toks[i:])
				for _, m := range d.mentions[len(d.mentions):cap(d.mentions)] {
					if m.title != "" || m.country != "" || m.name != "" {
						t.Fatalf("%q: a slot past the mentions holds %+v", text, m)
					}
				}
			}
		}
	})
}

// FuzzNameText holds nameText, which takes a name from the text its
// tokens stand in, to joinIn of the words: on every run of two to six
// tokens of a text, as tokenized and as repaired, with the last word whole
// and without a possessive ending, and with a word left out.
func FuzzNameText(f *testing.F) {
	for _, s := range []string{
		"President Vladimir Putin's talks with Xi  Jinping and Martin Luther King, Jr. of Atlanta",
		"Ursula von der Leyen met Nouri al-Maliki’s aide Mohammed bin Salman",
		"Biclen’s call with Presiclent Bidcn and Vladimir\tPutin\u00a0Jr.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := newDocument(text)
		defer d.release()
		check := func(toks []token) {
			for a := range toks {
				for b := a + 2; b <= min(len(toks), a+6); b++ {
					run := toks[a:b]
					words := make([]string, len(run))
					for x := range run {
						words[x] = run[x].text
					}
					last := len(words) - 1
					for _, w := range []string{words[last], stripPossessive(words[last])} {
						words[last] = w
						if got, want := d.nameText(run, words), joinIn(d.text, run[0].start, words); got != want {
							t.Errorf("%q: nameText(%q) = %q, want %q", text, words, got, want)
						}
						if got, want := d.nameText(run, words[1:]), joinIn(d.text, run[0].start, words[1:]); got != want {
							t.Errorf("%q: nameText of %d tokens (%q) = %q, want %q", text, len(run), words[1:], got, want)
						}
					}
				}
			}
		}
		check(tokenize(text, 0, len(text), nil))
		if blank(text) {
			return
		}
		d.parse()
		for si := range d.sents {
			check(d.tokens(si))
		}
	})
}

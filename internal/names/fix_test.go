package names

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestFixWord(t *testing.T) {
	cases := []struct {
		word  string
		local []string
		want  string // "" = no fix
		rule  Rule
	}{
		// Glued.
		{"Poutinsaid", nil, "Putin said", Glued},
		{"Khalifaand", nil, "Khalifa and", Glued},
		{"Al-Kadhimiof", nil, "Al-Kadhimi of", Glued},
		{"Merkelstressed", nil, "Merkel stressed", Glued},
		{"Macronnoted,", nil, "Macron noted,", Glued},
		{"Kernon", []string{"Chancellor Christian Kern"}, "Kern on", Glued},
		{"Zhukovand", []string{"Alexander Zhukov"}, "Zhukov and", Glued},
		// Spacing.
		{"Xijinping", nil, "Xi Jinping", Spacing},
		{"NarendraModi", nil, "Narendra Modi", Spacing},
		// OCR.
		{"Putiri", nil, "Putin", OCR},
		{"Zarclari", nil, "Zardari", OCR},
		{"Merke1", nil, "Merkel", OCR},
		{"Obarna", nil, "Obama", OCR},
		{"Klialifa", nil, "Khalifa", OCR},
		{"Hcrzog", []string{"Isaac Herzog"}, "Herzog", OCR},
		{"Ifi1l", []string{"Gwen Ifill"}, "Ifill", OCR},
		{"al-Ma1iki", nil, "al-Maliki", OCR},
		{"Bideri’s", nil, "Biden’s", OCR},
		// Exonyms and romanisations.
		{"Poetin", nil, "Putin", Transliteration},
		{"Nasarbajew", nil, "Nazarbayev", Transliteration},
		{"Medwedew", nil, "Medvedev", Transliteration},
		{"Loukachenko", nil, "Lukashenko", Transliteration},
		{"Netanjahu", nil, "Netanyahu", Transliteration},
		// Edit distance against local words.
		{"Erdoan", []string{"Recep Tayyip Erdogan"}, "Erdogan", None},
		{"Jeenbckov", []string{"Sooronbay Jeenbekov"}, "Jeenbekov", None},
		// Upper case kept.
		{"PUTIRI", nil, "PUTIN", OCR},

		// Never repaired: names, words, places.
		{"Putin", nil, "", None},
		{"Erdogan", nil, "", None},
		{"Putian", nil, "", None},
		{"Xiamen", nil, "", None},
		{"Sharing", nil, "", None},
		{"Bidding", nil, "", None},
		{"Modified", nil, "", None},
		{"Russian", nil, "", None},
		{"Trumpet", nil, "", None},
		{"Parliament", nil, "", None},
		{"Medvedeva", nil, "", None},
		{"Kazakhstani", []string{"Kazakhstan"}, "", None},
		{"Borissov", []string{"Boyko Borisov"}, "", None},
		{"Heidar", []string{"Heydar Aliyev"}, "", None},
		{"Berdimuhamedov", nil, "", None},
		{"Sanders", nil, "", None},
		{"and", nil, "", None},
		{"", nil, "", None},
		{"Putinsaid", []string{"Vladimir Putin"}, "Putin said", Glued},
		// Edit distance against the gazetteer alone is too weak.
		{"Stoltenbrg", nil, "", None},
	}
	g := Default()
	for _, c := range cases {
		f, ok := g.FixWord(c.word, c.local)
		if c.want == "" {
			if ok {
				t.Errorf("FixWord(%q, %q) = %+v, want no fix", c.word, c.local, f)
			}
			continue
		}
		if !ok || f.To != c.want {
			t.Errorf("FixWord(%q, %q) = %+v, %v; want %q", c.word, c.local, f, ok, c.want)
			continue
		}
		if c.rule != None && f.Rule != c.rule {
			t.Errorf("FixWord(%q): rule %v, want %v", c.word, f.Rule, c.rule)
		}
		if f.Confidence < Medium {
			t.Errorf("FixWord(%q): confidence %v", c.word, f.Confidence)
		}
	}
}

func TestFixWordMini(t *testing.T) {
	g := loadMini(t)
	for word, want := range map[string]string{
		"Poutinsaid": "Putin said", "Putiri": "Putin", "Zarclari": "Zardari", "Khalifaand": "Khalifa and",
		"Al-Kadhimiof": "Al-Kadhimi of", "Merke1": "Merkel", "Nasarbajew": "Nazarbayev", "Poetin": "Putin",
	} {
		if f, ok := g.FixWord(word, nil); !ok || f.To != want {
			t.Errorf("mini FixWord(%q) = %+v, %v; want %q", word, f, ok, want)
		}
	}
}

func TestSkeleton(t *testing.T) {
	for in, want := range map[string]string{
		"poutine": "putin", "putyin": "putin", "putin": "putin",
		"selenskyj": "selenski", "zelenskyy": "selenski",
		"xi": "si", "si": "si", "jingping": "inping", "jinping": "inping",
		"hsieh": "sieh", "tschechow": "chechov", "": "", "путин": "путин",
	} {
		if got := skeleton(in); got != want {
			t.Errorf("skeleton(%q) = %q, want %q", in, got, want)
		}
		b := appendSkeleton([]byte("pre"), in)
		if string(b) != "pre"+want {
			t.Errorf("appendSkeleton(pre, %q) = %q", in, b)
		}
	}
}

// refAppendSkeleton is appendSkeleton as first written, with the spelling
// rules as a list of prefixes: the reference for the faster dispatch by
// first letter (the two share the rest).
func refAppendSkeleton(b []byte, w string) []byte {
	if !isASCII(w) || w == "" {
		return append(b, w...)
	}
	var wbuf [64]byte
	ws := append(wbuf[:0], w...)
	if len(ws) > 2 && ws[0] == 'h' && ws[1] == 's' {
		ws = ws[1:]
		ws[0] = 's'
	} else if ws[0] == 'x' {
		ws[0] = 's'
	}
	from := len(b)
	for i := 0; i < len(ws); i++ {
		c := ws[i]
		rest := ws[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("tsch")):
			b = append(b, 'c', 'h')
			i += 3
			continue
		case bytes.HasPrefix(rest, []byte("sch")):
			b = append(b, 's', 'h')
			i += 2
			continue
		case bytes.HasPrefix(rest, []byte("tch")):
			b = append(b, 'c', 'h')
			i += 2
			continue
		case bytes.HasPrefix(rest, []byte("ou")), bytes.HasPrefix(rest, []byte("oe")) && i > 0:
			b = append(b, 'u')
			i++
			continue
		case bytes.HasPrefix(rest, []byte("ph")):
			b = append(b, 'f')
			i++
			continue
		case bytes.HasPrefix(rest, []byte("ck")):
			b = append(b, 'k')
			i++
			continue
		case bytes.HasPrefix(rest, []byte("ng")) && i+2 < len(ws) && !isVowel(ws[i+2]) && ws[i+2] != 'g':
			b = append(b, 'n')
			i++
			continue
		}
		b = appendSkeletonLetter(b, c)
	}
	return finishSkeleton(b, from, true)
}

func FuzzSkeleton(f *testing.F) {
	for _, w := range []string{"tschechow", "hsieh", "xi", "poutine", "phoeng", "ngng", "schtch", "ouoe", "ckck", "oe", "ngx", "kungfu", "xé", "hsé", "tsé", "ngé", "ouu", "nne"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := appendSkeleton([]byte("p"), w), refAppendSkeleton([]byte("p"), w); string(got) != string(want) {
			t.Errorf("appendSkeleton(%q) = %q, want %q", w, got, want)
		}
	})
}

// TestSkeletonWords holds appendSkeleton to its reference on every word of
// the lexicon's lists.
func TestSkeletonWords(t *testing.T) {
	for _, l := range bigLists {
		for _, w := range strings.Split(l, "\n") {
			if got, want := appendSkeleton(nil, w), refAppendSkeleton(nil, w); string(got) != string(want) {
				t.Fatalf("appendSkeleton(%q) = %q, want %q", w, got, want)
			}
		}
	}
}

// TestFixWordLongWord checks that a word far longer than any name costs
// little: its OCR variants within two confusions would grow with the
// square of its length (one fuzzed run of 3 KB took seconds).
func TestFixWordLongWord(t *testing.T) {
	g := Default()
	long := "A" + strings.Repeat("e", 2000) + "d"
	allocs := testing.AllocsPerRun(1, func() {
		g.FixWord(long, []string{"Vladimir Putin"})
		g.Lookup(long, Query{Date: "2020-01-01"})
	})
	if allocs > 100 {
		t.Errorf("FixWord and Lookup of a 2,002-letter word made %.0f allocations, want at most 100", allocs)
	}
}

// refOCRVariants is the reference for ocrWalk: it calls fn with every
// string that up to budget OCR confusions from byte start on turn w into,
// depth first, at cost so far.
func refOCRVariants(w []byte, start, budget, cost int, fn func(v []byte, cost int)) {
	for i := start; i < len(w); i++ {
		for _, p := range ocrPairs {
			if !bytes.HasPrefix(w[i:], []byte(p[0])) {
				continue
			}
			v := append(append(append([]byte(nil), w[:i]...), p[1]...), w[i+len(p[0]):]...)
			fn(v, cost+1)
			if budget > 1 {
				refOCRVariants(v, i+len(p[1]), budget-1, cost+1, fn)
			}
		}
	}
}

// checkOCRWalk holds ocrWalk to refOCRVariants on w, with each budget and
// with buffers large enough and too small.
func checkOCRWalk(t *testing.T, w string) {
	t.Helper()
	type variant struct {
		v    string
		cost int
	}
	for budget := 1; budget <= maxOCRBudget; budget++ {
		var want []variant
		refOCRVariants([]byte(w), 0, budget, 0, func(v []byte, cost int) {
			want = append(want, variant{string(v), cost})
		})
		for _, size := range []int{0, (budget + 1) * len(w)} {
			var got []variant
			walk := newOCRWalk(w, budget, make([]byte, size))
			for v, cost, ok := walk.next(); ok; v, cost, ok = walk.next() {
				got = append(got, variant{string(v), cost})
			}
			if !slices.Equal(got, want) {
				t.Fatalf("ocrWalk(%q, budget %d, buffer of %d) = %v, want %v", w, budget, size, got, want)
			}
		}
	}
}

func FuzzOCRWalk(f *testing.F) {
	for _, w := range []string{"", "rn", "putiri", "merke1", "vvii1", "clinton", "iiiuu", "rnrnrn", "tl0o58", "\xffinn"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if len(w) > 100 {
			return // the variants grow with the square of the length
		}
		checkOCRWalk(t, w)
	})
}

// TestOCRWalkWords holds ocrWalk to its reference on every name word of
// the default gazetteer.
func TestOCRWalkWords(t *testing.T) {
	for w := range Default().words {
		checkOCRWalk(t, w)
	}
}

func FuzzLastHyphen(f *testing.F) {
	for _, s := range []string{"", "al-Sisi", "Jean‐Marc", "a-b‐c", "a‐b-c", "\xe2\x80\x90\x80", "\xe2\xe2\x80\x90", "\x80-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastHyphen(s), strings.LastIndexAny(s, "-‐"); got != want {
			t.Errorf("lastHyphen(%q) = %d, want %d", s, got, want)
		}
	})
}

// fixLocals are the local words TestKeeps and FuzzFixWordLocal try a word
// with: none, names of the corpus's kind, and (added there) the word
// itself, which a local word repairs only on strong evidence.
var fixLocals = [][]string{nil, {"Talks between Vladimir Putin and Kassym-Jomart Tokayev"}, {"Sergei Lavrov", "Erdogan", "Heydar Aliyev"}}

// checkFixWordLocal holds FixWordLocal, which takes short ways, to FixWord,
// which does not, on word with each of fixLocals and with the word itself
// local.
func checkFixWordLocal(t *testing.T, g *Gazetteer, word string) {
	t.Helper()
	for _, local := range append(fixLocals, []string{word}, []string{"Summit", word + " Jr"}) {
		got, gotOK := g.FixWordLocal(word, NewLocal(local))
		want, wantOK := g.FixWord(word, local)
		if got != want || gotOK != wantOK {
			t.Fatalf("FixWordLocal(%q, %q) = %+v, %v; FixWord gives %+v, %v", word, local, got, gotOK, want, wantOK)
		}
	}
}

// TestKeeps checks that a word keeps settles is one FixWord leaves alone,
// and that FixWordLocal gives what FixWord gives, on the gazetteer's words
// (as they are, in three cases and garbled), every word of the shared
// corpus and random words, some of them with punctuation, a possessive or
// a hyphenated prefix, with the default and the small gazetteer.
func TestKeeps(t *testing.T) {
	for _, g := range []*Gazetteer{Default(), loadMini(t)} {
		ws := letterWords(t, g)
		kept := 0
		for i, w := range ws {
			if g.keeps(w) {
				kept++
			}
			checkFixWordLocal(t, g, w)
			if i%20 == 0 {
				// Words with a core to peel, which FixWordLocal
				// settles by keeps on the core.
				for _, pw := range []string{w + ",", "(" + w + ")", "Indo-" + w, w + "'s", "al-" + w + ".", w + "-" + w} {
					checkFixWordLocal(t, g, pw)
				}
			}
		}
		t.Logf("%d words, %d kept", len(ws), kept)
		if kept < len(ws)/4 {
			t.Errorf("keeps settles only %d of %d words", kept, len(ws))
		}
	}
}

// TestKeptKey holds keptKey, which keeps asks for the default gazetteer,
// to keptKeyMaps: on the gazetteer's words, the demonyms and blocked words,
// words of the big lists and garbled words.
func TestKeptKey(t *testing.T) {
	g, lx := Default(), getLex()
	if g.interned == nil {
		t.Fatal("the default gazetteer has no interned words")
	}
	var ks []string
	for w := range g.words {
		ks = append(ks, w, w+"s", w[1:])
	}
	for k := range lx.demonym {
		ks = append(ks, k)
	}
	for k := range lx.block {
		ks = append(ks, k)
	}
	for i, w := range strings.Split(englishTxt+"\n"+properTxt, "\n") {
		if i%11 == 0 {
			ks = append(ks, w, w+"q")
		}
	}
	for _, k := range ks {
		if got, want := lx.keptKey(g.interned, []byte(k)), g.keptKeyMaps([]byte(k)); got != want {
			t.Fatalf("keptKey(%q) = %v, keptKeyMaps gives %v", k, got, want)
		}
	}
}

func FuzzFixWordLocal(f *testing.F) {
	for _, w := range []string{"Putin", "Poutinsaid", "Russia's", "al-Maliki", "Merke1", "Xijinping", "Putiri", "Lavrow", "Children", "It", "Niinistö", "Erdoan"} {
		f.Add(w)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, w string) {
		checkFixWordLocal(t, g, w)
	})
}

// refPeel is the reference for peel: peel without its short way for a
// word of letters.
func refPeel(word string) (start, end int, core, pre, post string, ok bool) {
	start, end = 0, len(word)
	for start < end {
		r, n := utf8.DecodeRuneInString(word[start:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(word[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		end -= n
	}
	core = word[start:end]
	if core == "" || strings.ContainsAny(core, " \t\n") {
		return 0, 0, "", "", "", false
	}
	for _, suf := range []string{"'s", "’s", "ʼs"} {
		if strings.HasSuffix(core, suf) && len(core) > len(suf)+2 {
			core, post = core[:len(core)-len(suf)], suf
			break
		}
	}
	if i := strings.LastIndexAny(core, "-‐"); i >= 0 {
		_, n := utf8.DecodeRuneInString(core[i:])
		pre, core = core[:i+n], core[i+n:]
	}
	if core == "" {
		return 0, 0, "", "", "", false
	}
	return start, end, core, pre, post, true
}

func checkPeel(t *testing.T, w string) {
	t.Helper()
	s, e, c, pr, po, ok := peel(w)
	rs, re, rc, rpr, rpo, rok := refPeel(w)
	if s != rs || e != re || c != rc || pr != rpr || po != rpo || ok != rok {
		t.Errorf("peel(%q) = %d %d %q %q %q %v, want %d %d %q %q %q %v", w, s, e, c, pr, po, ok, rs, re, rc, rpr, rpo, rok)
	}
}

func FuzzPeel(f *testing.F) {
	for _, w := range []string{"", "Putin", "Putin's", "(al-Maliki)", "Jean‐Marc’s", "a b", "\ttab", "x'sy", "'s", "Ab's", "\xff-\x80"} {
		f.Add(w)
	}
	f.Fuzz(checkPeel)
}

// TestPeelWords holds peel to refPeel on the words of the shared corpus as
// strings.Fields splits them.
func TestPeelWords(t *testing.T) {
	for _, text := range corpusTexts(t) {
		for _, w := range strings.Fields(text) {
			checkPeel(t, w)
		}
	}
}

// checkPrunedWalk holds the walk over w pruned by the prefixes of words to
// the whole walk: it must yield a part of the whole walk's variants, in
// the same order, with all of those that are words.
func checkPrunedWalk(t *testing.T, w string, words map[string]bool, set, local prefixSet) {
	t.Helper()
	type variant struct {
		v    string
		cost int
	}
	for budget := 1; budget <= maxOCRBudget; budget++ {
		var all, pruned []variant
		whole := newOCRWalk(w, budget, nil)
		for v, cost, ok := whole.next(); ok; v, cost, ok = whole.next() {
			all = append(all, variant{string(v), cost})
		}
		walk := newPrunedOCRWalk(w, budget, nil, set, local)
		for v, cost, ok := walk.next(); ok; v, cost, ok = walk.next() {
			pruned = append(pruned, variant{string(v), cost})
		}
		// pruned is a subsequence of all, missing no word.
		i := 0
		for _, a := range all {
			if i < len(pruned) && pruned[i] == a {
				i++
			} else if words[a.v] {
				t.Fatalf("pruned walk of %q (budget %d) skips the word %q: %v, whole walk %v", w, budget, a.v, pruned, all)
			}
		}
		if i < len(pruned) {
			t.Fatalf("pruned walk of %q (budget %d) = %v, not a part of the whole walk %v", w, budget, pruned, all)
		}
	}
}

// TestPrunedWalkWords checks the pruned walk on the default gazetteer's
// words, as they are and garbled, and the words of the shared corpus,
// against the gazetteer's prefix set and a local one.
func TestPrunedWalkWords(t *testing.T) {
	g := Default()
	local := map[string]bool{"putin": true, "tokayev": true, "iiiinn": true}
	var locBits [16]uint64
	locSet := prefixSet(locBits[:])
	words := map[string]bool{}
	for w := range g.words {
		words[w] = true
	}
	for w := range local {
		words[w] = true
		locSet.add(w)
	}
	ws := letterWords(t, g)
	for _, w := range ws {
		k := Key(w)
		checkPrunedWalk(t, k, words, g.prefixes, locSet)
		checkPrunedWalk(t, k, words, g.prefixes, nil)
	}
}

func FuzzPrunedWalk(f *testing.F) {
	f.Add("putiri", "putin", "merkel")
	f.Add("rnerke1", "merkel", "")
	f.Add("iiiuu", "nnm", "iim")
	f.Add("clinton", "dinton", "clint0n")
	f.Fuzz(func(t *testing.T, w, a, b string) {
		if len(w) > 40 {
			return
		}
		words := map[string]bool{a: true, b: true}
		set := newPrefixSet(len(a) + len(b) + 2)
		set.add(a)
		set.add(b)
		checkPrunedWalk(t, w, words, set, nil)
		var tiny [1]uint64 // a set of one word of 64 bits: mostly "maybe"
		checkPrunedWalk(t, w, words, set, prefixSet(tiny[:]))
		prefixSet(tiny[:]).add(a)
		checkPrunedWalk(t, w, map[string]bool{a: true}, nil, prefixSet(tiny[:]))
		checkPrunedWalk(t, w, nil, nil, nil)
	})
}

// refFixOCR is the reference for fixOCR: fixOCR over the whole walk.
func (g *Gazetteer) refFixOCR(k string, l *Local) (Fix, bool) {
	if len(k) < 4 {
		return Fix{}, false
	}
	walk := newOCRWalk(k, 2, nil)
	return g.fixOCRFrom(&walk, l)
}

// TestFixOCR holds fixOCR to refFixOCR on the words of letterWords keyed,
// with each of fixLocals and with the word itself local.
func TestFixOCR(t *testing.T) {
	for _, g := range []*Gazetteer{Default(), loadMini(t)} {
		fixed := 0
		for _, w := range letterWords(t, g) {
			k := Key(w)
			for _, local := range append(fixLocals, []string{w}) {
				got, gotOK := g.fixOCR(k, NewLocal(local))
				want, wantOK := g.refFixOCR(k, NewLocal(local))
				if got != want || gotOK != wantOK {
					t.Fatalf("fixOCR(%q, %q) = %+v, %v; refFixOCR gives %+v, %v", k, local, got, gotOK, want, wantOK)
				}
				if gotOK {
					fixed++
				}
			}
		}
		t.Logf("%d repairs", fixed)
	}
}

// refLocalWords is the reference for the words of NewLocal: the key of
// each word of local to its spelling, by the general path for every word.
func refLocalWords(local []string) map[string]string {
	lx := getLex()
	m := map[string]string{}
	for _, s := range local {
		for w := range strings.FieldsFuncSeq(s, func(r rune) bool {
			return unicode.IsSpace(r) || r == '-' || r == '‐' || r == ','
		}) {
			w = strings.Trim(w, ".,;:()[]\"'’")
			k := Key(w)
			_, dem := lx.demonym[k]
			if k == "" || strings.Contains(k, " ") || lx.isEnglish(k) || dem || lx.titles[k] {
				continue
			}
			if _, ok := m[k]; !ok {
				m[k] = w
			}
		}
	}
	return m
}

// checkLocalWords holds the words of NewLocal to refLocalWords on local,
// and its skeletons and prefix set to those of the words.
func checkLocalWords(t *testing.T, local []string) {
	t.Helper()
	want := refLocalWords(local)
	l := NewLocal(local)
	if (l == nil) != (len(want) == 0) {
		t.Fatalf("NewLocal(%q) = %v for %d words", local, l, len(want))
	}
	got := map[string]string{}
	if l != nil {
		l.prepare() // for skeleton
	}
	for i, lw := range l.localWords() {
		if _, dup := got[lw.k]; dup {
			t.Fatalf("NewLocal(%q) has key %q twice", local, lw.k)
		}
		got[lw.k] = lw.w
		if d, ok := l.get(lw.k); !ok || d != lw.w || !l.has(lw.k) || !l.hasBytes([]byte(lw.k)) {
			t.Fatalf("NewLocal(%q).get(%q) = %q, %v; want %q", local, lw.k, d, ok, lw.w)
		}
		if got := string(l.skeleton(i)); got != skeleton(lw.k) {
			t.Fatalf("NewLocal(%q): skeleton of %q is %q, want %q", local, lw.k, got, skeleton(lw.k))
		}
		h := uint64(prefixHashStart)
		for i := 0; ; i++ {
			if !l.prefixSet().has(h) {
				t.Fatalf("NewLocal(%q): prefix %q of %q is not in the prefix set", local, lw.k[:i], lw.k)
			}
			if i == len(lw.k) {
				break
			}
			h = prefixHash(h, lw.k[i])
		}
		if i > 0 && len(l.words) > 2*maxScan {
			continue // without is for a few words: one of many will do
		}
		// A Local without a word has the others, with their skeletons.
		l2 := l.without(lw.k)
		if (l2 == nil) != (len(l.words) == 1) || l2.has(lw.k) || len(l2.localWords()) != len(l.words)-1 {
			t.Fatalf("NewLocal(%q).without(%q) = %v", local, lw.k, l2)
		}
		if l2 != nil {
			l2.prepare() // for skeleton
		}
		for j, lw2 := range l2.localWords() {
			if !l.has(lw2.k) || string(l2.skeleton(j)) != skeleton(lw2.k) {
				t.Fatalf("NewLocal(%q).without(%q) has %q, skeleton %q", local, lw.k, lw2.k, l2.skeleton(j))
			}
			h := uint64(prefixHashStart)
			for i := 0; i < len(lw2.k); i++ {
				h = prefixHash(h, lw2.k[i])
			}
			if !l2.prefixSet().has(h) {
				t.Fatalf("NewLocal(%q).without(%q): %q is not in its prefix set", local, lw.k, lw2.k)
			}
		}
	}
	if !maps.Equal(got, want) {
		t.Fatalf("NewLocal(%q) has the words %v, refLocalWords gives %v", local, got, want)
	}
}

// TestLocalWords holds NewLocal to refLocalWords on fixLocals and on the
// words of letterWords, alone, together and with fixLocals.
func TestLocalWords(t *testing.T) {
	for _, local := range fixLocals {
		checkLocalWords(t, local)
	}
	ws := letterWords(t, Default())
	checkLocalWords(t, ws)
	for _, w := range ws {
		checkLocalWords(t, []string{w})
		for _, local := range fixLocals {
			checkLocalWords(t, append([]string{w}, local...))
		}
	}
	// The words localKey settles by the kinds of the tables: demonyms,
	// blocked words, titles, English words and proper nouns, as keys and
	// capitalised, with the first lines of the big lists.
	lx := getLex()
	var settled []string
	for k := range lx.demonym {
		settled = append(settled, k)
	}
	for k := range lx.block {
		settled = append(settled, k)
	}
	for k := range lx.titles {
		settled = append(settled, k)
	}
	for _, blob := range []string{englishTxt, properTxt} {
		settled = append(settled, strings.Split(blob, "\n")[:2000]...)
	}
	for _, k := range settled {
		checkLocalWords(t, []string{k})
		checkLocalWords(t, []string{strings.ToUpper(k[:1]) + k[1:], "Putin"})
	}
}

func FuzzLocalWords(f *testing.F) {
	for _, s := range []string{"Putin", "Putin,", "Kassym-Jomart", "(Lavrov)", "Erdoğan", "President", "Russian", "the", "O'Brien", "Xi Jinping"} {
		f.Add(s, "Heydar Aliyev")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		checkLocalWords(t, []string{a})
		checkLocalWords(t, []string{a, b})
		checkLocalWords(t, []string{b, a, a})
	})
}

// refMild is the reference for mild: the words with their doubled letters
// removed, compared byte by byte.
func refMild(a, b string) bool {
	collapse := func(k string) string {
		var out []byte
		for i := 0; i < len(k); i++ {
			if i > 0 && k[i] == k[i-1] {
				continue
			}
			out = append(out, k[i])
		}
		return string(out)
	}
	a, b = collapse(a), collapse(b)
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] && !(a[i] == 'i' && b[i] == 'y' || a[i] == 'y' && b[i] == 'i') {
			return false
		}
	}
	return true
}

func FuzzMild(f *testing.F) {
	for _, p := range [][2]string{{"heidar", "heydar"}, {"borissov", "borisov"}, {"kocharian", "kocharyan"}, {"putin", "putn"}, {"", "a"}, {"aa", "a"}, {"iy", "yi"}, {"yyi", "iy"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := mild(a, b), refMild(a, b); got != want {
			t.Errorf("mild(%q, %q) = %v, refMild gives %v", a, b, got, want)
		}
	})
}

// refFixGlued is the reference for fixGlued: both passes over every split.
func (g *Gazetteer) refFixGlued(w string, l *Local) (Fix, bool) {
	lx := getLex()
	for pass := 0; pass < 2; pass++ {
		for i := len(w) - 2; i >= 2; i-- {
			tail := w[i:]
			if !lx.glue[tail] {
				continue
			}
			head := w[:i]
			r, _ := utf8.DecodeRuneInString(head)
			if !unicode.IsUpper(r) {
				continue
			}
			hk := Key(head)
			if hk == "" || strings.Contains(hk, " ") {
				continue
			}
			if pass == 0 {
				if g.isName(hk, l) {
					d := head
					if ld, ok := l.get(hk); ok {
						d = ld
					}
					return Fix{To: d + " " + tail, Rule: Glued, Confidence: High}, true
				}
				continue
			}
			if lx.isBlocked(hk) {
				continue
			}
			if f, ok := g.fixCore(head, l, false, false); ok && f.Confidence >= Medium {
				return Fix{To: f.To + " " + tail, Rule: Glued, Confidence: f.Confidence}, true
			}
		}
	}
	return Fix{}, false
}

// checkFixGlued holds fixGlued to refFixGlued on w with each of fixLocals.
func checkFixGlued(t *testing.T, g *Gazetteer, w string) {
	t.Helper()
	for _, local := range fixLocals {
		loc := NewLocal(local)
		got, gotOK := g.fixGlued(w, loc, false)
		want, wantOK := g.refFixGlued(w, loc)
		if got != want || gotOK != wantOK {
			t.Fatalf("fixGlued(%q, %q) = %+v, %v; refFixGlued gives %+v, %v", w, local, got, gotOK, want, wantOK)
		}
	}
}

// TestFixGlued holds fixGlued to refFixGlued on the words of letterWords,
// alone and with glue words after them, and on a few names with each glue
// word, once and twice, after them.
func TestFixGlued(t *testing.T) {
	g := Default()
	glued := 0
	for i, w := range letterWords(t, g) {
		checkFixGlued(t, g, w)
		if i%7 == 0 {
			for _, tail := range []string{"said", "of", "and", "congratulated"} {
				checkFixGlued(t, g, w+tail)
				if _, ok := g.fixGlued(w+tail, nil, false); ok {
					glued++
				}
			}
		}
	}
	for w := range getLex().glue {
		for _, head := range []string{"Putin", "Poutin", "Lavrov", "Moscow", "A"} {
			checkFixGlued(t, g, head+w)
			checkFixGlued(t, g, head+w+w)
		}
	}
	t.Logf("%d glued", glued)
}

func FuzzFixGlued(f *testing.F) {
	for _, w := range []string{"Poutinsaid", "Putinand", "Al-Kadhimiof", "Merke1said", "Ⅻsaid", "ÉLYSÉEof", "xsaid"} {
		f.Add(w)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, w string) {
		if len(w) > 40 {
			return
		}
		checkFixGlued(t, g, w)
	})
}

func FuzzDamerau1(f *testing.F) {
	for _, p := range [][2]string{{"putin", "putni"}, {"putin", "putn"}, {"putin", "puttin"}, {"putin", "pytin"}, {"", "a"}, {"ab", "ba"}, {"abc", "cba"}, {"a", "abc"}, {strings.Repeat("x", 31), strings.Repeat("x", 32)}, {strings.Repeat("y", 33), strings.Repeat("y", 32)}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := damerau1(a, b), damerauTable(a, b, 1); got != want {
			t.Errorf("damerau1(%q, %q) = %d, damerauTable gives %d", a, b, got, want)
		}
	})
}

// refEditCandidates is editCandidates as its doc comment reads: every
// deletion variant of w, and for a word of more than 8 bytes every one of
// two deletions, each made afresh and looked up, in order.
func refEditCandidates(g *Gazetteer, w string, fn func(nw string, d int)) {
	if len(w) < 5 || !isASCII(w) || len(w) > 30 {
		return
	}
	var seen []string
	try := func(k string) {
		for _, nw := range g.fuzzy().delWords(nil, []byte(k)) {
			if containsS(seen, nw) {
				continue
			}
			seen = append(seen, nw)
			lim := editLimit(len(w), len(nw))
			if d := damerau(w, nw, lim); d > 0 && d <= lim {
				fn(nw, d)
			}
		}
	}
	try(w)
	for i := range len(w) {
		d1 := w[:i] + w[i+1:]
		try(d1)
		if len(w) > 8 {
			for j := i; j < len(d1); j++ {
				try(d1[:j] + d1[j+1:])
			}
		}
	}
}

// TestEditCandidates holds editCandidates, which makes its variants in
// place and passes by repeated ones, to refEditCandidates, over the name
// words, the words of the corpus, and one and two edits of name words.
func TestEditCandidates(t *testing.T) {
	g := Default()
	var ws []string
	for w := range g.words {
		ws = append(ws, w, w[1:], w+"s", strings.Replace(w, "o", "oo", 1), strings.Replace(w, "a", "", 2))
		if len(w) > 3 {
			ws = append(ws, w[:2]+w[3:]+"x", w[:1]+w[2:3]+w[1:2]+w[3:])
		}
	}
	for _, text := range corpusTexts(t) {
		for _, tok := range tokens(text) {
			ws = append(ws, Key(tok))
		}
	}
	type call struct {
		nw string
		d  int
	}
	hits := 0
	for _, w := range ws {
		var got, want []call
		g.editCandidates(w, func(nw string, d int) { got = append(got, call{nw, d}) })
		refEditCandidates(g, w, func(nw string, d int) { want = append(want, call{nw, d}) })
		if !slices.Equal(got, want) {
			t.Errorf("editCandidates(%q) calls with %v, refEditCandidates with %v", w, got, want)
		}
		hits += len(want)
	}
	if hits == 0 {
		t.Error("no word has edit candidates")
	}
}

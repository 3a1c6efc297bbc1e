package names

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNameIndex(t *testing.T) {
	idx, err := NameIndex([]byte(gazetteerTSV))
	if err != nil {
		t.Fatal(err)
	}
	if string(idx) != gazetteerIndex {
		t.Fatal("gazetteer_words.idx is not the index of gazetteer.tsv and the lexicon as they are: run go generate ./internal/names")
	}
	x, ok := readNameIndex(gazetteerIndex, gazetteerTSV)
	if !ok {
		t.Fatal("readNameIndex rejects gazetteer_words.idx")
	}
	if g := Default(); g.fuzzy().del != x.fuzzy.del || interned.names.Load().slots != x.interned.slots {
		t.Error("Default does not use gazetteer_words.idx")
	}
	if _, ok := readNameIndex(gazetteerIndex, gazetteerTSV+"\n"); ok {
		t.Error("readNameIndex takes an index of another gazetteer")
	}
}

// refFuzzy is the reference for a fuzzyIndex: maps from each deletion
// variant and each skeleton to the words, as the index was once built.
type refFuzzy struct {
	del, skel map[string][]string
}

func newRefFuzzy(g *Gazetteer) refFuzzy {
	r := refFuzzy{del: map[string][]string{}, skel: map[string][]string{}}
	add := func(m map[string][]string, k, w string) {
		if !slices.Contains(m[k], w) {
			m[k] = append(m[k], w)
		}
	}
	for w := range g.words {
		if !isASCII(w) {
			continue
		}
		add(r.skel, skeleton(w), w)
		if len(w) < 5 || len(w) > 30 {
			continue
		}
		add(r.del, w, w)
		for i := range len(w) {
			add(r.del, w[:i]+w[i+1:], w)
		}
	}
	return r
}

// TestFuzzyIndex holds the fuzzy index of the default gazetteer (as read
// from gazetteer_words.idx and as built now) to refFuzzy, on every key of
// the reference, on the name words with one or two letters deleted or
// changed, and on their skeletons.
func TestFuzzyIndex(t *testing.T) {
	g := Default()
	ref := newRefFuzzy(g)
	var keys []string
	for k := range ref.del {
		keys = append(keys, k)
	}
	for k := range ref.skel {
		keys = append(keys, k)
	}
	rng := rand.New(rand.NewSource(1))
	for w := range g.words {
		keys = append(keys, w, skeleton(w))
		if len(w) > 2 {
			i := rng.Intn(len(w) - 1)
			keys = append(keys, w[:i]+w[i+2:], w[:i]+"q"+w[i+1:], w[:i]+"e"+w[i+1:], skeleton(w[:i]+w[i+1:]))
		}
	}
	keys = append(keys, "", "a", "\n", "putin\n", "ab\ncd")
	for _, x := range []*fuzzyIndex{g.fuzzy(), newNameIndex(g).fuzzy} {
		for _, k := range keys {
			for _, c := range []struct {
				name      string
				got, want []string
			}{
				{"delWords", x.delWords(nil, []byte(k)), ref.del[k]},
				{"skelWords", x.skelWords(nil, []byte(k)), ref.skel[k]},
			} {
				slices.Sort(c.got)
				want := slices.Sorted(slices.Values(c.want))
				if !slices.Equal(c.got, want) {
					t.Fatalf("%s(%q) = %q, want %q", c.name, k, c.got, want)
				}
			}
		}
	}
}

// TestParseHelpers holds the fast paths of parse to the functions of
// package strings they stand for.
func TestParseHelpers(t *testing.T) {
	fields := []string{"", " ", "a", " a", "a ", "\ta\t", "Putin", "Путин", "Путин\u00a0", "\u00a0x", "x\u2003",
		"(Vladimir)", "..,", "Jr.", "a.b", "\x01a\x7f", "é", ".é.", "(", "()", "a;:"}
	for _, s := range fields {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimDisplay(s), strings.Trim(s, ".,;:()"); got != want {
			t.Errorf("trimDisplay(%q) = %q, want %q", s, got, want)
		}
	}
	for _, data := range []string{gazetteerTSV, "", "P\tx", "\nP\t", "\nP", "\nT\t\nA\t\nA\tx\n", "x\nP\tP\t\nQ\t"} {
		nP, nT, nA := recordCounts(data)
		if nP != strings.Count(data, "\nP\t")+1 || nT != strings.Count(data, "\nT\t")+1 || nA != strings.Count(data, "\nA\t")+1 {
			t.Errorf("recordCounts(%.20q) = %d, %d, %d", data, nP, nT, nA)
		}
	}
	for k := range cyrLatin {
		if unicode.ToLower(k) != k {
			t.Errorf("cyrLatin key %q is not lower case, which translit takes it to be", k)
		}
	}
}

// TestNameSep holds nameSep to the rune test displayWords made before it:
// on every rune of the names and aliases of the gazetteer, and on odd
// bytes.
func TestNameSep(t *testing.T) {
	ref := func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '‐' || r == '–' || r == '·' || r == ','
	}
	var texts []string
	for _, p := range Default().People() {
		texts = append(texts, p.Name)
		texts = append(texts, p.Aliases...)
	}
	var all []byte
	for r := rune(0); r < 0x3100; r++ {
		all = utf8.AppendRune(all, r)
	}
	texts = append(texts, string(all), "\xff\xfe a\xc2", "\u0085\u00a0\u2028\u3000")
	for _, s := range texts {
		for i, r := range s {
			sep, n := nameSep(s[i:])
			_, want := utf8.DecodeRuneInString(s[i:])
			if sep != ref(r) || n != want {
				t.Fatalf("nameSep(%q) = %v, %d; want %v, %d", s[i:], sep, n, ref(r), want)
			}
		}
	}
}

// TestSplitFields holds splitFields to strings.Split and strings.TrimSpace.
func TestSplitFields(t *testing.T) {
	for _, l := range []string{"", "\t", "a", "a\t", "\tb", "P\tVladimir Putin\tRU\tQ7747", " a \t b\t\t c ", "x\u00a0\t\u00a0y"} {
		want := strings.Split(l, "\t")
		for i := range want {
			want[i] = strings.TrimSpace(want[i])
		}
		if got := splitFields(nil, l); !slices.Equal(got, want) {
			t.Errorf("splitFields(%q) = %q, want %q", l, got, want)
		}
	}
}

// TestLateTerms checks that a term met before its person's P record keeps
// its place in file order, and that a term of nobody is reported by line.
func TestLateTerms(t *testing.T) {
	g, err := Load(strings.NewReader("T\tA B\tPresident\tUS\t2000\t\n" +
		"P\tA B\tUS\t\n" +
		"T\tA B\tVice President\tUS\t2000\t\n" +
		"T\tA B\tSenator\tUS\t1990\t2000\n" +
		"T\tA B\tGovernor\tUS\t2000\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tm := range g.Person("A B").Terms {
		got = append(got, tm.Office)
	}
	if want := []string{"Senator", "President", "Vice President", "Governor"}; !slices.Equal(got, want) {
		t.Errorf("terms %q, want %q", got, want)
	}
	_, err = Load(strings.NewReader("P\tA B\tUS\t\nT\tC D\tPresident\tUS\t2000\t\nT\tE F\tPresident\tUS\t2000\t\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Load error %v, want one for line 2", err)
	}
}

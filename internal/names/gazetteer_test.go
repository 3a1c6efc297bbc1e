package names

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestLoadErrors(t *testing.T) {
	for _, in := range []string{
		"X\tfoo\n",
		"P\n",
		"P\tA\tRU\t\nP\tA\tRU\t\n",
		"T\tNobody\tPresident\tRU\t2000\t\t\n",
		"P\tA\tRU\t\nT\tA\tPresident\tRU\t20001\t\t\n",
		"A\tNobody\tX\tshort\ten\n",
	} {
		if _, err := Load(strings.NewReader(in)); err == nil {
			t.Errorf("Load(%q): no error", in)
		}
	}
	g, err := Load(strings.NewReader("# comment\n\nP\tA B\tRU\t\n"))
	if err != nil || g.Person("A B") == nil {
		t.Errorf("Load minimal: %v", err)
	}
	var zero Gazetteer
	if m := zero.Lookup("Putin", Query{}); m.Person != nil {
		t.Error("zero Gazetteer matched")
	}
}

func TestDefault(t *testing.T) {
	g := Default()
	if len(g.People()) < 100 {
		t.Fatalf("Default has %d people", len(g.People()))
	}
	if Default() != g {
		t.Error("Default not shared")
	}
	start := time.Now()
	if _, err := parse(gazetteerTSV, nil); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 200*time.Millisecond {
		t.Errorf("parse took %v", d)
	}
	// Every canonical name finds its person, and (but for a few shared
	// ones) every alias.
	aliases, missed := 0, 0
	for _, p := range g.People() {
		if m := g.Lookup(p.Name, Query{}); m.Person != p {
			t.Errorf("Lookup(%q) = %v", p.Name, m.Person)
		}
		for _, a := range p.Aliases {
			aliases++
			if m := g.Lookup(a, Query{}); m.Person != p {
				missed++
				t.Logf("alias %q of %q: got %v", a, p.Name, m.Person)
			}
		}
	}
	if missed*100 > aliases {
		t.Errorf("%d of %d aliases do not find their person", missed, aliases)
	}
}

func TestConcurrent(t *testing.T) {
	g := Default()
	// A Local shared by all, whose skeletons the first repair to need
	// them makes (go test -race checks that).
	l := NewLocal([]string{"Vladimir Putin", "Sergei Lavrov", "Kassym-Jomart Tokayev"})
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				g.Lookup("Emmanuel Macrori", Query{})
				g.Lookup("Putin's", Query{Date: "2015"})
				g.Role("the Russian President", Query{Date: "2010-06-11"})
				g.FixWord("Poutinsaid", []string{"Vladimir Putin"})
				g.FixWordLocal("Lavrow", l)
				g.FixWordLocal("Tokaev", l)
			}
		}()
	}
	wg.Wait()
}

func BenchmarkLookupExact(b *testing.B) {
	g := Default()
	b.ReportAllocs()
	for b.Loop() {
		g.Lookup("Vladimir Putin", Query{Date: "2015-03-01"})
	}
}

func BenchmarkLookupAlias(b *testing.B) {
	g := Default()
	b.ReportAllocs()
	for b.Loop() {
		g.Lookup("Poutine", Query{Date: "2015-03-01"})
	}
}

func BenchmarkLookupGarbled(b *testing.B) {
	g := Default()
	g.Lookup("Emmanuel Macrori", Query{})
	b.ReportAllocs()
	for b.Loop() {
		g.Lookup("Emmanuel Macrori", Query{})
	}
}

func BenchmarkLookupNonName(b *testing.B) {
	g := Default()
	b.ReportAllocs()
	for b.Loop() {
		g.Lookup("Parliament", Query{})
	}
}

func BenchmarkFixWord(b *testing.B) {
	g := Default()
	local := []string{"Vladimir Putin"}
	b.ReportAllocs()
	for b.Loop() {
		g.FixWord("Poutinsaid", local)
	}
}

func BenchmarkLoad(b *testing.B) {
	getLex()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parse(gazetteerTSV, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDefault measures Default from scratch, as the first call in a new
// process makes it: the word lists, the keys of the Latin letters met and
// the gazetteer.
func BenchmarkDefault(b *testing.B) {
	Default()
	b.ReportAllocs()
	for b.Loop() {
		listsOnce, lists = sync.Once{}, nil
		lexOnce, lex = sync.Once{}, nil
		for i := range runeKeys {
			runeKeys[i].Store(nil)
		}
		interned.lexicon.Store(nil)
		interned.names.Store(nil)
		defaultOnce, defaultG = sync.Once{}, nil
		if Default() == nil {
			b.Fatal("no gazetteer")
		}
	}
}

func TestGazetteerKeys(t *testing.T) {
	const regen = "gazetteer_keys.tsv is not of gazetteer.tsv and Key as they are: run go generate ./internal/names"
	keys := readKeys(gazetteerKeys)
	for name, k := range keys {
		if Key(name) != k {
			t.Fatalf("%s (%q: %q, Key gives %q)", regen, name, k, Key(name))
		}
	}
	for _, p := range Default().People() {
		for _, s := range append([]string{p.Name}, p.Aliases...) {
			if _, ok := keys[s]; !ok && !isASCII(s) {
				t.Fatalf("%s (%q missing)", regen, s)
			}
		}
	}
}

func TestWordIndex(t *testing.T) {
	if string(WordIndex()) != wordIndex {
		t.Fatal("lexicon/words.idx is not the table of the word lists as they are: run go generate ./internal/names")
	}
	if bigTable().slots != wordIndex[4*len(bigLists):] {
		t.Error("bigTable does not use lexicon/words.idx")
	}
}

func TestWordLists(t *testing.T) {
	lx := getLex()
	for _, blob := range []string{englishTxt, properTxt} {
		ws := strings.Split(strings.TrimSpace(blob), "\n")
		for i, w := range ws {
			if i%7 == 0 && !lx.isBlocked(w) {
				t.Fatalf("missing %q", w)
			}
			if i%5 == 0 && lx.isBlocked(w+"qq") {
				t.Fatalf("found %q", w+"qq")
			}
		}
	}
	for _, w := range []string{"putting", "modified", "meeting"} {
		if !lx.isEnglish(w) {
			t.Errorf("isEnglish(%q) = false", w)
		}
	}
	for _, w := range []string{"", "a", "zzzzzz", "aaaaa", "putin", "xiamen"} {
		if lx.isEnglish(w) {
			t.Errorf("isEnglish(%q) = true", w)
		}
	}
}

// TestSlab holds slab.append to append: records of three people, together
// and interleaved, past the slab's room.
func TestSlab(t *testing.T) {
	ps := []*Person{{Name: "a"}, {Name: "b"}, {Name: "c"}}
	order := []int{0, 0, 1, 1, 1, 2, 0, 2, 2, 1, 0, 0}
	for room := range len(order) + 1 {
		s := slab[int]{buf: make([]int, 0, room)}
		got := make([][]int, len(ps))
		want := make([][]int, len(ps))
		for i, k := range order {
			got[k] = s.append(got[k], ps[k], i)
			want[k] = append(want[k], i)
		}
		for k := range ps {
			if !slices.Equal(got[k], want[k]) {
				t.Errorf("room %d: person %d has %v, want %v", room, k, got[k], want[k])
			}
		}
	}
}

// TestEntries holds the aliases entries gives each person (which
// entryFinder finds) to the person's aliases in file order, for the
// default gazetteer and for records in no order, and parse's people of
// the records to their names.
func TestEntries(t *testing.T) {
	shuffled := "A\tC D\tDee\tvariant\ten\n" +
		"P\tA B\tUS\t\n" +
		"A\tA B\tAy Bee\tvariant\ten\n" +
		"P\tC D\tFR\t\n" +
		"A\tA B\tBee\tvariant\ten\n" +
		"T\tA B\tPresident\tUS\t2000\t\n" +
		"A\tC D\tSee Dee\tvariant\ten\n" +
		"P\tE F\tDE\t\n" +
		"A\tA B\tAyb\tvariant\ten\n" +
		"T\tC D\tPresident\tFR\t2000\t\n"
	for _, data := range []string{gazetteerTSV, shuffled} {
		g := &Gazetteer{byName: map[string]*Person{}}
		var aliases []aliasRec
		for l := range strings.Lines(data) {
			f := strings.Split(strings.TrimRight(l, "\n"), "\t")
			switch f[0] {
			case "P":
				p := &Person{Name: f[1], Country: f[2]}
				g.people = append(g.people, p)
				g.byName[p.Name] = p
			case "A":
				aliases = append(aliases, aliasRec{name: f[1], alias: f[2], kind: f[3], lang: f[4]})
			}
		}
		for _, a := range aliases {
			p := g.byName[a.name]
			p.Aliases = append(p.Aliases, a.alias)
		}
		for _, e := range g.entries(aliases, nil) {
			var got, want []string
			for _, a := range e.aliases {
				got = append(got, a.alias)
			}
			for _, a := range e.p.Aliases {
				if Key(a) != "" {
					want = append(want, a)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s: aliases %q, want %q", e.p.Name, got, want)
			}
		}
		pg, err := parse(data, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pg.people {
			want := g.byName[p.Name]
			if !slices.Equal(p.Aliases, want.Aliases) {
				t.Errorf("parse: %s has aliases %q, want %q", p.Name, p.Aliases, want.Aliases)
			}
		}
	}
}

package names

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Recep Tayyip Erdoğan":  "recep tayyip erdogan",
		"RECEP  TAYYIP ERDOGAN": "recep tayyip erdogan",
		" Xi Jin-ping ":         "xi jin ping",
		"O'Brien":               "obrien",
		"O’Brien":               "obrien",
		"H.E. Mr. Modi":         "he mr modi",
		"Hsi Chin-p'ing":        "hsi chin ping",
		"Łukasz Wałęsa":         "lukasz walesa",
		"Straße":                "strasse",
		"ＸＩ Ｊｉｎｐｉｎｇ":            "xi jinping",
		"Владимир Путин":        "владимир путин",
		"弗拉基米尔·普京":              "弗拉基米尔 普京",
		"Nguyễn Phú Trọng":      "nguyen phu trong",
		"":                      "",
		"...":                   "",
		"Kim Jong-un":           "kim jong un",
		"already key":           "already key",
		"Ŀ0":                    "l 0", // NFKD: "L·0", the middle dot a separator
		"Col·lecció":            "col leccio",
		"Coŀlecció":             "col leccio",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeyConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				if Key("Recep Tayyip ERDOĞAN") != "recep tayyip erdogan" {
					t.Error("concurrent Key")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestDisplay(t *testing.T) {
	for in, want := range map[string]string{
		"  Mohammed   bin Salman ": "Mohammed bin Salman",
		"O’Brien":                  "O'Brien",
		"Ursula von der Leyen":     "Ursula von der Leyen",
		"Erdog\u0306an":            "Erdoğan",
		"‘quoted’":                 "‘quoted’",
	} {
		if got := Display(in); got != want {
			t.Errorf("Display(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLatinKeyRunes holds latinKey, where it takes a text, to the full
// path on every rune of its table, alone and beside letters, spaces and
// itself.
func TestLatinKeyRunes(t *testing.T) {
	for _, span := range [][2]rune{{0x80, latinMax}, {extFrom, extMax}, {punctFrom, punctMax}} {
		for r := span[0]; r < span[1]; r++ {
			c := string(r)
			for _, s := range []string{c, "a" + c + "b", "X" + c + " y", c + c, "Nguy" + c + "n", c + "’s"} {
				if k, ok := latinKey(s); ok && k != fullKey(s) {
					t.Errorf("latinKey(%q) = %q, the full path gives %q", s, k, fullKey(s))
				}
			}
		}
	}
}

// FuzzKeyWords holds appendKeyWords, which splits a key at its single
// spaces, to strings.Fields of the key, as lookupPhrase had it.
func FuzzKeyWords(f *testing.F) {
	for _, s := range []string{"", " ", "Vladimir Putin", " H.E.  Mr. Xi\tJinping ", "a\u00a0b\u2028c\u0085d", "Nguyễn Phú Trọng", "St Petersburg International Economic Forum", "--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		got, want := appendKeyWords(nil, k), strings.Fields(k)
		if !slices.Equal(got, want) {
			t.Errorf("appendKeyWords(%q) = %q, strings.Fields gives %q", k, got, want)
		}
	})
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"Nguyễn Phú Trọng", "Đại", "ẞ", "ẛ", "Ỳ", "ỻ", "Ḝ", "Recep Tayyip Erdoğan", "XI JINPING", "O'Brien", "ＸＩ", "ß", "İstanbul", "ǅ", "ﬁ", "\u0345", "Ⅻ", "ŉ", "Łódź Đ ½ ×·", "a\u0301b", "Ǆ", "Владимир Путин", "Зеленський", "Ἀθῆναι ΣΊΣΥΦΟΣ", "ѝ ӂ", "Putin’s", "a…b", "“Xi” – Biden—Harris", "x\u2028y\u200bz", "Mo\u2011on", "Ŀ0", "aŀb", "Nazarbayev", "NAZARBAYEV Tokayev"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if k2 := Key(k); k2 != k {
			t.Errorf("Key not idempotent: Key(%q) = %q, Key of that = %q", s, k, k2)
		}
		if lk, ok := latinKey(s); ok && lk != slowKey(s) {
			t.Errorf("latinKey(%q) = %q, slowKey = %q", s, lk, slowKey(s))
		}
		var buf [8]byte
		if kb := KeyBytes(buf[:], s); string(kb) != k {
			t.Errorf("KeyBytes(%q) = %q, Key = %q", s, kb, k)
		}
		_ = Display(s)
	})
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Vladimir Putin", "President Xi", "Putin's", "ErdoÄŸan", "Путина", "Poutinsaid", "the Russian President", "Xijinping", "Merke1"} {
		f.Add(s, "2015-03-01", true)
	}
	f.Add("Ukraines", "", false)
	f.Add("BIDEN", "2023", true)
	g := Default()
	f.Fuzz(func(t *testing.T, s, date string, titled bool) {
		q := Query{Date: date, Titled: titled}
		for _, m := range []Match{g.Lookup(s, q), g.Role(s, q)} {
			if m.Person != nil && g.Person(m.Person.Name) != m.Person {
				t.Errorf("Lookup(%q) returned a person not in the gazetteer: %q", s, m.Person.Name)
			}
			if (m.Person == nil) != (m.Confidence == No) {
				t.Errorf("Lookup(%q): person %v with confidence %v", s, m.Person, m.Confidence)
			}
		}
		if isLetterWord(s) {
			if got, want := g.lookupLetterWord(s, q), g.lookupPhrase(s, q); got != want {
				t.Errorf("lookupLetterWord(%q, %+v) = %+v, lookupPhrase gives %+v", s, q, got, want)
			}
		}
		if fx, ok := g.FixWord(s, []string{date}); ok && (fx.To == "" || fx.Confidence < Medium) {
			t.Errorf("FixWord(%q) = %+v", s, fx)
		}
	})
}

// refKeyWord is the reference for KeyWord: the big word lists, then the
// interned name words, then the maps of demonymOrBlocked.
func refKeyWord(b []byte) (key string, settled bool) {
	lx := getLex()
	h := WordHash(b)
	if s, _, ok := lx.words.find(b, h); ok {
		return s, true
	}
	if t := interned.names.Load(); t != nil {
		if s, kind, ok := t.find(b, h); ok && kind&nameWord != 0 {
			key = s
		}
	}
	return key, lx.demonymOrBlocked(string(b))
}

// TestKeyWord holds KeyWord to refKeyWord, with the interned name words
// loaded and not yet, on the keys of letterWords, every demonym and
// blocked word, and odd strings; it checks Settled (isBlocked) and
// isBlockedKey too.
func TestKeyWord(t *testing.T) {
	g := Default()
	lx := getLex()
	var ws []string
	for _, w := range letterWords(t, g) {
		ws = append(ws, strings.ToLower(w))
	}
	for k := range lx.demonym {
		ws = append(ws, k, k+"s")
	}
	for k := range lx.block {
		ws = append(ws, k, k[:len(k)-1])
	}
	ws = append(ws, "", " ", "\n", "a\nb", strings.Repeat("x", 1100), "putin\n")
	names := interned.names.Load()
	defer interned.names.Store(names)
	for _, loaded := range []bool{true, false} {
		if !loaded {
			interned.names.Store(nil)
		}
		for _, w := range ws {
			key, settled := KeyWord([]byte(w))
			wantKey, wantSettled := refKeyWord([]byte(w))
			if key != wantKey || settled != wantSettled {
				t.Fatalf("KeyWord(%q) = %q, %v; want %q, %v (names loaded: %v)", w, key, settled, wantKey, wantSettled, loaded)
			}
			if settled != Settled(w) || settled != lx.isBlockedKey([]byte(w)) {
				t.Fatalf("KeyWord(%q) settled = %v, Settled = %v, isBlockedKey = %v", w, settled, Settled(w), lx.isBlockedKey([]byte(w)))
			}
		}
	}
}

// refAppendASCIIKeyOf is the reference for appendASCIIKeyOf:
// appendASCIIKey byte by byte.
func refAppendASCIIKeyOf(b []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); i++ {
		b, space = appendASCIIKey(b, s[i], space)
	}
	return b
}

func FuzzAppendASCIIKeyOf(f *testing.F) {
	for _, s := range []string{"Vladimir Putin", " O'Brien ", "H.E. Mr.", "U.S.-China", "a``b", "X--Y  z", "\t\x00\x7f9",
		"Putin", "LAVROV", "Zz", "AbcdefghijklmnopqrstuvwxyZ", "Abc@", "Abc[", "abc`", "{abc", "abcdefgh{", "abcdefghi\x7f", "abcd9", "abcde\x01fg"} {
		f.Add("", s)
		f.Add("key", s)
	}
	f.Fuzz(func(t *testing.T, prefix, s string) {
		if !isASCII(s) {
			return
		}
		want := refAppendASCIIKeyOf([]byte(prefix), s)
		// With no room past the prefix, and with room for s, which
		// the 8-byte path of a word of letters needs.
		roomy := append(make([]byte, 0, len(prefix)+len(s)+8), prefix...)
		for _, b := range [][]byte{[]byte(prefix), roomy} {
			if got := appendASCIIKeyOf(b, s); string(got) != string(want) {
				t.Errorf("appendASCIIKeyOf(%q (cap %d), %q) = %q, refAppendASCIIKeyOf gives %q", prefix, cap(b), s, got, want)
			}
		}
	})
}

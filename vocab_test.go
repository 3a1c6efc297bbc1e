package readout

import (
	"fmt"
	"strings"
	"testing"
)

// TestVocabulary holds the table to the map it is built from: every word
// found with its classes, by string and by bytes, and no other, the table
// at most a quarter full.
func TestVocabulary(t *testing.T) {
	classes := map[string]wordClass{}
	for i := range 3000 {
		classes[fmt.Sprintf("w%d", i*7)] = wordClass(i%7 + 1)
	}
	classes["a"], classes["president"], classes["the"] = clsMentionStart, clsTitle, clsMentionStart
	// Words of 8 bytes and less are their own keys, longer ones hashed;
	// lengths over 255 are kept as 255.
	classes["minister"], classes["secretary-general"], classes[strings.Repeat("x", 300)] = clsTitle, clsTitle, clsPlain
	// Longer words are keyed by their first and last 8 bytes, which two
	// words of more than 16 bytes may share.
	classes["president"], classes["first-deputy-minister"] = clsTitle, clsTitle
	v := newVocabulary(100) // grows
	for w, c := range classes {
		// Each word's classes given one at a time, then all again.
		for b := wordClass(1); b != 0 && b <= c; b <<= 1 {
			if c&b != 0 {
				v.add(w, b)
			}
		}
		v.add(w, c)
	}
	for w, c := range classes {
		if e := vocabEntry(v, w); e.low != w || e.cls != c {
			t.Errorf("vocabEntry(%q) = %q, %#x; want %q, %#x", w, e.low, e.cls, w, c)
		}
		if e := vocabEntry(v, []byte(w)); e.low != w || e.cls != c {
			t.Errorf("vocabEntry([]byte(%q)) = %q, %#x; want %q, %#x", w, e.low, e.cls, w, c)
		}
		if got := vocabClass(v, w); got != c {
			t.Errorf("vocabClass(%q) = %#x, want %#x", w, got, c)
		}
		checkBufEntry(t, v, w)
	}
	for i := range 30000 {
		w := fmt.Sprintf("w%d", i)
		if _, ok := classes[w]; !ok && vocabEntry(v, w) != (wordEntry{}) {
			t.Errorf("vocabEntry(%q) = %+v, want none", w, vocabEntry(v, w))
		}
	}
	for _, w := range []string{"", "b", "presiden", "presidents", "presidenz", "qresident", "thE", "ministe", "ministers", "minist0r", "first-deputy_minister", "first-aaaaaa-minister", "first-minister", strings.Repeat("x", 299), strings.Repeat("x", 301)} {
		if e := vocabEntry(v, w); e != (wordEntry{}) {
			t.Errorf("vocabEntry(%q) = %+v, want none", w, e)
		}
		if c := vocabClass(v, w); c != 0 {
			t.Errorf("vocabClass(%q) = %#x, want none", w, c)
		}
		checkBufEntry(t, v, w)
	}
	if len(v.words) != len(classes) || 4*len(v.words) > len(v.slots) {
		t.Errorf("%d words in %d slots, want %d words at most a quarter full", len(v.words), len(v.slots), len(classes))
	}
	if e := vocabEntry((*vocabulary)(nil), "the"); e != (wordEntry{}) {
		t.Errorf("nil vocabulary has %+v", e)
	}
}

// checkBufEntry fails t unless bufEntry gives a word of 1 to
// maxShortWord bytes the entry vocabEntry does, and shortClass a word of
// up to 8 bytes its class.
func checkBufEntry(t *testing.T, v *vocabulary, w string) {
	t.Helper()
	if len(w) == 0 || len(w) > maxShortWord {
		return
	}
	if len(w) <= 8 {
		if got, want := v.shortClass(shortKey(w), uint8(len(w))), vocabEntry(v, w).cls; got != want {
			t.Errorf("shortClass(%q) = %#x, want %#x", w, got, want)
		}
	}
	var b [maxShortWord]byte
	copy(b[:], w)
	if got, want := v.bufEntry(&b, len(w)), vocabEntry(v, w); got != want {
		t.Errorf("bufEntry(%q) = %+v, want %+v", w, got, want)
	}
}

// TestShortKeyAt holds shortKeyAt, which reads 8 bytes at once, and the
// key bufEntry reads from its buffer to shortKey.
func TestShortKeyAt(t *testing.T) {
	text := "the president\x00met Élysée \xff officials " + strings.Repeat("z", 8)
	for i := 0; i+8 <= len(text); i++ {
		for n := 1; n <= 8; n++ {
			w := text[i : i+n]
			if got, want := shortKeyAt(text, i, n), shortKey(w); got != want {
				t.Errorf("shortKeyAt(%q, %d, %d) = %#x, want shortKey(%q) = %#x", text, i, n, got, w, want)
			}
			var b [maxShortWord]byte
			copy(b[:], text[i:]) // bytes past the word too
			if got, want := firstBytes(first8(b[:]), n), shortKey(w); got != want {
				t.Errorf("key of %q in a buffer = %#x, want %#x", w, got, want)
			}
		}
	}
}

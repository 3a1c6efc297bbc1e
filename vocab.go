package readout

import "github.com/readout-go/readout/internal/names"

// A vocabulary is the lexicon's lower-case words with their classes (see
// wordClass): the words of its lists that the tokenizer classifies every
// word against. It is an open-addressing table at most a quarter full,
// whose slots hold a word's classes and its key (see wordKey), which for a
// word of up to 8 bytes is the word itself: most look-ups, hits or misses,
// read one slot of 16 bytes and compare integers. A nil *vocabulary holds
// no words.
type vocabulary struct {
	words []string // in the order added
	slots []vocabSlot
	shift uint // 64 - log2(len(slots))
}

// A vocabSlot is a slot of a vocabulary's table.
type vocabSlot struct {
	key     uint64 // wordKey of the word
	cls     wordClass
	n       uint8 // the word's length, 255 for a longer one; 0 for an empty slot
	settled bool  // the word is a key word names.Settled holds
	index   uint32
}

// wordKey returns the key of word w and the length the vocabulary keeps of
// it: for a word of up to 8 bytes, its shortKey; for a longer one, which
// the table compares as well, a hash of its first and last 8 bytes.
func wordKey[W string | []byte](w W) (uint64, uint8) {
	if n := len(w); n > 8 {
		return first8(w[:8])*0x9e3779b97f4a7c15 ^ first8(w[n-8:]), uint8(min(n, 255))
	}
	return shortKey(w), uint8(len(w))
}

// first8 returns the first 8 bytes of w, which must have them, as an
// integer, the first lowest: one load.
func first8[W string | []byte](w W) uint64 {
	b := w[:8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// shortKey returns word w of up to 8 bytes as an integer, its bytes in
// little-endian order (the first byte lowest), which with its length makes
// the word.
func shortKey[W string | []byte](w W) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k
}

// shortKeyAt returns shortKey(text[i:i+n]) for n from 1 to 8, reading the
// 8 bytes from i, which text must have, in one load.
func shortKeyAt(text string, i, n int) uint64 {
	// first8, written out: through it, shortKeyAt would be too costly for
	// the compiler to inline into the tokenizer.
	b := text[i : i+8]
	return firstBytes(uint64(b[0])|uint64(b[1])<<8|uint64(b[2])<<16|uint64(b[3])<<24|
		uint64(b[4])<<32|uint64(b[5])<<40|uint64(b[6])<<48|uint64(b[7])<<56, n)
}

// firstBytes returns the n low bytes of k, n from 1 to 8.
func firstBytes(k uint64, n int) uint64 {
	// A mask from a table rather than a shift by a count, which on
	// amd64 must stand in one register, CX, that the tokenizer's loop
	// would rather keep for its values. The index is masked as it never
	// needs to be, so that the compiler adds no bounds check.
	return k & byteMasks[n&15]
}

// byteMasks holds at n the mask of the n low bytes of a uint64, n from 1
// to 8.
var byteMasks = [16]uint64{1: 0xff, 2: 0xffff, 3: 0xffffff, 4: 0xffffffff, 5: 0xffffffffff,
	6: 0xffffffffffff, 7: 0xffffffffffffff, 8: 0xffffffffffffffff}

// slot returns the first slot of the table to probe for key and length n.
func (v *vocabulary) slot(key uint64, n uint8) uint64 {
	return ((key ^ uint64(n)) * 0x9e3779b97f4a7c15) >> (v.shift & 63)
}

// newVocabulary returns an empty vocabulary with room for n words, at most
// (a word may be on several lists): its table starts with room for half as
// many, and add doubles it as it fills.
func newVocabulary(n int) *vocabulary {
	size, shift := 2, uint(63)
	for size < 2*n {
		size <<= 1
		shift--
	}
	return &vocabulary{words: make([]string, 0, n), slots: make([]vocabSlot, size), shift: shift}
}

// add gives word w, lower case, the classes c besides those it has,
// adding w with its lower case (itself) and whether it is settled if the
// vocabulary lacks it. The table stays at most a quarter full, so that a
// look-up, which probes until it finds the word or an empty slot, mostly
// reads one slot: it doubles as it fills, so that it ends the size a table
// made for its words is.
func (v *vocabulary) add(w string, c wordClass) {
	if w == "" {
		panic("readout: empty word in the vocabulary")
	}
	key, n := wordKey(w)
	mask := uint64(len(v.slots) - 1)
	i := v.slot(key, n)
	for ; v.slots[i].n != 0; i = (i + 1) & mask {
		if s := &v.slots[i]; s.key == key && s.n == n && v.words[s.index] == w {
			s.cls |= c
			return
		}
	}
	settled := isKeyWord(w) && names.Settled(w)
	v.slots[i] = vocabSlot{key: key, cls: c, n: n, settled: settled, index: uint32(len(v.words))}
	v.words = append(v.words, w)
	if 4*len(v.words) > len(v.slots) {
		v.grow()
	}
}

// grow doubles the table of v and files its words anew.
func (v *vocabulary) grow() {
	old := v.slots
	v.slots = make([]vocabSlot, 2*len(old))
	v.shift--
	mask := uint64(len(v.slots) - 1)
	for _, s := range old {
		if s.n == 0 {
			continue
		}
		i := v.slot(s.key, s.n)
		for v.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		v.slots[i] = s
	}
}

// vocabSlotOf returns the slot of the lower-case word w, nil when the
// vocabulary lacks it.
func vocabSlotOf[W string | []byte](v *vocabulary, w W) *vocabSlot {
	key, n := wordKey(w)
	mask := uint64(len(v.slots) - 1)
	for i := v.slot(key, n); ; i = (i + 1) & mask {
		s := &v.slots[i]
		if s.key == key && s.n == n && (len(w) <= 8 || v.words[s.index] == string(w)) {
			return s
		}
		if s.n == 0 {
			return nil
		}
	}
}

// vocabEntry returns the entry of the lower-case word w, the zero entry when the
// vocabulary lacks it.
func vocabEntry[W string | []byte](v *vocabulary, w W) wordEntry {
	if v == nil || len(w) == 0 {
		return wordEntry{}
	}
	s := vocabSlotOf(v, w)
	if s == nil {
		return wordEntry{}
	}
	return wordEntry{low: v.words[s.index], cls: s.cls, settled: s.settled}
}

// vocabClass returns the classes of the lower-case word w, as vocabEntry.
// The tokenizer asks it of lower-case words of more than 8 bytes: it keys
// and probes for the word itself, with no call but to compare a word the
// key matches.
func vocabClass(v *vocabulary, w string) wordClass {
	if v == nil || w == "" {
		return 0
	}
	var key uint64
	n := len(w)
	if n > 8 {
		key = first8(w)*0x9e3779b97f4a7c15 ^ first8(w[n-8:]) // wordKey(w)
	} else {
		key = shortKey(w)
	}
	ln := uint8(min(n, 255))
	mask := uint64(len(v.slots) - 1)
	for i := v.slot(key, ln); ; i = (i + 1) & mask {
		s := &v.slots[i]
		if s.key == key && s.n == ln && (n <= 8 || v.words[s.index] == w) {
			return s.cls
		}
		if s.n == 0 {
			return 0
		}
	}
}

// shortSlot returns the slot of the word of up to 8 bytes with key and
// length n, nil when the vocabulary lacks it.
func (v *vocabulary) shortSlot(key uint64, n uint8) *vocabSlot {
	mask := uint64(len(v.slots) - 1)
	for i := v.slot(key, n); ; i = (i + 1) & mask {
		s := &v.slots[i]
		if s.key == key && s.n == n {
			return s
		}
		if s.n == 0 {
			return nil
		}
	}
}

// shortClass returns the classes of the word of up to 8 bytes with key
// and length n, 0 when the vocabulary lacks it: the class of the slot that
// holds the word or of the empty slot that ends the search, which has
// none. It tests for either at once, as about half the words the
// tokenizer asks are in the vocabulary: a branch for each would mispredict
// as often.
func (v *vocabulary) shortClass(key uint64, n uint8) wordClass {
	mask := uint64(len(v.slots) - 1)
	for i := v.slot(key, n); ; i = (i + 1) & mask {
		s := &v.slots[i]
		// Zero where s holds the word, or, through s.n, is empty.
		if min(s.key^key|uint64(s.n^n), uint64(s.n)) == 0 {
			return s.cls
		}
	}
}

// bufEntry is vocabEntry for the word of the first n bytes of b, n from 1
// to maxShortWord: it keys and probes for the word itself, as vocabClass
// does, with no call but to compare a longer word the key matches.
func (v *vocabulary) bufEntry(b *[maxShortWord]byte, n int) wordEntry {
	if v == nil {
		return wordEntry{}
	}
	var s *vocabSlot
	if n <= 8 {
		s = v.shortSlot(firstBytes(first8(b[:]), n), uint8(n)) // shortKey(b[:n])
	} else {
		s = v.longSlot(b[:n])
	}
	if s == nil {
		return wordEntry{}
	}
	return wordEntry{low: v.words[s.index], cls: s.cls, settled: s.settled}
}

// longSlot returns the slot of the word w of 9 to 255 bytes, nil when the
// vocabulary lacks it.
func (v *vocabulary) longSlot(w []byte) *vocabSlot {
	n := len(w)
	key := first8(w)*0x9e3779b97f4a7c15 ^ first8(w[n-8:]) // wordKey(w)
	mask := uint64(len(v.slots) - 1)
	for i := v.slot(key, uint8(n)); ; i = (i + 1) & mask {
		s := &v.slots[i]
		if s.key == key && int(s.n) == n && v.words[s.index] == string(w) {
			return s
		}
		if s.n == 0 {
			return nil
		}
	}
}

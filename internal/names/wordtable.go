package names

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// A wordTable is a set of words with a kind each, kept as one string of
// lines and an open-addressing table of offsets into it. It is built in
// about a millisecond from the embedded lists, holds no pointers for the
// garbage collector to scan, and answers a look-up with one hash and
// usually one comparison.
type wordTable struct {
	blob  string
	slots []uint32 // 0: empty; else (offset+1)<<12 | length<<2 | kind
}

// tableSeed seeds the hash of every wordTable, so that one hash of a word
// serves to look it up in all of them.
var tableSeed = maphash.MakeSeed()

// A wordKind tells which of the big word lists a key is on.
type wordKind uint8

const (
	englishWord wordKind = 1 << iota
	properNoun
)

// newWordTable returns the table of the lines of each list, of the kind
// given beside it; a word on several lists has all their kinds.
func newWordTable(lists []string, kinds []wordKind) *wordTable {
	n := 0
	for _, l := range lists {
		n += strings.Count(l, "\n") + 1
	}
	// A table about half full: short probes, and small enough to stay
	// in a core's cache while it is built.
	size := 1
	for size < n*3/2 {
		size <<= 1
	}
	t := &wordTable{blob: strings.Join(lists, "\n"), slots: make([]uint32, size)}
	if len(t.blob) >= 1<<20-1 {
		panic("names: word lists over 1 MB")
	}
	base := 0 // where list li starts in the blob
	for li, l := range lists {
		for pos := 0; pos < len(l); {
			end := strings.IndexByte(l[pos:], '\n')
			if end < 0 {
				end = len(l)
			} else {
				end += pos
			}
			if line := strings.TrimRight(l[pos:end], "\r"); line != "" && len(line) < 1<<10 {
				t.add(base+pos, len(line), kinds[li])
			}
			pos = end + 1
		}
		base += len(l) + 1
	}
	return t
}

func (t *wordTable) add(off, n int, k wordKind) {
	w := t.blob[off : off+n]
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(tableSeed, w) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			t.slots[i] = uint32(off+1)<<12 | uint32(n)<<2 | uint32(k)
			return
		}
		if t.word(s) == w {
			t.slots[i] |= uint32(k)
			return
		}
	}
}

func (t *wordTable) word(s uint32) string {
	off, n := int(s>>12)-1, int(s>>2&0x3ff)
	return t.blob[off : off+n]
}

// find returns the word of the table spelled b, whose hash is h, without
// allocating.
func (t *wordTable) find(b []byte, h uint64) (string, bool) {
	if len(b) == 0 {
		return "", false
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return "", false
		}
		if int(s>>2&0x3ff) == len(b) && t.word(s) == string(b) {
			return t.word(s), true
		}
	}
}

// interned holds the key words Key returns without allocating: the
// English words and proper nouns of the lexicon, then also the name words
// of the default gazetteer.
var interned struct {
	lexicon, names atomic.Pointer[wordTable]
}

// intern returns the interned copy of key b, or b as a new string.
func intern(b []byte) string {
	h := maphash.Bytes(tableSeed, b)
	for _, t := range []*wordTable{interned.names.Load(), interned.lexicon.Load()} {
		if t != nil {
			if s, ok := t.find(b, h); ok {
				return s
			}
		}
	}
	return string(b)
}

// kind returns the kinds of w, 0 when it is on no list.
func (t *wordTable) kind(w string) wordKind {
	if w == "" {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(tableSeed, w) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if int(s>>2&0x3ff) == len(w) && t.word(s) == w {
			return wordKind(s & 3)
		}
	}
}

// KeyWord returns the interned copy of key word b, or "" when no list
// holds it, and whether Settled(string(b)), with one hash of b and
// without allocating: the tokenizer asks it of every capitalised word.
func KeyWord(b []byte) (key string, settled bool) {
	lx := getLex()
	h := maphash.Bytes(tableSeed, b)
	if s, ok := lx.words.find(b, h); ok {
		return s, true // on a word list, so settled
	}
	if t := interned.names.Load(); t != nil {
		key, _ = t.find(b, h)
	}
	_, dem := lx.demonym[string(b)]
	return key, dem || lx.block[string(b)]
}

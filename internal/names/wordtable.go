package names

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
)

// A wordTable is a set of words with a kind each, kept as the lists of
// lines they come from and an open-addressing table of offsets into them.
// It is built in a few milliseconds from the embedded lists, without copying
// them, holds no pointers for the garbage collector to scan, and answers a
// look-up with one hash and usually one comparison.
type wordTable struct {
	lists []string
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
// given beside it; a word on several lists has all their kinds. The lines of
// the first list are taken to be distinct: they go in without a look for an
// earlier copy (a repeated line would only take a second slot).
func newWordTable(lists []string, kinds []wordKind) *wordTable {
	n, size := 0, 0
	for _, l := range lists {
		n += strings.Count(l, "\n") + 1
		size += len(l) + 1
	}
	if size > 1<<20 {
		panic("names: word lists over 1 MB")
	}
	// A table about half full: short probes, and small enough to stay
	// in a core's cache while it is built.
	size = 1
	for size < n*3/2 {
		size <<= 1
	}
	t := &wordTable{lists: lists, slots: make([]uint32, size)}
	base := 0 // the offset of list li, as if the lists were joined with newlines
	for li, l := range lists {
		for pos := 0; pos < len(l); {
			end := strings.IndexByte(l[pos:], '\n')
			if end < 0 {
				end = len(l)
			} else {
				end += pos
			}
			if line := strings.TrimRight(l[pos:end], "\r"); line != "" && len(line) < 1<<10 {
				t.add(line, base+pos, kinds[li], li == 0)
			}
			pos = end + 1
		}
		base += len(l) + 1
	}
	return t
}

// add adds w, at offset off, with kind k. A word already in the table gets
// kind k as well; fresh tells that w is not in the table.
func (t *wordTable) add(w string, off int, k wordKind, fresh bool) {
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(tableSeed, w) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			t.slots[i] = uint32(off+1)<<12 | uint32(len(w))<<2 | uint32(k)
			return
		}
		if !fresh && t.word(s) == w {
			t.slots[i] |= uint32(k)
			return
		}
	}
}

// word returns the word of slot s.
func (t *wordTable) word(s uint32) string {
	off, n := int(s>>12)-1, int(s>>2&0x3ff)
	for _, l := range t.lists {
		if off < len(l) {
			return l[off : off+n]
		}
		off -= len(l) + 1
	}
	return ""
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

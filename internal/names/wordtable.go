package names

import (
	_ "embed"
	"encoding/binary"
	"strings"
	"sync/atomic"
)

// A wordTable is a set of words with a kind each, kept as the lists of
// lines they come from and an open-addressing table of offsets into them.
// It holds no pointers for the garbage collector to scan, and answers a
// look-up with one hash and usually one comparison. The table of the
// lexicon's big lists is built ahead of time (see WordIndex); others are
// built in a fraction of a millisecond.
type wordTable struct {
	lists []string
	// slots holds the table as little-endian uint32s: 0 for an empty slot,
	// else (offset+1)<<offsetShift | length<<kindBits | kind, where offset
	// is that of the word in the lists joined with newlines.
	slots string
}

// The fields of a wordTable's slot: its kinds in the low kindBits bits,
// the word's length in the lenBits above them, and its offset above those.
const (
	kindBits    = 4
	lenBits     = 8
	offsetShift = kindBits + lenBits
)

// slotLen returns the length of the word of slot s.
func slotLen(s uint32) int { return int(s >> kindBits & (1<<lenBits - 1)) }

// slotKind returns the kinds of the word of slot s.
func slotKind(s uint32) wordKind { return wordKind(s & (1<<kindBits - 1)) }

// A wordKind tells which of the big word lists a key is on.
type wordKind uint8

const (
	englishWord wordKind = 1 << iota
	properNoun
)

// WordHash returns the hash of w for the word tables. It is the same in every process, so that a table
// can be built ahead of time; as a table never changes once built, text
// cannot lengthen its probes.
func WordHash[W string | []byte](w W) uint64 {
	const m = 0x9e3779b97f4a7c15
	h := uint64(len(w))
	for len(w) >= 8 {
		h = (h ^ (uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56)) * m
		h ^= h >> 32
		w = w[8:]
	}
	// The rest, in one word: two overlapping halves, or three bytes.
	var t uint64
	switch n := len(w); {
	case n >= 4:
		t = uint64(uint32(w[0])|uint32(w[1])<<8|uint32(w[2])<<16|uint32(w[3])<<24)<<32 |
			uint64(uint32(w[n-4])|uint32(w[n-3])<<8|uint32(w[n-2])<<16|uint32(w[n-1])<<24)
	case n > 0:
		t = uint64(w[0])<<16 | uint64(w[n>>1])<<8 | uint64(w[n-1])
	}
	h = (h ^ t) * m
	h ^= h >> 32
	h *= m
	h ^= h >> 29
	return h
}

// newWordTable returns the table of the lines of each list, of the kind
// given beside it; a word on several lists has all their kinds. The lines of
// the first list are taken to be distinct: they go in without a look for an
// earlier copy (a repeated line would only take a second slot). A line of
// 1<<lenBits (256) bytes or more, far longer than a word and than a slot's
// length can be, is left out.
func newWordTable(lists []string, kinds []wordKind) *wordTable {
	n, size := 0, 0
	for _, l := range lists {
		n += strings.Count(l, "\n") + 1
		size += len(l) + 1
	}
	if size > 1<<(32-offsetShift) {
		panic("names: word lists over 1 MB")
	}
	for _, k := range kinds {
		if k >= 1<<kindBits {
			panic("names: a word kind past a slot's kind bits")
		}
	}
	// A table about half full: short probes, and small enough to stay
	// in a core's cache while it is built.
	size = tableSize(n)
	t := &wordTable{lists: lists}
	slots := make([]uint32, size)
	mask := uint64(size - 1)
	base := 0 // the offset of list li
	for li, l := range lists {
		for pos := 0; pos < len(l); {
			end := strings.IndexByte(l[pos:], '\n')
			if end < 0 {
				end = len(l)
			} else {
				end += pos
			}
			w := strings.TrimRight(l[pos:end], "\r")
			if w == "" || len(w) >= 1<<lenBits {
				pos = end + 1
				continue
			}
			for i := WordHash(w) & mask; ; i = (i + 1) & mask {
				s := slots[i]
				if s == 0 {
					slots[i] = uint32(base+pos+1)<<offsetShift | uint32(len(w))<<kindBits | uint32(kinds[li])
					break
				}
				if li > 0 && t.word(s) == w {
					slots[i] |= uint32(kinds[li])
					break
				}
			}
			pos = end + 1
		}
		base += len(l) + 1
	}
	b := make([]byte, 4*size)
	for i, s := range slots {
		binary.LittleEndian.PutUint32(b[4*i:], s)
	}
	t.slots = string(b)
	return t
}

// slot returns slot i of t.
func (t *wordTable) slot(i uint64) uint32 { return le32(t.slots, 4*i) }

// word returns the word of slot s.
func (t *wordTable) word(s uint32) string {
	off, n := int(s>>offsetShift)-1, slotLen(s)
	for _, l := range t.lists {
		if off < len(l) {
			return l[off : off+n]
		}
		off -= len(l) + 1
	}
	return ""
}

// find returns the word of the table spelled b, whose hash is h, and its
// kinds, without allocating.
func (t *wordTable) find(b []byte, h uint64) (string, wordKind, bool) {
	if len(b) == 0 {
		return "", 0, false
	}
	mask := uint64(len(t.slots)/4 - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slot(i)
		if s == 0 {
			return "", 0, false
		}
		if slotLen(s) == len(b) {
			if w := t.word(s); w == string(b) {
				return w, slotKind(s), true
			}
		}
	}
}

// kind returns the kinds of w, 0 when it is on no list.
func (t *wordTable) kind(w string) wordKind { return t.kindHash(w, WordHash(w)) }

// kindHash is kind for w of WordHash h.
func (t *wordTable) kindHash(w string, h uint64) wordKind {
	if w == "" {
		return 0
	}
	mask := uint64(len(t.slots)/4 - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slot(i)
		if s == 0 {
			return 0
		}
		if slotLen(s) == len(w) && t.word(s) == w {
			return slotKind(s)
		}
	}
}

// interned holds the key words Key returns without allocating: the
// English words and proper nouns of the lexicon, then also the name words
// of the default gazetteer, with the demonyms and blocked words of the
// lexicon (see loadDefault), of the kinds below.
var interned struct {
	lexicon, names atomic.Pointer[wordTable]
}

// The kinds of the words of interned.names.
const (
	nameWord    wordKind = 1 << iota // a name word of the default gazetteer
	settledWord                      // a word demonymOrBlocked knows
	canonWord                        // a word of a canonical name (wordInfo.canon)
	titleWord                        // a title key of one word of the lexicon
)

// intern returns the interned copy of key b, or b as a new string.
func intern(b []byte) string {
	h := WordHash(b)
	if t := interned.names.Load(); t != nil {
		if s, _, ok := t.find(b, h); ok {
			return s
		}
	}
	if t := interned.lexicon.Load(); t != nil {
		if s, _, ok := t.find(b, h); ok {
			return s
		}
	}
	return string(b)
}

// The lexicon's table of English words and proper nouns.
var (
	bigLists = []string{englishTxt, properTxt}
	bigKinds = []wordKind{englishWord, properNoun}
)

// wordIndex is the table of bigLists, built by gen.go (see WordIndex).
//
//go:embed lexicon/words.idx
var wordIndex string

// WordIndex returns the table of the lexicon's English words and proper
// nouns for gen.go to write to lexicon/words.idx: the byte length of each
// list, then the slots, all as little-endian uint32s. Loading the table
// from there instead of building it saves a few milliseconds of start-up.
func WordIndex() []byte {
	t := newWordTable(bigLists, bigKinds)
	var b []byte
	for _, l := range t.lists {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(l)))
	}
	return append(b, t.slots...)
}

// bigTable returns the table of the lexicon's English words and proper
// nouns: the one in wordIndex, or one built now if wordIndex is not of the
// lists as they are (a list was edited and go generate not run; a test
// reports it).
func bigTable() *wordTable {
	idx := wordIndex
	for _, l := range bigLists {
		if len(idx) < 4 || binary.LittleEndian.Uint32([]byte(idx[:4])) != uint32(len(l)) {
			return newWordTable(bigLists, bigKinds)
		}
		idx = idx[4:]
	}
	if !validSlots(idx) {
		return newWordTable(bigLists, bigKinds)
	}
	return &wordTable{lists: bigLists, slots: idx}
}

// KeyWord returns the interned copy of key word b, or "" when no list
// holds it, and whether Settled(string(b)), with one hash of b and
// without allocating: the tokenizer asks it of every capitalised word.
func KeyWord(b []byte) (key string, settled bool) { return getLex().keyWord(b) }

// keyWord is KeyWord with the word lists of l.
func (l *lexicon) keyWord(b []byte) (key string, settled bool) {
	h := WordHash(b)
	if s, _, ok := l.words.find(b, h); ok {
		return s, true // on a word list, so settled
	}
	if t := interned.names.Load(); t != nil {
		// The table holds every word demonymOrBlocked knows.
		s, kind, _ := t.find(b, h)
		if kind&nameWord == 0 {
			s = ""
		}
		return s, kind&settledWord != 0
	}
	return "", l.demonymOrBlocked(string(b))
}

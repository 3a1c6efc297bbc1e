package names

import (
	_ "embed"
	"encoding/binary"
	"slices"
	"strings"
)

// A fuzzyIndex finds the name words of a gazetteer near a garbled word: by
// deletion variant (a word, or the word less one letter, leads to the
// words of 5 to 30 bytes it is or it is one deletion from) and by skeleton
// (see skeleton). It holds no pointers for the garbage collector to scan,
// and, like a wordTable, can be built ahead of time (see NameIndex).
type fuzzyIndex struct {
	// words holds the name words, one a line; the tables point into it.
	words string
	// del holds the deletion table as little-endian uint32s: 0 for an
	// empty slot, else (offset+1)<<8 | length of the word. A word is
	// filed under itself and each of its deletion variants, each once.
	del string
	// skel holds the skeleton table as little-endian uint64s: 0 for an
	// empty slot, else (the upper 32 bits of the skeleton's WordHash)<<32
	// | (offset+1) of the word. Every ASCII word is filed under its
	// skeleton.
	skel string
}

// Deletion variants are indexed for the name words of minDelWord to
// maxDelWord bytes.
const (
	minDelWord = 5
	maxDelWord = 30
)

// newFuzzyIndex returns the index of the ASCII words of words, which holds
// distinct words one a line (words that are not ASCII are skipped).
func newFuzzyIndex(words string) *fuzzyIndex {
	if len(words) >= 1<<24-1 {
		panic("names: name words over 16 MB")
	}
	nDel, nSkel := 0, 0
	eachLine(words, func(off int, w string) {
		if !isASCII(w) {
			return
		}
		nSkel++
		if len(w) >= minDelWord && len(w) <= maxDelWord {
			nDel += len(w) + 1
		}
	})
	// Most look-ups are of variants that are in neither table: tables
	// about a quarter full end them at the first or second slot.
	del := make([]uint32, tableSize(2*nDel))
	skel := make([]uint64, tableSize(2*nSkel))
	delMask, skelMask := uint64(len(del)-1), uint64(len(skel)-1)
	var buf [maxDelWord]byte
	var skb [64]byte
	eachLine(words, func(off int, w string) {
		if !isASCII(w) {
			return
		}
		h := WordHash(appendSkeleton(skb[:0], w))
		i := h & skelMask
		for skel[i] != 0 {
			i = (i + 1) & skelMask
		}
		skel[i] = h>>32<<32 | uint64(off+1)
		if len(w) < minDelWord || len(w) > maxDelWord {
			return
		}
		s := uint32(off+1)<<8 | uint32(len(w))
		put := func(k []byte) {
			i := WordHash(k) & delMask
			for del[i] != 0 {
				i = (i + 1) & delMask
			}
			del[i] = s
		}
		put([]byte(w))
		for i := 0; i < len(w); i++ {
			// Deleting any letter of a run of one letter gives the
			// same variant: file it once.
			if i > 0 && w[i] == w[i-1] {
				continue
			}
			put(append(append(buf[:0], w[:i]...), w[i+1:]...))
		}
	})
	x := &fuzzyIndex{words: words}
	b := make([]byte, 0, 4*len(del))
	for _, s := range del {
		b = binary.LittleEndian.AppendUint32(b, s)
	}
	x.del = string(b)
	b = make([]byte, 0, 8*len(skel))
	for _, s := range skel {
		b = binary.LittleEndian.AppendUint64(b, s)
	}
	x.skel = string(b)
	return x
}

// tableSize returns the number of slots of an open-addressing table of n
// entries: a power of two, the table about half full.
func tableSize(n int) int {
	size := 2
	for size < n*3/2 {
		size <<= 1
	}
	return size
}

// validSlots reports whether s holds the slots of an open-addressing
// table: a whole number of 4-byte slots, a power of two and at least two.
func validSlots(s string) bool {
	n := len(s) / 4
	return len(s)%4 == 0 && n >= 2 && n&(n-1) == 0
}

// le32 returns the little-endian uint32 at s[i:].
func le32(s string, i uint64) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// eachLine calls fn with each non-empty line of s and its offset.
func eachLine(s string, fn func(off int, line string)) {
	for off := 0; off < len(s); {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s) - off
		}
		if end > 0 {
			fn(off, s[off:off+end])
		}
		off += end + 1
	}
}

// delWords appends to dst the words that k is, or is one deletion from,
// that are not in dst already, and returns it.
func (x *fuzzyIndex) delWords(dst []string, k []byte) []string {
	mask := uint64(len(x.del)/4 - 1)
	for i := WordHash(k) & mask; ; i = (i + 1) & mask {
		s := le32(x.del, 4*i)
		if s == 0 {
			return dst
		}
		n := int(s & 0xff)
		if n != len(k) && n != len(k)+1 {
			continue
		}
		off := int(s>>8) - 1
		w := x.words[off : off+n]
		if isDeletion(k, w) && !slices.Contains(dst, w) {
			dst = append(dst, w)
		}
	}
}

// isDeletion reports whether k is w or w less one letter.
func isDeletion(k []byte, w string) bool {
	if len(k) == len(w) {
		return string(k) == w
	}
	if len(k)+1 != len(w) {
		return false
	}
	i := 0
	for i < len(k) && k[i] == w[i] {
		i++
	}
	return string(k[i:]) == w[i+1:]
}

// skelWords appends to dst the words whose skeleton is sk, and returns it.
func (x *fuzzyIndex) skelWords(dst []string, sk []byte) []string {
	mask := uint64(len(x.skel)/8 - 1)
	h := WordHash(sk)
	var skb [64]byte
	for i := h & mask; ; i = (i + 1) & mask {
		s := uint64(le32(x.skel, 8*i)) | uint64(le32(x.skel, 8*i+4))<<32
		if s == 0 {
			return dst
		}
		if s>>32 != h>>32 {
			continue
		}
		off := int(uint32(s)) - 1
		w := x.words[off:]
		if n := strings.IndexByte(w, '\n'); n >= 0 {
			w = w[:n]
		}
		if string(appendSkeleton(skb[:0], w)) == string(sk) {
			dst = append(dst, w)
		}
	}
}

// A nameIndex holds the tables of a gazetteer's name words that only save
// work: the words interned (see intern and KeyWord) and the fuzzy index.
type nameIndex struct {
	// interned holds the name words (nameWord), the words
	// demonymOrBlocked knows (settledWord), so that KeyWord answers a
	// word off the big lists with one more probe, the words of
	// canonical names (canonWord), for keeps, and the titles of one word
	// (titleWord), for localKey.
	interned *wordTable
	fuzzy    *fuzzyIndex
}

// newNameIndex returns the name index of g, whose words it takes in sorted
// order, so that the same gazetteer gives the same tables.
func newNameIndex(g *Gazetteer) *nameIndex {
	ws := make([]string, 0, len(g.words))
	var canon []string
	for w, wi := range g.words {
		ws = append(ws, w)
		if wi.canon {
			canon = append(canon, w)
		}
	}
	slices.Sort(ws)
	slices.Sort(canon)
	lx := getLists()
	settled := make([]string, 0, len(lx.demonym)+len(lx.block))
	for k := range lx.demonym {
		settled = append(settled, k)
	}
	for k := range lx.block {
		settled = append(settled, k)
	}
	slices.Sort(settled)
	var titles []string
	for k := range lx.titles {
		if !strings.Contains(k, " ") {
			titles = append(titles, k)
		}
	}
	slices.Sort(titles)
	words := strings.Join(ws, "\n")
	lists := []string{words, strings.Join(settled, "\n"), strings.Join(canon, "\n"), strings.Join(titles, "\n")}
	return &nameIndex{
		interned: newWordTable(lists, []wordKind{nameWord, settledWord, canonWord, titleWord}),
		fuzzy:    newFuzzyIndex(words),
	}
}

// nameIndexHeader returns the head of gazetteer_words.idx for the
// gazetteer gz: the WordHash of gz and of the lexicon files the settled
// words and the titles come from, as little-endian uint64s.
func nameIndexHeader(gz string) []byte {
	var b []byte
	for _, s := range []string{gz, demonymsTSV, blocklistTxt, titlesTxt} {
		b = binary.LittleEndian.AppendUint64(b, WordHash(s))
	}
	return b
}

// NameIndex returns the name index of the gazetteer gz (in the format of
// gazetteer.tsv) for gen.go to write to gazetteer_words.idx: the header
// (see nameIndexHeader), the byte lengths of the name words, the settled
// words, the canonical words, the titles, the interned table's slots, the
// deletion table and the skeleton table as little-endian uint32s, then
// those seven. Loading the index from
// there instead of building it saves a few milliseconds of start-up.
func NameIndex(gz []byte) ([]byte, error) {
	g, err := parse(string(gz), nil)
	if err != nil {
		return nil, err
	}
	x := newNameIndex(g)
	parts := []string{x.interned.lists[0], x.interned.lists[1], x.interned.lists[2], x.interned.lists[3], x.interned.slots, x.fuzzy.del, x.fuzzy.skel}
	b := nameIndexHeader(string(gz))
	for _, p := range parts {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(p)))
	}
	for _, p := range parts {
		b = append(b, p...)
	}
	return b, nil
}

// readNameIndex returns the name index in idx, written by NameIndex for
// the gazetteer gz, or false when idx is not of gz and the lexicon as they
// are (a file was edited and go generate not run; a test reports it).
func readNameIndex(idx, gz string) (*nameIndex, bool) {
	head := nameIndexHeader(gz)
	var parts [7]string
	if !strings.HasPrefix(idx, string(head)) || len(idx) < len(head)+len(parts)*4 {
		return nil, false
	}
	rest := idx[len(head)+len(parts)*4:]
	for i := range parts {
		n := int(le32(idx, uint64(len(head)+4*i)))
		if n > len(rest) {
			return nil, false
		}
		parts[i], rest = rest[:n], rest[n:]
	}
	for _, p := range parts[4:] {
		if !validSlots(p) {
			return nil, false
		}
	}
	if rest != "" || len(parts[6])%8 != 0 {
		return nil, false
	}
	return &nameIndex{
		interned: &wordTable{lists: parts[:4], slots: parts[4]},
		fuzzy:    &fuzzyIndex{words: parts[0], del: parts[5], skel: parts[6]},
	}, true
}

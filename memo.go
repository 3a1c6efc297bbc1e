package readout

// A memo remembers values by a string key for one document. Its first
// fewMemo values are found one by one in a list: most documents remember
// no more, which a map would cost more to hash, fill and clear. Those
// after them are found through an index. It holds at most memoSize.
type memo[V any] struct {
	entries []memoItem[V]
	index   map[string]int32 // the entries past the first fewMemo, by key
}

// A memoItem is a value a memo remembers, with its key.
type memoItem[V any] struct {
	key string
	val V
}

// fewMemo is how many values of a memo are found one by one.
const fewMemo = 16

// find returns the value remembered for key, nil when there is none. It
// stays valid until the next add.
func (m *memo[V]) find(key string) *V {
	es := m.entries
	for i := range es[:min(len(es), fewMemo)] {
		if es[i].key == key {
			return &es[i].val
		}
	}
	if len(es) > fewMemo {
		if i, ok := m.index[key]; ok {
			return &es[i].val
		}
	}
	return nil
}

// add remembers v for key, which m lacks, unless m holds memoSize values.
func (m *memo[V]) add(key string, v V) {
	n := len(m.entries)
	if n >= memoSize {
		return
	}
	m.entries = append(m.entries, memoItem[V]{key, v})
	if n >= fewMemo {
		if m.index == nil {
			m.index = make(map[string]int32)
		}
		m.index[key] = int32(n)
	}
}

// reset empties m for the next document. It keeps m's room, unless that
// has grown past maxKept entries.
func (m *memo[V]) reset() {
	clear(m.entries)
	m.entries = keep(m.entries)
	clear(m.index)
}

// A wordTable remembers values by a word of up to maxMemoWord bytes. It
// keeps a word as its memoKeys and length, and no string of it, so that
// it may outlive the text of the words it was given: the classifications
// of words (wordMemo) and the repairs' answers (wordFix) are kept from
// document to document. It is an open-addressing table, at most half
// full, of indexes into its values, and holds at most memoSize. Its zero
// value is empty; add starts it, but a caller that probes index itself
// (classifyWord) needs one made by start.
type wordTable[V any] struct {
	index   []int32 // 1 + the index of each entry, 0 for none; its length a power of two
	entries []wordItem[V]
	shift   uint8 // 64 - log2(len(index))
}

// A wordItem is a value a wordTable remembers, with the word's keys.
type wordItem[V any] struct {
	a, b uint64 // memoKeys of the word
	n    uint8  // the word's length
	val  V
}

// firstWordTable is the number of slots a wordTable starts with.
const firstWordTable = 256

// start readies the empty m's index.
func (m *wordTable[V]) start() {
	m.index, m.shift = make([]int32, firstWordTable), 64-8
}

// find returns the value remembered for the word w, nil when there is
// none. It stays valid until the next add.
func (m *wordTable[V]) find(w string) *V {
	if len(w) > maxMemoWord || len(m.entries) == 0 {
		return nil
	}
	a, b := memoKeys(w)
	mask := uint64(len(m.index) - 1)
	for i := m.slot(a, b, len(w)); m.index[i] != 0; i = (i + 1) & mask {
		e := &m.entries[m.index[i]-1]
		if e.a == a && e.b == b && int(e.n) == len(w) {
			return &e.val
		}
	}
	return nil
}

// add remembers v for the word w, which m lacks, unless w is longer than
// maxMemoWord or m holds memoSize values.
func (m *wordTable[V]) add(w string, v V) {
	if len(w) > maxMemoWord || len(m.entries) >= memoSize {
		return
	}
	if m.index == nil {
		m.start()
	}
	a, b := memoKeys(w)
	m.entries = append(m.entries, wordItem[V]{a: a, b: b, n: uint8(len(w)), val: v})
	m.file(len(m.entries) - 1)
	if 2*len(m.entries) > len(m.index) {
		m.grow()
	}
}

// grow doubles the index of m and files its entries anew.
func (m *wordTable[V]) grow() {
	m.index = make([]int32, 2*len(m.index))
	m.shift--
	for k := range m.entries {
		m.file(k)
	}
}

// file enters the value m.entries[k] in the first free slot for its word.
func (m *wordTable[V]) file(k int) {
	e := &m.entries[k]
	mask := uint64(len(m.index) - 1)
	i := m.slot(e.a, e.b, int(e.n))
	for m.index[i] != 0 {
		i = (i + 1) & mask
	}
	m.index[i] = int32(k + 1)
}

// slot returns the first slot of the table to probe for the word of
// memoKeys a and b and length n.
func (m *wordTable[V]) slot(a, b uint64, n int) uint64 {
	return ((a*0x9e3779b97f4a7c15 ^ b ^ uint64(n)) * 0x9e3779b97f4a7c15) >> (m.shift & 63)
}

// keepUpTo readies m for the next document keeping its values, which
// documents share (names recur from readout to readout as within one, and
// so do common words), until it holds more than maxKeptWords: then it starts
// afresh, so that a document has room for its own.
func (m *wordTable[V]) keepUpTo() {
	if len(m.entries) > maxKeptWords {
		*m = wordTable[V]{}
		m.start()
	}
}

// maxKeptWords bounds the words a wordTable keeps from one document to the
// next.
const maxKeptWords = memoSize - memoSize/4

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
// document to document. It is an open-addressing table of indexes into
// its values, of wordTableSize slots, and holds at most memoSize. Its zero
// value is empty; add starts it, but a caller that probes index itself
// (classifyWord) needs one made by start.
type wordTable[V any] struct {
	index   []int32 // 1 + the index of each entry, 0 for none: wordTableSize slots
	entries []wordItem[V]
}

// A wordItem is a value a wordTable remembers, with the word's keys.
type wordItem[V any] struct {
	a, b uint64 // memoKeys of the word
	n    uint8  // the word's length
	val  V
}

// wordTableSize is the number of slots of a wordTable: a power of two, at
// least twice memoSize (TestWordTable), so that the table is at most half
// full and never grows. It starts at its full size, 32 KB: a document of a
// few hundred words leaves most of it empty, but documents parsed one
// after another fill it with the words they keep (see keepUpTo), and
// growing it from 256 slots cost a quarter million instructions a pass
// over the corpus (BenchmarkParseCorpusCold).
const wordTableSize = 1 << wordTableBits

// wordTableBits is log2(wordTableSize).
const wordTableBits = 13

// start readies the empty m's index.
func (m *wordTable[V]) start() {
	m.index = make([]int32, wordTableSize)
}

// find returns the value remembered for the word w, nil when there is
// none. It stays valid until the next add.
func (m *wordTable[V]) find(w string) *V {
	if len(w) > maxMemoWord || len(m.entries) == 0 {
		return nil
	}
	a, b := memoKeys(w)
	for i := wordSlot(a, b, len(w)); m.index[i] != 0; i = (i + 1) % wordTableSize {
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
	i := wordSlot(a, b, len(w))
	for m.index[i] != 0 {
		i = (i + 1) % wordTableSize
	}
	m.index[i] = int32(len(m.entries))
}

// wordSlot returns the first slot of a wordTable to probe for the word of
// memoKeys a and b and length n.
func wordSlot(a, b uint64, n int) uint64 {
	return ((a*0x9e3779b97f4a7c15 ^ b ^ uint64(n)) * 0x9e3779b97f4a7c15) >> (64 - wordTableBits)
}

// keepUpTo readies m for the next document keeping its values, which
// documents share (names recur from readout to readout as within one, and
// so do common words), until it holds more than maxKeptWords: then it starts
// afresh, in the same room, so that a document has room for its own.
func (m *wordTable[V]) keepUpTo() {
	if len(m.entries) > maxKeptWords {
		clear(m.index)
		clear(m.entries)
		m.entries = m.entries[:0]
	}
}

// maxKeptWords bounds the words a wordTable keeps from one document to the
// next.
const maxKeptWords = memoSize - memoSize/4

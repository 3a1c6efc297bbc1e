package readout

// A memo remembers values by a string key for one document, or from one
// document to the next (see keepUpTo). While it holds at most fewMemo
// values they are found one by one in a list: most documents remember no
// more, which a map would cost more to hash, fill and clear. Past them,
// all are found through an index. It holds at most memoSize.
type memo[V any] struct {
	entries []memoItem[V]
	index   map[string]int32 // the entries by key, once they are more than fewMemo
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
	if len(es) > fewMemo {
		if i, ok := m.index[key]; ok {
			return &es[i].val
		}
		return nil
	}
	for i := range es {
		if es[i].key == key {
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
	switch {
	case n > fewMemo:
		m.index[key] = int32(n)
	case n == fewMemo:
		if m.index == nil {
			m.index = make(map[string]int32)
		}
		for i, e := range m.entries {
			m.index[e.key] = int32(i)
		}
	}
}

// reset empties m for the next document. It keeps m's room, unless that
// has grown past maxKept entries.
func (m *memo[V]) reset() {
	clear(m.entries)
	m.entries = keep(m.entries)
	clear(m.index)
}

// keepUpTo readies m for the next document keeping its values, which then
// outlive the document's text (their keys must be none of its strings),
// until it holds more than n: then it empties m as reset does.
func (m *memo[V]) keepUpTo(n int) {
	if len(m.entries) > n {
		m.reset()
	}
}

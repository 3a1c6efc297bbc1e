package readout

import "github.com/readout-go/readout/internal/names"

// A vocabulary is the lexicon's lower-case words with their classes (see
// wordClass): the words of its lists that the tokenizer classifies every
// word against. It is an open-addressing table about half full, of the
// words' indexes and a tag of their hash, so that most words of a text,
// which are not in it, are ruled out by the first slot. A nil *vocabulary
// holds no words.
type vocabulary struct {
	words []wordEntry // each with its word as its lower case
	slots []uint32    // 0 for an empty slot, else the hash's top bits<<16 | index+1
	mask  uint64
}

// newVocabulary returns an empty vocabulary with room for n words, at most
// (a word may be on several lists): its table starts with room for half as
// many, and add doubles it as it fills.
func newVocabulary(n int) *vocabulary {
	size := 2
	for size < n {
		size <<= 1
	}
	return &vocabulary{words: make([]wordEntry, 0, n), slots: make([]uint32, size), mask: uint64(size - 1)}
}

// add gives word w, lower case, the classes c besides those it has,
// adding w with its lower case (itself) and whether it is settled if the
// vocabulary lacks it. The table stays at most half full: it doubles as
// it fills, so that it ends the size a table made for its words is.
func (v *vocabulary) add(w string, c wordClass) {
	h := names.WordHash(w)
	tag := uint32(h>>48) << 16
	i := h & v.mask
	for ; v.slots[i] != 0; i = (i + 1) & v.mask {
		if s := v.slots[i]; s&0xffff0000 == tag {
			if e := &v.words[s&0xffff-1]; e.low == w {
				e.cls |= c
				return
			}
		}
	}
	if len(v.words) >= 1<<16-2 {
		panic("readout: vocabulary over 65,534 words")
	}
	settled := isKeyWord(w) && names.Settled(w)
	v.words = append(v.words, wordEntry{low: w, cls: c, settled: settled})
	v.slots[i] = tag | uint32(len(v.words))
	if 2*len(v.words) > len(v.slots) {
		v.grow()
	}
}

// grow doubles the table of v and files its words anew.
func (v *vocabulary) grow() {
	v.slots = make([]uint32, 2*len(v.slots))
	v.mask = uint64(len(v.slots) - 1)
	for k := range v.words {
		h := names.WordHash(v.words[k].low)
		i := h & v.mask
		for v.slots[i] != 0 {
			i = (i + 1) & v.mask
		}
		v.slots[i] = uint32(h>>48)<<16 | uint32(k+1)
	}
}

// vocabEntry returns the entry of the lower-case word w, the zero entry when the
// vocabulary lacks it.
func vocabEntry[W string | []byte](v *vocabulary, w W) wordEntry {
	if v == nil {
		return wordEntry{}
	}
	h := names.WordHash(w)
	tag := uint32(h>>48) << 16
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		s := v.slots[i]
		if s == 0 {
			return wordEntry{}
		}
		if s&0xffff0000 == tag {
			if e := &v.words[s&0xffff-1]; e.low == string(w) {
				return *e
			}
		}
	}
}

package readout

// A vocabulary is the lexicon's lower-case words with their classes (see
// wordClass): the words of its lists that the tokenizer classifies every
// word against. It is an open-addressing table about half full, of the
// words' indexes and a tag of their hash, so that most words of a text,
// which are not in it, are ruled out by the first slot. A nil *vocabulary
// holds no words.
type vocabulary struct {
	words []vocabWord
	slots []uint32 // 0 for an empty slot, else the hash's top bits<<16 | index+1
	mask  uint64
}

type vocabWord struct {
	word  string
	entry wordEntry
}

// newVocabulary returns the vocabulary of the words of classes, each word
// with its lower case (itself) and classes.
func newVocabulary(classes map[string]wordClass) *vocabulary {
	if len(classes) >= 1<<16-1 {
		panic("readout: vocabulary over 65,534 words")
	}
	size := 2
	for size < 2*len(classes) {
		size <<= 1
	}
	v := &vocabulary{slots: make([]uint32, size), mask: uint64(size - 1)}
	for w, c := range classes {
		v.words = append(v.words, vocabWord{w, wordEntry{low: w, cls: c}})
		h := vocabHash(w)
		i := h & v.mask
		for v.slots[i] != 0 {
			i = (i + 1) & v.mask
		}
		v.slots[i] = uint32(h>>48)<<16 | uint32(len(v.words))
	}
	return v
}

// vocabEntry returns the entry of the lower-case word w, the zero entry when the
// vocabulary lacks it.
func vocabEntry[W string | []byte](v *vocabulary, w W) wordEntry {
	if v == nil {
		return wordEntry{}
	}
	h := vocabHash(w)
	tag := uint32(h>>48) << 16
	for i := h & v.mask; ; i = (i + 1) & v.mask {
		s := v.slots[i]
		if s == 0 {
			return wordEntry{}
		}
		if s&0xffff0000 == tag {
			if e := &v.words[s&0xffff-1]; e.word == string(w) {
				return e.entry
			}
		}
	}
}

// vocabHash hashes a word for the vocabulary, eight bytes at a time.
func vocabHash[W string | []byte](w W) uint64 {
	const m = 0x9e3779b97f4a7c15
	h := uint64(len(w)) * m
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
	return h * m
}

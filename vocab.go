package readout

import "github.com/readout-go/readout/internal/names"

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
// with its lower case (itself), classes, and whether it is settled.
func newVocabulary(classes map[string]wordClass) *vocabulary {
	if len(classes) >= 1<<16-1 {
		panic("readout: vocabulary over 65,534 words")
	}
	size := 2
	for size < 2*len(classes) {
		size <<= 1
	}
	v := &vocabulary{words: make([]vocabWord, 0, len(classes)), slots: make([]uint32, size), mask: uint64(size - 1)}
	for w, c := range classes {
		settled := isKeyWord(w) && names.Settled(w)
		v.words = append(v.words, vocabWord{w, wordEntry{low: w, cls: c, settled: settled}})
		h := names.WordHash(w)
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
	h := names.WordHash(w)
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

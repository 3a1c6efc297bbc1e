package names

// FixWordLazy is [Gazetteer.FixWordLocal] of word against the Local that
// local returns, which it calls only when the answer depends on the local
// words, and reports besides whether its answer is FixWordLocal's for
// every Local: it is for a word that FixWord leaves alone on the gazetteer
// alone (a name word, a blocked word, a word too short or too long to
// repair), whatever the local words. A caller that has not made its Local
// yet need not for such a word, and a caller that asks about the word
// again with other local words may keep such an answer.
//
// It finds such a word by keeps, peel and the first steps of fixCore
// (coreStart), which letterStart takes in one for a word of ASCII letters,
// and searches on from there; FixWordLocal and FixWord are it with their
// Local given.
func (g *Gazetteer) FixWordLazy(word string, local func() *Local) (f Fix, ok, anyLocal bool) {
	var kbuf [maxFuzzyWord]byte
	if step, squashed, fast := g.letterStart(&kbuf, word); fast {
		if step == coreKept {
			return Fix{}, false, true
		}
		f, ok = g.fixCoreFrom(word, string(kbuf[:len(word)]), step, squashed, local(), true, false)
		f, ok = peeledFix(word, 0, len(word), word, "", "", f, ok)
		return f, ok, false
	}
	// letterStart declines a word keeps would keep only for a gazetteer
	// without interned keys: any other it declines is no word of letters
	// or too long, which keeps keeps not.
	if g.interned == nil && g.keeps(word) {
		return Fix{}, false, true
	}
	start, end, core, pre, post, ok := peel(word)
	if !ok || core != word && g.keeps(core) {
		return Fix{}, false, true
	}
	// The key is made in a buffer on the stack, as most words stop here.
	var buf [maxFuzzyWord]byte
	kb := KeyBytes(buf[:], core)
	if len(kb) > maxFuzzyWord {
		return Fix{}, false, true
	}
	step, squashed := g.coreStart(string(kb))
	if step == coreKept {
		return Fix{}, false, true
	}
	f, ok = g.fixCoreFrom(core, string(kb), step, squashed, local(), true, false)
	f, ok = peeledFix(word, start, end, core, pre, post, f, ok)
	return f, ok, false
}

// FixWordAgain is [Gazetteer.FixWordLocal] of word against l for a word
// of which FixWordLocal without local words reported no repair, and
// FixWordLazy an answer that does not hold for every Local: it passes by the steps of the search whose answer
// does not depend on the local words, which found nothing then, and the
// first steps of fixCore, which found a word to search on (coreSearch: a
// name run together would have been repaired).
func (g *Gazetteer) FixWordAgain(word string, l *Local) (Fix, bool) {
	start, end, core, pre, post, ok := peel(word)
	if !ok || l == nil {
		return Fix{}, false
	}
	// The key is made in a buffer on the stack, as FixWordLazy makes it.
	var buf [maxFuzzyWord]byte
	f, ok := g.fixCoreFrom(core, string(KeyBytes(buf[:], core)), coreSearch, "", l, true, true)
	return peeledFix(word, start, end, core, pre, post, f, ok)
}

// letterStart is FixWordLazy's first steps (keeps, peel, KeyBytes and
// coreStart) in one for a word of ASCII letters and the default gazetteer,
// of which fast reports whether it applies. Such a word is its own core and
// its key is the word in lower case, which it writes to buf (unless it is
// kept) and hashes once, for keptKey and for the filter of the gazetteer's
// keys of one word (lone), which holds every name word and run-together
// name: a key it rules out is neither, and, not kept, no blocked word, so
// coreStart would search on. TestLetterStart holds it to the steps.
func (g *Gazetteer) letterStart(buf *[maxFuzzyWord]byte, word string) (step coreStep, squashed string, fast bool) {
	if g.interned == nil || len(word) > len(buf) || !isLetterWord(word) {
		return coreSearch, "", false
	}
	if len(word) < 3 {
		return coreKept, "", true
	}
	k := buf[:len(word)]
	for i := 0; i < len(word); i++ {
		k[i] = word[i] | ('a' - 'A')
	}
	h := WordHash(k)
	switch {
	case getLex().keptKeyHash(g.interned, k, h):
		return coreKept, "", true
	case g.lone.has(h):
		step, squashed = g.coreStart(string(k))
		return step, squashed, true
	}
	return coreSearch, "", true
}

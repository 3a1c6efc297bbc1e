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
// (coreStart), and searches on from there; FixWordLocal and FixWord are it
// with their Local given.
func (g *Gazetteer) FixWordLazy(word string, local func() *Local) (f Fix, ok, anyLocal bool) {
	if g.keeps(word) {
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

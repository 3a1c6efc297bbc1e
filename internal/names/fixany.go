package names

// FixWordAnyLocal is [Gazetteer.FixWordLocal] of word without local words,
// and reports besides whether its answer is FixWordLocal's for every
// Local: it is for a word that FixWord leaves alone on the gazetteer alone
// (a name word, a blocked word, a word too short or too long to repair),
// whatever the local words. A caller that asks about the word again with
// local words may keep such an answer.
func (g *Gazetteer) FixWordAnyLocal(word string) (f Fix, ok, anyLocal bool) {
	if g.keeps(word) {
		return Fix{}, false, true
	}
	start, end, core, pre, post, ok := peel(word)
	if !ok || core != word && g.keeps(core) || g.coreAlone(core) {
		return Fix{}, false, true
	}
	f, ok = g.fixWord(word, start, end, core, pre, post, nil, false)
	return f, ok, false
}

// LocalFree reports whether [Gazetteer.FixWordLocal] leaves word alone
// whatever the local words, as FixWordAnyLocal does, without repairing
// it otherwise: a caller that has not made its Local yet need not for
// such a word.
func (g *Gazetteer) LocalFree(word string) bool {
	if g.keeps(word) {
		return true
	}
	_, _, core, _, _, ok := peel(word)
	return !ok || core != word && g.keeps(core) || g.coreAlone(core)
}

// coreAlone reports whether fixCore repairs the hyphen-free word w with
// no local word whatever the local words: its first steps (coreStart),
// which do not read them, find it no word to repair. It keys w in a
// buffer on the stack, as it only looks the key up.
func (g *Gazetteer) coreAlone(w string) bool {
	var buf [maxFuzzyWord]byte
	k := KeyBytes(buf[:], w)
	if len(k) > maxFuzzyWord {
		return true
	}
	step, _ := g.coreStart(string(k))
	return step == coreKept
}

// FixWordAgain is [Gazetteer.FixWordLocal] of word against l for a word
// of which FixWordAnyLocal reported no repair, and an answer that does not
// hold for every Local: it passes by the steps of the search whose answer
// does not depend on the local words, which found nothing then.
func (g *Gazetteer) FixWordAgain(word string, l *Local) (Fix, bool) {
	start, end, core, pre, post, ok := peel(word)
	if !ok || l == nil {
		return Fix{}, false
	}
	return g.fixWord(word, start, end, core, pre, post, l, true)
}

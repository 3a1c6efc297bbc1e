package names

import (
	"bytes"
	"unicode/utf8"
)

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
	f, ok = g.fixWord(word, start, end, core, pre, post, nil)
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
// no local word whatever the local words: its key is none fixCore
// repairs, or it is a name word or a blocked word that the squashed rule,
// which takes the local words' spelling, passes by. These are fixCore's
// first steps, which do not read the local words. It keys w in a buffer
// on the stack (KeyBytes), as it only looks the key up.
func (g *Gazetteer) coreAlone(w string) bool {
	var buf [maxFuzzyWord]byte
	k := KeyBytes(buf[:], w)
	if len(k) == 0 || bytes.IndexByte(k, ' ') >= 0 || utf8.RuneCount(k) < 3 || len(k) > maxFuzzyWord {
		return true
	}
	lx := getLex()
	wi := g.words[string(k)]
	if hs := g.squashed[string(k)]; len(hs) == 1 && hs[0].disp != "" && isLatin(hs[0].disp) && !lx.isBlockedKey(k) {
		if wi == nil || !wi.canon {
			return false
		}
	}
	// isName without local words.
	return wi != nil && (wi.canon || g.wordFix[string(k)] == "") || lx.isBlockedKey(k)
}

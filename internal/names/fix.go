package names

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// cyrLatin is a plain transliteration of Russian, Ukrainian and Belarusian
// Cyrillic (keys are lower-case).
var cyrLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
}

// translit transliterates the Cyrillic letters of key k to Latin.
func translit(k string) string {
	var b strings.Builder
	for _, r := range k {
		l, ok := cyrLatin[r] // a key's letters are lower case already
		if !ok {
			l, ok = cyrLatin[unicode.ToLower(r)]
		}
		if ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// maxFuzzyWord bounds, in bytes, the words that repairs and fuzzy
// matching try variants of: no name word comes near it, and the variants
// of a word within two OCR confusions grow with the square of its length,
// so that one run of 2,000 letters took seconds.
const maxFuzzyWord = 64

// skeleton reduces an ASCII key word to a form shared by its common
// romanisations: "Poutine", "Putyin" and "Putin" all give "putin";
// "Selenskyj" and "Zelenskyy" give "selenski"; "Xi" and "Si" give "si";
// "Jingping" and "Jinping" give "inping". Non-ASCII words are returned as is.
func skeleton(w string) string {
	var buf [64]byte
	return string(appendSkeleton(buf[:0], w))
}

// appendSkeleton appends the skeleton of w to b.
//
// Most letters of a word start none of the spellings of one sound and
// make one letter of the skeleton (skelLetter); the tables skelStarts and
// skelFollows single out the rest by the letter and the one after it, for
// appendSkeletonSound to read, and the bytes of a non-ASCII word, which
// is its own skeleton.
func appendSkeleton(b []byte, w string) []byte {
	if w == "" {
		return b
	}
	word := w
	// A first "hs" or "x" is an "s": the word is read from its "s", or
	// with its "x" read as one.
	if len(w) > 2 && w[0] == 'h' && w[1] == 's' {
		w = w[1:]
	}
	from, i := len(b), 0
	// doubled tells whether the skeleton may have two letters alike in a
	// row, which finishSkeleton then collapses: last is its last letter
	// while only skelLetter has made them.
	doubled, last := false, byte(0)
	if w[0] == 'x' {
		b, i = appendSkeletonSound(b, w, 0, 's')
		i++
		doubled = true
	}
	for ; i < len(w); i++ {
		c := w[i]
		var next byte
		if i+1 < len(w) {
			next = w[i+1]
		}
		if skelStarts[c]&skelFollows[next] != 0 {
			if c >= utf8.RuneSelf {
				return append(b[:from], word...)
			}
			b, i = appendSkeletonSound(b, w, i, c)
			doubled = true
			continue
		}
		r := skelLetter[c]
		if r == last {
			doubled = true
		}
		b, last = append(b, r), r
	}
	return finishSkeleton(b, from, doubled)
}

// appendSkeletonSound appends the skeleton of the sound that starts at
// w[i], read as c, and returns the index of its last byte in w.
func appendSkeletonSound(b []byte, w string, i int, c byte) ([]byte, int) {
	// Spellings of one sound, by their first letter: "tsch", "tch", "sch",
	// "ou", "oe" (not first), "ph", "ck", and "ng" before a consonant
	// other than g. skelSounds lists their first two letters.
	next := func(k int) byte { // w[i+k], or 0 past the end
		if i+k < len(w) {
			return w[i+k]
		}
		return 0
	}
	switch c {
	case 't':
		if next(1) == 's' && next(2) == 'c' && next(3) == 'h' {
			return append(b, 'c', 'h'), i + 3
		}
		if next(1) == 'c' && next(2) == 'h' {
			return append(b, 'c', 'h'), i + 2
		}
	case 's':
		if next(1) == 'c' && next(2) == 'h' {
			return append(b, 's', 'h'), i + 2
		}
	case 'o':
		if next(1) == 'u' || next(1) == 'e' && i > 0 {
			return append(b, 'u'), i + 1
		}
	case 'p':
		if next(1) == 'h' {
			return append(b, 'f'), i + 1
		}
	case 'c':
		if next(1) == 'k' {
			return append(b, 'k'), i + 1
		}
	case 'n':
		if next(1) == 'g' && i+2 < len(w) && !isVowel(w[i+2]) && w[i+2] != 'g' {
			return append(b, 'n'), i + 1
		}
	}
	return appendSkeletonLetter(b, c), i
}

// skelSounds are the first two letters of the spellings of one sound that
// appendSkeletonSound reads.
var skelSounds = [][2]byte{{'t', 's'}, {'t', 'c'}, {'s', 'c'}, {'o', 'u'}, {'o', 'e'}, {'p', 'h'}, {'c', 'k'}, {'n', 'g'}}

// skelStarts and skelFollows tell the bytes appendSkeleton does not take
// from skelLetter: c followed by n (0 at the end of the word) when
// skelStarts[c]&skelFollows[n] is not 0. A bit of skelStarts stands for
// the second letters of skelSounds that may follow c, the same bit of
// skelFollows for one of them; the top bit, which every byte follows,
// stands for "x", which makes two letters of the skeleton, and for the
// bytes of non-ASCII text, which has none.
var skelStarts, skelFollows = func() (starts, follows [256]uint8) {
	n := 0
	for _, p := range skelSounds {
		if follows[p[1]] == 0 {
			if n == 7 {
				panic("names: too many second letters in skelSounds")
			}
			follows[p[1]] = 1 << n
			n++
		}
		starts[p[0]] |= follows[p[1]]
	}
	for c := range follows {
		follows[c] |= 0x80
	}
	starts['x'] |= 0x80
	for c := utf8.RuneSelf; c < len(starts); c++ {
		starts[c] |= 0x80
	}
	return starts, follows
}()

// skelLetter is the skeleton of each byte as appendSkeletonLetter makes
// it, but for "x": its first letter.
var skelLetter = func() (t [256]byte) {
	for c := range t {
		t[c] = appendSkeletonLetter(nil, byte(c))[0]
	}
	return t
}()

// appendSkeletonLetter appends the skeleton of a letter c that starts none
// of the spellings of one sound.
func appendSkeletonLetter(b []byte, c byte) []byte {
	switch c {
	case 'x':
		return append(b, 'k', 's')
	case 'w':
		return append(b, 'v')
	case 'j', 'y':
		return append(b, 'i')
	case 'z':
		return append(b, 's')
	}
	return append(b, c)
}

// finishSkeleton ends the skeleton at b[from:]: it drops a final 'e' after
// three letters or more and, when doubled is set, collapses doubled
// letters.
func finishSkeleton(b []byte, from int, doubled bool) []byte {
	if len(b)-from > 3 && b[len(b)-1] == 'e' {
		b = b[:len(b)-1]
	}
	if !doubled {
		return b
	}
	sk := b[from:]
	out := sk[:0]
	for i, c := range sk {
		if i > 0 && c == sk[i-1] {
			continue
		}
		out = append(out, c)
	}
	return b[:from+len(out)]
}

// ocrPairs are OCR confusions: what the page shows → what was printed. The
// printed side is never the longer, so a variant is never longer than its
// word.
var ocrPairs = [][2]string{
	{"rn", "m"}, {"cl", "d"}, {"li", "h"}, {"ri", "n"}, {"vv", "w"}, {"ii", "n"},
	{"1", "l"}, {"1", "i"}, {"l", "i"}, {"i", "l"}, {"0", "o"}, {"o", "0"},
	{"c", "e"}, {"e", "c"}, {"u", "n"}, {"n", "u"},
	{"t", "f"}, {"f", "t"}, {"5", "s"}, {"8", "b"},
	{"in", "m"}, {"ni", "m"}, {"nn", "m"}, {"iu", "m"}, {"rr", "n"}, {"tl", "d"},
}

// ocrByFirst indexes ocrPairs by the first byte of the garbled side.
var ocrByFirst = func() (t [256][][2]string) {
	for _, p := range ocrPairs {
		t[p[0][0]] = append(t[p[0][0]], p)
	}
	return t
}()

// maxOCRBudget is the most OCR confusions an ocrWalk undoes in one word.
const maxOCRBudget = 2

// An ocrWalk enumerates the strings that up to a budget of OCR confusions
// turn a word into, each at most once per path, depth first: a variant,
// then those that further confusions after it make of it. It keeps the
// word and its variants at each depth in one buffer, so that a walk over a
// buffer of the caller's allocates nothing.
//
// A walk given prefix sets (see newPrunedOCRWalk) skips the variants that
// begin with a string no word of the sets begins with, with all the
// variants further confusions make of them: it yields the variants that
// are words of the sets, or may be, in the order of the whole walk.
type ocrWalk struct {
	budget int
	depth  int    // the level being scanned
	n      int    // the length of the word, which no variant exceeds
	buf    []byte // level d (0: the word) at buf[d*n:], lens[d] bytes
	lens   [maxOCRBudget + 1]int
	pos    [maxOCRBudget]int // the next byte to try at each level
	pair   [maxOCRBudget]int // the next pair of ocrByFirst to try there

	prune bool                 // skip variants no word of sets begins like
	sets  [2]prefixSet         // the words variants are wanted of
	hash  [maxOCRBudget]uint64 // prefixHash of the bytes before pos at each level
}

// newOCRWalk returns the walk over the variants of w within budget (at
// most maxOCRBudget) confusions. It uses buf for storage when it holds
// (budget+1)*len(w) bytes.
func newOCRWalk(w string, budget int, buf []byte) ocrWalk {
	n := len(w)
	if cap(buf) < (budget+1)*n {
		buf = make([]byte, (budget+1)*n)
	}
	copy(buf[:n], w)
	return ocrWalk{budget: budget, n: n, buf: buf[:cap(buf)], lens: [maxOCRBudget + 1]int{n}}
}

// newPrunedOCRWalk is newOCRWalk for the variants that may be words of
// the prefix sets words or local (see ocrWalk).
func newPrunedOCRWalk(w string, budget int, buf []byte, words, local prefixSet) ocrWalk {
	walk := newOCRWalk(w, budget, buf)
	walk.prune, walk.sets = true, [2]prefixSet{words, local}
	walk.hash[0] = prefixHashStart
	return walk
}

// mayStart reports whether a word of w's sets may begin with the string
// whose prefixHash is h.
func (w *ocrWalk) mayStart(h uint64) bool {
	return w.sets[0].has(h) || w.sets[1].has(h)
}

// next returns the next variant and the number of confusions it undoes,
// or ok false at the end. The slice is valid until the next call.
func (w *ocrWalk) next() (v []byte, cost int, ok bool) {
	for {
		d := w.depth
		word := w.buf[d*w.n : d*w.n+w.lens[d]]
		h := w.hash[d] // of word[:i] when the walk prunes
		for i, j := w.pos[d], w.pair[d]; i < len(word); i, j = i+1, 0 {
			if w.prune {
				if j == 0 && i > w.pos[d] {
					h = prefixHash(h, word[i-1])
				}
				if !w.mayStart(h) {
					// Every variant left at this level, and every
					// variant made of one, begins with word[:i].
					break
				}
			}
			for pairs := ocrByFirst[word[i]]; j < len(pairs); j++ {
				p := pairs[j] // p[0][0] == word[i]
				if len(p[0]) == 2 && (i+1 == len(word) || word[i+1] != p[0][1]) {
					continue
				}
				var hv uint64 // of word[:i] + p[1]
				if w.prune {
					hv = h
					for k := 0; k < len(p[1]); k++ {
						hv = prefixHash(hv, p[1][k])
					}
					if !w.mayStart(hv) {
						continue // so too the variants made of it
					}
				}
				w.pos[d], w.pair[d], w.hash[d] = i, j+1, h
				from := (d + 1) * w.n
				v = append(append(append(w.buf[from:from:from+w.n], word[:i]...), p[1]...), word[i+len(p[0]):]...)
				w.lens[d+1] = len(v)
				if d+1 < w.budget {
					w.depth = d + 1
					w.pos[d+1], w.pair[d+1], w.hash[d+1] = i+len(p[1]), 0, hv
				}
				return v, d + 1, true
			}
		}
		if d == 0 {
			w.pos[0], w.pair[0] = len(word), 0
			return nil, 0, false
		}
		w.depth--
	}
}

// A prefixSet holds the prefixes of a set of words (the empty one to the
// whole word) by their prefixHash, as a Bloom filter with one bit a hash:
// has reports true for every prefix of a word of the set, and seldom for
// another string. Its length is a power of two.
type prefixSet []uint64

// The hash of prefixSet: FNV-1a, which a string's prefixes share a running
// state of.
const (
	prefixHashStart = 0xcbf29ce484222325
	prefixHashMul   = 0x100000001b3
)

// prefixHash returns the hash of s + c, given the hash h of s.
func prefixHash(h uint64, c byte) uint64 { return (h ^ uint64(c)) * prefixHashMul }

// newPrefixSet returns a set for the prefixes of words of n bytes in all,
// with some 8 bits for each (and more for each distinct prefix: words
// share their first ones).
func newPrefixSet(n int) prefixSet {
	size := 1
	for size*64 < 8*n {
		size <<= 1
	}
	return make(prefixSet, size)
}

// bit returns the index of h's word in s and its bit there. The high bits
// of an FNV hash depend on every byte; the low ones do not.
func (s prefixSet) bit(h uint64) (int, uint64) {
	h ^= h >> 32
	return int(h>>6) & (len(s) - 1), 1 << (h & 63)
}

// add adds the prefixes of w to s.
func (s prefixSet) add(w string) {
	h := uint64(prefixHashStart)
	for i := 0; ; i++ {
		x, b := s.bit(h)
		s[x] |= b
		if i == len(w) {
			return
		}
		h = prefixHash(h, w[i])
	}
}

// has reports whether a word of s may begin with the string of hash h.
func (s prefixSet) has(h uint64) bool {
	if len(s) == 0 {
		return false
	}
	x, b := s.bit(h)
	return s[x]&b != 0
}

// damerau returns the optimal-string-alignment distance between a and b
// (bytes), or maxd+1 when it exceeds maxd.
func damerau(a, b string, maxd int) int {
	if maxd == 1 {
		return damerau1(a, b)
	}
	return damerauTable(a, b, maxd)
}

// damerauTable is damerau by the table of distances between the prefixes
// of a and b, three rows at a time, for any maxd.
func damerauTable(a, b string, maxd int) int {
	if a == b {
		return 0
	}
	la, lb := len(a), len(b)
	if la-lb > maxd || lb-la > maxd {
		return maxd + 1
	}
	var buf [3][32]int
	if lb+1 > 32 {
		return maxd + 1
	}
	prev2, prev, cur := buf[0][:lb+1], buf[1][:lb+1], buf[2][:lb+1]
	for j := 0; j <= lb; j++ {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > maxd {
			return maxd + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	if prev[lb] > maxd {
		return maxd + 1
	}
	return prev[lb]
}

// damerau1 is damerauTable(a, b, 1) in one pass over the strings: within one
// edit, a and b differ by one substitution, insertion, deletion or
// transposition of adjacent bytes after a common start, and agree after
// it. FuzzDamerau1 holds it to damerauTable.
func damerau1(a, b string) int {
	switch {
	case a == b:
		return 0
	case len(b) >= 32: // past damerau's table
		return 2
	case len(a) < len(b):
		a, b = b, a
	}
	i := 0 // the common start
	for i < len(b) && a[i] == b[i] {
		i++
	}
	switch len(a) - len(b) {
	case 0:
		if a[i+1:] == b[i+1:] || i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] {
			return 1
		}
	case 1:
		if a[i+1:] == b[i:] {
			return 1
		}
	}
	return 2
}

// editLimit is the largest edit distance allowed between words of these
// lengths (in bytes of their keys): none under 5, 1 up to 8, 2 beyond.
func editLimit(a, b int) int {
	n := min(a, b)
	switch {
	case n < 5:
		return 0
	case n <= 8:
		return 1
	}
	return 2
}

// fuzzy returns the fuzzy index of g's name words, built on first use
// unless Default read it from gazetteer_words.idx.
func (g *Gazetteer) fuzzy() *fuzzyIndex {
	g.fuzzyOnce.Do(func() {
		if g.fz == nil {
			g.fz = newNameIndex(g).fuzzy
		}
	})
	return g.fz
}

// editCandidates calls fn for every name word within the edit limit of the
// key word w.
func (g *Gazetteer) editCandidates(w string, fn func(nw string, d int)) {
	if len(w) < 5 || !isASCII(w) || len(w) > 30 {
		return
	}
	fz := g.fuzzy()
	var seen []string
	var buf [8]string
	try := func(k []byte) {
		for _, nw := range fz.delWords(buf[:0], k) {
			if containsS(seen, nw) {
				continue
			}
			seen = append(seen, nw)
			lim := editLimit(len(w), len(nw))
			if d := damerau(w, nw, lim); d > 0 && d <= lim {
				fn(nw, d)
			}
		}
	}
	var b1, b2 [32]byte
	try(append(b1[:0], w...))
	// d1 is w less its byte i, and d2 d1 less its byte j: each is made
	// from the one before by putting back the byte deleted before. A
	// byte that repeats the one before it gives the variant before it,
	// whose words were seen (TestEditCandidates).
	d1 := append(b1[:0], w[1:]...)
	for i := 0; i < len(w); i++ {
		if i > 0 {
			d1[i-1] = w[i-1]
			if w[i] == w[i-1] {
				continue
			}
		}
		try(d1)
		if len(w) <= 8 || i == len(d1) {
			continue
		}
		d2 := append(append(b2[:0], d1[:i]...), d1[i+1:]...)
		for j := i; j < len(d1); j++ {
			if j > i {
				d2[j-1] = d1[j-1]
				if d1[j] == d1[j-1] {
					continue
				}
			}
			try(d2)
		}
	}
}

// FixWord repairs one token of running text that garbles a name word: a name
// glued to the next word ("Poutinsaid" → "Putin said", "Al-Kadhimiof" →
// "Al-Kadhimi of"), given and family name run together ("Xijinping" → "Xi
// Jinping"), an OCR confusion ("Putiri" → "Putin", "Merke1" → "Merkel"), a
// foreign or older spelling ("Poetin" → "Putin", "Nasarbajew" →
// "Nazarbayev"), or, against local only, one edit ("Erdoan" → "Erdogan").
// local lists correctly spelled names (or name words) seen in the same
// document, for instance in its title; their spelling wins over the
// gazetteer's. Surrounding punctuation is kept.
//
// FixWord reports false, and never changes, a word that is itself a name word
// of the gazetteer (an English romanisation variant such as "Berdimuhamedov"
// counts; a foreign exonym such as "Poutine" does not), an English word, a
// dictionary proper noun or a listed place ("Putian", "Xiamen", "Sharing",
// "Parliament"), a spelling that differs from a name only by y/i or doubled
// letters ("Heidar", "Borissov"), a plural or genitive ("Bidens"), and any
// repair below Medium confidence. A word of local is repaired only on High
// evidence from the gazetteer (local may hold a garbled title). It is safe
// for concurrent use.
func (g *Gazetteer) FixWord(word string, local []string) (Fix, bool) {
	return g.FixWordLocal(word, NewLocal(local))
}

// A Local is a document's set of correctly spelled name words, prepared
// once for many calls of [Gazetteer.FixWordLocal]. It is immutable and safe
// for concurrent use.
//
// A document has a few local words, which a Local keeps in a slice, with
// the skeletons and the prefix set of their keys that the repairs compare
// words with: a look-up compares a key with each word, which for a few
// words costs less than hashing it for a map. Only a Local of more words
// than maxScan has a map of them. The skeletons and the prefix set are
// made when first asked for (see prepare): the repairs of about half the
// documents never compare a word with them.
type Local struct {
	words []localWord
	index map[string]int // the words by key, for more than maxScan

	prepared sync.Once
	skels    []byte     // the skeletons of the keys, one after the other
	skelEnds []int      // where the skeleton of each word ends in skels
	prefixes [16]uint64 // a prefixSet of the keys

	// Room for the words and skeletons of most documents, so that a
	// Local is one allocation.
	wordBuf    [6]localWord
	skelBuf    [48]byte
	skelEndBuf [6]int
}

// maxScan is the most words a Local looks a key up among one by one.
const maxScan = 16

// A localWord is a local word: its key and its spelling.
type localWord struct {
	k, w string
}

// NewLocal prepares the name words of local (names or single words, as
// FixWord takes them). It returns nil when none is left: a nil Local means
// none.
func NewLocal(local []string) *Local {
	if len(local) == 0 {
		return nil
	}
	lx := getLex()
	l := new(Local)
	l.words = l.wordBuf[:0]
	for _, s := range local {
		if isLetterWord(s) {
			// The common case, a word of ASCII letters: its one field,
			// with nothing to trim.
			l.add(lx, s)
			continue
		}
		for w := range strings.FieldsFuncSeq(s, func(r rune) bool {
			return unicode.IsSpace(r) || r == '-' || r == '‐' || r == ','
		}) {
			l.add(lx, strings.Trim(w, ".,;:()[]\"'’"))
		}
	}
	if len(l.words) == 0 {
		return nil
	}
	return l
}

// add adds the word w of a local name to l, unless it is an English word,
// a demonym or a title, or an earlier word has its key.
func (l *Local) add(lx *lexicon, w string) {
	k, ok := lx.localKey(w)
	if !ok || l.has(k) {
		return
	}
	l.push(localWord{k, w})
}

// push appends lw to l's words, and indexes them once they are more than
// maxScan.
func (l *Local) push(lw localWord) {
	l.words = append(l.words, lw)
	switch {
	case l.index != nil:
		l.index[lw.k] = len(l.words) - 1
	case len(l.words) > maxScan:
		l.index = make(map[string]int, 2*len(l.words))
		for i, lw := range l.words {
			l.index[lw.k] = i
		}
	}
}

// localKey returns the key of w, a word of a local name, and whether
// Local.add keeps it: a key of one word that is no English word, demonym
// or title. It keys w in a buffer on the stack and hashes the key once, for
// the table of the big word lists and that of the interned words, whose
// kinds settle the English words and titles and rule out most demonyms
// without the maps; the key it returns is interned as Key's is, or w
// itself when w is its own key. TestLocalWords holds it to refLocalWords.
func (lx *lexicon) localKey(w string) (string, bool) {
	names := interned.names.Load()
	var buf [64]byte
	kb := KeyBytes(buf[:], w)
	if names == nil || len(kb) == 0 || len(kb) > len(buf) || bytes.IndexByte(kb, ' ') >= 0 {
		k := Key(w)
		_, dem := lx.demonym[k]
		if k == "" || strings.Contains(k, " ") || lx.isEnglish(k) || dem || lx.titles[k] {
			return "", false
		}
		return k, true
	}
	h := WordHash(kb)
	k, kind, ok := lx.words.find(kb, h)
	if kind&englishWord != 0 {
		return "", false
	}
	nk, nkind, nok := names.find(kb, h)
	if nkind&settledWord != 0 {
		if _, dem := lx.demonym[string(kb)]; dem {
			return "", false
		}
	}
	if nkind&titleWord != 0 {
		return "", false
	}
	switch {
	case nok:
		k = nk
	case ok:
	case string(kb) == w:
		k = w
	default:
		k = string(kb)
	}
	return k, true
}

// get returns the spelling of the local word of key k, and whether there
// is one; a nil Local has none.
func (l *Local) get(k string) (string, bool) {
	if l == nil {
		return "", false
	}
	if l.index != nil {
		if i, ok := l.index[k]; ok {
			return l.words[i].w, true
		}
		return "", false
	}
	for i := range l.words {
		if lw := &l.words[i]; lw.k == k {
			return lw.w, true
		}
	}
	return "", false
}

// has reports whether k is the key of a local word.
func (l *Local) has(k string) bool {
	_, ok := l.get(k)
	return ok
}

// hasBytes is has for a key in bytes, which it does not copy.
func (l *Local) hasBytes(k []byte) bool {
	if l != nil && l.index != nil {
		_, ok := l.index[string(k)]
		return ok
	}
	for _, lw := range l.localWords() {
		if lw.k == string(k) {
			return true
		}
	}
	return false
}

// localWords returns the local words, none for a nil Local.
func (l *Local) localWords() []localWord {
	if l == nil {
		return nil
	}
	return l.words
}

// without returns the Local of the words of l but the one of key k, or
// nil for none.
func (l *Local) without(k string) *Local {
	l2 := new(Local)
	l2.words = l2.wordBuf[:0] // its skeletons and prefix set are its own, made when asked for
	for _, lw := range l.words {
		if lw.k != k {
			l2.push(lw)
		}
	}
	if len(l2.words) == 0 {
		return nil
	}
	return l2
}

// prefixSet returns the prefix set of the keys of l, none for a nil
// Local.
func (l *Local) prefixSet() prefixSet {
	if l == nil {
		return nil
	}
	l.prepare()
	return l.prefixes[:]
}

// prepare makes the skeletons and the prefix set of the keys of l's words,
// the first time it is called.
func (l *Local) prepare() {
	l.prepared.Do(func() {
		l.skels, l.skelEnds = l.skelBuf[:0], l.skelEndBuf[:0]
		for _, lw := range l.words {
			l.skels = appendSkeleton(l.skels, lw.k)
			l.skelEnds = append(l.skelEnds, len(l.skels))
			prefixSet(l.prefixes[:]).add(lw.k)
		}
	})
}

// skeleton returns the skeleton of the key of the i-th local word (of
// localWords) of l, which prepare has prepared.
func (l *Local) skeleton(i int) []byte {
	from := 0
	if i > 0 {
		from = l.skelEnds[i-1]
	}
	return l.skels[from:l.skelEnds[i]]
}

// FixWordLocal is [Gazetteer.FixWord] with the local words prepared by
// [NewLocal]; a nil Local means none.
func (g *Gazetteer) FixWordLocal(word string, l *Local) (Fix, bool) {
	f, ok, _ := g.FixWordLazy(word, func() *Local { return l })
	return f, ok
}

// peeledFix returns the repair of word that the repair f of its core makes,
// if ok: the core's case, with what peel found around it.
func peeledFix(word string, start, end int, core, pre, post string, f Fix, ok bool) (Fix, bool) {
	if !ok || f.Confidence < Medium {
		return Fix{}, false
	}
	if isUpperWord(core) && utf8.RuneCountInString(core) > 1 {
		f.To = strings.ToUpper(f.To)
	}
	f.To = word[:start] + pre + f.To + post + word[end:]
	return f, true
}

// keeps reports that FixWord leaves word alone whatever the local words,
// for most words of ASCII letters that it does: a word of a canonical
// name ("Putin", "Lavrov") or a blocked word ("Russia", "Children"), and a
// word of under three letters. It decides with one key in a buffer on the
// stack and two look-ups, where FixWord would peel the word, key it and
// look the key up five times. A false result says nothing.
//
// It is exact: a word of ASCII letters is its own core (peel finds no
// punctuation, apostrophe or hyphen in it) and its key is the word in
// lower case. fixCore returns no repair for a key of under three runes,
// and for a name word or a blocked key once the squashed rule has passed
// it by; that rule never takes a blocked key, nor a key of a canonical
// word. TestKeeps checks keeps against the whole path.
func (g *Gazetteer) keeps(word string) bool {
	if len(word) > maxFuzzyWord || !isLetterWord(word) {
		return false
	}
	if len(word) < 3 {
		return true
	}
	var buf [maxFuzzyWord]byte
	k := buf[:len(word)]
	for i := 0; i < len(word); i++ {
		k[i] = word[i] | ('a' - 'A')
	}
	if g.interned != nil {
		return getLex().keptKey(g.interned, k)
	}
	return g.keptKeyMaps(k)
}

// keptKeyMaps reports whether key word k is a word of a canonical name of
// g or a blocked word (isBlockedKey).
func (g *Gazetteer) keptKeyMaps(k []byte) bool {
	if wi := g.words[string(k)]; wi != nil && wi.canon {
		return true
	}
	return getLex().isBlockedKey(k)
}

// keptKey is keptKeyMaps for the default gazetteer, by the kinds of t, its
// interned words (Gazetteer.interned): one hash of k and a probe of t,
// then, for a word t does not settle, one of the big word lists.
// TestKeptKey holds it to keptKeyMaps.
func (l *lexicon) keptKey(t *wordTable, k []byte) bool {
	return l.keptKeyHash(t, k, WordHash(k))
}

// keptKeyHash is keptKey for k of WordHash h.
func (l *lexicon) keptKeyHash(t *wordTable, k []byte, h uint64) bool {
	if _, kind, _ := t.find(k, h); kind&(canonWord|settledWord) != 0 {
		return true
	}
	_, _, ok := l.words.find(k, h)
	return ok
}

// peel splits word into the core FixWord repairs and what surrounds it:
// punctuation, a possessive, a hyphenated prefix ("al-").
func peel(word string) (start, end int, core, pre, post string, ok bool) {
	if isLetterWord(word) {
		// The common case, with nothing to peel.
		return 0, len(word), word, "", "", true
	}
	start, end = 0, len(word)
	for start < end {
		r, n := utf8.DecodeRuneInString(word[start:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(word[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		end -= n
	}
	core = word[start:end]
	if core == "" || hasSpace(core) {
		return 0, 0, "", "", "", false
	}
	for _, suf := range []string{"'s", "’s", "ʼs"} {
		if strings.HasSuffix(core, suf) && len(core) > len(suf)+2 {
			core, post = core[:len(core)-len(suf)], suf
			break
		}
	}
	if i := lastHyphen(core); i >= 0 {
		_, n := utf8.DecodeRuneInString(core[i:])
		pre, core = core[:i+n], core[i+n:]
	}
	if core == "" {
		return 0, 0, "", "", "", false
	}
	return start, end, core, pre, post, true
}

// hasSpace reports whether s holds a space, tab or newline:
// strings.ContainsAny(s, " \t\n") without building a set each time.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '\t' || c == '\n' {
			return true
		}
	}
	return false
}

// lastHyphen returns the index of the last hyphen in s, ASCII or U+2010,
// or -1: strings.LastIndexAny(s, "-‐") without decoding every rune. A
// text without the byte 0xE2, which U+2010 starts with, has no U+2010: for
// most, one fast search settles it.
func lastHyphen(s string) int {
	i := strings.LastIndexByte(s, '-')
	if strings.IndexByte(s, 0xE2) < 0 {
		return i
	}
	return max(i, strings.LastIndex(s, "‐"))
}

func isUpperWord(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

// isName reports whether key word k is a correctly spelled name word: one
// of local's, a word of a canonical name, or an alias word that is not a
// foreign spelling of a canonical word ("Dada" in "Xi Dada").
func (g *Gazetteer) isName(k string, l *Local) bool {
	if l.has(k) {
		return true
	}
	wi := g.words[k]
	return wi != nil && (wi.canon || g.wordFix[k] == "")
}

// mild reports whether key words a and b differ only in ways English
// texts accept for one name (y for i, doubled letters: "Heidar"/"Heydar",
// "Kocharian"/"Kocharyan", "Borissov"/"Borisov"), so neither is a garble.
//
// It compares a and b with their doubled letters collapsed ("Borissov" is
// "Borisov": both are correct) as it reads them, without making them.
func mild(a, b string) bool {
	i, j := 0, 0
	for {
		for i > 0 && i < len(a) && a[i] == a[i-1] {
			i++
		}
		for j > 0 && j < len(b) && b[j] == b[j-1] {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] && !(a[i] == 'i' && b[j] == 'y' || a[i] == 'y' && b[j] == 'i') {
			return false
		}
		i, j = i+1, j+1
	}
}

// nameDisplay is the spelling of name word k: l's, else the gazetteer's.
func (g *Gazetteer) nameDisplay(k string, l *Local) string {
	if d, ok := l.get(k); ok {
		return d
	}
	if wi := g.words[k]; wi != nil && wi.display != "" {
		return wi.display
	}
	return ""
}

// fixCore repairs the hyphen-free word w; glue allows the glued-word rule,
// and again says that the search without local words found no repair
// (see fixCore2).
func (g *Gazetteer) fixCore(w string, l *Local, glue, again bool) (Fix, bool) {
	k := Key(w)
	step, squashed := g.coreStart(k)
	return g.fixCoreFrom(w, k, step, squashed, l, glue, again)
}

// fixCoreFrom is fixCore for the word w with key k, of which coreStart
// gave step and squashed.
func (g *Gazetteer) fixCoreFrom(w, k string, step coreStep, squashed string, l *Local, glue, again bool) (Fix, bool) {
	switch step {
	case coreKept:
		return Fix{}, false
	case coreSquashed:
		return Fix{To: g.localForm(squashed, l), Rule: Spacing, Confidence: High}, true
	}
	if l.has(k) {
		// A local word may itself be garbled (a garbled title): repair it
		// only on strong evidence from the rest.
		if f, ok := g.fixCore2(w, k, l.without(k), glue, again); ok && f.Confidence >= High {
			return f, true
		}
		return Fix{}, false
	}
	return g.fixCore2(w, k, l, glue, again)
}

// A coreStep is what fixCore's first steps, which do not read the local
// words, make of a word's key.
type coreStep uint8

const (
	coreSearch   coreStep = iota // search on, the local words with the rest (fixCore2)
	coreKept                     // no repair: no single key word of 3 runes to maxFuzzyWord bytes, or a name or blocked word
	coreSquashed                 // a given and family name run together: repaired to the name, spelled as the local words spell it
)

// coreStart is fixCore's first steps for key k: whether it is no word to
// repair, a name run together (with that name's display form), or a word
// to search on.
func (g *Gazetteer) coreStart(k string) (step coreStep, squashed string) {
	if k == "" || strings.IndexByte(k, ' ') >= 0 || utf8.RuneCountInString(k) < 3 || len(k) > maxFuzzyWord {
		return coreKept, ""
	}
	lx := getLex()
	// Given and family name run together (even when the gazetteer lists
	// the run-together form as a variant).
	if hs := g.squashed[k]; len(hs) == 1 && hs[0].disp != "" && isLatin(hs[0].disp) && !lx.isBlocked(k) {
		if wi := g.words[k]; wi == nil || !wi.canon {
			return coreSquashed, hs[0].disp
		}
	}
	if g.isName(k, nil) || lx.isBlocked(k) {
		return coreKept, ""
	}
	return coreSearch, ""
}

// fixCore2 is the rest of fixCore's search for the word w with key k, in
// order: a name glued to the word after it (when glue is set), OCR
// confusions, exonyms and romanisations, skeletons of local and gazetteer
// name words, and one edit from a local word.
//
// With again set, the same search without local words found no repair:
// the OCR step then walks the variants of the gazetteer's words only when
// one of l's is among them (without one it finds what it found without
// local words, none), and the step of exonyms, which does not read the
// local words unless it repairs, is passed by.
func (g *Gazetteer) fixCore2(w, k string, l *Local, glue, again bool) (Fix, bool) {
	// A name glued to the next word.
	if glue {
		if f, ok := g.fixGlued(w, l, again); ok {
			return f, true
		}
	}
	// OCR confusions.
	if !again || l.hasOCRVariant(k) {
		if f, ok := g.fixOCR(k, l); ok {
			return f, true
		}
	}
	// Exonyms and romanisations from the aliases.
	if !again {
		if d := g.wordFix[k]; d != "" && !mild(k, Key(d)) {
			return Fix{To: g.localFormWord(d, l), Rule: Transliteration, Confidence: High}, true
		}
	}
	if !isASCII(k) {
		return Fix{}, false
	}
	// The skeleton of k, made once for the steps below; the local words'
	// are made with l.
	var skb [64]byte
	sk := appendSkeleton(skb[:0], k)
	lws := l.localWords()
	if len(lws) > 0 {
		l.prepare()
	}
	// Skeleton against local words, then the gazetteer's.
	var lhit []localWord
	for i, lw := range lws {
		if string(l.skeleton(i)) == string(sk) {
			lhit = append(lhit, lw)
		}
	}
	if len(lhit) == 1 && !mild(lhit[0].k, k) {
		return Fix{To: lhit[0].w, Rule: Transliteration, Confidence: High}, true
	}
	if len(k) >= 5 {
		// Skeleton matches, through foreign spellings to canonical words.
		target := ""
		var buf [8]string
		for _, nw := range g.fuzzy().skelWords(buf[:0], sk) {
			d := ""
			if wi := g.words[nw]; wi != nil && wi.canon {
				d = g.nameDisplay(nw, l)
			} else if f := g.wordFix[nw]; f != "" {
				d = g.localFormWord(f, l)
			}
			if d == "" || (target != "" && d != target) {
				target = ""
				break
			}
			target = d
		}
		if target != "" && !mild(Key(target), k) {
			return Fix{To: target, Rule: Transliteration, Confidence: Medium}, true
		}
	}
	// One edit (or a near skeleton) against local words only.
	if strings.HasSuffix(k, "s") && g.isName(k[:len(k)-1], l) {
		return Fix{}, false // "the Bidens", "Putins": plural or genitive
	}
	if len(k) >= 6 {
		var best []localWord
		sks := string(sk)
		for i, lw := range lws {
			if len(lw.k) < 5 {
				continue
			}
			near := damerau1(k, lw.k) == 1 || (len(k) >= 8 && damerau1(sks, string(l.skeleton(i))) <= 1)
			if near && !mild(k, lw.k) {
				best = append(best, lw)
			}
		}
		if len(best) == 1 {
			return Fix{To: best[0].w, Rule: EditDistance, Confidence: Medium}, true
		}
	}
	return Fix{}, false
}

// localForm rewrites a multi-word name with l's spelling of its words.
func (g *Gazetteer) localForm(name string, l *Local) string {
	if len(l.localWords()) == 0 {
		return name
	}
	ws := strings.Fields(name)
	for i, w := range ws {
		if d, ok := l.get(Key(w)); ok {
			ws[i] = d
		}
	}
	return strings.Join(ws, " ")
}

// localFormWord returns l's spelling of the word w, or w when l has none.
func (g *Gazetteer) localFormWord(w string, l *Local) string {
	if d, ok := l.get(Key(w)); ok {
		return d
	}
	return w
}

// fixGlued repairs a name glued to the lower-case word after it, such as
// "Poutinsaid": a head that is or repairs to a name word, and a tail that
// is a glue word of the lists. again says that the search without local
// words found no repair (see fixCore2), nor then of any head.
func (g *Gazetteer) fixGlued(w string, l *Local, again bool) (Fix, bool) {
	lx := getLex()
	// The head must start with a capital: with w's first letter, or with
	// a part of it, which is no letter.
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return Fix{}, false
	}
	// The splits where the tail is a lower-case glue word and the head a
	// word starting with a capital, longest head first, found once for
	// both passes below; they end at the first tail that is no tail of a
	// glue word.
	type split struct {
		i  int    // where the tail starts
		hk string // the key of the head
	}
	var buf [8]split
	splits := buf[:0]
	for i := len(w) - 2; i >= 2; i-- {
		glue, tail := lx.glueTail[w[i:]]
		if !tail {
			break
		}
		if !glue {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[:i])
		if !unicode.IsUpper(r) {
			continue
		}
		hk := Key(w[:i])
		if hk == "" || strings.Contains(hk, " ") {
			continue
		}
		splits = append(splits, split{i, hk})
	}
	// First a correctly spelled head at any split, then a garbled one.
	for _, s := range splits {
		if g.isName(s.hk, l) {
			d := w[:s.i] // keep the text's own spelling of a correct name
			if ld, ok := l.get(s.hk); ok {
				d = ld
			}
			return Fix{To: d + " " + w[s.i:], Rule: Glued, Confidence: High}, true
		}
	}
	for _, s := range splits {
		if lx.isBlocked(s.hk) {
			continue
		}
		if f, ok := g.fixCore(w[:s.i], l, false, again); ok && f.Confidence >= Medium {
			return Fix{To: f.To + " " + w[s.i:], Rule: Glued, Confidence: f.Confidence}, true
		}
	}
	return Fix{}, false
}

// fixOCR repairs the key k of a word OCR garbled: the name word or word
// of l that at most two OCR confusions turn into k, when one is nearest.
func (g *Gazetteer) fixOCR(k string, l *Local) (Fix, bool) {
	if len(k) < 4 {
		return Fix{}, false
	}
	var buf [(maxOCRBudget + 1) * maxFuzzyWord]byte
	// Only variants that are name or local words count: the walk skips
	// those that begin as none does, and takes the others in the same
	// order.
	walk := newPrunedOCRWalk(k, 2, buf[:], g.prefixes, l.prefixSet())
	return g.fixOCRFrom(&walk, l)
}

// hasOCRVariant reports whether a word of l is among the variants of the
// key k that fixOCR walks, which it walks as far as l's prefix set lets it,
// without the gazetteer's; a nil Local has none.
func (l *Local) hasOCRVariant(k string) bool {
	if l == nil || len(k) < 4 {
		return false
	}
	var buf [(maxOCRBudget + 1) * maxFuzzyWord]byte
	walk := newPrunedOCRWalk(k, 2, buf[:], nil, l.prefixSet())
	for {
		v, _, ok := walk.next()
		if !ok {
			return false
		}
		if l.hasBytes(v) {
			return true
		}
	}
}

// fixOCRFrom is fixOCR over the variants walk yields: it takes the first
// eight that are name or local words.
func (g *Gazetteer) fixOCRFrom(walk *ocrWalk, l *Local) (Fix, bool) {
	type cand struct {
		k     string
		cost  int
		local bool
	}
	var cs []cand
variants:
	for len(cs) < 8 {
		v, cost, ok := walk.next()
		if !ok {
			break
		}
		isLoc := l.hasBytes(v)
		if !isLoc && g.words[string(v)] == nil {
			continue
		}
		for _, c := range cs {
			if c.k == string(v) {
				continue variants
			}
		}
		cs = append(cs, cand{string(v), cost, isLoc})
	}
	if len(cs) == 0 {
		return Fix{}, false
	}
	pick := func(keep func(c cand) bool) (cand, int) {
		var best cand
		n := 0
		for _, c := range cs {
			if keep(c) {
				if n == 0 || c.cost < best.cost {
					best = c
					n = 1
				} else if c.cost == best.cost && c.k != best.k {
					n++
				}
			}
		}
		return best, n
	}
	if c, n := pick(func(c cand) bool { return c.local }); n == 1 {
		d, _ := l.get(c.k)
		return Fix{To: d, Rule: OCR, Confidence: High}, true
	}
	if c, n := pick(func(c cand) bool { return true }); n == 1 && len(c.k) >= 4 {
		conf := High
		if c.cost > 1 {
			conf = Medium
		}
		if d := g.nameDisplay(c.k, l); d != "" {
			return Fix{To: d, Rule: OCR, Confidence: conf}, true
		}
	}
	return Fix{}, false
}

package readout

import (
	"github.com/readout-go/readout/internal/names"

	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word or a punctuation mark of a sentence. Text is the word
// as read, which differs from the input bytes at [start, end) only where a
// garbled name was repaired.
type token struct {
	text       string
	low        string // text in lower case
	start, end int
	word       bool // letters or digits, not punctuation
	repaired   bool
	cls        wordClass
}

// A wordClass is a set of facts about a word, read once from the
// lexicon's vocabulary when the word is tokenized, so that the hot paths
// test a bit rather than look the word up again.
type wordClass uint16

const (
	clsCap          wordClass = 1 << iota // starts with an upper-case letter
	clsTitle                              // may start a title
	clsCue                                // may start a reporting verb
	clsPlain                              // a word of the lists: never a garbled name
	clsDemonym                            // may be a demonym or country: ask Demonym
	clsNotName                            // does not begin or continue a name
	clsParticle                           // a particle inside names: "von", "bin"
	clsMentionStart                       // may start a mention: "the", "former"
	clsTopic                              // may start a topic
	clsVenue                              // may start a venue
	clsSettled                            // capitalised, but a word no repair touches
	clsPrefixed                           // a name with a lower-case article: "al-Maliki"
	clsVerbLead                           // may stand between a subject and its verb: "also"
	clsMeetingVerb                        // tells that the meeting took place: "met"
	clsCueKey                             // the key word of a reporting verb or phrase (see cueKey)
	clsMeetingWord                        // tells of the meeting itself: "talks" (see meetingWords)
)

// classify returns the class of a word token with text and lower-case
// form low, from vocab (which may be nil).
func classify(text, low string, vocab *vocabulary) wordClass {
	c := vocabEntry(vocab, low).cls
	if startsUpper(text) {
		c |= clsCap
		if isKeyWord(low) && names.Settled(low) {
			c |= clsSettled
		}
	}
	if !isKeyWord(low) {
		// The demonym table is keyed by name keys, which only words of
		// ASCII lower-case letters and digits are already.
		c |= clsDemonym
	}
	if isPrefixedName(text) {
		c |= clsPrefixed
	}
	return c
}

// classifyWord returns the lower case and class of word w, as classify
// would, remembering them in memo (which may be nil) if w has at most
// maxMemoWord bytes, so that a word that recurs in a document or from
// document to document, as names do, is worked out once. The memo keeps
// nothing of w's text: it files a word that is its own lower case without
// it, and gives back the w it is asked.
func classifyWord(w string, memo *wordMemo, vocab *vocabulary) (string, wordClass) {
	if memo == nil || len(w) > maxMemoWord {
		return classifyNew(w, vocab)
	}
	// memoKeys(w), written out: it is too costly for the compiler to
	// inline, and the call cost more than the keys (TestMemoKeys).
	var a, b uint64
	switch n := len(w); {
	case n > 8:
		a, b = first8(w), first8(w[n-8:])
	case n >= 4:
		a = uint64(first4(w)) | uint64(first4(w[n-4:]))<<32
	case n > 0:
		a = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	i := wordSlot(a, b, len(w))
	for ; memo.index[i] != 0; i = (i + 1) % wordTableSize {
		e := &memo.entries[memo.index[i]-1]
		if e.a == a && e.b == b && int(e.n) == len(w) {
			low := e.val.low
			if low == "" {
				low = w
			}
			return low, e.val.cls
		}
	}
	low, cls := classifyNew(w, vocab)
	if len(memo.entries) < memoSize {
		kept := low
		if kept == w {
			kept = "" // w is the text's: the memo outlives it
		}
		memo.entries = append(memo.entries, wordItem[wordInfo]{a: a, b: b, n: uint8(len(w)), val: wordInfo{kept, cls}})
		memo.index[i] = int32(len(memo.entries))
	}
	return low, cls
}

// classifyNew is classifyWord for a word the memo lacks. A short word of
// ASCII and General Punctuation (see isPunctRune) is lower-cased on the
// stack and read through vocab and the name layer's interned keys, which
// settles almost every word without allocating.
func classifyNew(w string, vocab *vocabulary) (string, wordClass) {
	var buf [maxShortWord]byte
	if len(w) > len(buf) {
		return classifySlow(w, vocab)
	}
	upper, key := false, true
lower:
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch byteClass[c] {
		case classWord:
		case classUpper:
			c += 'a' - 'A'
			upper = true
		case classRune:
			up, ok := lowerPunct(&buf, w, k)
			if !ok {
				return classifySlow(w, vocab)
			}
			upper, key = upper || up, false
			break lower
		default:
			key = false
		}
		buf[k] = c
	}
	b := buf[:len(w)]
	we := vocab.bufEntry(&buf, len(w))
	low, cls := w, we.cls
	if upper {
		low = we.low // "" when vocab lacks the word
	}
	if !key {
		cls |= clsDemonym // see classify
		if isPrefixedName(w) {
			cls |= clsPrefixed
		}
	}
	if 'A' <= w[0] && w[0] <= 'Z' {
		cls |= clsCap
		switch {
		case we.settled:
			// The vocabulary's word: its facts are known.
			cls |= clsSettled
		case key && we.low == "":
			s, settled := names.KeyWord(b)
			if settled {
				cls |= clsSettled
			}
			if low == "" {
				low = s
			}
		}
	}
	if low == "" {
		low = string(b)
	}
	return low, cls
}

// lowerPunct lower-cases w[k:] into buf for classifyNew, which found a
// rune at k, as lowerWord would: it copies a rune of General Punctuation
// (see isPunctRune) as it is. It reports whether it lower-cased a letter,
// and, as ok, whether every rune was of General Punctuation.
func lowerPunct(buf *[maxShortWord]byte, w string, k int) (upper, ok bool) {
	for ; k < len(w); k++ {
		c := w[k]
		switch byteClass[c] {
		case classUpper:
			c += 'a' - 'A'
			upper = true
		case classRune:
			if !isPunctRune(w, k) {
				return false, false
			}
			buf[k], buf[k+1] = c, w[k+1]
			k += 2
			c = w[k]
		}
		buf[k] = c
	}
	return upper, true
}

// isPunctRune reports whether w holds at k a rune of General Punctuation
// (U+2000 to U+206F, 3 bytes each in UTF-8: the curly apostrophe of
// "President’s"), which lowerWord copies as it is.
func isPunctRune(w string, k int) bool {
	if k+2 >= len(w) || w[k] != 0xe2 {
		return false
	}
	c := w[k+2]
	return w[k+1] == 0x80 && 0x80 <= c && c <= 0xbf || w[k+1] == 0x81 && 0x80 <= c && c <= 0xaf
}

// maxShortWord is the longest word in bytes classifyWord lower-cases on
// the stack.
const maxShortWord = 32

// classifySlow is classifyNew for a long word or one with other runes.
func classifySlow(w string, vocab *vocabulary) (string, wordClass) {
	low := toLower(w)
	return low, classify(w, low, vocab)
}

// lowerWord returns strings.ToLower(w), lower-cased on the stack when w
// is short, so that a word already in lower case, such as "president’s",
// costs no allocation (FuzzLowerWord).
func lowerWord(w string) string {
	var buf [64]byte
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	if b := appendLowerBytes(buf[:0], w); string(b) != w {
		return string(b)
	}
	return w
}

// A wordMemo remembers the lower case and class classifyWord found of
// each word it was asked, so that a word read again, in the document or
// in a later one (see wordTable.keepUpTo), costs a look-up. A nil
// *wordMemo remembers nothing.
type wordMemo = wordTable[wordInfo]

// A wordInfo is what a wordMemo remembers of a word: its lower case and
// class.
type wordInfo struct {
	low string // "" when the lower case is the word itself, which the memo does not keep
	cls wordClass
}

// maxMemoWord is the longest word in bytes a wordMemo remembers: one its
// memoKeys make. Longer words are rare (78 in the corpus).
const maxMemoWord = 16

// newWordMemo returns an empty memo.
func newWordMemo() *wordMemo {
	m := new(wordMemo)
	m.start()
	return m
}

// memoKeys returns two integers that with its length make a word w of
// up to 16 bytes: for one of more than 8 bytes, its first and its last 8
// bytes; for one of 4 to 8 bytes, its first and last 4 bytes, and 0; for a
// shorter one, its first, middle and last bytes, and 0. Each is read in
// one load.
func memoKeys(w string) (a, b uint64) {
	switch n := len(w); {
	case n > 8:
		return first8(w), first8(w[n-8:])
	case n >= 4:
		return uint64(first4(w)) | uint64(first4(w[n-4:]))<<32, 0
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16, 0
	}
	return 0, 0
}

// first4 returns the first 4 bytes of w, which must have them, as an
// integer, the first lowest: one load.
func first4(w string) uint32 {
	b := w[:4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// cap reports whether the token starts with an upper-case letter, as
// classify found when the word was read (punctuation never does).
func (t *token) cap() bool { return t.cls&clsCap != 0 }

// prefixed reports whether the token is a name with a lower-case article,
// as isPrefixedName.
func (t *token) prefixed() bool { return t.cls&clsPrefixed != 0 }

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lower returns the token in lower case.
func (t *token) lower() string { return t.low }

// toLower lower-cases s without allocating when it already is, and for
// a short word through lowerWord.
func toLower(s string) string {
	if needsLower(s) {
		return lowerWord(s)
	}
	return s
}

// tokenize appends the tokens of text[s:e] to toks.
func tokenize(text string, s, e int, toks []token) []token {
	toks, _ = tokenizeWith(text, s, e, toks, nil, theLexicon().vocab)
	return toks
}

// byteClass classifies bytes for the tokenizer: ASCII letters and digits,
// ASCII white space, other ASCII, and the bytes of multi-byte runes, which
// it decodes.
var byteClass = func() (c [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b >= utf8.RuneSelf:
			c[b] = classRune
		case 'A' <= b && b <= 'Z':
			c[b] = classUpper
		case 'a' <= b && b <= 'z', '0' <= b && b <= '9':
			c[b] = classWord
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f':
			c[b] = classSpace
		default:
			c[b] = classPunct
		}
	}
	return c
}()

const (
	classPunct = iota
	classWord  // a lower-case ASCII letter or a digit
	classUpper // an upper-case ASCII letter
	classSpace
	classRune
	classBlank // in tokenClass only: ASCII white space other than ' '
)

// wordBytes8 returns the index of the first of the eight bytes of x, the
// first lowest, that is not a lower-case ASCII letter, 7 if none of the
// first seven is: the byte that stops a word, or one from which to read
// on. Adding to a byte below 0x80 sets its high bit where the byte is at
// least the bound the addend subtracts from 0x80, and carries into the
// next byte only from a byte at or above 0x80, which is no letter and
// stops the count before any byte so carried into.
func wordBytes8(x uint64) int {
	letter := (x + (0x80-'a')*ones8) &^ (x + (0x80-'z'-1)*ones8)
	return bits.TrailingZeros64((^letter|x)&high8|1<<63) / 8
}

// tokenClass is byteClass as the tokenizer reads it: ASCII white space
// other than a space is classBlank, so that the words it ends take the
// path of rarer bytes and the tokenizer notes it.
var tokenClass = func() [256]uint8 {
	c := byteClass
	for b := range c {
		if c[b] == classSpace && b != ' ' {
			c[b] = classBlank
		}
	}
	return c
}()

// A textSummary tells of a text what tokenizing it found out on the way,
// so that later passes need not read the text again to learn it.
type textSummary struct {
	// cls is the union of the classes of the words, but of settled
	// words (clsSettled), which no repair touches, without clsCap and
	// clsPrefixed: a text without clsCap or clsPrefixed has no word
	// repairTokens reads.
	cls wordClass
	// plain tells that the text is valid UTF-8 with no white space but
	// single spaces between tokens: collapseSpace returns it as it is.
	plain bool
}

// A wordEntry is a word's lower case and class: an entry of the lexicon's
// vocabulary, or what tokenizing found of a word.
type wordEntry struct {
	low string
	cls wordClass
	// settled, in the vocabulary, tells that the word is a key word
	// names.Settled holds: capitalised, no repair touches it.
	settled bool
}

// tokenizeWith is tokenize with the vocabulary that classifies words and
// a memo of the words classifyWord classified in the document; either may
// be nil. It returns the tokens and a summary of text[s:e].
func tokenizeWith(text string, s, e int, toks []token, words *wordMemo, vocab *vocabulary) ([]token, textSummary) {
	// Cut at e, so that i and j below are checked against len(text) once;
	// all is the text uncut, from which words are read 8 bytes at once.
	all := text
	text = text[:e]
	if vocab == nil {
		vocab = noWords // so that the loops need not test it
	}
	// unplain is set at what makes the text other than plain (see
	// textSummary): white space at either end, two white space runes in
	// a row or one other than a space, and an invalid byte (or U+FFFD).
	// The spaces words end at are single spaces, unless another follows.
	// It is set on rare paths only, one of them in wordGoesOn, which
	// keeps it in memory rather than among the values the loop carries
	// in registers and spills at every token.
	unplain := s < e && (text[e-1] == ' ' || byteClass[text[s]] == classSpace)
	var classes wordClass // the classes of the words, as textSummary.cls
scan:
	for i := s; i < len(text); {
		n, first := 1, tokenClass[text[i]]
		switch {
		case first-classWord <= classUpper-classWord:
			// Most tokens start so: a word, tested first, and, as
			// classUpper follows classWord, in one unsigned test
			// (first is a uint8) rather than two.
		case first == classSpace:
			// Not i == s, which would keep s in a register: a
			// space at s is found above.
			if i > 0 && text[i-1] == ' ' {
				unplain = true
			}
			i++
			continue
		case first == classPunct:
			toks = appendToken(toks, text[i:i+1], text[i:i+1], i, i+1, false, 0)
			i++
			continue
		case first == classBlank:
			unplain = true
			i++
			continue
		case first == classRune:
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError {
				unplain = true
			}
			if isSpace(r) {
				unplain = true
				i += n
				continue
			}
			if !isWordRune(r) {
				toks = appendToken(toks, text[i:i+n], text[i:i+n], i, i+n, false, 0)
				i += n
				continue
			}
		}
		// lower: the word has only lower-case ASCII letters and digits.
		lower := first == classWord
		// skip, set to 1 at the space most words end at, tells that the
		// next token may start past it, so that the space is skipped
		// here: one addition, where the larger of the word's end and
		// the byte past a space was a branch.
		j, skip := i+n, 0
		// Compared unsigned, no different as j > i >= 0, so that
		// the compiler sees text[j] in range and checks it no more.
		for uint(j) < uint(len(text)) {
			if j+8 <= len(all) {
				// Past the lower-case letters from j, 8 bytes at
				// once: the word's end is found without a branch
				// per byte, which mispredicts at each word's end.
				j += wordBytes8(first8(all[j : j+8]))
				if uint(j) >= uint(len(text)) {
					j = len(text) // all goes on past the text
					break
				}
			}
			cls := tokenClass[text[j]]
			// Most words end at a space, tested first.
			if cls == classSpace {
				if lower && j-i <= 8 && i+8 <= len(all) {
					// The most common word, short, in lower case and
					// ended by a space, is classified and kept here,
					// as below, on a path with no call, which spares
					// it the spills and reloads of the general one.
					c := vocab.shortClass(shortKeyAt(all, i, j-i), uint8(j-i))
					classes |= c // a lower-case word is no name to settle
					toks = appendToken(toks, text[i:j], text[i:j], i, j, true, c)
					i = j + 1
					continue scan
				}
				skip = 1
				break // most words end so
			}
			if cls == classWord {
				j++
				continue
			}
			if cls == classUpper {
				lower = false
				j++
				continue
			}
			// A rune of a word or a joiner: the word may go on.
			k, more := wordGoesOn(text, i, j, lower, &unplain)
			if k > j {
				lower = false
				j = k
			}
			if more {
				continue
			}
			break
		}
		w := text[i:j]
		var low string
		var cls wordClass
		if lower && len(w) <= maxShortWord {
			// Its own lower case, which only the vocabulary classifies:
			// classifyWord's answer, without reading the word again.
			low = w
			if len(w) <= 8 && i+8 <= len(all) {
				// vocabClass, inline for most words: no call.
				cls = vocab.shortClass(shortKeyAt(all, i, len(w)), uint8(len(w)))
			} else {
				cls = vocabClass(vocab, w)
			}
		} else {
			low, cls = classifyWord(w, words, vocab)
		}
		if cls&clsSettled != 0 {
			classes |= cls &^ (clsCap | clsPrefixed)
		} else {
			classes |= cls
		}
		toks = appendToken(toks, w, low, i, j, true, cls)
		i = j + skip
	}
	return toks, textSummary{cls: classes, plain: !unplain}
}

// wordGoesOn returns, for the word of text from i that stops at j, at a
// byte that is neither white space nor an ASCII letter or digit, where the
// word ends so far and whether it may go on: past a rune of a word, past a
// joiner before one ("Putin's", "al-Maliki", "U.S.", "Jae-in"), or, not
// going on, past a final dot it keeps. Lower tells that the word has only
// lower-case ASCII letters and digits. It sets *unplain if the rune at j is
// utf8.RuneError, which is a rune of a word but makes the text other than
// plain (see textSummary).
func wordGoesOn(text string, i, j int, lower bool, unplain *bool) (k int, more bool) {
	r2, n2 := rune(text[j]), 1
	if text[j] >= utf8.RuneSelf {
		if r2, n2 = utf8.DecodeRuneInString(text[j:]); isWordRune(r2) {
			if r2 == utf8.RuneError {
				*unplain = true
			}
			return j + n2, true
		}
	}
	if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '‑' {
		if k := j + n2; k < len(text) {
			// An ASCII word rune is a letter or a digit (TestIsWordRune).
			if c := byteClass[text[k]]; c == classWord || c == classUpper {
				return k, true
			} else if c == classRune {
				if r3, _ := utf8.DecodeRuneInString(text[k:]); isWordRune(r3) {
					return k, true
				}
			}
		}
		// A final dot of a dotted abbreviation ("U.S.") or of an
		// initial ("Joseph R. Biden") stays with the word; a word
		// of lower-case letters and digits is neither, nor one of
		// keepsDot, which are capitalised (TestKeepsDot).
		if r2 == '.' && !lower && (strings.Contains(text[i:j], ".") || isInitial(text[i:j]) || keepsDot[text[i:j]]) {
			return j + n2, false
		}
	}
	return j, false
}

// noWords is an empty vocabulary.
var noWords = newVocabulary(0)

// appendToken appends to toks the token of the given fields, not
// repaired. It sets the fields where the token lands, rather than
// building the token aside and copying it there.
func appendToken(toks []token, text, low string, start, end int, word bool, cls wordClass) []token {
	if len(toks) == cap(toks) {
		toks = append(toks, token{})[:len(toks)]
	}
	toks = toks[:len(toks)+1]
	t := &toks[len(toks)-1]
	t.text, t.low = text, low
	t.start, t.end = start, end
	t.word, t.repaired, t.cls = word, false, cls
	return toks
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasUpper reports whether lower-casing changes w.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf {
			return hasUpperRune(w[i:])
		} else if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// hasUpperRune is hasUpper for text that is not all ASCII.
func hasUpperRune(w string) bool {
	for _, r := range w {
		if unicode.ToLower(r) != r {
			return true
		}
	}
	return false
}

// inLower reports whether the lower case of w is in set, without
// allocating for a short ASCII word.
func inLower(set map[string]bool, w string) bool {
	if len(w) > 32 {
		return set[strings.ToLower(w)]
	}
	var buf [32]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// isKeyWord reports whether s is its own name key: ASCII lower-case
// letters and digits only.
func isKeyWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}

// needsLower reports whether s has an upper-case or non-ASCII letter.
func needsLower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// isWordRune reports whether r is a letter, a digit, a non-spacing mark or
// the replacement of an invalid byte: a rune of a word. The punctuation of
// General Punctuation (U+2000 to U+206F: curly quotes, dashes, spaces), the
// most common runes in English text outside ASCII, is none of these
// (TestIsWordRune).
func isWordRune(r rune) bool {
	if 0x2000 <= r && r <= 0x206f {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == utf8.RuneError
}

// fieldCount returns the number of fields strings.Fields finds in s, or
// limit if there are more, without allocating.
func fieldCount(s string, limit int) int {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n >= limit {
			break
		}
	}
	return n
}

// joinIn returns words joined by single spaces: a slice of text when they
// stand so in it from offset pos, which costs no allocation.
func joinIn(text string, pos int, words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	end := pos
	for i, w := range words {
		if i > 0 {
			if end >= len(text) || text[end] != ' ' {
				return strings.Join(words, " ")
			}
			end++
		}
		if !strings.HasPrefix(text[end:], w) {
			return strings.Join(words, " ")
		}
		end += len(w)
	}
	return text[pos:end]
}

// stripPossessive returns w without a final "'s", "’s", "'" or "’", when
// more than one byte of the word stands before it ("Putin's", "Leaders’").
// An ending without its "s" is an apostrophe, the same limit for either
// form: so it reads the last bytes once, and is small enough to be
// inlined, as it is asked of every name word.
func stripPossessive(w string) string {
	e := len(w)
	if e > 0 && w[e-1] == 's' {
		e-- // where an apostrophe before the "s" would end
	}
	switch {
	case e > 2 && w[e-1] == '\'':
		return w[:e-1]
	case e > 4 && w[e-3:e] == "’":
		return w[:e-3]
	}
	return w
}

// isInitial reports whether w is one capital letter.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// keepsDot lists abbreviations whose full stop belongs to the word, each
// capitalised.
var keepsDot = wordSet(`Mr Mrs Ms Dr Jr Sr St Prof Gen Messrs Mme Hon Rev`)

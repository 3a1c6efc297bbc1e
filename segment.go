package readout

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence is one segment of the input: a sentence of running text, a
// title, a date line or a transcript stage direction. Its span excludes the
// white space around it.
type sentence struct {
	start, end int
	line       int // index of the input line the sentence is on
	para       int // index of the paragraph: a run of non-blank lines
	first      bool
	last       bool // first and last sentence of its line
	lineEnd    int  // end of the last sentence of the line
}

// header reports the " date YYYY-MM-DD " or " date YYYY-MM " header at the
// start of text: the date as written and the offset just past the header.
func header(text string) (date string, end int) {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	if strings.HasPrefix(text[i:], "\ufeff") {
		i += len("\ufeff")
	}
	rest := text[i:]
	if !strings.HasPrefix(rest, "date ") {
		return "", 0
	}
	rest = rest[len("date "):]
	n := 0
	for n < len(rest) && (isDigit(rest[n]) || rest[n] == '-') {
		n++
	}
	d := rest[:n]
	if _, ok := parseISODate(d); !ok {
		return "", 0
	}
	end = i + len("date ") + n
	for end < len(text) && (text[end] == ' ' || text[end] == '\t') {
		end++
	}
	return d, end
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// splitSentences cuts text into lines, paragraphs and sentences, which it
// returns in buf's array when it has room (buf may be nil). Every
// non-space byte of text lies in exactly one sentence.
func splitSentences(text string, buf []sentence) []sentence {
	// The sentences are appended to buf, which a parse keeps for the
	// next; an empty one starts with room for sentences of 64 bytes.
	out := buf[:0]
	if cap(out) == 0 {
		out = make([]sentence, 0, len(text)/64+1)
	}
	line, para := 0, 0
	blank := true
	ends := newTerminators(text)
	for pos := 0; pos <= len(text); {
		if pos < len(text) && text[pos] == '\n' {
			// An empty line, as half the lines are (paragraphs are
			// parted by one): no search for its end.
			blank = true
			line++
			pos++
			continue
		}
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if nl >= 0 {
			end = pos + nl
		}
		s, e := pos, end
		if s == e || byteClass[text[s]] >= classSpace || byteClass[text[e-1]] >= classSpace {
			// Most lines start and end with ASCII that is no white
			// space (of a class below classSpace): only others are
			// trimmed.
			s, e = trimSpace(text, s, e)
		}
		if s < e {
			if blank && len(out) > 0 {
				para++
			}
			blank = false
			n := len(out)
			out = splitLine(text, s, e, line, para, &ends, out)
			out[n].first = true
			out[len(out)-1].last = true
		} else {
			blank = true
		}
		line++
		if nl < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

// trimSpace narrows [s, e) to exclude white space at both ends.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if byteClass[c] != classSpace {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if byteClass[c] != classSpace {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// splitLine appends the sentences of the line text[s:e], which has no
// white space at either end, and so ends with its last sentence: e is
// their lineEnd. Ends finds the terminators of the text; lines are split
// in order.
func splitLine(text string, s, e, line, para int, ends *terminators, out []sentence) []sentence {
	start := s
	for i := s; i < e; {
		if i = ends.from(i); i >= e {
			break
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:e])
		}
		i += n
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		if i >= e {
			// The terminator ends the line, as it mostly ends a
			// paragraph: no sentence follows on it.
			break
		}
		// j is the end of the sentence, k the start of the next.
		var j, k int
		if i+1 < e && text[i] == ' ' && byteClass[text[i+1]] == classUpper {
			// Most sentences end so: a space and an upper-case ASCII
			// letter, which sentenceGap would read alike.
			j, k = i, i+1
		} else if j, k = sentenceGap(text, i, e); k < 0 {
			if j >= e {
				break
			}
			continue
		}
		if r == '.' && isAbbreviation(text[start:i-1]) {
			continue
		}
		out = appendSentence(text, out, sentence{start: start, end: j, line: line, para: para, lineEnd: e})
		start = k
		i = k
	}
	if start < e {
		out = appendSentence(text, out, sentence{start: start, end: e, line: line, para: para, lineEnd: e})
	}
	return out
}

// sentenceGap reads the line text[:e] after a terminator that ends at i:
// it returns the end j of the run of terminators and closing marks from
// i, and the start k of the sentence that follows after white space, or
// -1 when none does there (and then j >= e when the run ends the line).
func sentenceGap(text string, i, e int) (j, k int) {
	j = i
	for j < e {
		r2, n2 := utf8.DecodeRuneInString(text[j:e])
		if r2 == '.' || r2 == '!' || r2 == '?' || isCloser(r2) {
			j += n2
			continue
		}
		break
	}
	if j >= e {
		return j, -1
	}
	if r2, _ := utf8.DecodeRuneInString(text[j:e]); !isSpace(r2) {
		return j, -1
	}
	if k, _ = trimSpace(text, j, e); k >= e || !startsSentence(text[k:e]) {
		return j, -1
	}
	return j, k
}

// terminators finds where a sentence's terminator may start in a text:
// at '.', '!', '?' or '…'. It remembers where each next occurs, so that,
// asked from offsets in order, it searches the text once for each: a
// line without '!' costs no search of its own. '…' is searched for whole,
// not by its first byte, which curly quotes and dashes share.
type terminators struct {
	text  string
	next  [4]int // the next index of each of terminatorMarks; -1 before the first search
	rare  int    // the least of next[1:], the terminators other than '.'
	first int    // the least of next, as last found
}

var terminatorMarks = [4]string{".", "!", "?", "…"}

// newTerminators returns the search of text for terminators.
func newTerminators(text string) terminators {
	return terminators{text: text, next: [4]int{-1, -1, -1, -1}, rare: -1, first: -1}
}

// from returns the index of the first terminator at or after i, or
// len(f.text). It is asked from offsets in order.
func (f *terminators) from(i int) int {
	if i <= f.first {
		// No terminator lies between the last offset asked and the
		// first found from it: a line start or a line with none.
		return f.first
	}
	if f.next[0] < i {
		// The full stops, searched for most often, here rather than
		// by a call of search.
		f.next[0] = len(f.text)
		if j := strings.IndexByte(f.text[i:], terminatorMarks[0][0]); j >= 0 {
			f.next[0] = i + j
		}
	}
	if f.rare < i {
		// Past a '!', '?' or '…', or at the start: the rare ones are
		// searched again.
		f.rare = len(f.text)
		for k := 1; k < len(f.next); k++ {
			if f.next[k] < i {
				f.next[k] = f.search(i, k)
			}
			f.rare = min(f.rare, f.next[k])
		}
	}
	f.first = min(f.next[0], f.rare)
	return f.first
}

// search returns the index of the first terminatorMarks[k] at or after
// i, or len(f.text).
func (f *terminators) search(i, k int) int {
	m := terminatorMarks[k]
	if len(m) == 1 {
		if j := strings.IndexByte(f.text[i:], m[0]); j >= 0 {
			return i + j
		}
		return len(f.text)
	}
	// '…' is found by its last byte, which few other runes end in,
	// unlike its first, which begins every curly quote and dash.
	last := len(m) - 1
	for j := i + last; j < len(f.text); j++ {
		n := strings.IndexByte(f.text[j:], m[last])
		if n < 0 {
			break
		}
		j += n
		if f.text[j-last:j] == m[:last] {
			return j - last
		}
	}
	return len(f.text)
}

// maxSentence bounds a sentence's length in bytes. Real sentences of
// readouts stay under a kilobyte; a longer run without a full stop (a
// scraped page with no punctuation, a run of symbols) is cut at white
// space, so that no sentence's tokens can take more than a little memory.
const maxSentence = 2048

// appendSentence appends s, cut into pieces of at most maxSentence bytes.
func appendSentence(text string, out []sentence, s sentence) []sentence {
	if s.end-s.start > maxSentence {
		return appendLong(text, out, s)
	}
	return append(out, s)
}

// appendLong is appendSentence for a sentence longer than maxSentence
// bytes.
func appendLong(text string, out []sentence, s sentence) []sentence {
	for s.end-s.start > maxSentence {
		cut := s.start + maxSentence
		// Back to the last white space, or else to a rune boundary.
		k := strings.LastIndexAny(text[s.start+maxSentence/2:cut], " \t")
		if k >= 0 {
			cut = s.start + maxSentence/2 + k
		} else {
			// At most three bytes back: a rune is at most four bytes long,
			// and invalid bytes may never start one.
			for n := 0; n < 3 && !utf8.RuneStart(text[cut]); n++ {
				cut--
			}
		}
		piece := s
		piece.end = cut
		piece.start, piece.end = trimSpace(text, piece.start, piece.end)
		if piece.start < piece.end {
			out = append(out, piece)
		}
		s.start, _ = trimSpace(text, cut, s.end)
	}
	if s.start < s.end {
		out = append(out, s)
	}
	return out
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', '“', ')', ']', '»', '*', '_':
		return true
	}
	return false
}

// startsSentence reports whether s can begin a new sentence.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r), unicode.Is(unicode.Han, r):
		return true
	case r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '[' || r == '«' || r == '<' || r == '*' || r == '#' || r == '—' || r == '–' || r == '-':
		return true
	}
	return false
}

// isAbbreviation reports whether the text before a period ends in an
// abbreviation or an initial, so that the period does not end the sentence.
func isAbbreviation(before string) bool {
	w, dot, ascii := lastWord(before)
	if w == "" {
		return false
	}
	// An initial: one capital letter ("Joseph R. Biden", "V. V. Putin").
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	// Dotted abbreviations: U.S., U.K., D.C., a.m., H.E.
	if dot {
		return true
	}
	// Every abbreviation has a key (newKeySet): an ASCII word without one,
	// longer than eight bytes, is none.
	if ascii {
		// Of ASCII letters only, as w is without a dot.
		return len(w) <= 8 && abbreviationKeys.has(letterKey(before, len(w)))
	}
	return inLower(abbreviations, w)
}

// lowerKey packs w, a word of one to eight ASCII bytes, lower-cased,
// into a number, its first byte lowest; false for other words. No byte
// is zero, so that words of different lengths differ and no key is zero.
func lowerKey(w string) (uint64, bool) {
	if w == "" || len(w) > 8 {
		return 0, false
	}
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		c := w[i]
		if c == 0 || c >= utf8.RuneSelf {
			return 0, false
		}
		k = k<<8 | uint64(lowerASCII(c))
	}
	return k, true
}

// letterKey returns the lowerKey of the last n bytes of s, from one to
// eight ASCII letters: their bytes, lower-cased by setting bit 0x20 of
// each, read at once when s is eight bytes long or more.
func letterKey(s string, n int) uint64 {
	if len(s) < 8 {
		k, _ := lowerKey(s[len(s)-n:])
		return k
	}
	return (first8(s[len(s)-8:]) | 0x2020202020202020) >> (64 - 8*n)
}

// A keySet is a set of lowerKey keys in an open-addressing table, a power
// of two long and at most half full, which a look-up reads in fewer steps
// than a map's.
type keySet []uint64

// newKeySet returns the set of the keys of words, which must have one.
func newKeySet(words map[string]bool) keySet {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	s := make(keySet, size)
	for w := range words {
		k, ok := lowerKey(w)
		if !ok {
			panic("readout: word " + w + " has no key")
		}
		i := s.start(k)
		for s[i] != 0 {
			i = (i + 1) & (len(s) - 1)
		}
		s[i] = k
	}
	return s
}

// start returns the slot a look-up of k starts at.
func (s keySet) start(k uint64) int {
	return int((k*0x9e3779b97f4a7c15)>>40) & (len(s) - 1)
}

// has reports whether k, a key, is in s.
func (s keySet) has(k uint64) bool {
	for i := s.start(k); ; i = (i + 1) & (len(s) - 1) {
		switch s[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

// abbreviationKeys holds the keys of abbreviations.
var abbreviationKeys = newKeySet(abbreviations)

// lastWord returns the run of letters and dots at the end of s, and
// whether it has a dot and whether it is all ASCII, which it finds on the
// way.
func lastWord(s string) (w string, dot, ascii bool) {
	i := len(s)
	ascii = true
	// Eight bytes at a time while they are ASCII letters and dots, as
	// most of a word before a full stop is; the byte that stops it is
	// read one at a time below.
	for i >= 8 {
		x := first8(s[i-8 : i])
		dots := dots8(x)
		if bad := ^(letters8(x) | dots) & high8; bad != 0 {
			// The bytes above the highest bad one, the last of s[:i],
			// are in the word: a dot among them is a bit of dots
			// above every bit of bad.
			dot = dot || dots > bad
			i -= bits.LeadingZeros64(bad) / 8
			break
		}
		dot = dot || dots != 0
		i -= 8
	}
	for i > 0 {
		if c := s[i-1]; c < utf8.RuneSelf {
			if c == '.' {
				dot = true
			} else if !isLetterByte(c) {
				break
			}
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		ascii = false
		i -= n
	}
	return s[i:], dot, ascii
}

// letters8 returns the ASCII letters among the eight bytes of x: the high
// bit of each byte of the result is set where x has one, as isLetterByte
// tells. Each byte is lower-cased and its high bit cleared, so that adding
// to it carries into its high bit only and never into the next byte: the
// sums tell whether it is at least 'a' and whether it is past 'z'.
func letters8(x uint64) uint64 {
	low := (x | 0x20*ones8) &^ high8
	return (low + (0x80-'a')*ones8) &^ (low + (0x80-'z'-1)*ones8) &^ x & high8
}

// dots8 returns the full stops among the eight bytes of x: the high bit
// of each byte of the result is set where x has a '.'.
func dots8(x uint64) uint64 { return zeroBytes8(x ^ '.'*ones8) }

var abbreviations = wordSet(`mr mrs ms mme dr st jr sr prof gen lt col sen rep gov no nos vs etc
	inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec mt ft h.e e.g i.e a.m p.m
	approx dept est fig hon messrs rev capt cmdr adm maj sgt`)

func wordSet(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

package names

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Key returns the comparison key of s: compatibility-decomposed (NFKD),
// without diacritics (combining marks, unicode.Mn), case-folded, width-folded,
// with apostrophes and full stops dropped, every other run of punctuation,
// symbols and white space turned into a single space, and no leading or
// trailing space. "Recep Tayyip Erdoğan", "RECEP TAYYIP ERDOGAN" and
// "Recep  Tayyip Erdogan" share the key "recep tayyip erdogan"; "Xi Jin-ping"
// has the key "xi jin ping" and "O'Brien" the key "obrien". Letters that do
// not decompose are mapped to their base letter (ł→l, ø→o, đ→d, ß→ss,
// æ→ae). Scripts other than Latin are kept, case-folded. Key is idempotent:
// Key(Key(s)) == Key(s). The key of the empty string is "".
//
// Key is safe for concurrent use.
func Key(s string) string {
	if isASCII(s) {
		return asciiKey(s)
	}
	if k, ok := latinKey(s); ok {
		return k
	}
	return fullKey(s)
}

// fullKey is Key by the full Unicode path only. Case folding is
// idempotent, but the decompositions and mappings around it need not be
// at once (Cherokee folds to upper case): it runs the slow key to its
// fixed point.
func fullKey(s string) string {
	k := slowKey(s)
	for i := 0; i < 3; i++ {
		k2 := slowKey(k)
		if k2 == k {
			break
		}
		k = k2
	}
	return k
}

// latinMax bounds the runes latinKey maps from a table (Latin-1 Supplement,
// Latin Extended-A and -B, IPA, modifiers, combining marks, Greek, Cyrillic;
// a combining mark goes through the full path). The Latin Extended
// Additional block (the letters of Vietnamese, "Nguyễn Phú Trọng", and of
// Welsh), from extFrom, and the General Punctuation block (typographic
// quotes, dashes, the ellipsis), common in any script, from punctFrom, are
// in the table too.
const (
	latinMax  = 0x530
	extFrom   = 0x1e00
	extMax    = 0x1f00
	punctFrom = 0x2000
	punctMax  = 0x2070
)

const (
	latinLetter = iota // mapped to its key
	latinDrop          // dropped like an apostrophe
	latinSep           // a word separator
	latinSlow          // needs the full path
)

// runeKey is what slowKey makes of a rune, for latinKey.
type runeKey struct {
	kind uint8  // latinLetter, latinDrop, latinSep or latinSlow
	key  string // the key of a latinLetter
}

// runeKeys is the table of latinKey: the runes below latinMax, then those of
// the Latin Extended Additional and General Punctuation blocks. A rune's entry is worked out the first time
// latinKey meets it, as a text has few of them and slowKey is slow.
var runeKeys [latinMax + extMax - extFrom + punctMax - punctFrom]atomic.Pointer[runeKey]

// keyKind classifies r for latinKey by what slowKey makes of it.
func keyKind(r rune) (kind uint8, key string) {
	k := slowKey(string(r))
	switch {
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Lm, r) || unicode.Is(unicode.Sk, r):
		return latinSlow, ""
	case strings.Contains(k, " "):
		return latinSlow, ""
	case k != "" && slowKey(k) != k:
		// Its key is not yet a fixed point, which Key runs to.
		return latinSlow, ""
	case k != "" && slowKey("a"+string(r)+"b") != "a"+k+"b":
		// Its key depends on what stands beside it: "ŀ" decomposes to
		// "l" and a middle dot, which parts it from a next letter.
		return latinSlow, ""
	case k != "":
		return latinLetter, k
	case slowKey("a"+string(r)+"b") == "ab":
		return latinDrop, ""
	}
	return latinSep, ""
}

// lookupRune returns the kind of the non-ASCII rune r for latinKey, and its
// key if it is a latinLetter.
func lookupRune(r rune) (kind uint8, key string) {
	var i int
	switch {
	case r < latinMax:
		i = int(r)
	case extFrom <= r && r < extMax:
		i = latinMax + int(r-extFrom)
	case punctFrom <= r && r < punctMax:
		i = latinMax + extMax - extFrom + int(r-punctFrom)
	default:
		return latinSlow, ""
	}
	rk := runeKeys[i].Load()
	if rk == nil {
		// Two goroutines may both work the entry out; they store the same.
		rk = new(runeKey)
		rk.kind, rk.key = keyKind(r)
		if r >= punctFrom && rk.kind == latinLetter {
			// Only the punctuation of the block is by table.
			rk.kind, rk.key = latinSlow, ""
		}
		runeKeys[i].Store(rk)
	}
	return rk.kind, rk.key
}

// latinKey is Key for text in the blocks of runeKeys, by table;
// ok is false when the text needs the full path.
func latinKey(s string) (string, bool) {
	b, ok := appendLatinKey(make([]byte, 0, len(s)), s)
	if !ok {
		return "", false
	}
	return string(b), true
}

// appendLatinKey appends the key of s to b as latinKey makes it; ok is
// false, and b holds a partial key, when the text needs the full path.
func appendLatinKey(b []byte, s string) (_ []byte, ok bool) {
	space := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			b, space = appendASCIIKey(b, byte(r), space)
			continue
		}
		kind, out := lookupRune(r)
		switch kind {
		case latinSlow:
			return b, false
		case latinDrop:
			continue
		case latinSep:
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, out...)
	}
	return b, true
}

// slowKey is Key by the full Unicode path.
func slowKey(s string) string {
	// Fold width and case, decompose, drop marks, then filter.
	b := fold(widthFold, []byte(s))
	b = dropMarks(norm.NFKD.Bytes(b))
	b = fold(caseFold, b)
	if !norm.NFKD.IsNormal(b) {
		b = dropMarks(norm.NFKD.Bytes(b))
	}
	k := make([]byte, 0, len(b))
	space := false
	for _, r := range string(b) {
		switch {
		case r == '\'' || r == '.' || r == '’' || r == 'ʼ' || r == '‘' || r == 'ʻ' || r == '`' || r == '´':
			continue
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			if space && len(k) > 0 {
				k = append(k, ' ')
			}
			space = false
			if m, ok := letterMap[r]; ok {
				k = append(k, m...)
			} else {
				k = utf8.AppendRune(k, r)
			}
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r):
			continue
		default:
			space = true
		}
	}
	out := string(k)
	if !isASCII(out) && !norm.NFKD.IsNormalString(out) {
		// Rare: a mapped or folded letter recomposed; make the key a fixed point.
		if k := slowKey(out); k != out {
			return k
		}
	}
	return out
}

// The width and case folders of slowKey, stateless and safe for concurrent
// use.
var (
	widthFold transform.SpanningTransformer = width.Fold
	caseFold  transform.SpanningTransformer = cases.Fold()
)

// fold returns the result of t on b: b itself when t leaves b as it is,
// which is the common case and needs no copy.
func fold(t transform.SpanningTransformer, b []byte) []byte {
	if n, err := t.Span(b, true); n == len(b) && err == nil {
		return b
	}
	out, _, _ := transform.Bytes(t, b)
	return out
}

// letterMap maps letters that have no canonical decomposition to ASCII.
var letterMap = map[rune]string{
	'ł': "l", 'ø': "o", 'đ': "d", 'ð': "d", 'þ': "th", 'æ': "ae", 'œ': "oe",
	'ı': "i", 'ħ': "h", 'ß': "ss", 'ŀ': "l", 'ŧ': "t", 'ƒ': "f", 'ɨ': "i",
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// KeyBytes returns the Key of s in the storage of buf (reused from its
// start), allocating nothing for ASCII text that fits: for a key that is
// looked up and dropped, as m[string(k)] does without a copy.
func KeyBytes(buf []byte, s string) []byte {
	if len(s) >= 4 && len(s) <= cap(buf) && lowerLetters(buf[:len(s)], s) {
		return buf[:len(s)]
	}
	if !isASCII(s) {
		if b, ok := appendLatinKey(buf[:0], s); ok {
			return b
		}
		return append(buf[:0], Key(s)...)
	}
	return appendASCIIKeyBytes(buf[:0], s)
}

// appendASCIIKeyOf appends the key of ASCII text s to b, as appendASCIIKey
// makes it byte by byte, with a byte of b for each of s (a key is never
// longer than its text) and the class of each from asciiKeyBytes; a word
// of letters, the common case, it lowers 8 bytes at a time (lowerLetters).
// FuzzAppendASCIIKeyOf holds it to appendASCIIKey.
func appendASCIIKeyOf(b []byte, s string) []byte {
	if n := len(b); len(s) >= 4 && cap(b)-n >= len(s) && lowerLetters(b[n:n+len(s)], s) {
		return b[:n+len(s)]
	}
	return appendASCIIKeyBytes(b, s)
}

// The constants of SWAR tests on the 8 bytes of a uint64.
const (
	ones8 = 0x0101010101010101 // 1 in each byte
	high8 = 0x8080808080808080 // the high bit of each byte
)

// letters8 reports whether the 8 bytes of x are all ASCII letters.
func letters8(x uint64) bool {
	// The bytes of y are under 0x80 when those of x are, and adding
	// under 0x20 to each carries into none.
	y := x | ('a'-'A')*ones8
	return x&high8 == 0 && (y+(0x80-'a')*ones8)&high8 == high8 && (y+(0x80-'z'-1)*ones8)&high8 == 0
}

// lowerLetters writes to k, of the length of s, s in lower case and
// reports true when s, of 4 bytes or more, is all ASCII letters, whose key
// that is; else it reports false, having written any bytes to k. It reads
// s 8 bytes at a time, the last 8 (or 4) overlapping the ones before.
func lowerLetters(k []byte, s string) bool {
	if len(s) < 8 {
		n := len(s)
		x := uint64(le32(s, 0)) | uint64(le32(s, uint64(n-4)))<<32
		if !letters8(x) {
			return false
		}
		x |= ('a' - 'A') * ones8
		binary.LittleEndian.PutUint32(k, uint32(x))
		binary.LittleEndian.PutUint32(k[n-4:], uint32(x>>32))
		return true
	}
	for i := 0; ; i += 8 {
		i = min(i, len(s)-8)
		x := le64(s, i)
		if !letters8(x) {
			return false
		}
		binary.LittleEndian.PutUint64(k[i:], x|('a'-'A')*ones8)
		if i+8 == len(s) {
			return true
		}
	}
}

// le64 returns the little-endian uint64 at s[i:].
func le64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// appendASCIIKeyBytes is appendASCIIKeyOf byte by byte.
func appendASCIIKeyBytes(b []byte, s string) []byte {
	b = slices.Grow(b, len(s))
	n := len(b)
	k := b[:n+len(s)]
	space := false
	for i := 0; i < len(s); i++ {
		switch c := asciiKeyBytes[s[i]]; c {
		case keyDrop:
		case keySpace:
			space = true
		default:
			if space && n > 0 {
				k[n] = ' '
				n++
			}
			space = false
			k[n] = c
			n++
		}
	}
	return k[:n]
}

// The classes of asciiKeyBytes beside the bytes kept.
const (
	keyDrop  = 0   // dropped: an apostrophe, full stop or backquote
	keySpace = ' ' // a separator, a space before the next byte kept
)

// asciiKeyBytes maps each byte to what appendASCIIKey makes of it: a
// letter in lower case, a digit as it is, or keyDrop or keySpace (every
// byte outside ASCII, which appendASCIIKeyOf never meets, included).
var asciiKeyBytes = func() (t [256]byte) {
	for c := range t {
		switch b, _ := appendASCIIKey(nil, byte(c), false); {
		case len(b) == 1 && c < utf8.RuneSelf:
			t[c] = b[0]
		case c == '\'' || c == '.' || c == '`':
			t[c] = keyDrop
		default:
			t[c] = keySpace
		}
	}
	return t
}()

// asciiKey is Key for ASCII input, without the normalisation machinery.
func asciiKey(s string) string {
	// Fast check: already a key?
	ok := len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; ok && i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ':
			if s[i-1] == ' ' {
				ok = false
			}
		default:
			ok = false
		}
	}
	if ok {
		return s
	}
	var buf [64]byte
	b := appendASCIIKeyOf(buf[:0], s)
	if len(b) <= len(buf) {
		return intern(b) // a known word needs no new string
	}
	return string(b)
}

// dropMarks returns b without its non-spacing marks (unicode.Mn): b itself
// when it has none.
func dropMarks(b []byte) []byte {
	has := false
	for _, r := range string(b) {
		if unicode.Is(unicode.Mn, r) {
			has = true
			break
		}
	}
	if !has {
		return b
	}
	out := make([]byte, 0, len(b))
	for _, r := range string(b) {
		if !unicode.Is(unicode.Mn, r) {
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}

// Display returns the display form of s: NFC-composed, with every run of
// white space collapsed to one ASCII space and no leading or trailing space,
// and with a typographic apostrophe (’ ʼ ‘) between two letters written as
// the ASCII apostrophe ("O’Brien" → "O'Brien"). Display never changes
// letter case ("bin Salman" and "von der Leyen" stay as they are).
// Display is safe for concurrent use.
func Display(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	space := false
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if (r == '’' || r == 'ʼ' || r == '‘') && unicode.IsLetter(prev) && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) {
			r = '\''
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// squash returns key k without its spaces.
func squash(k string) string {
	if strings.IndexByte(k, ' ') < 0 {
		return k
	}
	return strings.ReplaceAll(k, " ", "")
}

// appendASCIIKey appends the key form of the ASCII byte c to b: letters in
// lower case, digits as they are, apostrophes and full stops dropped, and
// anything else a pending space, written before the next kept byte.
func appendASCIIKey(b []byte, c byte, space bool) ([]byte, bool) {
	switch {
	case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
	case c >= 'A' && c <= 'Z':
		c += 'a' - 'A'
	case c == '\'' || c == '.' || c == '`':
		return b, space
	default:
		return b, true
	}
	if space && len(b) > 0 {
		b = append(b, ' ')
	}
	return append(b, c), false
}

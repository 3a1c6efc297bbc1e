package readout

import (
	"fmt"
	"strings"
)

// Format is the kind of encounter a readout reports.
type Format int

// The formats. The zero value, FormatUnknown, means the text does not say.
const (
	FormatUnknown   Format = iota
	FormatTalks            // formal talks or negotiations
	FormatMeeting          // a meeting, a bilateral on the sidelines of a summit
	FormatPhoneCall        // a telephone conversation
	FormatVideoCall        // a videoconference or virtual meeting
	FormatTea              // talks or a conversation over tea
	FormatMeal             // a dinner, lunch, breakfast or banquet
	FormatMessage          // letters, messages or telegrams exchanged
	FormatRemarks          // a transcript of remarks to the press
	FormatOther            // some other encounter
)

var formatNames = [...]string{"", "talks", "meeting", "phone_call", "video_call", "tea", "meal", "message", "remarks", "other"}

// String returns the JSON form: "talks", "meeting", "phone_call",
// "video_call", "tea", "meal", "message", "remarks", "other", or "" for
// FormatUnknown.
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// MarshalText implements [encoding.TextMarshaler].
func (f Format) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (f *Format) UnmarshalText(b []byte) error {
	for i, n := range formatNames {
		if n == string(b) {
			*f = Format(i)
			return nil
		}
	}
	return fmt.Errorf("readout: unknown format %q", b)
}

// formatCues map words of a title or lead to a format, in the order they are
// tried: the more specific first.
var formatCues = []struct {
	words  []string
	format Format
}{
	{[]string{"remarks by", "remarks before", "remarks at", "joint press", "press statements", "statements for the press"}, FormatRemarks},
	{[]string{"over tea", "on tea", "tea party", "tea talk", "had tea", "for tea", "tea with"}, FormatTea},
	{[]string{"videoconference", "video conference", "video link", "videolink", "virtual meeting", "virtually", "video call", "video-conference", "via video"}, FormatVideoCall},
	{[]string{"telephone", "phone", "call with", "calls with", "call between", "’s call", "'s call", "spoke by"}, FormatPhoneCall},
	{[]string{"exchange of messages", "exchanged messages", "message to", "messages", "telegram", "greetings", "letter to", "exchanged letters", "condolences to"}, FormatMessage},
	{[]string{"dinner", "lunch", "breakfast", "banquet", "luncheon"}, FormatMeal},
	{[]string{"talks", "negotiations"}, FormatTalks},
	{[]string{"meeting", "met with", "met today", "meets", "met ", "summit", "visit"}, FormatMeeting},
}

// findFormat reads the format from the title, then from the lead.
func (d *document) findFormat() {
	title, lead := d.leadSentences()
	for _, group := range [][]int{title, lead} {
		if len(group) == 0 {
			continue
		}
		s := foldable(d.text[d.sents[group[0]].start:d.sents[group[len(group)-1]].end])
		if f := formatIn(s); f != FormatUnknown {
			d.m.Format = f
			// "Meeting with ..." over a lead that says "held talks".
			if f == FormatMeeting && len(lead) > 0 {
				l := foldable(d.text[d.sents[lead[0]].start:d.sents[lead[len(lead)-1]].end])
				if formatIs(l, FormatTalks) {
					d.m.Format = FormatTalks
				}
			}
			return
		}
	}
	if d.m.Format == FormatUnknown && len(d.sents) > 0 {
		for i := range d.sents {
			if _, _, ok := d.labelAt(i); ok {
				d.m.Format = FormatRemarks
				return
			}
		}
	}
}

// foldable returns s, or s in lower case when it holds a letter that lower
// case turns into an ASCII letter (the Kelvin sign, the dotted capital I),
// so that formatIn, which folds ASCII letters only, reads s as in lower
// case.
func foldable(s string) string {
	if strings.Contains(s, "\u212a") || strings.Contains(s, "\u0130") {
		return strings.ToLower(s)
	}
	return s
}

// lowerASCII returns c in lower case if it is an ASCII letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s starts with lower-case word, ASCII
// letters of s compared in either case.
func hasPrefixFold(s, word string) bool {
	if len(s) < len(word) {
		return false
	}
	for k := 0; k < len(word); k++ {
		if lowerASCII(s[k]) != word[k] {
			return false
		}
	}
	return true
}

// A quadSet is a set of runs of four bytes, kept as a bit for each hash of
// a run with each byte's bit 0x20 set: a filter that tells which runs are
// certainly not in it, in either case of ASCII letters. (Setting the bit
// lower-cases an ASCII letter; other bytes it maps to others, which only
// lets more runs through.)
type quadSet [1 << quadBits / 64]uint64

// quadBits is the bits of a run's hash: 4,096 bits for some fifty runs.
const quadBits = 12

// quadHash hashes the run of four bytes q, the first in its top byte.
func quadHash(q uint32) uint32 { return (q | 0x20202020) * 0x9e3779b1 >> (32 - quadBits) }

func (b *quadSet) add(q uint32) { h := quadHash(q); b[h>>6] |= 1 << (h & 63) }

func (b *quadSet) mayHave(q uint32) bool { h := quadHash(q); return b[h>>6]&(1<<(h&63)) != 0 }

// quad returns the first four bytes of s as a quadSet run.
func quad(s string) uint32 {
	return uint32(s[0])<<24 | uint32(s[1])<<16 | uint32(s[2])<<8 | uint32(s[3])
}

// formatQuads holds the first four bytes of every word of formatCues, all
// of which are four bytes long or more.
var formatQuads = func() (b quadSet) {
	for _, fc := range formatCues {
		for _, w := range fc.words {
			b.add(quad(w))
		}
	}
	return b
}()

// formatCuesByFirst indexes the words of formatCues by their first byte:
// the index of the cue group each word belongs to.
var formatCuesByFirst = func() (t [256][]struct {
	word  string
	group int
}) {
	for g, fc := range formatCues {
		for _, w := range fc.words {
			t[w[0]] = append(t[w[0]], struct {
				word  string
				group int
			}{w, g})
		}
	}
	return t
}()

// formatIs reports whether formatIn(s) is f. It first looks for the
// words of f's group alone, by a search for a rare letter of each, and
// reads s in full only when one is there: a text without them is of
// another format or none.
func formatIs(s string, f Format) bool {
	for g, fc := range formatCues {
		if fc.format != f {
			continue
		}
		for k, w := range fc.words {
			if containsFold(s, w, formatRare[g][k]) {
				return formatIn(s) == f
			}
		}
		return false
	}
	return formatIn(s) == f
}

// formatRare holds, for each word of formatCues, the index of its rarest
// byte (see rarestByte).
var formatRare = func() [][]int {
	r := make([][]int, len(formatCues))
	for g, fc := range formatCues {
		for _, w := range fc.words {
			r[g] = append(r[g], rarestByte(w))
		}
	}
	return r
}()

// letterRarity lists the lower-case letters from the rarest in English
// text to the commonest.
const letterRarity = "zqxjkvbpygfwmucldrhsnioate"

// rarestByte returns the index of the byte of w that is rarest in English
// text by letterRarity, a byte other than a letter counted as common; the
// first such byte when there are several.
func rarestByte(w string) int {
	best, bestRank := 0, len(letterRarity)+1
	for i := 0; i < len(w); i++ {
		rank := strings.IndexByte(letterRarity, w[i])
		if rank < 0 {
			rank = len(letterRarity)
		}
		if rank < bestRank {
			best, bestRank = i, rank
		}
	}
	return best
}

// containsFold reports whether s holds lower-case word, ASCII letters of
// s compared in either case, as hasPrefixFold compares them. It searches
// for word[at] in either case, which a match must have there, and
// compares the word only where it is.
func containsFold(s, word string, at int) bool {
	c := word[at]
	both := [2]byte{c, c}
	if 'a' <= c && c <= 'z' {
		both[1] = c - 'a' + 'A'
	}
	for k, b := range both {
		if k == 1 && b == c {
			break
		}
		for i := at; i < len(s); i++ {
			j := strings.IndexByte(s[i:], b)
			if j < 0 {
				break
			}
			i += j
			if hasPrefixFold(s[i-at:], word) {
				return true
			}
		}
	}
	return false
}

// formatIn returns the format the words of s name, or FormatUnknown: the
// format of the first group of formatCues with a word in s, ASCII letters
// compared in either case. It reads s once.
func formatIn(s string) Format {
	if len(s) < 4 {
		return FormatUnknown // shorter than every cue
	}
	best := len(formatCues)
	// q holds the four bytes from i.
	q := quad(s) >> 8
	for i := 0; i+3 < len(s); i++ {
		q = q<<8 | uint32(s[i+3])
		if !formatQuads.mayHave(q) {
			continue // no cue starts with these four bytes
		}
		// The cues of a first byte come in group order: the first that
		// fits is the best there.
		for _, c := range formatCuesByFirst[lowerASCII(s[i])] {
			if c.group >= best {
				break
			}
			if hasPrefixFold(s[i:], c.word) {
				best = c.group
				break
			}
		}
		if best == 0 {
			break
		}
	}
	if best == len(formatCues) {
		return FormatUnknown
	}
	return formatCues[best].format
}

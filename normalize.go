package readout

import "github.com/readout-go/readout/internal/names"

// NormalizeName returns the display form of a name: Unicode NFC, runs of
// white space collapsed to one space, typographic apostrophes inside the
// name made plain. It never changes letter case: "O'Brien", "bin Salman"
// and "KISHIDA Fumio" keep theirs.
func NormalizeName(name string) string { return names.Display(name) }

// NameKey returns the comparison key of a name: case-folded, without
// diacritics, width-folded, with punctuation dropped and spaces collapsed.
// Two spellings that differ only in those respects share a key, and
// NameKey(NameKey(s)) == NameKey(s).
func NameKey(name string) string { return names.Key(name) }

// Confidence is how sure a name match is.
type Confidence int

// The confidences, from none to certain. Low matches are guesses that the
// parser never acts on.
const (
	NoMatch Confidence = iota
	Low
	Medium
	High
	Exact
)

var confidenceNames = [...]string{"no", "low", "medium", "high", "exact"}

// String returns "no", "low", "medium", "high" or "exact".
func (c Confidence) String() string {
	if c < 0 || int(c) >= len(confidenceNames) {
		return "Confidence(?)"
	}
	return confidenceNames[c]
}

// MarshalText implements [encoding.TextMarshaler].
func (c Confidence) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// A Hint is context for a name lookup. Its zero value is no context.
type Hint struct {
	// Date is the day of the meeting (YYYY-MM-DD, YYYY-MM or YYYY): the
	// lookup prefers people in office then, and roles need it.
	Date string
	// Country is an ISO 3166-1 alpha-2 code the text ties to the name,
	// such as "RU" for "the Russian President".
	Country string
	// Titled reports that an office title stands next to the name in the
	// text ("President Trang"), which may tip a weak match.
	Titled bool
}

// A NameMatch is the result of a name lookup.
type NameMatch struct {
	// Name is the person's canonical name; "" when nothing matched.
	Name string
	// Country is the ISO code (or organisation) of the person's state.
	Country string
	// Office is the office the person held on the hint's date, if known.
	Office string
	// Confidence is how sure the match is; NoMatch when Name is "".
	Confidence Confidence
	// Rule names the rule that matched: "exact", "alias", "case",
	// "spacing", "glued", "ocr", "mojibake", "transliteration",
	// "editdistance", "title", "inflection" or "role"; "" for no match.
	Rule string
}

// A Normalizer resolves names and roles to the leaders of the embedded
// gazetteer. Its zero value is ready to use, and it is safe for concurrent
// use by multiple goroutines.
type Normalizer struct{}

// Lookup resolves a name as written, garbled or not ("Xijinping",
// "Poutine", "President Putin", "Putin's") or a role ("the Russian
// President", "the Secretary-General") to a person.
func (n *Normalizer) Lookup(name string, h Hint) NameMatch {
	g := names.Default()
	q := names.Query{Date: h.Date, Country: h.Country, Titled: h.Titled}
	m := g.Lookup(name, q)
	if m.Person == nil {
		if r := g.Role(name, q); r.Person != nil {
			m = r
		}
	}
	if m.Person == nil {
		return NameMatch{}
	}
	out := NameMatch{
		Name:       m.Person.Name,
		Country:    m.Person.Country,
		Office:     m.Term.Office,
		Confidence: Confidence(m.Confidence),
		Rule:       m.Rule.String(),
	}
	if m.Term.Country != "" {
		out.Country = m.Term.Country
	}
	return out
}

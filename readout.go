package readout

import (
	"unicode"
	"unicode/utf8"
)

// DefaultMaxBytes is the input size limit a zero [Parser] applies: 10 MiB.
const DefaultMaxBytes = 10 << 20

// A Span is a half-open range [Start, End) of byte offsets into the raw
// input, the bytes exactly as passed to [Parse], header included. The zero
// Span is empty and points at the start of the input.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// A Meeting is the parse of one readout: when, where and in what form the
// leaders met, who took part, and who said what.
//
// Every span in a Meeting points into the raw input. Text fields such as
// [Statement.Text] hold the cleaned-up text; the span recovers the original.
type Meeting struct {
	// Dateline is the date of a leading " date YYYY-MM-DD " (or
	// " date YYYY-MM ") header, as written; "" when there is none.
	Dateline string `json:"dateline"`
	// Date is the day the meeting took place: YYYY-MM-DD, or YYYY-MM or
	// YYYY when only that is known; "" when the text does not fix it.
	Date string `json:"date"`
	// TimeOfDay is the part of the day the text gives, if any.
	TimeOfDay TimeOfDay `json:"time_of_day"`
	// LocalTime reports whether the text says its times are local time.
	LocalTime bool `json:"local_time"`
	// Place is the venue; nil for calls and when the text does not say.
	Place *Place `json:"place"`
	// Format is the kind of encounter: talks, a call, a meal, ...
	Format Format `json:"format"`
	// Participants are the principals of the meeting, host first.
	Participants []Participant `json:"participants"`
	// Statements are the attributed sentences, in input order and
	// non-overlapping.
	Statements []Statement `json:"statements"`
	// Topics are canonical topic names, most prominent first.
	Topics []string `json:"topics"`
	// Repairs lists every garbled name the parser repaired.
	Repairs []Repair `json:"repairs"`

	segments []Segment
}

// A Place is where the participants met.
type Place struct {
	// Name is the venue as the text names it, canonicalised: "Kremlin",
	// "White House", or a city when the text gives only that.
	Name string `json:"name"`
	// City is the venue's city, "" when unknown.
	City string `json:"city"`
	// Country is the ISO 3166-1 alpha-2 code of the venue's country.
	Country string `json:"country"`
	Span
}

// A Participant is a principal of the meeting or call.
type Participant struct {
	// Name is the person's canonical English name ("Xi Jinping").
	Name string `json:"name"`
	// Title is the office as the text gives it ("President").
	Title string `json:"title"`
	// Country is the ISO 3166-1 alpha-2 code of the state the person
	// speaks for, or the short name of an organisation ("UN", "EU", "NATO").
	Country string `json:"country"`
	// Mentions are the spans of every mention of the person by name,
	// garbled spellings included.
	Mentions []Span `json:"mentions"`
}

// A Repair records a garbled name the parser read as a correct one: the
// bytes From at Span of the input are read as To.
type Repair struct {
	Span
	From string `json:"from"`
	To   string `json:"to"`
}

// Segments returns every sentence-level segment of the input in order,
// statements and narration alike, so that a caller can account for every
// byte: the gaps between consecutive segments hold only white space.
func (m *Meeting) Segments() []Segment { return m.segments }

// A Segment is one sentence, title or line of the input.
type Segment struct {
	Span
	// Statement is the index in Meeting.Statements of the statement that
	// covers the segment, or -1 for narration.
	Statement int
}

// A Parser parses readouts. Its zero value is ready to use with the
// defaults documented on each field. A Parser is safe for concurrent use by
// multiple goroutines.
type Parser struct {
	// MaxBytes is the largest input accepted, in bytes. Zero means
	// DefaultMaxBytes; a negative value means no limit.
	MaxBytes int
}

// Parse parses one readout with the default [Parser].
func Parse(text string) (*Meeting, error) {
	var p Parser
	return p.Parse(text)
}

// Parse parses one readout.
//
// The input is read as UTF-8; invalid bytes are carried through as they are
// and every offset counts bytes of the raw input. Parse fails only on input
// it cannot read at all: it returns [ErrEmpty] for empty or blank input and
// a [*ParseError] wrapping [ErrTooLarge] for input over the size limit; it
// then returns a nil Meeting. Otherwise it returns a Meeting with what it
// could find and a nil error: a readout with no date or no statements is
// still a readout.
func (p *Parser) Parse(text string) (*Meeting, error) {
	limit := p.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	if limit > 0 && len(text) > limit {
		return nil, newParseError(text, limit, ErrTooLarge)
	}
	if blank(text) {
		return nil, ErrEmpty
	}
	d := newDocument(text)
	m := d.parse()
	d.release()
	return m, nil
}

// blank reports whether text holds nothing but white space and invalid
// bytes, without copying it.
func blank(text string) bool {
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if byteClass[c] != classSpace {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !(r == utf8.RuneError && n == 1 || unicode.IsSpace(r)) {
			return false
		}
		i += n
	}
	return true
}

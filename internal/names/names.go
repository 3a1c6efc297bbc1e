// Package names resolves the names of leaders as diplomatic readouts write
// them (cleanly, translated, transliterated, OCR-garbled or glued to the next
// word) to canonical people, and resolves roles ("the Russian President") to
// the person who held the office on a date.
//
// The people, their terms of office and their aliases come from a gazetteer:
// Default returns the one embedded in the package (gazetteer.tsv, built by
// gen.go from the files in source/), Load reads another one in the same
// format. A Gazetteer is immutable once built and safe for concurrent use.
//
// Matching is precision first. Lookup tries, in order: the exact canonical
// name, an alias, letter case and name order, spacing, mojibake, titles and
// possessive or case endings, transliteration, OCR confusions and finally a
// small edit distance; the Match reports the Rule that matched and a
// Confidence. Callers should treat a Low confidence match as a hint only:
// do not repair a text or attribute a statement on it.
package names

//go:generate go run gen.go

import (
	_ "embed"
	"sync"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// gazetteerKeys holds the keys of the names of gazetteer.tsv that are not
// ASCII, written by gen.go: computing them (through the tables of Unicode
// normalisation and case folding) took a third of Default's start-up.
//
//go:embed gazetteer_keys.tsv
var gazetteerKeys string

// Confidence is how sure a match is. The zero value is No (nothing matched).
// Values are ordered: No < Low < Medium < High < Certain (printed "exact").
type Confidence int

// Confidence levels. Treat Low as "do not repair": a Low match reports a
// plausible person but without enough evidence to change a text or attribute
// a statement.
const (
	No Confidence = iota
	Low
	Medium
	High
	Certain // String "exact"; named Certain because Rule has Exact
)

var confNames = [...]string{"no", "low", "medium", "high", "exact"}

// String returns the lower-case name of c ("no", "low", "medium", "high",
// "exact"), or "confidence(N)" for an unknown value.
func (c Confidence) String() string {
	if c >= 0 && int(c) < len(confNames) {
		return confNames[c]
	}
	return "confidence(" + itoa(int(c)) + ")"
}

// Rule names the matching rule that produced a Match or a Fix. The zero value
// is None (nothing matched).
type Rule int

// Matching rules, in the order Lookup tries them (roughly).
const (
	None            Rule = iota
	Exact                // the canonical name (comparison key equal)
	Alias                // an alias of the gazetteer (native script, exonym, short form...)
	Case                 // letter case or family-name-first order ("XI JINPING", "KISHIDA Fumio")
	Spacing              // spaces or hyphens added or lost ("Xijinping", "Xi Jin-ping")
	Glued                // a name glued to the next word ("Putinsaid")
	OCR                  // OCR letter confusions ("Putln", "Mocli")
	Mojibake             // UTF-8 read as Windows-1252 or Latin-1 ("ErdoÄŸan")
	Transliteration      // a romanisation or translation variant ("Poutin", "Si Jinping")
	EditDistance         // a small edit distance from a name word
	Title                // a title or honorific stripped ("President Putin")
	Inflection           // a possessive or case ending stripped ("Putin's", "Путина")
	Role                 // an office resolved on a date ("the Russian President")
)

var ruleNames = [...]string{"none", "exact", "alias", "case", "spacing", "glued", "ocr", "mojibake",
	"transliteration", "editdistance", "title", "inflection", "role"}

// String returns the lower-case name of r ("none", "exact", "alias", "case",
// "spacing", "glued", "ocr", "mojibake", "transliteration", "editdistance",
// "title", "inflection", "role"), or "rule(N)" for an unknown value.
func (r Rule) String() string {
	if r >= 0 && int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return "rule(" + itoa(int(r)) + ")"
}

// Term is one term of office. Office is a short English title without the
// country ("President", "Prime Minister", "Chancellor", "Secretary-General");
// Country is an ISO 3166-1 alpha-2 code or UN, EU or NATO. Start and End are
// dates as YYYY-MM-DD, YYYY-MM or YYYY; an empty End means the term is open
// (in office). Uncertain marks a term whose dates are not verified. The zero
// Term means no term is known.
type Term struct {
	Office, Country, Start, End string
	Uncertain                   bool
}

// Person is a canonical person of the gazetteer. Name is the common English
// name ("Recep Tayyip Erdoğan"), Country an ISO 3166-1 alpha-2 code or UN,
// EU or NATO, QID the Wikidata id or "". Terms are sorted by Start; Aliases
// lists the other names of the gazetteer in file order. A Person belongs to a
// Gazetteer and must not be modified.
type Person struct {
	Name, Country, QID string
	Terms              []Term
	Aliases            []string
}

// covers reports whether the period date (YYYY, YYYY-MM or YYYY-MM-DD)
// overlaps the term, compared at the coarser of the two precisions.
func (t *Term) covers(date string) bool {
	if t.Start != "" {
		n := min(len(t.Start), len(date))
		if t.Start[:n] > date[:n] {
			return false
		}
	}
	if t.End != "" {
		n := min(len(t.End), len(date))
		if date[:n] > t.End[:n] {
			return false
		}
	}
	return true
}

// OfficeOn returns the term of p that covers date (YYYY, YYYY-MM or
// YYYY-MM-DD; a year or month covers the terms that overlap it) and true, or
// the zero Term and false when p held no known office then. When several terms
// cover date, the one that started last wins. An empty date returns the latest
// term. OfficeOn does not allocate and is safe for concurrent use.
func (p *Person) OfficeOn(date string) (Term, bool) {
	if p == nil || len(p.Terms) == 0 {
		return Term{}, false
	}
	if date == "" {
		return p.Terms[len(p.Terms)-1], true
	}
	for i := len(p.Terms) - 1; i >= 0; i-- {
		if p.Terms[i].covers(date) {
			return p.Terms[i], true
		}
	}
	return Term{}, false
}

// inOffice reports whether p held any office on date.
func (p *Person) inOffice(date string) bool {
	_, ok := p.OfficeOn(date)
	return ok && date != ""
}

// Query is the context of a lookup. The zero Query means no context.
type Query struct {
	// Date is the event date (YYYY, YYYY-MM or YYYY-MM-DD), or "". Lookup
	// prefers people in office then; Role needs it.
	Date string
	// Country is an ISO 3166-1 alpha-2 hint ("RU" from "Russian" or
	// "of Russia" next to the name), or UN, EU, NATO, or "".
	Country string
	// Titled reports that the text has an office title next to the name
	// ("President Trang"): context that may raise a weak match.
	Titled bool
	// Office is that title as written ("Vice President"), or "": among
	// people who share a surname it prefers the one who held that office
	// on Date.
	Office string
}

// Match is the result of Lookup and Role. The zero Match means no match.
type Match struct {
	// Person is the matched person, nil when nothing matched.
	Person *Person
	// Confidence is how sure the match is; treat Low as "do not repair".
	Confidence Confidence
	// Rule is the rule that matched.
	Rule Rule
	// Term is the office Person held on Query.Date (the latest term when
	// Query.Date is ""), or the zero Term.
	Term Term
}

// Fix is a repair of one word of running text, as FixWord returns it. To is
// the repaired text (possibly two words: "Putin said"), Rule the rule that
// repaired it (Glued, Spacing, OCR, Transliteration or EditDistance) and
// Confidence how sure the repair is (Medium or better). The zero Fix means no
// repair.
type Fix struct {
	To         string
	Rule       Rule
	Confidence Confidence
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
)

// gazetteerIndex holds the name index of gazetteer.tsv (see NameIndex),
// written by gen.go: building it took half of Default's start-up.
//
//go:embed gazetteer_words.idx
var gazetteerIndex string

// Default returns the gazetteer embedded in the package, parsed on first use
// (in a few milliseconds) and shared afterwards. It panics if the embedded data is
// malformed, which the package's tests rule out. Default is safe for
// concurrent use.
func Default() *Gazetteer {
	defaultOnce.Do(func() { defaultG = loadDefault() })
	return defaultG
}

// loadDefault parses the embedded gazetteer while the lexicon loads, and
// takes the index of its name words from gazetteerIndex: the interned name
// words, which Key returns from then on (parse included), and the fuzzy
// index (g.fuzzy).
func loadDefault() *Gazetteer {
	var lexDone sync.WaitGroup
	lexDone.Go(func() { getLex() })
	x, ok := readNameIndex(gazetteerIndex, gazetteerTSV)
	if ok {
		interned.names.Store(x.interned)
	}
	g, err := parse(gazetteerTSV, readKeys(gazetteerKeys))
	if err != nil {
		panic("names: embedded gazetteer: " + err.Error())
	}
	lexDone.Wait()
	if !ok {
		x = newNameIndex(g) // go generate not run; a test reports it
		interned.names.Store(x.interned)
	}
	g.fz, g.interned = x.fuzzy, x.interned
	return g
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

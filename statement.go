package readout

import (
	"fmt"
	"slices"
	"strings"
)

// A Statement is a sentence, or a run of sentences, that reports what one
// or more people said.
type Statement struct {
	// Speakers are the canonical names of the sources of the statement: all
	// principals for a group subject ("the two leaders"). Statements of
	// the same speakers may share the slice, which is full: append copies
	// it, but a caller that edits its elements should copy it first.
	Speakers []string `json:"speakers"`
	// Cue is the reporting verb or phrase as written ("noted", "had an
	// exchange of views"); "" for continuations and transcript turns.
	Cue string `json:"cue"`
	// Attribution says how the speakers were found.
	Attribution Attribution `json:"attribution"`
	// Span locates the statement in the raw input.
	Span
	// Text is the statement's text with white space runs collapsed.
	Text string `json:"text"`
}

// Attribution is how a statement's speakers were found.
type Attribution int

// The attribution kinds. The zero value, AttrNone, is not used in a
// Statement.
const (
	AttrNone         Attribution = iota
	AttrName                     // named subject: "Xi Jinping noted ..."
	AttrTitle                    // title or role: "The President conveyed ..."
	AttrPronoun                  // pronoun resolved to a person: "He expressed ..."
	AttrGroup                    // group: "The two heads of state discussed ..."
	AttrContinuation             // carries on the previous statement's speech
	AttrLabel                    // transcript label: "Vladimir Putin: ..."
	AttrPassive                  // agentless passive: "Hope was expressed ..."
)

var attributionNames = [...]string{"", "name", "title", "pronoun", "group", "continuation", "label", "passive"}

// String returns the kind's name as in the JSON form: "name", "title",
// "pronoun", "group", "continuation", "label", "passive", or "" for AttrNone.
func (a Attribution) String() string {
	if a < 0 || int(a) >= len(attributionNames) {
		return fmt.Sprintf("Attribution(%d)", int(a))
	}
	return attributionNames[a]
}

// MarshalText implements [encoding.TextMarshaler].
func (a Attribution) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (a *Attribution) UnmarshalText(b []byte) error {
	for i, n := range attributionNames {
		if n == string(b) {
			*a = Attribution(i)
			return nil
		}
	}
	return fmt.Errorf("readout: unknown attribution %q", b)
}

// speech is what attribution found for one sentence.
type speech struct {
	speakers []string
	cue      string
	lemma    string // the cue's lemma, "" for labels and continuations
	kind     Attribution
}

// meetingVerbs report that the meeting took place; a subject before them is
// the host, the names after them the guests. Tokens carry membership as
// clsMeetingVerb.
var meetingVerbs = wordSet(`met meets meet spoke speaks talked held holds hosted hosts received
	receives welcomed called joined visited`)

// reciprocalCues are acts that take two: "met ... to discuss" is both sides'.
var reciprocalCues = wordSet(`discuss exchange agree review consult coordinate talk exchange
	cover touch focus`)

// verbLead holds the words that may stand between a subject and its verb:
// "Putin also noted", "He once again thanked". Tokens carry membership as
// clsVerbLead.
var verbLead = wordSet(`also further once again had has have will would can could should
	strongly warmly highly much then both jointly repeatedly separately briefly fully
	firmly personally specifically sincerely deeply moreover furthermore likewise
	similarly too first finally today yesterday this morning afternoon evening
	particularly especially in turn all unanimously reportedly already still
	spoke to and not did do does reiterated`)

// attribute finds the speech of sentence si; it reports false for
// narration.
func (d *document) attribute(si int) (speech, bool) {
	toks := d.tokens(si)
	if d.sums[si].cls&clsCueKey == 0 {
		return speech{}, false // no cue's key word is a word of it
	}
	cuesSeen := 0
	for i := 0; i < len(toks) && cuesSeen < 4; i++ {
		t := &toks[i]
		if t.cls&clsCue == 0 || !t.word || t.cap() && i > 0 {
			continue // no cue starts here
		}
		n, lemma := d.lex.cues.match(toks, i)
		if n == 0 {
			continue
		}
		cuesSeen++
		if lemma == "welcome" && d.welcomesTo(toks, i+n) {
			// "welcomed President Herzog to the White House": hosting.
			continue
		}
		if sp, ok := d.subjectOf(toks, i, n, lemma); ok {
			sp.cue = cueText(d.text, toks[i:i+n])
			sp.lemma = lemma
			return sp, true
		}
		i += n - 1
	}
	return speech{}, false
}

// subjectOf resolves the subject of the cue toks[ci:ci+n]; it reports
// false when there is none.
func (d *document) subjectOf(toks []token, ci, n int, lemma string) (speech, bool) {
	end := ci
	purpose := end > 0 && toks[end-1].lower() == "to"
	passive := false
	for end > 0 && toks[end-1].word && (toks[end-1].cls&clsVerbLead != 0 || strings.HasSuffix(toks[end-1].lower(), "ly") && !toks[end-1].cap()) {
		end--
	}
	if end > 0 {
		switch toks[end-1].lower() {
		case "was", "were", "been":
			passive = true
			end--
			for end > 0 && (toks[end-1].lower() == "has" || toks[end-1].lower() == "have" || toks[end-1].lower() == "had") {
				end--
			}
		case "be", "is", "are":
			// "must be addressed", "is noted": not a report of the talks.
			return speech{}, false
		}
	}
	// "He was proud to announce", "She was pleased to welcome".
	if end >= 2 && purpose && beVerbs[toks[end-2].lower()] && readyWords[toks[end-1].lower()] {
		end -= 2
	}
	if strings.Contains(lemma, " was ") || strings.Contains(lemma, " were ") || strings.HasPrefix(lemma, "there ") {
		// The cue carries its own passive: "attention was paid to ...".
		return d.group(AttrPassive)
	}
	if passive {
		if ci+n < len(toks) && toks[ci+n].lower() == "by" {
			return speech{}, false
		}
		if end == 0 {
			return speech{}, false
		}
		// "Hope was expressed", "Issues of ... were discussed": all
		// principals; but "Putin was informed" names its addressee.
		start := clauseStart(toks, end)
		if ms := d.leadingMentions(toks[start:end]); len(ms) > 0 {
			return speech{}, false
		}
		return d.group(AttrPassive)
	}
	if end == 0 {
		return speech{}, false
	}
	// "Olaf Scholz, for his part, expressed": skip an aside between
	// commas right before the verb.
	if end >= 3 && toks[end-1].text == "," {
		for k := end - 2; k > 0; k-- {
			if toks[k].text == "," {
				if k-clauseStart(toks, k) > 0 && end-k <= 6 {
					end = k
				}
				break
			}
		}
	}
	// The subject is the last clause before the verb.
	start := clauseStart(toks, end)
	if sp, ok := d.subject(toks[start:end], purpose, lemma); ok {
		return sp, true
	}
	if start > 0 {
		return d.subject(toks[:end], purpose, lemma)
	}
	return speech{}, false
}

// cueText returns the cue as written; for a cue split off a glued word
// ("Poutinsaid") it is the repaired word.
func cueText(text string, toks []token) string {
	if toks[0].repaired || toks[len(toks)-1].repaired {
		var b strings.Builder
		for i, t := range toks {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.text)
		}
		return b.String()
	}
	return validUTF8(text[toks[0].start:toks[len(toks)-1].end])
}

// welcomesTo reports whether the words after "welcomed" at toks[i] name a
// person and a place: "welcomed President Herzog to the White House".
func (d *document) welcomesTo(toks []token, i int) bool {
	ms := d.leadingMentions(toks[i:min(len(toks), i+14)])
	if len(ms) == 0 {
		return false
	}
	k := i + ms[0].to
	if k+1 >= len(toks) || toks[k].lower() != "to" {
		return false
	}
	k++
	if toks[k].lower() == "the" && k+1 < len(toks) {
		k++
	}
	return toks[k].cap()
}

// isEnumerator reports a list number or letter: "1", "12", "a", "iv".
func isEnumerator(w string) bool {
	if len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && !('a' <= w[i] && w[i] <= 'z') {
			return false
		}
	}
	return true
}

var beVerbs = wordSet(`was were is are am be been`)

// readyWords are adjectives that take a reporting verb: "proud to announce".
var readyWords = wordSet(`proud pleased glad happy delighted honored honoured eager ready prepared keen
	grateful able`)

// clauseStart returns the index after the last clause boundary before end.
func clauseStart(toks []token, end int) int {
	for k := end - 1; k >= 0; k-- {
		t := toks[k].text
		if t == ";" || t == ":" || t == "—" || t == "–" {
			return k + 1
		}
		if t == "," {
			if k+1 < len(toks) && isSuffix(toks[k+1].text) {
				continue
			}
			return k + 1
		}
	}
	return 0
}

// subject resolves the subject phrase toks; it reports false when it
// cannot.
func (d *document) subject(toks []token, purpose bool, lemma string) (speech, bool) {
	// Drop a leading conjunction or adverbial: "and he", "In turn, ...".
	for len(toks) > 0 && toks[0].word {
		switch toks[0].lower() {
		case "and", "but", "while", "also", "then", "meanwhile", "moreover", "furthermore", "additionally", "so", "however", "further":
			toks = toks[1:]
			continue
		}
		break
	}
	for len(toks) > 0 && !toks[0].word {
		toks = toks[1:]
	}
	// An enumerator: "(1) Prime Minister Kishida stated", "2. The leaders".
	if len(toks) > 2 && isEnumerator(toks[0].text) && (toks[1].text == ")" || toks[1].text == ".") {
		toks = toks[2:]
	}
	for len(toks) > 0 && toks[len(toks)-1].word && toks[len(toks)-1].cls&clsVerbLead != 0 {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 {
		return speech{}, false
	}
	// A meeting verb splits host from guests: "X met today with Y to discuss".
	for v := 1; v < len(toks); v++ {
		if toks[v].cls&clsMeetingVerb == 0 {
			continue
		}
		sp, ok := d.subject(toks[:v], false, lemma)
		if !ok {
			return speech{}, false
		}
		if purpose && reciprocalCues[strings.Fields(lemma)[0]] {
			return d.group(AttrGroup)
		}
		return sp, true
	}
	if len(toks) > 24 {
		return speech{}, false
	}
	first := toks[0].lower()
	if len(toks) == 1 {
		switch first {
		case "he", "she":
			if d.lastOne != "" {
				return speech{speakers: d.speakerList([]string{d.lastOne}), kind: AttrPronoun}, true
			}
			if len(d.parts) > 0 {
				return speech{speakers: d.principalNames()[:1:1], kind: AttrPronoun}, true
			}
			return speech{}, false
		case "they", "we":
			return d.group(AttrGroup)
		}
	}
	key, keep := d.heardKey(toks)
	if keep {
		if h := d.findHeard(key, heardSubject); h != nil {
			return speech{speakers: h.who, kind: h.kind}, h.ok
		}
	}
	sp, ok := d.wordsSubject(toks)
	if keep {
		d.addHeard(heard{key: key, as: heardSubject, who: sp.speakers, kind: sp.kind, ok: ok})
	}
	return sp, ok
}

// wordsSubject resolves a subject by its words alone: a group ("the two
// leaders"), the subject of an agentless passive, a side ("the Chinese
// side") or one that names its speakers (see namedSubject).
func (d *document) wordsSubject(toks []token) (speech, bool) {
	if _, ok := d.lex.groups.matchAll(toks); ok {
		return d.group(AttrGroup)
	}
	if _, ok := d.lex.passives.matchAll(toks); ok {
		return d.group(AttrPassive)
	}
	// "the Chinese side", "the Russian delegation", "Russia".
	if c := d.sideCountry(toks); c != "" {
		for _, p := range d.parts {
			if p.Country == c {
				return speech{speakers: d.speakerList([]string{p.Name}), kind: AttrTitle}, true
			}
		}
		return speech{}, false
	}
	return d.namedSubject(toks)
}

// namedSubject resolves a subject that names its speakers: "Prime
// Minister Kishida", "Joe Biden and Justin Trudeau". It reports false
// when a word of toks belongs to no mention and joins none.
func (d *document) namedSubject(toks []token) (speech, bool) {
	ms := d.leadingMentions(toks)
	if len(ms) == 0 {
		return speech{}, false
	}
	// Every word of the subject must belong to a mention or join two.
	var buf [4]string
	who := buf[:0]
	kind := AttrName
	covered := 0
	for _, m := range ms {
		for k := covered; k < m.from; k++ {
			switch toks[k].lower() {
			case "and", ",", "the", "both", "his", "her", "as", "well":
			default:
				return speech{}, false
			}
		}
		covered = m.to
		d.resolve(&m)
		name := d.speakerName(&m)
		if name == "" {
			return speech{}, false
		}
		if m.name == "" {
			kind = AttrTitle
		}
		who = appendUnique(who, name)
	}
	for k := covered; k < len(toks); k++ {
		switch toks[k].lower() {
		case "both", "each", "themselves", "himself", "herself", "personally":
		default:
			return speech{}, false
		}
	}
	if len(who) > 1 {
		kind = AttrGroup
	}
	return speech{speakers: d.speakerList(who), kind: kind}, true
}

// speakerName returns the canonical name a resolved mention stands for.
func (d *document) speakerName(m *mention) string {
	if m.participant >= 0 {
		return d.parts[m.participant].Name
	}
	if m.match.Person != nil {
		return m.match.Person.Name
	}
	if m.name != "" && fieldCount(m.name, 2) > 1 {
		return canonicalName(m.name)
	}
	return ""
}

// sideCountry returns the country of a subject such as "the Chinese side",
// "the Russian delegation" or "Russia", or "".
func (d *document) sideCountry(toks []token) string {
	i := 0
	if toks[0].lower() == "the" {
		i++
	}
	if i >= len(toks) {
		return ""
	}
	best, bestEnd := d.countryAt(toks, i)
	if best == "" {
		return ""
	}
	rest := toks[bestEnd:]
	switch {
	case len(rest) == 0 && i == 0:
		return best
	case len(rest) == 1:
		switch rest[0].lower() {
		case "side", "leader", "delegation", "president", "head", "government", "authorities":
			return best
		}
	}
	return ""
}

// countryAt returns the country of the longest run of up to four words
// at toks[i] that names one, and the index after the run: "", i when none
// does.
func (d *document) countryAt(toks []token, i int) (string, int) {
	return d.longestCountry(toks, i, 4, false)
}

// group returns the speech of all principals, of the given kind; it
// reports false when there are none.
func (d *document) group(kind Attribution) (speech, bool) {
	if len(d.parts) == 0 {
		return speech{}, false
	}
	return speech{speakers: d.principalNames(), kind: kind}, true
}

// principalNames returns the names of the principals in order: the
// speakers of every group statement, and in runs of one or more those of
// others (see speakerList). Once statements are read, when the
// participants are final, it makes the list once per document, in the
// Meeting's room for it when the names fit (see meetingNames). The list
// is full, so that an append to it copies it.
func (d *document) principalNames() []string {
	if d.principals != nil {
		return d.principals
	}
	if !d.streaming {
		names := make([]string, len(d.parts))
		for i, p := range d.parts {
			names[i] = p.Name
		}
		return names
	}
	var names []string
	if len(d.parts) <= cap(d.nameRoom) {
		names = d.nameRoom[:0:len(d.parts)]
	} else {
		names = make([]string, 0, len(d.parts))
	}
	for _, p := range d.parts {
		names = append(names, p.Name)
	}
	d.principals = names
	return names
}

// speakerList returns the speakers who as a list that statements share,
// as transcript turns and continuations share theirs: once statements are
// read, a run of principalNames when who is one, as most are, so that a
// document's speakers take one allocation; else a copy of who. The list
// is full, so that an append to it copies it; who is not kept.
func (d *document) speakerList(who []string) []string {
	if d.streaming {
		names := d.principalNames()
		for i := 0; i+len(who) <= len(names); i++ {
			if run := names[i : i+len(who) : i+len(who)]; slices.Equal(run, who) {
				return run
			}
		}
	}
	return slices.Clip(slices.Clone(who))
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// A heard is what wordsSubject or labelSpeakers found for a run of words
// of the body, remembered for the document: the subjects of reporting
// verbs and the labels of transcripts recur ("The President noted",
// "Vladimir Putin:"), and reading their mentions again would find the
// same.
type heard struct {
	key  string    // the words as written (see heardKey)
	as   heardKind // what found it
	who  []string
	kind Attribution // wordsSubject's kind of attribution
	from int         // labelSpeakers' token where the turn starts
	ok   bool
}

// A heardKind tells what a heard was found by.
type heardKind uint8

const (
	heardSubject    heardKind = iota // wordsSubject
	heardLabel                       // labelSpeakers of a label inside a line
	heardFirstLabel                  // labelSpeakers of a label that starts a line
)

// maxHeard bounds the runs of words a document remembers.
const maxHeard = 32

// rememberHeard turns the memo of heard runs on; tests turn it off to
// hold the memo to what is found without it.
var rememberHeard = true

// heardKey returns the key of toks among the heard runs, their text as
// written, and whether they may be remembered: only while statements are
// read, when the participants, which the answers depend on, are final;
// and only when no token of toks is repaired, so that their text decides
// the tokens as the tokenizer makes them.
func (d *document) heardKey(toks []token) (string, bool) {
	if !rememberHeard || !d.streaming || len(toks) == 0 {
		return "", false
	}
	for i := range toks {
		if toks[i].repaired {
			return "", false
		}
	}
	return d.text[toks[0].start:toks[len(toks)-1].end], true
}

// findHeard returns the heard run of the key found as kind, or nil.
func (d *document) findHeard(key string, as heardKind) *heard {
	for i := range d.heard {
		if h := &d.heard[i]; h.as == as && h.key == key {
			return h
		}
	}
	return nil
}

// addHeard remembers h, unless the document remembers maxHeard runs.
func (d *document) addHeard(h heard) {
	if len(d.heard) < maxHeard {
		d.heard = append(d.heard, h)
	}
}

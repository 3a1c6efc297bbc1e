package readout

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout-go/readout/internal/names"
)

// maxParticipants bounds the principals of one readout; the largest
// real meetings (a summit's family photo) stay well under it, and the bound
// keeps the cost of a pathological input linear.
const maxParticipants = 64

// maxLead bounds the sentences of the lead read for participants.
const maxLead = 12

// honorifics are titles of courtesy, not offices: they find names but are
// not reported as a participant's title.
var honorifics = wordSet(`his her majesty excellency highness royal h.e. h.e mr mr. mrs mrs. ms ms.
	madam dr dr. mister sir sheikh shri smt hon'ble h.h h.h. hon hon. honorable honourable
	the right rt rt.`)

// leadSentences returns the sentences the participants are read from: the
// title and the first paragraph of the text, or the title alone for a
// transcript that opens with a speaker's turn.
func (d *document) leadSentences() (title, lead []int) {
	if d.leadDone {
		return d.titleSents, d.leadSents
	}
	d.leadDone = true
	// The sentences of the first three paragraphs, one after another;
	// paragraph p ends at ends[p].
	sents := d.leadBuf[:0]
	title = d.titleBuf[:0]
	var ends [3]int
	n := 0
	for i := range d.sents {
		switch d.kind[i] {
		case titleLine:
			title = append(title, i)
			continue
		case dateLine, junkLine, linkLine:
			continue
		}
		if n == 0 || d.sents[i].para != d.sents[sents[len(sents)-1]].para {
			if n == 3 {
				break
			}
			if _, _, ok := d.labelAt(i); ok {
				break // a transcript: the speeches are no lead
			}
			n++
		}
		sents = append(sents, i)
		ends[n-1] = len(sents)
	}
	// The lead is the first paragraph, and the first that tells of the
	// meeting if that is a later one among the first three.
	if n > 0 {
		lead = sents[:ends[0]:ends[0]]
	}
	for p := range n {
		from := 0
		if p > 0 {
			from = ends[p-1]
		}
		para := sents[from:ends[p]]
		found := false
		for _, si := range para {
			found = found || d.reportsMeeting(si, d.tokens(si))
		}
		if found {
			if p > 0 {
				lead = append(lead, para...) // lead has no room: a copy
			}
			break
		}
	}
	if len(lead) > maxLead {
		lead = lead[:maxLead]
	}
	if len(title) > maxLead {
		title = title[:maxLead]
	}
	d.titleSents, d.leadSents = title, lead
	return title, lead
}

// findParticipants reads the principals from the title and the lead.
func (d *document) findParticipants() {
	d.parts = d.sc.parts[:0] // room for the principals of most readouts, and more
	title, lead := d.leadSentences()
	var buf [2 * maxLead]int // both are cut to maxLead sentences
	order := append(append(buf[:0], lead...), title...)
	if len(lead) > 0 && len(title) > 0 && hostFirstTitle(d.text[d.sents[title[0]].start:d.sents[title[len(title)-1]].end]) {
		order = append(append(buf[:0], title...), lead...)
	}
	d.heads, d.unknown = d.heads[:0], d.unknown[:0]
	for _, si := range order {
		toks := d.tokens(si)
		inLead := d.kind[si] != titleLine
		if inLead && si != lead[0] && !d.reportsMeeting(si, toks) {
			continue
		}
		prev := -1 // the participant named just before, for appositives
		prevEnd := -1
		for _, m := range d.headMentions(toks) {
			if m.former {
				continue
			}
			d.resolve(&m)
			// "Mr. KISHIDA Fumio, Prime Minister of Japan,": the role after
			// a name is that person's.
			if m.name == "" && prev >= 0 && m.from == prevEnd+1 && toks[prevEnd].text == "," {
				p := d.parts[prev]
				if t := d.office(m.title); t != "" && (p.Title == "" || d.office(p.Title) == "") {
					p.Title = t
				}
				if p.Country == "" {
					p.Country = m.country
				}
				prev = -1
				continue
			}
			n := len(d.parts)
			changed := d.addParty(toks, &m)
			prev, prevEnd = -1, -1
			if m.name != "" {
				// While the participants stay as resolve found them, the
				// one m names is the one it found (see TestPartIndex).
				prev, prevEnd = m.participant, m.to
				if changed {
					prev = d.partIndex(&m)
				}
				if prev < 0 && len(d.parts) > n {
					prev = len(d.parts) - 1
				}
			}
		}
	}
	titleText := ""
	if len(title) > 0 {
		from := max(d.sents[title[0]].start, d.bodyFrom)
		if end := d.sents[title[len(title)-1]].end; from < end {
			titleText = d.text[from:end]
		}
	}
	d.findHouseHost(titleText, false)
	// Fewer than two principals in the title and lead: the others are the
	// leaders the body makes subjects ("Telephone conversation with X").
	for len(d.parts) < 2 {
		if !d.findImplicitHost() {
			break
		}
	}
	if len(d.parts) < 2 {
		d.findHouseHost(titleText, true)
	}
	d.findParticipantList()
	d.m.Participants = slices.Grow(d.m.Participants[:0], len(d.parts))
	for _, p := range d.parts {
		d.m.Participants = append(d.m.Participants, p.Participant)
	}
}

// hostFirstTitle reports whether a title names the host first: "Readout of
// President Biden's Call with ...", "Remarks by ...". It reads the title
// once, comparing where a phrase may start, without making its lower case.
func hostFirstTitle(title string) bool {
	for i := 0; i < len(title); i++ {
		switch c := title[i]; {
		case c == 'r' || c == 'R':
			if hasPrefixFold(title[i:], "readout of") || hasPrefixFold(title[i:], "remarks by") {
				return true
			}
		case c == '\'':
			if hasPrefixFold(title[i+1:], "s meeting") {
				return true
			}
		case c >= utf8.RuneSelf:
			if strings.HasPrefix(title[i:], "’") {
				i += len("’") - 1
				if hasPrefixFold(title[i+1:], "s meeting") {
					return true
				}
			} else if strings.HasPrefix(title[i:], "İ") || strings.HasPrefix(title[i:], "\u212a") {
				// The only runes beyond ASCII that lower to ASCII (to
				// "i" and "k"); none lowers to "’". The bytes of
				// others, and invalid ones, are in no phrase. (A rune's
				// bytes after the first are never the first of one.)
				return hostFirstLower(title)
			}
		}
	}
	return false
}

// hostFirstLower is hostFirstTitle for any title: it looks for the phrases
// in the title's lower case.
func hostFirstLower(title string) bool {
	var buf [256]byte
	t := appendLowerBytes(buf[:0], title)
	return bytes.Contains(t, []byte("readout of")) || bytes.Contains(t, []byte("remarks by")) || bytes.Contains(t, []byte("’s meeting")) || bytes.Contains(t, []byte("'s meeting"))
}

// appendLowerBytes appends s in lower case, as strings.ToLower makes it
// (invalid UTF-8 becomes U+FFFD), to b: for text that is only compared,
// lower-cased in a caller's buffer. The runes of General Punctuation
// (U+2000 to U+206F), such as the curly apostrophe, are their own lower
// case (TestLowerPunctuation): it copies them without asking
// unicode.ToLower.
func appendLowerBytes(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r < 0x2000 || r > 0x206f {
				r = unicode.ToLower(r)
			}
			b = utf8.AppendRune(b, r)
			i += n
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
		i++
	}
	return b
}

// meetingWords tell that a sentence is of the meeting itself (see
// reportsMeeting). Tokens carry membership as clsMeetingWord.
var meetingWords = wordSet(`met meet meeting talks conversation call spoke joined hosted received
	welcomed discussed greetings messages visit`)

// reportsMeeting reports whether sentence si, of tokens toks, tells of the
// meeting itself: whether a word of it is one of meetingWords. The
// sentence's summary passes most sentences without one by.
func (d *document) reportsMeeting(si int, toks []token) bool {
	if d.sums[si].cls&clsMeetingWord == 0 {
		return false
	}
	for i := range toks {
		if toks[i].cls&clsMeetingWord != 0 {
			return true
		}
	}
	return false
}

// addParty adds the person of mention m to the participants, or merges it
// into the participant it names. It reports whether it did either: it
// leaves the participants as they are for a mention of no one the
// gazetteer knows without a title, and for a new one past
// maxParticipants.
func (d *document) addParty(toks []token, m *mention) bool {
	title, lexical := d.officeOf(m.title)
	if !lexical {
		title = validUTF8(title)
	}
	var person *names.Person
	name := ""
	switch {
	case m.match.Person != nil:
		person = m.match.Person
		name = person.Name
	case m.participant >= 0:
		name = d.parts[m.participant].Name
	case m.name != "" && m.title != "":
		name = canonicalName(m.name)
		if fieldCount(name, 2) == 1 {
			// "Mr Astakhov": take the given name from a fuller mention.
			name = validUTF8(d.fullerName(name))
		}
	default:
		return false
	}
	// The name is valid UTF-8: the gazetteer's names are (see
	// TestPeopleValid), and so are the participants' and canonicalName's.
	if name == "" {
		return false
	}
	idx := m.participant
	if idx < 0 {
		for i, p := range d.parts {
			if p.Name == name || person != nil && p.person == person {
				idx = i
				break
			}
		}
	}
	if idx < 0 {
		if len(d.parts) >= maxParticipants {
			return false
		}
		d.parts = append(d.parts, d.newParty(name, person))
		idx = len(d.parts) - 1
	}
	p := d.parts[idx]
	if p.person == nil && person != nil {
		p.person = person
		p.Name = person.Name
	}
	if p.keyed != p.Name {
		// The words of the name, once per name.
		var buf [8]string
		for _, k := range d.nameKeys(buf[:0], p) {
			p.addWord(k)
			if p.first == "" {
				p.first = k
			}
		}
		p.keyed = p.Name
	}
	// The words of the name as the text gives it, once per name in a row:
	// those of the name just keyed are in words already. A word's key is
	// made in buf and asked of p's first; names.Key, which shares the
	// string of a known word, makes it again only when it is new to p: most
	// are its name's.
	if m.name != p.keyed && m.name != p.named {
		var buf [64]byte
		for w := range strings.FieldsSeq(m.name) {
			if k := names.KeyBytes(buf[:], w); len(k) > 0 && !isParticle(k) && !hasKey(p, k) {
				p.addWord(names.Key(w))
			}
		}
		p.named = m.name
	}
	if m.title != "" {
		p.titles = d.appendTitle(p.titles, title)
	}
	if p.Title == "" {
		p.Title = title
		if p.Title == "" && p.person != nil {
			if t, ok := p.person.OfficeOn(d.date); ok {
				p.Title = t.Office
			}
		}
	}
	if p.Country == "" {
		p.Country = m.country
		if p.Country == "" && p.person != nil {
			p.Country = p.person.Country
			if t, ok := p.person.OfficeOn(d.date); ok && t.Country != "" {
				p.Country = t.Country
			}
		}
	}
	return true
}

// nameKeys appends to keys the key (names.Key) of each word of p.Name.
// Those of a gazetteer person's name are remembered in the scratch, parse
// after parse: the same leaders take part in readout after readout, and
// their keys hold nothing of a text.
func (d *document) nameKeys(keys []string, p *party) []string {
	known := p.person != nil && p.Name == p.person.Name
	if known {
		if ks, ok := d.sc.nameKeys[p.person]; ok {
			return append(keys, ks...)
		}
	}
	name := p.Name
	if known {
		name = p.person.Name // the gazetteer's bytes, not the text's
	}
	from := len(keys)
	for w := range strings.FieldsSeq(name) {
		keys = append(keys, names.Key(w))
	}
	if known {
		if len(d.sc.nameKeys) >= maxNameKeys {
			clear(d.sc.nameKeys)
		}
		d.sc.nameKeys[p.person] = slices.Clone(keys[from:])
	}
	return keys
}

// maxNameKeys bounds the people whose name's keys a scratch remembers.
const maxNameKeys = 1 << 10

// partySlab is the room for parties a scratch starts with: most readouts
// have two to four principals.
const partySlab = 8

// newParty returns a participant under construction named name, carved
// from the scratch's slab of parties.
func (d *document) newParty(name string, person *names.Person) *party {
	sc := d.sc
	if len(sc.parties) == cap(sc.parties) {
		// The old slab stays with the parties already carved from it.
		sc.parties = make([]party, 0, max(2*cap(sc.parties), partySlab))
	}
	sc.parties = sc.parties[:len(sc.parties)+1]
	p := &sc.parties[len(sc.parties)-1]
	p.person = person
	p.Name = name
	p.Mentions = []Span{}
	p.words = p.wordRoom[:0]
	p.titles = p.titleRoom[:0]
	return p
}

// appendTitle appends title in lower case to list unless list has it; an
// ASCII title is lower-cased only when it is appended, and an office of
// the lexicon not even then.
func (d *document) appendTitle(list []string, title string) []string {
	if !isASCII(title) {
		return appendUnique(list, strings.ToLower(title))
	}
	for _, x := range list {
		if isLowerASCII(x, title) {
			return list
		}
	}
	if low, ok := d.lex.lowers[title]; ok {
		return append(list, low)
	}
	return append(list, strings.ToLower(title))
}

// isLowerASCII reports whether low is the lower case of ASCII text s.
func isLowerASCII(low, s string) bool {
	return len(low) == len(s) && hasPrefixFold(s, low)
}

// fullerName looks in the title and lead for the given name before a lone
// surname: "Pavel Astakhov" for "Astakhov".
func (d *document) fullerName(surname string) string {
	title, lead := d.leadSentences()
	for _, si := range append(title, lead...) {
		toks := d.tokens(si)
		for i := 1; i < len(toks); i++ {
			if toks[i].text != surname {
				continue
			}
			g := toks[i-1]
			if g.word && g.cap() && !notNames[g.lower()] && !honorifics[g.lower()] {
				if n, _ := d.lex.titles.match(toks, i-1); n == 0 {
					return g.text + " " + surname
				}
			}
		}
	}
	return surname
}

// officeTitle returns the office in a title as written, without
// honorifics, capitalised: "His Majesty King" -> "King", "Russian
// president" -> "President".
func officeTitle(t string) string {
	var buf [4]string
	out := buf[:0]
	for w := range strings.FieldsSeq(t) {
		if ow, keep := officeWord(w); keep {
			out = append(out, ow)
		}
	}
	return strings.Join(out, " ")
}

// office is officeTitle, made once for each title of the lexicon and
// remembered for the document for any other: a text names the same few
// offices again and again.
func (d *document) office(title string) string {
	o, _ := d.officeOf(title)
	return o
}

// officeOf is office, and reports whether the office is the lexicon's,
// which is valid UTF-8 (see TestLowers), or none.
//
// The last answer is remembered, and read before the maps: resolve asks
// for the office of a mention's title, and addParty then for the same.
func (d *document) officeOf(title string) (office string, lexical bool) {
	if title == "" {
		return "", true
	}
	if a := &d.lastOff; a.title == title {
		return a.office, a.lexical
	}
	office, lexical = d.officeOfMaps(title)
	d.lastOff = officeAnswer{title, office, lexical}
	return office, lexical
}

// An officeAnswer is an answer of officeOf: the office of a title, and
// whether it is the lexicon's.
type officeAnswer struct {
	title, office string
	lexical       bool
}

// officeOfMaps is officeOf, asked of the lexicon's offices and the
// document's memo of the others.
func (d *document) officeOfMaps(title string) (office string, lexical bool) {
	if o, ok := d.lex.offices[title]; ok {
		return o, true
	}
	o, ok := d.offices[title]
	if !ok {
		o = officeTitle(title)
		if len(d.offices) < memoSize {
			d.offices[title] = o
		}
	}
	return o, false
}

// officeWord returns word w of a title as an office title writes it, and
// whether it stays: an honorific goes, a lower-case word other than a
// small word is capitalised.
func officeWord(w string) (string, bool) {
	if inLower(honorifics, w) {
		return "", false
	}
	if !smallWords[w] && !hasUpper(w) {
		return titleCaseWord(w), true
	}
	return w, true
}

// smallWords stay in lower case inside a title: "President of the Council".
var smallWords = wordSet(`of and the for on in to at`)

// mentionRoom is the room for mentions each participant starts with: a
// readout names most principals two to five times.
const mentionRoom = 4

// startMentionSpans prepares findMentionSpans: it empties the
// participants' mentions and collects the keys of their name words.
func (d *document) startMentionSpans() {
	// The participants' mentions start in one slab, mentionRoom each.
	slab := make([]Span, len(d.m.Participants)*mentionRoom)
	for i := range d.m.Participants {
		d.m.Participants[i].Mentions = slab[i*mentionRoom : i*mentionRoom : (i+1)*mentionRoom]
	}
	*d.spanWords = keySig{}
	for _, p := range d.parts {
		for _, w := range p.words {
			d.spanWords.add(w)
		}
	}
}

// A keySig is a signature of a set of keys, by first byte and length:
// has rules out most keys not in the set without hashing them, and
// reports true for every key in it.
type keySig [32]uint64

// sigBit returns the word of s and the bit in it that stand for key k.
func sigBit[K string | []byte](k K) (int, uint64) {
	if len(k) == 0 {
		return 0, 1
	}
	return int(k[0] & 31), 1 << (len(k) & 63)
}

// add adds key k to the signature.
func (s *keySig) add(k string) {
	i, b := sigBit(k)
	s[i] |= b
}

// has reports whether a key with signature bit b of word i (see sigBit)
// may be in the set: false means it is not.
func (s *keySig) has(i int, b uint64) bool { return s[i]&b != 0 }

// partWord reports whether k is the key of a name word of one of parts.
func partWord[K string | []byte](parts []*party, k K) bool {
	for _, p := range parts {
		if hasKey(p, k) {
			return true
		}
	}
	return false
}

// findMentionSpans records the span of each mention of a participant by
// name in toks, the tokens of one sentence.
func (d *document) findMentionSpans(toks []token) {
	// Only sentences with a word of a participant's name can mention one.
	var buf [64]byte
	has := false
	for i := range toks {
		if toks[i].cls&clsCap == 0 {
			continue // only words are capitalised
		}
		t := &toks[i]
		if d.spanWords.has(sigBit(t.low)) && partWord(d.parts, t.low) {
			has = true
			break
		}
		if lowIsKey(t) {
			continue
		}
		if k := names.KeyBytes(buf[:], stripPossessive(t.text)); d.spanWords.has(sigBit(k)) && partWord(d.parts, k) {
			has = true
			break
		}
	}
	if !has {
		return
	}
	// The mentions are resolved in place, not copied: nothing reads
	// them after (a sentence's, the title's and lead's kept ones too, are
	// read here once).
	ms := d.spanMentions(toks)
	for i := range ms {
		m := &ms[i]
		if m.name == "" || m.former {
			continue
		}
		// The participants' own name words decide; the gazetteer is
		// asked only when they do not.
		if m.participant = d.spanParticipant(m); m.participant < 0 {
			d.spanResolve(m)
		}
		if m.participant < 0 {
			continue
		}
		sp := Span{toks[m.nameFrom].start, toks[m.to-1].end}
		// The name proper ends before "of Country".
		for k := m.nameFrom; k < m.to; k++ {
			if toks[k].lower() == "of" && k > m.nameFrom {
				sp.End = toks[k-1].end
				break
			}
		}
		p := &d.m.Participants[m.participant]
		if n := len(p.Mentions); n == 0 || p.Mentions[n-1] != sp {
			p.Mentions = append(p.Mentions, sp)
		}
	}
}

// A headSentence is what findMentions found in the tokens of a title or
// lead sentence while the participants were read, for findMentionSpans
// to reuse.
type headSentence struct {
	toks     []token   // the sentence's tokens, which the document keeps
	mentions []mention // findMentions(toks)
	// unknown[from:to] are the words knownWord did not know: the only
	// answers of findMentions that may change as participants are added.
	from, to int
}

// headMentions is findMentions for a title or lead sentence read for the
// participants: it remembers the mentions for findMentionSpans.
func (d *document) headMentions(toks []token) []mention {
	from := len(d.unknown)
	d.noteUnknown = true
	ms := d.findMentions(toks)
	d.noteUnknown = false
	if len(toks) > 0 {
		d.heads = append(d.heads, headSentence{toks: toks, mentions: ms, from: from, to: len(d.unknown)})
	}
	return ms
}

// spanMentions is findMentions for findMentionSpans, which reads the title
// and lead again: their mentions are those found while the participants
// were read unless a word knownWord did not know then is now the name word
// of a participant. (findMentions depends on the participants only through
// knownWord, and a participant's words only grow.) The tokens of the title
// and lead are kept for the document, so the same slice is the same
// sentence.
func (d *document) spanMentions(toks []token) []mention {
	for i := range d.heads {
		h := &d.heads[i]
		if len(h.toks) != len(toks) || &h.toks[0] != &toks[0] {
			continue
		}
		var buf [64]byte
		for _, w := range d.unknown[h.from:h.to] {
			if partWord(d.parts, names.KeyBytes(buf[:], w)) {
				return d.findMentions(toks)
			}
		}
		return h.mentions
	}
	return d.findMentions(toks)
}

// spanParticipant is nameParticipant for a mention m not yet resolved,
// remembered by name: the participants do not change while their mentions
// are found, and a text names them the same way again and again.
func (d *document) spanParticipant(m *mention) int {
	if i := d.spanNames.find(m.name); i != nil {
		return *i
	}
	i := d.nameParticipant(m)
	d.spanNames.add(m.name, i)
	return i
}

// spanResolve is resolve for a named mention m whose name's words name
// no participant, as spanParticipant found: only the person the gazetteer
// finds can still name one, and the words need not be read again.
func (d *document) spanResolve(m *mention) {
	d.matchName(m, d.mentionQuery(m))
	m.participant = -1
	if p := m.match.Person; p != nil && !m.former {
		for i, pt := range d.parts {
			if pt.person == p || pt.Name == p.Name {
				m.participant = i
				return
			}
		}
	}
}

// findImplicitHost adds the host of a readout whose title and lead name
// only the guest ("Telephone conversation with Prime Minister of Canada
// Stephen Harper"): the first leader the text makes the subject of a
// clause, by name or by office ("The President of Russia").
func (d *document) findImplicitHost() bool {
	for si := range d.sents {
		if d.kind[si] != body {
			continue
		}
		toks := d.tokens(si)
		for _, m := range d.findMentions(toks) {
			if m.from != 0 && clauseStart(toks, m.from) != m.from {
				continue
			}
			d.resolve(&m)
			if m.participant >= 0 || m.former {
				continue
			}
			p := m.match.Person
			if p == nil || m.match.Confidence < names.High {
				continue
			}
			d.addParty(toks, &m)
			if d.guestTitle() {
				// The host of a title that names only the guest goes first.
				d.toFront(len(d.parts) - 1)
			}
			return true
		}
	}
	return false
}

// findParticipantList adds the people of a list introduced by "The meeting
// participants included:" or "Participants:": one "- Name, Title" item
// each, on one line or several.
func (d *document) findParticipantList() {
	for i := range d.sents {
		s := &d.sents[i]
		if d.text[s.end-1] != ':' {
			continue
		}
		t := strings.ToLower(d.text[s.start:s.end])
		if !(strings.Contains(t, "participants") || strings.Contains(t, "attendees") || strings.Contains(t, "participated")) {
			continue
		}
		if strings.Contains(t, "side") || strings.Contains(t, "delegation") {
			continue // "On the Russian side, the talks were attended by:"
		}
		// The list: the lines after the intro that start with a bullet.
		for j := i + 1; j < len(d.sents); j++ {
			if !d.sents[j].first {
				continue
			}
			line := d.text[d.sents[j].start:lineEnd(d.sents, j)]
			if !strings.HasPrefix(line, "- ") && !strings.HasPrefix(line, "• ") && !strings.HasPrefix(line, "* ") {
				break
			}
			d.addListItems(d.sents[j].start, line)
		}
		return
	}
}

// addListItems adds the participants of one bulleted line, which may hold
// several " - " items.
func (d *document) addListItems(offset int, line string) {
	for pos := 0; pos < len(line); {
		next := strings.Index(line[pos+2:], " - ")
		end := len(line)
		if next >= 0 {
			end = pos + 2 + next
		}
		item := line[pos:end]
		base := offset + pos
		pos = end + 1
		body := strings.TrimLeft(item, "-•* ")
		base += len(item) - len(body)
		name, title, _ := strings.Cut(body, ",")
		for _, h := range []string{"Dr. ", "Reverend ", "Rev. ", "Mr. ", "Ms. ", "Mrs. ", "H.E. "} {
			if n, ok := strings.CutPrefix(name, h); ok {
				base += len(h)
				name = n
			}
		}
		name = strings.TrimSpace(name)
		if n := len(strings.Fields(name)); n < 2 || n > 5 {
			continue
		}
		title = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(title), "(virtual)"))
		var toks []token
		toks = tokenize(d.text, base, base+len(name), toks)
		m := mention{from: 0, to: len(toks), nameFrom: 0, name: name, participant: -1}
		m.match = d.lookup(name, names.Query{Date: d.date})
		if m.match.Confidence < names.High {
			m.match = names.Match{}
		}
		m.title = title
		d.addParty(toks, &m)
	}
}

// findHouseHost adds the host of a title in a source's house style, which
// names the host by office alone ("PM call with President Zelenskyy").
func (d *document) findHouseHost(title string, fallback bool) {
	houses := d.lex.housesFor(title)
	for i := range houses {
		h := &houses[i]
		if h.fallback != fallback || !hasLowerPrefix(title, h.prefix) {
			continue
		}
		p := d.gaz.Holder(h.office, h.country, d.date)
		if p == nil {
			return
		}
		at := -1
		for i, pt := range d.parts {
			if pt.person == p {
				at = i
			}
		}
		if at < 0 {
			m := mention{title: strings.ToLower(h.office), country: h.country, participant: -1}
			m.match = names.Match{Person: p, Confidence: names.High}
			d.addParty(nil, &m)
			at = len(d.parts) - 1
		}
		d.toFront(at)
		return
	}
}

// firstByte returns the first byte of s, 0 for an empty s.
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// hasLowerPrefix reports whether s in lower case, as strings.ToLower makes
// it, starts with prefix. Only the bytes that decide are lower-cased, and
// only an ASCII start of s is read byte by byte.
func hasLowerPrefix(s, prefix string) bool {
	for i := 0; i < len(prefix); i++ {
		if i == len(s) {
			return false
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			// The lower case of a rune may be longer or shorter.
			var buf [256]byte
			t := appendLowerBytes(buf[:0], s)
			return len(t) >= len(prefix) && string(t[:len(prefix)]) == prefix
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// lowerFirst returns the first byte of s, in lower case when it is an
// ASCII upper-case letter, or 0 for an empty s.
func lowerFirst(s string) byte { return lowerASCII(firstByte(s)) }

// guestTitle reports whether the title names only the guest, as in
// "Telephone conversation with X" or "Meeting with X".
func (d *document) guestTitle() bool {
	title, _ := d.leadSentences()
	if len(title) == 0 || len(d.tokens(title[0])) < 2 {
		return false
	}
	toks := d.tokens(title[0])
	for i := 0; i < len(toks) && i < 4; i++ {
		if toks[i].low == "with" {
			return i > 0
		}
	}
	return false
}

// partIndex returns the participant a resolved mention names, or -1.
func (d *document) partIndex(m *mention) int {
	if m.participant >= 0 {
		return m.participant
	}
	if p := m.match.Person; p != nil {
		for i, pt := range d.parts {
			if pt.person == p {
				return i
			}
		}
	}
	return d.nameParticipant(m)
}

// toFront moves participant i to the front, where the host stands.
func (d *document) toFront(i int) {
	host := d.parts[i]
	copy(d.parts[1:i+1], d.parts[:i])
	d.parts[0] = host
}

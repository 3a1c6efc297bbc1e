package readout

import (
	"strings"

	"github.com/readout-go/readout/internal/names"
)

// honorifics are titles of courtesy, not offices: they find names but are
// not reported as a participant's title.
var honorifics = wordSet(`his her majesty excellency highness royal h.e. h.e mr mr. mrs mrs. ms ms.
	madam dr dr. mister sir sheikh`)

// leadSentences returns the sentences the participants are read from: the
// title and the first paragraph of the text, or the title alone for a
// transcript that opens with a speaker's turn.
func (d *document) leadSentences() (title, lead []int) {
	firstBody := -1
	for i := range d.sents {
		switch d.kind[i] {
		case titleLine:
			title = append(title, i)
			continue
		case dateLine, junkLine, linkLine:
			continue
		}
		if firstBody < 0 {
			if _, _, ok := d.labelAt(i); ok {
				return title, nil
			}
			firstBody = i
		}
		if d.sents[i].para != d.sents[firstBody].para {
			break
		}
		lead = append(lead, i)
	}
	return title, lead
}

// findParticipants reads the principals from the title and the lead.
func (d *document) findParticipants() {
	d.parts = nil
	title, lead := d.leadSentences()
	order := append(append([]int(nil), lead...), title...)
	if len(lead) > 0 && len(title) > 0 && hostFirstTitle(d.text[d.sents[title[0]].start:d.sents[title[len(title)-1]].end]) {
		order = append(append([]int(nil), title...), lead...)
	}
	for _, si := range order {
		toks := d.toks[si]
		inLead := d.kind[si] != titleLine
		if inLead && si != lead[0] && !d.reportsMeeting(toks) {
			continue
		}
		for _, m := range d.findMentions(toks) {
			if m.former {
				continue
			}
			d.resolve(&m)
			d.addParty(toks, &m)
		}
	}
	d.m.Participants = d.m.Participants[:0]
	for _, p := range d.parts {
		d.m.Participants = append(d.m.Participants, p.Participant)
	}
}

// findParticipantsRefresh reads the participants again after repairs.
func (d *document) findParticipantsRefresh() { d.findParticipants() }

// hostFirstTitle reports whether a title names the host first: "Readout of
// President Biden's Call with ...", "Remarks by ...".
func hostFirstTitle(title string) bool {
	t := strings.ToLower(title)
	return strings.Contains(t, "readout of") || strings.Contains(t, "remarks by") || strings.Contains(t, "’s meeting") || strings.Contains(t, "'s meeting")
}

// reportsMeeting reports whether a sentence tells of the meeting itself.
func (d *document) reportsMeeting(toks []token) bool {
	for _, t := range toks {
		switch t.lower() {
		case "met", "meet", "meeting", "talks", "conversation", "call", "spoke", "joined", "hosted",
			"received", "welcomed", "discussed", "greetings", "messages", "visit", "met.":
			return true
		}
	}
	return false
}

// addParty adds the person of mention m to the participants, or merges it
// into the participant it names.
func (d *document) addParty(toks []token, m *mention) {
	title := officeTitle(m.title)
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
		if len(strings.Fields(name)) == 1 {
			// "Mr Astakhov": take the given name from a fuller mention.
			name = d.fullerName(name)
		}
	default:
		return
	}
	if name == "" {
		return
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
		p := &party{person: person, words: make(map[string]bool)}
		p.Name = name
		p.Mentions = []Span{}
		d.parts = append(d.parts, p)
		idx = len(d.parts) - 1
	}
	p := d.parts[idx]
	if p.person == nil && person != nil {
		p.person = person
		p.Name = person.Name
	}
	for _, w := range strings.Fields(p.Name) {
		p.words[names.Key(w)] = true
	}
	if p.first == "" {
		if f := strings.Fields(p.Name); len(f) > 0 {
			p.first = names.Key(f[0])
		}
	}
	for _, w := range strings.Fields(m.name) {
		if k := names.Key(w); k != "" && !nameParticles[k] {
			p.words[k] = true
		}
	}
	if m.title != "" {
		p.titles = appendUnique(p.titles, strings.ToLower(title))
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
}

// fullerName looks in the title and lead for the given name before a lone
// surname: "Pavel Astakhov" for "Astakhov".
func (d *document) fullerName(surname string) string {
	title, lead := d.leadSentences()
	for _, si := range append(title, lead...) {
		toks := d.toks[si]
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
	var out []string
	for _, w := range strings.Fields(t) {
		if honorifics[strings.ToLower(w)] {
			continue
		}
		out = append(out, strings.ToUpper(w[:1])+w[1:])
	}
	return strings.Join(out, " ")
}

// findMentionSpans records, for every participant, the span of each
// mention of the participant by name.
func (d *document) findMentionSpans() {
	for i := range d.m.Participants {
		d.m.Participants[i].Mentions = []Span{}
	}
	for si, toks := range d.toks {
		_ = si
		for _, m := range d.findMentions(toks) {
			if m.name == "" {
				continue
			}
			d.resolve(&m)
			if m.participant < 0 {
				continue
			}
			sp := Span{toks[m.nameFrom].start, toks[m.to-1].end}
			// The name proper ends before "of Country".
			for k := m.nameFrom; k < m.to; k++ {
				if toks[k].lower() == "of" {
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
}

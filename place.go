package readout

import (
	"strconv"
	"strings"
)

// findPlace sets the venue: a named venue in the title or lead, else the
// place of a date line, else a city the lead names. Calls and messages have
// no place.
func (d *document) findPlace() {
	switch d.m.Format {
	case FormatPhoneCall, FormatVideoCall, FormatMessage:
		return
	}
	title, lead := d.leadSentences()
	// The venue line of a transcript: "Moscone Convention Center San
	// Francisco, California", just under the title.
	var venueLines []int
	for i := range d.sents {
		if d.kind[i] == titleLine || d.kind[i] == dateLine {
			continue
		}
		if d.kind[i] == body && d.sents[i].first && d.sents[i].last && !strings.HasSuffix(d.text[d.sents[i].start:d.sents[i].end], ".") {
			if _, _, ok := d.labelAt(i); !ok && i < 4 {
				venueLines = append(venueLines, i)
			}
		}
		break
	}
	groups := [][]int{title, lead, venueLines}
	for _, g := range groups {
		for _, si := range g {
			if p := d.venueIn(d.tokens(si)); p != nil {
				d.m.Place = p
				return
			}
		}
	}
	for i := range d.sents {
		if d.kind[i] == dateLine {
			if p := d.dateLinePlace(d.tokens(i)); p != nil {
				d.m.Place = p
				return
			}
		}
	}
	// A transcript's opening words: "welcome back to the Oval Office".
	if len(lead) == 0 {
		n := 0
		for i := range d.sents {
			if d.kind[i] != body {
				continue
			}
			if p := d.venueIn(d.tokens(i)); p != nil {
				d.m.Place = p
				return
			}
			if n++; n == 3 {
				break
			}
		}
	}
	for gi, g := range groups {
		for _, si := range g {
			if p := d.cityIn(d.tokens(si), gi == 2); p != nil {
				d.m.Place = p
				return
			}
		}
	}
}

// venueIn finds a named venue in toks.
func (d *document) venueIn(toks []token) *Place {
	for i := range toks {
		if n, idx := d.lex.venueAt.match(toks, i); n > 0 {
			k, _ := strconv.Atoi(idx)
			v := d.lex.venues[k]
			return &Place{Name: v.name, City: v.city, Country: v.country, Span: Span{toks[i].start, toks[i+n-1].end}}
		}
	}
	return nil
}

// dateLinePlace reads the place after the date of a date line: "June 11,
// 2010, Gorki, Moscow Region".
func (d *document) dateLinePlace(toks []token) *Place {
	_, k := dateAt(toks, 0, "")
	if k >= len(toks) || toks[k].text != "," {
		return nil
	}
	k++
	e := k
	for e < len(toks) && toks[e].text != "," {
		e++
	}
	if e == k {
		return nil
	}
	name := validUTF8(d.text[toks[k].start:toks[e-1].end])
	p := &Place{Name: name, Span: Span{toks[k].start, toks[e-1].end}}
	var buf [64]byte
	if c, ok := d.lex.cities[string(appendLowerBytes(buf[:0], name))]; ok {
		p.City, p.Country = c.name, c.country
	}
	if n, idx := d.lex.venueAt.match(toks, k); n == e-k {
		i, _ := strconv.Atoi(idx)
		v := d.lex.venues[i]
		p.Name, p.City, p.Country = v.name, v.city, v.country
	}
	if p.Country == "" && e+1 < len(toks) {
		// "Gorki, Moscow Region": the region's city gives the country.
		if c, ok := d.lex.cities[toks[e+1].lower()]; ok {
			p.Country = c.country
		}
	}
	return p
}

// cityIn finds a known city in a lead sentence: "in Bali", "in Phnom Penh",
// or on a venue line.
func (d *document) cityIn(toks []token, venueLine bool) *Place {
	for i := range toks {
		if !toks[i].word || !toks[i].cap() {
			continue
		}
		if !venueLine && (i == 0 || toks[i-1].lower() != "in") {
			continue
		}
		// Longest city name first: "San Francisco" over "San".
		for n := 3; n >= 1; n-- {
			if i+n > len(toks) {
				continue
			}
			name := d.text[toks[i].start:toks[i+n-1].end]
			var buf [64]byte
			c, ok := d.lex.cities[string(appendLowerBytes(buf[:0], name))]
			if !ok {
				continue
			}
			p := &Place{Name: c.name, City: c.name, Country: c.country, Span: Span{toks[i].start, toks[i+n-1].end}}
			if venueLine && i > 0 {
				p.Name = validUTF8(strings.Trim(d.text[toks[0].start:toks[i-1].end], " ,*_"))
				p.Span = Span{toks[0].start, toks[i+n-1].end}
			}
			return p
		}
	}
	return nil
}

package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Lookup resolves name, a whole name as a text writes it, maybe with titles
// and honorifics ("H.E. Mr. Narendra Modi", "Russian President Vladimir
// Putin"), a possessive or case ending ("Putin's", "Путина"), in another
// script or romanisation ("Путин", "习近平", "Poutine"), garbled by OCR
// ("Putln") or mojibake ("ErdoÄŸan"), or spaced wrongly ("Xijinping"). It
// returns the zero Match when nothing matches or the match is ambiguous.
//
// Rules, precision first: the canonical name (Exact), an alias (Alias, High;
// Certain for native script), letter case or family-name-first order (Case),
// spacing (Spacing), mojibake (Mojibake), titles stripped (Title), endings
// stripped (Inflection), and then word by word: romanisation variants
// (Transliteration), OCR confusions (OCR) and one or two edits on long words
// (EditDistance). A surname alone resolves when it designates one person
// (or one in office on q.Date); very common surnames ("Kim", "Lee", "Singh")
// and English words ("May") need a title (q.Titled or one in name). A
// two-word name whose given name is known to differ from the leader's ("Hunter
// Biden", "Melania Trump") matches nobody. An edit-distance match without
// context has Confidence Low: callers should treat Low as "do not repair".
//
// Lookup of a canonical name or alias as written does not allocate. It is
// safe for concurrent use.
func (g *Gazetteer) Lookup(name string, q Query) Match {
	if h, ok := g.raw[name]; ok {
		return g.result(h.p, h.conf, h.rule, q)
	}
	return g.lookup(name, q, true)
}

func (g *Gazetteer) result(p *Person, c Confidence, r Rule, q Query) Match {
	if p == nil || c == No {
		return Match{}
	}
	t, _ := p.OfficeOn(q.Date)
	return Match{Person: p, Confidence: c, Rule: r, Term: t}
}

// lookup is Lookup without the raw fast path; deep allows the mojibake and
// script retries.
func (g *Gazetteer) lookup(name string, q Query, deep bool) Match {
	name = strings.TrimSpace(name)
	if name == "" || len(name) > 200 {
		return Match{}
	}
	m := g.lookupPlain(name, q)
	if m.Person != nil {
		return m
	}
	if deep && looksMojibake(name) {
		for _, fixed := range unMojibake(name) {
			if m := g.lookup(fixed, q, false); m.Person != nil {
				m.Rule = Mojibake
				m.Confidence = min(m.Confidence, High)
				return g.result(m.Person, m.Confidence, m.Rule, q)
			}
		}
	}
	return Match{}
}

// lookupPlain strips possessives, titles and endings and matches the rest.
func (g *Gazetteer) lookupPlain(name string, q Query) Match {
	if isLetterWord(name) {
		return g.lookupLetterWord(name, q)
	}
	if g.nobodyForPhrase(name, q) {
		return Match{}
	}
	return g.lookupPhrase(name, q)
}

// nobodyForPhrase reports that lookupPhrase finds nobody for name, a
// phrase of two to eight words of two or more ASCII letters parted by
// single spaces or hyphens, as are most phrases a text asks about ("White
// House", "Middle East", "Biden-Harris Administration"). Its key is then
// its lower case with spaces for the hyphens, and lookupPhrase finds
// nobody when no title or demonym starts it (stripTitles keeps every
// word), no "Jr" ends it, its key and its key without spaces are no keys
// of the maps (the filters phrases and lone rule most out), and one of its
// words is no name word, has no given-name group, is not fuzzed (an
// English word or a known place) and has no romanisation among the name
// words: matchMulti gives up on that word (see exactCands). It works on
// the key in a buffer on the stack, without making strings of the key and
// its words as lookupPhrase does. A false result says nothing.
// TestNobodyForPhrase holds it to lookupPhrase.
func (g *Gazetteer) nobodyForPhrase(name string, q Query) bool {
	var kbuf [64]byte
	var starts, ends [8]int // word i of the key is k[starts[i]:ends[i]]
	if len(name) > len(kbuf) {
		return false
	}
	k, n, start := kbuf[:len(name)], 0, 0
	for i := 0; i <= len(name); i++ {
		if i == len(name) || name[i] == ' ' || name[i] == '-' {
			if i-start < 2 || n == len(ends) {
				return false // a word of one letter, or too many words
			}
			starts[n], ends[n], n, start = start, i, n+1, i+1
			if i < len(name) {
				k[i] = ' '
			}
			continue
		}
		c := name[i] | ('a' - 'A')
		if c < 'a' || c > 'z' {
			return false
		}
		k[i] = c
	}
	if n < 2 {
		return false
	}
	switch string(k[starts[n-1]:]) {
	case "jr", "sr", "ii", "iii":
		return false
	}
	// What stripTitles would strip: a title of the first words, or a
	// demonym (before a title).
	lx := getLex()
	fl := lx.firstLen[string(k[:ends[0]])]
	for l := 1; l <= min(fl.title, n-1); l++ {
		if lx.titles[string(k[:ends[l-1]])] {
			return false
		}
	}
	for l := 1; l <= min(fl.dem, n-2); l++ {
		if _, ok := lx.demonym[string(k[:ends[l-1]])]; ok {
			return false
		}
	}
	// matchWords: the key, and the key without its spaces.
	if g.phrases.has(WordHash(k)) && (len(g.keys[string(k)]) > 0 || len(g.swapped[string(k)]) > 0) {
		return false
	}
	var sbuf [64]byte
	sq := sbuf[:0]
	for i := range n {
		sq = append(sq, k[starts[i]:ends[i]]...)
	}
	if g.lone.has(WordHash(sq)) && len(g.squashed[string(sq)]) > 0 {
		return false
	}
	// matchMulti: a word without candidates.
	for i := range n {
		if i == 0 && n == 2 && q.Titled {
			continue // the first of two words may be any
		}
		w := k[starts[i]:ends[i]]
		if g.words[string(w)] != nil || lx.given[string(w)] != 0 || !lx.isBlockedKey(w) {
			continue
		}
		var skb [64]byte
		var buf [8]string
		if len(g.fuzzy().skelWords(buf[:0], appendSkeleton(skb[:0], string(w)))) == 0 {
			return true
		}
	}
	return false
}

// isLetterWord reports whether s is a word of ASCII letters only
// ("Moscow", "BIDEN"), which lookupLetterWord matches.
func isLetterWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | ('a' - 'A'); c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// lookupLetterWord is lookupPhrase for a word of ASCII letters, the most
// common thing a text asks about ("Moscow", "Putin", "BIDEN"): for such a
// word most of lookupPhrase has nothing to do, and it skips that. The word
// has no bracket, no apostrophe (so no possessive) and no full stop (so no
// "H.E."); its key is its letters in lower case, one word, so no title is
// stripped (stripTitles keeps the last word), no "Jr" dropped, and no
// Cyrillic transliterated; capsPattern reports whether it has two or more
// letters all upper case, firstUpper whether its first is. What remains is
// the match of the word and the German genitive, and TestLookupLetterWord
// checks that this gives what lookupPhrase gives. A word nothingFor rules
// out, without the German genitive's ending, matches nobody at once.
func (g *Gazetteer) lookupLetterWord(name string, q Query) Match {
	caps := len(name) >= 2
	for i := 0; i < len(name) && caps; i++ {
		caps = name[i] <= 'Z'
	}
	upper := name[0] <= 'Z'
	if g.nothingFor(name) && !(upper && len(name) > 5 && name[len(name)-1]|('a'-'A') == 's') {
		return Match{} // and no German genitive to try
	}
	ws := [1]string{Key(name)}
	m := g.matchWords(ws[:], q, func() bool { return caps }, upper, true)
	if m.Person == nil || m.Confidence < Medium {
		if m2, ok := g.matchGenitive(ws[0], q, upper); ok {
			return m2
		}
	}
	return m
}

// nothingFor reports that matchWords finds nobody for the word of ASCII
// letters w, as most words a text asks about ("Russia", "Parliament"): its
// key is no name word, nor the key of a name or of a name without its
// spaces, and it is too short to fuzz, or a word not to fuzz (an English
// word, a known place, a common surname). It looks the key up in a buffer
// on the stack, without making it a string or taking the steps of
// matchWords and matchLone. A false result says nothing. TestLookupLetterWord
// holds lookupLetterWord, which it short-cuts, to lookupPhrase.
func (g *Gazetteer) nothingFor(w string) bool {
	if len(w) > maxFuzzyWord {
		return false
	}
	var buf [maxFuzzyWord]byte
	k := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		k[i] = w[i] | ('a' - 'A')
	}
	if namesKey(g, k) {
		return false
	}
	lx := getLex()
	return len(k) < 5 || lx.isBlockedKey(k) || lx.common[string(k)]
}

// SettledNobody reports whether Lookup finds nobody, whatever the query,
// for a capitalised word of ASCII letters whose key k (its lower case) is
// settled (see Settled). Such a word is never searched for by spelling
// (an English word or a known place is not fuzzed into a name), so that
// Lookup finds someone only by k itself: the key of a name, of a name
// without its spaces, or a name word; or by the German genitive ("Mays")
// of one. A false result says nothing. It costs a hash and a load for
// most keys (see g.lone), a fraction of a Lookup that finds nobody;
// TestSettledNobody holds it to Lookup.
func (g *Gazetteer) SettledNobody(k string) bool {
	if namesKey(g, k) {
		return false
	}
	n := len(k)
	return n <= 5 || k[n-1] != 's' || !namesKey(g, k[:n-1])
}

// namesKey reports whether k is the key of a name, of a name without
// its spaces, or a name word: a key matchWords may find someone by
// without a search.
func namesKey[K string | []byte](g *Gazetteer, k K) bool {
	return g.lone.has(WordHash(k)) && (len(g.keys[string(k)]) > 0 || len(g.squashed[string(k)]) > 0 || g.words[string(k)] != nil)
}

// lookupPhrase is lookupPlain for any name.
func (g *Gazetteer) lookupPhrase(name string, q Query) Match {
	rule := None
	// Parenthetical remarks: "Xi Jinping (retranslated)", "Putin [translated]".
	if strings.IndexByte(name, '(') >= 0 || strings.IndexByte(name, '[') >= 0 {
		name = strings.TrimSpace(stripBrackets(name))
		if name == "" {
			return Match{}
		}
	}
	// Possessive on the raw text: "Putin's", "Putin’s", "Leaders'"; each
	// ending ends in an s, which most names do not.
	if n := len(name); n > 0 && name[n-1]|('a'-'A') == 's' {
		for _, suf := range []string{"'s", "’s", "ʼs", "'S", "’S"} {
			if strings.HasSuffix(name, suf) && len(name) > len(suf)+1 {
				name = name[:len(name)-len(suf)]
				rule = Inflection
				break
			}
		}
	}
	he := strings.Contains(name, "H.E.") || strings.Contains(name, "H. E.")
	k := Key(name)
	if k == "" {
		return Match{}
	}
	var wbuf [8]string
	ws := appendKeyWords(wbuf[:0], k)
	ws, titled, country := g.stripTitles(ws, he)
	if len(ws) == 0 {
		return Match{}
	}
	if titled {
		q.Titled = true
		if rule == None {
			rule = Title
		}
	}
	if country != "" && q.Country == "" {
		q.Country = country
	}
	// Trailing "Jr", "Sr", "II".
	for len(ws) > 1 {
		switch ws[len(ws)-1] {
		case "jr", "sr", "ii", "iii":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	// Most phrases match nobody: capsPattern is asked only of a name found.
	caps := func() bool { return capsPattern(name) }
	m := g.matchWords(ws, q, caps, firstUpper(name), true)
	if (m.Person == nil || m.Confidence < Medium) && hasCyrillic(k) {
		good := func(m Match) bool { return m.Person != nil && m.Confidence >= Medium && m.Rule != EditDistance }
		latin := func(ws []string) []string { return strings.Fields(Key(translit(strings.Join(ws, " ")))) }
		// Transliterate and match as Latin: "Медведев".
		if m2 := g.matchWords(latin(ws), q, noCaps, true, true); good(m2) {
			if m2.Rule <= Case {
				m2.Rule = Transliteration
			}
			m2.Confidence = min(m2.Confidence, High)
			return m2
		}
		// Russian case endings: "Путина", "Путину", "Медведеву".
		last := ws[len(ws)-1]
		for _, end := range []string{"ого", "ому", "ым", "ом", "ой", "ою", "ей", "ем", "а", "у", "е", "ы", "я", "ю"} {
			if !strings.HasSuffix(last, end) || utf8.RuneCountInString(last) <= utf8.RuneCountInString(end)+2 {
				continue
			}
			ws2 := append(append([]string{}, ws[:len(ws)-1]...), strings.TrimSuffix(last, end))
			m2 := g.matchWords(ws2, q, noCaps, true, true)
			if !good(m2) {
				m2 = g.matchWords(latin(ws2), q, noCaps, true, true)
			}
			if good(m2) {
				m2.Rule = Inflection
				m2.Confidence = min(m2.Confidence, High)
				return m2
			}
		}
	}
	if (m.Person == nil || m.Confidence < Medium) && rule == None && len(ws) == 1 {
		if m2, ok := g.matchGenitive(ws[0], q, firstUpper(name)); ok {
			return m2
		}
	}
	if m.Person == nil {
		return m
	}
	if rule != None && (m.Rule == Exact || m.Rule == Alias || m.Rule == Case) {
		m.Rule = rule
		m.Confidence = min(m.Confidence, High)
	}
	return m
}

// matchGenitive matches the German genitive "Putins" of a name, key word
// w, that starts with a capital (upper): an exact name or alias only.
func (g *Gazetteer) matchGenitive(w string, q Query, upper bool) (Match, bool) {
	if len(w) <= 5 || !strings.HasSuffix(w, "s") || !upper {
		return Match{}, false
	}
	ws := [1]string{w[:len(w)-1]}
	m := g.matchWords(ws[:], q, noCaps, true, false)
	if m.Person == nil || m.Rule > Alias {
		return Match{}, false
	}
	m.Rule = Inflection
	m.Confidence = min(m.Confidence, Medium)
	return m, true
}

// firstUpper reports whether s starts with an upper-case letter or a letter
// of a script without case.
func firstUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || (!unicode.IsLower(r))
		}
	}
	return false
}

// noCaps is the caps of matchWords for a name it need not weigh as
// written in capitals.
func noCaps() bool { return false }

// capsPattern reports whether s has a word of two or more letters all in
// upper case ("XI JINPING", "KISHIDA Fumio").
func capsPattern(s string) bool {
	n, up := 0, true
	for i := 0; i < len(s); {
		// An ASCII byte is classified by itself, without the Unicode tables.
		var letter, upper bool
		if c := s[i]; c < utf8.RuneSelf {
			letter, upper = 'a' <= c|0x20 && c|0x20 <= 'z', c <= 'Z'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			letter, upper = unicode.IsLetter(r), unicode.IsUpper(r)
			i += size
		}
		if letter {
			n++
			if !upper {
				up = false
			}
			continue
		}
		if n >= 2 && up {
			return true
		}
		n, up = 0, true
	}
	return n >= 2 && up // the last word
}

// stripTitles removes leading titles, honorifics and nationality words
// ("russian president", "president of the russian federation", "he mr").
func (g *Gazetteer) stripTitles(ws []string, he bool) (out []string, titled bool, country string) {
	lx := getLex()
	var buf [64]byte // for the words joined, looked up without a string
	for len(ws) > 1 {
		if he && ws[0] == "he" {
			ws, titled = ws[1:], true
			continue
		}
		// Longest title first.
		n, fl := 0, lx.firstLen[ws[0]]
		for l := min(fl.title, len(ws)-1); l >= 1; l-- {
			if lx.titles[string(appendJoin(buf[:0], ws[:l]))] {
				n = l
				break
			}
		}
		if n > 0 {
			if ws[0] != "the" {
				titled = true
			}
			ws = ws[n:]
			// "President of (the) Russia(n Federation)".
			if len(ws) > 2 && ws[0] == "of" && titled {
				for l := min(lx.maxDem, len(ws)-2); l >= 1; l-- {
					if c, ok := lx.demonym[string(appendJoin(buf[:0], ws[1:1+l]))]; ok {
						country, ws = c, ws[1+l:]
						break
					}
					if ws[1] == "the" {
						if c, ok := lx.demonym[string(appendJoin(buf[:0], ws[2:min(2+l, len(ws))]))]; ok && 2+l < len(ws) {
							country, ws = c, ws[2+l:]
							break
						}
					}
				}
			}
			continue
		}
		// "Russian President ...": a demonym right before a title.
		found := false
		for l := min(fl.dem, len(ws)-2); l >= 1; l-- {
			c, ok := lx.demonym[string(appendJoin(buf[:0], ws[:l]))]
			if !ok || !lx.titles[ws[l]] || ws[l] == "the" {
				continue
			}
			country, ws, found = c, ws[l:], true
			break
		}
		if !found {
			break
		}
	}
	return ws, titled, country
}

// appendJoin appends the words ws to b separated by single spaces, as
// strings.Join(ws, " ") makes them.
func appendJoin(b []byte, ws []string) []byte {
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return b
}

// matchWords matches the key words of a name (titles stripped).
// matchWords matches the key words ws; fuzzy allows the OCR, romanisation
// and edit-distance matches of a lone word. caps reports whether the name
// is written in capitals (see capsPattern); matchWords asks it only of a
// name it finds, where it weighs the rule.
func (g *Gazetteer) matchWords(ws []string, q Query, caps func() bool, upper, fuzzy bool) Match {
	if len(ws) == 1 && !upper && getLex().isEnglish(ws[0]) {
		return Match{} // "trump", "may": lower-case English words
	}
	// The words joined, and without the spaces (squash), looked up
	// without making strings, once the filters (lone, phrases) let them:
	// they rule out most of the words that are no key of the maps, as
	// most phrases a text asks about are ("White House", "Middle East").
	var kbuf, sbuf [64]byte
	k := appendJoin(kbuf[:0], ws)
	f := &g.lone
	if len(ws) > 1 {
		f = &g.phrases
	}
	inKeys := f.has(WordHash(k)) // else neither in keys nor in swapped
	if inKeys {
		if hs := g.keys[string(k)]; len(hs) > 0 {
			if h, ok := g.pick(hs, q); ok {
				r, c := h.rule, h.conf
				if (r == Exact || r == Alias) && caps() {
					r, c = Case, min(c, High)
				}
				return g.result(h.p, c, r, q)
			}
			if len(ws) == 1 {
				return Match{}
			}
		}
	}
	if len(ws) > 1 && inKeys {
		if h, ok := g.pick(g.swapped[string(k)], q); ok {
			c := High
			if !caps() {
				c = Medium
			}
			return g.result(h.p, c, Case, q)
		}
	}
	sq := sbuf[:0]
	for _, w := range ws {
		sq = append(sq, w...) // a key word has no space
	}
	// Else not in squashed; for one word, sq is k and f is lone.
	inSquashed := inKeys
	if len(ws) > 1 {
		inSquashed = g.lone.has(WordHash(sq))
	}
	if inSquashed {
		if h, ok := g.pick(g.squashed[string(sq)], q); ok {
			return g.result(h.p, High, Spacing, q)
		}
	}
	// Drop initials: "Donald J Trump", "V V Putin".
	if len(ws) > 2 {
		var buf [8]string
		kept := buf[:0]
		for _, w := range ws {
			if utf8.RuneCountInString(w) > 1 {
				kept = append(kept, w)
			}
		}
		if len(kept) >= 2 && len(kept) < len(ws) {
			if m := g.matchWords(kept, q, caps, upper, fuzzy); m.Person != nil {
				return m
			}
		}
	}
	if len(ws) == 1 {
		m := g.matchLone(ws[0], q, upper, fuzzy)
		if m.Rule == Alias && caps() {
			m.Rule = Case
		}
		return m
	}
	return g.matchMulti(ws, q)
}

// pick chooses one hit: the only one, or the only one that fits the
// country hint, or the only one in office on the date.
func (g *Gazetteer) pick(hs []hit, q Query) (hit, bool) {
	switch len(hs) {
	case 0:
		return hit{}, false
	case 1:
		return hs[0], true
	}
	ps := make([]*Person, len(hs))
	for i, h := range hs {
		ps[i] = h.p
	}
	if p := g.choose(ps, q); p != nil {
		for _, h := range hs {
			if h.p == p {
				h.conf = min(h.conf, Medium)
				return h, true
			}
		}
	}
	return hit{}, false
}

// choose narrows ps to one person by country hint and date, or returns nil.
func (g *Gazetteer) choose(ps []*Person, q Query) *Person {
	if len(ps) == 1 {
		return ps[0]
	}
	cand := ps
	if q.Country != "" {
		var f []*Person
		for _, p := range cand {
			if p.Country == q.Country || termIn(p, q.Country) {
				f = append(f, p)
			}
		}
		if len(f) == 1 {
			return f[0]
		}
		if len(f) > 1 {
			cand = f
		}
	}
	if q.Date != "" {
		var f []*Person
		for _, p := range cand {
			if p.inOffice(q.Date) {
				f = append(f, p)
			}
		}
		if len(f) == 1 {
			return f[0]
		}
		if len(f) > 1 {
			cand = f
		}
	}
	if q.Office != "" {
		// "Vice President Harris": the Harris who was vice president then.
		want := officeNorm(q.Office)
		var f []*Person
		for _, p := range cand {
			for _, t := range p.Terms {
				if g.termOfficeNorm(t.Office) == want && (q.Date == "" || p.inOffice(q.Date)) {
					f = append(f, p)
					break
				}
			}
		}
		if len(f) == 1 {
			return f[0]
		}
	}
	return nil
}

// officeNorm returns the comparison key of an office title, synonyms
// mapped to the gazetteer's office ("Federal Chancellor" -> "chancellor").
func officeNorm(office string) string {
	k := Key(office)
	if o, ok := getLex().offices[k]; ok {
		return Key(o)
	}
	return k
}

// termOfficeNorm is officeNorm of the office of a term of g, from the table
// indexTerms makes.
func (g *Gazetteer) termOfficeNorm(office string) string {
	if n, ok := g.officeNorms[office]; ok {
		return n
	}
	return officeNorm(office)
}

func termIn(p *Person, country string) bool {
	for _, t := range p.Terms {
		if t.Country == country {
			return true
		}
	}
	return false
}

// matchLone matches one word: a surname or one-word designator.
func (g *Gazetteer) matchLone(w string, q Query, upper, fuzzy bool) Match {
	lx := getLex()
	wi := g.words[w]
	if wi != nil && len(wi.lone) > 0 {
		needCtx := lx.common[w] || wi.weak || (lx.isEnglish(w) && !q.Titled)
		if lx.isEnglish(w) && !upper {
			return Match{}
		}
		if len(wi.lone) == 1 && !needCtx {
			return g.result(wi.lone[0], High, Alias, q)
		}
		if q.Titled || q.Country != "" {
			if p := g.choose(wi.lone, q); p != nil && (!lx.common[w] || q.Date != "" || len(wi.lone) == 1) {
				return g.result(p, Medium, Alias, q)
			}
		}
		return Match{}
	}
	if wi != nil && (wi.canon || len(wi.persons) > 1) {
		return Match{} // a given name or other word of a name: not alone
	}
	if !fuzzy || len(w) < 5 || len(w) > maxFuzzyWord || !isASCII(w) || lx.isBlocked(w) || lx.common[w] {
		return Match{}
	}
	// Fuzzy: OCR, romanisation, edits against lone designators.
	type cand struct {
		p    *Person
		rule Rule
	}
	var cs []cand
	add := func(nw string, r Rule) {
		wi := g.words[nw]
		if wi == nil || lx.common[nw] || wi.weak {
			return
		}
		for _, p := range wi.lone {
			cs = append(cs, cand{p, r})
		}
	}
	for budget := 1; budget <= 2 && len(cs) == 0; budget++ {
		g.nameVariants(w, budget, -1, func(v string) bool {
			if len(v) >= 4 {
				add(v, OCR)
			}
			return len(cs) < 8
		})
	}
	if len(cs) == 0 {
		var skb [64]byte
		var buf [8]string
		for _, nw := range g.fuzzy().skelWords(buf[:0], appendSkeleton(skb[:0], w)) {
			add(nw, Transliteration)
		}
	}
	if len(cs) == 0 {
		g.editCandidates(w, func(nw string, d int) { add(nw, EditDistance) })
	}
	if len(cs) == 0 {
		return Match{}
	}
	var ps []*Person
	for _, c := range cs {
		if !containsP(ps, c.p) {
			ps = append(ps, c.p)
		}
	}
	p := g.choose(ps, q)
	if p == nil {
		return Match{}
	}
	var r Rule
	for _, c := range cs {
		if c.p == p {
			r = c.rule
			break
		}
	}
	conf := Medium
	switch {
	case r == EditDistance && !q.Titled:
		conf = Low
	case r == EditDistance:
		conf = Medium
	case q.Titled && len(ps) == 1:
		conf = High
	}
	if len(ps) > 1 {
		conf = min(conf, Medium)
	}
	return g.result(p, conf, r, q)
}

// wordRank orders word-level rules from best to worst.
func wordRank(r Rule) int {
	switch r {
	case Exact, Alias:
		return 0
	case Transliteration:
		return 1
	case OCR:
		return 2
	case EditDistance:
		return 3
	}
	return 4
}

type wordCand struct {
	w string
	r Rule
}

// wordCands is a short list of candidate name words with their rules.
type wordCands []wordCand

func (c wordCands) get(w string) (Rule, bool) {
	for _, x := range c {
		if x.w == w {
			return x.r, true
		}
	}
	return None, false
}

// put adds name word w to c with rule r, or gives w the better of r and
// the rule it has.
func (c *wordCands) put(w string, r Rule) {
	for i := range *c {
		if x := &(*c)[i]; x.w == w {
			if wordRank(r) < wordRank(x.r) {
				x.r = r
			}
			return
		}
	}
	*c = append(*c, wordCand{w, r})
}

// exactCands returns the name words that query word qw may stand for
// without a search: itself if it is one (Exact), and those of its
// skeleton (Transliteration, romanisations). fuzzy reports that qw, a word
// of ASCII letters that is neither a name word nor an English word or a
// known place, has none of these, so that its candidates are those of
// fuzzyCands.
func (g *Gazetteer) exactCands(qw string) (c wordCands, fuzzy bool) {
	if !isASCII(qw) {
		if g.words[qw] != nil {
			c.put(qw, Exact)
		}
		return c, false
	}
	var skb [64]byte
	var buf [8]string
	for _, nw := range g.fuzzy().skelWords(buf[:0], appendSkeleton(skb[:0], qw)) {
		c.put(nw, Transliteration)
	}
	if g.words[qw] != nil {
		// A correctly spelled name word needs no OCR or edit alternatives.
		c.put(qw, Exact)
		return c, false
	}
	// An English word or a known place is not fuzzed into a name.
	return c, len(c) == 0 && !getLex().isBlocked(qw)
}

// fuzzyCands returns the name words that the query word qw, for which
// exactCands found none, may stand for: those within OCR confusions of it
// (OCR), else those within the edit limit (EditDistance).
func (g *Gazetteer) fuzzyCands(qw string) wordCands {
	var c wordCands
	if len(qw) >= 3 {
		for budget := 1; budget <= 2 && len(c) == 0; budget++ {
			g.nameVariants(qw, budget, 400, func(v string) bool { // at most 400 variants
				c.put(v, OCR)
				return true
			})
		}
	}
	if len(c) == 0 {
		g.editCandidates(qw, func(nw string, _ int) { c.put(nw, EditDistance) })
	}
	return c
}

// matchMulti matches a name of several words word by word against the names
// of candidate people.
//
// A query word without candidates (see exactCands) and without a
// given-name group matches no word of any form, as every form word is a
// name word: then no form aligns with the words (see align), and only
// the titled surname below is left, where the first of two words may be
// any. matchMulti returns no match as soon as it meets such a word, and
// looks for the candidates of a word by search (fuzzyCands), the dearest
// step, only once no word is ruled out without. TestMatchMulti holds it
// to refMatchMulti, which takes every step for every word.
func (g *Gazetteer) matchMulti(ws []string, q Query) Match {
	lx := getLex()
	var buf [8]wordCands // a name has few words
	var gbuf [8]int
	var fbuf [8]bool
	cands, given := buf[:0], gbuf[:0] // given: the given-name group of each word, or 0
	fuzzy := fbuf[:0]                 // the words whose candidates are fuzzyCands'
	hopeless := func(i int) bool {
		return len(cands[i]) == 0 && given[i] == 0 && !(i == 0 && len(ws) == 2 && q.Titled)
	}
	for i, w := range ws {
		cs, f := g.exactCands(w)
		cands = append(cands, cs)
		given = append(given, lx.given[w])
		fuzzy = append(fuzzy, f)
		if !f && hopeless(i) {
			return Match{}
		}
	}
	for i, w := range ws {
		if fuzzy[i] {
			if cands[i] = g.fuzzyCands(w); hopeless(i) {
				return Match{}
			}
		}
	}
	return g.matchCands(ws, cands, given, q)
}

// matchCands is matchMulti given the candidates and the given-name group
// of each query word.
func (g *Gazetteer) matchCands(ws []string, cands []wordCands, given []int, q Query) Match {
	lx := getLex()
	var people []*Person
	for _, cs := range cands {
		for _, c := range cs {
			for _, p := range g.words[c.w].persons {
				if !containsP(people, p) {
					people = append(people, p)
				}
			}
		}
	}
	if len(people) > 60 {
		people = people[:60]
	}
	match := func(i int, fw string) (Rule, bool) {
		qw := ws[i]
		if qw == fw {
			return Exact, true
		}
		if a := given[i]; a != 0 && a == lx.given[fw] {
			return Transliteration, true
		}
		return cands[i].get(fw)
	}
	type res struct {
		p      *Person
		rank   int // worst word rule rank
		rule   Rule
		exact  int // words matched exactly
		anyGiv bool
	}
	var best []res
	for _, p := range people {
		var r res
		r.p, r.rank = p, 99
		for _, f := range g.forms[p] {
			rank, rule, exact, ok := align(ws, f, match)
			if !ok {
				continue
			}
			if rank < r.rank || (rank == r.rank && exact > r.exact) {
				r.rank, r.rule, r.exact = rank, rule, exact
				if rule == Exact && f.rule != Exact {
					r.rule = Alias
				}
			}
		}
		if r.rank == 99 && q.Titled {
			// Machine-translated given name: surname exact and unique.
			last := ws[len(ws)-1]
			if wi := g.words[last]; wi != nil && len(wi.lone) == 1 && wi.lone[0] == p && !lx.common[last] && !wi.weak && len(ws) == 2 {
				r.rank, r.rule, r.exact, r.anyGiv = 3, Transliteration, 1, true
			}
		}
		if r.rank == 99 {
			continue
		}
		switch {
		case len(best) == 0 || r.rank < best[0].rank || (r.rank == best[0].rank && r.exact > best[0].exact):
			best = []res{r}
		case r.rank == best[0].rank && r.exact == best[0].exact:
			best = append(best, r)
		}
	}
	if len(best) == 0 {
		return Match{}
	}
	b := best[0]
	if len(best) > 1 {
		ps := make([]*Person, len(best))
		for i, x := range best {
			ps[i] = x.p
		}
		p := g.choose(ps, q)
		if p == nil {
			return Match{}
		}
		for _, x := range best {
			if x.p == p {
				b = x
			}
		}
	}
	var conf Confidence
	switch {
	case b.anyGiv:
		conf = Medium
	case b.rule == Exact || b.rule == Alias:
		conf = High
	case b.rule == EditDistance:
		conf = Low
		if b.exact > 0 || q.Titled {
			conf = Medium
		}
	case b.exact > 0:
		conf = High
	default:
		conf = Medium
	}
	if len(best) > 1 {
		conf = min(conf, Medium)
	}
	return g.result(b.p, conf, b.rule, q)
}

// align matches the query words in order against a subsequence of the
// form's words fs that includes the form's surname (see surnameIndex),
// using match(i, fw) to compare query word i with a form word. It returns
// the worst word rank and rule and the number of exact words.
func align(qs []string, f form, match func(int, string) (Rule, bool)) (rank int, rule Rule, exact int, ok bool) {
	fs, sur, alt := f.words, f.sur, f.alt
	if len(qs) > len(fs) || len(qs) < 2 {
		return 0, None, 0, false
	}
	bestRank, bestRule, bestExact, found := 99, None, 0, false
	var walk func(i, j, rank int, rule Rule, exact int, hasSur bool)
	walk = func(i, j, rank int, rule Rule, exact int, hasSur bool) {
		if i == len(qs) {
			if !hasSur {
				return
			}
			if !found || rank < bestRank || (rank == bestRank && exact > bestExact) {
				bestRank, bestRule, bestExact, found = rank, rule, exact, true
			}
			return
		}
		for jj := j; jj <= len(fs)-(len(qs)-i); jj++ {
			r, ok := match(i, fs[jj])
			if !ok {
				continue
			}
			rk, rl, ex := rank, rule, exact
			if wordRank(r) > rk {
				rk, rl = wordRank(r), r
			}
			if r == Exact {
				ex++
			}
			walk(i+1, jj+1, rk, rl, ex, hasSur || jj == sur || jj == alt)
		}
	}
	walk(0, 0, 0, Exact, 0, false)
	if !found {
		return 0, None, 0, false
	}
	return bestRank, bestRule, bestExact, true
}

// Role resolves a role phrase without a name ("the Russian President",
// "President of Russia", "the US President", "the German Chancellor", "the UN
// Secretary-General", "the Secretary-General", "Russia's President") to the
// person who held the office on q.Date, with Rule Role. The country comes
// from the phrase, else from q.Country; "Secretary-General" alone is the
// UN's. It returns the zero Match when the phrase names no known office, or
// when nobody or more than one person held it then. Confidence is High, or
// Medium for a term marked uncertain or with no date given (the current
// holder). It is safe for concurrent use.
func (g *Gazetteer) Role(phrase string, q Query) Match {
	lx := getLex()
	phrase = strings.TrimSpace(phrase)
	for _, suf := range []string{"'s", "’s"} {
		phrase = strings.TrimSuffix(phrase, suf)
	}
	k := Key(phrase)
	ws := strings.Fields(k)
	for len(ws) > 0 && (ws[0] == "the" || ws[0] == "his" || ws[0] == "her") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return Match{}
	}
	country := ""
	// Leading demonym or country ("russian", "russias", "the united states").
	for l := min(lx.maxDem, len(ws)-1); l >= 1 && country == ""; l-- {
		cand := strings.Join(ws[:l], " ")
		if c, ok := lx.demonym[cand]; ok {
			country, ws = c, ws[l:]
		} else if strings.HasSuffix(cand, "s") {
			if c, ok := lx.demonym[cand[:len(cand)-1]]; ok {
				country, ws = c, ws[l:]
			}
		}
	}
	// Trailing "of (the) <country>".
	if country == "" {
		for i := 1; i+1 < len(ws); i++ {
			if ws[i] != "of" {
				continue
			}
			rest := ws[i+1:]
			if len(rest) > 1 && rest[0] == "the" {
				if c, ok := lx.demonym[strings.Join(rest[1:], " ")]; ok {
					country, ws = c, ws[:i]
					break
				}
			}
			if c, ok := lx.demonym[strings.Join(rest, " ")]; ok {
				country, ws = c, ws[:i]
				break
			}
		}
	}
	office := strings.Join(ws, " ")
	if _, ok := g.offices[office]; !ok {
		if o, ok := lx.offices[office]; ok {
			office = Key(o)
		} else if _, ok := g.offices[g.officeKey(office, country)]; !ok {
			return Match{}
		}
	}
	if country == "" {
		country = q.Country
	}
	if country == "" {
		country = g.officeCountry(office)
	}
	if country == "" {
		return Match{}
	}
	p, t, unsure := g.holder(office, country, q.Date)
	if p == nil {
		return Match{}
	}
	conf := High
	if unsure || q.Date == "" {
		conf = Medium
	}
	return Match{Person: p, Confidence: conf, Rule: Role, Term: t}
}

// defaultOrg gives the organisation an office alone refers to.
var defaultOrg = map[string]string{
	"secretary general":                    "UN",
	"president of the european commission": "EU",
}

// officeCountry returns the default organisation for office key, or the
// only country with terms for it (g.soleCountry, made with g.terms), or
// "" for several or none. TestOfficeCountry holds it to the terms.
func (g *Gazetteer) officeCountry(office string) string {
	if c, ok := defaultOrg[office]; ok {
		return c
	}
	return g.soleCountry[office]
}

// looksMojibake reports whether s has the marks of UTF-8 decoded as
// Windows-1252 or Latin-1. Every mark is a letter of U+00C0 to U+00FF,
// whose UTF-8 starts with the byte 0xC3: a text without that byte, most
// of them, is ruled out by one fast search.
func looksMojibake(s string) bool {
	if strings.IndexByte(s, 0xC3) < 0 {
		return false
	}
	for _, r := range s {
		switch r {
		case 'Ã', 'Ä', 'Å', 'Ð', 'Ñ', 'Â', 'â', 'Ø', 'Ù', 'Ú', 'Û', 'Ü', 'Ý', 'Þ', 'ß', 'Æ', 'Ç', 'È', 'É', 'Ê', 'Ë':
			return true
		}
	}
	return false
}

// unMojibake returns s with its mojibake words re-encoded as Windows-1252
// (then Latin-1) and read as UTF-8, when that changes something.
func unMojibake(s string) []string {
	var out []string
	for _, cm := range []*charmap.Charmap{charmap.Windows1252, charmap.ISO8859_1} {
		ws := strings.Fields(s)
		changed := false
		for i, w := range ws {
			if !looksMojibake(w) {
				continue
			}
			b, err := cm.NewEncoder().Bytes([]byte(w))
			if err != nil || !utf8.Valid(b) {
				continue
			}
			if f := string(b); f != w {
				ws[i], changed = f, true
			}
		}
		if f := strings.Join(ws, " "); changed && !containsS(out, f) {
			out = append(out, f)
		}
	}
	return out
}

func containsS(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// stripBrackets removes the parts of s in parentheses or square brackets.
func stripBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[':
			depth++
			continue
		case ')', ']':
			if depth > 0 {
				depth--
				continue
			}
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameVariants calls yield, until it returns false, with each variant of w
// within budget OCR confusions that is a name word (a key of g.words), in
// the order of newOCRWalk's walk, among the first limit variants of that
// walk (all of them when limit is negative).
//
// When the walk cannot reach limit it skips, as newPrunedOCRWalk does, the
// variants that begin as no name word does: a word that shows c
// confusions has c variants within one, and at most c+c² within two, as
// each variant takes further confusions only after the one it undid.
// TestNameVariants holds it to the whole walk.
func (g *Gazetteer) nameVariants(w string, budget, limit int, yield func(v string) bool) {
	var buf [(maxOCRBudget + 1) * maxFuzzyWord]byte
	var walk ocrWalk
	if c := ocrConfusions(w); limit < 0 || c+c*c <= limit {
		walk, limit = newPrunedOCRWalk(w, budget, buf[:], g.prefixes, nil), -1
	} else {
		walk = newOCRWalk(w, budget, buf[:])
	}
	for n := 0; limit < 0 || n < limit; n++ {
		v, _, ok := walk.next()
		if !ok {
			return
		}
		if g.words[string(v)] != nil && !yield(string(v)) {
			return
		}
	}
}

// ocrConfusions returns the number of OCR confusions w shows: the
// variants an ocrWalk of budget one yields.
func ocrConfusions(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		for _, p := range ocrByFirst[w[i]] {
			if len(p[0]) == 1 || i+1 < len(w) && w[i+1] == p[0][1] {
				n++
			}
		}
	}
	return n
}

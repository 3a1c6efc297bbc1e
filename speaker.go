package readout

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/readout-go/readout/internal/names"
)

// A mention is a person named in a sentence, with the title around the
// name: "Prime Minister of Bulgaria Boyko Borissov", "Russian president
// Vladimir Putin", "Mr Medvedev", "the Russian President".
type mention struct {
	from, to    int    // token range of the whole mention, title included
	nameFrom    int    // first token of the name proper; == to for a bare role
	title       string // the title as written, "" when none
	country     string // ISO code from a demonym or "of Country", "" if none
	name        string // the name as read (repaired words), "" for a role
	former      bool   // "former President X": not the office-holder
	match       names.Match
	participant int // index into document.parts, -1 when not a principal
}

// mentionStarts are lower-case words a mention may start with.
var mentionStarts = wordSet(`the his her their former late`)

// nameParticles are lower-case words that stand inside names.
var nameParticles = wordSet(`bin bint ibn al el von van der den de da do dos das du la le di del
	y e abu al- ben`)

// isParticle reports whether k is one of nameParticles; a word longer
// than any of them is ruled out without hashing it.
func isParticle[K string | []byte](k K) bool {
	return len(k) <= maxParticle && nameParticles[string(k)]
}

// maxParticle is the length of the longest word of nameParticles.
var maxParticle = func() int {
	n := 0
	for w := range nameParticles {
		n = max(n, len(w))
	}
	return n
}()

// notNames are capitalised words that do not begin or continue a name.
var notNames = wordSet(`the a an in on at during after before this that these those it he she they we
	i his her their our its as for with by from both also however yesterday today tomorrow
	readout meeting telephone conversation remarks statement talks call phone and or but
	january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr
	russian-chinese see all news trip visit while when where if then there here so
	afterwards later earlier following opening speaking according within without
	if what who whom which whose how why once again thank thanks yes no well
	excellency majesty highness president minister prime chancellor king queen emir amir
	crown prince secretary general state federal republic people kingdom government
	office side sides parties leaders leader heads head delegation delegations
	united states nations union european commission council ministry foreign affairs
	english russian chinese q`)

// findMentions returns the persons and roles named in toks. The slice is
// carved from the document's arena of mentions: it stays valid, and
// appending to it copies it.
func (d *document) findMentions(toks []token) []mention { return d.scanMentions(toks, false) }

// leadingMentions is findMentions for a caller that wants the mentions of
// toks only when the first starts at toks[0] (a subject: "President Xi
// and ..."): it returns nil when it does not, without reading on.
func (d *document) leadingMentions(toks []token) []mention { return d.scanMentions(toks, true) }

// scanMentions is findMentions, and leadingMentions when leading is set.
// mentionAt parses each mention in place, into the arena's next slot (see
// mentionSlot), which the arena takes in when there is one: a mention is
// large, and most words start none. A slot where mentionAt finds none
// keeps no strings (which release would not clear): it sets a country
// only after a title, and a title is a mention.
func (d *document) scanMentions(toks []token, leading bool) []mention {
	if len(d.mentions) > maxMentionArena {
		// Start a new arena; the slices already returned keep the old.
		d.mentions = nil
	}
	start := len(d.mentions)
	i := 0
	if leading && len(toks) > 0 {
		m := d.mentionSlot()
		if !mayStartMention(&toks[0]) || !d.mentionAt(toks, 0, m) {
			return nil
		}
		if m.from != 0 {
			*m = mention{} // it holds the text's strings
			return nil
		}
		d.mentions = d.mentions[:start+1]
		i = m.to
	}
	for i < len(toks) {
		if mayStartMention(&toks[i]) {
			if m := d.mentionSlot(); d.mentionAt(toks, i, m) {
				d.mentions = d.mentions[:len(d.mentions)+1]
				i = m.to
				continue
			}
		}
		i++
	}
	return d.mentions[start:len(d.mentions):len(d.mentions)]
}

// mentionSlot returns the slot after the mentions of the arena, growing
// it if it is full.
func (d *document) mentionSlot() *mention {
	n := len(d.mentions)
	if n == cap(d.mentions) {
		d.mentions = slices.Grow(d.mentions, 1)
	}
	return &d.mentions[:n+1][n]
}

// mayStartMention reports whether a mention may start at token t (see
// mentionAt): a capitalised word, a title or a word of mentionStarts; but
// not a word that is no name unless it is also one of those or may be a
// demonym ("Russian President"). Punctuation, which has no class, starts
// none.
func mayStartMention(t *token) bool {
	return t.cls&(clsCap|clsMentionStart|clsTitle|clsPrefixed) != 0 &&
		t.cls&(clsNotName|clsMentionStart|clsTitle|clsPrefixed|clsDemonym) != clsNotName
}

// maxMentionArena bounds the mentions of a document's arena, so that a long
// text does not keep every mention it ever parsed.
const maxMentionArena = 1024

// mentionAt parses a mention starting at toks[i] into m, and reports
// whether there is one.
func (d *document) mentionAt(toks []token, i int, m *mention) bool {
	j := i
	lead, former := false, false
	if toks[j].cls&clsMentionStart != 0 {
		switch toks[j].lower() {
		case "the", "his", "her", "their":
			lead = true
			j++
		case "former", "late":
			former = true
			j++
		}
		// Most such words are followed by no title or name: "the two
		// sides".
		if j == len(toks) || !toks[j].word || toks[j].cls&(clsCap|clsTitle) == 0 && !isAllCaps(toks[j].text) {
			return false
		}
	}
	*m = mention{from: i, former: former, participant: -1}
	// The words of the title and of the name, kept on the stack: few
	// mentions have more.
	var titleBuf [4]string
	var nameBuf [6]string
	title := titleBuf[:0]
	for j < len(toks) {
		if toks[j].cls&(clsCap|clsDemonym) == clsCap|clsDemonym && m.country == "" {
			// A demonym counts only before a title: "Russian President".
			if n, _ := d.lex.titles.match(toks, j+1); n > 0 {
				if c, ok := d.tokenDemonym(&toks[j]); ok {
					m.country = c
					j++
					continue
				}
			}
		}
		n, t := d.lex.titles.match(toks, j)
		if n == 0 {
			break
		}
		title = append(title, t)
		j += n
		// Most titles are followed by no "of": titleOf is asked only
		// after one.
		if j < len(toks) && toks[j].lower() == "of" {
			j = d.titleOf(toks, j, m)
		}
		// "Crown Prince and Prime Minister Salman": one person with two
		// offices; but "the Vice President and Prime Minister Holness" are
		// two people.
		if j < len(toks) && toks[j].lower() == "and" && !lead {
			if n2, _ := d.lex.titles.match(toks, j+1); n2 > 0 {
				j++
			}
		}
	}
	m.nameFrom = j
	// The name: capitalised words, initials and particles.
	k := j
	nameWords := nameBuf[:0]
	for k < len(toks) {
		t := &toks[k]
		if !t.word {
			// ", Jr." after a name.
			if t.text == "," && k+1 < len(toks) && isSuffix(toks[k+1].text) && len(nameWords) > 0 {
				k += 2
				continue
			}
			break
		}
		if t.cap() || isAllCaps(t.text) {
			if t.cls&clsNotName != 0 && !(len(nameWords) > 0 && isSuffix(t.text)) {
				break
			}
			if t.cls&clsDemonym != 0 && len(nameWords) == 0 && d.isDemonym(t) {
				break
			}
			if n, _ := d.lex.titles.match(toks, k); n > 0 {
				break
			}
			w := stripPossessive(t.text)
			nameWords = append(nameWords, w)
			k++
			if len(w) < len(t.text) {
				break // "Putin's": the name ends at a possessive
			}
			continue
		}
		if t.cls&(clsParticle|clsPrefixed) != 0 && (len(nameWords) > 0 || len(title) > 0) {
			if e := particleRun(toks, k); e > k {
				for ; k < e; k++ {
					nameWords = append(nameWords, toks[k].text)
				}
				continue
			}
		}
		break
	}
	if len(nameWords) == 0 {
		if len(title) == 0 {
			return false
		}
		// A bare role: "the President", "the Russian President",
		// "President of Russia".
		m.to = j
		m.title = spaced(title)
		if !lead {
			m.from = i
		}
		return true
	}
	if len(title) == 0 && len(nameWords) == 1 && !d.knownWord(nameWords[0], &toks[j]) {
		// A lone capitalised word with no title is a name only if it is
		// known: the surname of a participant or of a leader.
		return false
	}
	if lead && len(title) == 0 {
		m.from = i + 1
	}
	nameEnd := k // the name's tokens are toks[j:nameEnd]
	// "Abdullah II of Jordan", "Kyriakos Mitsotakis of Greece".
	if k < len(toks) && toks[k].lower() == "of" {
		if c, kk := d.ofCountry(toks, k); c != "" {
			if m.country == "" {
				m.country = c
			}
			k = kk
		}
	}
	m.to = k
	m.title = spaced(title)
	m.name = nameWords[0] // as joinIn has it, without a call for one word
	if len(nameWords) > 1 {
		m.name = d.nameText(toks[j:nameEnd], nameWords)
	}
	return true
}

// isDemonym reports whether token t, which has the demonym class, is a
// demonym or a country, as tokenDemonym does. A word whose lower case is
// its key has the class only when it is one of names.DemonymWords (the
// vocabulary gives it; classify gives it to no other such word), so it is
// one without a look-up.
func (d *document) isDemonym(t *token) bool {
	if lowIsTextKey(t) {
		return true
	}
	_, ok := d.demonym(t.text)
	return ok
}

// nameText returns words, the words of a name read from the tokens of
// toks, joined by single spaces, as joinIn does. When words are those
// of toks, one each, the last maybe without a possessive ending, and the
// tokens are unrepaired (their text is that of the document) and stand
// one space apart, it is the slice of the text they stand in, found
// without comparing the words with the text.
func (d *document) nameText(toks []token, words []string) string {
	last := len(toks) - 1
	if len(toks) != len(words) || toks[last].repaired {
		return joinIn(d.text, toks[0].start, words)
	}
	for x := range toks[:last] {
		if toks[x].repaired || toks[x+1].start != toks[x].end+1 || d.text[toks[x].end] != ' ' {
			return joinIn(d.text, toks[0].start, words)
		}
	}
	return d.text[toks[0].start : toks[last].start+len(words[last])]
}

// titleOf reads what follows a title at the "of" at toks[j] into
// m.country: "President of Belarus", "Prime Minister of the Kyrgyz
// Republic"; but "Head of British Petroleum Robert Dudley" names a
// company. It returns the index where the name may start: j when neither
// follows.
func (d *document) titleOf(toks []token, j int, m *mention) int {
	c, ck := d.ofCountry(toks, j)
	org := 0
	if c == "" || !nameFollows(toks, ck) {
		if org = d.orgName(toks, j+1); org <= j+1 {
			org = 0
		}
	}
	if org > 0 {
		if c != "" && ck == org {
			m.country = c
		}
		return org
	}
	if c != "" {
		m.country = c
		return ck
	}
	return j
}

// particleRun returns the index after the words of a name at toks[k]
// that particles start, a word with a particle or a run of particles
// before a name word: "Ursula von der Leyen", "President von der Leyen",
// "Nouri al-Maliki", "Salman bin Hamad". It returns k when there are
// none.
func particleRun(toks []token, k int) int {
	if toks[k].prefixed() {
		return k + 1
	}
	e := k
	for e < len(toks) && toks[e].cls&clsParticle != 0 {
		e++
	}
	if e < len(toks) && toks[e].word && (toks[e].cap() || toks[e].prefixed()) && toks[e].cls&clsNotName == 0 {
		return e
	}
	return k
}

// spaced returns words joined by spaces, as strings.Join does, without a
// call for one word, as most titles are.
func spaced(words []string) string {
	if len(words) == 1 {
		return words[0]
	}
	return strings.Join(words, " ")
}

// orgName returns the index where the name starts after "Title of" at
// toks[i] when an organisation stands between them: the run of
// capitalised words is split so that its last two words (with any
// particles between them) are the name. It returns i when there is no
// such run.
func (d *document) orgName(toks []token, i int) int {
	k := i
	if k < len(toks) && toks[k].lower() == "the" {
		k++
	}
	var caps []int
	for k < len(toks) && toks[k].word {
		switch {
		case toks[k].cap() && toks[k].cls&clsNotName == 0 || toks[k].cap() && len(caps) == 0:
			caps = append(caps, k)
		case toks[k].cls&clsParticle != 0 && len(caps) > 0:
		default:
			k = len(toks)
			continue
		}
		if len(stripPossessive(toks[k].text)) < len(toks[k].text) {
			break
		}
		k++
	}
	if len(caps) < 3 {
		return i
	}
	// Prefer a known leader's full name at the end of the run.
	for n := len(caps) - 2; n >= 1; n-- {
		from := caps[n]
		name := d.text[toks[from].start:toks[caps[len(caps)-1]].end]
		if m := d.lookup(name, names.Query{Date: d.date}); m.Person != nil && m.Confidence >= names.High {
			return from
		}
	}
	return caps[len(caps)-2]
}

// nameFollows reports whether a name follows a country ("of Country
// Name..."): at least two capitalised words or particles at toks[k].
func nameFollows(toks []token, k int) bool {
	n := 0
	for ; k < len(toks) && toks[k].word && (toks[k].cap() || toks[k].cls&clsParticle != 0); k++ {
		n++
	}
	return n >= 2
}

// ofCountry parses "of Greece", "of the Russian Federation" at toks[i]:
// the country code and the index after it.
func (d *document) ofCountry(toks []token, i int) (string, int) {
	if i+1 >= len(toks) || toks[i].lower() != "of" {
		return "", i
	}
	j := i + 1
	if toks[j].lower() == "the" {
		j++
	}
	// Try the longest run of capitalised words that names a country.
	if c, k := d.longestCountry(toks, j, 6, true); c != "" {
		return c, k
	}
	return "", i
}

// longestCountry returns the country named by the longest run of at most
// max words at toks[i], and the index after the run: "", i when none is.
// A run of a name's words holds only capitalised words, "of" and "and",
// each read without a possessive ending.
func (d *document) longestCountry(toks []token, i, max int, name bool) (string, int) {
	best, bestEnd := "", i
	ascii := true
	var buf [64]byte
	key := buf[:0] // the key of the run, while it is ASCII
	for k := i; k < len(toks) && k < i+max; k++ {
		if name && (!toks[k].word || !(toks[k].cap() || toks[k].lower() == "of" || toks[k].lower() == "and")) {
			break
		}
		if ascii = ascii && isASCII(toks[k].text); ascii {
			// The country of the run is that of its key; a run that
			// starts no name ends the search, as no longer run names one
			// (see countryRuns).
			key = appendRunKey(key, &toks[k], name)
			c, ok := runCountries()[string(key)]
			if !ok {
				break
			}
			if c != "" {
				best, bestEnd = c, k+1
			}
			continue
		}
		if c, ok := d.demonym(d.phrase(toks[i:k+1], name)); ok {
			best, bestEnd = c, k+1
		}
	}
	return best, bestEnd
}

// runCountries returns the country Demonym gives each run of
// countryRuns, "" for a run that is no whole name: longestCountry reads
// the country of a run of ASCII words from its key, without joining the
// words and keying them again. It is made on first use, once the
// gazetteer is loaded.
var runCountries = sync.OnceValue(func() map[string]string {
	g, runs := names.Default(), theLexicon().countryRuns
	countries := make(map[string]string, len(runs))
	for k := range runs {
		countries[k], _ = g.Demonym(k)
	}
	return countries
})

// appendRunKey appends to key, the key of a run of ASCII tokens, that of
// the run with token t after it (t's text without a possessive ending when
// strip is set): the key of each word, itself when it is a lower-case
// word, with a space between them, as names.Key makes the key of the words
// joined by spaces. A token's own key has no space at either end, and that
// of punctuation is empty.
func appendRunKey(key []byte, t *token, strip bool) []byte {
	if lowIsTextKey(t) {
		return appendSpaced(key, t.low)
	}
	w := t.text
	if strip {
		w = stripPossessive(w)
	}
	var buf [64]byte
	return appendSpaced(key, names.KeyBytes(buf[:], w))
}

// lowIsKey reports whether t.low is a key word (isKeyWord), without
// reading it for a word that lacks the demonym class: classify gives that
// class to every word whose lower case is no key word.
func lowIsKey(t *token) bool {
	return t.word && t.cls&clsDemonym == 0 || isKeyWord(t.low)
}

// lowIsTextKey reports whether t.low is the key of t's text: a key word
// that lower-casing made without changing the text's length (so that no
// rune was folded or dropped), which names.Key would return.
func lowIsTextKey(t *token) bool { return len(t.low) == len(t.text) && lowIsKey(t) }

// appendSpaced appends w to b, after a space unless b is empty; an empty w
// adds nothing.
func appendSpaced[W string | []byte](b []byte, w W) []byte {
	if len(w) == 0 {
		return b
	}
	if len(b) > 0 {
		b = append(b, ' ')
	}
	return append(b, w...)
}

// phrase returns the words of toks joined by single spaces, each without
// a possessive ending when strip is set: a slice of the text where they
// stand so in it (see joinIn).
func (d *document) phrase(toks []token, strip bool) string {
	var buf [8]string
	words := buf[:0]
	for k := range toks {
		w := toks[k].text
		if strip {
			w = stripPossessive(w)
		}
		words = append(words, w)
	}
	return joinIn(d.text, toks[0].start, words)
}

// regnal numbers stay in a name ("Abdullah II"); other suffixes go.
var regnal = map[string]bool{"II": true, "III": true, "IV": true, "V": true, "VI": true}

// isPrefixedName reports a name word written with a lower-case article:
// "al-Maliki", "el-Sisi", "bin-Salman".
func isPrefixedName(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || strings.IndexByte(w[:min(len(w), 5)], '-') < 0 {
		return false
	}
	for _, p := range []string{"al-", "el-", "ul-", "bin-", "ibn-", "ad-", "as-", "ash-", "at-", "az-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

func isSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "II", "III", "IV", "V", "VI", "MP", "QC", "KC", "OBE", "CBE", "KBE":
		return true
	}
	return false
}

// isAllCaps reports whether w has at least two upper-case letters and no
// lower-case one. A word that starts with a lower-case ASCII letter, as
// most do that mentionAt asks about, is ruled out here, where the test is
// inlined.
func isAllCaps(w string) bool {
	if w != "" && 'a' <= w[0] && w[0] <= 'z' {
		return false
	}
	return allCaps(w)
}

// allCaps is isAllCaps for any word.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// knownWord reports whether w, the name word of token t (its text
// without a possessive ending), is a name word of a participant or the
// surname of a leader in the gazetteer. The key of a word whose lower case
// is a key is that lower case (see appendRunKey), and the gazetteer is
// asked once per word and document: knownWord remembers its answers
// itself, so it asks the gazetteer directly rather than through the
// document's memo of look-ups. A settled word (clsSettled, most of the
// capitalised words it is asked about: "The", "Moscow") that
// SettledNobody rules out is not known without a look-up or the memo.
func (d *document) knownWord(w string, t *token) bool {
	if lowIsTextKey(t) {
		if partWord(d.parts, t.low) {
			return true
		}
		if t.cls&clsSettled != 0 && d.gaz.SettledNobody(t.low) {
			return d.unknownWord(w)
		}
	} else {
		var buf [64]byte
		if partWord(d.parts, names.KeyBytes(buf[:], w)) {
			return true
		}
	}
	known, ok := d.known[w]
	if !ok {
		known = d.gaz.Lookup(w, names.Query{Date: d.date}).Person != nil
		if len(d.known) < memoSize {
			d.known[w] = known
		}
	}
	if !known {
		return d.unknownWord(w)
	}
	return true
}

// unknownWord notes w as a word knownWord did not know, when
// d.noteUnknown asks it to, and returns false.
func (d *document) unknownWord(w string) bool {
	if d.noteUnknown {
		d.unknown = append(d.unknown, w)
	}
	return false
}

// A party is a participant under construction.
type party struct {
	Participant
	person    *names.Person
	words     []string  // keys of the name words, each once: canonical and as written
	first     string    // key of the first word of the canonical name
	keyed     string    // the name whose words are in words
	named     string    // the last name as written whose words are in words
	titles    []string  // lower-case titles the text gives the person
	wordRoom  [8]string // where words starts: a name and its variants have few words
	titleRoom [2]string // where titles starts: most people get one or two

	// wordSet holds the keys of words too once there are more than wordRoom
	// holds, so that a text naming someone in ever new ways is not read
	// in quadratic time.
	wordSet map[string]bool

	lowTitle, lowTitleOf string // Title in lower case, and the Title it is of

	// sig has the keyBit of each key of words, so that hasKey rules out
	// most keys that are not among them without reading them.
	sig uint64
}

// keyBit returns the bit of key k in a party's sig: one of 64, by the
// low bits of its first and last bytes.
func keyBit[K string | []byte](k K) uint64 {
	if len(k) == 0 {
		return 1
	}
	return 1 << (k[0]&7<<3 | k[len(k)-1]&7)
}

// addWord adds key k to the keys of the name words, unless they have it.
func (p *party) addWord(k string) {
	p.sig |= keyBit(k)
	if p.wordSet != nil {
		if !p.wordSet[k] {
			p.wordSet[k] = true
			p.words = append(p.words, k)
		}
		return
	}
	if slices.Contains(p.words, k) {
		return
	}
	p.words = append(p.words, k)
	if len(p.words) > len(p.wordRoom) {
		p.wordSet = make(map[string]bool, 2*len(p.words))
		for _, w := range p.words {
			p.wordSet[w] = true
		}
	}
}

// hasKey reports whether k is the key of a name word of party p.
func hasKey[K string | []byte](p *party, k K) bool {
	if p.sig&keyBit(k) == 0 {
		return false
	}
	if p.wordSet != nil {
		return p.wordSet[string(k)]
	}
	for _, w := range p.words {
		if w == string(k) {
			return true
		}
	}
	return false
}

// lowerTitle returns p.Title in lower case, made once per title: the
// lower case of the titles the text gives, which it often is, is taken
// from p.titles rather than made anew.
func (p *party) lowerTitle() string {
	if p.lowTitleOf != p.Title {
		p.lowTitle, p.lowTitleOf = "", p.Title
		if isASCII(p.Title) {
			for _, t := range p.titles {
				if isLowerASCII(t, p.Title) {
					p.lowTitle = t
					break
				}
			}
		}
		if p.lowTitle == "" {
			p.lowTitle = strings.ToLower(p.Title)
		}
	}
	return p.lowTitle
}

// resolve fills in m.match and m.participant.
func (d *document) resolve(m *mention) {
	q := d.mentionQuery(m)
	if m.name == "" {
		m.participant = d.roleParticipant(m)
		if m.participant < 0 {
			m.match = d.gaz.Role(d.roleText(m), q)
		}
		return
	}
	d.matchName(m, q)
	m.participant = d.nameParticipant(m)
}

// mentionQuery returns the query of the gazetteer that mention m asks: on
// the document's date, with m's country and title.
func (d *document) mentionQuery(m *mention) names.Query {
	return names.Query{Date: d.date, Country: m.country, Titled: m.title != "", Office: d.office(m.title)}
}

// matchName sets m.match to the gazetteer's match of m's name for query
// q, none when it is less than of Medium confidence.
func (d *document) matchName(m *mention, q names.Query) {
	m.match = d.lookup(m.name, q)
	if m.match.Confidence < names.Medium {
		m.match = names.Match{}
	}
}

func (d *document) roleText(m *mention) string {
	t := m.title
	if m.country != "" {
		t += " of " + m.country
	}
	return "the " + t
}

// nameParticipant returns the participant a named mention refers to, or -1.
func (d *document) nameParticipant(m *mention) int {
	if m.former {
		return -1
	}
	if p := m.match.Person; p != nil {
		for i, pt := range d.parts {
			if pt.person == p || pt.Name == p.Name {
				return i
			}
		}
		if severalWords(m.name) {
			return -1
		}
	}
	if len(d.parts) == 0 {
		return -1
	}
	// The keys of the name's words, particles left out, one after
	// another in buf; firstKept tells whether the first is the key of the
	// name's first word. A key no participant may have (see party.sig)
	// is left out too: it scores nothing; and so does a participant whose
	// sig has the bit of no key kept.
	var sig uint64
	for _, pt := range d.parts {
		sig |= pt.sig
	}
	var buf [128]byte
	var ends [8]int
	b, all := appendWordKeys(buf[:0], ends[:0], m.name)
	var kept [8][2]int32 // where the kept keys stand in b
	keys := kept[:0]
	var keysSig uint64
	firstKept, start := false, 0
	for wi, end := range all {
		if k := b[start:end]; sig&keyBit(k) != 0 && !isParticle(k) && string(k) != "al" {
			keys = append(keys, [2]int32{int32(start), int32(end)})
			keysSig |= keyBit(k)
			firstKept = firstKept || wi == 0
		}
		start = end
	}
	if len(keys) == 0 {
		return -1
	}
	best, bestScore := -1, 0
	for i, pt := range d.parts {
		if pt.sig&keysSig == 0 {
			continue // it scores 0
		}
		score := 0
		for ki, at := range keys {
			if k := b[at[0]:at[1]]; hasKey(pt, k) {
				score += 2
				if ki == 0 && firstKept && string(k) == pt.first {
					score++
				}
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		} else if score == bestScore && score > 0 {
			best = -2 // ambiguous
		}
	}
	if best < 0 {
		return -1
	}
	return best
}

// severalWords reports whether name has more than one word, as
// fieldCount(name, 2) > 1 tells: an ASCII name byte by byte, any other
// through fieldCount.
func severalWords(name string) bool {
	word, gap := false, false // a word has been read; white space after it
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= utf8.RuneSelf:
			return fieldCount(name, 2) > 1
		case c == ' ' || '\t' <= c && c <= '\r':
			gap = word
		case gap:
			return true
		default:
			word = true
		}
	}
	return false
}

// appendWordKeys appends to b the key of each word of name, as
// strings.Fields splits it and names.KeyBytes keys a word, and to ends the
// end of each key in b. A name of ASCII letters, digits and spaces, as
// most are, is keyed here byte by byte: the key of such a word is the word
// in lower case.
func appendWordKeys(b []byte, ends []int, name string) ([]byte, []int) {
	b0, ends0 := len(b), len(ends)
	// The keys are no longer than the name: they are written in place,
	// byte by byte, in the room after b.
	b = slices.Grow(b, len(name))
	out := b[len(b) : len(b)+len(name)]
	n, word := 0, false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if k := asciiKey[c]; k != 0 {
			out[n], n, word = k, n+1, true
			continue
		}
		if c != ' ' {
			// Any other byte: key the words one by one.
			b, ends = b[:b0], ends[:ends0]
			for w := range strings.FieldsSeq(name) {
				start := len(b)
				b = append(b, names.KeyBytes(b[start:], w)...)
				ends = append(ends, len(b))
			}
			return b, ends
		}
		if word {
			ends, word = append(ends, b0+n), false
		}
	}
	if word {
		ends = append(ends, b0+n)
	}
	return b[:b0+n], ends
}

// asciiKey holds the key of each ASCII letter and digit, as a one-byte
// word (see appendWordKeys): the letter in lower case, the digit itself;
// 0 for any other byte.
var asciiKey = func() (k [256]byte) {
	for c := range k {
		switch byteClass[c] {
		case classWord:
			k[c] = byte(c)
		case classUpper:
			k[c] = byte(c) + ('a' - 'A')
		}
	}
	return k
}()

// roleParticipant returns the participant a bare role refers to, or -1.
func (d *document) roleParticipant(m *mention) int {
	title := strings.ToLower(m.title)
	title = strings.TrimPrefix(title, "his ")
	title = strings.TrimPrefix(title, "her ")
	if title == "majesty" || title == "excellency" || title == "highness" || title == "royal highness" {
		// "His Majesty" is the monarch among the participants.
		for i, p := range d.parts {
			t := p.lowerTitle()
			if strings.Contains(t, "king") || strings.Contains(t, "queen") || strings.Contains(t, "emir") || strings.Contains(t, "amir") || strings.Contains(t, "sultan") {
				return i
			}
		}
		return -1
	}
	// "The President" with two presidents is the host's, who is listed
	// first: the readout is written from the host's side.
	for i, p := range d.parts {
		if (m.country == "" || p.Country == m.country) && titleFits(title, p) {
			return i
		}
	}
	if m.country != "" && (title == "leader" || title == "head" || title == "side") {
		for i, p := range d.parts {
			if p.Country == m.country {
				return i
			}
		}
	}
	return -1
}

// titleFits reports whether a role's title can name participant p.
func titleFits(title string, p *party) bool {
	if title == "" {
		return false
	}
	for _, t := range p.titles {
		if t == title {
			return true
		}
	}
	pt := p.lowerTitle()
	if pt == title {
		return true
	}
	switch title {
	case "president":
		// "President" does not name a vice president.
		return pt == "president" || pt == "acting president" || strings.HasPrefix(pt, "president ")
	case "chancellor", "federal chancellor":
		return strings.Contains(pt, "chancellor") && !strings.Contains(pt, "vice")
	case "amir", "emir":
		return pt == "amir" || pt == "emir"
	case "secretary-general", "secretary general":
		return strings.HasPrefix(strings.ReplaceAll(pt, "-", " "), "secretary general")
	}
	return strings.Contains(" "+pt+" ", " "+title+" ") && !strings.Contains(pt, "vice "+title) && !strings.Contains(pt, "deputy "+title)
}

// canonicalName returns the display name of a person found in the text but
// not in the gazetteer: the words as written without middle initials and
// suffixes ("Joseph R. Biden, Jr." -> "Joseph Biden").
func canonicalName(name string) string {
	var out []string
	for _, w := range strings.Fields(name) {
		if isSuffix(w) && len(out) > 0 && !regnal[w] {
			continue
		}
		if r, n := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && (len(w) == n || (len(w) == n+1 && w[n] == '.')) {
			continue // an initial
		}
		if isAllCaps(w) {
			w = titleCaseWord(w)
		}
		out = append(out, w)
	}
	return validUTF8(strings.Join(out, " "))
}

// titleCaseWord turns an all-capitals word of a transcript label into its
// usual form: "BIDEN" -> "Biden". Used only on words written in capitals.
func titleCaseWord(w string) string {
	if isASCII(w) {
		b := []byte(w)
		first := true
		for i, c := range b {
			switch {
			case first && 'a' <= c && c <= 'z':
				b[i] = c - ('a' - 'A')
			case !first && 'A' <= c && c <= 'Z':
				b[i] = c + ('a' - 'A')
			}
			first = c == '-' || c == '\''
		}
		return string(b)
	}
	return titleCaseRunes(w)
}

// titleCaseRunes is titleCaseWord for any text.
func titleCaseRunes(w string) string {
	var b strings.Builder
	first := true
	for _, r := range w {
		if first {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		first = r == '-' || r == '\''
	}
	return b.String()
}

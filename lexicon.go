package readout

import (
	"github.com/readout-go/readout/internal/names"

	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The word lists of readouts live in data/ as text files, embedded here
// as strings (which reading copies nothing of) and read once. Each file
// states its source and licence.
var (
	//go:embed data/cues.txt
	cuesTxt string
	//go:embed data/titles.txt
	titlesTxt string
	//go:embed data/groups.txt
	groupsTxt string
	//go:embed data/passives.txt
	passivesTxt string
	//go:embed data/cities.tsv
	citiesTSV string
	//go:embed data/venues.tsv
	venuesTSV string
	//go:embed data/houses.tsv
	housesTSV string
	//go:embed data/topics.tsv
	topicsTSV string
)

// A phrase is a sequence of lower-case words matched token by token.
type phrase []string

// A phraseSet finds phrases at a token position, longest first. It files
// the phrases by first word in an open-addressing table hashed by the
// word's signature (wordSig), which a look-up reads in fewer steps than a
// map.
type phraseSet struct {
	slots []phraseSlot // a power of two long, at most a quarter full
	used  int          // the slots that hold a word
	first wordClass    // when set, the class every first word has
	most  int          // the words of the longest phrase

	// pairs is a filter of the phrases by their first two words (see
	// matchAt): a bit set for each phrase, at most a thirty-second of
	// them, 64<<pairBits long. The bits of the phrases of one first word
	// are in one word of it (see pairWord), so that a look-up reads one
	// word for both the first word alone and it with the next.
	pairs    []uint64
	pairBits uint
	phrases  int // the phrases added
}

// A phraseSlot holds a first word and its phrases, longest first. A slot
// without phrases is empty.
type phraseSlot struct {
	word    string
	entries []phraseEntry
}

// A phraseEntry is a phrase, but for the first word its slot holds, and
// the value it stands for.
type phraseEntry struct {
	rest  phrase
	value string
}

// slot returns the slot of first word w: the one that holds it, or the
// empty slot where it would go. The table is hashed by the word's
// signature sig (wordSig(w)), which is cheaper than a hash of every byte
// and tells most first words of the lexicon apart.
func (ps *phraseSet) slot(w string, sig uint64) *phraseSlot {
	mask := uint64(len(ps.slots) - 1)
	for i := sig * 0x9e3779b97f4a7c15 >> 32 & mask; ; i = (i + 1) & mask {
		if s := &ps.slots[i]; s.entries == nil || s.word == w {
			return s
		}
	}
}

// firstWords calls yield with each word a phrase of ps starts with.
func (ps *phraseSet) firstWords(yield func(string) bool) {
	for _, s := range ps.slots {
		if s.entries != nil && !yield(s.word) {
			return
		}
	}
}

// reserve makes room in ps for n more first words, doubling its table as
// often as needed at once rather than as the words come.
func (ps *phraseSet) reserve(n int) {
	size := len(ps.slots)
	for 4*(ps.used+n) > size {
		size = max(16, 2*size)
	}
	if size == len(ps.slots) {
		return
	}
	old := ps.slots
	ps.slots = make([]phraseSlot, size)
	for _, s := range old {
		if s.entries != nil {
			*ps.slot(s.word, wordSig(s.word)) = s
		}
	}
}

// add adds phrase p, words separated by white space, for value.
func (ps *phraseSet) add(p string, value string) {
	ps.addWords(strings.Fields(p), value)
}

// addWords adds the phrase of words for value; a later phrase of the
// same words replaces the value.
func (ps *phraseSet) addWords(words phrase, value string) {
	if len(words) == 0 {
		return
	}
	ps.reserve(1)
	ps.most = max(ps.most, len(words))
	slot := ps.slot(words[0], wordSig(words[0]))
	if slot.entries == nil {
		ps.used++
	}
	list, rest := slot.entries, words[1:]
	for k, e := range list {
		if slices.Equal(e.rest, rest) {
			list[k].value = value // a later line wins, as in a map
			return
		}
	}
	// Keep longest first so the first match is the longest.
	i := 0
	for i < len(list) && len(list[i].rest) >= len(rest) {
		i++
	}
	list = append(list, phraseEntry{})
	copy(list[i+1:], list[i:])
	list[i] = phraseEntry{rest, value}
	*slot = phraseSlot{words[0], list}
	ps.phrases++
	if 32*ps.phrases <= 64*len(ps.pairs) {
		ps.addPair(words[0], rest)
		return
	}
	// Double the filter and set the bits of every phrase anew.
	for 32*ps.phrases > 64<<ps.pairBits {
		ps.pairBits++
	}
	ps.pairs = make([]uint64, 1<<ps.pairBits)
	for _, s := range ps.slots {
		for _, e := range s.entries {
			ps.addPair(s.word, e.rest)
		}
	}
}

// addPair sets the bit of the phrase of first word w and rest in the
// filter of pairs.
func (ps *phraseSet) addPair(w string, rest phrase) {
	key := wordSig(w)
	if len(rest) > 0 {
		key |= wordSig(rest[0]) << 32
	}
	ps.pairs[ps.pairWord(key)] |= pairBit(key)
}

// wordSig returns a signature of word w, which phrases' first two words
// are filtered by and their first words hashed by: the low byte of its
// length and three of its bytes, 32 bits in all; 0 for the empty word.
func wordSig(w string) uint64 {
	if w == "" {
		return 0
	}
	return uint64(uint8(len(w))) | uint64(w[0])<<8 | uint64(w[len(w)/2])<<16 | uint64(w[len(w)-1])<<24
}

// pairWord returns the index of the word of the filter of pairs for key,
// the signatures of a phrase's first two words (0 for the second of a
// phrase of one): it depends on the first only.
func (ps *phraseSet) pairWord(key uint64) uint64 {
	return key & (1<<32 - 1) * 0x9e3779b97f4a7c15 >> 32 & uint64(len(ps.pairs)-1)
}

// pairBit returns the bit of key in its word of the filter of pairs.
func pairBit(key uint64) uint64 {
	return 1 << (key * 0x9e3779b97f4a7c15 >> 58)
}

// hasPair reports whether the bit of key is set in the filter of pairs,
// which is not empty.
func (ps *phraseSet) hasPair(key uint64) bool {
	return ps.pairs[ps.pairWord(key)]&pairBit(key) != 0
}

// match returns the number of tokens of the longest phrase starting at
// toks[i], and its value; 0 when none starts there. It is kept small
// enough to be inlined, so that the test of the token's class, which
// rules out most tokens, costs no call.
func (ps *phraseSet) match(toks []token, i int) (n int, value string) {
	if i < len(toks) && ps.first&^toks[i].cls == 0 { // the class has every bit of first
		n, value = ps.matchAt(toks, i)
	}
	return
}

// matchAt is match for a token whose class has every bit of ps.first.
func (ps *phraseSet) matchAt(toks []token, i int) (int, string) {
	if !toks[i].word || len(ps.pairs) == 0 {
		return 0, ""
	}
	// The filter of pairs rules out most words that start only longer
	// phrases ("united") without finding their slot: it has neither the
	// bit of a phrase of the word alone nor that of one of the word and
	// the next.
	key := wordSig(toks[i].low)
	m := ps.pairs[ps.pairWord(key)]
	if m&pairBit(key) == 0 && (i+1 == len(toks) || m&pairBit(key|wordSig(toks[i+1].low)<<32) == 0) {
		return 0, ""
	}
	list := ps.slot(toks[i].low, key).entries
	for k := range list {
		if e := &list[k]; matchWords(toks, i+1, e.rest) {
			return 1 + len(e.rest), e.value
		}
	}
	return 0, ""
}

// matchAll returns the value of the phrase that toks are, word for word;
// false when they are none. It answers as match(toks, 0) of all of toks
// would, but reads only the phrases of their length.
func (ps *phraseSet) matchAll(toks []token) (string, bool) {
	if len(toks) == 0 || len(toks) > ps.most || ps.first&^toks[0].cls != 0 || !toks[0].word {
		return "", false
	}
	// The phrase toks would be has the bit of its first two words.
	key := wordSig(toks[0].low)
	if len(toks) > 1 {
		key |= wordSig(toks[1].low) << 32
	}
	if !ps.hasPair(key) {
		return "", false
	}
	for _, e := range ps.slot(toks[0].low, key&(1<<32-1)).entries {
		if len(e.rest) < len(toks)-1 {
			break // the rest are shorter still
		}
		if len(e.rest) == len(toks)-1 && matchWords(toks, 1, e.rest) {
			return e.value, true
		}
	}
	return "", false
}

func matchWords(toks []token, i int, p phrase) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		if toks[i+k].low != w {
			return false
		}
	}
	return true
}

// lexicon holds the word lists.
type lexicon struct {
	cues     phraseSet         // reporting verbs; value: the lemma
	speech   map[string]bool   // lemmas of verbs of speech, which continuations carry on
	titles   phraseSet         // titles; value: the title as reported
	offices  map[string]string // officeTitle of each value of titles
	lowers   map[string]string // the lower case of each office of offices
	groups   phraseSet
	passives phraseSet
	venues   []venue
	venueAt  phraseSet       // venue names and aliases; value: index into venues
	cities   map[string]city // key: lower-case name or alias
	topics   phraseSet       // topic variants; value: the canonical topic
	houses   []house         // title styles that name the host by office, by the first byte of their prefix
	// houses[houseFrom[c]:houseFrom[c+1]] are the houses whose prefix
	// starts with byte c (see housesFor).
	houseFrom [257]uint16

	// countryRuns holds the key (as names.Key makes it) of every run of
	// leading words of a demonym or country name, the whole name
	// included, also with "the" before it: "united", "united states",
	// "the united states". An ASCII run of words whose key is not in it
	// names no country, and no longer run that starts with it does.
	countryRuns map[string]bool

	// vocab classifies the lower-case words of the lists: the first
	// words of titles and reporting verbs; the words that, capitalised,
	// are never a garbled name (those, cities, months and function words);
	// demonyms, particles and the words that start mentions.
	vocab *vocabulary
}

type venue struct {
	name, city, country string
}

type city struct{ name, country string }

// A house is a source's title style that names the host by office alone:
// "PM call with ..." is the British Prime Minister's.
type house struct {
	prefix, office, country string
	fallback                bool // only when the text names fewer than two principals
}

// indexHouses sorts the houses by the first byte of their prefix, keeping
// the order of those that share it, and notes where each byte's run
// starts. Only prefixes with the same first byte can start the same
// title, so the order that decides between houses is kept.
func (l *lexicon) indexHouses() {
	slices.SortStableFunc(l.houses, func(a, b house) int { return int(firstByte(a.prefix)) - int(firstByte(b.prefix)) })
	for _, h := range l.houses {
		if h.prefix == "" {
			panic("readout: empty title prefix in the houses")
		}
		l.houseFrom[int(h.prefix[0])+1]++
	}
	for c := 1; c < len(l.houseFrom); c++ {
		l.houseFrom[c] += l.houseFrom[c-1]
	}
}

// housesFor returns the houses whose prefix may start title in lower
// case: those of its first byte when that is ASCII, and all of them when
// it is not, as the lower case of a rune may start with any byte.
func (l *lexicon) housesFor(title string) []house {
	if t0 := lowerFirst(title); t0 < utf8.RuneSelf {
		return l.houses[l.houseFrom[t0]:l.houseFrom[t0+1]]
	}
	return l.houses
}

type topic struct {
	name string
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func theLexicon() *lexicon {
	lexOnce.Do(func() { lex = loadLexicon() })
	return lex
}

func loadLexicon() *lexicon {
	cues, titles, groups := records(cuesTxt), records(titlesTxt), records(groupsTxt)
	passives, cities, venues := records(passivesTxt), records(citiesTSV), records(venuesTSV)
	houses, topics := records(housesTSV), records(topicsTSV)
	// The maps sized for the lines: they hold a few entries a line.
	l := &lexicon{cities: make(map[string]city, 2*len(cities)), speech: make(map[string]bool, len(cues))}
	// Room for the first words of the big sets: one a phrase at most.
	nCues, nVenues := 0, 0
	for _, f := range cues {
		nCues += strings.Count(f[0], "|") + 1
	}
	for _, f := range venues {
		if len(f) > 3 && f[3] != "" {
			nVenues += strings.Count(f[3], ",") + 1
		}
		nVenues++
	}
	l.cues.reserve(nCues)
	l.titles.reserve(len(titles))
	l.venueAt.reserve(nVenues)
	var cueKeys []string
	for _, f := range cues {
		line, speech := strings.CutPrefix(f[0], "+")
		forms := strings.Split(line, "|")
		if speech {
			l.speech[forms[0]] = true
		}
		for _, form := range forms {
			words := strings.Fields(strings.ToLower(form))
			l.cues.addWords(words, forms[0])
			cueKeys = append(cueKeys, cueKey(words))
		}
	}
	for _, f := range titles {
		name, as, _ := strings.Cut(f[0], "=")
		if as == "" {
			as = name
		}
		l.titles.add(strings.ToLower(name), as)
	}
	for _, f := range groups {
		l.groups.add(f[0], f[0])
		// "Two Presidents also exchanged views": the article may be missing.
		if rest, ok := strings.CutPrefix(f[0], "the "); ok {
			l.groups.add(rest, f[0])
		}
	}
	for _, f := range passives {
		l.passives.add(f[0], f[0])
	}
	for _, f := range cities {
		if len(f) < 2 {
			continue
		}
		c := city{name: f[0], country: f[1]}
		l.cities[strings.ToLower(f[0])] = c
		if len(f) > 2 {
			for _, a := range strings.Split(f[2], ",") {
				if a = strings.TrimSpace(a); a != "" {
					l.cities[strings.ToLower(a)] = c
				}
			}
		}
	}
	l.venues = make([]venue, 0, len(venues))
	var toks []token // scratch for phraseWords
	for _, f := range venues {
		if len(f) < 3 {
			continue
		}
		l.venues = append(l.venues, venue{name: f[0], city: f[1], country: f[2]})
		idx := strconv.Itoa(len(l.venues) - 1)
		l.venueAt.addWords(phraseWords(f[0], &toks), idx)
		if len(f) > 3 {
			for _, a := range strings.Split(f[3], ",") {
				l.venueAt.addWords(phraseWords(a, &toks), idx)
			}
		}
	}
	for _, f := range houses {
		if len(f) >= 3 {
			l.houses = append(l.houses, house{strings.ToLower(f[0]), f[1], f[2], len(f) > 3 && f[3] == "fallback"})
		}
	}
	l.indexHouses()
	for _, f := range topics {
		l.topics.addWords(phraseWords(f[0], &toks), f[0])
		if len(f) > 1 {
			for _, v := range strings.Split(f[1], ",") {
				l.topics.addWords(phraseWords(v, &toks), f[0])
			}
		}
	}
	l.offices, l.lowers = make(map[string]string), make(map[string]string)
	for _, slot := range l.titles.slots {
		for _, e := range slot.entries {
			o := officeTitle(e.value)
			l.offices[e.value], l.lowers[o] = o, strings.ToLower(o)
		}
	}
	l.countryRuns = countryRuns()
	demonyms := names.DemonymWords()
	vocab := newVocabulary(l.titles.used + l.cues.used + len(l.cities) + len(months) + len(notNames) +
		len(nameParticles) + len(mentionStarts) + len(demonyms) + len(verbLead) + len(meetingVerbs) + len(meetingWords) +
		l.topics.used + l.venueAt.used)
	mark := func(c wordClass, words ...string) {
		for _, w := range words {
			vocab.add(w, c)
		}
	}
	for w := range l.titles.firstWords {
		mark(clsTitle|clsPlain, w)
	}
	for w := range l.cues.firstWords {
		mark(clsCue|clsPlain, w)
	}
	mark(clsCueKey, cueKeys...)
	for w := range l.cities {
		mark(clsPlain, w)
	}
	for w := range months {
		mark(clsPlain, w)
	}
	for w := range notNames {
		mark(clsPlain|clsNotName, w)
	}
	for w := range nameParticles {
		mark(clsParticle, w)
	}
	for w := range mentionStarts {
		mark(clsMentionStart, w)
	}
	mark(clsDemonym, demonyms...)
	for w := range verbLead {
		mark(clsVerbLead, w)
	}
	for w := range meetingVerbs {
		mark(clsMeetingVerb, w)
	}
	for w := range meetingWords {
		mark(clsMeetingWord, w)
	}
	for w := range l.topics.firstWords {
		mark(clsTopic, w)
	}
	for w := range l.venueAt.firstWords {
		mark(clsVenue, w)
	}
	l.titles.first, l.cues.first, l.topics.first, l.venueAt.first = clsTitle, clsCue, clsTopic, clsVenue
	l.vocab = vocab
	return l
}

// cueKey returns the key word of the reporting verb or phrase of words:
// its longest word, the first of those as long. A sentence without the
// key word of any cue has none of them, and the key is rarely a word
// as common as the first words of some cues ("the issues discussed
// included", "a discussion took place", "had an exchange of views").
func cueKey(words phrase) string {
	key := ""
	for _, w := range words {
		if len(w) > len(key) {
			key = w
		}
	}
	return key
}

// countryRuns returns the keys of the runs of leading words of the
// demonyms and country names names.Gazetteer.Demonym knows, each also with
// "the" before it, as Demonym takes "the" before any name.
func countryRuns() map[string]bool {
	keys := names.DemonymKeys()
	// The runs, those with "the" included, number about twice the keys
	// (1,063 for 462): a map sized for that holds them without growing,
	// where one sized for four times the keys is twice as large.
	runs := make(map[string]bool, 2*len(keys))
	runs[""], runs["the"] = true, true
	add := func(k string) {
		for i := 1; i <= len(k); i++ {
			if i == len(k) || k[i] == ' ' {
				runs[k[:i]] = true
				runs["the "+k[:i]] = true
			}
		}
	}
	for _, k := range keys {
		add(k)
	}
	return runs
}

// phraseWords returns the words of p as the parser tokenizes it, lower
// case: "Washington D.C." -> "washington", "d.c.". It tokenizes into
// *scratch, which it keeps for the next call.
func phraseWords(p string, scratch *[]token) phrase {
	toks, _ := tokenizeWith(p, 0, len(p), (*scratch)[:0], nil, nil)
	*scratch = toks
	words := make(phrase, len(toks))
	for i, t := range toks {
		words[i] = t.low
	}
	return words
}

// records returns the tab-separated fields, trimmed of white space, of
// every line of an embedded data file that is neither blank nor a comment.
func records(data string) [][]string {
	recs := make([][]string, 0, strings.Count(data, "\n")+1)
	for data != "" {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		recs = append(recs, f)
	}
	return recs
}

package names

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The two big word lists, one key a line.
var (
	//go:embed lexicon/english_words.txt
	englishTxt string
	//go:embed lexicon/proper_nouns.txt
	properTxt string
)

// The short lists, one entry a line (see lexLines), as strings so that
// reading them copies nothing. The demonyms and the blocklist are also
// the sources of the settled words of the default gazetteer's name index
// (see nameIndexHeader).
var (
	//go:embed lexicon/blocklist.txt
	blocklistTxt string
	//go:embed lexicon/glue_words.txt
	glueTxt string
	//go:embed lexicon/common_surnames.txt
	commonTxt string
	//go:embed lexicon/titles.txt
	titlesTxt string
	//go:embed lexicon/given_names.txt
	givenTxt string
	//go:embed lexicon/demonyms.tsv
	demonymsTSV string
	//go:embed lexicon/offices.tsv
	officesTSV string
)

// lexicon holds the package's embedded word lists, shared by all
// gazetteers: the short lists and a table of the two big ones.
type lexicon struct {
	*shortLists
	words *wordTable // English words and dictionary proper nouns
}

// shortLists holds the short word lists of the lexicon: all that indexing
// a gazetteer's names needs until its last step, so that it need not wait
// for the table of the big lists when that has to be built (see bigTable).
type shortLists struct {
	block    map[string]bool
	glue     map[string]bool
	common   map[string]bool // common surnames: need context alone
	titles   map[string]bool // title keys (one or more words)
	maxTitle int             // most words in a title
	given    map[string]int  // given-name key → group id
	demonym  map[string]string
	maxDem   int
	// firstLen gives, for the first word of a title key or of a demonym
	// key, the most words of one that starts with it: a phrase whose first
	// word is none starts with no title or demonym.
	firstLen map[string]firstLens
	// glueTail holds every tail of two or more bytes of a glue word, true
	// for a glue word itself: a word that ends in no such tail ends in no
	// glue word with more before it either.
	glueTail map[string]bool
	offices  map[string]string // wording key → office
}

var (
	listsOnce sync.Once
	lists     *shortLists
	lexOnce   sync.Once
	lex       *lexicon
)

// getLists returns the short lists of the lexicon, loaded on first use.
func getLists() *shortLists {
	listsOnce.Do(func() { lists = loadLists() })
	return lists
}

// getLex returns the lexicon, loaded on first use.
func getLex() *lexicon {
	lexOnce.Do(func() {
		words := bigTable()
		lex = &lexicon{shortLists: getLists(), words: words}
		interned.lexicon.Store(words)
	})
	return lex
}

// lexLines returns the lines of a list of the lexicon that are neither
// blank nor a comment ("#"), without their line ends.
func lexLines(data string) []string {
	out := make([]string, 0, strings.Count(data, "\n")+1)
	for data != "" {
		var l string
		l, data, _ = strings.Cut(data, "\n")
		l = strings.TrimRight(l, "\r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

func loadLists() *shortLists {
	block, glue, common := lexLines(blocklistTxt), lexLines(glueTxt), lexLines(commonTxt)
	titles, given, demonyms := lexLines(titlesTxt), lexLines(givenTxt), lexLines(demonymsTSV)
	offices := lexLines(officesTSV)
	nGiven := 0
	for _, line := range given {
		nGiven += strings.Count(line, " ") + 1
	}
	l := &shortLists{
		block:    make(map[string]bool, len(block)),
		glue:     make(map[string]bool, len(glue)),
		common:   make(map[string]bool, len(common)),
		titles:   make(map[string]bool, len(titles)),
		given:    make(map[string]int, nGiven),
		demonym:  make(map[string]string, len(demonyms)),
		firstLen: make(map[string]firstLens),
		offices:  make(map[string]string, len(offices)),
	}
	for _, w := range block {
		l.block[Key(w)] = true
	}
	l.glueTail = make(map[string]bool, 4*len(glue))
	for _, w := range glue {
		l.glue[w] = true
		for i := 0; i <= len(w)-2; i++ {
			l.glueTail[w[i:]] = l.glueTail[w[i:]] || i == 0
		}
	}
	for _, w := range common {
		l.common[Key(w)] = true
	}
	for _, w := range titles {
		k := Key(w)
		l.titles[k] = true
		l.maxTitle = max(l.maxTitle, strings.Count(k, " ")+1)
		l.addFirstLen(k, false)
	}
	for i, line := range given {
		for _, w := range strings.Fields(line) {
			if _, dup := l.given[w]; !dup {
				l.given[w] = i + 1
			}
		}
	}
	for _, line := range demonyms {
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			continue
		}
		k := Key(f[0])
		if _, dup := l.demonym[k]; !dup {
			l.demonym[k] = f[1]
		}
		l.maxDem = max(l.maxDem, strings.Count(k, " ")+1)
		l.addFirstLen(k, true)
	}
	for _, line := range offices {
		f := strings.Split(line, "\t")
		if len(f) == 2 {
			l.offices[Key(f[0])] = f[1]
		}
	}
	return l
}

// firstLens gives, for a word, the most words of a title key and of a
// demonym key that start with it (see shortLists.firstLen): one look-up
// for both.
type firstLens struct{ title, dem int }

// addFirstLen raises the title (or, for dem, demonym) length of the first
// word of key k in l.firstLen to the number of words of k.
func (l *shortLists) addFirstLen(k string, dem bool) {
	w, _, _ := strings.Cut(k, " ")
	n, fl := strings.Count(k, " ")+1, l.firstLen[w]
	if dem {
		fl.dem = max(fl.dem, n)
	} else {
		fl.title = max(fl.title, n)
	}
	l.firstLen[w] = fl
}

// isEnglish reports whether key word w is a common English word.
func (l *lexicon) isEnglish(w string) bool { return l.words.kind(w)&englishWord != 0 }

// isBlocked reports whether key word w is an English word, a dictionary
// proper noun or a blocklisted place: a word never to repair or fuzz.
//
// Like KeyWord, it hashes w once, for the table of the big word lists and
// then for that of the interned words, which holds every word
// demonymOrBlocked knows (settledWord); without that table it asks
// demonymOrBlocked. TestKeyWord holds it to refKeyWord.
func (l *lexicon) isBlocked(w string) bool {
	h := WordHash(w)
	if l.words.kindHash(w, h) != 0 {
		return true
	}
	if t := interned.names.Load(); t != nil {
		return t.kindHash(w, h)&settledWord != 0
	}
	return l.demonymOrBlocked(w)
}

// isBlockedKey is isBlocked for a key word in bytes, which it does not
// copy: KeyWord's settled.
func (l *lexicon) isBlockedKey(w []byte) bool {
	_, settled := l.keyWord(w)
	return settled
}

// demonymOrBlocked reports whether key word w is a demonym or country, or
// a blocklisted place: isBlocked's test beyond the big word lists.
func (l *lexicon) demonymOrBlocked(w string) bool {
	_, dem := l.demonym[w]
	return dem || l.block[w]
}

// hit is a way to reach a person from a string.
type hit struct {
	p    *Person
	rule Rule
	conf Confidence
	disp string // the name form as written (for repairs)
}

// form is one name of a person as key words.
type form struct {
	words    []string
	rule     Rule // Exact (canonical), Alias or Transliteration (from another script)
	sur, alt int  // surname index (see surnameIndex) and a second one (-1: none)
}

func newForm(ws []string, r Rule, country string) form {
	sur, end, _ := surnameIndex(ws, country)
	alt := -1
	if familyFirstOf(country) == 2 {
		alt = end - 1
	}
	return form{words: ws, rule: r, sur: sur, alt: alt}
}

// wordInfo describes one name word (key).
type wordInfo struct {
	display string    // as written in the gazetteer
	persons []*Person // people whose names contain it
	lone    []*Person // people it designates alone (surnames)
	canon   bool      // the word is part of a canonical name
	weak    bool      // alone it needs context (a title): regnal or given names
}

// termRef is one term of a person, indexed by office and country.
type termRef struct {
	p *Person
	t *Term
}

// Gazetteer is a set of people with their terms of office and aliases, with
// the indexes that Lookup, Role, Holder and FixWord use. Build one with
// Default or Load; the zero Gazetteer is empty and usable. A Gazetteer is
// immutable after it is built and safe for concurrent use.
type Gazetteer struct {
	people   []*Person
	byName   map[string]*Person
	raw      map[string]hit   // canonical names and aliases as written (unambiguous)
	keys     map[string][]hit // keys of canonical names, aliases and name suffixes
	swapped  map[string][]hit // keys of names with the family name moved
	squashed map[string][]hit // keys without spaces
	words    map[string]*wordInfo
	lone     keyFilter // of the keys of one word in keys, squashed and words
	phrases  keyFilter // of the keys of several words in keys and swapped
	prefixes prefixSet // of the keys of words, for fixOCR
	forms    map[*Person][]form
	wordFix  map[string]string    // exonym word key → canonical word display
	terms    map[string][]termRef // office key + "\x00" + country
	offices  map[string]string    // office key → office

	officeNorms map[string]string // office of a term → officeNorm of it
	soleCountry map[string]string // office key → its only country of terms, "" for several

	fuzzyOnce sync.Once
	fz        *fuzzyIndex // of the words of words; see fuzzy

	// interned is the table of interned words of the name index of the
	// default gazetteer (see nameIndex), set on that one only: its kinds
	// tell keeps the words of canonical names.
	interned *wordTable
}

// Load reads a gazetteer in the format of gazetteer.tsv: UTF-8, tab-separated,
// "#" comment lines and blank lines ignored, one record a line:
//
//	P  name  country  qid
//	T  name  office  country  start  end  flag
//	A  name  alias  kind  lang
//
// T and A records must name a person of a P record (in any order). It returns
// an error naming the line of the first malformed record. The result is
// immutable and safe for concurrent use.
func Load(r io.Reader) (*Gazetteer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return parse(string(b), nil)
}

// aliasRec is an A record.
type aliasRec struct {
	name, alias, kind, lang string
}

// maxLine bounds a line of a gazetteer, as a bufio.Scanner with a 1 MB
// buffer would.
const maxLine = 1 << 20

// parse reads a gazetteer (see Load). keys holds the keys of some of its
// names, which then need not be computed (see readKeys), or is nil.
func parse(data string, keys map[string]string) (*Gazetteer, error) {
	type termRec struct {
		name string
		t    Term
		line int
	}
	// Room for the records, counted roughly.
	nP, nT, nA := recordCounts(data)
	g := &Gazetteer{people: make([]*Person, 0, nP), byName: make(map[string]*Person, nP)}
	people := make([]Person, 0, nP)
	terms := slab[Term]{buf: make([]Term, 0, nT)}
	var late []termRec // terms met before the P record of their person
	var last *Person   // the person of the last P record
	aliases := make([]aliasRec, 0, nA)
	line := 0
	for rest := data; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		line++
		if len(l) >= maxLine {
			return nil, bufio.ErrTooLong
		}
		l = strings.TrimRight(l, "\r")
		if l == "" || l[0] == '#' {
			continue
		}
		var buf [8]string
		f := splitFields(buf[:0], l)
		switch f[0] {
		case "P":
			if len(f) < 3 || f[1] == "" {
				return nil, fmt.Errorf("names: line %d: P record needs name and country", line)
			}
			if _, dup := g.byName[f[1]]; dup {
				return nil, fmt.Errorf("names: line %d: duplicate person %q", line, f[1])
			}
			people = append(people, Person{Name: f[1], Country: f[2]})
			p := &people[len(people)-1]
			if len(f) > 3 {
				p.QID = f[3]
			}
			g.people = append(g.people, p)
			g.byName[p.Name] = p
			last = p
		case "T":
			if len(f) < 6 {
				return nil, fmt.Errorf("names: line %d: T record needs name, office, country, start, end", line)
			}
			t := Term{Office: f[2], Country: f[3], Start: f[4], End: f[5]}
			if len(f) > 6 && f[6] == "?" {
				t.Uncertain = true
			}
			if !validDate(t.Start) || !validDate(t.End) {
				return nil, fmt.Errorf("names: line %d: bad date", line)
			}
			if p := g.person(f[1], last); p != nil {
				p.Terms = terms.append(p.Terms, p, t)
			} else {
				late = append(late, termRec{f[1], t, line})
			}
		case "A":
			if len(f) < 3 || f[2] == "" {
				return nil, fmt.Errorf("names: line %d: A record needs name and alias", line)
			}
			a := aliasRec{name: f[1], alias: f[2]}
			if len(f) > 3 {
				a.kind = f[3]
			}
			if len(f) > 4 {
				a.lang = f[4]
			}
			aliases = append(aliases, a)
		default:
			return nil, fmt.Errorf("names: line %d: unknown record type %q", line, f[0])
		}
	}
	for _, tr := range late {
		if g.byName[tr.name] == nil {
			return nil, fmt.Errorf("names: line %d: term of unknown person %q", tr.line, tr.name)
		}
	}
	// A person's terms in file order: those met before the person first.
	for i := len(late) - 1; i >= 0; i-- {
		p := g.byName[late[i].name]
		p.Terms = slices.Insert(p.Terms, 0, late[i].t)
	}
	as := slab[string]{buf: make([]string, 0, len(aliases))}
	var p *Person // the person of the alias before
	for _, a := range aliases {
		p = g.person(a.name, p)
		if p == nil {
			return nil, errors.New("names: alias of unknown person " + a.name)
		}
		p.Aliases = as.append(p.Aliases, p, a.alias)
	}
	for _, p := range g.people {
		slices.SortStableFunc(p.Terms, func(a, b Term) int { return strings.Compare(a.Start, b.Start) })
	}
	g.index(aliases, keys)
	return g, nil
}

// person returns the person named name: last, the person of a record
// before, when it is (the records of a person mostly come together), else
// the one of g.byName, or nil.
func (g *Gazetteer) person(name string, last *Person) *Person {
	if last != nil && last.Name == name {
		return last
	}
	return g.byName[name]
}

// A slab cuts the terms or aliases of the people of a gazetteer from one
// array, as long as the records of each person come together (as in
// gazetteer.tsv); it appends those of a person met again later as append
// does.
type slab[T any] struct {
	buf   []T     // the records so far, of room enough for all
	owner *Person // the person whose records end buf
}

// append returns ts, the records of p so far, with t appended: cut from
// s.buf if there is room and ts is empty or ends it.
func (s *slab[T]) append(ts []T, p *Person, t T) []T {
	if len(s.buf) == cap(s.buf) || len(ts) > 0 && s.owner != p {
		return append(ts, t)
	}
	s.buf, s.owner = append(s.buf, t), p
	return s.buf[len(s.buf)-len(ts)-1 : len(s.buf) : len(s.buf)]
}

// readKeys returns the names and keys of data, in the format of
// gazetteer_keys.tsv: "#" comment lines, then one name a line, a tab and its
// key.
func readKeys(data string) map[string]string {
	keys := make(map[string]string, strings.Count(data, "\n"))
	for rest := data; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		l = strings.TrimSuffix(l, "\r")
		if name, k, ok := strings.Cut(l, "\t"); ok && !strings.HasPrefix(l, "#") {
			keys[name] = k
		}
	}
	return keys
}

// recordCounts returns one more than the number of lines of data that
// start "P\t", "T\t" and "A\t" after the first line, in one pass.
func recordCounts(data string) (nP, nT, nA int) {
	nP, nT, nA = 1, 1, 1
	for i := 0; ; {
		j := strings.IndexByte(data[i:], '\n')
		if j < 0 {
			return nP, nT, nA
		}
		i += j + 1
		if i+1 < len(data) && data[i+1] == '\t' {
			switch data[i] {
			case 'P':
				nP++
			case 'T':
				nT++
			case 'A':
				nA++
			}
		}
	}
}

// splitFields appends to f the tab-separated fields of record l, trimmed of
// white space.
func splitFields(f []string, l string) []string {
	for {
		i := strings.IndexByte(l, '\t')
		if i < 0 {
			return append(f, trimSpace(l))
		}
		f = append(f, trimSpace(l[:i]))
		l = l[i+1:]
	}
}

// trimSpace is strings.TrimSpace, with a fast return for a field that
// starts and ends with a printable ASCII character, as most do.
func trimSpace(s string) string {
	if s != "" && s[0] > ' ' && s[0] < utf8.RuneSelf && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimSpace(s)
}

func validDate(s string) bool {
	if s == "" {
		return true
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isParticle reports whether key word w is a lower-case name word that does
// not stand alone ("von", "bin", "jr").
func isParticle(w string) bool {
	switch w {
	case "von", "van", "der", "den", "de", "da", "do",
		"dos", "das", "di", "del", "della", "la", "le",
		"bin", "ibn", "bint", "al", "el", "ben", "abu",
		"ould", "y", "e", "zu", "af", "ter", "ten",
		"jr", "sr", "ii", "iii", "of":
		return true
	}
	return false
}

// familyFirstOf tells whether the names of country are usually written
// family name first: 1 when the first word designates the person, 2 when
// both ends do (Hun Sen is "Sen" too), else 0.
func familyFirstOf(country string) int {
	switch country {
	case "CN", "TW", "HK", "MO", "KP", "KR", "SG":
		return 1
	case "VN", "KH":
		return 2
	}
	return 0
}

// A hitMap maps keys to the ways they reach people, each person once a
// key. Most keys reach one person: their slices are cut from one array
// (spare) rather than allocated one by one.
type hitMap struct {
	m     map[string][]hit
	spare []hit
}

// newHitMap returns a hitMap with room for n keys.
func newHitMap(n int) hitMap {
	return hitMap{m: make(map[string][]hit, n), spare: make([]hit, n)}
}

// add adds h to the hits of k unless k reaches h.p already.
func (hm *hitMap) add(k string, h hit) {
	old := hm.m[k]
	for _, x := range old {
		if x.p == h.p {
			return
		}
	}
	if old == nil && len(hm.spare) > 0 {
		s := hm.spare[:1:1]
		s[0] = h
		hm.m[k], hm.spare = s, hm.spare[1:]
		return
	}
	hm.m[k] = append(old, h)
}

func isLatin(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// displayWords splits a name as written into words aligned with its n key
// words, appended to dst[:0], or returns nil when they do not align.
func displayWords(dst []string, name string, n int) []string {
	out := dst[:0]
	start := -1 // start of the current word, -1 between words
	for i, n := 0, 0; i < len(name); i += n {
		sep := asciiNameSep(name[i])
		if n = 1; name[i] >= utf8.RuneSelf {
			sep, n = nameSep(name[i:])
		}
		switch {
		case sep && start >= 0:
			out = appendDisplayWord(out, name[start:i])
			start = -1
		case !sep && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = appendDisplayWord(out, name[start:])
	}
	if len(out) != n {
		return nil
	}
	return out
}

// nameSep reports whether the first rune of s, of n bytes, parts the words
// of a name as written: white space, a hyphen or dash, a middle dot or a
// comma. ASCII takes no decoding.
func nameSep(s string) (sep bool, n int) {
	if c := s[0]; c < utf8.RuneSelf {
		return asciiNameSep(c), 1
	}
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r) || r == '‐' || r == '–' || r == '·', n
}

// asciiNameSep is nameSep for an ASCII byte c, and false for any other.
func asciiNameSep(c byte) bool {
	return c == ' ' || c == '-' || c == ',' || '\t' <= c && c <= '\r'
}

// appendDisplayWord appends w, trimmed of punctuation, to ws unless it has
// no letter or digit.
func appendDisplayWord(ws []string, w string) []string {
	if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return ws
	}
	return append(ws, trimDisplay(w))
}

// trimDisplay returns w without its leading and trailing full stops,
// commas, semicolons, colons and parentheses: strings.Trim(w, ".,;:()"),
// byte by byte as the set is ASCII.
func trimDisplay(w string) string {
	for w != "" && isDisplayTrim(w[0]) {
		w = w[1:]
	}
	for w != "" && isDisplayTrim(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

// isDisplayTrim reports whether c is one of the bytes trimDisplay trims.
func isDisplayTrim(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '(', ')':
		return true
	}
	return false
}

// appendKeyWords appends the words of key k, which Key separates with
// single spaces, to ws.
func appendKeyWords(ws []string, k string) []string {
	for k != "" {
		w, rest, _ := strings.Cut(k, " ")
		ws = append(ws, w)
		k = rest
	}
	return ws
}

// wordSpan returns words i to j-1 of key k as they stand in k: the words
// joined with single spaces.
func wordSpan(k string, i, j int) string {
	start, n := 0, 0
	for o := 0; o < len(k); o++ {
		if k[o] != ' ' {
			continue
		}
		n++
		if n == i {
			start = o + 1
		}
		if n == j {
			return k[start:o]
		}
	}
	return k[start:]
}

// addWord records k as a word of a name of p, as written disp, which
// designates p alone if lone is set, and returns its wordInfo.
func (x *wordIndexer) addWord(k, disp string, p *Person, lone bool) *wordInfo {
	wi := x.g.words[k]
	if wi == nil {
		if len(x.infos) == 0 {
			x.infos = make([]wordInfo, 64)
		}
		wi, x.infos = &x.infos[0], x.infos[1:]
		wi.display = disp
		x.g.words[k] = wi
		x.size += len(k) + 1
	}
	if !containsP(wi.persons, p) {
		wi.persons = x.appendPerson(wi.persons, p)
	}
	if lone && !containsP(wi.lone, p) {
		wi.lone = x.appendPerson(wi.lone, p)
	}
	return wi
}

// appendPerson appends p to ps, taking an empty ps's room from x.ones.
func (x *wordIndexer) appendPerson(ps []*Person, p *Person) []*Person {
	if ps != nil || len(x.ones) == 0 {
		return append(ps, p)
	}
	ps, x.ones = x.ones[:1:1], x.ones[1:]
	ps[0] = p
	return ps
}

func containsP(ps []*Person, p *Person) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}

// entry is a person with the keys of its names, computed once for all the
// indexes.
type entry struct {
	p       *Person
	key     string   // Key(p.Name)
	words   []string // its words
	aliases []*aliasKey
}

// aliasKey is an alias of a person with its key (never "").
type aliasKey struct {
	*aliasRec
	key      string
	words    []string
	latin    bool     // Latin script
	translit []string // not Latin but Cyrillic: the key words transliterated
}

// index builds the indexes of g from its people and their aliases (in file
// order). The tables are built side by side, from the keys of the names,
// which are computed first.
func (g *Gazetteer) index(aliases []aliasRec, keys map[string]string) {
	es := g.entries(aliases, keys)
	var wg sync.WaitGroup
	wg.Go(func() { g.indexKeys(es) })
	wg.Go(func() { g.indexVariants(es) })
	wg.Go(func() {
		g.indexTerms()
		g.indexFixes(es) // last: it waits for the lexicon
	})
	g.indexNameWords(es)
	wg.Wait()
	for k := range g.keys {
		if strings.IndexByte(k, ' ') < 0 {
			g.lone.add(k)
		} else {
			g.phrases.add(k)
		}
	}
	for k := range g.swapped {
		g.phrases.add(k)
	}
	for k := range g.squashed {
		g.lone.add(k)
	}
	for k := range g.words {
		g.lone.add(k)
	}
}

// A keyFilter is a Bloom filter of keys, two bits of one word for each:
// has reports true for every key added, and false for most others (some
// 1 in 20 while it holds fewer than 8 keys a word), after one hash
// (WordHash) and one load.
type keyFilter [512]uint64

// bits returns the index of the word and the bits that stand for a key
// of hash h.
func (*keyFilter) bits(h uint64) (int, uint64) {
	return int(h >> 55), 1<<(h&63) | 1<<(h>>6&63)
}

// add adds key k to f.
func (f *keyFilter) add(k string) {
	i, b := f.bits(WordHash(k))
	f[i] |= b
}

// has reports whether a key of hash h may have been added to f: false
// means it was not.
func (f *keyFilter) has(h uint64) bool {
	i, b := f.bits(h)
	return f[i]&b == b
}

// entries returns the people of g with the keys of their names, taken from
// keys when they are there. Two goroutines share the work.
func (g *Gazetteer) entries(aliases []aliasRec, keys map[string]string) []entry {
	es := make([]entry, len(g.people))
	ak := make([]aliasKey, len(aliases))
	key := func(s string) string {
		if k, ok := keys[s]; ok {
			return k
		}
		return Key(s)
	}
	keyNames := func(part, parts int) {
		// The words of the keys, cut from one slice: three a name
		// leave room for most.
		ws := make([]string, 0, 3*(len(es)+len(ak))/parts)
		words := func(k string) []string {
			i := len(ws)
			ws = appendKeyWords(ws, k)
			return ws[i:len(ws):len(ws)]
		}
		for i := len(es) * part / parts; i < len(es)*(part+1)/parts; i++ {
			p := g.people[i]
			k := key(p.Name)
			es[i] = entry{p: p, key: k, words: words(k)}
		}
		for i := len(ak) * part / parts; i < len(ak)*(part+1)/parts; i++ {
			a := &aliases[i]
			x := aliasKey{aliasRec: a, key: key(a.alias)}
			if x.key == "" {
				continue
			}
			x.words = words(x.key)
			x.latin = isLatin(a.alias)
			if !x.latin && hasCyrillic(a.alias) {
				x.translit = words(Key(translit(x.key)))
			}
			ak[i] = x
		}
	}
	var wg sync.WaitGroup
	wg.Go(func() { keyNames(1, 2) })
	keyNames(0, 2)
	wg.Wait()
	// Each person's aliases, in file order, in a slice of its own of one
	// array.
	all := make([]*aliasKey, len(ak))
	off := 0
	for i := range es {
		e := &es[i]
		n := len(e.p.Aliases)
		e.aliases = all[off : off : off+n]
		off += n
	}
	var x entryFinder
	for i := range ak {
		if ak[i].key != "" {
			e := x.find(es, ak[i].name)
			e.aliases = append(e.aliases, &ak[i])
		}
	}
	return es
}

// An entryFinder finds the entries of the A records of a gazetteer in
// file order. The A records of each person mostly come together, the
// people in the order of their P records (as in gazetteer.tsv): it looks
// for each from the entry of the one before on, and by name in a map
// once that fails.
type entryFinder struct {
	next   int // the entry to look from
	byName map[string]*entry
}

// find returns the entry of es of the person named name, which is there.
func (x *entryFinder) find(es []entry, name string) *entry {
	if x.byName == nil {
		for i := x.next; i < len(es); i++ {
			if es[i].p.Name == name {
				x.next = i
				return &es[i]
			}
		}
		x.byName = make(map[string]*entry, len(es))
		for i := range es {
			x.byName[es[i].p.Name] = &es[i]
		}
	}
	return x.byName[name]
}

// indexKeys builds g.keys and g.raw.
func (g *Gazetteer) indexKeys(es []entry) {
	n := len(es)
	for _, e := range es {
		n += len(e.aliases)
	}
	keys := newHitMap(n + n/8)
	g.raw = make(map[string]hit, n)
	var ambiguous []string // names as written of several people
	addRaw := func(s string, h hit) {
		if old, ok := g.raw[s]; !ok {
			g.raw[s] = h
		} else if old.p != h.p {
			ambiguous = append(ambiguous, s)
		}
	}
	for _, e := range es {
		p, ck, cw := e.p, e.key, e.words
		canon := hit{p: p, rule: Exact, conf: Certain, disp: p.Name}
		addRaw(p.Name, canon)
		keys.add(ck, canon)
		particleHits(&keys, p, ck, cw, true)
		// Suffixes of long names: "Tayyip Erdogan", "Lopez Obrador".
		_, cend, regnal := surnameIndex(cw, p.Country)
		for i := 1; i+1 < cend && familyFirstOf(p.Country) == 0 && !regnal; i++ {
			if isParticle(cw[i]) {
				continue
			}
			keys.add(wordSpan(ck, i, len(cw)), hit{p: p, rule: Alias, conf: High})
		}
		for _, a := range e.aliases {
			conf := High
			if a.kind == "native" {
				conf = Certain
			}
			h := hit{p: p, rule: Alias, conf: conf, disp: a.alias}
			addRaw(a.alias, h)
			keys.add(a.key, h)
			if a.latin {
				particleHits(&keys, p, a.key, a.words, loneAlias(a, cw))
			}
		}
	}
	g.keys = keys.m
	// Names as written are a fast path only for names that are not
	// ambiguous, as written or by key.
	for _, s := range ambiguous {
		delete(g.raw, s)
	}
	for _, e := range es {
		if len(g.keys[e.key]) > 1 {
			delete(g.raw, e.p.Name)
		}
		for _, a := range e.aliases {
			if len(g.keys[a.key]) > 1 {
				delete(g.raw, a.alias)
			}
		}
	}
}

// indexVariants builds g.swapped and g.squashed.
func (g *Gazetteer) indexVariants(es []entry) {
	nsw, nsq := 0, 0
	for _, e := range es {
		if len(e.words) > 1 {
			nsw += min(len(e.words)-1, 2)
			nsq++
		}
		for _, a := range e.aliases {
			if a.latin && len(a.words) > 1 {
				nsq++
			}
		}
	}
	swapped, squashed := newHitMap(nsw), newHitMap(nsq)
	for _, e := range es {
		p, ck := e.p, e.key
		if len(e.words) > 1 {
			squashed.add(squash(ck), hit{p: p, rule: Spacing, conf: High, disp: p.Name})
			// Family name moved: "Kishida Fumio" for "Fumio Kishida".
			last := strings.LastIndexByte(ck, ' ')
			swapped.add(ck[last+1:]+" "+ck[:last], hit{p: p, rule: Case, conf: High, disp: p.Name})
			if len(e.words) > 2 {
				first := strings.IndexByte(ck, ' ')
				swapped.add(ck[first+1:]+" "+ck[:first], hit{p: p, rule: Case, conf: High, disp: p.Name})
			}
		}
		for _, a := range e.aliases {
			if a.latin && len(a.words) > 1 {
				squashed.add(squash(a.key), hit{p: p, rule: Spacing, conf: High, disp: a.alias})
			}
		}
	}
	g.swapped, g.squashed = swapped.m, squashed.m
}

// particleHits adds to keys the particle phrases of a name of p with key k
// and words ws, when its surname stands alone (lone): "von der Leyen",
// "bin Salman".
func particleHits(keys *hitMap, p *Person, k string, ws []string, lone bool) {
	sur, _, weak := surnameIndex(ws, p.Country)
	if !lone || sur <= 0 || familyFirstOf(p.Country) != 0 || weak {
		return
	}
	for i := sur - 1; i > 0 && isParticle(ws[i]); i-- {
		keys.add(wordSpan(k, i, sur+1), hit{p: p, rule: Alias, conf: High})
	}
}

// loneAlias reports whether a word of Latin alias a may stand alone: only
// where it takes the place of the canonical surname (whose name has the
// words cw), as in "Wladimir Putin", "Yun Seok-yeol".
func loneAlias(a *aliasKey, cw []string) bool {
	return len(a.words) == len(cw) && (a.kind == "exonym" || a.kind == "romanization" || a.kind == "variant")
}

// indexNameWords builds g.words and g.forms.
func (g *Gazetteer) indexNameWords(es []entry) {
	n := len(es)
	for _, e := range es {
		n += len(e.aliases)
	}
	g.words = make(map[string]*wordInfo, n+n/8)
	g.forms = make(map[*Person][]form, len(es))
	// Room for the words, about as many as the names, for the first
	// person of each and of its lone list, and for the given names, about
	// one a name (1,764 for 2,152 names in gazetteer.tsv).
	x := wordIndexer{g: g, lx: getLists(), infos: make([]wordInfo, n+n/8), ones: make([]*Person, 2*n),
		given: make([]givenWord, 0, n)}
	// The forms of each person, cut from one array.
	forms := make([]form, 0, n)
	for _, e := range es {
		p, cw := e.p, e.words
		fs := append(forms[len(forms):len(forms):len(forms)+1+len(e.aliases)], newForm(cw, Exact, p.Country))
		x.name(p, p.Name, cw, true, nil)
		for _, a := range e.aliases {
			switch {
			case a.latin:
				fs = append(fs, newForm(a.words, Alias, p.Country))
				x.name(p, a.alias, a.words, loneAlias(a, cw), cw)
			case a.translit != nil:
				fs = append(fs, newForm(a.translit, Transliteration, p.Country))
				for _, w := range a.translit {
					x.addWord(w, "", p, false)
				}
			}
		}
		g.forms[p] = fs[:len(fs):len(fs)]
		forms = forms[:len(forms)+len(fs)]
	}
	g.prefixes = newPrefixSet(x.size)
	for w := range g.words {
		g.prefixes.add(w)
	}
	// A surname that is someone else's given name needs context alone
	// ("Abbas", "Gabriel", "Michel").
	for _, gw := range x.given {
		if len(gw.wi.lone) > 0 && !containsP(gw.wi.lone, gw.p) {
			gw.wi.weak = true
		}
	}
}

// A wordIndexer records the words of names in g.words.
type wordIndexer struct {
	g     *Gazetteer
	lx    *shortLists
	given []givenWord // the given names of each person
	disp  []string    // scratch for displayWords
	infos []wordInfo  // room for new words
	ones  []*Person   // room for the first person of a list
	size  int         // the bytes of the words, with one more a word
}

// givenWord is a given name of a person.
type givenWord struct {
	wi *wordInfo
	p  *Person
}

// name records the key words ws of one name of p: all words as name words,
// the surname (see surnameIndex) as designating p alone when lone is set,
// and the other words as p's given names. For an alias, cw holds the words
// of p's canonical name; it is nil for the canonical name itself, whose
// words it marks canon.
func (x *wordIndexer) name(p *Person, name string, ws []string, lone bool, cw []string) {
	alias := cw != nil
	x.disp = displayWords(x.disp, name, len(ws))
	disp := x.disp
	sur, end, weak := surnameIndex(ws, p.Country)
	ff := familyFirstOf(p.Country)
	for i, w := range ws {
		d := ""
		if disp != nil {
			d = disp[i]
		}
		isLone := lone && i < end && !isParticle(w) && len(w) > 1 &&
			(i == sur || (ff == 2 && i == end-1 && end > 1))
		if _, dem := x.lx.demonym[w]; dem {
			isLone = false
		}
		if alias && isLone && canonGiven(cw, p.Country, w) {
			isLone = false // "Kishida Fumio": Fumio is still the given name
		}
		wi := x.addWord(w, d, p, isLone)
		if !alias {
			wi.canon = true
		}
		if isLone && weak {
			wi.weak = true
		}
		if !isLone && i < end && !isParticle(w) && !isRoman(w) && end > 1 && !(alias && containsP(wi.lone, p)) {
			x.given = append(x.given, givenWord{wi, p})
		}
	}
}

// indexFixes builds g.wordFix, the repairs of exonym words.
func (g *Gazetteer) indexFixes(es []entry) {
	g.wordFix = map[string]string{}
	var cd []string // the display words of the canonical name
	for _, e := range es {
		cd = cd[:0]
		for _, a := range e.aliases {
			// Foreign-language spellings ("Poutine", "Medwedew") are
			// garbles in English text; English romanisation variants
			// ("Berdimuhamedov") are not.
			if a.latin && (a.kind == "exonym" || a.kind == "variant" && a.lang == "und") {
				if len(cd) == 0 {
					cd = displayWords(cd, e.p.Name, len(e.words))
				}
				g.alignWords(e.p, e.words, cd, a.words, a.kind)
			}
		}
	}
	// English words and the like are never repaired.
	lx := getLex()
	for a := range g.wordFix {
		if lx.isBlocked(a) {
			delete(g.wordFix, a)
		}
	}
}

// alignWords maps the words aw of an alias of p that differ from the words of
// p's canonical name in the same position ("Poutine" → "Putin") for
// FixWord. The canonical name has the key words cw and the display words cd
// (nil when they do not align).
func (g *Gazetteer) alignWords(p *Person, cw, cd, aw []string, kind string) {
	if cd == nil {
		return
	}
	set := func(a, c string) {
		if a == c || len(a) < 3 {
			return
		}
		if old, ok := g.wordFix[a]; ok && old != c {
			g.wordFix[a] = "" // ambiguous
			return
		}
		g.wordFix[a] = c
	}
	switch {
	case len(aw) == len(cw):
		for i := range aw {
			set(aw[i], cd[i])
		}
	case len(aw) == 1 && kind != "acronym" && kind != "nickname" && kind != "initials":
		// A one-word alias stands for the surname.
		last := len(cw) - 1
		for last > 0 && isParticle(cw[last]) {
			last--
		}
		if familyFirstOf(p.Country) == 1 {
			last = 0
		}
		set(aw[0], cd[last])
	case len(aw) == 2 && len(cw) > 2:
		last := len(cw) - 1
		set(aw[1], cd[last])
	}
}

// indexTerms builds g.terms, g.offices, g.officeNorms and g.soleCountry.
func (g *Gazetteer) indexTerms() {
	g.terms = map[string][]termRef{}
	g.offices = map[string]string{}
	g.officeNorms = map[string]string{}
	g.soleCountry = map[string]string{}
	keys := map[string]string{} // the key of each office as written: a few dozen
	for _, p := range g.people {
		for i := range p.Terms {
			t := &p.Terms[i]
			ok, done := keys[t.Office]
			if !done {
				ok = Key(t.Office)
				keys[t.Office] = ok
				g.officeNorms[t.Office] = officeNorm(t.Office)
			}
			g.offices[ok] = t.Office
			tk := ok + "\x00" + t.Country
			if len(g.terms[tk]) == 0 {
				// A country new for the office.
				if c, seen := g.soleCountry[ok]; !seen {
					g.soleCountry[ok] = t.Country
				} else if c != t.Country {
					g.soleCountry[ok] = ""
				}
			}
			g.terms[tk] = append(g.terms[tk], termRef{p: p, t: t})
		}
	}
}

// isRoman reports whether key word w is a regnal number ("ii", "iii", "v").
func isRoman(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'i', 'v', 'x':
		default:
			return false
		}
	}
	return true
}

// surnameIndex returns the index of the word of ws that designates its
// person alone (-1 for none), and the end of the personal name (words from
// "of" on, as in "Abdullah II of Jordan", are not the person's name). For
// family-name-first countries the first word is the family name; ff==2
// countries also use the last.
func surnameIndex(ws []string, country string) (sur, end int, weak bool) {
	end = len(ws)
	for i, w := range ws {
		if w == "of" && i > 0 {
			end = i
			break
		}
	}
	last := end - 1
	for last > 0 && (isParticle(ws[last]) || isRoman(ws[last])) {
		last--
	}
	if last < end-1 && isRoman(ws[end-1]) {
		// Regnal name: "Charles III" is "King Charles" only.
		return 0, end, true
	}
	if end < 2 {
		return -1, end, false
	}
	switch ff := familyFirstOf(country); {
	case ff == 1 && !(country == "SG" && end < 3):
		return 0, end, false
	}
	return last, end, false
}

// canonGiven reports whether w is a word of a canonical name (with the key
// words cw, of a person of country) other than its surname.
func canonGiven(cw []string, country, w string) bool {
	sur, _, _ := surnameIndex(cw, country)
	for i, x := range cw {
		if x == w && i != sur {
			return true
		}
	}
	return false
}

// Person returns the person whose canonical name is canonical (compared
// exactly, then by Key), or nil. It is safe for concurrent use.
func (g *Gazetteer) Person(canonical string) *Person {
	if p := g.byName[canonical]; p != nil {
		return p
	}
	for _, h := range g.keys[Key(canonical)] {
		if h.rule == Exact {
			return h.p
		}
	}
	return nil
}

// People returns the gazetteer's people in file order. The slice is shared:
// do not modify it. It is safe for concurrent use.
func (g *Gazetteer) People() []*Person { return g.people }

// Demonym returns the country code (ISO 3166-1 alpha-2, or UN, EU, NATO) that
// word names: a demonym or adjective ("Russian" → "RU", "American", "US",
// "U.S." → "US", "British", "UK" → "GB"), or a country name ("Greece",
// "the United Kingdom"). Matching is by Key, so case, accents and full stops
// do not matter. It reports false for anything else. The table is embedded
// (lexicon/demonyms.tsv). Demonym is safe for concurrent use.
func (g *Gazetteer) Demonym(word string) (country string, ok bool) {
	var buf [64]byte
	return demonymOf(getLex().shortLists, KeyBytes(buf[:], word))
}

// DemonymKey is Demonym for a word or phrase already keyed: k is its Key,
// as a caller that has keyed a word for other look-ups holds. It skips
// keying the text again; DemonymKey(Key(s)) is Demonym(s), as
// FuzzDemonymKey checks.
func (g *Gazetteer) DemonymKey(k string) (country string, ok bool) {
	return demonymOf(getLex().shortLists, k)
}

// demonymOf returns the country of key k in l, with or without "the".
func demonymOf[K string | []byte](l *shortLists, k K) (string, bool) {
	if c, ok := l.demonym[string(k)]; ok {
		return c, true
	}
	if len(k) > 4 && string(k[:4]) == "the " {
		c, ok := l.demonym[string(k[4:])]
		return c, ok
	}
	return "", false
}

// Settled reports whether key word k is an English word, a dictionary
// proper noun, a demonym or a blocklisted place: a word FixWord never
// repairs, whatever the local words.
func Settled(k string) bool { return getLex().isBlocked(k) }

// DemonymKeys returns the keys (see Key) of all the demonyms, adjectives,
// abbreviations and country names Demonym knows, of one word or several
// ("russian", "us", "united states", "bosnia and herzegovina"), each once,
// in no order. Demonym also takes each with "the" before it. The slice is
// new: the caller may keep or change it.
func DemonymKeys() []string {
	dem := getLists().demonym
	out := make([]string, 0, len(dem))
	for k := range dem {
		out = append(out, k)
	}
	return out
}

// DemonymWords returns the keys of the one-word demonyms and country names
// Demonym knows ("russian", "chinese", "france"), in no order.
func DemonymWords() []string {
	var out []string
	for k := range getLex().demonym {
		if strings.IndexByte(k, ' ') < 0 {
			out = append(out, k)
		}
	}
	return out
}

// officeKey resolves an office wording to the key of an office that has
// terms in country (or in any country when country is "").
func (g *Gazetteer) officeKey(office, country string) string {
	k := Key(office)
	has := func(k string) bool {
		if country == "" {
			_, ok := g.offices[k]
			return ok
		}
		_, ok := g.terms[k+"\x00"+country]
		return ok
	}
	if has(k) {
		return k
	}
	if o, ok := getLex().offices[k]; ok {
		if ok2 := Key(o); has(ok2) {
			return ok2
		}
	}
	return k
}

// Holder returns the person who held office (as in the gazetteer's terms,
// "President", "Prime Minister", "Chancellor", "Secretary-General"; common
// synonyms such as "Premier" or "Federal Chancellor" are accepted) in country
// (ISO 3166-1 alpha-2, or UN, EU, NATO) on date (YYYY, YYYY-MM or
// YYYY-MM-DD). An empty date asks for the current holder (an open term). It
// returns nil when nobody or more than one person held the office then
// (a year in which the office changed hands is ambiguous). A holder whose term
// ends on date gives way to one whose term starts then. Holder is safe for
// concurrent use.
func (g *Gazetteer) Holder(office, country, date string) *Person {
	p, _, _ := g.holder(office, strings.ToUpper(strings.TrimSpace(country)), date)
	return p
}

func (g *Gazetteer) holder(office, country, date string) (*Person, Term, bool) {
	k := g.officeKey(office, country)
	if p, t, u := g.holderKey(k, country, date); p != nil {
		return p, t, u
	}
	// An acting holder, or a queen for "monarch"/"King".
	for _, alt := range []string{"acting " + k, "interim " + k} {
		if p, t, u := g.holderKey(alt, country, date); p != nil {
			return p, t, u
		}
	}
	if k == "king" {
		return g.holderKey("queen", country, date)
	}
	return nil, Term{}, false
}

func (g *Gazetteer) holderKey(k, country, date string) (*Person, Term, bool) {
	refs := g.terms[k+"\x00"+country]
	var cand []termRef
	for _, r := range refs {
		if date == "" {
			if r.t.End == "" {
				cand = append(cand, r)
			}
		} else if r.t.covers(date) {
			cand = append(cand, r)
		}
	}
	if len(cand) > 1 && len(date) == 10 {
		// Handover day: the incoming holder wins.
		var kept []termRef
		for _, r := range cand {
			if r.t.End != date {
				kept = append(kept, r)
			}
		}
		if len(kept) > 0 {
			cand = kept
		}
	}
	if len(cand) > 1 {
		var certain []termRef
		for _, r := range cand {
			if !r.t.Uncertain {
				certain = append(certain, r)
			}
		}
		if len(certain) > 0 {
			cand = certain
		}
	}
	if len(cand) == 0 {
		return nil, Term{}, false
	}
	for _, r := range cand[1:] {
		if r.p != cand[0].p {
			return nil, Term{}, false
		}
	}
	return cand[0].p, *cand[len(cand)-1].t, cand[0].t.Uncertain
}

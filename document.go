package readout

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/readout-go/readout/internal/names"
)

// A document is one parse in progress.
type document struct {
	text     string
	lex      *lexicon
	gaz      *names.Gazetteer
	dateline string
	bodyFrom int // offset just past the header

	sents   []sentence
	sums    []textSummary   // by sentence, what tokenizing it found (see tokenize)
	toks    *sentenceTokens // kept tokens of the title and lead sentences, header excluded
	early   *sentenceTokens // tokens of sentences read before the lead was known
	kind    []lineKind
	title   int // sentence index range [0, titleEnd) is the title
	parts   []*party
	date    string
	repairs []Repair
	lastOne string // the last single speaker, for pronouns

	principals []string // the principals' names, for the speakers of statements (see principalNames)
	nameRoom   []string // room for them in the Meeting's allocation (see meetingNames)
	heard      []heard  // runs of words whose speakers were read, in the scratch (see heard)

	unsettled   int    // the words repairTokens has read that are not settled (see wordFixOf)
	headSettled uint64 // the sentences of the title and lead, by their place, that no local words can repair (see repairWords)

	leadDone              bool
	titleSents, leadSents []int // cached by leadSentences
	titleBuf              [4]int
	leadBuf               [16]int // with titleBuf, room for the sentences of most leads, so that leadSentences need not allocate

	words *wordMemo // the lower case and class of words classifyWord classified

	// Tokens of the body, read one sentence at a time.
	streaming bool // statements are being read: repair what is tokenized
	curSi     int  // the sentence in curToks, or -1
	curToks   []token
	bodyBuf   []token             // the buffer the body is tokenized into
	bodyUsed  int                 // the most of bodyBuf ever filled
	local     *lazyLocal          // the participants' name words, nil before they are found
	wordFixes *wordTable[wordFix] // the capitalised words repairTokens has read, in the scratch (see wordFix)
	spanWords *keySig             // of the keys of participants' name words, for mentions; in the scratch
	spanNames *memo[int]          // the participant each name mentions, -1 for none (see spanParticipant)

	// The mentions of the title and lead found while the participants
	// were read, and the words knownWord did not know meanwhile (when
	// noteUnknown is set), for findMentionSpans.
	heads       []headSentence
	unknown     []string
	noteUnknown bool

	topics   []topicCount          // the topics counted, in the order first named
	topicBuf [topicRoom]topicCount // the room topics start in

	// Memos of gazetteer look-ups, which repeat within a document.
	lookups  map[string]int32 // the latest of each name's look-ups in lookedUp past the first fewLookups
	lookedUp []lookedUp
	known    map[string]bool   // whether a word is a leader's name in the gazetteer
	offices  map[string]string // officeTitle of each title read
	lastOff  officeAnswer      // officeOf's last answer
	mentions []mention         // the arena findMentions carves its results from

	// No colon lies in [colonFrom, colonAt), and one at colonAt unless it
	// is len(text): see hasColon. Both are 0 before the first search.
	colonFrom, colonAt int

	m  *Meeting
	sc *scratch // buffers and memos, reused across parses
}

type lineKind uint8

const (
	body      lineKind = iota
	titleLine          // the title of the readout
	dateLine           // a Kremlin-style date line: "June 11, 2010, Tashkent"
	junkLine           // stage directions, separators, times
	linkLine           // the line after "See also": a link title, maybe with a label
)

// loadOnce loads the lexicon and the gazetteer, side by side.
var loadOnce sync.Once

func newDocument(text string) *document {
	loadOnce.Do(func() {
		var wg sync.WaitGroup
		wg.Go(func() { names.Default() })
		theLexicon()
		wg.Wait()
	})
	sc := scratchPool.Get().(*scratch)
	// The document of a pooled scratch is zero (see release): set the
	// fields that start otherwise, rather than write the large struct
	// whole.
	d := &sc.doc
	d.text, d.lex, d.gaz, d.sc = text, theLexicon(), names.Default(), sc
	d.toks, d.early, d.words, d.wordFixes = &sc.toks, &sc.early, sc.words, &sc.wordFixes
	d.lookups, d.lookedUp, d.known, d.offices = sc.lookups, sc.lookedUp[:0], sc.known, sc.offices
	d.spanNames, d.spanWords, d.bodyBuf = &sc.spanNames, &sc.spanWords, sc.body[:0]
	d.mentions, d.heard, d.heads, d.unknown = sc.mentions[:0], sc.heard[:0], sc.heads[:0], sc.unknown[:0]
	d.dateline, d.bodyFrom = header(text)
	return d
}

// A meetingNames is a Meeting allocated with room for the names of its
// principals, which the speakers of its statements share (see
// principalNames): most readouts have two to four.
type meetingNames struct {
	Meeting
	names [4]string
}

// A scratch holds the buffers and memos of a parse, which are cleared and
// reused by the next one: a pipeline over many files allocates them once
// per worker, not once per file.
type scratch struct {
	doc         document // the parse in progress: a large struct, allocated once per scratch
	slab        []token  // the kept tokens of the title, lead and early sentences
	body        []token  // the buffer of the body's tokens
	toks, early sentenceTokens
	words       *wordMemo
	localWords  []string     // the words of locals
	locals      [2]lazyLocal // the local words of the participants, found once and maybe again
	lookups     map[string]int32
	lookedUp    []lookedUp
	known       map[string]bool
	offices     map[string]string
	spanNames   memo[int]
	mentions    []mention
	heard       []heard
	heads       []headSentence
	unknown     []string
	spanWords   keySig
	parties     []party                    // the slab participants under construction are carved from
	parts       []*party                   // the buffer of the document's parts
	nameKeys    map[*names.Person][]string // the keys of gazetteer names' words, kept from parse to parse (see nameKeys)
	wordFixes   wordTable[wordFix]         // kept from parse to parse (see wordFix)
	docs        uint64                     // the documents parsed, which tell a wordFix's answer of this one
	sents       []sentence
	sums        []textSummary
	kinds       []lineKind
	segments    []Segment
	statements  []Statement
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{
		words:   newWordMemo(),
		lookups: make(map[string]int32), known: make(map[string]bool),
		offices:  make(map[string]string),
		nameKeys: make(map[*names.Person][]string),
	}
}}

// maxParties bounds the slab of parties a scratch keeps between parses.
const maxParties = 64

// maxSlab bounds the token slab a scratch keeps between parses.
const maxSlab = 1 << 16

// release clears the document's scratch, so that it holds nothing of
// this text, and returns it to the pool.
func (d *document) release() {
	sc := d.sc
	clear(sc.slab)
	sc.slab = sc.slab[:0]
	if cap(sc.slab) > maxSlab {
		sc.slab = nil
	}
	clear(d.bodyBuf[:d.bodyUsed])
	if cap(d.bodyBuf) <= maxSlab {
		sc.body = d.bodyBuf
	} else {
		clear(sc.body[:cap(sc.body)])
	}
	sc.toks.reset()
	sc.early.reset()
	sc.words.keepUpTo()
	sc.wordFixes.keepUpTo()
	sc.docs++
	clear(sc.localWords) // they hold the text's words
	sc.localWords = keep(sc.localWords)
	sc.locals = [2]lazyLocal{}
	clear(sc.lookups)
	clear(d.lookedUp)
	sc.lookedUp = d.lookedUp[:0]
	if cap(sc.mentions) > 0 && (cap(d.mentions) == 0 || &d.mentions[:1][0] != &sc.mentions[:1][0]) {
		// The arena grew or was replaced: the old one holds mentions too.
		clear(sc.mentions[:cap(sc.mentions)])
	}
	clear(d.mentions)
	if cap(d.mentions) <= maxMentionArena*2 {
		sc.mentions = d.mentions[:0]
	}
	clear(d.heard) // they hold the text's strings
	sc.heard = d.heard[:0]
	clear(sc.known)
	clear(sc.parties)
	sc.parties = sc.parties[:0]
	if cap(sc.parties) > maxParties {
		sc.parties = nil
	}
	clear(sc.offices)
	sc.spanNames.reset()
	clear(d.heads)
	clear(d.unknown)
	sc.heads, sc.unknown = keep(d.heads), keep(d.unknown)
	clear(d.parts[:cap(d.parts)])
	if cap(d.parts) <= maxParticipants {
		sc.parts = d.parts[:0]
	}
	clear(sc.statements) // they hold the text's strings; the rest holds none
	sc.sents, sc.kinds, sc.sums = keep(d.sents), keep(d.kind), keep(d.sums)
	sc.segments, sc.statements = keep(sc.segments), keep(sc.statements)
	*d = document{}
	scratchPool.Put(sc)
}

// keep returns s emptied for the next parse, or nil when it has grown
// past maxKept elements.
func keep[S ~[]E, E any](s S) S {
	if cap(s) > maxKept {
		return nil
	}
	return s[:0]
}

// maxKept bounds the sentences, line kinds, segments and statements a
// scratch keeps between parses: those of a long readout, not of a book.
const maxKept = 1 << 12

// newTokens returns an empty token slice with room for n tokens, carved
// from the scratch's slab.
func (d *document) newTokens(n int) []token {
	sc := d.sc
	if len(sc.slab)+n > cap(sc.slab) {
		if n > maxSlab/4 {
			return make([]token, 0, n)
		}
		// The old slab stays with the slices already carved from it.
		sc.slab = make([]token, 0, max(2*cap(sc.slab), 4*n, 1024))
	}
	l := len(sc.slab)
	sc.slab = sc.slab[:l+n]
	return sc.slab[l : l : l+n]
}

// keptTokens returns the tokens of sentence si, tokenized into room
// carved from the scratch's slab (see newTokens) for as many tokens as a
// sentence of its length may have. The room they do not fill goes back
// to the slab, which release clears up to its length: the slab holds the
// tokens, not room for more.
func (d *document) keptTokens(si int) []token {
	s := d.sents[si]
	n := (s.end-s.start)/5 + 4
	t := d.tokenize(si, d.newTokens(n))
	if sc := d.sc; len(sc.slab) >= n && &t[:1][0] == &sc.slab[len(sc.slab)-n] {
		// The tokens fit the room last carved: nothing is written past
		// them.
		sc.slab = sc.slab[:len(sc.slab)-n+len(t)]
		return t[:len(t):len(t)]
	}
	return t
}

func (d *document) parse() *Meeting {
	mn := &meetingNames{Meeting: Meeting{Dateline: d.dateline}}
	d.m, d.nameRoom = &mn.Meeting, mn.names[:0]
	d.sents = splitSentences(d.text, d.sc.sents)
	d.sums = append(d.sc.sums[:0], make([]textSummary, len(d.sents))...)
	// Tokens are kept for the title and the lead, which are read several
	// times; the body is tokenized as it is read, so that memory does not
	// grow with the tokens of a long text.
	d.curSi = -1
	d.classifyLines()
	d.findDate()
	title, lead := d.leadSentences()
	var headBuf [len(d.titleBuf) + len(d.leadBuf)]int // room for most heads, on the stack
	head := append(append(headBuf[:0], title...), lead...)
	for _, si := range head {
		if t, ok := d.early.get(si); ok {
			d.toks.put(si, t)
			d.early.remove(si)
		} else if si == d.curSi {
			// Keep the tokens already made; the buffer starts anew.
			d.toks.put(si, append(d.newTokens(len(d.curToks)), d.curToks...))
		} else {
			d.toks.put(si, d.keptTokens(si))
		}
	}
	d.curSi = -1
	d.repairWords(head, nil)
	d.findParticipants()
	d.local = d.newLocal(&d.sc.locals[0])
	if d.repairWords(head, d.local) {
		d.findParticipants() // a repair may change who took part
		d.local = d.newLocal(&d.sc.locals[1])
	}
	d.findFormat()
	d.findPlace()
	d.streaming, d.curSi = true, -1
	d.findStatements()
	d.finishTopics()
	sortRepairs(d.repairs)
	d.m.Repairs = d.repairs
	if d.m.Participants == nil {
		d.m.Participants = []Participant{}
	}
	if d.m.Statements == nil {
		d.m.Statements = []Statement{}
	}
	if d.m.Topics == nil {
		d.m.Topics = []string{}
	}
	if d.m.Repairs == nil {
		d.m.Repairs = []Repair{}
	}
	return d.m
}

// classifyLines marks the title, the date line and junk lines.
func (d *document) classifyLines() {
	d.kind = d.sc.kinds[:0]
	if cap(d.kind) < len(d.sents) {
		d.kind = make([]lineKind, 0, len(d.sents))
	}
	d.kind = d.kind[:len(d.sents)]
	clear(d.kind)
	if len(d.sents) == 0 {
		return
	}
	firstLine := d.sents[0].line
	// The first line is a title unless it reads as running text: ends
	// with a full stop and has a verb-like length.
	titled := d.dateline != "" || !strings.HasSuffix(d.text[d.sents[0].start:lineEnd(d.sents, 0)], ".")
	if d.dateline != "" {
		// "date 2025-05-09 In the afternoon of ..." is a lead, not a title.
		t := d.tokens(0)
		if len(t) > 0 && !looksLikeTitle(d.text[t[0].start:lineEnd(d.sents, 0)]) {
			titled = false
		}
	}
	seeAlso := false
	for i := range d.sents {
		s := &d.sents[i]
		whole := s.first && s.last // the sentence is its line
		switch {
		case s.line == firstLine && titled:
			d.kind[i] = titleLine
		case !runningText(d.text[s.start:s.end]) && junkTrimmed(d.text[s.start:s.end]):
			d.kind[i] = junkLine
			if whole {
				seeAlso = strings.EqualFold(d.text[s.start:s.end], "see also")
				continue
			}
		case whole && d.readDateLine(i):
			d.kind[i] = dateLine
		case seeAlso && s.first:
			// The link title after "See also" is junk unless it holds a
			// transcript label, which only the participants tell.
			d.kind[i] = linkLine
		}
		if s.first {
			seeAlso = false
		}
	}
}

// readDateLine reports whether sentence i is a date line, and keeps the
// date of the first in d.date, which findDate starts from.
func (d *document) readDateLine(i int) bool {
	date, ok := d.dateLineDate(i)
	if ok && d.date == "" {
		d.date = date
	}
	return ok
}

// lineEnd returns the end of the line of sentence i.
func lineEnd(sents []sentence, i int) int { return sents[i].lineEnd }

// looksLikeTitle reports whether a first line reads as a headline rather
// than a sentence: it does not end with a full stop.
func looksLikeTitle(line string) bool {
	line = strings.TrimSpace(line)
	return !strings.HasSuffix(line, ".")
}

// isJunk reports whether s is a separator, a stage direction, a time stamp
// or another piece of page furniture that reports nobody's words.
func isJunk(s string) bool { return junkTrimmed(strings.TrimSpace(s)) }

// junkTrimmed is isJunk for s without white space at either end, as
// sentences and lines are.
func junkTrimmed(s string) bool {
	if s == "" {
		return true
	}
	if runningText(s) {
		return false
	}
	// The short lines left are mostly words: the tests below are made
	// only where the first or last byte may tell otherwise.
	t := s
	if c, e := s[0], s[len(s)-1]; c == ' ' || c == '*' || c == '_' || e == ' ' || e == '*' || e == '_' {
		t = strings.Trim(s, " *_")
	}
	if len(t) <= len("- end -")+4 && t != "" && furnitureStarts[t[0]] && isFurniture(t) {
		return true
	}
	if ruleStarts[s[0]] && strings.Trim(s, ruleRunes) == "" {
		return true // a rule
	}
	if (strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")) || (strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]")) {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "END "); ok {
		return isTimeLine(strings.TrimSpace(rest))
	}
	// A clock time starts with its hour, which strconv.Atoi reads: a
	// digit or a sign.
	if c := s[0]; isDigit(c) || c == '+' || c == '-' {
		return isTimeLine(s)
	}
	return false
}

// isFurniture reports whether t, of at most len("- end -")+4 bytes, is
// one of furniture in any case, as strings.EqualFold tells.
func isFurniture(t string) bool {
	var low [len("- end -") + 4]byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			// Runes may fold to runes of another length ("ſ" to
			// "s"): compared rune by rune.
			for _, j := range furniture {
				if strings.EqualFold(t, j) {
					return true
				}
			}
			return false
		}
		low[i] = lowerASCII(c)
	}
	// An ASCII t folds to an ASCII j only, byte for byte.
	for _, j := range furniture {
		if string(low[:len(t)]) == j {
			return true
		}
	}
	return false
}

// ruleStarts holds the first bytes of the runes a rule is made of.
var ruleStarts = func() (t [256]bool) {
	for _, r := range ruleRunes {
		t[string(r)[0]] = true
	}
	return t
}()

// ruleRunes are the runes of a rule, a line of them only.
const ruleRunes = "*#-–—_=~ "

// runningText reports whether s, without white space at either end, is
// too long for a time line, and begins and ends as neither furniture nor
// brackets nor a rule do: no junk, as most sentences are not. It is the
// first test of junkTrimmed; it inlines where classifyLines asks it first.
func runningText(s string) bool {
	return len(s) > maxTimeLine && isASCIIAlnum(s[0]) && s[len(s)-1] != '*' && s[len(s)-1] != '_' && !strings.HasPrefix(s, "END ")
}

// furniture lists the short lines of page furniture, in lower case.
var furniture = []string{"###", "* * *", "***", "<…>", "<...>", "‹…>", "…", "...", "see also", "end", "[end]", "- end -", "– end –"}

// furnitureStarts holds the first bytes of the runes that furniture
// starts with, and of the runes that fold to them: strings.EqualFold
// matches no line to furniture that starts otherwise.
var furnitureStarts = func() (t [256]bool) {
	for _, j := range furniture {
		r, _ := utf8.DecodeRuneInString(j)
		for f := r; ; {
			t[string(f)[0]] = true
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return t
}()

// maxTimeLine is the longest time line in bytes.
const maxTimeLine = 24

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool { return byteClass[c] == classWord || byteClass[c] == classUpper }

// isTimeLine reports a line such as "4:18 P.M. EDT" or "10:13 A.M. PST".
func isTimeLine(s string) bool {
	if len(s) > maxTimeLine {
		return false
	}
	h, m, ok := clockTime(s)
	return ok && h >= 0 && m >= 0 && strings.IndexFunc(s, unicode.IsLower) < 0
}

// A lazyLocal is the local words of a document, of which a names.Local
// is made when a repair first asks about a word against them: in many
// documents none does, for every word is plain or repaired alike with
// any local words.
type lazyLocal struct {
	words []string
	local *names.Local
	made  bool
}

// get returns the names.Local of the words of z, none for a nil z.
func (z *lazyLocal) get() *names.Local {
	if z == nil {
		return nil
	}
	if !z.made {
		z.local, z.made = names.NewLocal(z.words), true
	}
	return z.local
}

// newLocal sets z to the local words of the participants found so far,
// which it appends to the scratch's buffer, and returns it.
func (d *document) newLocal(z *lazyLocal) *lazyLocal {
	from := len(d.sc.localWords)
	d.sc.localWords = d.appendLocalWords(d.sc.localWords)
	*z = lazyLocal{words: d.sc.localWords[from:]}
	return z
}

// appendLocalWords appends the name words of the participants found so
// far to out: the correctly spelled words that garbles elsewhere in the
// text are checked against.
func (d *document) appendLocalWords(out []string) []string {
	for _, p := range d.parts {
		for w := range strings.FieldsSeq(p.Name) {
			out = append(out, w)
		}
		for _, m := range p.Mentions {
			for w := range strings.FieldsSeq(d.text[m.Start:m.End]) {
				out = append(out, stripPossessive(strings.Trim(w, ",.")))
			}
		}
	}
	return out
}

// repairWords repairs garbled name words in the kept tokens of the
// sentences only, recording each repair. With local nil it repairs
// against the gazetteer alone. It reports whether it repaired anything.
//
// Without local words it notes the sentences whose words it leaves alone
// whatever the local words (settled, by their place in only), and with
// them, for the same sentences, it passes those by: nothing in them is
// repaired either way.
func (d *document) repairWords(only []int, local *lazyLocal) (repaired bool) {
	before := len(d.repairs)
	for i, si := range only {
		settled := i < 64 && d.headSettled&(1<<i) != 0
		if local != nil && settled {
			continue
		}
		t, _ := d.toks.get(si)
		unsettled := d.unsettled
		d.toks.put(si, d.repairSentence(si, t, local))
		if local == nil && i < 64 && d.unsettled == unsettled {
			d.headSettled |= 1 << i
		}
	}
	return len(d.repairs) > before
}

// repairSentence is repairTokens for toks, the tokens of sentence si,
// which it passes by when their summary tells that none is a word
// repairTokens reads. Once a word is repaired, and classified anew, the
// summary tells every class.
func (d *document) repairSentence(si int, toks []token, local *lazyLocal) []token {
	if d.sums[si].cls&(clsCap|clsPrefixed) == 0 {
		return toks
	}
	n := len(d.repairs)
	toks = d.repairTokens(toks, local)
	if len(d.repairs) > n {
		d.sums[si].cls = ^wordClass(0)
	}
	return toks
}

// repairTokens repairs the garbled name words of one sentence's tokens and
// records each repair; it returns the tokens, a glued word split in two.
func (d *document) repairTokens(toks []token, local *lazyLocal) []token {
	for ti := 0; ti < len(toks); ti++ {
		// Most tokens are lower-case words, punctuation or settled
		// capitalised words ("The"): ruled out by the first tests, in a
		// loop of their own.
		for ti < len(toks) && (toks[ti].cls&(clsCap|clsPrefixed) == 0 || toks[ti].cls&clsSettled != 0) {
			ti++
		}
		if ti == len(toks) {
			break
		}
		t := &toks[ti]
		if !t.word || t.repaired || len(t.text) < 4 {
			continue
		}
		settled, fix, ok := d.wordFixOf(t, local)
		if !settled {
			d.unsettled++
		}
		if settled || !ok {
			continue
		}
		// Repair the stem of a possessive: "Biclen’s".
		w := stripPossessive(t.text)
		if fix.To == w || fix.Confidence < names.Medium || w == fix.To+"s" {
			continue // "We Bidens": a plural is no garble
		}
		d.repairs = append(d.repairs, Repair{Span: Span{t.start, t.start + len(w)}, From: validUTF8(w), To: validUTF8(fix.To)})
		if w != t.text {
			toks[ti].text = fix.To + t.text[len(w):]
			toks[ti].low = toLower(toks[ti].text)
			toks[ti].cls = classify(toks[ti].text, toks[ti].low, d.lex.vocab)
			toks[ti].repaired = true
			continue
		}
		// A glued word splits into two tokens over the same bytes.
		parts := strings.Fields(fix.To)
		if len(parts) == 1 {
			toks[ti].text = fix.To
			toks[ti].low = toLower(fix.To)
			toks[ti].cls = classify(fix.To, toks[ti].low, d.lex.vocab)
			toks[ti].repaired = true
			continue
		}
		nt := make([]token, 0, len(toks)+len(parts)-1)
		nt = append(nt, toks[:ti]...)
		for _, p := range parts {
			low := toLower(p)
			nt = append(nt, token{text: p, low: low, start: t.start, end: t.end, word: true, repaired: true, cls: classify(p, low, d.lex.vocab)})
		}
		nt = append(nt, toks[ti+1:]...)
		toks = nt
		ti += len(parts) - 1
	}
	return toks
}

// sentenceTokens holds token slices by sentence index, as a map from
// index to slice would, in slices indexed by sentence: the tokens a
// document keeps of some of its sentences, which it asks for often.
type sentenceTokens struct {
	toks [][]token // by sentence, present where has is set
	has  []bool
	n    int // the sentences present
}

// get returns the tokens of sentence si and whether they are present.
func (st *sentenceTokens) get(si int) ([]token, bool) {
	if si < len(st.has) && st.has[si] {
		return st.toks[si], true
	}
	return nil, false
}

// put sets the tokens of sentence si.
func (st *sentenceTokens) put(si int, t []token) {
	for len(st.has) <= si {
		st.toks, st.has = append(st.toks, nil), append(st.has, false)
	}
	if !st.has[si] {
		st.has[si] = true
		st.n++
	}
	st.toks[si] = t
}

// remove removes the tokens of sentence si.
func (st *sentenceTokens) remove(si int) {
	if si < len(st.has) && st.has[si] {
		st.toks[si], st.has[si] = nil, false
		st.n--
	}
}

// reset removes all tokens, keeping the slices for the next parse unless
// they have grown past maxKept sentences.
func (st *sentenceTokens) reset() {
	clear(st.toks)
	clear(st.has)
	st.toks, st.has, st.n = keep(st.toks), keep(st.has), 0
}

// A wordFix is what repairTokens has read of a capitalised word: whether
// it is a plain word (see plainWord), and if not or not known what
// FixWordLocal gives its stem against local, or against any local words.
// A document reads the same words in its title, lead and body, and its
// lead twice, first without local words; and documents share most of
// their words. What depends on the word alone, plain and an answer that
// holds for any local words or is given for none, holds from one
// document to the next; an answer against local words holds in the
// document that asked it only (doc).
type wordFix struct {
	plain    bool       // plainWord's answer, when known
	known    bool       // plain is known
	anyLocal bool       // fix and ok hold whatever the local words
	alone    bool       // else FixWordLocal repairs nothing without local words
	bare     bool       // or repairs without them; neither when not known
	local    *lazyLocal // the local words fix and ok were given against, nil for none
	doc      uint64     // the document that asked against local (see scratch.docs)
	fix      names.Fix  // its To is none of a text's strings (see keepFix)
	ok       bool
}

// wordFixOf returns what repairTokens reads of token t against local:
// whether the word is settled, plain (see plainWord) or one that
// FixWordLocal repairs with no local words whatever they are, and for a
// word that is not plain FixWordLocal's answer for its stem. It asks them
// once for each text, in the document or an earlier one (see wordFix),
// and, when the local words change, FixWordLocal again, unless its first
// answer holds for any local words (see FixWordLazy, which makes the
// Local only for a word whose answer depends on it); an answer without
// local words that repaired nothing, which it asks once for a word asked
// again, leaves FixWordAgain only the steps that read them.
//
// The word's class tells most words plain or not; plainWord asks Demonym
// about the rest, which wordFixOf does only when the answer matters (see
// askPlain). A word it does not know plain is not settled; so the word is
// repaired when it is not plain and FixWordLocal repairs it, as ever.
func (d *document) wordFixOf(t *token, local *lazyLocal) (settled bool, fix names.Fix, ok bool) {
	r := d.wordFixes.find(t.text)
	if r == nil {
		f := wordFix{local: local, doc: d.sc.docs}
		switch {
		case t.cls&clsPlain != 0:
			f.plain, f.known = true, true
		case t.cls&clsDemonym == 0:
			f.known = true
		}
		if !f.plain {
			// A word left alone whatever the local words needs no
			// Local, which may then never be made (a nil local gives
			// none).
			f.fix, f.ok, f.anyLocal = d.gaz.FixWordLazy(stripPossessive(t.text), local.get)
		}
		f.alone, f.bare = local == nil && !f.ok, local == nil && f.ok
		d.askPlain(&f, t, local)
		keepFix(&f.fix, f.ok)
		d.wordFixes.add(t.text, f)
		return f.settled(), f.fix, f.ok
	}
	if !r.plain && !r.anyLocal && (r.local != local || local != nil && r.doc != d.sc.docs) {
		// Asked without local words, or against other ones, maybe an
		// earlier document's.
		w := stripPossessive(t.text)
		var fix names.Fix
		var ok bool
		if local == nil && !r.alone || !r.alone && !r.bare {
			// The answer without local words, asked once for a word
			// it leaves alone: it tells whether FixWordAgain, the
			// steps that read local words, may stand for FixWordLocal.
			fix, ok = d.gaz.FixWordLocal(w, nil)
			r.alone, r.bare = !ok, ok
		}
		switch {
		case local == nil:
		case r.alone:
			fix, ok = d.gaz.FixWordAgain(w, local.get())
		default:
			fix, ok = d.gaz.FixWordLocal(w, local.get())
		}
		r.fix, r.ok = fix, ok
		keepFix(&r.fix, r.ok)
		r.local, r.doc = local, d.sc.docs
	}
	d.askPlain(r, t, local)
	return r.settled(), r.fix, r.ok
}

// keepFix makes the repair f, when ok, one that a wordFix may keep
// after the text is gone: its To may be of the text's words (the local
// words spell names as the text does).
func keepFix(f *names.Fix, ok bool) {
	if ok {
		f.To = strings.Clone(f.To)
	}
}

// askPlain asks plainWord about f's word, t, when its answer is not known
// and matters: when FixWordLocal repairs the word, and, without local
// words, when the answer does not hold for any (repairWords notes the
// sentences whose words are all settled then).
func (d *document) askPlain(f *wordFix, t *token, local *lazyLocal) {
	if f.known || f.anyLocal && !f.ok || !f.ok && local != nil {
		return
	}
	f.plain, f.known = d.plainWord(t), true
}

// settled reports whether FixWordLocal repairs nothing of f's word
// whatever the local words, or is not asked.
func (f *wordFix) settled() bool { return f.plain || f.anyLocal && !f.ok }

// tokenize appends the tokens of sentence si, header excluded, to buf,
// and notes their summary in d.sums.
func (d *document) tokenize(si int, buf []token) []token {
	s := d.sents[si]
	from := max(s.start, d.bodyFrom)
	if from >= s.end {
		return buf
	}
	buf, d.sums[si] = tokenizeWith(d.text, from, s.end, buf, d.words, d.lex.vocab)
	return buf
}

// tokens returns the tokens of sentence si: the kept tokens of the title
// and lead, or the sentence tokenized afresh (and, once statements are
// being read, repaired). The last sentence asked for is remembered.
func (d *document) tokens(si int) []token {
	// The sentence being read is asked for most; it is never one of the
	// kept ones (parse moves those out of curToks).
	if si == d.curSi {
		return d.curToks
	}
	if t, ok := d.toks.get(si); ok {
		return t
	}
	if t, ok := d.early.get(si); ok {
		if !d.streaming {
			return t
		}
		// Tokens made before the statements are read: repair them
		// once, as the body's own.
		d.early.remove(si)
		t = d.repairSentence(si, t, d.local)
		d.curSi, d.curToks = si, t
		return t
	}
	if !d.streaming && d.early.n < maxEarly {
		// The title, date lines and first paragraphs are read several
		// times before the statements: keep their tokens.
		t := d.keptTokens(si)
		d.early.put(si, t)
		return t
	}
	// The body's tokens live in one buffer, reused from sentence to
	// sentence: only the last sentence asked for is ever in use.
	buf := d.bodyBuf[:0]
	if s := d.sents[si]; cap(buf) < (s.end-s.start)/5 {
		buf = make([]token, 0, max((s.end-s.start)/5+4, 2*cap(buf)))
	}
	toks := d.tokenize(si, buf)
	d.bodyBuf = toks[:0]
	d.bodyUsed = max(d.bodyUsed, len(toks))
	if d.streaming {
		toks = d.repairSentence(si, toks, d.local)
	}
	d.curSi, d.curToks = si, toks
	return toks
}

func sortRepairs(r []Repair) {
	sort.SliceStable(r, func(i, j int) bool { return r[i].Start < r[j].Start })
}

// findStatements attributes every sentence and builds the statements and
// segments.
func (d *document) findStatements() {
	var turn speech // the current transcript speaker's speech, shared by the turn's sentences; none outside turns
	inTurn := false
	var prev speech // the last sentence's speech; none after narration
	prevSent := -1
	d.startMentionSpans()
	// Both lists are built in the scratch's buffers and copied out at
	// their size: how many there are is known only at the end.
	segs, stmts := d.sc.segments[:0], d.sc.statements[:0]
	for i, s := range d.sents {
		// Every sentence but page furniture is read for mentions and topics.
		if d.kind[i] != junkLine {
			toks := d.tokens(i)
			d.findMentionSpans(toks)
			if d.sums[i].cls&clsTopic != 0 {
				d.countTopics(toks)
			}
		}
		var sp speech
		switch d.kind[i] {
		case titleLine, dateLine, junkLine:
			segs = append(segs, Segment{Span: Span{s.start, s.end}, Statement: -1})
			continue
		}
		start := s.start
		who, at, ok := d.labelAt(i)
		if !ok && d.kind[i] == linkLine {
			segs = append(segs, Segment{Span: Span{s.start, s.end}, Statement: -1})
			continue
		}
		if ok {
			inTurn = true
			turn = speech{}
			start = at
			if who != nil {
				turn = speech{speakers: who, kind: AttrLabel}
			}
			sp = turn
		} else if inTurn {
			sp = turn
		} else {
			var ok bool
			if sp, ok = d.attribute(i); !ok && prev.speakers != nil && d.continues(i, prevSent, &prev) {
				sp = speech{speakers: prev.speakers, lemma: prev.lemma, kind: AttrContinuation}
			}
		}
		if len(sp.speakers) == 0 {
			segs = append(segs, Segment{Span: Span{s.start, s.end}, Statement: -1})
			prev = speech{}
			continue
		}
		if len(sp.speakers) == 1 {
			d.lastOne = sp.speakers[0]
		}
		if start > s.start {
			segs = append(segs, Segment{Span: Span{s.start, start}, Statement: -1})
		}
		segs = append(segs, Segment{Span: Span{start, s.end}, Statement: len(stmts)})
		stmts = append(stmts, Statement{
			Speakers:    sp.speakers,
			Cue:         sp.cue,
			Attribution: sp.kind,
			Span:        Span{start, s.end},
			Text:        d.statementText(i, start),
		})
		prev, prevSent = sp, i
	}
	d.m.segments, d.m.Statements = slices.Clone(segs), slices.Clone(stmts)
	d.sc.segments, d.sc.statements = segs, stmts
}

// continues reports whether sentence i, which has no reporting verb of its
// own, carries on the speech of sentence p.
func (d *document) continues(i, p int, prev *speech) bool {
	if p < 0 {
		return false
	}
	s, ps := d.sents[i], d.sents[p]
	// On its line the speech of a verb of speech carries on; across lines
	// only when it was introduced by a colon or the new paragraph opens a
	// quotation. These looks at the text come first: the dearer tests of
	// the words below can only rule the sentence out.
	if s.line != ps.line || !d.lex.speech[prev.lemma] && prev.kind != AttrContinuation {
		prevText := strings.TrimSpace(d.text[ps.start:ps.end])
		first := d.text[s.start:]
		if !strings.HasSuffix(prevText, ":") &&
			!strings.HasPrefix(first, "“") && !strings.HasPrefix(first, "\"") && !strings.HasPrefix(first, "«") {
			return false
		}
	}
	toks := d.tokens(i)
	if len(toks) == 0 {
		return false
	}
	// A new subject doing something else is narration: "Vladimir Putin
	// and Xi Jinping signed ...", "They then visited ...".
	if ms := d.leadingMentions(toks[:min(len(toks), 12)]); len(ms) > 0 {
		m := ms[0]
		d.resolve(&m)
		if m.participant >= 0 {
			return false
		}
	}
	switch toks[0].lower() {
	case "he", "she", "they", "the":
		if len(toks) > 1 {
			if n, _ := d.lex.groups.match(toks, 0); n > 0 {
				return false
			}
			if n, _ := d.lex.passives.match(toks, 0); n > 0 {
				return false
			}
		}
		if toks[0].lower() != "the" {
			return false
		}
	}
	return true
}

// labelAt finds a transcript label at the start of sentence i ("Vladimir
// Putin:", "PRESIDENT BIDEN:", "Xi Jinping (retranslated):", "Q"). It
// returns the speakers (nil for an unnamed questioner) and the offset
// where the turn starts.
func (d *document) labelAt(i int) ([]string, int, bool) {
	s := &d.sents[i]
	// A label but "Q" ends at a colon, a token of its own that repairs,
	// which change words only, never make: most sentences have no colon,
	// which their bytes tell without reading tokens.
	colonFree := !d.hasColon(s.start, s.end)
	if colonFree && !s.first {
		return nil, 0, false
	}
	toks := d.tokens(i)
	if len(toks) == 0 {
		return nil, 0, false
	}
	if s.first && toks[0].text == "Q" && (len(toks) == 1 || toks[1].text == ":" || toks[1].cap() || !toks[1].word) {
		return nil, toks[0].start, true
	}
	if colonFree {
		return nil, 0, false
	}
	colon := -1
	for k := 0; k < len(toks) && k < 16; k++ {
		if toks[k].text == ":" {
			colon = k
			break
		}
	}
	if colon < 1 {
		return nil, 0, false
	}
	end := colon
	// "(retranslated)", "(translated from Russian)", "(As interpreted)".
	if toks[end-1].text == ")" {
		for k := end - 1; k >= 0; k-- {
			if toks[k].text == "(" {
				end = k
				break
			}
		}
	}
	if end < 1 {
		return nil, 0, false
	}
	as := heardLabel
	if s.first {
		as = heardFirstLabel
	}
	key, keep := d.heardKey(toks[:end])
	var h *heard
	if keep {
		h = d.findHeard(key, as)
	}
	if h == nil {
		who, from, ok := d.labelSpeakers(toks[:end], s.first)
		h = &heard{key: key, as: as, who: who, from: from, ok: ok}
		if keep {
			d.addHeard(*h)
		}
	}
	who, from, ok := h.who, h.from, h.ok
	if !ok {
		return nil, 0, false
	}
	return who, toks[from].start, true
}

// hasColon reports whether d.text[start:end] has a colon. Asked about
// spans in order, as labelAt mostly is, it searches the text once up to
// each colon rather than once for each span: most have none.
func (d *document) hasColon(start, end int) bool {
	// The last search tells of a span from start in [colonFrom,
	// colonAt): its first colon is at colonAt or none is.
	if start < d.colonFrom || d.colonAt <= start {
		d.findColon(start)
	}
	return d.colonAt < end
}

// findColon finds the first colon from start for hasColon.
func (d *document) findColon(start int) {
	d.colonFrom, d.colonAt = start, len(d.text)
	if k := strings.IndexByte(d.text[start:], ':'); k >= 0 {
		d.colonAt = start + k
	}
}

// labelSpeakers reads the words of a transcript label, toks, which
// starts a line when first is set: it returns the speakers and the index
// of the token where the turn starts, and reports false when toks are no
// label.
func (d *document) labelSpeakers(toks []token, first bool) ([]string, int, bool) {
	end := len(toks)
	ms := d.findMentions(toks)
	if len(ms) == 0 {
		return nil, 0, false
	}
	m := ms[len(ms)-1]
	if m.to != end {
		return nil, 0, false
	}
	if m.name == "" {
		// A role as a label: "THE PRESIDENT:", "THE VICE PRESIDENT:". It
		// must fill the label and be in capitals, as transcripts write it.
		if m.from != 0 || !first || !isAllCaps(d.text[toks[0].start:toks[end-1].end]) {
			return nil, 0, false
		}
		d.resolve(&m)
		name := d.speakerName(&m)
		if name == "" {
			return nil, 0, false
		}
		return d.speakerList([]string{name}), 0, true
	}
	d.resolve(&m)
	if m.from > 0 || !first {
		// A label inside a line ("Head of BP Robert Dudley. BP CEO Robert
		// Dudley: Thank you") or after junk ("See also" link titles)
		// counts only for a principal named in full or with a title.
		if m.participant < 0 || fieldCount(m.name, 2) < 2 && m.title == "" {
			return nil, 0, false
		}
	}
	name := d.speakerName(&m)
	if name == "" {
		name = canonicalName(m.name)
	}
	return d.speakerList([]string{name}), m.from, true
}

// statementText returns the text of sentence si from start, its white
// space collapsed. The tokens of the sentence, which are read before,
// tell whether it is plain already when it starts at its first token.
func (d *document) statementText(si, start int) string {
	s := d.sents[si]
	text := d.text[start:s.end]
	if start == s.start && start >= d.bodyFrom && d.sums[si].plain {
		return text
	}
	return collapseSpace(text)
}

// collapseSpace returns s with runs of white space turned into one space.
// Invalid UTF-8 becomes U+FFFD, so that every text field is valid UTF-8.
func collapseSpace(s string) string {
	// Clean text (no white space but single spaces between words) is
	// returned as it is, made valid: invalid bytes, which validUTF8 turns
	// into U+FFFD, are no white space either way.
	clean, valid := cleanSpace(s)
	if clean && valid {
		return s
	}
	s = validUTF8(s)
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// cleanSpace reports whether s has no white space but single spaces
// between words, so that collapseSpace keeps it as it is, and, when it
// has, whether it is valid UTF-8. It reads s eight bytes at a time while
// they are printable ASCII without two spaces in a row, and the bytes
// that stop it one at a time.
func cleanSpace(s string) (clean, valid bool) {
	if s == "" {
		return true, true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false, false
	}
	valid = true
	for i := 0; i < len(s); {
		var space uint64 // 0x80 when the byte before s[i] is a space, else 0
		if i > 0 && s[i-1] == ' ' {
			space = 0x80
		}
		for ; i+8 <= len(s); i += 8 {
			x := first8(s[i : i+8])
			// The high bit of each byte of sp is set where x has a
			// space, of bad where x has a byte that is not printable
			// ASCII or a second space in a row. Both are exact up to
			// the first byte that is not printable ASCII: the lowest
			// byte bad marks is the first to read one at a time.
			sp := spaces8(x)
			if bad := (notPrintable8(x) | sp&(sp<<8|space)) & high8; bad != 0 {
				i += bits.TrailingZeros64(bad) / 8
				break
			}
			space = sp >> 56 & 0x80
		}
		if i >= len(s) {
			break
		}
		switch c := s[i]; {
		case ' ' < c && c < utf8.RuneSelf:
			// Printable ASCII, as the last few bytes mostly are.
			i++
		case c == ' ':
			if s[i-1] == ' ' { // s[0] is no space
				return false, false
			}
			i++
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			// Curly quotes and dashes, the commonest runes here, lie
			// where General Punctuation has no white space.
			if (r < noSpaceFrom || r > noSpaceTo) && unicode.IsSpace(r) {
				return false, false
			}
			if r == utf8.RuneError && n == 1 {
				valid = false
			}
			i += n
		case c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			return false, false
		default:
			i++
		}
	}
	return true, valid
}

// Runes from noSpaceFrom to noSpaceTo, among them the curly quotes, the
// dashes and the ellipsis, are no white space (TestNoSpaceRunes).
const noSpaceFrom, noSpaceTo = '\u200b', '\u2027'

// high8 is the high bit of each of eight bytes, ones8 the lowest.
const high8, ones8 = 0x8080808080808080, 0x0101010101010101

// zeroBytes8 returns the zero bytes among the eight of y: the high bit of
// each byte of the result is set where y has one. Adding 0x7f to the low
// seven bits of a byte carries into its high bit unless they are zero,
// and never into the next byte.
func zeroBytes8(y uint64) uint64 {
	return ^((y&^high8 + 0x7f*ones8) | y) & high8
}

// notPrintable8 returns, in the high bit of each byte, where the eight
// bytes of x are not in [0x20, 0x7f]: where one has its high bit set or
// is below 0x20. It is exact up to the first such byte (the subtraction
// borrows from the bytes above it), which is all its zero or its lowest
// bit tell. The other bits of the result are not cleared: the caller
// masks it with high8.
func notPrintable8(x uint64) uint64 {
	const low = 0x2020202020202020
	return (x-low)&^x | x
}

// spaces8 returns the spaces among the eight bytes of x: the high bit of
// each byte of the result is set where x has a space. It is exact up to
// the first byte that is not printable ASCII: adding 0x5f to a byte in
// [0x20, 0x7f] carries into its high bit unless the byte is 0x20, and
// never into the next byte. The other bits of the result are not
// cleared: the caller masks it with high8.
func spaces8(x uint64) uint64 {
	return ^(x + 0x5f5f5f5f5f5f5f5f)
}

// validUTF8 returns s with each run of invalid bytes replaced by U+FFFD.
// Most strings it is given are short names and titles in ASCII, which it
// reads eight bytes at a time before it asks utf8.ValidString about the
// rest from the first byte that is not ASCII.
func validUTF8(s string) string {
	i := 0
	for ; i+8 <= len(s) && first8(s[i:i+8])&high8 == 0; i += 8 {
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if utf8.ValidString(s[i:]) {
				return s
			}
			return strings.ToValidUTF8(s, "\uFFFD")
		}
	}
	return s
}

// maxEarly bounds the sentences whose tokens are kept from before the
// lead is known.
const maxEarly = 64

// memoSize bounds each memo of a document, so that a text of many
// distinct names does not hold an answer for each.
const memoSize = 4096

// lookup is the gazetteer's Lookup, remembered for the document. The
// first fewLookups look-ups are found one by one: most documents make no
// more, which a map would cost more to hash, fill and clear. The look-ups
// of a name after them are found by the name, and among them the one with
// the query, which is hashed no more.
func (d *document) lookup(name string, q names.Query) names.Match {
	lu := d.lookedUp
	for i := range lu[:min(len(lu), fewLookups)] {
		if lu[i].name == name && lu[i].q == q {
			return lu[i].m
		}
	}
	last := int32(-1)
	if len(lu) > fewLookups {
		if l, ok := d.lookups[name]; ok {
			for i := l; i >= 0; i = lu[i].prev {
				if lu[i].q == q {
					return lu[i].m
				}
			}
			last = l
		}
	}
	m := d.gaz.Lookup(name, q)
	if len(lu) < memoSize {
		d.lookedUp = append(lu, lookedUp{name: name, q: q, m: m, prev: last})
		if n := len(d.lookedUp); n > fewLookups {
			d.lookups[name] = int32(n - 1)
		}
	}
	return m
}

// fewLookups is how many look-ups of a document lookup reads one by one
// before it asks the map of the rest.
const fewLookups = 16

// A lookedUp is a remembered look-up of a name.
type lookedUp struct {
	name string
	q    names.Query
	m    names.Match
	prev int32 // the index of the name's look-up before among those past fewLookups, or -1
}

// demonym is the gazetteer's Demonym.
func (d *document) demonym(word string) (string, bool) { return d.gaz.Demonym(word) }

// tokenDemonym is demonym for token t's text. When t's lower case is its
// key (see lowIsKey and appendRunKey) it asks DemonymKey with it rather
// than Demonym, which would key the text again.
func (d *document) tokenDemonym(t *token) (string, bool) {
	if lowIsTextKey(t) {
		return d.gaz.DemonymKey(t.low)
	}
	return d.gaz.Demonym(t.text)
}

// plainWord reports whether a capitalised token is a word of the
// package's own lists (a function word, a title, a month, a city, a
// country, a reporting verb): never a garbled name.
func (d *document) plainWord(t *token) bool {
	return t.cls&clsPlain != 0 || t.cls&clsDemonym != 0 && d.isDemonym(t)
}

package readout

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// checkClassifyWord fails t unless classifyWord gives w the lower case and
// class of its definition: strings.ToLower and classify.
func checkClassifyWord(t *testing.T, w string, words *wordMemo) {
	t.Helper()
	vocab := theLexicon().vocab
	wantLow := toLower(w)
	wantCls := classify(w, wantLow, vocab)
	low, cls := classifyWord(w, words, vocab)
	if low != wantLow || cls != wantCls {
		t.Errorf("classifyWord(%q) = %q, %#x; want %q, %#x", w, low, cls, wantLow, wantCls)
	}
}

func TestClassifyWord(t *testing.T) {
	words := newWordMemo()
	for _, w := range []string{
		"the", "The", "THE", "said", "Said", "President", "Putin", "Putin's",
		"U.S.", "Biden", "Xijinping", "Poutinsaid", "iPhone", "3M", "G20",
		"Russian", "Russia", "Washington", "Élysée", "Москва", "al-Sisi",
		"Defence", "Zzyzx", "al-Maliki", "bin-Salman", "el-sisi", "al-", strings.Repeat("a", 40), strings.Repeat("B", 33),
		// General Punctuation, which classifyNew lower-cases itself, and
		// runes and bytes on either side of it, which it leaves to
		// classifySlow.
		"President’s", "president’s", "Putin’s’", "a\u2000b", "A\u206f", "A\u2070", "a\u1fffb", "A\u2071b",
		"A\xe2\x80", "A\xe2", "A\xe2\x80\x7f", "A\xe2\x81\xb0", "A\xe2\x82\x80", "A’Élysée", "’s",
		// Words the memo keys alike but for their length or middle.
		"Ab", "Aab", "Abb", "Abcd", "Abcdd", "Abcdefgh", "Abcdefghi", "Abcdefgh-Abcdefgh", "Abcdefgh-x-Bcdefgh", "Abcdefgh-y-Bcdefgh",
	} {
		checkClassifyWord(t, w, words)
		checkClassifyWord(t, w, words) // now remembered
	}
	// Every word of the fixtures, through one memo, which grows.
	words = newWordMemo()
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkTokens(t, string(b))
		for _, tok := range tokenize(string(b), 0, len(b), nil) {
			if tok.word {
				checkClassifyWord(t, tok.text, nil)
				checkClassifyWord(t, tok.text, words)
			}
		}
	}
}

// checkTokens fails t unless every word the tokenizer reads in text has
// the lower case and class of its definition (the tokenizer classifies a
// lower-case word itself).
func checkTokens(t *testing.T, text string) {
	t.Helper()
	for _, tok := range tokenize(text, 0, len(text), nil) {
		if !tok.word {
			continue
		}
		wantLow := toLower(tok.text)
		if wantCls := classify(tok.text, wantLow, theLexicon().vocab); tok.low != wantLow || tok.cls != wantCls {
			t.Errorf("token %q: lower case %q, class %#x; want %q, %#x", tok.text, tok.low, tok.cls, wantLow, wantCls)
		}
	}
}

func FuzzClassifyWord(f *testing.F) {
	for _, w := range []string{"Putin", "said", "U.S.", "Élysée", "the", "President’s", "A\u206f\u2070"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if w == "" {
			return
		}
		words := newWordMemo()
		checkClassifyWord(t, w, words)
		checkClassifyWord(t, w, words) // remembered
		checkTokens(t, w)
		// With text after it, the tokenizer reads a short word 8 bytes
		// at once (shortKeyAt).
		checkTokens(t, w+" said the president")
	})
}

func TestPhrase(t *testing.T) {
	for _, tc := range []struct {
		text  string
		strip bool
	}{
		{"the Russian Federation", false},
		{"of the United  Kingdom", false},
		{"Russia's Far East", true},
		{"Great Britain's", true},
		{"Great Britain's", false},
		{"Korea\nNorth", false},
		{"U.S. Virgin Islands", true},
	} {
		d := newDocument(tc.text)
		toks := tokenize(tc.text, 0, len(tc.text), nil)
		for from := range toks {
			for to := from + 1; to <= len(toks); to++ {
				var words []string
				for _, tok := range toks[from:to] {
					w := tok.text
					if tc.strip {
						w = stripPossessive(w)
					}
					words = append(words, w)
				}
				if got, want := d.phrase(toks[from:to], tc.strip), strings.Join(words, " "); got != want {
					t.Errorf("phrase(%q[%d:%d], %v) = %q, want %q", tc.text, from, to, tc.strip, got, want)
				}
			}
		}
		// A repaired word is never read from the text.
		toks[0].text, toks[0].repaired = "Fixed", true
		if got := d.phrase(toks[:1], false); got != "Fixed" {
			t.Errorf("phrase of a repaired word = %q, want %q", got, "Fixed")
		}
		d.release()
	}
}

func TestFieldCountJoinIn(t *testing.T) {
	for _, s := range []string{"", " ", "Putin", "Vladimir Putin", " Xi  Jinping ", "a\u00a0b", "a b c d"} {
		want := len(strings.Fields(s))
		for limit := 1; limit <= 4; limit++ {
			if got := fieldCount(s, limit); got != min(want, limit) {
				t.Errorf("fieldCount(%q, %d) = %d, want %d", s, limit, got, min(want, limit))
			}
		}
	}
	text := "President Vladimir Putin met  Xi Jinping"
	for _, tc := range []struct {
		pos     int
		words   []string
		inPlace bool
	}{
		{10, []string{"Vladimir", "Putin"}, true},
		{10, []string{"Vladimir"}, true},
		{30, []string{"Xi", "Jinping"}, true},
		{10, []string{"Vladimir", "Putin", "met", "Xi"}, false}, // two spaces
		{10, []string{"Vladimir", "Poutine"}, false},
		{33, []string{"Jinping", "Xi"}, false}, // runs off the text
	} {
		got := joinIn(text, tc.pos, tc.words)
		if want := strings.Join(tc.words, " "); got != want {
			t.Errorf("joinIn(%d, %q) = %q, want %q", tc.pos, tc.words, got, want)
		}
		if inPlace := len(got) > 0 && unsafe.StringData(got) == unsafe.StringData(text[tc.pos:]); inPlace != tc.inPlace && len(tc.words) > 1 {
			t.Errorf("joinIn(%d, %q) in place = %v, want %v", tc.pos, tc.words, inPlace, tc.inPlace)
		}
	}
}

// TestKeepsDot holds keepsDot to what tokenizeWith takes of it: that a
// word of lower-case ASCII letters and digits is none of its words.
func TestKeepsDot(t *testing.T) {
	for w := range keepsDot {
		if byteClass[w[0]] != classUpper {
			t.Errorf("keepsDot word %q does not start with an upper-case ASCII letter", w)
		}
	}
}

// TestIsWordRune holds isWordRune's short cut for General Punctuation to
// its definition.
func TestIsWordRune(t *testing.T) {
	// wordGoesOn tells an ASCII word rune by its byteClass.
	for r := rune(0); r < utf8.RuneSelf; r++ {
		c := byteClass[r]
		if want := c == classWord || c == classUpper; isWordRune(r) != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, !want, want)
		}
	}
	for r := rune(0x2000); r <= 0x206f; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("isWordRune(%U) is false, but it is a letter, a digit or a mark", r)
		}
	}
}

// FuzzLowerWord holds lowerWord to strings.ToLower.
func FuzzLowerWord(f *testing.F) {
	for _, w := range []string{"President’s", "president’s", "Élysée", "élysée", "Москва", "x\xffY", "U.S.’", "Putin‘s—Ⅻ", strings.Repeat("Aé", 30)} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := lowerWord(w), strings.ToLower(w); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
	})
}

// TestLowerPunctuation holds appendLowerBytes' shortcut: the runes of General
// Punctuation are their own lower case.
func TestLowerPunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		if unicode.ToLower(r) != r {
			t.Errorf("unicode.ToLower(%U) = %U", r, unicode.ToLower(r))
		}
	}
}

// TestSentenceTokens holds sentenceTokens to the map from sentence index
// to tokens it stands for.
func TestSentenceTokens(t *testing.T) {
	var st sentenceTokens
	m := map[int][]token{}
	toks := tokenize("Putin met Xi.", 0, 13, nil)
	for round := range 2 {
		for step, si := range []int{3, 0, 7, 3, 12, 0, 5, 7} {
			switch step % 3 {
			case 0, 1:
				st.put(si, toks[:si%len(toks)])
				m[si] = toks[:si%len(toks)]
			case 2:
				st.remove(si)
				delete(m, si)
			}
			for i := range 14 {
				got, ok := st.get(i)
				want, wantOK := m[i]
				if ok != wantOK || len(got) != len(want) {
					t.Fatalf("round %d, step %d: get(%d) = %d tokens, %v; want %d, %v", round, step, i, len(got), ok, len(want), wantOK)
				}
			}
			if st.n != len(m) {
				t.Fatalf("round %d, step %d: %d present, want %d", round, step, st.n, len(m))
			}
		}
		st.reset()
		clear(m)
	}
}

// TestMemoKeys holds memoKeys to its word: two words of the same length
// have the same keys only if they are the same, up to 16 bytes. It holds
// the keys classifyWord files a word by, which it works out itself, to
// memoKeys.
func TestMemoKeys(t *testing.T) {
	text := "the president\x00met Élysée \xff officials and Abcdefgh-x-Bcdefgh"
	seen := map[[3]uint64]string{}
	vocab := theLexicon().vocab
	for i := 0; i < len(text); i++ {
		for n := 0; n <= 16 && i+n <= len(text); n++ {
			w := text[i : i+n]
			a, b := memoKeys(w)
			k := [3]uint64{a, b, uint64(n)}
			if v, ok := seen[k]; ok && v != w {
				t.Errorf("memoKeys(%q) = memoKeys(%q)", w, v)
			}
			seen[k] = w
			if n == 0 {
				continue
			}
			m := newWordMemo()
			classifyWord(w, m, vocab)
			if len(m.entries) != 1 || m.entries[0].a != a || m.entries[0].b != b {
				t.Errorf("classifyWord(%q) files %+v, want memoKeys %#x, %#x", w, m.entries, a, b)
			}
		}
	}
}

// TestWordMemoReset holds reset to a memo that keeps its words for the
// next document until it holds more than maxKeptWords, and then starts
// afresh in the same room.
func TestWordMemoReset(t *testing.T) {
	m := newWordMemo()
	size := len(m.index)
	for k := 0; k < maxKeptWords; k++ {
		checkClassifyWord(t, "Name"+strconv.Itoa(k), m)
	}
	m.keepUpTo()
	if len(m.entries) != maxKeptWords {
		t.Errorf("after reset: %d words, want the %d kept", len(m.entries), maxKeptWords)
	}
	checkClassifyWord(t, "Name1", m)
	checkClassifyWord(t, "Name"+strconv.Itoa(maxKeptWords), m)
	if len(m.entries) != maxKeptWords+1 {
		t.Fatalf("memo of %d words, want %d", len(m.entries), maxKeptWords+1)
	}
	m.keepUpTo()
	if len(m.entries) != 0 || len(m.index) != size {
		t.Errorf("after reset: %d words, %d slots; want 0, %d", len(m.entries), len(m.index), size)
	}
	for _, w := range []string{"Name1", "Putin", "Name1"} {
		checkClassifyWord(t, w, m)
	}
}

// TestWordMemoKeepsNoText holds the memo, which outlives a document, to
// keeping no string of the text it was asked about, and to giving back
// the word asked when it is its own lower case.
func TestWordMemoKeepsNoText(t *testing.T) {
	text := strings.Clone("the president met President Putin and the putin of the Élysée, élysée, 3M and al-Sisi")
	from := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	m := newWordMemo()
	for range 2 {
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' }) {
			checkClassifyWord(t, w, m)
			if low, _ := classifyWord(w, m, theLexicon().vocab); low == w && unsafe.StringData(low) != unsafe.StringData(w) {
				t.Errorf("classifyWord(%q) gives back a copy of the word", w)
			}
		}
	}
	for _, e := range m.entries {
		if p := uintptr(unsafe.Pointer(unsafe.StringData(e.val.low))); e.val.low != "" && from <= p && p < from+uintptr(len(text)) {
			t.Errorf("the memo keeps %q of the text", e.val.low)
		}
	}
}

// checkSummary holds the summary tokenizeWith gives of text[s:e] to the
// passes it spares: a plain text is one collapseSpace keeps as it is.
func checkSummary(t *testing.T, text string, s, e int) bool {
	t.Helper()
	toks, sum := tokenizeWith(text, s, e, nil, nil, theLexicon().vocab)
	var want wordClass
	for _, tok := range toks {
		if tok.cls&clsSettled != 0 {
			want |= tok.cls &^ (clsCap | clsPrefixed)
		} else {
			want |= tok.cls
		}
	}
	if sum.cls != want {
		t.Errorf("tokenizeWith(%q, %d, %d) sums up the classes as %#x, want %#x", text, s, e, sum.cls, want)
	}
	if sum.plain {
		if clean, valid := cleanSpace(text[s:e]); !clean || !valid || collapseSpace(text[s:e]) != text[s:e] {
			t.Errorf("tokenizeWith(%q, %d, %d) finds it plain, but cleanSpace = %v, %v", text, s, e, clean, valid)
		}
	}
	return sum.plain
}

// TestTextSummary holds the summaries of the sentences of the corpus, as
// the parser tokenizes them, to what they spare: collapseSpace, and the
// passes the classes rule out, repairTokens, countTopics, attribute's cue
// scan and reportsMeeting, which find nothing in a sentence without their
// classes.
func TestTextSummary(t *testing.T) {
	texts, _ := corpusTexts(t)
	var sents, plain, clean int
	for _, text := range texts {
		d := newDocument(text)
		for _, s := range splitSentences(text, nil) {
			from := max(s.start, d.bodyFrom)
			if from >= s.end {
				continue
			}
			sents++
			if checkSummary(t, text, from, s.end) {
				plain++
			}
			if c, v := cleanSpace(text[from:s.end]); c && v {
				clean++
			}
		}
		d.release()
		d = newDocument(text)
		d.parse()
		for si := range d.sents {
			toks := d.tokenize(si, nil)
			sum := d.sums[si]
			if sum.cls&(clsCap|clsPrefixed) == 0 {
				n, unsettled := len(d.repairs), d.unsettled
				if got := d.repairTokens(slices.Clone(toks), d.local); len(d.repairs) != n || d.unsettled != unsettled || !slices.Equal(got, toks) {
					t.Errorf("repairTokens reads sentence %q, whose summary rules it out", text[d.sents[si].start:d.sents[si].end])
				}
			}
			if sum.cls&clsTopic == 0 {
				n := len(d.topics)
				d.countTopics(toks)
				if len(d.topics) != n {
					t.Errorf("countTopics finds a topic in sentence %q, whose summary rules it out", text[d.sents[si].start:d.sents[si].end])
				}
			}
			want := slices.ContainsFunc(toks, func(t token) bool { return meetingWords[t.low] })
			if got := d.reportsMeeting(si, toks); got != want {
				t.Errorf("reportsMeeting(%q) = %v, want %v", text[d.sents[si].start:d.sents[si].end], got, want)
			}
			if sum.cls&clsCueKey == 0 {
				for i := range toks {
					if n, _ := d.lex.cues.match(toks, i); n > 0 {
						t.Errorf("a cue starts at %q in sentence %q, whose summary rules it out", toks[i].text, text[d.sents[si].start:d.sents[si].end])
					}
				}
			}
		}
		d.release()
	}
	// Every plain sentence is clean; most clean sentences are found so.
	if plain < clean*9/10 {
		t.Errorf("%d of %d clean sentences found plain", plain, clean)
	}
	t.Logf("%d sentences, %d clean, %d found plain", sents, clean, plain)
}

// FuzzTextSummary holds tokenizeWith's summary of any text to what it
// spares.
func FuzzTextSummary(f *testing.F) {
	for _, s := range []string{"Putin met Xi.", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\xffb",
		"Biden’s visit", "x \ufffd y", "a, b", "a ,b", "a\u2028b", "U.S.  talks"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, text string, s int) {
		if s < 0 || s > len(text) {
			s = 0
		}
		checkSummary(t, text, s, len(text))
	})
}

// FuzzWordBytes8 holds wordBytes8 to counting the lower-case letters
// that start the eight bytes one at a time, up to seven.
func FuzzWordBytes8(f *testing.F) {
	for _, s := range []string{"abcdefgh", "said the", "Putin’s ", "z{`a0123", "ab\xffcdefg", "\x80\x80\x80\x80\x80\x80\x80\x80", "zzzzzzz\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) < 8 {
			return
		}
		want := 0
		for want < 7 && 'a' <= s[want] && s[want] <= 'z' {
			want++
		}
		if got := wordBytes8(first8(s)); got != want {
			t.Errorf("wordBytes8(%q) = %d, want %d", s[:8], got, want)
		}
	})
}

// FuzzTokenizeCut holds the tokens of text[s:e], tokenized inside text,
// which the tokenizer reads 8 bytes at once past e, to those of text[s:e]
// alone, whose last bytes it reads one at a time.
func FuzzTokenizeCut(f *testing.F) {
	for _, s := range []string{"Putin met Xi.", "the presidents discussed", "a b", "Biden’s visit", "U.S. talks", "al-Maliki said"} {
		f.Add(s, 0, len(s)/2)
	}
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		if s < 0 || e > len(text) || s > e {
			return
		}
		vocab := theLexicon().vocab
		got, gotSum := tokenizeWith(text, s, e, nil, newWordMemo(), vocab)
		want, wantSum := tokenizeWith(text[s:e], 0, e-s, nil, newWordMemo(), vocab)
		for i := range want {
			want[i].start += s
			want[i].end += s
		}
		if !slices.Equal(got, want) || gotSum != wantSum {
			t.Errorf("tokenizeWith(%q, %d, %d) = %v, %v; alone %v, %v", text, s, e, got, gotSum, want, wantSum)
		}
	})
}

// tokenizeRef is tokenizeWith as it was before its scan of common tokens
// (a lower-case word of up to 8 bytes and the space after it) was written
// apart from the rest: the reference FuzzTokenizeRef and TestTokenizeRef
// hold tokenizeWith to, tokens, classes and summary alike.
func tokenizeRef(text string, s, e int, toks []token, words *wordMemo, vocab *vocabulary) ([]token, textSummary) {
	all := text
	text = text[:e]
	if vocab == nil {
		vocab = noWords
	}
	unplain := s < e && (text[e-1] == ' ' || byteClass[text[s]] == classSpace)
	var classes wordClass
	add := func(text, low string, start, end int, word bool, cls wordClass) {
		toks = append(toks, token{text: text, low: low, start: start, end: end, word: word, cls: cls})
	}
scan:
	for i := s; i < len(text); {
		n, first := 1, tokenClass[text[i]]
		switch {
		case first-classWord <= classUpper-classWord:
		case first == classSpace:
			if i > 0 && text[i-1] == ' ' {
				unplain = true
			}
			i++
			continue
		case first == classPunct:
			add(text[i:i+1], text[i:i+1], i, i+1, false, 0)
			i++
			continue
		case first == classBlank:
			unplain = true
			i++
			continue
		case first == classRune:
			var r rune
			r, n = utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError {
				unplain = true
			}
			if isSpace(r) {
				unplain = true
				i += n
				continue
			}
			if !isWordRune(r) {
				add(text[i:i+n], text[i:i+n], i, i+n, false, 0)
				i += n
				continue
			}
		}
		lower := first == classWord
		j, next := i+n, 0
		for uint(j) < uint(len(text)) {
			if j+8 <= len(all) {
				j += wordBytes8(first8(all[j : j+8]))
				if uint(j) >= uint(len(text)) {
					j = len(text)
					break
				}
			}
			cls := tokenClass[text[j]]
			if cls == classSpace {
				if lower && j-i <= 8 && i+8 <= len(all) {
					c := vocab.shortClass(shortKeyAt(all, i, j-i), uint8(j-i))
					classes |= c
					add(text[i:j], text[i:j], i, j, true, c)
					i = j + 1
					continue scan
				}
				next = j + 1
				break
			}
			if cls == classWord {
				j++
				continue
			}
			if cls == classUpper {
				lower = false
				j++
				continue
			}
			k, more, invalid := wordGoesOnRef(text, i, j, lower)
			if invalid {
				unplain = true
			}
			if k > j {
				lower = false
				j = k
			}
			if more {
				continue
			}
			break
		}
		w := text[i:j]
		var low string
		var cls wordClass
		if lower && len(w) <= maxShortWord {
			low = w
			if len(w) <= 8 && i+8 <= len(all) {
				cls = vocab.shortClass(shortKeyAt(all, i, len(w)), uint8(len(w)))
			} else {
				cls = vocabClass(vocab, w)
			}
		} else {
			low, cls = classifyWord(w, words, vocab)
		}
		if cls&clsSettled != 0 {
			classes |= cls &^ (clsCap | clsPrefixed)
		} else {
			classes |= cls
		}
		add(w, low, i, j, true, cls)
		i = max(j, next)
	}
	return toks, textSummary{cls: classes, plain: !unplain}
}

// wordGoesOnRef is wordGoesOn as it was when tokenizeRef was copied.
func wordGoesOnRef(text string, i, j int, lower bool) (k int, more, invalid bool) {
	r2, n2 := rune(text[j]), 1
	if text[j] >= utf8.RuneSelf {
		if r2, n2 = utf8.DecodeRuneInString(text[j:]); isWordRune(r2) {
			return j + n2, true, r2 == utf8.RuneError
		}
	}
	if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == '‑' {
		if k := j + n2; k < len(text) {
			if c := byteClass[text[k]]; c == classWord || c == classUpper {
				return k, true, false
			} else if c == classRune {
				if r3, _ := utf8.DecodeRuneInString(text[k:]); isWordRune(r3) {
					return k, true, false
				}
			}
		}
		if r2 == '.' && !lower && (strings.Contains(text[i:j], ".") || isInitial(text[i:j]) || keepsDot[text[i:j]]) {
			return j + n2, false, false
		}
	}
	return j, false, false
}

// checkTokenizeRef fails t unless tokenizeWith gives text[s:e] the tokens
// and summary tokenizeRef gives it, with vocab and with words, a memo
// (either may be nil), and after a token already in toks.
func checkTokenizeRef(t *testing.T, text string, s, e int, words *wordMemo, vocab *vocabulary) {
	t.Helper()
	pre := []token{{text: "x", low: "x", word: true}}
	got, gotSum := tokenizeWith(text, s, e, slices.Clip(pre), words, vocab)
	want, wantSum := tokenizeRef(text, s, e, slices.Clip(pre), nil, vocab)
	if gotSum != wantSum {
		t.Errorf("tokenizeWith(text, %d, %d) sums up %q as %+v, tokenizeRef as %+v", s, e, text[s:e], gotSum, wantSum)
	}
	for k := range max(len(got), len(want)) {
		if k >= len(got) || k >= len(want) || got[k] != want[k] {
			var g, w token
			if k < len(got) {
				g = got[k]
			}
			if k < len(want) {
				w = want[k]
			}
			t.Errorf("tokenizeWith(text, %d, %d) reads %q: token %d is %+v, tokenizeRef's %+v", s, e, text[s:e], k, g, w)
			return
		}
	}
}

// TestTokenizeRef holds tokenizeWith to tokenizeRef on every sentence of
// the corpus, as the parser tokenizes them (through one memo, as the
// parser's words outlive a document), and on each text whole.
func TestTokenizeRef(t *testing.T) {
	texts, _ := corpusTexts(t)
	vocab := theLexicon().vocab
	words := newWordMemo()
	for _, text := range texts {
		d := newDocument(text)
		for _, s := range splitSentences(text, nil) {
			if from := max(s.start, d.bodyFrom); from < s.end {
				checkTokenizeRef(t, text, from, s.end, words, vocab)
			}
		}
		d.release()
		checkTokenizeRef(t, text, 0, len(text), nil, vocab)
		checkTokenizeRef(t, text, 0, len(text), nil, nil)
	}
}

// FuzzTokenizeRef holds tokenizeWith to tokenizeRef on any text[s:e].
func FuzzTokenizeRef(f *testing.F) {
	for _, s := range []string{"Putin met Xi.", "the presidents discussed the issues", "a  b c", "minister said", "in 2024 the",
		"Biden’s visit", "U.S. talks", "al-Maliki said", "a\tb \u00a0c", "x \ufffd y", "a, b", "e.g. the", "12345678 a"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		if s < 0 || e > len(text) || s > e {
			s, e = 0, len(text)
		}
		checkTokenizeRef(t, text, s, e, newWordMemo(), theLexicon().vocab)
		checkTokenizeRef(t, text, s, e, nil, nil)
	})
}

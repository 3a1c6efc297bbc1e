package readout

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestSplitSentences marks each expected sentence start in the input with
// "|": the test removes the marks and checks that the sentences start
// exactly there.
func TestSplitSentences(t *testing.T) {
	for _, tc := range []string{
		"|President Joseph R. Biden, Jr. met today with the Prime Minister. |The leaders discussed trade.",
		"|The U.S. and the U.K. agreed. |They will meet again.",
		"|Mr. Smith and Mr Jones arrived at 10 a.m. on Monday. |H.E. Mr. Narendra Modi spoke.",
		"|“I think so. |We must act,” he said. |Then he left.",
		"|Title line without a stop\n\n|June 11, 2010, Tashkent\n\n|Text. |More text.",
		"|He said: the talks were good. |Both agreed.",
		"|Is it? |Yes! |Fine.",
		"|Trade rose 2.9 percent. |It was $18.1 billion.",
		"|Allies are buying equipment from the U.S. So, NATO is good.",
		"|One line\n|Another line",
		"|He paused… |Then he went on. |“Yes,” he said.",
		"|(Laughter.)\n\n|PRESIDENT BIDEN: Thank you. |Thank you all.",
	} {
		var starts []int
		var b strings.Builder
		for _, r := range tc {
			if r == '|' {
				starts = append(starts, b.Len())
				continue
			}
			b.WriteRune(r)
		}
		text := b.String()
		got := splitSentences(text, nil)
		var gotStarts []int
		for _, s := range got {
			gotStarts = append(gotStarts, s.start)
		}
		if !equalInts(gotStarts, starts) {
			var parts []string
			for _, s := range got {
				parts = append(parts, text[s.start:s.end])
			}
			t.Errorf("splitSentences(%q) = %q, want starts %v", text, parts, starts)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestHeader(t *testing.T) {
	for _, tc := range []struct {
		in, date string
		rest     string
	}{
		{" date 2025-05-09 In the afternoon", "2025-05-09", "In the afternoon"},
		{"date 2025-06 Readout", "2025-06", "Readout"},
		{" date 2025-13-01 Readout", "", ""},
		{"Meeting with President", "", ""},
		{" date yesterday", "", ""},
	} {
		date, end := header(tc.in)
		if date != tc.date || (date != "" && tc.in[end:] != tc.rest) {
			t.Errorf("header(%q) = %q, %q; want %q, %q", tc.in, date, tc.in[end:], tc.date, tc.rest)
		}
	}
}

func TestIsJunk(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"###", true}, {"* * *", true}, {"<…>", true}, {"See also", true},
		{"(Laughter.)", true}, {"(Cross-talk.)", true}, {"[Provisional translation]", true},
		{"4:18 P.M. EDT", true}, {"END 9:28 A.M. EDT", true}, {"11:05 a.m. EST", false},
		{"The leaders met.", false}, {"Thank you.", false},
		// Long lines: furniture padded with rules, and running text.
		{"END ______________________________", true}, {"See also ***************************", true},
		{"  END 12:01 P.M. EDT (for the record)  ", false}, {"END 10:13 A.M. PST", true},
		{"The two leaders discussed trade and security.", false},
		{"Putin: ______________________________ (inaudible)", false},
	} {
		if got := isJunk(tc.in); got != tc.want {
			t.Errorf("isJunk(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestLongSentenceIsCut checks that a run without a full stop is cut into
// pieces of at most maxSentence bytes that still cover all its words.
func TestLongSentenceIsCut(t *testing.T) {
	text := strings.Repeat("and the leaders discussed cooperation ", 500) + strings.Repeat("“([«", 2000)
	got := splitSentences(text, nil)
	if len(got) < 2 {
		t.Fatalf("%d sentences, want the run cut", len(got))
	}
	pos := 0
	for _, s := range got {
		if s.end-s.start > maxSentence {
			t.Errorf("sentence of %d bytes", s.end-s.start)
		}
		if strings.TrimSpace(text[pos:s.start]) != "" {
			t.Errorf("text lost before %d: %q", s.start, text[pos:s.start])
		}
		pos = s.end
	}
	if strings.TrimSpace(text[pos:]) != "" {
		t.Errorf("text lost at the end")
	}
}

// TestLongInvalidRunIsCut is the fuzzer's case: a long run of bytes that
// never start a rune must still be cut, not loop.
func TestLongInvalidRunIsCut(t *testing.T) {
	text := "AA" + strings.Repeat("\xb7", 5000)
	got := splitSentences(text, nil)
	if len(got) < 2 || got[len(got)-1].end != len(text) {
		t.Errorf("splitSentences gave %d sentences ending at %d, want the run cut and covered", len(got), got[len(got)-1].end)
	}
}

func TestCollapseSpace(t *testing.T) {
	for in, want := range map[string]string{
		"":                              "",
		"Putin said.":                   "Putin said.",
		"Putin  said.":                  "Putin said.",
		"Putin\nsaid.":                  "Putin said.",
		" Putin said. ":                 "Putin said.",
		"“Xi’s words”":                  "“Xi’s words”",
		"Xi\u00a0Jinping\u3000said":     "Xi Jinping said",
		"bad \xff byte":                 "bad \ufffd byte",
		"tabs\tand\r\nbreaks\u2028here": "tabs and breaks here",
		"trailing ":                     "trailing",
		"a\x01b":                        "a\x01b",
		"clean\xffword":                 "clean\ufffdword",
		"x\xe2\x80\u2003y":              "x\ufffd y",
	} {
		if got := collapseSpace(in); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzCollapseSpace holds collapseSpace to its definition: the words
// between white space, joined by single spaces.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"Putin  said.", " a", "a ", "a\u00a0b", "\xff x", "a\x01 b",
		"eight by tes  then", "12345678 abcdefg", "1234567  abcdefgh", "a\xffbcdefg hijklmnop", "abcdefgh\tij",
		"ab  c’defgh", "abcdef ’ h  ij", "abcdefg ’klmnop", "a b\u00a0c d e f g",
		"abcdefgé  hij", "abcdef\x01  ghijklm", "abcdefgh ijklmno  p", "a\u2019\u2003b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.FieldsFunc(validUTF8(s), unicode.IsSpace), " ")
		if got := collapseSpace(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
		// The fast test: clean when collapsing changes nothing but the
		// invalid bytes, and then valid as utf8.ValidString says.
		clean, valid := cleanSpace(s)
		if wantClean := want == validUTF8(s); clean != wantClean || clean && valid != utf8.ValidString(s) {
			t.Errorf("cleanSpace(%q) = %v, %v, want %v, %v", s, clean, valid, wantClean, utf8.ValidString(s))
		}
	})
}

// TestTerminators checks the remembered search against a plain scan, for
// every starting offset in order, over text with ASCII and multi-byte
// terminators, curly quotes and invalid bytes. splitLine reads a rune at
// each index found and passes over all but terminators, so that finding
// '…' whole, not every 0xE2 byte, changes no sentence: FuzzSplitLine.
func TestTerminators(t *testing.T) {
	for _, text := range []string{
		"",
		"No terminator here",
		"One. Two! Three? Four… “Five.” Six’s.",
		"…!?.",
		"\xe2\x80bad\xf0\xe2\x80\xa6 ok. \xff?",
		"\xe2\xe2\x80\xa6 \xe2\x80\xe2\x80\xa6\xe2",
	} {
		f := newTerminators(text)
		for i := range len(text) {
			want := len(text)
			for j := i; j < len(text); j++ {
				if c := text[j]; c == '.' || c == '!' || c == '?' || strings.HasPrefix(text[j:], "…") {
					want = j
					break
				}
			}
			if got := f.from(i); got != want {
				t.Errorf("terminators in %q from %d = %d, want %d", text, i, got, want)
			}
		}
	}
}

// TestIsASCIIAlnum holds isASCIIAlnum, which reads the tokenizer's byte
// classes, to its definition over every byte.
func TestIsASCIIAlnum(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		want := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
		if got := isASCIIAlnum(b); got != want {
			t.Errorf("isASCIIAlnum(%q) = %v, want %v", b, got, want)
		}
	}
}

// TestClassBelowSpace holds the test splitSentences makes of a line's
// ends: the classes below classSpace are those of ASCII that is no white
// space.
func TestClassBelowSpace(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		want := b < utf8.RuneSelf && !isSpace(rune(b))
		if got := byteClass[b] < classSpace; got != want {
			t.Errorf("byteClass[%q] < classSpace = %v, want %v", b, got, want)
		}
	}
}

// FuzzAbbreviation holds isAbbreviation, with its ASCII fast paths, to
// its definition read rune by rune.
func FuzzAbbreviation(f *testing.F) {
	for _, s := range []string{"Mr", "said Gen", "the U.S", "Joseph R", "approximately", "talks",
		"x Köln", "Messrs", "MESSRS", "xmessrs", "a\xffb", "\u212a", "Ä", "8 a.m", "co-op",
		"www.example.com", "Köln.abcdefghi", "a\xffbcdefghijkl", "[abcdefgh", "Zürichabcdefghijklm", "e.g.something"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isAbbreviation(s), isAbbreviationRef(s); got != want {
			t.Errorf("isAbbreviation(%q) = %v, want %v", s, got, want)
		}
	})
}

// isAbbreviationRef is isAbbreviation written plainly.
func isAbbreviationRef(before string) bool {
	i := len(before)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= n
	}
	w := before[i:]
	if w == "" {
		return false
	}
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	return strings.Contains(w, ".")
}

// TestLetterKey holds letterKey to lowerKey for the words of ASCII letters
// it is given, the abbreviations among them, after text of any length.
func TestLetterKey(t *testing.T) {
	words := []string{"a", "Z", "abcdefgh", "ABCDEFGH", "zZyYxX", "Messrs"}
	for w := range abbreviations {
		if !strings.Contains(w, ".") {
			words = append(words, w, strings.ToUpper(w))
		}
	}
	for _, w := range words {
		for n := range 10 {
			s := strings.Repeat("x ", n)[:n] + w
			want, _ := lowerKey(w)
			if got := letterKey(s, len(w)); got != want {
				t.Errorf("letterKey(%q, %d) = %#x, want %#x", s, len(w), got, want)
			}
		}
	}
}

// TestBytes8 holds letters8 and dots8 to isLetterByte and the byte
// '.': every byte at each place among eight of every other value.
func TestBytes8(t *testing.T) {
	for b := range 256 {
		for other := range 256 {
			for k := range 8 {
				x := uint64(other) * 0x0101010101010101
				x = x&^(0xff<<(8*k)) | uint64(b)<<(8*k)
				letters, dots := letters8(x), dots8(x)
				for j := range 8 {
					c := byte(x >> (8 * j))
					if got := letters>>(8*j+7)&1 != 0; got != (c < utf8.RuneSelf && isLetterByte(c)) {
						t.Fatalf("letters8(%#x) byte %d = %v", x, j, got)
					}
					if got := dots>>(8*j+7)&1 != 0; got != (c == '.') {
						t.Fatalf("dots8(%#x) byte %d = %v", x, j, got)
					}
				}
			}
		}
	}
}

// FuzzTrimSpace holds trimSpace, which steps over ASCII a byte at a time,
// to the trim read rune by rune.
func FuzzTrimSpace(f *testing.F) {
	for _, s := range []string{"", " a ", "\t\r\n x \v\f", "\u00a0\u2003a\u200b\ufeff", "\xff \xe2\x80", " \x85 ", "\u0085x\u3000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s0, e0 := 0, len(s)
		for s0 < e0 {
			r, n := utf8.DecodeRuneInString(s[s0:e0])
			if !isSpace(r) {
				break
			}
			s0 += n
		}
		for e0 > s0 {
			r, n := utf8.DecodeLastRuneInString(s[s0:e0])
			if !isSpace(r) {
				break
			}
			e0 -= n
		}
		if a, b := trimSpace(s, 0, len(s)); a != s0 || b != e0 {
			t.Errorf("trimSpace(%q) = %d, %d, want %d, %d", s, a, b, s0, e0)
		}
	})
}

// FuzzSentencesTrimmed checks that sentences and lines come without white
// space at either end, as classifyLines takes them to junkTrimmed.
func FuzzSentencesTrimmed(f *testing.F) {
	for _, s := range []string{"A. B.\n\n  C \u00a0\n\u200bD\ufeff", " date 2024-05-01 Title\nText. More  text\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := splitSentences(text, nil)
		for i, s := range sents {
			if s.last && s.lineEnd != s.end {
				// classifyLines reads a sentence that is its line once.
				t.Errorf("the last sentence %q of its line ends at %d, the line at %d", text[s.start:s.end], s.end, s.lineEnd)
			}
			if !s.last && s.lineEnd != sents[i+1].lineEnd {
				t.Errorf("the sentences %q and %q of a line end it at %d and %d", text[s.start:s.end], text[sents[i+1].start:sents[i+1].end], s.lineEnd, sents[i+1].lineEnd)
			}
			for _, span := range []string{text[s.start:s.end], text[s.start:s.lineEnd]} {
				if strings.TrimSpace(span) != span {
					t.Errorf("sentence or line %q of %q has white space at an end", span, text)
				}
			}
		}
	})
}

// TestNoSpaceRunes holds the runes cleanSpace takes for no white space
// without asking unicode.IsSpace.
func TestNoSpaceRunes(t *testing.T) {
	for r := rune(noSpaceFrom); r <= noSpaceTo; r++ {
		if unicode.IsSpace(r) {
			t.Errorf("%U is white space", r)
		}
	}
}

// FuzzValidUTF8 holds validUTF8, which reads ASCII eight bytes at a time,
// to strings.ToValidUTF8.
func FuzzValidUTF8(f *testing.F) {
	for _, s := range []string{"", "Vladimir Putin", "President of Russia", "Ляйсан", "abcdefgh\xff", "abcdefghijklmnop\xe2\x80", "a\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := validUTF8(s), strings.ToValidUTF8(s, "\uFFFD"); got != want {
			t.Errorf("validUTF8(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzJunkTrimmed holds junkTrimmed, which compares a short line with
// furniture only when its first byte may start it, to its tests made in
// full.
func FuzzJunkTrimmed(f *testing.F) {
	for _, s := range []string{"“We will continue to work together,” he said.", "***", "* * *", "SEE ALSO", "ſee alſo", "End", "[END]",
		"______________________________ end", "— — — — —", "(Applause.)", "[The meeting continues.]", "– END –", "<…>", "‹…>",
		"END 4:18 P.M. EDT", "10:13 A.M. PST", "…", "...", "- End -", "       end", "~~~~~", "Q", "Thank you.", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.TrimSpace(s)
		if got, want := junkTrimmed(s), junkInFull(s); got != want {
			t.Errorf("junkTrimmed(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestFurnitureLower holds the furniture to lower case, in which
// isFurniture compares an ASCII line with it byte for byte.
func TestFurnitureLower(t *testing.T) {
	for _, j := range furniture {
		if strings.ToLower(j) != j {
			t.Errorf("furniture %q is not in lower case", j)
		}
	}
}

// junkInFull is junkTrimmed without its shortcuts.
func junkInFull(s string) bool {
	if s == "" {
		return true
	}
	if t := strings.Trim(s, " *_"); len(t) <= len("- end -")+4 {
		for _, j := range furniture {
			if strings.EqualFold(t, j) {
				return true
			}
		}
	}
	if !isASCIIAlnum(s[0]) && strings.Trim(s, "*#-–—_=~ ") == "" {
		return true
	}
	if (strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")) || (strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]")) {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "END "); ok {
		return isTimeLine(strings.TrimSpace(rest))
	}
	return isTimeLine(s)
}

// FuzzSplitLine holds splitLine, which visits only the terminators found
// by its search, to the same cut read rune by rune.
func FuzzSplitLine(f *testing.F) {
	for _, s := range []string{"One. Two! Three? Four… “Five.” Six’s.", "He said “no.” Then… She left. Mr. Smith (U.S.) came!",
		"\xe2\x80bad\xf0\xe2\x80\xa6 Ok. \xff? A", "Wait\xe2\xe2\x80\xa6 Next – “Quote…” Done.", "a…\u2014 B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s, e := trimSpace(text, 0, len(text))
		ends := newTerminators(text)
		got := splitLine(text, s, e, 0, 0, &ends, nil)
		want := splitLineRef(text, s, e)
		if !slices.Equal(got, want) {
			t.Errorf("splitLine(%q) = %v, want %v", text, got, want)
		}
	})
}

// FuzzSplitSentences holds splitSentences, which passes over empty lines
// without a search, to the text cut into lines first and each line into
// sentences by splitLineRef.
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"Title\n\nOne. Two!\n\n\nThree?\n", "\n\nA.\r\n\r\n B. C\n \n\tD\n", "", "\n", "x\n\n", "One\nTwo\n\nThree\u2028. Four"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := splitSentences(text, nil), splitSentencesRef(text); !slices.Equal(got, want) {
			t.Errorf("splitSentences(%q) = %v, want %v", text, got, want)
		}
	})
}

// splitSentencesRef is splitSentences cutting the text into lines first.
func splitSentencesRef(text string) []sentence {
	var out []sentence
	para, blank, pos := 0, true, 0
	for line, l := range strings.Split(text, "\n") {
		if s, e := trimSpace(text, pos, pos+len(l)); s < e {
			if blank && len(out) > 0 {
				para++
			}
			blank = false
			n := len(out)
			for _, x := range splitLineRef(text, s, e) {
				x.line, x.para = line, para
				out = append(out, x)
			}
			out[n].first = true
			out[len(out)-1].last = true
		} else {
			blank = true
		}
		pos += len(l) + 1
	}
	return out
}

// splitLineRef is splitLine reading every rune of the line.
func splitLineRef(text string, s, e int) []sentence {
	var out []sentence
	start := s
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:e])
		i += n
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		j := i
		for j < e {
			r2, n2 := utf8.DecodeRuneInString(text[j:e])
			if r2 == '.' || r2 == '!' || r2 == '?' || isCloser(r2) {
				j += n2
				continue
			}
			break
		}
		if j >= e {
			break
		}
		if r2, _ := utf8.DecodeRuneInString(text[j:e]); !isSpace(r2) {
			continue
		}
		k, _ := trimSpace(text, j, e)
		if k >= e || !startsSentence(text[k:e]) || r == '.' && isAbbreviation(text[start:i-1]) {
			continue
		}
		out = appendSentence(text, out, sentence{start: start, end: j, lineEnd: e})
		start = k
		i = k
	}
	if start < e {
		out = appendSentence(text, out, sentence{start: start, end: e, lineEnd: e})
	}
	return out
}

// TestAbbreviationKeys holds the key set isAbbreviation asks to the word
// set it is built from: every abbreviation, in any case, is in it, and
// words one letter longer or shorter are not unless they are listed.
func TestAbbreviationKeys(t *testing.T) {
	for w := range abbreviations {
		for _, v := range []string{w, strings.ToUpper(w), w + "x", w[:len(w)-1], "x" + w} {
			k, ok := lowerKey(v)
			if want := abbreviations[strings.ToLower(v)]; !ok || abbreviationKeys.has(k) != want {
				t.Errorf("abbreviationKeys has %q = %v (key %v), want %v", v, abbreviationKeys.has(k), ok, want)
			}
		}
	}
}

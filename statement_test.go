package readout

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestAttribution checks the speaker rules one by one. Each case is a
// small readout; want maps a sentence's first words to the expected
// speakers and attribution ("-" for narration).
func TestAttribution(t *testing.T) {
	const lead = " date 2024-05-16 Readout of President Joe Biden’s Call with Prime Minister Justin Trudeau of Canada\n\nPresident Joe Biden spoke today with Prime Minister Justin Trudeau of Canada. "
	for _, tc := range []struct {
		name string
		text string
		want map[string]string
	}{
		{"name", lead + "Prime Minister Trudeau noted the wildfires.", map[string]string{"Prime Minister Trudeau": "Justin Trudeau/name"}},
		{"meeting sentence is narration", lead, map[string]string{"President Joe Biden spoke": "-"}},
		{"title", lead + "The President thanked the Prime Minister.", map[string]string{"The President": "Joe Biden/title"}},
		{"title of the guest", lead + "The Prime Minister thanked the President.", map[string]string{"The Prime Minister": "Justin Trudeau/title"}},
		{"pronoun", lead + "President Biden noted the wildfires. He also thanked Canada.", map[string]string{"He also": "Joe Biden/pronoun"}},
		{"group", lead + "The two leaders discussed trade.", map[string]string{"The two leaders": "Joe Biden+Justin Trudeau/group"}},
		{"they", lead + "They agreed to speak again.", map[string]string{"They": "Joe Biden+Justin Trudeau/group"}},
		{"two names", lead + "Joe Biden and Justin Trudeau discussed trade.", map[string]string{"Joe Biden and": "Joe Biden+Justin Trudeau/group"}},
		{"passive", lead + "Hope was expressed that trade would grow.", map[string]string{"Hope": "Joe Biden+Justin Trudeau/passive"}},
		{"passive with an agent is not agentless", lead + "A letter was sent by the embassy.", map[string]string{"A letter": "-"}},
		{"modal passive is no report", lead + "The causes must be addressed.", map[string]string{"The causes": "-"}},
		{"person in the content is not the speaker", lead + "Prime Minister Trudeau said he wanted close contact with President Biden.", map[string]string{"Prime Minister Trudeau": "Justin Trudeau/name"}},
		{"continuation of speech", lead + "President Biden noted that the fires were grave. Many towns were lost.", map[string]string{"Many towns": "Joe Biden/continuation"}},
		{"no continuation of an act", lead + "President Biden thanked Canada. The fires spread.", map[string]string{"The fires": "-"}},
		{"side", lead + "The Canadian side noted the fires.", map[string]string{"The Canadian side": "Justin Trudeau/title"}},
		{"purpose after a meeting verb", " date 2024-05-16 Readout\n\nPresident Joe Biden spoke today with Prime Minister Justin Trudeau of Canada to discuss the fires.", map[string]string{"President Joe Biden": "Joe Biden+Justin Trudeau/group"}},
		{"transcript label", " date 2024-05-16 Remarks by President Biden and Prime Minister Trudeau of Canada\n\nPRESIDENT BIDEN: Welcome. It is good to see you.\n\nPRIME MINISTER TRUDEAU: Thank you.\n\n(Laughter.)", map[string]string{
			"PRESIDENT BIDEN": "Joe Biden/label", "It is good": "Joe Biden/label", "PRIME MINISTER": "Justin Trudeau/label", "(Laughter.)": "-"}},
		{"role as a transcript label", " date 2023-06-22 Remarks by President Biden and Prime Minister Modi of India\n\nTHE PRESIDENT: Welcome.\n\nPRIME MINISTER MODI: Thank you.", map[string]string{
			"THE PRESIDENT": "Joe Biden/label", "PRIME MINISTER MODI": "Narendra Modi/label"}},
		{"aside between subject and verb", lead + "Prime Minister Trudeau, for his part, thanked the President.", map[string]string{"Prime Minister Trudeau": "Justin Trudeau/name"}},
		{"enumerated", lead + "(1) Prime Minister Trudeau noted the fires.", map[string]string{"(1) Prime Minister": "Justin Trudeau/name"}},
		{"kremlin label with translation note", "Meeting with President of China Xi Jinping\n\nMay 14, 2017, Beijing\n\nVladimir Putin held talks with President of China Xi Jinping.\n\nPresident of China Xi Jinping (retranslated): I am very glad.\n\nVladimir Putin: Thank you.", map[string]string{
			"President of China Xi Jinping (retranslated)": "Xi Jinping/label", "Vladimir Putin: Thank": "Vladimir Putin/label", "Vladimir Putin held": "-"}},
		{"first person in MFA English", "On March 3, 2024, President Xi Jinping held talks with Prime Minister Pedro Sánchez of Spain.\n\nXi Jinping stressed that I have always believed in dialogue.", map[string]string{"Xi Jinping stressed": "Xi Jinping/name"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Parse(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			for prefix, want := range tc.want {
				got := "-"
				found := false
				for _, seg := range m.Segments() {
					if !strings.HasPrefix(tc.text[seg.Start:], prefix) {
						continue
					}
					found = true
					if seg.Statement >= 0 {
						st := m.Statements[seg.Statement]
						got = strings.Join(st.Speakers, "+") + "/" + st.Attribution.String()
					}
				}
				if !found {
					t.Fatalf("no segment starts with %q", prefix)
				}
				if got != want {
					t.Errorf("%q: got %s, want %s", prefix, got, want)
				}
			}
		})
	}
}

// TestLabelColon holds labelAt's look at the bytes to the tokens: a
// sentence without a colon byte has no colon token, repaired or not.
func TestLabelColon(t *testing.T) {
	texts := []string{"Vladimir Pu tin: Thank you. Xi Jinpimg said: yes.\n\nQ Mr. Bidcn, Poutinsaid: no"}
	corpus, _ := corpusTexts(t)
	texts = append(texts, corpus...)
	for _, text := range texts {
		d := newDocument(text)
		d.parse()
		for i, s := range d.sents {
			if strings.IndexByte(text[s.start:s.end], ':') >= 0 {
				continue
			}
			for _, tok := range d.tokens(i) {
				if tok.text == ":" {
					t.Errorf("%q: a colon token in a sentence without a colon byte", text[s.start:s.end])
				}
			}
		}
		d.release()
	}
}

// TestStatementClasses holds the class bits that attribute tests to the
// word lists they stand for, over every token of the corpus and the
// lists' own words in either case.
func TestStatementClasses(t *testing.T) {
	var texts []string
	for _, set := range []map[string]bool{verbLead, meetingVerbs, meetingWords} {
		for w := range set {
			texts = append(texts, w+" "+strings.ToUpper(w[:1])+w[1:]+" "+strings.ToUpper(w))
		}
	}
	corpus, _ := corpusTexts(t)
	texts = append(texts, corpus...)
	for _, text := range texts {
		d := newDocument(text)
		d.parse()
		for i := range d.sents {
			for _, tok := range d.tokens(i) {
				if got, want := tok.cls&clsVerbLead != 0, tok.word && verbLead[tok.low]; got != want {
					t.Errorf("%q: clsVerbLead %v, verbLead %v", tok.text, got, want)
				}
				if got, want := tok.cls&clsMeetingVerb != 0, meetingVerbs[tok.low]; got != want {
					t.Errorf("%q: clsMeetingVerb %v, meetingVerbs %v", tok.text, got, want)
				}
				if got, want := tok.cls&clsMeetingWord != 0, meetingWords[tok.low]; got != want {
					t.Errorf("%q: clsMeetingWord %v, meetingWords %v", tok.text, got, want)
				}
			}
		}
		d.release()
	}
}

// TestSpeakerList holds speakerList, which shares runs of the principals'
// names, to a plain copy of its list, and checks that the list it returns
// is full, so that appending to it never writes into another's.
func TestSpeakerList(t *testing.T) {
	d := &document{sc: &scratch{}, streaming: true}
	d.parts = []*party{d.newParty("A A", nil), d.newParty("B B", nil), d.newParty("C C", nil)}
	for _, who := range [][]string{
		{"A A"}, {"B B"}, {"C C"}, {"A A", "B B"}, {"B B", "C C"}, {"A A", "B B", "C C"},
		{"B B", "A A"}, {"A A", "C C"}, {"D D"}, {"A A", "D D"}, {"C C", "B B", "A A"},
	} {
		in := slices.Clone(who)
		got := d.speakerList(who)
		if !slices.Equal(got, in) || cap(got) != len(got) {
			t.Errorf("speakerList(%q) = %q (cap %d)", in, got, cap(got))
		}
		if !slices.Equal(who, in) {
			t.Errorf("speakerList(%q) changed its argument to %q", in, who)
		}
	}
	if got := d.speakerList([]string{"B B"}); &got[0] != &d.principalNames()[1] {
		t.Errorf("speakerList of a principal is not shared")
	}
	// Before statements are read, the participants may still change: the
	// lists are copies.
	d = &document{parts: d.parts}
	if got := d.speakerList([]string{"B B"}); !slices.Equal(got, []string{"B B"}) || d.principals != nil {
		t.Errorf("speakerList before statements = %q, principals %q", got, d.principals)
	}
}

// TestPrincipalNames holds principalNames to the names of the parts, in
// a full list made once, in the Meeting's room when they fit, whatever
// their number.
func TestPrincipalNames(t *testing.T) {
	for n := range 7 {
		mn := &meetingNames{}
		d := &document{sc: &scratch{}, streaming: true, m: &mn.Meeting, nameRoom: mn.names[:0]}
		var want []string
		for k := range n {
			name := strconv.Itoa(k) + " X"
			d.parts = append(d.parts, d.newParty(name, nil))
			want = append(want, name)
		}
		got := d.principalNames()
		if !slices.Equal(got, want) || cap(got) != len(got) {
			t.Errorf("principalNames of %d parts = %q (cap %d), want %q", n, got, cap(got), want)
		}
		if again := d.principalNames(); n > 0 && &again[0] != &got[0] {
			t.Errorf("principalNames of %d parts makes the list again", n)
		}
		if inRoom := n > 0 && &got[0] == &mn.names[0]; inRoom != (n > 0 && n <= len(mn.names)) {
			t.Errorf("principalNames of %d parts in the Meeting's room: %v", n, inRoom)
		}
	}
}

// TestHeardMemo holds the memo of heard runs (the subjects and transcript
// labels a document has read) to what is found without it, over every
// readout of the shared corpus, noisy ones included.
func TestHeardMemo(t *testing.T) {
	dir := sharedDir(t)
	var files []string
	for _, sub := range []string{"dev", "dev-noisy", "unlabeled"} {
		f, _ := filepath.Glob(filepath.Join(dir, "corpus", sub, "*.txt"))
		files = append(files, f...)
	}
	if len(files) == 0 {
		t.Skip("no corpus files")
	}
	defer func() { rememberHeard = true }()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rememberHeard = true
		with, err1 := Parse(string(b))
		rememberHeard = false
		without, err2 := Parse(string(b))
		if err1 != err2 || !reflect.DeepEqual(with, without) {
			t.Errorf("%s: the memo of heard runs changes the parse", filepath.Base(f))
		}
	}
}

// TestCleanSpaceRuns holds cleanSpace, which reads sixteen and eight
// bytes at a time, to its definition with a double space, a line break,
// a letter or a space outside ASCII, an invalid byte or a control
// character at every offset of a statement-like text, so at both edges
// of every run.
func TestCleanSpaceRuns(t *testing.T) {
	const base = "Putin said that the talks were good and useful for all."
	for _, insert := range []string{"  ", "\n", "é", "\xff", "\u00a0", "\x01", "’", " ’ ", "\t"} {
		for p := 1; p < len(base); p++ {
			s := base[:p] + insert + base[p:]
			want := strings.Join(strings.FieldsFunc(validUTF8(s), unicode.IsSpace), " ")
			clean, valid := cleanSpace(s)
			if wantClean := want == validUTF8(s); clean != wantClean || clean && valid != utf8.ValidString(s) {
				t.Errorf("cleanSpace(%q) = %v, %v, want %v, %v", s, clean, valid, wantClean, utf8.ValidString(s))
			}
		}
	}
}

// TestHasColon holds hasColon, which remembers its last search, to a
// search of each span, asked in order, backwards and at random.
func TestHasColon(t *testing.T) {
	for _, text := range []string{"", ":", "a:b", "ab: c d:: e", "no colon here", "::::", "x: y\nz:"} {
		var spans [][2]int
		for start := 0; start <= len(text); start++ {
			for end := start; end <= len(text); end++ {
				spans = append(spans, [2]int{start, end})
			}
		}
		backwards := slices.Clone(spans)
		slices.Reverse(backwards)
		shuffled := slices.Clone(spans)
		rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		for _, order := range [][][2]int{spans, backwards, shuffled} {
			d := &document{text: text}
			for _, sp := range order {
				if got, want := d.hasColon(sp[0], sp[1]), strings.IndexByte(text[sp[0]:sp[1]], ':') >= 0; got != want {
					t.Errorf("hasColon of %q [%d:%d] = %v, want %v", text, sp[0], sp[1], got, want)
				}
			}
		}
	}
}

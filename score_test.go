package readout

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// This file scores a parse against a gold file of the shared corpus the
// way ../shared/eval/score.py does, so that tests can hold the figures.

type goldFile struct {
	ID      string `json:"id"`
	Meeting struct {
		Date         string `json:"date"`
		Format       string `json:"format"`
		Place        *struct{ Name, City, Country string }
		Participants []struct{ Name string }
	} `json:"meeting"`
	Repairs   []struct{ From, To string }
	Sentences []struct {
		Start, End int
		Speakers   []string
		Text       string
	}
}

type score struct {
	attTP, attPred, attGold int
	parTP, parPred, parGold int
	dateOK, dateN           int
	fmtOK, fmtN             int
	placeOK, placeN         int
	repOK, repN             int
	misses                  []string
}

func (s *score) add(o score) {
	s.attTP += o.attTP
	s.attPred += o.attPred
	s.attGold += o.attGold
	s.parTP += o.parTP
	s.parPred += o.parPred
	s.parGold += o.parGold
	s.dateOK += o.dateOK
	s.dateN += o.dateN
	s.fmtOK += o.fmtOK
	s.fmtN += o.fmtN
	s.placeOK += o.placeOK
	s.placeN += o.placeN
	s.repOK += o.repOK
	s.repN += o.repN
	s.misses = append(s.misses, o.misses...)
}

func f1(tp, pred, gold int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(pred), float64(tp)/float64(gold)
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func scoreFile(t *testing.T, goldPath string) score {
	t.Helper()
	var g goldFile
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(strings.TrimSuffix(goldPath, ".gold.json") + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Parse(string(src))
	if err != nil {
		t.Fatalf("%s: %v", goldPath, err)
	}
	var s score
	for _, sent := range g.Sentences {
		mid := (sent.Start + sent.End) / 2
		var pred []string
		for _, st := range m.Statements {
			if st.Start <= mid && mid < st.End {
				pred = st.Speakers
				break
			}
		}
		if len(sent.Speakers) > 0 {
			s.attGold++
		}
		if len(pred) > 0 {
			s.attPred++
		}
		if len(sent.Speakers) > 0 && len(pred) > 0 && sameSet(pred, sent.Speakers) {
			s.attTP++
		} else if len(sent.Speakers) > 0 || len(pred) > 0 {
			s.misses = append(s.misses, fmt.Sprintf("ATT %s gold=%v got=%v :: %.80s", g.ID, sent.Speakers, pred, sent.Text))
		}
	}
	used := map[int]bool{}
	for _, p := range m.Participants {
		for j, gp := range g.Meeting.Participants {
			if !used[j] && samePerson(p.Name, gp.Name) {
				used[j] = true
				s.parTP++
				break
			}
		}
	}
	s.parPred, s.parGold = len(m.Participants), len(g.Meeting.Participants)
	if g.Meeting.Date != "" || m.Date != "" {
		s.dateN++
		if g.Meeting.Date == m.Date {
			s.dateOK++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("DATE %s gold=%s got=%s", g.ID, g.Meeting.Date, m.Date))
		}
	}
	if g.Meeting.Format != "" {
		s.fmtN++
		coarse := func(f string) string {
			if f == "talks" {
				return "meeting"
			}
			return f
		}
		if coarse(g.Meeting.Format) == coarse(m.Format.String()) {
			s.fmtOK++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("FMT %s gold=%s got=%s", g.ID, g.Meeting.Format, m.Format))
		}
	}
	if gp := g.Meeting.Place; gp != nil {
		s.placeN++
		ok := false
		if m.Place != nil {
			for _, a := range []string{gp.Name, gp.City} {
				for _, b := range []string{m.Place.Name, m.Place.City} {
					if a != "" && fold(a) == fold(b) {
						ok = true
					}
				}
			}
			if gp.Name == "" && gp.City == "" && gp.Country == m.Place.Country {
				ok = true
			}
		}
		if ok {
			s.placeOK++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("PLACE %s gold=%v got=%v", g.ID, gp, m.Place))
		}
	}
	for _, r := range g.Repairs {
		s.repN++
		ok := false
		for _, x := range m.Repairs {
			if fold(x.From) == fold(r.From) && fold(x.To) == fold(r.To) {
				ok = true
			}
		}
		if ok {
			s.repOK++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("REPAIR %s missed %s -> %s", g.ID, r.From, r.To))
		}
	}
	return s
}

// fold is the scorer's name folding: NFKD, no marks, lower case,
// punctuation to spaces.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func samePerson(a, b string) bool {
	fa, fb := fold(a), fold(b)
	if fa == "" || fb == "" {
		return false
	}
	if fa == fb {
		return true
	}
	ta, tb := strings.Fields(fa), strings.Fields(fb)
	short, long := ta, tb
	if len(ta) > len(tb) {
		short, long = tb, ta
	}
	if len(short) >= 2 {
		all := true
		for _, w := range short {
			found := false
			for _, x := range long {
				found = found || x == w
			}
			all = all && found
		}
		if all {
			return true
		}
	}
	limit := 1
	if min(len(fa), len(fb)) >= 12 {
		limit = 2
	}
	return len(short) == len(long) && editDistance(fa, fb) <= limit
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev = cur
	}
	return prev[len(rb)]
}

func sameSet(pred, gold []string) bool {
	if len(pred) != len(gold) {
		return false
	}
	used := make([]bool, len(gold))
	for _, p := range pred {
		found := false
		for j, g := range gold {
			if !used[j] && samePerson(p, g) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

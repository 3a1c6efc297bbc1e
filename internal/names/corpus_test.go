package names

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

type goldDoc struct {
	Meeting struct {
		Participants []struct{ Name string } `json:"participants"`
	} `json:"meeting"`
	Repairs []struct{ From, To string } `json:"repairs"`
}

func tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' || r == '“' || r == '”' })
}

// TestCorpusRepairs runs FixWord over every token of the noisy development
// documents: gold repairs must be found, other tokens left alone.
func TestCorpusRepairs(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus", "dev-noisy")
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(golds) == 0 {
		t.Skip("corpus not found")
	}
	g := Default()
	total, found, falseFix := 0, 0, 0
	for _, gp := range golds {
		var d goldDoc
		b, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		txt, err := os.ReadFile(strings.TrimSuffix(gp, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		var local []string
		for _, p := range d.Meeting.Participants {
			local = append(local, p.Name)
		}
		want := map[string]string{}
		for _, r := range d.Repairs {
			want[r.From] = r.To
		}
		got := map[string]string{}
		for _, tok := range tokens(string(txt)) {
			f, ok := g.FixWord(tok, local)
			if !ok {
				continue
			}
			core := strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if _, ok := want[core]; ok {
				got[core] = strings.TrimFunc(f.To, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
				continue
			}
			falseFix++
			t.Logf("%s: false repair %q → %q (%v)", short(gp), tok, f.To, f.Rule)
		}
		for from, to := range want {
			total++
			if got[from] == to {
				found++
			} else {
				t.Logf("%s: missed %q → %q (got %q)", short(gp), from, to, got[from])
			}
		}
	}
	t.Logf("repairs found %d/%d, false repairs %d", found, total, falseFix)
}

func short(p string) string {
	b := filepath.Base(p)
	return b[:min(len(b), 24)]
}

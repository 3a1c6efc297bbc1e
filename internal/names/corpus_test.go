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
	return strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' || r == '“' || r == '”'
	})
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
		title, _, _ := strings.Cut(string(txt), "\n")
		local := []string{title}
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
			core := trimPossessive(strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
			if _, ok := want[core]; ok {
				got[core] = trimPossessive(strings.TrimFunc(f.To, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
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
	if found*10 < total*9 || falseFix > 2 {
		t.Errorf("repairs: %d/%d found (want 90%%), %d false (want at most 2)", found, total, falseFix)
	}
}

func short(p string) string {
	b := filepath.Base(p)
	return b[:min(len(b), 24)]
}

func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

// TestCorpusNoFalseRepairs runs FixWord over the clean development and
// unlabeled documents (local: the title line): nothing should be repaired.
func TestCorpusNoFalseRepairs(t *testing.T) {
	root := filepath.Join(sharedDir(t), "corpus")
	var files []string
	for _, sub := range []string{"dev", "unlabeled"} {
		fs, _ := filepath.Glob(filepath.Join(root, sub, "*.txt"))
		for _, f := range fs {
			if filepath.Base(f) != "seed.txt" { // the seed is garbled itself
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		t.Skip("corpus not found")
	}
	g := Default()
	n, bad := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		title, _, _ := strings.Cut(string(b), "\n")
		for _, tok := range tokens(string(b)) {
			n++
			if fx, ok := g.FixWord(tok, []string{title}); ok {
				bad++
				t.Logf("%s: %q → %q (%v, %v)", short(f), tok, fx.To, fx.Rule, fx.Confidence)
			}
		}
	}
	t.Logf("%d tokens, %d repaired", n, bad)
	if bad > n/20000 {
		t.Errorf("too many false repairs: %d", bad)
	}
}

// corpusTexts returns the texts of the shared corpus (dev, dev-noisy and
// unlabeled), none when it is not found.
func corpusTexts(t testing.TB) []string {
	var texts []string
	for _, sub := range []string{"dev", "dev-noisy", "unlabeled"} {
		files, _ := filepath.Glob(filepath.Join(sharedDir(t), "corpus", sub, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	return texts
}

package names

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// sharedDir finds the shared data directory: $READOUT_SHARED, else
// ../shared beside the repository root (found by walking up to go.mod).
func sharedDir(t testing.TB) string {
	if d := os.Getenv("READOUT_SHARED"); d != "" {
		return d
	}
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Dir(file)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(dir), "shared")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func loadMini(t testing.TB) *Gazetteer {
	t.Helper()
	f, err := os.Open("testdata/mini.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

type sharedCase struct {
	variant, want, date, kind string
	line                      int
}

func readShared(t *testing.T) []sharedCase {
	d := sharedDir(t)
	path := filepath.Join(d, "names", "names.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared name list not found: %v", err)
	}
	defer f.Close()
	var cs []sharedCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fs := strings.Split(l, "\t")
		for len(fs) < 4 {
			fs = append(fs, "")
		}
		cs = append(cs, sharedCase{fs[0], fs[1], fs[2], fs[3], n})
	}
	return cs
}

func runShared(t *testing.T, g *Gazetteer, strict bool) {
	cs := readShared(t)
	pass := 0
	for _, c := range cs {
		var m Match
		q := Query{Date: c.date}
		if c.kind == "role" {
			m = g.Role(c.variant, q)
		} else {
			m = g.Lookup(c.variant, q)
		}
		got := ""
		if m.Person != nil {
			got = m.Person.Name
		}
		ok := false
		if c.want == "" {
			ok = m.Person == nil
			if !ok {
				t.Errorf("line %d: negative %q resolved to %q (%v, %v)", c.line, c.variant, got, m.Rule, m.Confidence)
			}
		} else {
			ok = got == c.want && m.Confidence >= Medium
		}
		if ok {
			pass++
		} else if c.want != "" {
			t.Logf("line %d: %s %q: got %q (%v, %v), want %q", c.line, c.kind, c.variant, got, m.Rule, m.Confidence, c.want)
		}
	}
	rate := float64(pass) / float64(len(cs))
	t.Logf("names.tsv: %d/%d pass (%.1f%%)", pass, len(cs), 100*rate)
	if strict && rate < 0.95 {
		t.Errorf("pass rate %.1f%% < 95%%", 100*rate)
	}
}

func TestSharedNames(t *testing.T) { runShared(t, Default(), true) }

func TestSharedNamesMini(t *testing.T) { runShared(t, loadMini(t), false) }

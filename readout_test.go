package readout

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sharedDir returns the shared evaluation folder (READOUT_SHARED, default
// ../shared) or skips the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("READOUT_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "corpus")); err != nil {
		t.Skipf("shared folder %s not found; set READOUT_SHARED", dir)
	}
	return dir
}

// TestGolden parses every testdata/*.txt and compares the JSON form with
// testdata/*.golden.json. Run "go test -run TestGolden -update" to rewrite
// the golden files after a deliberate change, and review the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata: %v", err)
	}
	for _, in := range files {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse(string(src))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			got, err := json.MarshalIndent(m, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", in, cmp.Diff(string(want), string(got)))
			}
		})
	}
}

// TestSeed checks the parse of the user's sample against its gold file in
// the shared corpus: every figure must be 1.
func TestSeed(t *testing.T) {
	dir := sharedDir(t)
	s := scoreFile(t, filepath.Join(dir, "corpus", "dev", "seed.gold.json"))
	if s.attTP != s.attGold || s.attPred != s.attGold {
		t.Errorf("seed attribution: %d right of %d predicted, %d gold", s.attTP, s.attPred, s.attGold)
	}
	if s.parTP != s.parGold || s.parPred != s.parGold {
		t.Errorf("seed participants: %d right of %d predicted, %d gold", s.parTP, s.parPred, s.parGold)
	}
	if s.dateOK != s.dateN || s.fmtOK != s.fmtN || s.placeOK != s.placeN || s.repOK != s.repN {
		t.Errorf("seed: date %d/%d format %d/%d place %d/%d repairs %d/%d",
			s.dateOK, s.dateN, s.fmtOK, s.fmtN, s.placeOK, s.placeN, s.repOK, s.repN)
	}
	for _, l := range s.misses {
		t.Log(l)
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "   \n\t ", "\n\n", "\xff \xfe\u00a0\u2003", "\u0085\v\f\r"} {
		if _, err := Parse(in); err != ErrEmpty {
			t.Errorf("Parse(%q) error = %v, want ErrEmpty", in, err)
		}
	}
	p := Parser{MaxBytes: 10}
	m, err := p.Parse("Vladimir Putin said hello to everyone.")
	var pe *ParseError
	if m != nil || err == nil || !errorsAs(err, &pe) || pe.Err != ErrTooLarge || pe.Offset != 10 || pe.Line != 1 || pe.Column != 11 {
		t.Errorf("Parse over MaxBytes = %v, %#v; want nil and ParseError{Offset: 10, Line: 1, Column: 11, Err: ErrTooLarge}", m, err)
	}
}

// TestConcurrentParse parses the fixtures from many goroutines with one
// Parser and checks each result equals a serial parse; run it with -race.
func TestConcurrentParse(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var texts []string
	var want []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m, _ := Parse(string(b))
		j, _ := json.Marshal(m)
		texts = append(texts, string(b))
		want = append(want, string(j))
	}
	var p Parser
	var n Normalizer
	errs := make(chan string, 64)
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func(g int) {
			for i := range texts {
				k := (i + g) % len(texts)
				m, _ := p.Parse(texts[k])
				j, _ := json.Marshal(m)
				if string(j) != want[k] {
					errs <- files[k]
				}
				n.Lookup("Poutine", Hint{Date: "2020-01-01"})
			}
			done <- true
		}(g)
	}
	for g := 0; g < 8; g++ {
		<-done
	}
	close(errs)
	for f := range errs {
		t.Errorf("concurrent parse of %s differs from the serial one", f)
	}
}

// TestReleaseZeroes holds release to leaving the scratch's document zero,
// which newDocument relies on when it sets only the fields that start
// otherwise.
func TestReleaseZeroes(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := newDocument(string(b))
		sc := d.sc
		d.parse()
		d.release()
		if !reflect.ValueOf(&sc.doc).Elem().IsZero() {
			t.Errorf("%s: release leaves the scratch's document %+v", f, sc.doc)
		}
	}
}

// FuzzBlank holds blank to its definition: nothing is left once invalid
// bytes are dropped and white space trimmed.
func FuzzBlank(f *testing.F) {
	for _, s := range []string{"", " \t\n", "\xff\xfe", "\u00a0\u2003", "\ufffd", " x ", "\u200b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := blank(s), strings.TrimSpace(strings.ToValidUTF8(s, "")) == ""; got != want {
			t.Errorf("blank(%q) = %v, want %v", s, got, want)
		}
	})
}

package readout

import (
	"path/filepath"
	"testing"
)

// TestCorpusDev scores the parser on the shared dev corpus and its noisy
// twin, as ../shared/eval/score.py does, and fails when a figure falls
// below the floor the project has reached. Run with -v to see the figures.
func TestCorpusDev(t *testing.T) {
	dir := sharedDir(t)
	for _, c := range []struct {
		name                          string
		att, par, date, format, place float64
	}{
		{"dev", 0.95, 0.97, 0.97, 0.97, 0.95},
		{"dev-noisy", 0.95, 0.97, 0.97, 0.97, 0.95},
	} {
		t.Run(c.name, func(t *testing.T) {
			golds, _ := filepath.Glob(filepath.Join(dir, "corpus", c.name, "*.gold.json"))
			if len(golds) == 0 {
				t.Skip("no gold files")
			}
			var s score
			for _, g := range golds {
				s.add(scoreFile(t, g))
			}
			att := f1(s.attTP, s.attPred, s.attGold)
			par := f1(s.parTP, s.parPred, s.parGold)
			t.Logf("%d docs: attribution F1 %.4f (P %.4f R %.4f), participants F1 %.4f, date %.4f, format (coarse) %.4f, place %.4f, repairs recall %.4f",
				len(golds), att, ratio(s.attTP, s.attPred), ratio(s.attTP, s.attGold), par,
				ratio(s.dateOK, s.dateN), ratio(s.fmtOK, s.fmtN), ratio(s.placeOK, s.placeN), ratio(s.repOK, s.repN))
			if testing.Verbose() {
				for _, m := range s.misses {
					t.Log(m)
				}
			}
			for _, f := range []struct {
				name       string
				got, floor float64
			}{
				{"attribution F1", att, c.att},
				{"participants F1", par, c.par},
				{"date accuracy", ratio(s.dateOK, s.dateN), c.date},
				{"format accuracy", ratio(s.fmtOK, s.fmtN), c.format},
				{"place accuracy", ratio(s.placeOK, s.placeN), c.place},
			} {
				if f.got < f.floor {
					t.Errorf("%s %.4f is below the floor %.2f", f.name, f.got, f.floor)
				}
			}
		})
	}
}

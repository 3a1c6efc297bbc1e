package main

import (
	"bytes"
	"strings"
	"testing"
)

// sample runs the program on the embedded readouts and returns its output.
func sample(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(args, &out, &errOut); code != 0 {
		t.Fatalf("run(%q) = %d, stderr: %s", args, code, errOut.String())
	}
	return out.String()
}

// section returns the text of out from the line start up to the line end.
func section(t *testing.T, out, start, end string) string {
	t.Helper()
	i := strings.Index(out, "\n"+start+"\n")
	if i < 0 {
		t.Fatalf("no line %q in output:\n%s", start, out)
	}
	rest := out[i+1:]
	if j := strings.Index(rest, "\n"+end+"\n"); end != "" && j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func TestCompareSamples(t *testing.T) {
	out := sample(t)

	// The meeting as each side reports it.
	for _, want := range []string{
		"A: " + sampleA,
		"B: " + sampleB,
		"place:        Great Hall of the People (Beijing, CN)",
		"participants: Vladimir Putin (President, RU)",
		"participants: Xi Jinping (President, CN)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "note: the sides give different dates") {
		t.Error("the samples share a date but got the different-dates note")
	}

	// Both participants, each once, with what each side reports.
	if n := strings.Count(out, "\nVladimir Putin\n"); n != 1 {
		t.Errorf("Vladimir Putin has %d sections, want 1", n)
	}
	putin := section(t, out, "Vladimir Putin", "Xi Jinping")
	xi := section(t, out, "Xi Jinping", "TOPICS")
	for _, c := range []struct{ who, text, want string }{
		{"Putin", putin, "[reiterated] Vladimir Putin reiterated that Russia firmly"},
		{"Putin", putin, "[thanked] Vladimir Putin thanked Xi Jinping"},
		{"Putin", putin, "[agreed, with Xi Jinping] The two heads of state agreed"},
		{"Xi", xi, "[pointed out] Xi Jinping pointed out that this year marks"},
		{"Xi", xi, "[expressed] The President of China expressed his readiness"},
	} {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("%s section lacks %q:\n%s", c.who, c.want, c.text)
		}
	}
	// A's statements come under "A reports", B's under "B reports".
	if b, p := strings.Index(xi, "  B reports"), strings.Index(xi, "Xi Jinping pointed out"); b < 0 || p < b {
		t.Errorf("B's statement is not under \"B reports\":\n%s", xi)
	}
	if b, p := strings.Index(xi, "  B reports"), strings.Index(xi, "The President of China expressed"); p > b {
		t.Errorf("A's statement is not under \"A reports\":\n%s", xi)
	}

	// Topics only one side mentions.
	topics := section(t, out, "TOPICS", "")
	onlyA := lineWith(topics, "only A mentions:")
	onlyB := lineWith(topics, "only B mentions:")
	if !strings.Contains(onlyA, "Ukraine crisis") || strings.Contains(onlyA, "Taiwan") {
		t.Errorf("only-A topics = %q, want Ukraine crisis and not Taiwan", onlyA)
	}
	if !strings.Contains(onlyB, "Taiwan") || strings.Contains(onlyB, "Ukraine") {
		t.Errorf("only-B topics = %q, want Taiwan and not Ukraine crisis", onlyB)
	}
	if both := lineWith(topics, "both mention:"); !strings.Contains(both, "BRICS") {
		t.Errorf("shared topics = %q, want BRICS", both)
	}
}

func TestCompareTrim(t *testing.T) {
	out := sample(t, "-trim", "30")
	if !strings.Contains(out, "[reiterated] Vladimir Putin reiterated tha…\n") {
		t.Errorf("-trim 30 did not cut the statement at 30 characters:\n%s", out)
	}
	if strings.Contains(out, "one-China principle") {
		t.Error("-trim 30 left a statement whole")
	}
}

func TestCompareUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"only-one.txt"}, &out, &errOut); code != 2 {
		t.Errorf("one file: exit status %d, want 2", code)
	}
	if !strings.Contains(errOut.String(), "usage: compare") {
		t.Errorf("one file: stderr = %q, want the usage", errOut.String())
	}
	errOut.Reset()
	if code := run([]string{"no-such-a.txt", "no-such-b.txt"}, &out, &errOut); code != 1 {
		t.Errorf("missing files: exit status %d, want 1", code)
	}
	if !strings.Contains(errOut.String(), "no-such-a.txt") || !strings.Contains(errOut.String(), "no-such-b.txt") {
		t.Errorf("missing files: stderr = %q", errOut.String())
	}
}

func lineWith(text, prefix string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return l
		}
	}
	return ""
}

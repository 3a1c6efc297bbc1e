package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestSummaryOfSample(t *testing.T) {
	code, out, errs := runCLI(t, "")
	if code != 0 || errs != "" {
		t.Fatalf("run() = %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"participants: Vladimir Putin (President, RU); Xi Jinping (President, CN)",
		"date:         2025-05-08 (afternoon)",
		"format:       tea",
		"Vladimir Putin [said]: Vladimir Poutinsaid Russia and China",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func TestJSONOneFileAndMany(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(seed), 0o644)
	os.WriteFile(b, []byte("Vladimir Putin met Xi Jinping. The two leaders discussed trade."), 0o644)

	code, out, _ := runCLI(t, "", "-json", a)
	var one map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &one) != nil || one["file"] != nil || one["date"] != "2025-05-08" {
		t.Fatalf("-json one file: code %d, output %.200s", code, out)
	}

	code, out, _ = runCLI(t, "", "-json", a, b)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("-json two files: code %d, %d lines", code, len(lines))
	}
	for i, want := range []string{a, b} {
		var m map[string]any
		if err := json.Unmarshal([]byte(lines[i]), &m); err != nil || m["file"] != want {
			t.Errorf("line %d: file %v, err %v", i, m["file"], err)
		}
	}
}

func TestStdin(t *testing.T) {
	code, out, _ := runCLI(t, "Vladimir Putin met Xi Jinping. Xi Jinping noted that trade grew.", "-json", "-")
	if code != 0 || !strings.Contains(out, `"speakers":["Xi Jinping"]`) {
		t.Fatalf("stdin: code %d, output %s", code, out)
	}
}

func TestErrorsGoToStderrAndOthersGoOn(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(good, []byte(seed), 0o644)
	os.WriteFile(empty, []byte("  \n"), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	code, out, errs := runCLI(t, "", "-json", missing, empty, good)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 1 || !strings.Contains(out, "good.txt") {
		t.Errorf("want one JSON line for good.txt, got %q", out)
	}
	for _, want := range []string{missing + ": ", empty + ": readout: empty input"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q: %q", want, errs)
		}
	}
	if strings.Contains(errs, "goroutine") {
		t.Errorf("stack trace on stderr: %s", errs)
	}
}

func TestTooLargeReportsPosition(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("a"), 10<<20+1), 0o644)
	code, _, errs := runCLI(t, "", big)
	if code != 1 || !strings.Contains(errs, big+":1:10485761: readout: input too large") {
		t.Errorf("code %d, stderr %q", code, errs)
	}
}

func TestNameCommand(t *testing.T) {
	code, out, _ := runCLI(t, "", "name", "-date", "2010-06-11", "the Russian President", "Poutine", "putting")
	if code != 0 {
		t.Fatalf("code %d", code)
	}
	want := "the Russian President\tDmitry Medvedev\tRU\thigh\trole\nPoutine\tVladimir Putin\tRU\thigh\talias\nputting\t\t\tno\t\n"
	if out != want {
		t.Errorf("got\n%q\nwant\n%q", out, want)
	}
}

func TestVersionAndHelp(t *testing.T) {
	if code, out, _ := runCLI(t, "", "-version"); code != 0 || !strings.HasPrefix(out, "readout ") {
		t.Errorf("-version: %d %q", code, out)
	}
	if code, _, errs := runCLI(t, "", "-h"); code != 0 || !strings.Contains(errs, "-json") {
		t.Errorf("-h: %d %q", code, errs)
	}
}

// corpusDir writes n small readouts into a new directory tree.
func corpusDir(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	for i := 0; i < n; i++ {
		sub := dir
		if i%2 == 1 {
			sub = filepath.Join(dir, "sub")
		}
		text := fmt.Sprintf("Vladimir Putin had a telephone conversation with President of Finland Sauli Niinistö.\n\nThe two leaders discussed topic %d.", i)
		os.WriteFile(filepath.Join(sub, fmt.Sprintf("r%03d.txt", i)), []byte(text), 0o644)
	}
	return dir
}

func TestRecurseAndWorkersKeepOrder(t *testing.T) {
	dir := corpusDir(t, 40)
	code1, out1, _ := runCLI(t, "", "-json", "-r", "-j", "1", dir)
	code4, out4, _ := runCLI(t, "", "-json", "-r", "-j", "4", dir)
	if code1 != 0 || code4 != 0 || out1 != out4 {
		t.Fatalf("-j 1 and -j 4 differ (codes %d, %d)", code1, code4)
	}
	if n := strings.Count(out1, "\n"); n != 40 {
		t.Errorf("%d lines, want 40", n)
	}
}

func TestDirectoryWithoutRecurse(t *testing.T) {
	dir := corpusDir(t, 1)
	code, _, errs := runCLI(t, "", "-json", dir)
	if code != 1 || !strings.Contains(errs, dir+": ") || strings.Count(errs, "\n") != 1 {
		t.Errorf("code %d, stderr %q", code, errs)
	}
}

func TestFileListOnStdin(t *testing.T) {
	dir := corpusDir(t, 3)
	list := filepath.Join(dir, "r000.txt") + "\n" + filepath.Join(dir, "r002.txt") + "\n"
	code, out, _ := runCLI(t, list, "-json", "-l")
	if code != 0 || strings.Count(out, `"file":`) != 2 {
		t.Errorf("code %d, output %q", code, out)
	}
}

func TestCSV(t *testing.T) {
	dir := corpusDir(t, 2)
	code, out, _ := runCLI(t, "", "-csv", "-r", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || lines[0] != "file,date,format,speakers,attribution,cue,text,start,end" || len(lines) != 3 {
		t.Fatalf("code %d, csv:\n%s", code, out)
	}
	if !strings.Contains(lines[1], "Vladimir Putin; Sauli Niinistö,group,discussed,The two leaders discussed topic 0.") {
		t.Errorf("row %q", lines[1])
	}
}

func TestBinaryFileIsParsedAround(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte("\x00\xff\xfeVladimir Putin said\x00 that trade grew.\x80"), 0o644)
	code, out, errs := runCLI(t, "", "-json", bin)
	var m map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &m) != nil {
		t.Errorf("code %d, stderr %q, output %q", code, errs, out)
	}
}

type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	f.n++
	return 0, errors.New("broken pipe")
}

func TestWriteErrorReportedOnce(t *testing.T) {
	dir := corpusDir(t, 3)
	var errb bytes.Buffer
	code := run([]string{"-json", "-r", dir}, strings.NewReader(""), &failingWriter{}, &errb)
	if code != 1 || strings.Count(errb.String(), "broken pipe") != 1 {
		t.Errorf("code %d, stderr %q", code, errb.String())
	}
}

func TestRecurseNamesFiles(t *testing.T) {
	dir := corpusDir(t, 1)
	want := `"file":` + strconv.Quote(filepath.Join(dir, "r000.txt"))
	for _, arg := range []string{dir, dir + string(os.PathSeparator)} {
		_, out, _ := runCLI(t, "", "-json", "-r", arg)
		if !strings.Contains(out, want) {
			t.Errorf("readout -json -r %s: no %s in %.200s", arg, want, out)
		}
	}
}

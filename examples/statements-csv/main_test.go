package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestRunSamples(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut); code != 0 {
		t.Fatalf("run() = %d, stderr: %s", code, errOut.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	if got := strings.Join(rows[0], ","); got != "file,date,format,speakers,attribution,cue,text,start,end" {
		t.Fatalf("header = %q", got)
	}
	files := map[string]bool{}
	found := false
	for _, r := range rows[1:] {
		if len(r) != 9 {
			t.Fatalf("row has %d fields: %q", len(r), r)
		}
		files[r[0]] = true
		if r[1] != "2024-03-01" || r[2] != "phone_call" {
			t.Errorf("%s: date, format = %s, %s; want 2024-03-01, phone_call", r[0], r[1], r[2])
		}
		if strings.HasPrefix(r[6], "Chancellor Scholz underscored") {
			found = true
			if r[3] != "Olaf Scholz" || r[4] != "name" || r[5] != "underscored" {
				t.Errorf("Scholz row = %q", r)
			}
		}
		if strings.HasPrefix(r[6], "The two leaders discussed preparations") && r[3] != "Vladimir Putin; Kassym-Jomart Tokayev" {
			t.Errorf("group speakers = %q, want both leaders joined by \"; \"", r[3])
		}
	}
	if !found {
		t.Error("no row for Scholz's statement")
	}
	if len(files) != 2 {
		t.Errorf("rows from %d files, want 2", len(files))
	}
}

func TestRunOffsets(t *testing.T) {
	// start and end are byte offsets into the file as read.
	path := filepath.Join("testdata", "whitehouse_2024-03-01_call-with-chancellor.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{path}, &out, &errOut); code != 0 {
		t.Fatalf("run = %d, stderr: %s", code, errOut.String())
	}
	rows, _ := csv.NewReader(&out).ReadAll()
	if len(rows) < 2 {
		t.Fatal("no statements")
	}
	for _, r := range rows[1:] {
		start, err1 := strconv.Atoi(r[7])
		end, err2 := strconv.Atoi(r[8])
		if err1 != nil || err2 != nil || start < 0 || end > len(raw) || start > end {
			t.Fatalf("bad offsets %q, %q", r[7], r[8])
		}
		if got := string(raw[start:end]); strings.Join(strings.Fields(got), " ") != r[6] {
			t.Errorf("raw[%d:%d] = %q, text = %q", start, end, got, r[6])
		}
	}
}

func TestRunErrorsContinue(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join("testdata", "whitehouse_2024-03-01_call-with-chancellor.txt")
	var out, errOut bytes.Buffer
	code := run([]string{empty, filepath.Join(dir, "missing.txt"), good}, &out, &errOut)
	if code != 1 {
		t.Errorf("exit status = %d, want 1", code)
	}
	if !strings.Contains(errOut.String(), empty+": ") || !strings.Contains(errOut.String(), "missing.txt: ") {
		t.Errorf("stderr = %q", errOut.String())
	}
	if !strings.Contains(out.String(), good) {
		t.Error("the good file after the failing ones was not processed")
	}
}

package readout

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// corpusTexts returns every readout of the shared dev and unlabeled corpus.
func corpusTexts(b testing.TB) ([]string, int64) {
	b.Helper()
	dir := sharedDir(b)
	var texts []string
	var n int64
	for _, sub := range []string{"dev", "unlabeled"} {
		files, _ := filepath.Glob(filepath.Join(dir, "corpus", sub, "*.txt"))
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(t))
			n += int64(len(t))
		}
	}
	if len(texts) == 0 {
		b.Skip("no corpus files")
	}
	return texts, n
}

func BenchmarkParseSeed(b *testing.B) {
	seed, err := os.ReadFile(filepath.Join("testdata", "seed.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(seed)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseCorpus parses the whole shared corpus (dev and unlabeled)
// per op.
func BenchmarkParseCorpus(b *testing.B) {
	texts, n := corpusTexts(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := Parse(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseCorpusCold is BenchmarkParseCorpus with each op starting
// cold: what the pooled scratch keeps from one parse to the next (the
// word memos, see wordTable, and nameKeys) is forgotten before it. The
// corpus is small enough for those memos to hold most of its words, so
// that from the second op on BenchmarkParseCorpus finds them all; a run
// over an archive finds those of the last few thousand words only. This
// is the one pass over the corpus that a fresh process makes.
func BenchmarkParseCorpusCold(b *testing.B) {
	texts, n := corpusTexts(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		forgetKept()
		for _, t := range texts {
			if _, err := Parse(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// forgetKept empties what the pooled scratch keeps from one parse to the
// next.
func forgetKept() {
	sc := scratchPool.Get().(*scratch)
	sc.words = newWordMemo()
	sc.wordFixes = wordTable[wordFix]{}
	clear(sc.nameKeys)
	scratchPool.Put(sc)
}

// BenchmarkFieldsBaseline runs strings.Fields over the same bytes as
// BenchmarkParseCorpus: the floor of any tokenizing parser.
func BenchmarkFieldsBaseline(b *testing.B) {
	texts, n := corpusTexts(b)
	b.SetBytes(n)
	b.ReportAllocs()
	words := 0
	for b.Loop() {
		for _, t := range texts {
			words += len(strings.Fields(t))
		}
	}
	if words == 0 {
		b.Fatal("no words")
	}
}

// BenchmarkRegexpBaseline finds every match of one case-insensitive
// regular expression, a title and the word after it, over the same bytes
// as BenchmarkParseCorpus: what the cheapest pattern matcher costs, a
// second measure of the machine's speed in the same run, as timings here
// swing from minute to minute.
func BenchmarkRegexpBaseline(b *testing.B) {
	texts, n := corpusTexts(b)
	re := regexp.MustCompile(`(?i)(president|prime minister) [a-z]+`)
	b.SetBytes(n)
	b.ReportAllocs()
	matches := 0
	for b.Loop() {
		for _, t := range texts {
			matches += len(re.FindAllStringIndex(t, -1))
		}
	}
	if matches == 0 {
		b.Fatal("no matches")
	}
}

//go:build ignore

// Gen builds gazetteer.tsv from the files in source/, gazetteer_keys.tsv
// (the keys of its names that are not ASCII), gazetteer_words.idx (the
// tables of its name words, see names.NameIndex), and lexicon/words.idx,
// the table of the big word lists of lexicon/ (see names.WordIndex).
//
// Run it from internal/names with "go run gen.go" (or "go generate ./..."
// from the repository root). See source/README.md for the input files and
// gazetteer.tsv's format.
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/readout-go/readout/internal/names"
)

const (
	srcDir        = "source"
	outFile       = "gazetteer.tsv"
	keysFile      = "gazetteer_keys.tsv"
	nameIndexFile = "gazetteer_words.idx"
	indexFile     = "lexicon/words.idx"
)

// Terms from the Wikidata export that start in or after this year are
// unverified (see source/README.md) and get the "?" flag.
const unverifiedFromYear = "2026"

type person struct {
	name    string
	country string // from people.tsv, or derived from the terms
	qid     string
}

type term struct {
	name, office, country, start, end, flag string
	origin                                  string // file:line, for messages
}

type alias struct {
	name, alias, kind, lang string
	shared                  bool
	origin                  string
}

var (
	errs     []string
	warnings []string
)

func errorf(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
func warnf(format string, args ...any)  { warnings = append(warnings, fmt.Sprintf(format, args...)) }

func main() {
	// The word lists are embedded in package names as it is compiled for
	// this run: their table is built from the lists as they are now.
	if err := os.WriteFile(indexFile, names.WordIndex(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	countries, countryNames := readCountries()
	offices := readOffices()
	allowedOffices := readList("allowed_offices.txt")
	forbidden := readList("ambiguous_aliases.txt")
	fixes := readFixes()

	people := map[string]*person{}
	addPerson := func(name, qid, origin string) *person {
		p := people[name]
		if p == nil {
			p = &person{name: name}
			people[name] = p
		}
		if qid != "" {
			if p.qid != "" && p.qid != qid {
				errorf("%s: %s has two QIDs, %s and %s", origin, name, p.qid, qid)
			}
			p.qid = qid
		}
		return p
	}

	// Hand-curated terms come first: they supersede Wikidata rows for the
	// same person, office and country.
	var terms []term
	curated := map[string]bool{} // name|office|country
	qidName := map[string]string{}
	for _, r := range readTSV("terms.tsv", 6, 7) {
		t := term{name: r.f[0], office: r.f[1], country: r.f[2], start: r.f[3], end: r.f[4], flag: r.f[5], origin: r.origin}
		qid := ""
		if len(r.f) > 6 {
			qid = r.f[6]
		}
		if qid != "" {
			if n, ok := qidName[qid]; ok && n != t.name {
				errorf("%s: %s is both %q and %q", r.origin, qid, n, t.name)
			}
			qidName[qid] = t.name
		}
		addPerson(t.name, qid, r.origin)
		terms = append(terms, t)
		curated[t.name+"|"+t.office+"|"+t.country] = true
	}

	// Wikidata rows.
	var nDropped, nSuperseded, nFlagged, nRelabelled int
	seenTerm := map[string]bool{}
	for _, w := range readWikidata() {
		fx := fixes.lookup(w)
		if fx.drop {
			nDropped++
			continue
		}
		name := w.holderLabel
		if fx.label != "" {
			if fx.label != name {
				nRelabelled++
			}
			name = fx.label
		}
		if regexp.MustCompile(`^Q[0-9]+$`).MatchString(name) {
			errorf("%s: %s has no label; add it to wikidata_fixes.tsv", w.origin, w.holder)
			continue
		}
		if n, ok := qidName[w.holder]; ok && n != name {
			errorf("%s: %s is %q in terms.tsv but %q here; add a label fix", w.origin, w.holder, n, name)
		}
		qidName[w.holder] = name
		office, ok := offices[w.positionLabel]
		if !ok {
			errorf("%s: position %q is not in offices.tsv", w.origin, w.positionLabel)
			continue
		}
		if office == "drop" {
			nDropped++
			continue
		}
		if fx.office != "" {
			office = fx.office
		}
		country, ok := countryNames[w.country]
		if !ok {
			errorf("%s: country %q is not in countries.tsv", w.origin, w.country)
			continue
		}
		if curated[name+"|"+office+"|"+country] {
			addPerson(name, w.holder, w.origin)
			nSuperseded++
			continue
		}
		flag := fx.flag
		if w.start >= unverifiedFromYear {
			flag = "?"
		}
		if flag != "" {
			nFlagged++
		}
		t := term{name: name, office: office, country: country, start: w.start, end: w.end, flag: flag, origin: w.origin}
		key := strings.Join([]string{t.name, t.office, t.country, t.start, t.end}, "|")
		if seenTerm[key] {
			continue
		}
		seenTerm[key] = true
		addPerson(name, w.holder, w.origin)
		terms = append(terms, t)
	}

	// people.tsv: countries (and QIDs) the terms cannot tell.
	for _, r := range readTSV("people.tsv", 2, 3) {
		p := people[r.f[0]]
		if p == nil {
			errorf("%s: %s has no term", r.origin, r.f[0])
			continue
		}
		p.country = r.f[1]
		if len(r.f) > 2 && r.f[2] != "" {
			addPerson(p.name, r.f[2], r.origin)
		}
	}

	// Validate terms; derive each person's country from the earliest
	// national term (an organisation only when there is no other).
	sort.SliceStable(terms, func(i, j int) bool {
		a, b := terms[i], terms[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.office < b.office
	})
	for _, t := range terms {
		checkName(t.name, t.origin)
		if !countries[t.country] {
			errorf("%s: unknown country %q", t.origin, t.country)
		}
		if !allowedOffices[t.office] {
			errorf("%s: office %q is not in allowed_offices.txt", t.origin, t.office)
		}
		lo, okStart := dateBound(t.start, false)
		hi, okEnd := dateBound(t.end, true)
		if !okStart || t.start == "" {
			errorf("%s: bad start %q", t.origin, t.start)
		}
		if !okEnd {
			errorf("%s: bad end %q", t.origin, t.end)
		}
		if okStart && okEnd && t.end != "" && lo > hi {
			errorf("%s: start %s after end %s", t.origin, t.start, t.end)
		}
		if t.flag != "" && t.flag != "?" {
			errorf("%s: flag must be empty or ?, not %q", t.origin, t.flag)
		}
		p := people[t.name]
		if p.country == "" && !isOrg(t.country) {
			p.country = t.country
		}
	}
	for _, t := range terms {
		if p := people[t.name]; p.country == "" {
			p.country = t.country
		}
	}
	for _, p := range people {
		if !countries[p.country] {
			errorf("person %s: unknown country %q", p.name, p.country)
		}
	}
	checkOverlaps(terms)

	// Aliases.
	var aliases []alias
	aliasOwner := map[string][]alias{}
	seenAlias := map[string]bool{}
	for _, r := range readTSV("aliases.tsv", 4, 5) {
		a := alias{name: r.f[0], alias: r.f[1], kind: r.f[2], lang: r.f[3], origin: r.origin}
		if len(r.f) > 4 {
			if r.f[4] != "shared" {
				errorf("%s: fifth column must be empty or \"shared\"", r.origin)
			}
			a.shared = true
		}
		if people[a.name] == nil {
			errorf("%s: alias for unknown person %q", r.origin, a.name)
			continue
		}
		if !validKinds[a.kind] {
			errorf("%s: bad alias kind %q", r.origin, a.kind)
		}
		if !regexp.MustCompile(`^(und|[a-z]{2,3}(-[a-z0-9]+)*)$`).MatchString(a.lang) {
			errorf("%s: bad language %q", r.origin, a.lang)
		}
		if a.alias != strings.TrimSpace(a.alias) || a.alias == "" || strings.Contains(a.alias, "  ") {
			errorf("%s: bad alias %q", r.origin, a.alias)
		}
		if forbidden[strings.ToLower(a.alias)] {
			errorf("%s: %q is in ambiguous_aliases.txt and must not be an alias", r.origin, a.alias)
		}
		if a.alias == a.name {
			warnf("%s: alias %q equals the canonical name; skipped", r.origin, a.alias)
			continue
		}
		key := a.name + "\t" + a.alias
		if seenAlias[key] {
			continue // the same alias for the same person in two languages: keep the first
		}
		seenAlias[key] = true
		aliases = append(aliases, a)
		fold := strings.ToLower(a.alias)
		aliasOwner[fold] = append(aliasOwner[fold], a)
	}
	// An alias (case-folded) may name two people, or be another person's
	// canonical name, only when every row for it says "shared".
	for _, p := range people {
		fold := strings.ToLower(p.name)
		for _, a := range aliasOwner[fold] {
			if a.name != p.name && !a.shared {
				errorf("%s: alias %q is the canonical name of another person", a.origin, a.alias)
			}
		}
	}
	for fold, as := range aliasOwner {
		names := map[string]bool{}
		shared := true
		for _, a := range as {
			names[a.name] = true
			shared = shared && a.shared
		}
		if len(names) > 1 && !shared {
			var list []string
			for n := range names {
				list = append(list, n)
			}
			sort.Strings(list)
			errorf("%s: alias %q names %s; drop it or mark every row \"shared\"", as[0].origin, fold, strings.Join(list, ", "))
		}
	}

	if len(errs) > 0 {
		sort.Strings(errs)
		for _, e := range errs {
			fmt.Fprintln(os.Stderr, "error:", e)
		}
		fmt.Fprintf(os.Stderr, "gen: %d errors; %s not written\n", len(errs), outFile)
		os.Exit(1)
	}

	out := write(people, terms, aliases)
	if err := os.WriteFile(outFile, out, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile(keysFile, writeKeys(out), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	idx, err := names.NameIndex(out)
	if err == nil {
		err = os.WriteFile(nameIndexFile, idx, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	for _, w := range warnings {
		fmt.Fprintln(os.Stderr, "warning:", w)
	}
	summary(people, terms, aliases, len(out))
	fmt.Fprintf(os.Stderr, "wikidata rows: %d dropped (fixes or office \"drop\"), %d superseded by terms.tsv, %d relabelled, %d flagged ?\n",
		nDropped, nSuperseded, nRelabelled, nFlagged)
}

var validKinds = map[string]bool{
	"native": true, "exonym": true, "romanization": true, "short": true, "nickname": true,
	"full": true, "initials": true, "variant": true, "acronym": true,
}

func isOrg(c string) bool { return c == "UN" || c == "EU" || c == "NATO" }

func checkName(name, origin string) {
	if name != strings.TrimSpace(name) || strings.Contains(name, "  ") || name == "" {
		errorf("%s: bad name %q", origin, name)
	}
	for _, title := range []string{"President ", "King ", "Sheikh ", "Prime Minister ", "Dr. ", "Mr. "} {
		if strings.HasPrefix(name, title) {
			errorf("%s: name %q has a title", origin, name)
		}
	}
}

// dateBound parses YYYY, YYYY-MM or YYYY-MM-DD and returns the earliest
// (or, with upper, the latest) day it can mean, as YYYY-MM-DD. The empty
// string is a valid open end.
func dateBound(s string, upper bool) (string, bool) {
	if s == "" {
		return "9999-12-31", true
	}
	switch len(s) {
	case 4:
		if _, err := time.Parse("2006", s); err != nil {
			return "", false
		}
		if upper {
			return s + "-12-31", true
		}
		return s + "-01-01", true
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return "", false
		}
		if upper {
			return t.AddDate(0, 1, -1).Format("2006-01-02"), true
		}
		return s + "-01", true
	case 10:
		if _, err := time.Parse("2006-01-02", s); err != nil {
			return "", false
		}
		return s, true
	}
	return "", false
}

// Offices held by more than one person at a time.
var collegial = map[string]bool{
	"Captain Regent": true, "Co-Prince": true, "Vice President": true, "First Vice President": true,
	"Head of State": true, "Chairman of the Presidential Council": true,
}

// checkOverlaps warns when two people hold the same single-holder office
// of the same country on the same day (day-precise terms only).
func checkOverlaps(terms []term) {
	by := map[string][]term{}
	for _, t := range terms {
		if len(t.start) == 10 && (t.end == "" || len(t.end) == 10) && !collegial[t.office] {
			by[t.office+"|"+t.country] = append(by[t.office+"|"+t.country], t)
		}
	}
	for _, ts := range by {
		sort.Slice(ts, func(i, j int) bool { return ts[i].start < ts[j].start })
		for i := 1; i < len(ts); i++ {
			prev, cur := ts[i-1], ts[i]
			end := prev.end
			if end == "" {
				end = "9999-12-31"
			}
			if prev.name != cur.name && cur.start < end {
				warnf("%s: %s %s (%s) starts %s, before %s's term (%s) ends %s",
					cur.origin, cur.country, cur.office, cur.name, cur.start, prev.name, prev.origin, prev.end)
			}
		}
	}
}

// writeKeys returns gazetteer_keys.tsv for the gazetteer gz: the key
// (names.Key) of each of its names and aliases that is not ASCII, which
// names.Default takes instead of computing it.
func writeKeys(gz []byte) []byte {
	var b bytes.Buffer
	b.WriteString("# Code generated by gen.go; DO NOT EDIT.\n")
	b.WriteString("# names.Key of the names and aliases of gazetteer.tsv that are not ASCII (sources and licences: those of gazetteer.tsv).\n")
	b.WriteString("# name\tkey\n")
	seen := map[string]bool{}
	for _, l := range strings.Split(string(gz), "\n") {
		f := strings.Split(l, "\t")
		var name string
		switch {
		case f[0] == "P" && len(f) > 1:
			name = f[1]
		case f[0] == "A" && len(f) > 2:
			name = f[2]
		default:
			continue
		}
		name = strings.TrimSpace(name)
		if seen[name] || strings.IndexFunc(name, func(r rune) bool { return r >= utf8.RuneSelf }) < 0 {
			continue
		}
		seen[name] = true
		fmt.Fprintf(&b, "%s\t%s\n", name, names.Key(name))
	}
	return b.Bytes()
}

func write(people map[string]*person, terms []term, aliases []alias) []byte {
	var b bytes.Buffer
	b.WriteString("# Code generated by gen.go; DO NOT EDIT.\n")
	b.WriteString("# Sources: Wikidata (CC0) via every-politician-scrapers/world-leaders-2021; hand-curated terms and aliases (BSD-3-Clause, this project). See source/README.md.\n")
	b.WriteString("# P\tname\tcountry\tqid | T\tname\toffice\tcountry\tstart\tend\tflag | A\tname\talias\tkind\tlang\n")

	names := make([]string, 0, len(people))
	for n := range people {
		names = append(names, n)
	}
	sort.Strings(names)
	termsOf := map[string][]term{}
	for _, t := range terms {
		termsOf[t.name] = append(termsOf[t.name], t)
	}
	aliasesOf := map[string][]alias{}
	for _, a := range aliases {
		aliasesOf[a.name] = append(aliasesOf[a.name], a)
	}
	for _, n := range names {
		p := people[n]
		fmt.Fprintf(&b, "P\t%s\t%s\t%s\n", p.name, p.country, p.qid)
		ts := termsOf[n]
		sort.SliceStable(ts, func(i, j int) bool {
			if ts[i].start != ts[j].start {
				return ts[i].start < ts[j].start
			}
			return ts[i].office+ts[i].country < ts[j].office+ts[j].country
		})
		for _, t := range ts {
			fmt.Fprintf(&b, "T\t%s\t%s\t%s\t%s\t%s\t%s\n", t.name, t.office, t.country, t.start, t.end, t.flag)
		}
		as := aliasesOf[n]
		sort.SliceStable(as, func(i, j int) bool {
			if as[i].alias != as[j].alias {
				return as[i].alias < as[j].alias
			}
			return as[i].lang < as[j].lang
		})
		for _, a := range as {
			fmt.Fprintf(&b, "A\t%s\t%s\t%s\t%s\n", a.name, a.alias, a.kind, a.lang)
		}
	}
	return b.Bytes()
}

var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Latin", unicode.Latin}, {"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek},
	{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
	{"Hangul", unicode.Hangul}, {"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew},
	{"Devanagari", unicode.Devanagari}, {"Bengali", unicode.Bengali}, {"Thai", unicode.Thai},
	{"Armenian", unicode.Armenian}, {"Georgian", unicode.Georgian}, {"Khmer", unicode.Khmer},
	{"Lao", unicode.Lao}, {"Myanmar", unicode.Myanmar}, {"Ethiopic", unicode.Ethiopic},
	{"Sinhala", unicode.Sinhala}, {"Tamil", unicode.Tamil}, {"Mongolian", unicode.Mongolian},
	{"Tibetan", unicode.Tibetan}, {"Gujarati", unicode.Gujarati},
}

func summary(people map[string]*person, terms []term, aliases []alias, size int) {
	countries := map[string]bool{}
	for _, p := range people {
		countries[p.country] = true
	}
	for _, t := range terms {
		countries[t.country] = true
	}
	uncertain := 0
	for _, t := range terms {
		if t.flag == "?" {
			uncertain++
		}
	}
	byScript := map[string]int{}
	for _, a := range aliases {
		seen := map[string]bool{}
		for _, r := range a.alias {
			for _, s := range scripts {
				if unicode.Is(s.table, r) && !seen[s.name] {
					seen[s.name] = true
					byScript[s.name]++
				}
			}
		}
	}
	var ss []string
	for _, s := range scripts {
		if byScript[s.name] > 0 {
			ss = append(ss, fmt.Sprintf("%s %d", s.name, byScript[s.name]))
		}
	}
	fmt.Fprintf(os.Stderr, "%s: %d bytes; people %d, terms %d (%d marked ?), aliases %d, countries %d, scripts %d (%s)\n",
		outFile, size, len(people), len(terms), uncertain, len(aliases), len(countries), len(ss), strings.Join(ss, ", "))
}

// Input files.

type row struct {
	f      []string
	origin string
}

// readTSV reads a tab-separated file of source/, skipping blank lines and
// lines starting with "#". Each row has min to max fields; trailing empty
// fields may be left out.
func readTSV(name string, min, max int) []row {
	f, err := os.Open(filepath.Join(srcDir, name))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		origin := fmt.Sprintf("%s:%d", name, n)
		fields := strings.Split(line, "\t")
		for len(fields) > min && fields[len(fields)-1] == "" {
			fields = fields[:len(fields)-1]
		}
		for len(fields) < min {
			fields = append(fields, "")
		}
		if len(fields) > max {
			errorf("%s: %d fields, want at most %d", origin, len(fields), max)
			continue
		}
		for i, s := range fields {
			if s != strings.TrimSpace(s) {
				errorf("%s: field %d has surrounding space", origin, i+1)
			}
		}
		rows = append(rows, row{fields, origin})
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return rows
}

func readList(name string) map[string]bool {
	m := map[string]bool{}
	for _, r := range readTSV(name, 1, 1) {
		m[r.f[0]] = true
		m[strings.ToLower(r.f[0])] = true
	}
	return m
}

func readCountries() (codes map[string]bool, names map[string]string) {
	codes, names = map[string]bool{}, map[string]string{}
	for _, r := range readTSV("countries.tsv", 2, 2) {
		codes[r.f[0]] = true
		names[r.f[1]] = r.f[0]
	}
	return codes, names
}

func readOffices() map[string]string {
	m := map[string]string{}
	for _, r := range readTSV("offices.tsv", 2, 2) {
		m[r.f[0]] = r.f[1]
	}
	return m
}

type wikidataRow struct {
	country, position, positionLabel, holder, holderLabel, start, end string
	origin                                                            string
}

func readWikidata() []wikidataRow {
	f, err := os.Open(filepath.Join(srcDir, "wikidata_leaders.csv"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var rows []wikidataRow
	for i, r := range recs {
		if i == 0 {
			continue // header
		}
		if len(r) != 8 {
			errorf("wikidata_leaders.csv:%d: %d fields", i+1, len(r))
			continue
		}
		rows = append(rows, wikidataRow{
			country: r[1], position: r[2], positionLabel: r[3], holder: r[4], holderLabel: r[5],
			start: r[6], end: r[7], origin: fmt.Sprintf("wikidata_leaders.csv:%d", i+1),
		})
	}
	return rows
}

// Fixes for wikidata_leaders.csv, from wikidata_fixes.tsv: qid, position
// qid or "*", start year or "*", action (label, drop, office, flag), value.
type fix struct {
	label, office, flag string
	drop                bool
}

type fixTable map[string][]row

func readFixes() fixTable {
	t := fixTable{}
	for _, r := range readTSV("wikidata_fixes.tsv", 5, 6) {
		switch r.f[3] {
		case "label", "office":
			if r.f[4] == "" {
				errorf("%s: %s needs a value", r.origin, r.f[3])
			}
		case "drop":
		case "flag":
			if r.f[4] != "?" {
				errorf("%s: flag value must be ?", r.origin)
			}
		default:
			errorf("%s: unknown action %q", r.origin, r.f[3])
		}
		t[r.f[0]] = append(t[r.f[0]], r)
	}
	return t
}

func (t fixTable) lookup(w wikidataRow) fix {
	var fx fix
	for _, r := range t[w.holder] {
		if (r.f[1] != "*" && r.f[1] != w.position) || (r.f[2] != "*" && r.f[2] != w.start) {
			continue
		}
		switch r.f[3] {
		case "label":
			fx.label = r.f[4]
		case "office":
			fx.office = r.f[4]
		case "drop":
			fx.drop = true
		case "flag":
			fx.flag = "?"
		}
	}
	return fx
}

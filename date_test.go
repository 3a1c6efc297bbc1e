package readout

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestDates(t *testing.T) {
	for _, tc := range []struct {
		name, in, date string
		tod            TimeOfDay
		local          bool
	}{
		{"explicit", " date 2025-05-09 In the afternoon of May 8, 2025, local time, Russian President Vladimir Putin met Chinese President Xi Jinping.", "2025-05-08", Afternoon, true},
		{"kremlin date line", "Telephone conversation with President of Finland Sauli Niinistö\n\nAugust 14, 2019\n\nVladimir Putin had a telephone conversation with Sauli Niinistö.", "2019-08-14", TimeUnknown, false},
		{"today", " date 2023-03-03 Readout of a Meeting\n\nPresident Biden met today with Chancellor Scholz.", "2023-03-03", TimeUnknown, false},
		{"this afternoon", " date 2023-10-23 Readout of a Call\n\nPresident Biden spoke this afternoon with Prime Minister Netanyahu.", "2023-10-23", Afternoon, false},
		{"yesterday", " date 2025-02-12 Readout of a Meeting\n\nYesterday, President Trump met King Abdullah II.", "2025-02-11", TimeUnknown, false},
		{"weekday past-biased", " date 2024-05-17 Readout of a Call\n\nOn Tuesday, President Biden spoke with President Macron.", "2024-05-14", TimeUnknown, false},
		{"month-only header", " date 2024-05 Readout of a Call\n\nPresident Biden spoke today with President Macron.", "2024-05", TimeUnknown, false},
		{"day and month against the dateline", " date 2024-01-03 Readout of a Call\n\nOn December 30, President Biden spoke with President Macron.", "2023-12-30", TimeUnknown, false},
		{"range of days", " date 2024-01-27 Readout of a Meeting\n\nNational Security Advisor Jake Sullivan met with Director Wang Yi in Bangkok on January 26-27.", "2024-01-26", TimeUnknown, false},
		{"dateline alone fixes nothing", " date 2021-08-20 Readout of a Call\n\nPresident Biden and Amir Tamim spoke to reaffirm their friendship.", "", TimeUnknown, false},
		{"transcript time stamp", " date 2022-09-16 Remarks by Vice President Harris\n\n9:25 A.M. EDT\n\nVICE PRESIDENT HARRIS: Welcome.", "", Morning, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Parse(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if m.Date != tc.date || m.TimeOfDay != tc.tod || m.LocalTime != tc.local {
				t.Errorf("got date %q, time of day %q, local %v; want %q, %q, %v", m.Date, m.TimeOfDay, m.LocalTime, tc.date, tc.tod, tc.local)
			}
		})
	}
}

// TestISODate holds isoDate to the fmt.Sprintf calls it stands for.
func TestISODate(t *testing.T) {
	for _, y := range []int{1, 99, 999, 1900, 2025, 2100, 12345} {
		for _, mo := range []time.Month{time.January, time.September, time.October, time.December} {
			for _, day := range []int{0, 1, 9, 10, 31} {
				want := fmt.Sprintf("%04d-%02d-%02d", y, mo, day)
				if day == 0 {
					want = fmt.Sprintf("%04d-%02d", y, mo)
				}
				if got := isoDate(y, mo, day); got != want {
					t.Errorf("isoDate(%d, %d, %d) = %q, want %q", y, mo, day, got, want)
				}
			}
		}
	}
}

// FuzzStartsMonth holds the test that spares dateLineDate tokenizing a line
// to what the tokens tell: when the first token of a line is a month's
// name, startsMonth says the line may start with one.
func FuzzStartsMonth(f *testing.F) {
	for _, s := range []string{"June 11, 2010, Tashkent", "SEPTEMBER 1", "Sept. 4", "May", "Mayor Adams", "June-July",
		"Junes", "JUNE’s", "Dec\u00e9mber", "Mar2", "Jan.", "Monday"} {
		f.Add(s)
	}
	for w := range months {
		if len(w) > maxMonth {
			f.Fatalf("month %q is longer than maxMonth", w)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s, 0, len(s), nil)
		if len(toks) == 0 || toks[0].start != 0 {
			return
		}
		if _, ok := months[toks[0].lower()]; ok && !startsMonth(s) {
			t.Errorf("startsMonth(%q) = false, but its first token %q is a month", s, toks[0].text)
		}
	})
}

// TestTodayPhrases holds the phrases to the start todayAt reads first.
func TestTodayPhrases(t *testing.T) {
	// todayAt compares the first four bytes of a word, each with bit
	// 0x20 set, with todayStarts: exact for lower-case letters only.
	for _, w := range todayPhrases {
		if len(w) <= 4 || w[0] != 't' || strings.ToLower(w) != w || !isLetterByte(w[1]) || !isLetterByte(w[2]) || !isLetterByte(w[3]) {
			t.Errorf("today phrase %q is no phrase of lower-case letters longer than four bytes starting with 't'", w)
		}
		if q := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24; !slices.Contains(todayStarts[:], q) {
			t.Errorf("today phrase %q does not start with one of todayStarts", w)
		}
	}
}

// FuzzSaysToday holds saysToday, which compares a phrase's second letter
// first, to the plain comparison of every phrase at every word start.
func FuzzSaysToday(f *testing.F) {
	for _, s := range []string{"met today", "TONIGHT.", "This Morning", "this  evening", "todays", "thiſ morning",
		"at\u212aoday", "xtoday", "the talks this afternoon", "t", "th", "to"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for i := 0; i < len(s) && !want; i++ {
			if s[i]|0x20 != 't' || i > 0 && isLetterByte(s[i-1]) {
				continue
			}
			for _, w := range todayPhrases {
				rest := s[i:]
				if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) && (len(rest) == len(w) || !isLetterByte(rest[len(w)])) {
					want = true
				}
			}
		}
		if got := saysToday(s); got != want {
			t.Errorf("saysToday(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzDateNeedsNumber holds the test that spares dateIn reading dates in
// a sentence without a number: dateAt finds none there.
func FuzzDateNeedsNumber(f *testing.F) {
	for _, s := range []string{"On June 11, 2010, they met", "in May", "11 June", "June eleventh", "Sept. of this year", "May 2025"} {
		f.Add(s, "2024-05-17")
	}
	f.Fuzz(func(t *testing.T, s, ref string) {
		toks := tokenize(s, 0, len(s), nil)
		for _, tok := range toks {
			if isDigit(tok.text[0]) {
				return
			}
		}
		for i := range toks {
			if date, _ := dateAt(toks, i, ref); date != "" {
				t.Errorf("dateAt(%q, %d) = %q without a number", s, i, date)
			}
		}
	})
}

// FuzzParseISODate holds parseISODate to time.Parse with its layouts.
func FuzzParseISODate(f *testing.F) {
	for _, s := range []string{"2024-05-16", "2024-02-29", "2023-02-29", "2024-13", "2024-00-10", "2024", "0000-01-01",
		"+024-01-01", "2024-1-01", "2024-01-1 ", "2024/01/01", "2024-04-31", "1900-02-29", "2000-02-29"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want time.Time
		wantOK := false
		for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
			if len(s) == len(layout) {
				if tm, err := time.Parse(layout, s); err == nil {
					want, wantOK = tm, true
					break
				}
			}
		}
		if got, ok := parseISODate(s); ok != wantOK || got != want {
			t.Errorf("parseISODate(%q) = %v, %v, want %v, %v", s, got, ok, want, wantOK)
		}
	})
}

// FuzzDateNumber holds dateNumber, which reads bytes, to its definition
// in the functions of strings and strconv.
func FuzzDateNumber(f *testing.F) {
	for _, s := range []string{"11", "11th", "26-27", "14–15", "2010", "0002010", "1st", "3rd", "99999999999999999999999", "1-", "1–x", "12\xe2\x80", "1a", "+1", "1_0"} {
		f.Add(s, 1, 31)
		f.Add(s, 1900, 2100)
	}
	f.Fuzz(func(t *testing.T, w string, lo, hi int) {
		if w == "" || lo < 0 || hi < lo {
			return
		}
		want, wantOK := 0, false
		if isDigit(w[0]) {
			v := w
			if i := strings.IndexAny(v, "-–"); i > 0 && lo == 1 {
				v = v[:i]
			}
			n, err := strconv.Atoi(strings.TrimRight(v, "stndrh"))
			want, wantOK = n, err == nil && n >= lo && n <= hi
		}
		if got, ok := dateNumber(w, lo, hi); ok != wantOK || ok && got != want {
			t.Errorf("dateNumber(%q, %d, %d) = %d, %v, want %d, %v", w, lo, hi, got, ok, want, wantOK)
		}
	})
}

// FuzzScanTime holds scanTime, which passes over words that start and
// are as long as none of timeWords (timeWordLen), to the reading of
// every token. Its seeds name every time word.
func FuzzScanTime(f *testing.F) {
	for _, s := range []string{"this morning", "in the afternoon", "this evening", "tonight", "at night", "last night",
		"at 10 a.m. local time", "LOCAL TIME", "Night", "morning.", "noon", "nights", "mornings"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s, 0, len(s), nil)
		got, want := &document{m: &Meeting{}}, &document{m: &Meeting{}}
		got.scanTime(toks)
		scanTimeRef(want.m, toks)
		if got.m.TimeOfDay != want.m.TimeOfDay || got.m.LocalTime != want.m.LocalTime {
			t.Errorf("scanTime(%q) = %v, %v, want %v, %v", s, got.m.TimeOfDay, got.m.LocalTime, want.m.TimeOfDay, want.m.LocalTime)
		}
	})
}

// scanTimeRef is scanTime reading every token.
func scanTimeRef(m *Meeting, toks []token) {
	for i := range toks {
		w := toks[i].low
		if m.TimeOfDay == TimeUnknown {
			switch w {
			case "morning":
				m.TimeOfDay = Morning
			case "afternoon":
				m.TimeOfDay = Afternoon
			case "evening", "tonight":
				m.TimeOfDay = Evening
			case "night":
				if i == 0 || toks[i-1].lower() != "last" {
					m.TimeOfDay = Night
				}
			}
		}
		if w == "local" && i+1 < len(toks) && toks[i+1].lower() == "time" {
			m.LocalTime = true
		}
	}
}

// FuzzClockTime holds clockTime, which reads "am" or "pm" without
// lower-casing and copying the rest of the line, to that reading.
func FuzzClockTime(f *testing.F) {
	for _, s := range []string{"4:18 P.M. EDT", "10:13 A.M. PST", "12:00 a.m.", "12:30 PM", "9:25 A.M.", "11:05 p..m", "7:00 AM\xff",
		"3:15 p", "13:00 PM", "1:05 Am", "2:30 Ρ.Μ.", "6:45 \u212am", "8:00 .a.m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, m, ok := clockTime(s)
		wh, wm, wok := clockTimeRef(s)
		if h != wh || m != wm || ok != wok {
			t.Errorf("clockTime(%q) = %d, %d, %v, want %d, %d, %v", s, h, m, ok, wh, wm, wok)
		}
	})
}

// clockTimeRef is clockTime lower-casing the rest of the line.
func clockTimeRef(s string) (hour, minute int, ok bool) {
	c := strings.IndexByte(s, ':')
	if c < 1 || c > 2 || len(s) < c+3 {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(s[:c])
	m, err2 := strconv.Atoi(s[c+1 : c+3])
	if err1 != nil || err2 != nil || h > 23 || m > 59 {
		return 0, 0, false
	}
	rest := strings.ToLower(strings.TrimSpace(s[c+3:]))
	rest = strings.ReplaceAll(rest, ".", "")
	switch {
	case strings.HasPrefix(rest, "pm") && h < 12:
		h += 12
	case strings.HasPrefix(rest, "am") && h == 12:
		h = 0
	case strings.HasPrefix(rest, "am"), strings.HasPrefix(rest, "pm"):
	default:
		return 0, 0, false
	}
	return h, m, true
}

// TestMeridiemLetters holds meridiem's reading of bytes: only the ASCII
// letters lower-case to the letters of "am" and "pm".
func TestMeridiemLetters(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		switch l := unicode.ToLower(r); l {
		case 'a', 'm', 'p':
			if r != l && r != l-'a'+'A' {
				t.Errorf("%U lower-cases to %q", r, l)
			}
		}
	}
}

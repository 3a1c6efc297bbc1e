package readout

import (
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"
)

// TimeOfDay is the part of the day a meeting took place in.
type TimeOfDay int

// The parts of the day. The zero value, TimeUnknown, means the text does
// not say.
const (
	TimeUnknown TimeOfDay = iota
	Morning
	Afternoon
	Evening
	Night
)

var timeOfDayNames = [...]string{"", "morning", "afternoon", "evening", "night"}

// String returns the JSON form: "morning", "afternoon", "evening", "night",
// or "" for TimeUnknown.
func (t TimeOfDay) String() string {
	if t < 0 || int(t) >= len(timeOfDayNames) {
		return fmt.Sprintf("TimeOfDay(%d)", int(t))
	}
	return timeOfDayNames[t]
}

// MarshalText implements [encoding.TextMarshaler].
func (t TimeOfDay) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (t *TimeOfDay) UnmarshalText(b []byte) error {
	for i, n := range timeOfDayNames {
		if n == string(b) {
			*t = TimeOfDay(i)
			return nil
		}
	}
	return fmt.Errorf("readout: unknown time of day %q", b)
}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// parseISODate reads YYYY-MM-DD, YYYY-MM or YYYY, as time.Parse reads
// them with the layouts "2006-01-02", "2006-01" and "2006": every number
// of all its digits, the month from 1 to 12, the day one of the month's.
func parseISODate(s string) (time.Time, bool) {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return time.Time{}, false
	}
	y, ok := digits(s[:4])
	if !ok {
		return time.Time{}, false
	}
	mo, day := 1, 1
	if len(s) >= 7 {
		if mo, ok = digits(s[5:7]); !ok || s[4] != '-' || mo < 1 || mo > 12 {
			return time.Time{}, false
		}
	}
	if len(s) == 10 {
		if day, ok = digits(s[8:10]); !ok || s[7] != '-' || day < 1 || day > daysIn(time.Month(mo), y) {
			return time.Time{}, false
		}
	}
	return time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC), true
}

// digits returns the number s writes in decimal digits, all of it.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// daysIn returns the number of days of the month mo of year y.
func daysIn(mo time.Month, y int) int {
	return time.Date(y, mo+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dateAt reads a written date at toks[i]: "June 11, 2010", "11 June 2010",
// "June 11" (year taken from ref, past-biased), "May 2025". It returns the
// ISO date and the index after it.
func dateAt(toks []token, i int, ref string) (string, int) {
	num := func(k int, lo, hi int) (int, bool) {
		if k >= len(toks) {
			return 0, false
		}
		return dateNumber(toks[k].text, lo, hi)
	}
	if i >= len(toks) {
		return "", i
	}
	if mo, ok := monthAt(toks, i); ok {
		if day, ok := num(i+1, 1, 31); ok {
			k := i + 2
			if k < len(toks) && toks[k].text == "," {
				k++
			}
			if y, ok := num(k, 1900, 2100); ok {
				return isoDate(y, mo, day), k + 1
			}
			if y := refYear(ref, int(mo), day); y > 0 {
				return isoDate(y, mo, day), i + 2
			}
		}
		if y, ok := num(i+1, 1900, 2100); ok {
			return isoDate(y, mo, 0), i + 2
		}
		return "", i
	}
	if day, ok := num(i, 1, 31); ok && i+1 < len(toks) {
		if mo, ok := monthAt(toks, i+1); ok {
			if y, ok := num(i+2, 1900, 2100); ok {
				return isoDate(y, mo, day), i + 3
			}
			if y := refYear(ref, int(mo), day); y > 0 {
				return isoDate(y, mo, day), i + 2
			}
		}
	}
	return "", i
}

// dateNumber reads the token w as a number from lo to hi: a year, or,
// when lo is 1, a day ("11", "11th", "26-27" or "14–15" for the first of
// a range of days).
func dateNumber(w string, lo, hi int) (int, bool) {
	if !isDigit(w[0]) {
		return 0, false
	}
	if lo == 1 {
		for i := 1; i < len(w); i++ {
			if w[i] == '-' || w[i] == "–"[0] && strings.HasPrefix(w[i:], "–") {
				w = w[:i]
				break
			}
		}
	}
	for len(w) > 0 && strings.IndexByte("stndrh", w[len(w)-1]) >= 0 {
		w = w[:len(w)-1]
	}
	// Once past hi, a number stays past it: n stops growing there, so
	// that no run of digits overflows it.
	n := 0
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return 0, false
		}
		if n <= hi {
			n = n*10 + int(w[i]-'0')
		}
	}
	return n, n >= lo && n <= hi
}

// monthAt reads the name of a month, of three letters or more, at toks[i].
func monthAt(toks []token, i int) (time.Month, bool) {
	if len(toks[i].text) < 3 {
		return 0, false
	}
	mo, ok := months[toks[i].low]
	return mo, ok
}

// isoDate returns a date as "YYYY-MM-DD", or "YYYY-MM" when day is 0,
// each number zero-padded as fmt's %04d and %02d pad a positive one.
func isoDate(y int, mo time.Month, day int) string {
	var buf [16]byte
	b := appendPadded(buf[:0], y, 4)
	b = appendPadded(append(b, '-'), int(mo), 2)
	if day > 0 {
		b = appendPadded(append(b, '-'), day, 2)
	}
	return string(b)
}

// appendPadded appends the decimal digits of n >= 0 to b, after as many
// zeros as make them width digits.
func appendPadded(b []byte, n, width int) []byte {
	var buf [20]byte
	digits := strconv.AppendInt(buf[:0], int64(n), 10)
	for i := len(digits); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// refYear returns the year of a month and day written without one, the
// latest not after the reference date; 0 without a reference.
func refYear(ref string, mo, day int) int {
	t, ok := parseISODate(ref)
	if !ok {
		return 0
	}
	y := t.Year()
	if len(ref) == 10 && time.Date(y, time.Month(mo), day, 0, 0, 0, 0, time.UTC).After(t) {
		y--
	}
	return y
}

// dateLineDate reads sentence i as a date line such as "June 11, 2010,
// Tashkent" or "January 24, 2000": it returns the date the line gives, as
// written for an ISO date, or false when the sentence is no date line.
func (d *document) dateLineDate(i int) (string, bool) {
	// A date line is short and starts with a month or a digit.
	s := d.sents[i]
	if s.end-s.start > 120 {
		return "", false
	}
	from := max(s.start, d.bodyFrom)
	if from >= s.end {
		return "", false // no tokens
	}
	switch c := d.text[from]; {
	case isDigit(c):
	case 'A' <= c && c <= 'Z':
		// Not tokenized unless it starts with a month's name.
		if !startsMonth(d.text[from:s.end]) {
			return "", false
		}
	default:
		return "", false
	}
	toks := d.tokens(i)
	if len(toks) < 1 || len(toks) > 16 {
		return "", false
	}
	if len(toks) <= 4 {
		// "2024-05-16 14:00": an ISO date with an optional clock time.
		if _, ok := parseISODate(toks[0].text); ok && len(toks[0].text) == 10 {
			for _, t := range toks[1:] {
				if strings.Trim(t.text, "0123456789:") != "" {
					return "", false
				}
			}
			if date, _ := dateAt(toks, 0, ""); date != "" {
				return date, true
			}
			return toks[0].text, true
		}
	}
	date, k := dateAt(toks, 0, "")
	if date == "" || len(date) != 10 {
		return "", false
	}
	return date, k == len(toks) || toks[k].text == ","
}

// startsMonth reports whether the first word of s may be a month's name,
// as the first token of a date line that starts with a letter must be:
// whether the run of ASCII letters s starts with is one, in any case. (A
// month's name is of ASCII letters: a token that is one is that run.)
func startsMonth(s string) bool {
	var buf [maxMonth]byte
	n := 0
	for n < len(s) && isLetterByte(s[n]) {
		if n == len(buf) {
			return false
		}
		buf[n] = s[n] | 0x20
		n++
	}
	_, ok := months[string(buf[:n])]
	return ok
}

// maxMonth is the length of the longest name of a month.
const maxMonth = len("september")

// findDate sets the event date, the time of day and the local-time flag.
func (d *document) findDate() {
	title, lead := d.leadSentences()
	// A date line under the title fixes the date: classifyLines has
	// read it into d.date.
	var buf [2 * maxLead]int // both are cut to maxLead sentences
	for _, si := range append(append(buf[:0], lead...), title...) {
		d.scanTime(d.tokens(si))
		if d.date == "" {
			d.date = d.dateIn(d.tokens(si))
		}
	}
	if d.date == "" && d.dateline != "" {
		// A remark of "today" anywhere ties the text to its dateline.
		for si, s := range d.sents {
			if d.kind[si] == body && saysToday(d.text[s.start:s.end]) {
				d.date = d.dateline
				break
			}
		}
	}
	if d.m.TimeOfDay == TimeUnknown {
		// A transcript's opening time stamp: "9:25 A.M. EDT".
		for si := range d.sents {
			if d.kind[si] == junkLine {
				if h, _, ok := clockTime(d.text[d.sents[si].start:d.sents[si].end]); ok {
					d.m.TimeOfDay = partOfDay(h)
					break
				}
			}
		}
	}
	d.m.Date = d.date
}

// dateIn returns the event date a lead sentence gives, or "".
func (d *document) dateIn(toks []token) string {
	// A written date has a number, a day or a year: without one, only the
	// words of relative days are read.
	numbered := false
	for i := range toks {
		if isDigit(toks[i].text[0]) {
			numbered = true
			break
		}
	}
	for i := 0; i < len(toks); i++ {
		if numbered {
			if date, _ := dateAt(toks, i, d.dateline); date != "" {
				return date
			}
		}
		w := toks[i].low
		switch w {
		case "today", "tonight":
			return d.dateline
		case "this":
			if i+1 < len(toks) {
				switch toks[i+1].low {
				case "morning", "afternoon", "evening":
					return d.dateline
				}
			}
		case "yesterday":
			return shiftDays(d.dateline, -1)
		case "last":
			if i+1 < len(toks) && toks[i+1].low == "night" {
				return shiftDays(d.dateline, -1)
			}
		}
		if i == 0 || toks[i-1].low != "on" && toks[i-1].low != "last" {
			continue
		}
		if wd, ok := weekdays[w]; ok {
			if t, ok := parseISODate(d.dateline); ok && len(d.dateline) == 10 {
				back := (int(t.Weekday()) - int(wd) + 7) % 7
				if toks[i-1].low == "last" && back == 0 {
					back = 7
				}
				return t.AddDate(0, 0, -back).Format("2006-01-02")
			}
		}
	}
	return ""
}

// saysToday reports whether s has the word "today" or "tonight", or "this
// morning", "this afternoon" or "this evening", in any case. It reads s
// eight bytes at a time for a 't' or 'T', where a phrase may start.
func saysToday(s string) bool {
	for base := 0; base < len(s); base += 8 {
		var ts uint64 // the high bit of byte k is set where s[base+k] is 't' or 'T'
		if base+8 <= len(s) {
			ts = bytesT8(first8(s[base:]))
		} else {
			for k := base; k < len(s); k++ {
				if s[k]|0x20 == 't' {
					ts |= 0x80 << (8 * (k - base))
				}
			}
		}
		for ; ts != 0; ts &= ts - 1 {
			// Most of the 't's are inside words, where no phrase
			// starts: they are passed over without a call.
			i := base + bits.TrailingZeros64(ts)/8
			if i > 0 && isLetterByte(s[i-1]) {
				continue
			}
			if todayAt(s, i) {
				return true
			}
		}
	}
	return false
}

// bytesT8 returns the bytes of x that are 't' or 'T': the high bit of each
// byte of the result is set where x has one.
func bytesT8(x uint64) uint64 {
	return zeroBytes8((x | 0x20*ones8) ^ 't'*ones8)
}

// todayAt reports whether one of todayPhrases starts at s[i], a 't' or
// 'T', as a word.
func todayAt(s string, i int) bool {
	// Every phrase is longer than four bytes (TestTodayPhrases).
	if i+4 > len(s) || i > 0 && isLetterByte(s[i-1]) {
		return false
	}
	// As strings.EqualFold(rest[:len(w)], w): no other rune folds to an
	// ASCII letter in as few bytes.
	rest := s[i:]
	// The first four letters rule out most words ("to", "the", "that")
	// before the phrases are read: setting bit 0x20 of a byte makes it a
	// lower-case letter only if it was that letter in either case.
	if q := first4(rest) | 0x20202020; q != todayStarts[0] && q != todayStarts[1] && q != todayStarts[2] {
		return false
	}
	for _, w := range todayPhrases {
		if hasPrefixFold(rest, w) && (len(rest) == len(w) || !isLetterByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

// todayPhrases are the phrases saysToday looks for, in ASCII lower case:
// each starts with 't'.
var todayPhrases = []string{"today", "tonight", "this morning", "this afternoon", "this evening"}

// todayStarts are the first four bytes of todayPhrases, the first in the
// lowest byte: "toda", "toni" and "this".
var todayStarts = func() (q [3]uint32) {
	n := 0
	for _, w := range todayPhrases {
		s := first4(w)
		if !slices.Contains(q[:n], s) {
			q[n] = s // (past three, the index panics: TestTodayPhrases)
			n++
		}
	}
	return q
}()

func isLetterByte(c byte) bool {
	c |= 0x20
	return 'a' <= c && c <= 'z'
}

func shiftDays(date string, n int) string {
	t, ok := parseISODate(date)
	if !ok || len(date) != 10 {
		return ""
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// scanTime reads the time of day and "local time" from a lead sentence.
func (d *document) scanTime(toks []token) {
	for i := range toks {
		w := toks[i].low
		if len(w) != int(timeWordLen[w[0]]) {
			continue // most tokens: no time word has their first byte and length
		}
		if d.m.TimeOfDay == TimeUnknown {
			switch w {
			case "morning":
				d.m.TimeOfDay = Morning
			case "afternoon":
				d.m.TimeOfDay = Afternoon
			case "evening", "tonight":
				d.m.TimeOfDay = Evening
			case "night":
				if i == 0 || toks[i-1].lower() != "last" {
					d.m.TimeOfDay = Night
				}
			}
		}
		if w == "local" && i+1 < len(toks) && toks[i+1].lower() == "time" {
			d.m.LocalTime = true
		}
	}
}

// timeWords are the words scanTime reads: a word its switch reads must
// be one of them, or timeWordLen passes over it.
var timeWords = []string{"morning", "afternoon", "evening", "tonight", "night", "local"}

// timeWordLen holds, by a first byte, the length of the time words that
// start with it, 0 for none: a token of another length is none, and is
// passed over without reading its letters. Most tokens are, so that the
// test seldom fails to predict. (Time words that start alike must be as
// long: else building the table panics.)
var timeWordLen = func() (t [256]uint8) {
	for _, w := range timeWords {
		if t[w[0]] != 0 && int(t[w[0]]) != len(w) {
			panic("readout: time words " + w + " and another start alike")
		}
		t[w[0]] = uint8(len(w))
	}
	return t
}()

// clockTime reads a clock time such as "4:18 P.M." at the start of s and
// returns the hour on a 24-hour clock.
func clockTime(s string) (hour, minute int, ok bool) {
	c := strings.IndexByte(s, ':')
	if c < 1 || c > 2 || len(s) < c+3 {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(s[:c])
	m, err2 := strconv.Atoi(s[c+1 : c+3])
	if err1 != nil || err2 != nil || h > 23 || m > 59 {
		return 0, 0, false
	}
	pm, ok := meridiem(strings.TrimSpace(s[c+3:]))
	switch {
	case !ok:
		return 0, 0, false
	case pm && h < 12:
		h += 12
	case !pm && h == 12:
		h = 0
	}
	return h, m, true
}

// meridiem reads "am" or "pm" at the start of s, in either case and with
// dots anywhere ("P.M.", "a.m"): whether it is pm, and whether either is
// there. No rune but an ASCII letter lower-cases to 'a', 'm' or 'p'.
func meridiem(s string) (pm, ok bool) {
	var two [2]byte
	n := 0
	for i := 0; i < len(s) && n < len(two); i++ {
		if s[i] != '.' {
			two[n] = lowerASCII(s[i])
			n++
		}
	}
	if n < len(two) || two[1] != 'm' {
		return false, false
	}
	switch two[0] {
	case 'a':
		return false, true
	case 'p':
		return true, true
	}
	return false, false
}

func partOfDay(h int) TimeOfDay {
	switch {
	case h >= 5 && h < 12:
		return Morning
	case h >= 12 && h < 17:
		return Afternoon
	case h >= 17 && h < 22:
		return Evening
	}
	return Night
}

package readout

import (
	"strings"
	"testing"
)

// naiveFormatIn is formatIn by its definition: the first group, in order,
// with a word in s in lower case.
func naiveFormatIn(s string) Format {
	s = strings.ToLower(s)
	for _, fc := range formatCues {
		for _, w := range fc.words {
			if strings.Contains(s, w) {
				return fc.format
			}
		}
	}
	return FormatUnknown
}

// naiveContainsFold is containsFold by its definition: s has word at
// some index, as hasPrefixFold compares them.
func naiveContainsFold(s, word string) bool {
	for i := range len(s) + 1 {
		if hasPrefixFold(s[i:], word) {
			return true
		}
	}
	return false
}

func TestFormatIn(t *testing.T) {
	for in, want := range map[string]Format{
		"": FormatUnknown,
		"readout of the president’s call with prime minister": FormatPhoneCall,
		"meeting with the president over tea":                 FormatTea,
		"talks at the kremlin; a dinner followed":             FormatMeal,
		"remarks by the president before a phone call":        FormatRemarks,
		"the leaders met today":                               FormatMeeting,
		"russian-chinese talks":                               FormatTalks,
		"videoconference with the heads of state":             FormatVideoCall,
		"exchange of messages":                                FormatMessage,
		"a walk in the park":                                  FormatUnknown,
		"Readout of the President’s Call with the Emir":       FormatPhoneCall,
		"TELEPHONE CONVERSATION WITH PRESIDENT":               FormatPhoneCall,
		"tal\u212as in Moscow":                                FormatTalks,
	} {
		if got := formatIn(foldable(in)); got != want || got != naiveFormatIn(in) {
			t.Errorf("formatIn(%q) = %v, want %v (naive %v)", in, got, want, naiveFormatIn(in))
		}
		for f := range Format(len(formatNames)) {
			if got := formatIs(foldable(in), f); got != (want == f) {
				t.Errorf("formatIs(%q, %v) = %v", in, f, got)
			}
		}
	}
}

func FuzzFormatIn(f *testing.F) {
	f.Add("readout of the president’s call with the prime minister")
	f.Add("talks over tea; met today")
	f.Add("TA\u212aKS, Me\u0130ting")
	f.Add("NeGoTiAtIoNs and tAlKs over TEA")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := formatIn(foldable(s)), naiveFormatIn(s); got != want {
			t.Errorf("formatIn(%q) = %v, naive %v", s, got, want)
		}
		for f := range Format(len(formatNames)) {
			if got, want := formatIs(foldable(s), f), naiveFormatIn(s) == f; got != want {
				t.Errorf("formatIs(%q, %v) = %v, want %v", s, f, got, want)
			}
		}
		for _, fc := range formatCues {
			for _, w := range fc.words {
				at := rarestByte(w)
				if got, want := containsFold(s, w, at), naiveContainsFold(s, w); got != want {
					t.Errorf("containsFold(%q, %q, %d) = %v, want %v", s, w, at, got, want)
				}
			}
		}
	})
}

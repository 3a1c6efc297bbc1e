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
	}
}

func FuzzFormatIn(f *testing.F) {
	f.Add("readout of the president’s call with the prime minister")
	f.Add("talks over tea; met today")
	f.Add("TA\u212aKS, Me\u0130ting")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := formatIn(foldable(s)), naiveFormatIn(s); got != want {
			t.Errorf("formatIn(%q) = %v, naive %v", s, got, want)
		}
	})
}

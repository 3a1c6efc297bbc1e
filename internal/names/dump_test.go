package names

import (
	"os"
	"strings"
	"testing"
)

func TestDump(t *testing.T) {
	g := Default()
	if os.Getenv("MINI") != "" {
		g = loadMini(t)
	}
	for _, l := range strings.Split(os.Getenv("DUMP"), "|") {
		var m Match
		if strings.HasPrefix(l, "R:") {
			m = g.Role(l[2:], Query{Date: os.Getenv("DATE")})
		} else {
			m = g.Lookup(l, Query{Date: os.Getenv("DATE"), Titled: os.Getenv("TITLED") != ""})
		}
		n := "-"
		if m.Person != nil {
			n = m.Person.Name
		}
		t.Logf("%-28q → %-28s %-16v %-7v %v", l, n, m.Rule, m.Confidence, m.Term)
	}
}

package names

import (
	"testing"
	"time"
)

func TestFirstDefault(t *testing.T) {
	s := time.Now()
	Key("é")
	t.Logf("table: %v", time.Since(s))
	s = time.Now()
	Default()
	t.Logf("first Default(): %v", time.Since(s))
}

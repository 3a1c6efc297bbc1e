package readout

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

// adversarial inputs: each builds about n bytes of a pathological readout.
var adversarial = []struct {
	name  string
	build func(n int) string
}{
	{"one-sentence", func(n int) string { return repeatTo("and the leaders discussed cooperation ", n) }},
	{"he-said", func(n int) string { return repeatTo("He said. ", n) }},
	{"distinct-names", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "President Name%dx Surname%dy met Minister Other%dz. ", i, i, i)
		}
		return b.String()
	}},
	{"labels", func(n int) string {
		var b strings.Builder
		for i := 0; b.Len() < n; i++ {
			fmt.Fprintf(&b, "Speaker%d Person%d: Thank you.\n\n", i%50000, i%50000)
		}
		return b.String()
	}},
	{"one-letter-line", func(n int) string { return strings.Repeat("a", n) }},
	{"quotes-brackets", func(n int) string { return repeatTo("“([«", n/2) + repeatTo("»])”", n/2) }},
	{"glued-names", func(n int) string { return repeatTo("Vladimir Putinsaid that Xi Jinpingnoted. ", n) }},
	// Capitalised words of thousands of letters, which the repair pass
	// and the gazetteer see as unknown names.
	{"long-words", func(n int) string { return repeatTo("President A"+strings.Repeat("e", 3000)+"d said. ", n) }},
}

func repeatTo(s string, n int) string {
	return strings.Repeat(s, n/len(s)+1)[:n]
}

// BenchmarkAdversarial parses each adversarial input at 1 MB and 10 MB;
// the ns/op per MB of the two sizes shows whether the cost is linear.
func BenchmarkAdversarial(b *testing.B) {
	for _, a := range adversarial {
		for _, mb := range []int{1, 10} {
			text := a.build(mb << 20)
			b.Run(fmt.Sprintf("%s/%dMB", a.name, mb), func(b *testing.B) {
				p := Parser{MaxBytes: -1}
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				peak := newPeakHeap()
				for b.Loop() {
					if _, err := p.Parse(text); err != nil {
						b.Fatal(err)
					}
				}
				// Peak heap growth during the parses, as a multiple of the input.
				b.ReportMetric(float64(peak.stop())/float64(len(text)), "peak-heap/input")
			})
		}
	}
}

// TestAdversarialSmall checks the parse invariants on small adversarial
// inputs, so that plain go test covers them.
func TestAdversarialSmall(t *testing.T) {
	for _, a := range adversarial {
		text := a.build(64 << 10)
		m, err := Parse(text)
		if err != nil {
			t.Fatalf("%s: %v", a.name, err)
		}
		checkMeeting(t, text, m)
	}
}

// A peakHeap samples the live heap every millisecond and keeps the
// largest growth over the heap at its start.
type peakHeap struct {
	done chan chan uint64
}

func newPeakHeap() *peakHeap {
	runtime.GC()
	p := &peakHeap{done: make(chan chan uint64)}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	go func() {
		var peak uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case reply := <-p.done:
				reply <- peak
				return
			case <-tick.C:
				metrics.Read(sample)
				if v := sample[0].Value.Uint64(); v > base && v-base > peak {
					peak = v - base
				}
			}
		}
	}()
	return p
}

// stop ends the sampling and returns the peak growth in bytes.
func (p *peakHeap) stop() uint64 {
	reply := make(chan uint64)
	p.done <- reply
	return <-reply
}

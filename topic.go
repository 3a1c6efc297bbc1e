package readout

import "sort"

// findTopics lists the topics the text names, most often named first, and
// of those equally often named, the first named first.
func (d *document) findTopics() {
	type hit struct{ count, first int }
	hits := make(map[string]*hit)
	var order []string
	pos := 0
	for si, toks := range d.toks {
		if d.kind[si] == junkLine {
			pos += len(toks)
			continue
		}
		for i := 0; i < len(toks); i++ {
			pos++
			n, name := d.lex.topics.match(toks, i)
			if n == 0 {
				continue
			}
			h := hits[name]
			if h == nil {
				h = &hit{first: pos}
				hits[name] = h
				order = append(order, name)
			}
			h.count++
			i += n - 1
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := hits[order[i]], hits[order[j]]
		if a.count != b.count {
			return a.count > b.count
		}
		return a.first < b.first
	})
	d.m.Topics = append(d.m.Topics, order...)
}

package readout

import "sort"

// findTopics lists the topics the text names, most often named first.
func (d *document) findTopics() {
	type hit struct {
		name         string
		count, first int
	}
	var hits []hit
	pos := 0
	for _, t := range d.lex.topics {
		h := hit{name: t.name, first: -1}
		pos = 0
		for si, toks := range d.toks {
			if d.kind[si] == junkLine {
				continue
			}
			for i := range toks {
				pos++
				for _, v := range t.variants {
					if matchWords(toks, i, v) {
						h.count++
						if h.first < 0 {
							h.first = pos
						}
						break
					}
				}
			}
		}
		if h.count > 0 {
			hits = append(hits, h)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].count != hits[j].count {
			return hits[i].count > hits[j].count
		}
		return hits[i].first < hits[j].first
	})
	for _, h := range hits {
		d.m.Topics = append(d.m.Topics, h.name)
	}
}

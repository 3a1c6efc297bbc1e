package readout

import (
	"cmp"
	"slices"
)

// A topicHit counts the mentions of one topic.
type topicHit struct{ count, first int }

// topicRoom is the room for topics a document starts with: most readouts
// name no more.
const topicRoom = 8

// countTopics counts the topics named in toks, the tokens of one sentence.
func (d *document) countTopics(toks []token) {
	if d.topicHits == nil {
		d.topicHits = make(map[string]*topicHit)
	}
	for i := 0; i < len(toks); i++ {
		d.topicPos++
		if toks[i].cls&clsTopic == 0 {
			continue // no topic starts with this word
		}
		n, name := d.lex.topics.match(toks, i)
		if n == 0 {
			continue
		}
		h := d.topicHits[name]
		if h == nil {
			h = &topicHit{first: d.topicPos}
			d.topicHits[name] = h
			if d.topicOrder == nil {
				d.topicOrder = make([]string, 0, topicRoom)
			}
			d.topicOrder = append(d.topicOrder, name)
		}
		h.count++
		i += n - 1
	}
}

// finishTopics lists the topics counted, most often named first, and of
// those equally often named, the first named first.
func (d *document) finishTopics() {
	order := d.topicOrder
	slices.SortStableFunc(order, func(x, y string) int {
		a, b := d.topicHits[x], d.topicHits[y]
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return cmp.Compare(a.first, b.first)
	})
	d.m.Topics = append(d.m.Topics, order...)
}

package readout

import (
	"cmp"
	"slices"
)

// A topicCount counts the mentions of one topic.
type topicCount struct {
	name  string
	count int
}

// topicRoom is the room for topics a document starts with: most readouts
// name no more.
const topicRoom = 8

// countTopics counts the topics named in toks, the tokens of one sentence.
func (d *document) countTopics(toks []token) {
	next := 0 // where the next topic may start: past the last found
	for i := range toks {
		if toks[i].cls&clsTopic == 0 || i < next {
			continue // no topic starts with this word
		}
		n, name := d.lex.topics.match(toks, i)
		if n == 0 {
			continue
		}
		d.countTopic(name)
		next = i + n
	}
}

// countTopic counts a mention of the topic name. The document lists the
// topics in the order they are first named.
func (d *document) countTopic(name string) {
	for k := range d.topics {
		if d.topics[k].name == name {
			d.topics[k].count++
			return
		}
	}
	if d.topics == nil {
		d.topics = d.topicBuf[:0]
	}
	d.topics = append(d.topics, topicCount{name, 1})
}

// finishTopics lists the topics counted, most often named first, and of
// those equally often named, the first named first.
func (d *document) finishTopics() {
	if len(d.topics) == 0 {
		return
	}
	// The sort is stable and the topics are in the order first named.
	slices.SortStableFunc(d.topics, func(a, b topicCount) int { return cmp.Compare(b.count, a.count) })
	d.m.Topics = slices.Grow(d.m.Topics, len(d.topics))
	for _, t := range d.topics {
		d.m.Topics = append(d.m.Topics, t.name)
	}
}

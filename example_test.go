package readout_test

import (
	"errors"
	"fmt"

	"github.com/readout-go/readout"
)

const call = ` date 2023-06-07 Readout of President Biden’s Call with Prime Minister Trudeau of Canada

President Joseph R. Biden, Jr. spoke today with Prime Minister Justin Trudeau of Canada. The President expressed his condolences for the wildfires. The two leaders agreed to stay in close contact.

###`

func Example() {
	m, err := readout.Parse(call)
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Date, m.Format)
	for _, p := range m.Participants {
		fmt.Printf("%s (%s, %s)\n", p.Name, p.Title, p.Country)
	}
	for _, s := range m.Statements {
		fmt.Printf("%v [%s]: %s\n", s.Speakers, s.Cue, s.Text)
	}
	// Output:
	// 2023-06-07 phone_call
	// Joe Biden (President, US)
	// Justin Trudeau (Prime Minister, CA)
	// [Joe Biden] [expressed]: The President expressed his condolences for the wildfires.
	// [Joe Biden Justin Trudeau] [agreed]: The two leaders agreed to stay in close contact.
}

func ExampleParse() {
	m, err := readout.Parse("Telephone conversation with President of Finland Sauli Niinistö\n\nAugust 14, 2019\n\nVladimir Putin had a telephone conversation with President of Finland Sauli Niinistö. Hope was expressed that the dialogue would continue.")
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Date, m.Format, len(m.Participants))
	s := m.Statements[0]
	fmt.Println(s.Speakers, s.Attribution, s.Cue)
	// Output:
	// 2019-08-14 phone_call 2
	// [Vladimir Putin Sauli Niinistö] passive expressed
}

func ExampleParser() {
	// A Parser's fields set its options; the zero value is ready to use.
	p := readout.Parser{MaxBytes: 64}
	_, err := p.Parse(call)
	fmt.Println(errors.Is(err, readout.ErrTooLarge))
	// Output:
	// true
}

func ExampleMeeting_statements() {
	m, _ := readout.Parse(call)
	for _, s := range m.Statements {
		// Spans are byte offsets into the input, half-open.
		fmt.Printf("%d-%d %s %q\n", s.Start, s.End, s.Attribution, call[s.Start:s.End])
	}
	// Output:
	// 181-239 title "The President expressed his condolences for the wildfires."
	// 240-288 group "The two leaders agreed to stay in close contact."
}

func ExampleParseError() {
	p := readout.Parser{MaxBytes: 10}
	_, err := p.Parse("Vladimir Putin met Xi Jinping.")
	var pe *readout.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Offset, pe.Line, pe.Column, pe.Err)
	}
	_, err = readout.Parse("  \n ")
	fmt.Println(err == readout.ErrEmpty)
	// Output:
	// 10 1 11 readout: input too large
	// true
}

func ExampleNormalizeName() {
	fmt.Println(readout.NormalizeName("Recep  Tayyip\u00a0Erdoğan"))
	fmt.Println(readout.NormalizeName("O’Brien"))
	fmt.Println(readout.NameKey("RECEP TAYYIP ERDOĞAN"))
	// Output:
	// Recep Tayyip Erdoğan
	// O'Brien
	// recep tayyip erdogan
}

func ExampleNormalizer_Lookup() {
	var n readout.Normalizer
	for _, q := range []struct{ name, date string }{
		{"the Russian President", "2010-06-11"},
		{"the Russian President", "2015-03-01"},
		{"the Secretary-General", "2020-06-01"},
		{"Xijinping", ""},
		{"Poutine", ""},
	} {
		m := n.Lookup(q.name, readout.Hint{Date: q.date})
		fmt.Printf("%s %s: %s (%s, %s)\n", q.name, q.date, m.Name, m.Confidence, m.Rule)
	}
	// Output:
	// the Russian President 2010-06-11: Dmitry Medvedev (high, role)
	// the Russian President 2015-03-01: Vladimir Putin (high, role)
	// the Secretary-General 2020-06-01: António Guterres (high, role)
	// Xijinping : Xi Jinping (high, alias)
	// Poutine : Vladimir Putin (high, alias)
}

// A machine-translated readout with a name glued to the next word: the
// parser repairs it, attributes the sentence, and records the repair.
func Example_repair() {
	m, _ := readout.Parse("Russian president Vladimir Putin met Chinese president Xi Jinping.\n\nVladimir Poutinsaid Russia and China stand together.")
	for _, r := range m.Repairs {
		fmt.Printf("%q -> %q at %d-%d\n", r.From, r.To, r.Start, r.End)
	}
	fmt.Println(m.Statements[0].Speakers, m.Statements[0].Cue)
	// Output:
	// "Poutinsaid" -> "Putin said" at 77-87
	// [Vladimir Putin] said
}

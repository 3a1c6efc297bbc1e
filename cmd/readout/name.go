package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/readout-go/readout"
)

// runName is "readout name": it resolves each name and prints
// input, canonical name, country, confidence and rule, tab-separated.
func runName(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("readout name", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "resolve on this `date` (YYYY-MM-DD): the office-holder then")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var n readout.Normalizer
	for _, name := range fs.Args() {
		r := n.Lookup(name, readout.Hint{Date: *date})
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\t%s\n", name, r.Name, r.Country, r.Confidence, r.Rule)
	}
	return 0
}

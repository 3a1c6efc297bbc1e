// Package readout turns diplomatic readouts into typed data.
//
// A readout is the official or press text that reports a meeting or a call
// between leaders: a Kremlin readout or transcript, a White House "Readout
// of the President's Call with ...", a Chinese foreign-ministry readout, a
// Downing Street "PM call with ..." or a UN Secretary-General readout.
// [Parse] reads one and returns a [*Meeting]: when and where the meeting
// took place, in what form, who took part, and who said what.
//
//	m, err := readout.Parse(text)
//	if err != nil {
//		return err // only for empty or oversized input
//	}
//	for _, s := range m.Statements {
//		fmt.Println(s.Speakers, s.Cue, text[s.Start:s.End])
//	}
//
// A Meeting marshals with encoding/json to a stable form, the one the
// command readout prints with -json: "dateline", "date", "time_of_day",
// "local_time", "place", "format", "participants" (with "mentions"),
// "statements" (with "speakers", "cue", "attribution", "start", "end",
// "text"), "topics" and "repairs". Fields may be added; none is renamed.
//
// # Input
//
// Parse takes the text of one readout, UTF-8, as collected: a leading
// " date YYYY-MM-DD " header glued to the first line (the publication date,
// reported as [Meeting.Dateline]), a title line, a Kremlin-style date line
// ("June 11, 2010, Tashkent"), paragraphs, and the furniture scrapers leave:
// "###", "See also" blocks, "* * *", markdown links, time stamps and stage
// directions. Transcripts are read by their speaker labels ("Vladimir
// Putin:", "President of Russia Dmitry Medvedev:", "PRESIDENT BIDEN:",
// "Xi Jinping (retranslated):", "Q"). Machine-translated English and OCR
// damage are expected: see Names and repairs.
//
// # Offsets and spans
//
// Every [Span] is a half-open range [Start, End) of byte offsets into the raw
// input, header included, counted in bytes, not runes. Text fields such as
// [Statement.Text] are cleaned (white space collapsed, invalid UTF-8
// replaced by U+FFFD); the span always recovers the original bytes.
// [Meeting.Segments] lists every sentence of the input, statements and
// narration alike, so that a caller can account for every byte: the gaps
// between segments hold only white space.
//
// # Speakers
//
// A [Statement] is a sentence that reports a communicative act: something
// said, noted, stressed, welcomed, agreed, discussed. The reporting verbs
// come from a word list embedded in the package. A sentence that only says
// the meeting took place ("X met with Y") is narration, not a statement.
// [Statement.Attribution] tells how the speakers were found:
//
//   - name: a named subject, with or without its title ("Russian president
//     Vladimir Putin", "Prime Minister Kyriakos Mitsotakis of Greece");
//   - title: an office or side ("The President", "the Chinese side"),
//     resolved to the participant who holds it;
//   - pronoun: "He", "She", resolved to the last single speaker;
//   - group: "the two leaders", "both sides", "they", or several names;
//   - passive: an agentless passive ("Hope was expressed that ...");
//   - continuation: a sentence that carries on reported speech without a
//     verb of its own;
//   - label: a transcript turn.
//
// A person named inside the reported content ("... close communication with
// President Vladimir Putin") is never the speaker.
//
// # Names and repairs
//
// Participants and speakers carry canonical names ("Joe Biden" for
// "President Joseph R. Biden, Jr.", "Vladimir Putin" for "Poutine"). Names
// that translation or OCR garbled ("Vladimir Poutinsaid", "President
// Xijinping", "Putiri") are repaired while parsing; each repair is listed
// in [Meeting.Repairs] with its span, and a correctly spelled word is never
// repaired. [NormalizeName], [NameKey] and [Normalizer] expose the same
// name layer: display forms, comparison keys, and lookups of names and
// roles ("the Russian President" on a date) in the gazetteer.
//
// # Gazetteer
//
// The package embeds a gazetteer of heads of state and government, foreign
// ministers and the heads of the UN, EU and NATO from 2000 on, with their
// terms of office and aliases (exonyms, romanizations, native scripts,
// short forms). It is generated from a Wikidata extract (CC0) and curated
// tables written for this project (BSD-3-Clause); see
// internal/names/source/README.md for the sources, the format and how to
// add a name. Terms whose dates are not certain are marked so in the data.
//
// # Errors and limits
//
// Parse fails only on input it cannot read: [ErrEmpty] for empty or blank
// input, and a [*ParseError] wrapping [ErrTooLarge] for input over
// [Parser.MaxBytes] (default [DefaultMaxBytes], 10 MiB); the Meeting is then
// nil. Any other input gives a Meeting with whatever could be found: a
// readout without a date has Date "", one without reported speech has no
// statements. Invalid UTF-8 is parsed around, never rejected.
//
// # Concurrency
//
// [Parse], a [Parser] and a [Normalizer] are safe for concurrent use by
// multiple goroutines. The embedded word lists and gazetteer are loaded
// once, on first use.
//
// # Limitations
//
// Not done yet:
//   - English only; readouts in other languages are parsed as if English.
//   - One readout per input: a page holding several readouts is read as one.
//   - Speakers of sentences that report two acts by two people ("X thanked
//     Y, and Y welcomed ...") get the first act's speaker only.
//   - A principal named only by an office the text does not tie to a
//     country ("The Prime Minister" in a Downing Street readout) is not
//     added as a participant.
//   - Topics come from a fixed list of canonical topics.
package readout

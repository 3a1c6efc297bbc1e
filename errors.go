package readout

import (
	"errors"
	"fmt"
	"strings"
)

// These are the errors Parse can return, directly or in [ParseError.Err].
var (
	// ErrEmpty reports an input that is empty or holds only white space.
	ErrEmpty = errors.New("readout: empty input")
	// ErrTooLarge reports an input longer than the Parser's MaxBytes.
	ErrTooLarge = errors.New("readout: input too large")
)

// A ParseError is an error at a position of the input.
type ParseError struct {
	// Offset is the byte offset of the error, starting at 0.
	Offset int
	// Line is the line of the error, starting at 1.
	Line int
	// Column is the column of the error, starting at 1; it counts bytes,
	// not runes.
	Column int
	// Err is the underlying error, one of the Err values of this package.
	Err error
}

// Error returns "line:column: message".
func (e *ParseError) Error() string {
	return fmt.Sprintf("%d:%d: %v", e.Line, e.Column, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

func newParseError(text string, offset int, err error) *ParseError {
	if offset > len(text) {
		offset = len(text)
	}
	line := 1 + strings.Count(text[:offset], "\n")
	col := offset - strings.LastIndexByte(text[:offset], '\n')
	return &ParseError{Offset: offset, Line: line, Column: col, Err: err}
}

package wire

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// Decoder reads one JSON document held in a string. Shape codecs drive it:
//
//	if d.Object() {
//		for d.More() {
//			switch d.Key() {
//			case "Name":
//				v.Name = d.StringPtr()
//			default:
//				d.Skip()
//			}
//		}
//	}
//
// The first error sticks: later calls return zero values and More returns
// false, so a codec needs no error checks of its own; Err reports it, with the
// path of the member that was being read.
//
// Strings without escapes are substrings of the document, and the pointers
// that *string, *int32, *bool and *time.Time members need come from small
// slabs, so that decoding a page of sessions costs a few allocations rather
// than one per member.
type Decoder struct {
	s     string
	pos   int
	err   error
	depth int
	stack [maxDepth]frame

	strs  slab[string]
	ints  slab[int32]
	bools slab[bool]
	times slab[time.Time]
}

// maxDepth bounds the nesting of the shapes that codecs walk; skipped values
// are bounded by maxSkipDepth.
const (
	maxDepth     = 16
	maxSkipDepth = 512
)

type frame struct {
	array bool
	first bool
	index int
	key   string
}

// NewDecoder returns a Decoder that reads s.
func NewDecoder(s string) *Decoder { return &Decoder{s: s} }

// DecodeError is a document that does not have the expected shape.
type DecodeError struct {
	// Path is the member being read, such as Fleets[2].ComputeCapacityStatus.Desired.
	Path string
	// Offset is the byte offset in the document where the problem was found.
	Offset int
	// Msg says what was wrong.
	Msg string
	// Excerpt is up to 40 bytes of the document around Offset.
	Excerpt string
}

func (e *DecodeError) Error() string {
	where := "document"
	if e.Path != "" {
		where = e.Path
	}
	return fmt.Sprintf("%s: %s (offset %d, near %q)", where, e.Msg, e.Offset, e.Excerpt)
}

// Err returns the first error met, or nil.
func (d *Decoder) Err() error { return d.err }

func (d *Decoder) fail(format string, args ...any) {
	if d.err != nil {
		return
	}
	var path strings.Builder
	for _, f := range d.stack[:d.depth] {
		switch {
		case f.array && f.index >= 0:
			fmt.Fprintf(&path, "[%d]", f.index)
		case !f.array && f.key != "":
			if path.Len() > 0 {
				path.WriteByte('.')
			}
			path.WriteString(f.key)
		}
	}
	lo := max(d.pos-20, 0)
	hi := min(lo+40, len(d.s))
	d.err = &DecodeError{Path: path.String(), Offset: d.pos, Msg: fmt.Sprintf(format, args...), Excerpt: d.s[lo:hi]}
}

func (d *Decoder) skipSpace() {
	for d.pos < len(d.s) {
		switch d.s[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, or 0 at the end.
func (d *Decoder) peek() byte {
	d.skipSpace()
	if d.pos >= len(d.s) {
		return 0
	}
	return d.s[d.pos]
}

// describe names the kind of value that starts with c, for error messages.
func describe(c byte) string {
	switch {
	case c == 0:
		return "end of document"
	case c == '{':
		return "object"
	case c == '[':
		return "array"
	case c == '"':
		return "string"
	case c == 't' || c == 'f':
		return "boolean"
	case c == 'n':
		return "null"
	case c == '-' || (c >= '0' && c <= '9'):
		return "number"
	}
	return fmt.Sprintf("%q", c)
}

// literal consumes word (true, false, null) at the current position.
func (d *Decoder) literal(word string) bool {
	if strings.HasPrefix(d.s[d.pos:], word) {
		d.pos += len(word)
		return true
	}
	d.fail("invalid literal")
	return false
}

// Null consumes a null and reports whether there was one.
func (d *Decoder) Null() bool {
	if d.err != nil {
		return true
	}
	if d.peek() == 'n' {
		return d.literal("null")
	}
	return false
}

func (d *Decoder) open(c byte, array bool) bool {
	if d.Null() {
		return false
	}
	if got := d.peek(); got != c {
		d.fail("expected %s, found %s", describe(c), describe(got))
		return false
	}
	if d.depth == maxDepth {
		d.fail("nesting deeper than %d", maxDepth)
		return false
	}
	d.pos++
	d.stack[d.depth] = frame{array: array, first: true, index: -1}
	d.depth++
	return true
}

// Object consumes the start of an object and reports true, or consumes a
// null and reports false. Read the members with More and Key.
func (d *Decoder) Object() bool { return d.open('{', false) }

// Array consumes the start of an array and reports true, or consumes a null
// and reports false. Read the elements with More.
func (d *Decoder) Array() bool { return d.open('[', true) }

// More moves to the next member or element of the innermost object or array
// and reports whether there is one; at the end it consumes the closing
// bracket. In an object it also reads the member name that Key returns.
func (d *Decoder) More() bool {
	if d.err != nil || d.depth == 0 {
		return false
	}
	f := &d.stack[d.depth-1]
	closing := byte('}')
	if f.array {
		closing = ']'
	}
	c := d.peek()
	switch {
	case c == closing:
		d.pos++
		d.depth--
		return false
	case f.first:
		f.first = false
	case c == ',':
		d.pos++
	default:
		d.fail("expected ',' or '%c', found %s", closing, describe(c))
		return false
	}
	if f.array {
		f.index++
		return true
	}
	if c := d.peek(); c != '"' {
		d.fail("expected a member name, found %s", describe(c))
		return false
	}
	key := d.readString()
	if d.peek() != ':' {
		d.fail("expected ':' after member name %q", key)
		return false
	}
	d.pos++
	f.key = key
	return d.err == nil
}

// Key returns the name of the member that More moved to.
func (d *Decoder) Key() string {
	if d.depth == 0 {
		return ""
	}
	return d.stack[d.depth-1].key
}

// End reports an error if anything but white space follows the document.
func (d *Decoder) End() {
	if d.skipSpace(); d.pos < len(d.s) {
		d.fail("unexpected data after the JSON document")
	}
}

// Skip consumes one value of any kind, checking that it is well formed.
func (d *Decoder) Skip() { d.skip(0) }

func (d *Decoder) skip(depth int) {
	if d.err != nil {
		return
	}
	if depth > maxSkipDepth {
		d.fail("nesting deeper than %d", maxSkipDepth)
		return
	}
	switch c := d.peek(); c {
	case '{', '[':
		closing := byte('}')
		if c == '[' {
			closing = ']'
		}
		d.pos++
		for first := true; d.err == nil; first = false {
			c := d.peek()
			if c == closing {
				d.pos++
				return
			}
			if !first {
				if c != ',' {
					d.fail("expected ',' or '%c', found %s", closing, describe(c))
					return
				}
				d.pos++
			}
			if closing == '}' {
				if d.peek() != '"' {
					d.fail("expected a member name, found %s", describe(d.peek()))
					return
				}
				d.readString()
				if d.peek() != ':' {
					d.fail("expected ':' after member name")
					return
				}
				d.pos++
			}
			d.skip(depth + 1)
		}
	case '"':
		d.readString()
	case 't':
		d.literal("true")
	case 'f':
		d.literal("false")
	case 'n':
		d.literal("null")
	default:
		d.number()
	}
}

// stringStop marks the bytes that stop the fast scan of a string: the
// closing quote, a backslash, control characters (invalid in JSON strings)
// and non-ASCII bytes (whose UTF-8 is checked).
var stringStop = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf
	}
	return t
}()

// readString reads the string that starts at the current position.
func (d *Decoder) readString() string {
	start := d.pos + 1
	ascii := true
	for i := start; i < len(d.s); i++ {
		for i < len(d.s) && !stringStop[d.s[i]] {
			i++
		}
		if i == len(d.s) {
			break
		}
		switch c := d.s[i]; {
		case c == '"':
			d.pos = i + 1
			v := d.s[start:i]
			if !ascii && !utf8.ValidString(v) {
				v = strings.ToValidUTF8(v, "\uFFFD")
			}
			return v
		case c == '\\':
			return d.readEscaped(start, i)
		case c < 0x20:
			d.pos = i
			d.fail("control character %q in string", c)
			return ""
		default:
			ascii = false
		}
	}
	d.pos = len(d.s)
	d.fail("unterminated string")
	return ""
}

// readEscaped finishes a string that has escapes; i is the first '\'.
func (d *Decoder) readEscaped(start, i int) string {
	buf := make([]byte, 0, i-start+16)
	buf = append(buf, d.s[start:i]...)
	for i < len(d.s) {
		c := d.s[i]
		switch {
		case c == '"':
			d.pos = i + 1
			return strings.ToValidUTF8(string(buf), "\uFFFD")
		case c < 0x20:
			d.pos = i
			d.fail("control character %q in string", c)
			return ""
		case c != '\\':
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(d.s) {
			break
		}
		i++
		switch e := d.s[i]; e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, n := d.hex4(i + 1)
			if n < 0 {
				return ""
			}
			i += n
			if utf16.IsSurrogate(r) {
				r2 := utf8.RuneError
				if strings.HasPrefix(d.s[i+1:], `\u`) {
					if v, m := d.hex4(i + 3); m > 0 {
						if dec := utf16.DecodeRune(r, v); dec != utf8.RuneError {
							r2 = dec
							i += 2 + m
						}
					} else {
						return ""
					}
				}
				r = r2
			}
			buf = utf8.AppendRune(buf, r)
		default:
			d.pos = i
			d.fail("invalid escape '\\%c' in string", e)
			return ""
		}
		i++
	}
	d.pos = len(d.s)
	d.fail("unterminated string")
	return ""
}

// hex4 reads the four hex digits of a \u escape at position i, returning the
// code unit and the number of bytes read (-1 after an error).
func (d *Decoder) hex4(i int) (rune, int) {
	if i+4 > len(d.s) {
		d.pos = i
		d.fail("truncated \\u escape")
		return 0, -1
	}
	v, err := strconv.ParseUint(d.s[i:i+4], 16, 16)
	if err != nil {
		d.pos = i
		d.fail("invalid \\u escape %q", d.s[i:i+4])
		return 0, -1
	}
	return rune(v), 4
}

// number scans a JSON number and returns its parts: the sign, the integer and
// fraction digits, and the exponent text (without 'e').
func (d *Decoder) number() (neg bool, intPart, frac, exp string, ok bool) {
	s, i := d.s, d.pos
	start := i
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	digits := func() int {
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - j
	}
	is := i
	n := digits()
	if n == 0 {
		d.pos = start
		d.fail("expected a number, found %s", describe(d.peek()))
		return
	}
	if n > 1 && s[is] == '0' {
		d.pos = start
		d.fail("invalid number %s: leading zero", s[start:i])
		return
	}
	intPart = s[is:i]
	if i < len(s) && s[i] == '.' {
		i++
		fs := i
		if digits() == 0 {
			d.pos = i
			d.fail("invalid number: no digits after '.'")
			return
		}
		frac = s[fs:i]
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		es := i
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			d.pos = i
			d.fail("invalid number: no digits in exponent")
			return
		}
		exp = s[es:i]
	}
	d.pos = i
	return neg, intPart, frac, exp, true
}

// Str reads a string, or a null as "". Enums use it.
func (d *Decoder) Str() string {
	switch c := d.peek(); {
	case d.err != nil:
		return ""
	case c == '"':
		return d.readString()
	case c == 'n':
		d.literal("null")
		return ""
	default:
		d.fail("expected a string, found %s", describe(c))
		return ""
	}
}

// StringPtr reads a string, or a null as nil.
func (d *Decoder) StringPtr() *string {
	if d.Null() {
		return nil
	}
	v := d.Str()
	if d.err != nil {
		return nil
	}
	return d.strs.new(v)
}

// Int32Ptr reads an integer that fits in 32 bits, or a null as nil. A
// fraction, an exponent or a value out of range is an error: the official
// client truncates 4294967297 to 1; this one says so instead.
func (d *Decoder) Int32Ptr() *int32 {
	if d.Null() {
		return nil
	}
	if c := d.peek(); c != '-' && (c < '0' || c > '9') {
		d.fail("expected an integer, found %s", describe(c))
		return nil
	}
	start := d.pos
	neg, intPart, frac, exp, ok := d.number()
	if !ok {
		return nil
	}
	text := d.s[start:d.pos]
	if frac != "" || exp != "" {
		d.pos = start
		d.fail("expected an integer, found %s", text)
		return nil
	}
	var v int64
	for i := 0; i < len(intPart); i++ {
		v = v*10 + int64(intPart[i]-'0')
		if v > math.MaxInt32+1 {
			break
		}
	}
	if neg {
		v = -v
	}
	if v < math.MinInt32 || v > math.MaxInt32 {
		d.pos = start
		d.fail("%s is out of range for a 32-bit integer", text)
		return nil
	}
	return d.ints.new(int32(v))
}

// BoolPtr reads true or false, or a null as nil.
func (d *Decoder) BoolPtr() *bool {
	switch c := d.peek(); {
	case d.err != nil:
		return nil
	case c == 't' && d.literal("true"):
		return d.bools.new(true)
	case c == 'f' && d.literal("false"):
		return d.bools.new(false)
	case c == 'n':
		d.literal("null")
		return nil
	default:
		d.fail("expected a boolean, found %s", describe(c))
		return nil
	}
}

// TimePtr reads a timestamp sent as epoch seconds (a JSON number that may
// have a fraction or an exponent), or a null as nil. The value is truncated to
// the millisecond and returned in UTC, as the official client does; the
// arithmetic is decimal, so 1496275200.123 is .123 and not .122999.
func (d *Decoder) TimePtr() *time.Time {
	if d.Null() {
		return nil
	}
	if c := d.peek(); c != '-' && (c < '0' || c > '9') {
		d.fail("expected a timestamp in epoch seconds, found %s", describe(c))
		return nil
	}
	start := d.pos
	neg, intPart, frac, exp, ok := d.number()
	if !ok {
		return nil
	}
	ms, ok := epochMillis(intPart, frac, exp)
	if !ok {
		text := d.s[start:d.pos]
		d.pos = start
		d.fail("timestamp %s is out of range", text)
		return nil
	}
	if neg {
		ms = -ms
	}
	return d.times.new(time.UnixMilli(ms).UTC())
}

// epochMillis returns the integer milliseconds of intPart.frac × 10^exp,
// truncated toward zero.
func epochMillis(intPart, frac, exp string) (int64, bool) {
	e := 0
	if exp != "" {
		v, err := strconv.Atoi(exp)
		switch {
		case (err != nil && exp[0] == '-') || (err == nil && v < -400):
			return 0, true // far below a millisecond
		case err != nil || v > 30:
			return 0, false
		}
		e = v
	}
	// The value's decimal digits, with the point after len(intPart)+e of them;
	// the milliseconds are the first point+3 digits.
	n := len(intPart) + e + 3
	var ms int64
	for i := 0; i < n; i++ {
		var digit int64
		switch {
		case i < len(intPart):
			digit = int64(intPart[i] - '0')
		case i-len(intPart) < len(frac):
			digit = int64(frac[i-len(intPart)] - '0')
		}
		if ms > (math.MaxInt64-digit)/10 {
			return 0, false
		}
		ms = ms*10 + digit
	}
	return ms, true
}

// StringList reads an array of strings, or a null as nil. A null element
// becomes "", as in the official client.
func StringList[T ~string](d *Decoder) []T {
	if !d.Array() {
		return nil
	}
	v := []T{}
	for d.More() {
		v = append(v, T(d.Str()))
	}
	return v
}

// slab hands out pointers to values stored in shared chunks.
type slab[T any] []T

const slabSize = 32

func (s *slab[T]) new(v T) *T {
	if len(*s) == 0 {
		*s = make([]T, slabSize)
	}
	p := &(*s)[0]
	*s = (*s)[1:]
	*p = v
	return p
}

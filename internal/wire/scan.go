package wire

import (
	"math"
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// The lexical layer of the Decoder: strings and numbers.

// Eight bytes of a string are read as one little-endian word, so that the
// common bytes of a string (ASCII, no quote, no backslash) are passed over
// eight at a time.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load64 returns the eight bytes of s at i as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// stopMask sets the high bit of the bytes of x that stop a string scan: a
// control character (x-0x20 borrows), a non-ASCII byte (its high bit is
// set), '"' or '\\' (x^c-1 borrows). A borrow can mark bytes after a stop
// byte too, but never one before the first: the lowest marked byte is the
// first stop.
func stopMask(x uint64) uint64 {
	quote := x ^ (ones * '"')
	backslash := x ^ (ones * '\\')
	return ((x - ones*0x20) | x | (quote-ones)&^quote | (backslash-ones)&^backslash) & highs
}

// stringStop marks the bytes that stop the scan of a string, as stopMask.
var stringStop = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf
	}
	return t
}()

// scanPlain returns the index of the first byte at or after i that stops a
// string scan, or len(s).
func scanPlain(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := stopMask(load64(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s) && !stringStop[s[i]]; i++ {
	}
	return i
}

// The hot paths, readString and More, repeat the loops of scanPlain:
// calling it costs them a tenth of their time.

// readString reads the string that starts at the current position, and
// returns a copy of its value (see keep).
func (d *Decoder) readString() string {
	s := d.s
	start := d.pos + 1
	i := start
	for {
		if i+8 > len(s) {
			for ; i < len(s) && !stringStop[s[i]]; i++ {
			}
			break
		}
		if m := stopMask(load64(s, i)); m != 0 {
			i += bits.TrailingZeros64(m) / 8
			break
		}
		i += 8
	}
	if i < len(s) && s[i] == '"' {
		d.pos = i + 1
		return d.keep(s[start:i])
	}
	// Escapes, non-ASCII bytes or an error: check the whole string first,
	// then copy or build its value.
	end, size, escaped, valid := d.scanString()
	if d.err != nil {
		return ""
	}
	d.pos = end + 1
	if !escaped && valid {
		return d.keep(s[start:end])
	}
	return d.unescape(start, end, size, valid)
}

// maxTextChunk is the largest chunk of text that the decoder allocates
// unless a string needs more: the largest size class of small objects, whose
// memory the allocator reuses from span to span, unlike that of large ones.
const maxTextChunk = 32 << 10

// keep returns a copy of v in the decoder's text.
func (d *Decoder) keep(v string) string {
	n := len(d.text)
	if len(v) == 0 || len(v) > cap(d.text)-n {
		return d.keepInNewText(v)
	}
	d.text = d.text[:n+len(v)]
	copy(d.text[n:], v)
	return unsafe.String(&d.text[n], len(v))
}

// keepInNewText is keep when the text has no room for v.
func (d *Decoder) keepInNewText(v string) string {
	if v == "" || !d.newText(len(v)) {
		return ""
	}
	return d.keep(v)
}

// newText gives the text a new chunk with room for n bytes: half of what is
// left of the document (a page keeps about 40% of its bytes as values), up
// to maxTextChunk, so that a page of sessions needs one chunk and a page of
// 50 fleets two; never more than the budget left, unless n needs it.
func (d *Decoder) newText(n int) bool {
	c := max(min((len(d.s)-d.pos)/2, maxTextChunk, d.budget), n)
	if !d.charge(c) {
		return false
	}
	d.text = make([]byte, 0, c)
	return true
}

// unescape returns the value of the string s[start:end], which has escapes
// or invalid UTF-8 and whose value has at most size bytes.
func (d *Decoder) unescape(start, end, size int, valid bool) string {
	s := d.s
	if size > cap(d.text)-len(d.text) && !d.newText(size) {
		return ""
	}
	b := d.text
	from := len(b)
	for i := start; i < end; {
		j := i + strings.IndexByte(s[i:end], '\\')
		if j < i {
			j = end
		}
		if valid {
			b = append(b, s[i:j]...)
		} else {
			b = appendValid(b, s[i:j])
		}
		if j == end {
			break
		}
		i = j + 2
		switch e := s[j+1]; e {
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := hex4(s[i:])
			i += 4
			if utf16.IsSurrogate(r) {
				// A pair makes one rune; anything else leaves U+FFFD for
				// this half and is read on its own, as in encoding/json.
				if i+6 <= end && s[i] == '\\' && s[i+1] == 'u' {
					if dec := utf16.DecodeRune(r, hex4(s[i+2:])); dec != utf8.RuneError {
						r = dec
						i += 6
					}
				}
				if utf16.IsSurrogate(r) {
					r = utf8.RuneError
				}
			}
			b = utf8.AppendRune(b, r)
		default: // '"', '\\' or '/'
			b = append(b, e)
		}
	}
	d.text = b
	return unsafe.String(unsafe.SliceData(b[from:]), len(b)-from)
}

// appendValid appends run, a part of a string without escapes, to b with
// each byte that is not part of a valid UTF-8 sequence replaced by U+FFFD,
// as encoding/json does.
func appendValid(b []byte, run string) []byte {
	for i := 0; i < len(run); {
		if c := run[i]; c < utf8.RuneSelf {
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(run[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\uFFFD"...)
		} else {
			b = append(b, run[i:i+size]...)
		}
		i += size
	}
	return b
}

// skipString passes over the string that starts at the current position,
// checking it as readString does, without building it.
func (d *Decoder) skipString() {
	if end, _, _, _ := d.scanString(); d.err == nil {
		d.pos = end + 1
	}
}

// scanString checks the string that starts at the current position and
// returns the index of its closing quote, an upper bound of the size of its
// value once unescaped, and whether it has escapes and whether its bytes are
// valid UTF-8.
func (d *Decoder) scanString() (end, size int, escaped, valid bool) {
	s := d.s
	valid = true
	for i := d.pos + 1; ; {
		j := scanPlain(s, i)
		size += j - i
		i = j
		switch {
		case i == len(s):
			d.pos = i
			d.fail("unterminated string")
			return
		case s[i] == '"':
			return i, size, escaped, valid
		case s[i] >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				valid = false
				size += len("\uFFFD")
			} else {
				size += n
			}
			i += n
		case s[i] < 0x20:
			d.pos = i
			d.fail("control character %q in string", s[i])
			return
		case i+1 >= len(s):
			d.pos = len(s)
			d.fail("unterminated string")
			return
		default:
			escaped = true
			switch e := s[i+1]; e {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				size++
				i += 2
			case 'u':
				if i+6 > len(s) {
					d.pos = i + 2
					d.fail("truncated \\u escape")
					return
				}
				if hex4(s[i+2:]) < 0 {
					d.pos = i + 2
					d.fail("invalid \\u escape %q", s[i+2:i+6])
					return
				}
				size += utf8.UTFMax
				i += 6
			default:
				d.pos = i + 1
				d.fail("invalid escape '\\%c' in string", e)
				return
			}
		}
	}
}

// hex4 returns the value of the four hex digits at the start of s, or -1.
func hex4(s string) rune {
	if len(s) < 4 {
		return -1
	}
	var r rune
	for _, c := range []byte(s[:4]) {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits returns the index of the first byte at or after i that is not a
// decimal digit.
func digits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
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
	is := i
	i = digits(s, i)
	switch {
	case i == is:
		d.pos = start
		d.fail("expected a number, found %s", describe(d.peek()))
		return
	case i-is > 1 && s[is] == '0':
		d.pos = start
		d.fail("invalid number %s: leading zero", s[start:i])
		return
	}
	intPart = s[is:i]
	if i < len(s) && s[i] == '.' {
		fs := i + 1
		if i = digits(s, fs); i == fs {
			d.pos = i
			d.fail("invalid number: no digits after '.'")
			return
		}
		frac = s[fs:i]
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		es := i + 1
		ds := es
		if ds < len(s) && (s[ds] == '+' || s[ds] == '-') {
			ds++
		}
		if i = digits(s, ds); i == ds {
			d.pos = i
			d.fail("invalid number: no digits in exponent")
			return
		}
		exp = s[es:i]
	}
	d.pos = i
	return neg, intPart, frac, exp, true
}

// epochMillis returns the milliseconds of the number
// (-)intPart.frac × 10^exp, truncated toward zero, or false when they do not
// fit in an int64. Every spelling of a value gives the same result: leading
// and trailing zeros and the exponent only move the decimal point.
func epochMillis(neg bool, intPart, frac, exp string) (int64, bool) {
	digit := func(i int) byte {
		if i < len(intPart) {
			return intPart[i] - '0'
		}
		return frac[i-len(intPart)] - '0'
	}
	n := len(intPart) + len(frac)
	z := 0 // leading zeros
	for z < n && digit(z) == 0 {
		z++
	}
	if z == n {
		return 0, true
	}
	// The value is 0.D × 10^point, where D, the digits after the leading
	// zeros, starts with a nonzero digit; the milliseconds are the first
	// point+3 digits of D.
	point := len(intPart) + exponent(exp) - z
	q := point + 3
	switch {
	case q <= 0:
		return 0, true
	case q > 19: // at least 10^19 ms
		return 0, false
	}
	var ms uint64
	for i := 0; i < q; i++ {
		ms *= 10
		if z+i < n {
			ms += uint64(digit(z + i))
		}
	}
	if limit := uint64(math.MaxInt64); ms > limit && !(neg && ms == limit+1) {
		return 0, false
	}
	if neg {
		return -int64(ms), true
	}
	return int64(ms), true
}

// exponent reads the exponent of a number (digits with an optional sign),
// saturating at ±1<<30, which is beyond any point a document can move.
func exponent(exp string) int {
	if exp == "" {
		return 0
	}
	neg := exp[0] == '-'
	if exp[0] == '-' || exp[0] == '+' {
		exp = exp[1:]
	}
	e := 0
	for i := 0; i < len(exp) && e < 1<<30; i++ {
		e = e*10 + int(exp[i]-'0')
	}
	e = min(e, 1<<30)
	if neg {
		return -e
	}
	return e
}

package wire

import (
	"fmt"
	"math"
	"math/bits"
	"strings"
	"time"
	"unsafe"
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
// The strings it returns are copied out of the document into chunks of its
// own, so that the caller may reuse the document's memory once decoding ends
// (see NewDecoderBytes), and the pointers that *string, *int32, *bool and
// *time.Time members need come from slabs that grow with the document, so
// that decoding a page of sessions costs a few allocations rather than one
// per member.
//
// What one document may cost is bounded (see MaxListLength and
// MaxDecodeMemory): a hostile document, such as a few kilobytes of gzip that
// inflate to megabytes of {} in a list, is an error once it reaches a limit,
// not gigabytes of memory.
type Decoder struct {
	s     string
	pos   int
	err   error
	depth int
	stack [maxDepth]frame

	// budget is the memory, in bytes, that the decoder may still allocate
	// for this document, out of maxMemory; maxList is the most elements a
	// list may have. Tests lower them.
	budget, maxMemory int
	maxList           int

	// text holds the values of the strings returned, one after the other,
	// in a chunk that is appended to within its capacity only, so that
	// what is written never moves or changes. A full chunk is left to the
	// strings taken from it.
	text []byte

	strs  slab[string]
	ints  slab[int32]
	bools slab[bool]
	times slab[time.Time]
	// objects holds a *slab[T] for each type T of structure met so far.
	objects []any
}

// Limits on what one document may cost. No AppStream answer comes near them:
// the largest pages have 500 elements (MaxResults), and a page of 50 fleets,
// about 80 KB, needs about 80 KB of memory.
const (
	// MaxListLength is the most elements a list may have.
	MaxListLength = 10_000
	// MaxDecodeMemory is the most memory, in bytes, that decoding one
	// document may allocate: the lists, structures, pointer targets and
	// strings of the result.
	MaxDecodeMemory = 32 << 20
)

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
	// The member name is d.s[keyStart:keyEnd], or, when keyEnd is -1
	// (a name with escapes), unescapedKey. Offsets rather than a string
	// keep the garbage collector's write barrier out of More.
	keyStart, keyEnd int
	unescapedKey     string
}

// key returns the member name that f is at.
func (d *Decoder) key(f *frame) string {
	if f.keyEnd < 0 {
		return f.unescapedKey
	}
	return d.s[f.keyStart:f.keyEnd]
}

// NewDecoder returns a Decoder that reads s.
func NewDecoder(s string) *Decoder {
	return &Decoder{s: s, budget: MaxDecodeMemory, maxMemory: MaxDecodeMemory, maxList: MaxListLength}
}

// NewDecoderBytes returns a Decoder that reads b, which must not change
// while the decoder reads it. Nothing that the decoder returns, values or
// errors, refers to b's memory, so b may be reused once decoding ends; Key's
// result is the one exception, valid until then.
func NewDecoderBytes(b []byte) *Decoder {
	return NewDecoder(unsafe.String(unsafe.SliceData(b), len(b)))
}

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
	for i := range d.stack[:d.depth] {
		f := &d.stack[i]
		switch key := d.key(f); {
		case f.array && f.index >= 0:
			fmt.Fprintf(&path, "[%d]", f.index)
		case !f.array && key != "":
			if path.Len() > 0 {
				path.WriteByte('.')
			}
			path.WriteString(key)
		}
	}
	lo := max(d.pos-20, 0)
	hi := min(lo+40, len(d.s))
	d.err = &DecodeError{Path: path.String(), Offset: d.pos, Msg: fmt.Sprintf(format, args...), Excerpt: strings.Clone(d.s[lo:hi])}
}

// charge counts n bytes that the decoder is about to allocate against its
// budget, and reports whether they fit; when they do not, it fails.
func (d *Decoder) charge(n int) bool {
	if n > d.budget {
		d.fail("decoding needs more than %d bytes of memory", d.maxMemory)
		return false
	}
	d.budget -= n
	return true
}

// peek returns the next byte after white space, or 0 at the end.
func (d *Decoder) peek() byte {
	s, i := d.s, d.pos
	for i < len(s) && s[i] <= ' ' && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') {
		i++
	}
	d.pos = i
	if i < len(s) {
		return s[i]
	}
	return 0
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
	case c == '-' || isDigit(c):
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

// Null consumes a null and reports whether there was one (or an error).
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
	// The common case: c right here.
	if d.err != nil || d.pos >= len(d.s) || d.s[d.pos] != c || d.depth == maxDepth {
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
	}
	d.pos++
	// Field by field: a composite literal would also write unescapedKey,
	// a pointer, which costs a write barrier while the GC runs.
	f := &d.stack[d.depth]
	f.array, f.first, f.index, f.keyStart, f.keyEnd = array, true, -1, d.pos, d.pos
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
	// The document and the position are kept in locals, and d.pos written
	// back once: More runs once per member of every object.
	f := &d.stack[d.depth-1]
	s, i := d.s, d.pos
	if !f.array && !f.first && i+1 < len(s) && s[i] == ',' && s[i+1] == '"' {
		i++ // the common case: ,"name":
	} else {
		var more bool
		if i, more = d.separator(f); !more || f.array {
			return more
		}
	}
	// The member name, s[i] being its quote: a substring of the document,
	// unless it has escapes.
	start := i + 1
	i = start
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
	if i+1 < len(s) && s[i] == '"' && s[i+1] == ':' {
		f.keyStart, f.keyEnd = start, i // the common case: "name":
		d.pos = i + 2
		return true
	}
	return d.memberName(f, start, i)
}

// memberName finishes what More began: the member name that starts at
// start, whose scan stopped at i, and the colon after it.
func (d *Decoder) memberName(f *frame, start, i int) bool {
	s := d.s
	if i < len(s) && s[i] == '"' {
		f.keyStart, f.keyEnd = start, i
		i++
	} else {
		d.pos = start - 1
		key := d.readString()
		if d.err != nil {
			return false
		}
		f.keyEnd, f.unescapedKey = -1, key
		i = d.pos
	}
	if i = skipSpace(s, i); i >= len(s) || s[i] != ':' {
		d.pos = i
		d.fail("expected ':' after member name %q", d.key(f))
		return false
	}
	d.pos = i + 1
	return true
}

// separator passes what comes before the next member or element of f: white
// space and a comma, or the closing bracket. It reports whether there is a
// member or element, and returns its position (in an object, that of the
// quote of its name).
func (d *Decoder) separator(f *frame) (int, bool) {
	s := d.s
	i := skipSpace(s, d.pos)
	closing := byte('}')
	if f.array {
		closing = ']'
	}
	var c byte
	if i < len(s) {
		c = s[i]
	}
	switch {
	case c == closing:
		d.pos = i + 1
		d.depth--
		return i, false
	case f.first:
		f.first = false
	case c == ',':
		i = skipSpace(s, i+1)
	default:
		d.pos = i
		d.fail("expected ',' or '%c', found %s", closing, describe(c))
		return i, false
	}
	d.pos = i
	if f.array {
		f.index++
		return i, true
	}
	if c := d.peek(); c != '"' {
		d.fail("expected a member name, found %s", describe(c))
		return i, false
	}
	return i, true
}

// skipSpace returns the index of the first byte at or after i that is not
// white space. The hot paths look at s[i] first: compact documents have
// none.
func skipSpace(s string, i int) int {
	for i < len(s) && s[i] <= ' ' && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') {
		i++
	}
	return i
}

// Key returns the name of the member that More moved to. It may share the
// document's memory: a codec that keeps it copies it.
func (d *Decoder) Key() string {
	if d.depth == 0 {
		return ""
	}
	return d.key(&d.stack[d.depth-1])
}

// End reports an error if anything but white space follows the document.
func (d *Decoder) End() {
	if d.pos = skipSpace(d.s, d.pos); d.pos < len(d.s) {
		d.fail("unexpected data after the JSON document")
	}
}

// Skip consumes one value of any kind, checking that it is well formed. It
// allocates nothing.
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
				if d.skipString(); d.err != nil {
					return
				}
				if d.peek() != ':' {
					d.fail("expected ':' after member name")
					return
				}
				d.pos++
			}
			d.skip(depth + 1)
		}
	case '"':
		d.skipString()
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
	switch c := d.peek(); {
	case d.err != nil:
		return nil
	case c == '"':
		v := d.readString()
		if d.err != nil {
			return nil
		}
		return newIn(d, &d.strs, v)
	case c == 'n':
		d.literal("null")
		return nil
	default:
		d.fail("expected a string, found %s", describe(c))
		return nil
	}
}

// Int32Ptr reads an integer that fits in 32 bits, or a null as nil. A
// fraction, an exponent or a value out of range is an error: the official
// client truncates 4294967297 to 1; this one says so instead.
func (d *Decoder) Int32Ptr() *int32 {
	c := d.peek()
	switch {
	case d.err != nil:
		return nil
	case c == 'n':
		d.literal("null")
		return nil
	case c != '-' && !isDigit(c):
		d.fail("expected an integer, found %s", describe(c))
		return nil
	}
	// The common case, up to nine digits and nothing after them, needs no
	// more than this loop.
	s, i := d.s, d.pos
	if c == '-' {
		i++
	}
	ds := i
	var v uint64
	for ; i < len(s); i++ {
		digit := s[i] - '0'
		if digit > 9 {
			break
		}
		v = v*10 + uint64(digit)
	}
	if n := i - ds; n == 0 || n > 9 || (n > 1 && s[ds] == '0') || (i < len(s) && (s[i] == '.' || s[i]|0x20 == 'e')) {
		return d.int32Slow()
	}
	d.pos = i
	if c == '-' {
		return newIn(d, &d.ints, -int32(v))
	}
	return newIn(d, &d.ints, int32(v))
}

// int32Slow reads an integer that the fast path of Int32Ptr leaves: ten
// digits or more, or an invalid one.
func (d *Decoder) int32Slow() *int32 {
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
	return newIn(d, &d.ints, int32(v))
}

// BoolPtr reads true or false, or a null as nil.
func (d *Decoder) BoolPtr() *bool {
	switch c := d.peek(); {
	case d.err != nil:
		return nil
	case c == 't' && d.literal("true"):
		return newIn(d, &d.bools, true)
	case c == 'f' && d.literal("false"):
		return newIn(d, &d.bools, false)
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
// arithmetic is decimal and exact, so 1496275200.123 is .123 and not
// .122999, and every spelling of a number (1.4962752E9, 14962752000e-1, with
// hundreds of zeros) gives the same time. A value whose milliseconds do not
// fit in an int64 (about 292 million years from 1970) is an error.
func (d *Decoder) TimePtr() *time.Time {
	c := d.peek()
	switch {
	case d.err != nil:
		return nil
	case c == 'n':
		d.literal("null")
		return nil
	case c != '-' && !isDigit(c):
		d.fail("expected a timestamp in epoch seconds, found %s", describe(c))
		return nil
	}
	// The usual forms (seconds, with or without a fraction, and the
	// service's 1.7642268001239E9) are a mantissa of at most 19 digits
	// times a power of ten, read in one pass; the others (and errors) take
	// the general path.
	s, start := d.s, d.pos
	i := start
	if c == '-' {
		i++
	}
	ds := i
	var mantissa uint64
	for ; i < len(s) && s[i]-'0' <= 9; i++ {
		mantissa = mantissa*10 + uint64(s[i]-'0')
	}
	n := i - ds // integer digits; 0 sends to the general path
	point := 0  // digits after the point
	if i < len(s) && s[i] == '.' {
		i++
		fs := i
		for ; i < len(s) && s[i]-'0' <= 9; i++ {
			mantissa = mantissa*10 + uint64(s[i]-'0')
		}
		if point = i - fs; point == 0 {
			n = 0
		}
	}
	power := 0
	if i < len(s) && s[i]|0x20 == 'e' {
		i++
		negExp := i < len(s) && s[i] == '-'
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		es := i
		for ; i < len(s) && s[i]-'0' <= 9 && i-es < 4; i++ {
			power = power*10 + int(s[i]-'0')
		}
		if i == es || i < len(s) && s[i]-'0' <= 9 {
			n = 0 // no digits, or more than four
		}
		if negExp {
			power = -power
		}
	}
	if ms, ok := scaleMillis(mantissa, power-point+3); ok && n > 0 && n+point <= 19 && (n == 1 || s[ds] != '0') {
		d.pos = i
		if c == '-' {
			ms = -ms
		}
		return newIn(d, &d.times, time.UnixMilli(ms).UTC())
	}
	neg, intPart, frac, exp, ok := d.number()
	if !ok {
		return nil
	}
	ms2, ok := epochMillis(neg, intPart, frac, exp)
	if !ok {
		text := d.s[start:d.pos]
		d.pos = start
		d.fail("timestamp %s is out of range", text)
		return nil
	}
	return newIn(d, &d.times, time.UnixMilli(ms2).UTC())
}

// pow10 holds the powers of ten that fit in a uint64.
var pow10 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// scaleMillis returns m × 10^k truncated to an integer, or false when it does
// not fit in an int64.
func scaleMillis(m uint64, k int) (int64, bool) {
	switch {
	case m == 0 || k < -19:
		return 0, true
	case k < 0:
		return int64(m / pow10[-k]), true // m < 10^19: the quotient fits
	case k >= len(pow10):
		return 0, false
	}
	hi, lo := bits.Mul64(m, pow10[k])
	return int64(lo), hi == 0 && lo <= math.MaxInt64
}

// StringList reads an array of strings, or a null as nil. A null element
// becomes "", as in the official client.
func StringList[T ~string](d *Decoder) []T {
	if !d.Array() {
		return nil
	}
	// Short lists are gathered on the stack, then copied to their final
	// place: the slab of strings when T is string, a slice of their size
	// otherwise.
	var short [8]T
	n := 0
	var long []T
	start := d.pos
	for d.More() {
		if n == d.maxList {
			d.tooLong()
			return nil
		}
		v := T(d.Str())
		if long == nil && n < len(short) {
			short[n] = v
			n++
			continue
		}
		if long == nil {
			long = grow(d, short[:n], d.pos-start)
		} else if len(long) == cap(long) {
			long = grow(d, long, d.pos-start)
		}
		if d.err != nil {
			return nil
		}
		long = append(long, v)
		n++
	}
	switch {
	case d.err != nil:
		return nil
	case long != nil:
		return long
	case n == 0:
		return []T{}
	}
	var out []T
	if p, ok := any(&out).(*[]string); ok {
		*p = takeIn(d, &d.strs, n)
	} else if d.charge(n * int(unsafe.Sizeof(short[0]))) {
		out = make([]T, n)
	}
	copy(out, short[:n])
	return out
}

// StringMap reads an object whose members are strings into a map, or a null
// as nil. A null member becomes "", as in the official client; a member
// given twice keeps its last value. It has at most MaxListLength members.
func StringMap[V ~string](d *Decoder) map[string]V {
	if !d.Object() {
		return nil
	}
	m := map[string]V{}
	for d.More() {
		// What a member costs, with the garbage the map leaves as it grows.
		if len(m) == d.maxList {
			d.fail("map has more than %d members", d.maxList)
			return nil
		}
		if !d.charge(mapEntrySize) {
			return nil
		}
		m[d.keep(d.Key())] = V(d.Str())
	}
	if d.err != nil {
		return nil
	}
	return m
}

// mapEntrySize is what a map[string]string member costs, rounded up: 32
// bytes of key and value, the map's control bytes and spare room, and the
// tables it leaves behind as it grows (TestMemoryCounted measures it).
const mapEntrySize = 144

// list reads an array of objects, or a null as nil, with decode reading each
// element.
func list[T any](d *Decoder, decode func(*Decoder, *T) bool) []T {
	if !d.Array() {
		return nil
	}
	v := []T{}
	start := d.pos
	for d.More() {
		if len(v) == d.maxList {
			d.tooLong()
			return nil
		}
		if len(v) == cap(v) {
			if v = grow(d, v, d.pos-start); d.err != nil {
				return nil
			}
		}
		v = v[:len(v)+1]
		decode(d, &v[len(v)-1])
	}
	return v
}

// object reads an object, or a null as nil, with decode filling its members.
func object[T any](d *Decoder, decode func(*Decoder, *T) bool) *T {
	if d.Null() {
		return nil
	}
	p := slotIn(d, slabOf[T](d))
	if p == nil || !decode(d, p) {
		return nil
	}
	return p
}

// slabOf returns the slab of the structures of type T.
func slabOf[T any](d *Decoder) *slab[T] {
	for _, s := range d.objects {
		if s, ok := s.(*slab[T]); ok {
			return s
		}
	}
	s := new(slab[T])
	d.objects = append(d.objects, s)
	return s
}

func (d *Decoder) tooLong() { d.fail("list has more than %d elements", d.maxList) }

// grow returns a copy of v with room for more elements, counting its memory
// against the budget; used is the size of v's elements in the document. The
// room doubles, except in the list that a page is made of (a member of the
// document's root): there it is what the rest of the document can hold at
// the size of the elements so far, so that a page of 50 fleets costs two
// allocations instead of six, but never more than twice the size of the rest
// of the document.
func grow[T any](d *Decoder, v []T, used int) []T {
	size := max(int(unsafe.Sizeof(*new(T))), 1)
	c := max(2*cap(v), 4)
	if d.depth <= 2 && len(v) > 0 {
		rest := len(d.s) - d.pos
		c = max(c, min(len(v)+rest/max(used/len(v), 1)+1, 2*rest/size))
	}
	c = min(c, d.maxList)
	if !d.charge(c * size) {
		return nil
	}
	return append(make([]T, 0, c), v...)
}

// slab hands out pointers to values stored in shared chunks. The first chunk
// holds minSlab values; the next ones, what the rest of the document will
// need at the rate the document has needed them so far, up to maxSlab.
type slab[T any] struct {
	chunk []T
	next  int
	// before counts the values handed out from the chunks before this one.
	before int
}

const (
	minSlab = 16
	maxSlab = 4096
)

// takeIn returns n values of s, with no room to append.
func takeIn[T any](d *Decoder, s *slab[T], n int) []T {
	if n > len(s.chunk)-s.next && !newChunk(d, s, n) {
		return nil
	}
	v := s.chunk[s.next : s.next+n : s.next+n]
	s.next += n
	return v
}

// newIn stores v in s and returns a pointer to it.
func newIn[T any](d *Decoder, s *slab[T], v T) *T {
	p := slotIn(d, s)
	if p != nil {
		*p = v
	}
	return p
}

// slotIn returns a pointer to a zero value of s.
func slotIn[T any](d *Decoder, s *slab[T]) *T {
	if s.next < len(s.chunk) {
		p := &s.chunk[s.next]
		s.next++
		return p
	}
	if !newChunk(d, s, 1) {
		return nil
	}
	s.next = 1
	return &s.chunk[0]
}

// newChunk gives s a new chunk of at least n values.
func newChunk[T any](d *Decoder, s *slab[T], n int) bool {
	total := s.before + s.next // values handed out
	c := minSlab
	if total > 0 && d.pos > 0 {
		rest := int64(len(d.s) - d.pos)
		c = int(min(int64(total)*rest/int64(d.pos)+int64(total/8), maxSlab))
	}
	c = max(c, n, minSlab)
	if !d.charge(c * int(unsafe.Sizeof(*new(T)))) {
		return false
	}
	s.chunk, s.next, s.before = make([]T, c), 0, total
	return true
}

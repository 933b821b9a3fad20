// Package wire reads and writes the JSON documents of the awsJson1.1 protocol:
// a small append-only encoder, a strict decoder that fills typed Go values
// without an intermediate map, and the codecs of the AppStream shapes.
package wire

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

// Encoder appends one JSON document to a byte slice. Members are written in
// the order the caller gives; the shape codecs give them in alphabetical order,
// which is the order the official client writes.
type Encoder struct {
	buf []byte
	// comma is true when the next key or array element needs a ',' before it.
	comma bool
}

// NewEncoder returns an Encoder that appends to buf[:0].
func NewEncoder(buf []byte) *Encoder { return &Encoder{buf: buf[:0]} }

// Bytes returns the document written so far.
func (e *Encoder) Bytes() []byte { return e.buf }

// ObjectStart writes '{'.
func (e *Encoder) ObjectStart() {
	e.sep()
	e.buf = append(e.buf, '{')
	e.comma = false
}

// ObjectEnd writes '}'.
func (e *Encoder) ObjectEnd() {
	e.buf = append(e.buf, '}')
	e.comma = true
}

// ArrayStart writes '['.
func (e *Encoder) ArrayStart() {
	e.sep()
	e.buf = append(e.buf, '[')
	e.comma = false
}

// ArrayEnd writes ']'.
func (e *Encoder) ArrayEnd() {
	e.buf = append(e.buf, ']')
	e.comma = true
}

// Key writes a member name and its ':'. The value must follow.
func (e *Encoder) Key(name string) {
	e.sep()
	e.buf = appendString(e.buf, name)
	e.buf = append(e.buf, ':')
	e.comma = false
}

// StringValue writes a string value.
func (e *Encoder) StringValue(v string) {
	e.sep()
	e.buf = appendString(e.buf, v)
	e.comma = true
}

func (e *Encoder) sep() {
	if e.comma {
		e.buf = append(e.buf, ',')
	}
}

// String writes member key when v is not nil.
func (e *Encoder) String(key string, v *string) {
	if v != nil {
		e.Key(key)
		e.StringValue(*v)
	}
}

// Int32 writes member key when v is not nil.
func (e *Encoder) Int32(key string, v *int32) {
	if v != nil {
		e.Key(key)
		e.buf = strconv.AppendInt(e.buf, int64(*v), 10)
		e.comma = true
	}
}

// Bool writes member key when v is not nil.
func (e *Encoder) Bool(key string, v *bool) {
	if v != nil {
		e.Key(key)
		e.buf = strconv.AppendBool(e.buf, *v)
		e.comma = true
	}
}

// Enum writes member key when v is not empty.
func Enum[T ~string](e *Encoder, key string, v T) {
	if v != "" {
		e.Key(key)
		e.StringValue(string(v))
	}
}

// Strings writes member key when v is not nil: a non-nil empty slice is
// written as [], as the official client does.
func Strings[T ~string](e *Encoder, key string, v []T) {
	if v == nil {
		return
	}
	e.Key(key)
	e.ArrayStart()
	for _, s := range v {
		e.StringValue(string(s))
	}
	e.ArrayEnd()
}

// StringMap writes member key when m is not nil, with its keys sorted so that
// the same input always gives the same bytes.
func (e *Encoder) StringMap(key string, m map[string]string) {
	if m == nil {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.Key(key)
	e.ObjectStart()
	for _, k := range keys {
		e.Key(k)
		e.StringValue(m[k])
	}
	e.ObjectEnd()
}

// Object writes member key as an object when v is not nil, with fn writing
// its members.
func Object[T any](e *Encoder, key string, v *T, fn func(*Encoder, *T)) {
	if v == nil {
		return
	}
	e.Key(key)
	e.ObjectStart()
	fn(e, v)
	e.ObjectEnd()
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string with the escaping of smithy-go's
// encoder (and so of the official client): '"', '\\' and control characters
// are escaped, '<', '>' and '&' are not, invalid UTF-8 becomes U+FFFD, and
// U+2028 and U+2029 are escaped.
func appendString(buf []byte, s string) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			buf = append(buf, s[start:i]...)
			switch b {
			case '"', '\\':
				buf = append(buf, '\\', b)
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			default:
				buf = append(buf, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			buf = append(buf, s[start:i]...)
			buf = append(buf, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			buf = append(buf, s[start:i]...)
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

package wire

import "strconv"

// Int64 writes member key when v is not nil.
func (e *Encoder) Int64(key string, v *int64) {
	if v != nil {
		e.Key(key)
		e.buf = strconv.AppendInt(e.buf, *v, 10)
		e.comma = true
	}
}

// Objects writes member key as an array of objects when v is not nil (a
// non-nil empty slice is written as []), with fn writing each element's
// members.
func Objects[T any](e *Encoder, key string, v []T, fn func(*Encoder, *T)) {
	if v == nil {
		return
	}
	e.Key(key)
	e.ArrayStart()
	for i := range v {
		e.ObjectStart()
		fn(e, &v[i])
		e.ObjectEnd()
	}
	e.ArrayEnd()
}

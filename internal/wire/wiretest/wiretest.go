// Package wiretest decodes awsJson1.1 documents the slow, obvious way, as a
// reference for the tests of the wire decoder and of the output decoders.
//
// Decode reads the document with encoding/json's tokenizer (so strings,
// escapes and invalid UTF-8 are what encoding/json makes of them) into any
// of the module's types, by reflection, with the rules the protocol and the
// official client follow, where encoding/json's own would differ:
//
//   - a structure's members are its fields, matched by exact name (not
//     case-insensitively), the name on the wire (MemberName) being the
//     field's but for ImagePermissions; unknown members are skipped; a member given twice
//     takes its last value, a structure starting afresh;
//   - *string, *int32, *bool and pointers to structures take null as nil;
//     enums (string types) and list elements take null as "" or the zero
//     value; lists and maps take null as nil and [] or {} as empty;
//   - an int32 is an integer (no fraction or exponent) that fits in 32 bits;
//   - a *time.Time is a number of epoch seconds, exact in decimal, truncated
//     to the millisecond, in UTC; its milliseconds must fit in an int64.
//
// A field named ResultMetadata is not a member (outputs carry it).
package wiretest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/appstreamkit/appstream-go/types"
)

var timeType = reflect.TypeFor[time.Time]()

// Decode decodes doc into the value v points to.
func Decode(doc string, v any) error {
	if !json.Valid([]byte(doc)) {
		return errors.New("invalid JSON")
	}
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	r := reader{dec}
	if err := r.value(reflect.ValueOf(v).Elem()); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the document")
	}
	return nil
}

type reader struct{ dec *json.Decoder }

func (r reader) token() (json.Token, error) {
	t, err := r.dec.Token()
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return t, err
}

// value reads the next value into v.
func (r reader) value(v reflect.Value) error {
	t, err := r.token()
	if err != nil {
		return err
	}
	return r.valueFrom(t, v)
}

// valueFrom reads the value that starts with t into v.
func (r reader) valueFrom(t json.Token, v reflect.Value) error {
	typ := v.Type()
	if t == nil { // null
		v.SetZero()
		return nil
	}
	switch {
	case typ.Kind() == reflect.String:
		s, ok := t.(string)
		if !ok {
			return fmt.Errorf("%v: want a string for %v", t, typ)
		}
		v.SetString(s)
		return nil
	case typ.Kind() == reflect.Slice:
		if t != json.Delim('[') {
			return fmt.Errorf("%v: want an array for %v", t, typ)
		}
		list := reflect.MakeSlice(typ, 0, 0)
		for r.dec.More() {
			elem := reflect.New(typ.Elem()).Elem()
			if err := r.value(elem); err != nil {
				return err
			}
			list = reflect.Append(list, elem)
		}
		v.Set(list)
		_, err := r.token()
		return err
	case typ.Kind() == reflect.Map && typ.Key().Kind() == reflect.String:
		if t != json.Delim('{') {
			return fmt.Errorf("%v: want an object for %v", t, typ)
		}
		m := reflect.MakeMap(typ)
		for r.dec.More() {
			key, err := r.token()
			if err != nil {
				return err
			}
			elem := reflect.New(typ.Elem()).Elem()
			if err := r.value(elem); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(key).Convert(typ.Key()), elem)
		}
		v.Set(m)
		_, err := r.token()
		return err
	case typ.Kind() == reflect.Struct && typ != timeType:
		if t != json.Delim('{') {
			return fmt.Errorf("%v: want an object for %v", t, typ)
		}
		v.SetZero()
		for r.dec.More() {
			key, err := r.token()
			if err != nil {
				return err
			}
			f, ok := typ.FieldByName(fieldName(typ, key.(string)))
			if !ok || MemberName(typ, f.Name) != key || !f.IsExported() || f.Name == "ResultMetadata" || len(f.Index) > 1 {
				var skip json.RawMessage
				if err := r.dec.Decode(&skip); err != nil {
					return err
				}
				continue
			}
			if err := r.value(v.FieldByIndex(f.Index)); err != nil {
				return fmt.Errorf("%s: %w", key, err)
			}
		}
		_, err := r.token()
		return err
	case typ.Kind() == reflect.Pointer:
		target := reflect.New(typ.Elem())
		if err := r.scalar(t, target.Elem()); err != nil {
			return err
		}
		v.Set(target)
		return nil
	}
	return fmt.Errorf("wiretest cannot decode into %v", typ)
}

// scalar reads the value that starts with t into v, the target of a pointer.
func (r reader) scalar(t json.Token, v reflect.Value) error {
	typ := v.Type()
	switch {
	case typ == timeType:
		n, ok := t.(json.Number)
		if !ok {
			return fmt.Errorf("%v: want a number for a timestamp", t)
		}
		ms, ok := epochMillis(string(n))
		if !ok {
			return fmt.Errorf("timestamp %s out of range", n)
		}
		v.Set(reflect.ValueOf(time.UnixMilli(ms).UTC()))
	case typ.Kind() == reflect.Int32:
		n, ok := t.(json.Number)
		if !ok || strings.ContainsAny(string(n), ".eE") {
			return fmt.Errorf("%v: want an integer", t)
		}
		i, err := strconv.ParseInt(string(n), 10, 32)
		if err != nil {
			return err
		}
		v.SetInt(i)
	case typ.Kind() == reflect.Bool:
		b, ok := t.(bool)
		if !ok {
			return fmt.Errorf("%v: want a boolean", t)
		}
		v.SetBool(b)
	default:
		return r.valueFrom(t, v)
	}
	return nil
}

// epochMillis returns the milliseconds of the number n (epoch seconds),
// truncated toward zero, computed exactly with big integers, or false when
// they do not fit in an int64.
func epochMillis(n string) (int64, bool) {
	neg := strings.HasPrefix(n, "-")
	n = strings.TrimPrefix(n, "-")
	mant, exp, _ := strings.Cut(strings.ToLower(n), "e")
	intPart, frac, _ := strings.Cut(mant, ".")
	digits := strings.TrimLeft(intPart+frac, "0")
	if digits == "" {
		return 0, true
	}
	// The value is digits × 10^shift seconds: the milliseconds are
	// digits × 10^(shift+3), truncated.
	e := new(big.Int)
	if exp != "" {
		e.SetString(exp, 10)
	}
	shift := e.Add(e, big.NewInt(int64(3-len(frac))))
	ms := new(big.Int)
	ms.SetString(digits, 10)
	switch {
	case shift.Cmp(big.NewInt(40)) > 0:
		return 0, false
	case shift.Sign() >= 0:
		ms.Mul(ms, new(big.Int).Exp(big.NewInt(10), shift, nil))
	case shift.Cmp(big.NewInt(-int64(len(digits)))) < 0:
		return 0, true
	default:
		ms.Quo(ms, new(big.Int).Exp(big.NewInt(10), new(big.Int).Neg(shift), nil))
	}
	if neg {
		ms.Neg(ms)
	}
	if !ms.IsInt64() {
		return 0, false
	}
	return ms.Int64(), true
}

// wireNames lists the members whose name on the wire is not their field's:
// the model names ImagePermissions' members in lower camel case.
var wireNames = map[reflect.Type]map[string]string{
	reflect.TypeFor[types.ImagePermissions](): {"AllowFleet": "allowFleet", "AllowImageBuilder": "allowImageBuilder"},
}

// MemberName returns the name on the wire of field of the structure type t.
func MemberName(t reflect.Type, field string) string {
	if name, ok := wireNames[t][field]; ok {
		return name
	}
	return field
}

// fieldName returns the field of t whose member is named member on the wire.
func fieldName(t reflect.Type, member string) string {
	for field, name := range wireNames[t] {
		if name == member {
			return field
		}
	}
	return member
}

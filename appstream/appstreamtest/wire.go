package appstreamtest

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/appstreamkit/appstream-go/types"
)

const (
	jsonContentType = "application/x-amz-json-1.1"
	jsonSpace       = " \t\r\n" // JSON's white space, narrower than Go's
)

// apiError is an error response: an HTTP status, an error code and a message.
type apiError struct {
	status  int
	code    string
	message string
}

func (e *apiError) Error() string { return e.code + ": " + e.message }

func newError(status int, code, format string, args ...any) *apiError {
	return &apiError{status: status, code: code, message: fmt.Sprintf(format, args...)}
}

// clientError is a 400 error with one of the service's error codes.
func clientError(code, format string, args ...any) *apiError {
	return newError(http.StatusBadRequest, code, format, args...)
}

// errorNamespace is the Coral namespace AWS puts in front of an error code.
// Service errors come from AppStream's own model (com.amazonaws.photon); the
// front end raises the others.
func errorNamespace(code string) string {
	switch code {
	case "ValidationException":
		return "com.amazon.coral.validate"
	case "SerializationException", "UnknownOperationException", "InternalFailure",
		"MissingAuthenticationTokenException", "UnrecognizedClientException",
		"InvalidSignatureException", "IncompleteSignatureException":
		return "com.amazon.coral.service"
	}
	return "com.amazonaws.photon"
}

// writeError writes e the way the service does. The header carries
// "Code:http://internal.amazon.com/coral/<namespace>/" and the body carries
// "<namespace>#Code", except for the front end's auth errors whose body names
// the bare code, so that clients meet every legal spelling.
func writeError(w http.ResponseWriter, e *apiError) {
	ns := errorNamespace(e.code)
	w.Header().Set("X-Amzn-ErrorType", e.code+":http://internal.amazon.com/coral/"+ns+"/")
	typ := ns + "#" + e.code
	if e.status == http.StatusForbidden {
		typ = e.code
	}
	body, _ := json.Marshal(map[string]string{"__type": typ, "message": e.message})
	writeJSON(w, e.status, body)
}

func writeJSON(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", jsonContentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

// newRequestID returns a random UUID-shaped request ID.
func newRequestID() string {
	var b [16]byte
	rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// parseBody reads a request body, which must be one JSON object. An empty body
// counts as {}.
func parseBody(body []byte) (map[string]any, *apiError) {
	if len(bytes.Trim(body, jsonSpace)) == 0 {
		return map[string]any{}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, clientError("SerializationException", "The request body is not valid JSON: %v", err)
	}
	if len(bytes.Trim(body[dec.InputOffset():], jsonSpace)) > 0 {
		return nil, clientError("SerializationException", "The request body has data after its JSON value.")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, clientError("SerializationException", "The request body must be a JSON object, not %s.", jsonKind(v))
	}
	return obj, nil
}

// decodeMember stores raw (a value from parseBody) into v. Structures match
// JSON keys against field names exactly (the service is case-sensitive, unlike
// encoding/json) and ignore unknown keys; a field tagged `wire:"inline"` reads
// the same object. *T is optional (null counts as absent), string kinds
// (enums too) take strings, int32 an integer, bool a boolean, []T a list and
// map[string]string an object of strings. int64 takes an integer as a Long does.
func decodeMember(raw any, v reflect.Value, path string) *apiError {
	if v.Kind() == reflect.Pointer {
		if raw == nil {
			return nil
		}
		p := reflect.New(v.Type().Elem())
		if err := decodeMember(raw, p.Elem(), path); err != nil {
			return err
		}
		v.Set(p)
		return nil
	}
	if raw == nil {
		if strings.HasSuffix(path, "]") {
			return serializationError(path, raw, "a list or map entry")
		}
		return nil // a null member counts as absent
	}
	switch v.Kind() {
	case reflect.String:
		s, ok := raw.(string)
		if !ok {
			return serializationError(path, raw, "a String")
		}
		v.SetString(s)
	case reflect.Int32, reflect.Int64:
		kind := map[reflect.Kind]string{reflect.Int32: "an Integer", reflect.Int64: "a Long"}[v.Kind()]
		n, ok := raw.(json.Number)
		if !ok {
			return serializationError(path, raw, kind)
		}
		i, err := strconv.ParseInt(string(n), 10, v.Type().Bits())
		if err != nil {
			return serializationError(path, raw, kind)
		}
		v.SetInt(i)
	case reflect.Bool:
		b, ok := raw.(bool)
		if !ok {
			return serializationError(path, raw, "a Boolean")
		}
		v.SetBool(b)
	case reflect.Slice:
		list, ok := raw.([]any)
		if !ok {
			return serializationError(path, raw, "a list")
		}
		s := reflect.MakeSlice(v.Type(), len(list), len(list))
		for i, item := range list {
			if err := decodeMember(item, s.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		v.Set(s)
	case reflect.Map:
		obj, ok := raw.(map[string]any)
		if !ok {
			return serializationError(path, raw, "a map")
		}
		m := reflect.MakeMapWithSize(v.Type(), len(obj))
		for k, item := range obj {
			e := reflect.New(v.Type().Elem()).Elem()
			if err := decodeMember(item, e, path+"["+k+"]"); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), e)
		}
		v.Set(m)
	case reflect.Struct:
		obj, ok := raw.(map[string]any)
		if !ok {
			return serializationError(path, raw, "a structure")
		}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Tag.Get("wire") == "inline" {
				if err := decodeMember(raw, v.Field(i), path); err != nil {
					return err
				}
				continue
			}
			item, present := obj[f.Name]
			if !present {
				continue
			}
			if err := decodeMember(item, v.Field(i), strings.TrimPrefix(path+"."+f.Name, ".")); err != nil {
				return err
			}
		}
	default:
		panic("appstreamtest: cannot decode into " + v.Type().String())
	}
	return nil
}

func serializationError(path string, raw any, want string) *apiError {
	if path == "" {
		path = "(root)"
	}
	return clientError("SerializationException", "Cannot deserialize member %s: %s can not be converted to %s", path, jsonKind(raw), want)
}

// jsonKind names a JSON value's kind the way Coral's Jackson-based errors do.
func jsonKind(v any) string {
	switch v := v.(type) {
	case nil:
		return "VALUE_NULL"
	case string:
		return "STRING_VALUE"
	case bool:
		return "BOOLEAN_VALUE"
	case json.Number:
		if strings.ContainsAny(string(v), ".eE") {
			return "NUMBER_VALUE (" + string(v) + ")"
		}
		return "NUMBER_VALUE"
	case []any:
		return "START_ARRAY"
	default:
		return "START_OBJECT"
	}
}

var timeType = reflect.TypeOf(time.Time{})

// encodeMember turns v into a value for encoding/json the way the service
// writes its output: members named as the Go fields, unset members (nil
// pointers, nil slices and maps, empty enums) left out, and timestamps as
// epoch seconds with millisecond precision. It reports false for an unset
// member.
func encodeMember(v reflect.Value) (any, bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return nil, false
		}
		if e := v.Elem(); e.Kind() == reflect.String {
			return e.String(), true // a set *string is sent even when empty
		}
		return encodeMember(v.Elem())
	case reflect.String:
		return v.String(), v.Len() > 0
	case reflect.Int32, reflect.Int, reflect.Int64:
		return v.Int(), true
	case reflect.Bool:
		return v.Bool(), true
	case reflect.Slice:
		if v.IsNil() {
			return nil, false
		}
		list := make([]any, v.Len())
		for i := range list {
			list[i], _ = encodeMember(v.Index(i))
		}
		return list, true
	case reflect.Map:
		if v.IsNil() {
			return nil, false
		}
		obj := make(map[string]any, v.Len())
		for it := v.MapRange(); it.Next(); {
			obj[it.Key().String()], _ = encodeMember(it.Value())
		}
		return obj, true
	case reflect.Struct:
		if v.Type() == timeType {
			ms := v.Interface().(time.Time).UnixMilli()
			return json.Number(strconv.FormatFloat(float64(ms)/1000, 'f', -1, 64)), true
		}
		obj := map[string]any{}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if item, ok := encodeMember(v.Field(i)); ok {
				obj[wireName(v.Type(), f.Name)] = item
			}
		}
		return obj, true
	}
	panic("appstreamtest: cannot encode " + v.Type().String())
}

// wireNames are the members whose names on the wire are not their Go
// fields': those of ImagePermissions are in lowerCamelCase.
var wireNames = map[reflect.Type]map[string]string{
	reflect.TypeOf(types.ImagePermissions{}): {"AllowFleet": "allowFleet", "AllowImageBuilder": "allowImageBuilder"},
}

func wireName(t reflect.Type, field string) string {
	if name, ok := wireNames[t][field]; ok {
		return name
	}
	return field
}

// deepCopy returns a copy of v that shares no pointers, slices or maps with it,
// so values handed to or by the caller cannot race with the server's state.
func deepCopy[T any](v T) T {
	out := reflect.New(reflect.TypeOf(&v).Elem()).Elem()
	copyValue(out, reflect.ValueOf(&v).Elem())
	return out.Interface().(T)
}

func copyValue(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if !src.IsNil() {
			p := reflect.New(src.Type().Elem())
			copyValue(p.Elem(), src.Elem())
			dst.Set(p)
		}
	case reflect.Slice:
		if !src.IsNil() {
			s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
			for i := 0; i < src.Len(); i++ {
				copyValue(s.Index(i), src.Index(i))
			}
			dst.Set(s)
		}
	case reflect.Map:
		if !src.IsNil() {
			m := reflect.MakeMapWithSize(src.Type(), src.Len())
			for it := src.MapRange(); it.Next(); {
				e := reflect.New(src.Type().Elem()).Elem()
				copyValue(e, it.Value())
				m.SetMapIndex(it.Key(), e)
			}
			dst.Set(m)
		}
	case reflect.Struct:
		dst.Set(src) // copies unexported state such as time.Time's
		for i := 0; i < src.NumField(); i++ {
			if src.Type().Field(i).IsExported() {
				copyValue(dst.Field(i), src.Field(i))
			}
		}
	default:
		dst.Set(src)
	}
}

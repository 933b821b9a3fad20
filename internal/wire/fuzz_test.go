package wire

import (
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/internal/wire/wiretest"
)

// shapes are the decoders that FuzzDecodeShapes compares with the reference
// decoder of wiretest. A new shape codec is one more line here.
var shapes = slices.Concat(
	shape(decodeComputeCapacityStatus),
	shape(decodeDomainJoinInfo),
	shape(decodeFleet),
	shape(decodeFleetError),
	shape(decodeNetworkAccessConfiguration),
	shape(decodeS3Location),
	shape(decodeSession),
	shape(decodeVolumeConfig),
	shape(decodeVpcConfig),
	shape(decodeStack),
	shape(decodeAccessEndpoint),
	shape(decodeAgentAccessConfig),
	shape(decodeAgentAccessSetting),
	shape(decodeApplicationSettingsResponse),
	shape(decodeContentRedirection),
	shape(decodeStackError),
	shape(decodeStorageConnector),
	shape(decodeStreamingExperienceSettings),
	shape(decodeUrlRedirectionConfig),
	shape(decodeUserSetting),
	shape(decodeImage),
	shape(decodeApplication),
	shape(decodeImagePermissions),
	shape(decodeImageStateChangeReason),
	shape(decodeResourceError),
)

// mapShape stands for the shapes to come that have a map (an Image's
// applications have Metadata).
type mapShape struct {
	Metadata map[string]string
	Name     *string
}

func decodeMapShape(d *Decoder, v *mapShape) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "Metadata":
			v.Metadata = StringMap[string](d)
		case "Name":
			v.Name = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

// A shapeCase reads one document with the decoder (read) and with the
// reference (ref).
type shapeCase struct {
	name   string
	read   func(*Decoder) any
	ref    func(doc string) (any, error)
	sample string // every member filled
}

// shape returns the cases of a shape codec: one object, and a list of them.
func shape[T any](decode func(*Decoder, *T) bool) []shapeCase {
	name := reflect.TypeFor[T]().Name()
	sample := sampleOf(reflect.TypeFor[T]())
	return []shapeCase{
		{
			name:   name,
			read:   func(d *Decoder) any { return object(d, decode) },
			ref:    func(doc string) (any, error) { var v *T; err := wiretest.Decode(doc, &v); return v, err },
			sample: sample,
		},
		{
			name:   "[]" + name,
			read:   func(d *Decoder) any { return list(d, decode) },
			ref:    func(doc string) (any, error) { var v []T; err := wiretest.Decode(doc, &v); return v, err },
			sample: "[" + sample + ",null," + sample + "]",
		},
	}
}

// sampleOf returns a document of type t with every member filled.
func sampleOf(t reflect.Type) string {
	switch {
	case t == reflect.TypeFor[time.Time]():
		return "1764226800.123"
	case t.Kind() == reflect.Pointer:
		return sampleOf(t.Elem())
	case t.Kind() == reflect.String:
		return `"VALUE_1"`
	case t.Kind() == reflect.Int32:
		return "42"
	case t.Kind() == reflect.Bool:
		return "true"
	case t.Kind() == reflect.Slice:
		return "[" + sampleOf(t.Elem()) + "," + sampleOf(t.Elem()) + "]"
	case t.Kind() == reflect.Map:
		return `{"key":` + sampleOf(t.Elem()) + "}"
	case t.Kind() == reflect.Struct:
		var members []string
		for i := 0; i < t.NumField(); i++ {
			members = append(members, fmt.Sprintf("%q:%s", wiretest.MemberName(t, t.Field(i).Name), sampleOf(t.Field(i).Type)))
		}
		return "{" + strings.Join(members, ",") + "}"
	}
	panic("no sample for " + t.String())
}

// Every shape's sample decodes as the reference decodes it, with every
// member set.
func TestShapeSamples(t *testing.T) {
	for _, c := range shapes {
		got, err := decodeOne(c.sample, c.read)
		want, refErr := c.ref(c.sample)
		if err != nil || refErr != nil {
			t.Fatalf("%s: %v, reference: %v", c.name, err, refErr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-reference +decoder):\n%s", c.name, diff)
		}
		if unset := zeroMembers(reflect.ValueOf(got), c.name); len(unset) > 0 {
			t.Errorf("members not set: %v", unset)
		}
	}
}

// zeroMembers lists the members of v, at any depth, that have their zero
// value (the first element of a list stands for all).
func zeroMembers(v reflect.Value, path string) []string {
	switch {
	case v.Kind() == reflect.Pointer && !v.IsNil():
		return zeroMembers(v.Elem(), path)
	case v.Kind() == reflect.Slice && v.Len() > 0:
		return zeroMembers(v.Index(0), path+"[0]")
	case v.Kind() == reflect.Struct && v.Type() != reflect.TypeFor[time.Time]():
		var zero []string
		for i := 0; i < v.NumField(); i++ {
			zero = append(zero, zeroMembers(v.Field(i), path+"."+v.Type().Field(i).Name)...)
		}
		return zero
	case v.IsZero():
		return []string{path}
	}
	return nil
}

// isLimit tells the errors that only the decoder has: the limits on nesting,
// list lengths and memory.
func isLimit(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "nesting deeper than") || strings.Contains(msg, "list has more than") ||
		strings.Contains(msg, "map has more than") ||
		strings.Contains(msg, "decoding needs more than")
}

// FuzzDecodeShapes decodes any document as one of the shapes, with the
// decoder and with the reference decoder of wiretest (encoding/json's
// tokenizer and reflection), and checks that they agree: the same value,
// or both an error (the decoder's limits aside). It then decodes it again
// under small limits and checks that what was allocated stays within them.
func FuzzDecodeShapes(f *testing.F) {
	for i, c := range shapes {
		f.Add(c.sample, uint8(i))
		f.Add(`null`, uint8(i))
	}
	f.Add(`{"Name":"a\u00e9\ud83d\ude00","CreatedTime":1.4962752E9,"X":{"y":[1,2,{"z":null}]}}`, uint8(4))
	f.Add(`[{"StartTime":`+"1496275200"+strings.Repeat("0", 30)+`e-30,"Id":"\"x\""}]`, uint8(13))
	f.Fuzz(func(t *testing.T, doc string, which uint8) {
		c := shapes[int(which)%len(shapes)]
		got, err := decodeOne(doc, c.read)
		want, refErr := c.ref(doc)
		switch {
		case err == nil && refErr != nil:
			t.Fatalf("%s: accepted %q, which the reference refuses: %v", c.name, doc, refErr)
		case err != nil && refErr == nil && !isLimit(err):
			t.Fatalf("%s: refused %q, which the reference accepts: %v", c.name, doc, err)
		case err == nil:
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("%s: %q (-reference +decoder):\n%s", c.name, doc, diff)
			}
		}
		checkBudget(t, doc, c.read)
	})
}

// checkBudget decodes doc with read under small limits, and checks that the
// decoder counts no more than its budget and, for documents of some size,
// that it allocates no more than its budget, twice the document (the path
// of an error) and a few kilobytes of fixed costs.
func checkBudget(t *testing.T, doc string, read func(*Decoder) any) {
	const budget = 4 << 10
	var counted int
	run := func() {
		d := NewDecoder(doc)
		d.budget, d.maxMemory, d.maxList = budget, budget, 8
		read(d)
		d.End()
		counted = d.maxMemory - d.budget
		_ = d.Err()
	}
	if len(doc) < 256 {
		run()
	} else {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		run()
		runtime.ReadMemStats(&after)
		if allocated := after.TotalAlloc - before.TotalAlloc; allocated > budget+2*uint64(len(doc))+16<<10 {
			t.Fatalf("%q: allocated %d bytes under a budget of %d", doc, allocated, budget)
		}
	}
	if counted > budget || counted < 0 {
		t.Fatalf("%q: counted %d bytes under a budget of %d", doc, counted, budget)
	}
}

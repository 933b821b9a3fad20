package wire

import (
	"encoding/json"
	"errors"
	"math"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	smithytime "github.com/aws/smithy-go/time"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/types"
)

// decodeOne decodes doc with read and checks that nothing follows. It reads
// doc from a buffer that it then overwrites, as the pipeline reuses its
// buffers: a value or error that shared the buffer's memory would change.
func decodeOne[T any](doc string, read func(*Decoder) T) (T, error) {
	buf := []byte(doc)
	d := NewDecoderBytes(buf)
	v := read(d)
	d.End()
	for i := range buf {
		buf[i] = '#'
	}
	return v, d.Err()
}

// checkDecoded compares what decodeOne returned with the expected value, or,
// when wantErr is set, checks for a *DecodeError whose text contains it.
func checkDecoded[T any](t *testing.T, got T, err error, want T, wantErr string) {
	t.Helper()
	if wantErr != "" {
		var de *DecodeError
		if !errors.As(err, &de) || !strings.Contains(err.Error(), wantErr) {
			t.Fatalf("error %v, want a *DecodeError containing %q", err, wantErr)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("value (-want +got):\n%s", diff)
	}
}

func TestDecodeScalars(t *testing.T) {
	str := func(d *Decoder) any { return d.StringPtr() }
	i32 := func(d *Decoder) any { return d.Int32Ptr() }
	boolean := func(d *Decoder) any { return d.BoolPtr() }
	enum := func(d *Decoder) any { return d.Str() }
	cases := map[string]struct {
		doc     string
		read    func(*Decoder) any
		want    any
		wantErr string
	}{
		"string":                {`"abc"`, str, ptr("abc"), ""},
		"string with escapes":   {`"a\"b\\c\/d\b\f\n\r\t\u00e9\u2028"`, str, ptr("a\"b\\c/d\b\f\n\r\t\u00e9\u2028"), ""},
		"surrogate pair":        {`"\ud83d\ude00"`, str, ptr("😀"), ""},
		"lone surrogate":        {`"\ud83dx"`, str, ptr("\uFFFDx"), ""},
		"invalid utf8 replaced": {"\"a\xffb\"", str, ptr("a\uFFFDb"), ""},
		"one U+FFFD per byte":   {"\"a\xff\xfeb\"", str, ptr("a\uFFFD\uFFFDb"), ""},
		"utf8 kept":             {`"héllo ✓"`, str, ptr("héllo ✓"), ""},
		"null string":           {`null`, str, (*string)(nil), ""},
		"string as number":      {`12`, str, (*string)(nil), "expected a string, found number"},
		"control char":          {"\"a\nb\"", str, (*string)(nil), "control character"},
		"bad escape":            {`"\x"`, str, (*string)(nil), "invalid escape"},
		"bad unicode escape":    {`"\u12G4"`, str, (*string)(nil), "invalid \\u escape"},
		"unterminated":          {`"abc`, str, (*string)(nil), "unterminated string"},
		"int":                   {`42`, i32, ptr[int32](42), ""},
		"negative int":          {`-2147483648`, i32, ptr[int32](-2147483648), ""},
		"max int":               {`2147483647`, i32, ptr[int32](2147483647), ""},
		"int too big":           {`4294967297`, i32, (*int32)(nil), "4294967297 is out of range for a 32-bit integer"},
		"int too small":         {`-2147483649`, i32, (*int32)(nil), "out of range"},
		"huge int":              {`123456789012345678901234567890`, i32, (*int32)(nil), "out of range"},
		"int with fraction":     {`1.5`, i32, (*int32)(nil), "expected an integer, found 1.5"},
		"int with exponent":     {`1e3`, i32, (*int32)(nil), "expected an integer, found 1e3"},
		"int as string":         {`"1"`, i32, (*int32)(nil), "expected an integer, found string"},
		"leading zero":          {`01`, i32, (*int32)(nil), "invalid number 01: leading zero"},
		"null int":              {`null`, i32, (*int32)(nil), ""},
		"true":                  {`true`, boolean, ptr(true), ""},
		"false":                 {`false`, boolean, ptr(false), ""},
		"null bool":             {`null`, boolean, (*bool)(nil), ""},
		"bool as string":        {`"true"`, boolean, (*bool)(nil), "expected a boolean, found string"},
		"bad literal":           {`tru`, boolean, (*bool)(nil), "invalid literal"},
		"enum kept as is":       {`"SOMETHING_NEW"`, enum, "SOMETHING_NEW", ""},
		"null enum":             {`null`, enum, "", ""},
		"trailing data":         {`"a" "b"`, str, ptr("a"), "unexpected data after the JSON document"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := decodeOne(tc.doc, tc.read)
			checkDecoded(t, got, err, tc.want, tc.wantErr)
		})
	}
}

// An error keeps none of the document's memory either: its excerpt is a
// copy (decodeOne overwrites the document once decoded).
func TestDecodeErrorExcerpt(t *testing.T) {
	doc := `{"Name":"training","MaxConcurrentSessions":"ten"}`
	_, err := decodeOne(doc, func(d *Decoder) *types.Fleet { return object(d, decodeFleet) })
	var de *DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("error %v, want a *DecodeError", err)
	}
	lo := max(de.Offset-20, 0)
	if want := doc[lo:min(lo+40, len(doc))]; de.Excerpt != want {
		t.Errorf("excerpt %q, want %q", de.Excerpt, want)
	}
}

func TestDecodeTime(t *testing.T) {
	cases := map[string]struct {
		doc     string
		want    time.Time
		wantErr string
	}{
		"integer":              {`1496275200`, time.Date(2017, 6, 1, 0, 0, 0, 0, time.UTC), ""},
		"milliseconds":         {`1496275200.123`, time.Date(2017, 6, 1, 0, 0, 0, 123e6, time.UTC), ""},
		"truncated to ms":      {`1496275200.1239`, time.Date(2017, 6, 1, 0, 0, 0, 123e6, time.UTC), ""},
		"one fraction digit":   {`1496275200.5`, time.Date(2017, 6, 1, 0, 0, 0, 500e6, time.UTC), ""},
		"exponent":             {`1.4962752e9`, time.Date(2017, 6, 1, 0, 0, 0, 0, time.UTC), ""},
		"exponent with ms":     {`1.4962752001E+9`, time.Date(2017, 6, 1, 0, 0, 0, 100e6, time.UTC), ""},
		"negative exponent":    {`14962752001230e-4`, time.Date(2017, 6, 1, 0, 0, 0, 123e6, time.UTC), ""},
		"tiny":                 {`1e-500`, time.Unix(0, 0).UTC(), ""},
		"zero":                 {`0`, time.Unix(0, 0).UTC(), ""},
		"before 1970":          {`-1.5`, time.Unix(-1, -500e6).UTC(), ""},
		"out of range":         {`1e40`, time.Time{}, "timestamp 1e40 is out of range"},
		"string is refused":    {`"2017-06-01T00:00:00Z"`, time.Time{}, "expected a timestamp in epoch seconds, found string"},
		"no digits after dot":  {`1.`, time.Time{}, "no digits after '.'"},
		"no exponent digits":   {`1e`, time.Time{}, "no digits in exponent"},
		"minus without digits": {`-`, time.Time{}, "expected a number"},
		"zero exponent":        {`1E+0009`, time.Date(2001, 9, 9, 1, 46, 40, 0, time.UTC), ""},
		"minus zero":           {`-0`, time.Unix(0, 0).UTC(), ""},
		"negative ms":          {`-0.0015`, time.Unix(0, -1e6).UTC(), ""},
		// Issue 11, item 4: every spelling of a value gives the same time.
		"401 trailing zeros":  {`1496275200` + strings.Repeat("0", 401) + `e-401`, time.Date(2017, 6, 1, 0, 0, 0, 0, time.UTC), ""},
		"30 leading zeros":    {`0.0000000000000000000000000000001496275200e31`, time.Unix(1, 496e6).UTC(), ""},
		"zeros then too big":  {`1` + strings.Repeat("0", 420) + `e-401`, time.Time{}, "is out of range"},
		"huge negative exp":   {`1e-99999999999999999999999`, time.Unix(0, 0).UTC(), ""},
		"zero, huge exponent": {`0e99999999999999999999999`, time.Unix(0, 0).UTC(), ""},
		"fraction of zeros":   {`0.` + strings.Repeat("0", 1000), time.Unix(0, 0).UTC(), ""},
		"largest":             {`9223372036854775.807`, time.UnixMilli(math.MaxInt64).UTC(), ""},
		"smallest":            {`-9223372036854775.808999`, time.UnixMilli(math.MinInt64).UTC(), ""},
		"just too large":      {`9223372036854775.808`, time.Time{}, "is out of range"},
		"just too small":      {`-9223372036854775.809`, time.Time{}, "is out of range"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := decodeOne(tc.doc, (*Decoder).TimePtr)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !got.Equal(tc.want) || got.Location() != time.UTC {
				t.Errorf("got %v, want %v in UTC", got, tc.want)
			}
		})
	}
}

// The service sends milliseconds; for such values the decimal arithmetic
// gives what the official client's float arithmetic gives.
// TimePtr reads the usual spellings of a number in one pass, and the others
// with number and epochMillis: both give the same time, or both an error,
// for every spelling.
func TestDecodeTimeFastPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	digits := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "0123456789"[rng.IntN(10)]
			if rng.IntN(4) == 0 {
				b[i] = "09"[rng.IntN(2)] // extremes, often
			}
		}
		return string(b)
	}
	for range 200_000 {
		doc := ""
		if rng.IntN(3) == 0 {
			doc = "-"
		}
		doc += digits(rng.IntN(22))
		if rng.IntN(2) == 0 {
			doc += "." + digits(rng.IntN(22))
		}
		if rng.IntN(2) == 0 {
			doc += []string{"e", "E", "e+", "e-", "E-"}[rng.IntN(5)] + digits(rng.IntN(7))
		}
		got, err := decodeOne(doc, (*Decoder).TimePtr)
		d := NewDecoder(doc)
		neg, intPart, frac, exp, ok := d.number()
		ms, inRange := epochMillis(neg, intPart, frac, exp)
		switch {
		case !ok || !inRange || d.pos != len(doc):
			if err == nil {
				t.Fatalf("%s: %v, the general path refuses it", doc, got)
			}
		case err != nil:
			t.Fatalf("%s: %v, the general path reads %d ms", doc, err, ms)
		case got.UnixMilli() != ms:
			t.Fatalf("%s: %d ms, the general path reads %d", doc, got.UnixMilli(), ms)
		}
	}
}

func TestDecodeTimeMatchesSmithy(t *testing.T) {
	for ms := int64(1496275200000); ms < 1496275200000+5000; ms += 7 {
		doc := strconv.FormatFloat(float64(ms)/1000, 'f', -1, 64)
		got, err := decodeOne(doc, (*Decoder).TimePtr)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := strconv.ParseFloat(doc, 64)
		if want := smithytime.ParseEpochSeconds(f); !got.Equal(want) {
			t.Fatalf("%s: got %v, smithy-go gives %v", doc, got, want)
		}
	}
}

func TestDecodeStructure(t *testing.T) {
	type pair struct {
		A *string
		B []string
	}
	read := func(d *Decoder) pair {
		var p pair
		if d.Object() {
			for d.More() {
				switch d.Key() {
				case "A":
					p.A = d.StringPtr()
				case "B":
					p.B = StringList[string](d)
				default:
					d.Skip()
				}
			}
		}
		return p
	}
	cases := map[string]struct {
		doc     string
		want    pair
		wantErr string
	}{
		"members":                {`{"A":"x","B":["1","2"]}`, pair{A: ptr("x"), B: []string{"1", "2"}}, ""},
		"white space":            {" \n{ \"A\" : \"x\" ,\t\"B\" : [ ] } \r\n", pair{A: ptr("x"), B: []string{}}, ""},
		"null list":              {`{"B":null}`, pair{}, ""},
		"null element":           {`{"B":["1",null]}`, pair{B: []string{"1", ""}}, ""},
		"unknown members":        {`{"X":{"deep":[1,2.5e3,{"k":[true,false,null]}]},"A":"x","Y":"\u0041"}`, pair{A: ptr("x")}, ""},
		"escaped key":            {`{"\u0041":"x"}`, pair{A: ptr("x")}, ""},
		"null object":            {`null`, pair{}, ""},
		"empty object":           {`{}`, pair{}, ""},
		"missing comma":          {`{"A":"x" "B":[]}`, pair{}, `A: expected ',' or '}', found string`},
		"leading comma":          {`{,"A":"x"}`, pair{}, "expected a member name"},
		"trailing comma":         {`{"A":"x",}`, pair{}, "expected a member name"},
		"missing colon":          {`{"A" "x"}`, pair{}, `expected ':' after member name "A"`},
		"unclosed":               {`{"A":"x"`, pair{}, "expected ',' or '}', found end of document"},
		"wrong element type":     {`{"B":["1",2]}`, pair{}, "B[1]: expected a string, found number"},
		"array instead of obj":   {`[]`, pair{}, "expected object, found array"},
		"bad unknown member":     {`{"X":[1,,2]}`, pair{}, "expected a number"},
		"unknown missing comma":  {`{"X":{"a":1 "b":2}}`, pair{}, "expected ',' or '}'"},
		"unknown bad key":        {`{"X":{1:2}}`, pair{}, "expected a member name"},
		"deep unknown is capped": {`{"X":` + strings.Repeat("[", 600) + strings.Repeat("]", 600) + `}`, pair{}, "nesting deeper than 512"},
		"excerpt and offset":     {`{"A":"x","B":[7]}`, pair{}, `B[0]: expected a string, found number (offset 14, near "{\"A\":\"x\",\"B\":[7]}")`},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := decodeOne(tc.doc, read)
			checkDecoded(t, got, err, tc.want, tc.wantErr)
		})
	}
}

// Issue 11, item 5: a string with invalid UTF-8 gets one U+FFFD per byte
// that is not part of a valid sequence, as encoding/json gives, with or
// without escapes, in values and member names.
func TestDecodeInvalidUTF8AsEncodingJSON(t *testing.T) {
	for _, text := range []string{
		"a\xff\xfeb",
		"\xe2\x82",                        // a sequence cut short
		"\xe2\x82x\xe2\x82\xac",           // cut short, then a whole €
		"\xed\xa0\x80",                    // a surrogate encoded in UTF-8
		"\xf4\x90\x80\x80",                // beyond U+10FFFF
		"\xc0\xaf",                        // an overlong '/'
		"\xef\xbf\xbd",                    // U+FFFD itself, which is valid
		`\n` + "\xff" + `\u00e9` + "\xc3", // with escapes
		"\xff" + strings.Repeat("x", 40) + `\"` + "\xfe",
		`\ud800\u0041` + "\xff", // a lone surrogate escape
	} {
		doc := `"` + text + `"`
		var want string
		if err := json.Unmarshal([]byte(doc), &want); err != nil {
			t.Fatalf("%q: %v", doc, err)
		}
		got, err := decodeOne(doc, (*Decoder).Str)
		if err != nil || got != want {
			t.Errorf("%q: %+q, %v; encoding/json gives %+q", doc, got, err, want)
		}
		d := NewDecoder(`{` + doc + `:1}`)
		if !d.Object() || !d.More() || d.Key() != want {
			t.Errorf("%q as a member name: %+q, %v; want %+q", doc, d.Key(), d.Err(), want)
		}
	}
}

// stopMask marks the first byte that stops a string scan, whatever the
// bytes around it.
func TestStopMask(t *testing.T) {
	var word [8]byte
	for _, stop := range []byte{0, 0x1f, '"', '\\', 0x80, 0xff} {
		for _, other := range []byte{' ', '!', 'a', '~', 0x7f, '#', '[', ']', 0x21, 0x5b, 0x5d} {
			for pos := 0; pos < 8; pos++ {
				for after := 0; after < 256; after++ {
					for i := range word {
						switch {
						case i < pos:
							word[i] = other
						case i == pos:
							word[i] = stop
						default:
							word[i] = byte(after)
						}
					}
					m := stopMask(load64(string(word[:]), 0))
					if m == 0 || bits.TrailingZeros64(m)/8 != pos {
						t.Fatalf("%q: mask %016x, want the first stop at %d", word, m, pos)
					}
				}
			}
			for i := range word {
				word[i] = other
			}
			if m := stopMask(load64(string(word[:]), 0)); m != 0 {
				t.Fatalf("%q: mask %016x, want none", word, m)
			}
		}
	}
}

func TestStringMap(t *testing.T) {
	read := func(d *Decoder) map[string]types.FleetState { return StringMap[types.FleetState](d) }
	cases := map[string]struct {
		doc     string
		want    map[string]types.FleetState
		wantErr string
	}{
		"members":       {`{"a":"RUNNING","b":"X","\u0063":null}`, map[string]types.FleetState{"a": "RUNNING", "b": "X", "c": ""}, ""},
		"last one wins": {`{"a":"1","a":"2"}`, map[string]types.FleetState{"a": "2"}, ""},
		"empty":         {`{}`, map[string]types.FleetState{}, ""},
		"null":          {`null`, nil, ""},
		"not an object": {`["a"]`, nil, "expected object, found array"},
		"number member": {`{"a":1}`, nil, "a: expected a string, found number"},
		"object member": {`{"a":{}}`, nil, "a: expected a string, found object"},
		"unclosed":      {`{"a":"b"`, nil, "expected ',' or '}'"},
		"escaped key":   {`{"a\"b":"\u00e9"}`, map[string]types.FleetState{`a"b`: "é"}, ""},
		"empty key":     {`{"":"v"}`, map[string]types.FleetState{"": "v"}, ""},
		"missing colon": {`{"k" "v"}`, nil, `expected ':' after member name "k"`},
		"trailing data": {`{"k":"v"}x`, nil, "unexpected data after the JSON document"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := decodeOne(tc.doc, read)
			checkDecoded(t, got, err, tc.want, tc.wantErr)
		})
	}
	d := NewDecoder(mapOf(1000))
	d.budget, d.maxMemory = 10_000, 10_000
	if StringMap[string](d); d.Err() == nil || !strings.Contains(d.Err().Error(), "decoding needs more than 10000 bytes") {
		t.Errorf("error %v, want the memory limit", d.Err())
	}
}

// A nesting deeper than the codecs allow is an error, not a stack overflow.
func TestDecodeNestingLimit(t *testing.T) {
	d := NewDecoder(strings.Repeat("[", 100))
	for d.Array() {
	}
	if err := d.Err(); err == nil || !strings.Contains(err.Error(), "nesting deeper than 16") {
		t.Fatalf("error %v, want nesting error", err)
	}
}

// FuzzDecodeInvalidJSONFails checks that the decoder never accepts a document
// that encoding/json rejects, and never panics, whatever the input.
func FuzzDecodeInvalidJSONFails(f *testing.F) {
	for _, s := range []string{`{"A":"x"}`, `{"X":[1,{"y":null}]}`, `[1,2]`, `"\ud83d\ude00"`, `{"a":1e5}`, `{"a":-0.5E-3}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		d := NewDecoder(doc)
		d.Skip()
		d.End()
		if !json.Valid([]byte(doc)) && d.Err() == nil {
			t.Fatalf("accepted invalid JSON %q", doc)
		}
		if json.Valid([]byte(doc)) && d.Err() != nil && !strings.Contains(d.Err().Error(), "nesting deeper") {
			t.Fatalf("rejected valid JSON %q: %v", doc, d.Err())
		}
	})
}

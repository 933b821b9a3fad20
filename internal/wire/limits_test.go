package wire

import (
	"fmt"
	"strings"
	"testing"

	"github.com/appstreamkit/appstream-go/internal/benchpages"
	"github.com/appstreamkit/appstream-go/types"
)

// repeat returns a JSON array of n copies of elem.
func repeat(elem string, n int) string {
	return "[" + strings.TrimSuffix(strings.Repeat(elem+",", n), ",") + "]"
}

func TestListLengthLimit(t *testing.T) {
	cases := map[string]struct {
		doc     string
		read    func(*Decoder) int
		wantErr string
	}{
		"fleets at the limit":   {repeat(`{}`, MaxListLength), func(d *Decoder) int { return len(DecodeFleets(d)) }, ""},
		"fleets over the limit": {repeat(`{}`, MaxListLength+1), func(d *Decoder) int { return len(DecodeFleets(d)) }, "[10000]: list has more than 10000 elements"},
		"strings at the limit":  {repeat(`""`, MaxListLength), func(d *Decoder) int { return len(StringList[string](d)) }, ""},
		"strings over the limit": {repeat(`"a"`, MaxListLength+1), func(d *Decoder) int { return len(StringList[string](d)) },
			"list has more than 10000 elements"},
		"enums over the limit": {repeat(`"X"`, MaxListLength+1), func(d *Decoder) int { return len(StringList[types.FleetState](d)) },
			"list has more than 10000 elements"},
		"map at the limit": {mapOf(MaxListLength), func(d *Decoder) int { return len(StringMap[string](d)) }, ""},
		"map over the limit": {mapOf(MaxListLength + 1), func(d *Decoder) int { return len(StringMap[string](d)) },
			"k10000: map has more than 10000 members"},
		"nested list over the limit": {`[{"FleetErrors":` + repeat(`{}`, MaxListLength+1) + `}]`, func(d *Decoder) int { return len(DecodeFleets(d)) },
			"[0].FleetErrors[10000]: list has more than 10000 elements"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			n, err := decodeOne(tc.doc, tc.read)
			if tc.wantErr == "" && (err != nil || n != MaxListLength) {
				t.Fatalf("%d elements, %v", n, err)
			}
			if tc.wantErr != "" {
				checkDecoded(t, n, err, 0, tc.wantErr)
			}
		})
	}
}

// mapOf returns a JSON object of n members.
func mapOf(n int) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"k%d":"v"`, i)
	}
	b.WriteByte('}')
	return b.String()
}

// A document that needs more memory than the decoder may use is an error
// that says so, whichever kind of value takes the memory.
func TestMemoryLimit(t *testing.T) {
	for name, doc := range map[string]string{
		"lists":             repeat(`{"FleetErrors":`+repeat(`{}`, 100)+`}`, 10),
		"structures":        repeat(`{"VpcConfig":{},"DomainJoinInfo":{},"RootVolumeConfig":{}}`, 100),
		"repeated members":  `[{` + strings.Repeat(`"ComputeCapacityStatus":{},`, 500) + `"Name":"x"}]`,
		"pointers":          repeat(`{"Name":"","Arn":"","CreatedTime":0,"DisableIMDSV1":true,"MaxSessionsPerInstance":1}`, 200),
		"string lists":      repeat(`{"UsbDeviceFilterStrings":`+repeat(`"x"`, 20)+`}`, 50),
		"escaped strings":   repeat(`{"Name":"`+strings.Repeat(`\n`, 200)+`"}`, 50),
		"invalid UTF-8":     repeat(`{"Name":"`+strings.Repeat("\xff", 200)+`"}`, 50),
		"escaped key names": `[{` + strings.Repeat(`"\u0041rn":"",`, 2000) + `"Name":"x"}]`,
	} {
		t.Run(name, func(t *testing.T) {
			d := NewDecoder(doc)
			d.budget, d.maxMemory = 10_000, 10_000
			DecodeFleets(d)
			d.End()
			if err := d.Err(); err == nil || !strings.Contains(err.Error(), "decoding needs more than 10000 bytes of memory") {
				t.Fatalf("error %v, want the memory limit", err)
			}
			if used := d.maxMemory - d.budget; used > d.maxMemory {
				t.Fatalf("%d bytes counted", used)
			}
		})
	}
}

// The memory the decoder counts is the memory it allocates: a hostile
// document of any kind costs at most MaxDecodeMemory and a little more, and
// a real page, whose result holds copies of its strings, costs little more
// than its own size.
func TestMemoryCounted(t *testing.T) {
	bombs := map[string]string{
		"empty fleets":         repeat(`{}`, MaxListLength),
		"empty lists of lists": repeat(`{"FleetErrors":`+repeat(`{}`, MaxListLength)+`}`, 200),
		"repeated structures":  repeat(`{`+strings.Repeat(`"ComputeCapacityStatus":{},`, 20000)+`"Name":"x"}`, 100),
		"repeated pointers":    repeat(`{`+strings.Repeat(`"Arn":"","CreatedTime":0,`, 20000)+`"Name":"x"}`, 100),
		"strings in lists":     repeat(`{"UsbDeviceFilterStrings":`+repeat(`""`, MaxListLength)+`}`, 200),
		"invalid UTF-8":        repeat(`{"Name":"`+strings.Repeat("\xff", 1<<20)+`"}`, 12),
	}
	bombs["maps"] = repeat(`{"Metadata":`+mapOf(MaxListLength)+`}`, 100)
	for name, doc := range bombs {
		t.Run(name, func(t *testing.T) {
			allocated := benchpages.Allocated(func() {
				d := NewDecoder(doc)
				if name == "maps" {
					list(d, decodeMapShape)
				} else {
					DecodeFleets(d)
				}
				d.End()
			})
			t.Logf("%d MB document: %d MB allocated", len(doc)>>20, allocated>>20)
			if allocated > MaxDecodeMemory+1<<20 {
				t.Errorf("allocated %d bytes, more than the limit of %d", allocated, MaxDecodeMemory)
			}
		})
	}
	page := string(benchpages.FleetsPage())
	allocated := benchpages.Allocated(func() {
		if _, err := decodePage(page, "Fleets", DecodeFleets); err != nil {
			t.Fatal(err)
		}
	})
	if allocated > uint64(len(page))*5/4 {
		t.Errorf("a page of %d bytes allocated %d bytes", len(page), allocated)
	}
}

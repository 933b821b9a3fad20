package wire

import (
	"encoding/json"
	"testing"

	"github.com/appstreamkit/appstream-go/internal/benchpages"
	"github.com/appstreamkit/appstream-go/types"
)

// decodePage decodes an output document whose one member to keep, name, is
// read by read, as the operations' output decoders do.
func decodePage[T any](page string, name string, read func(*Decoder) []T) ([]T, error) {
	var v []T
	d := NewDecoder(page)
	if d.Object() {
		for d.More() {
			if d.Key() == name {
				v = read(d)
			} else {
				d.Skip()
			}
		}
	}
	d.End()
	return v, d.Err()
}

// benchmarkPage measures the decoder's throughput on page, and, for scale,
// that of encoding/json into a mirror of the output (with timestamps left
// as json.Number, so it does less).
func benchmarkPage[T, M any](b *testing.B, page []byte, name string, read func(*Decoder) []T) {
	s := string(page)
	b.Run("decoder=wire", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
		for b.Loop() {
			if v, err := decodePage(s, name, read); err != nil || len(v) != benchpages.PageSize {
				b.Fatal(err)
			}
		}
	})
	b.Run("decoder=encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
		for b.Loop() {
			var v M
			if err := json.Unmarshal(page, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDecodeFleets decodes a DescribeFleets page of 50 fleets.
func BenchmarkDecodeFleets(b *testing.B) {
	type fleet struct {
		types.Fleet
		CreatedTime *json.Number
	}
	benchmarkPage[types.Fleet, struct{ Fleets []fleet }](b, benchpages.FleetsPage(), "Fleets", DecodeFleets)
}

// BenchmarkDecodeSessions decodes a DescribeSessions page of 50 sessions.
func BenchmarkDecodeSessions(b *testing.B) {
	type session struct {
		types.Session
		MaxExpirationTime, StartTime *json.Number
	}
	benchmarkPage[types.Session, struct{ Sessions []session }](b, benchpages.SessionsPage(0, 2), "Sessions", DecodeSessions)
}

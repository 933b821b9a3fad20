package benchpages

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// A Bomb is a hostile DescribeFleets answer: valid JSON that is small once
// compressed and costs much to decode, each element a whole structure.
type Bomb struct {
	Name string
	// Gzip is the answer compressed, as the server sends it; Size is its
	// size once inflated.
	Gzip []byte
	Size int
}

// Bombs returns bombs of at most size bytes once inflated, each made of
// lists of at most listLength elements:
//
//   - empty-fleets: {"Fleets":[{},{},...]}, one list as long as the size allows;
//   - fleet-errors: {"Fleets":[{"FleetErrors":[{},...]},...]}, many lists of
//     listLength elements;
//   - repeated-members: {"Fleets":[{"ComputeCapacityStatus":{},"ComputeCapacityStatus":{},...}]},
//     one structure after another in one member;
//   - string-lists: {"Fleets":[{"UsbDeviceFilterStrings":["","",...]},...]}.
func Bombs(size, listLength int) []Bomb {
	list := func(elem string, n int) string {
		return "[" + strings.TrimSuffix(strings.Repeat(elem+",", n), ",") + "]"
	}
	fleets := func(fleet string) string {
		const open, end = `{"Fleets":[`, `]}`
		n := (size - len(open) - len(end) + 1) / (len(fleet) + 1)
		return open + strings.TrimSuffix(strings.Repeat(fleet+",", n), ",") + end
	}
	members := func(member string) string {
		const open, end = `{"Fleets":[{`, `"Name":"x"}]}`
		n := (size - len(open) - len(end)) / (len(member) + 1)
		return open + strings.Repeat(member+",", n) + end
	}
	docs := []struct{ name, doc string }{
		{"empty-fleets", fleets(`{}`)},
		{"fleet-errors", fleets(`{"FleetErrors":` + list(`{}`, listLength) + `}`)},
		{"repeated-members", members(`"ComputeCapacityStatus":{}`)},
		{"string-lists", fleets(`{"UsbDeviceFilterStrings":` + list(`""`, listLength) + `}`)},
	}
	bombs := make([]Bomb, len(docs))
	for i, d := range docs {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write([]byte(d.doc))
		zw.Close()
		bombs[i] = Bomb{Name: d.name, Gzip: buf.Bytes(), Size: len(d.doc)}
	}
	return bombs
}

// ServeGzip answers every request with body, sent with Content-Encoding gzip.
// It is closed when tb ends.
func ServeGzip(tb testing.TB, body []byte) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Amzn-RequestId", "bomb")
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.Write(body)
	}))
	tb.Cleanup(srv.Close)
	return srv
}

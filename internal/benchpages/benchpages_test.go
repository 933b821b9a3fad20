package benchpages

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"reflect"
	"testing"

	"github.com/appstreamkit/appstream-go/types"
)

// The fleets page has the size the benchmarks promise and fills every
// member of types.Fleet.
func TestFleetsPage(t *testing.T) {
	page := FleetsPage()
	if n := len(page); n < 75<<10 || n > 90<<10 {
		t.Errorf("page of %d bytes, want about 80 KB", n)
	}
	var out struct{ Fleets []map[string]json.RawMessage }
	if err := json.Unmarshal(page, &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Fleets) != PageSize {
		t.Fatalf("%d fleets", len(out.Fleets))
	}
	fleet := reflect.TypeFor[types.Fleet]()
	for i, f := range out.Fleets {
		for j := 0; j < fleet.NumField(); j++ {
			if _, ok := f[fleet.Field(j).Name]; !ok {
				t.Errorf("fleet %d has no %s", i, fleet.Field(j).Name)
			}
		}
	}
}

func TestSessionsPage(t *testing.T) {
	for p, token := range []string{"page-1", ""} {
		var out struct {
			Sessions  []map[string]json.RawMessage
			NextToken string
		}
		if err := json.Unmarshal(SessionsPage(p, 2), &out); err != nil {
			t.Fatal(err)
		}
		if len(out.Sessions) != PageSize || out.NextToken != token {
			t.Errorf("page %d: %d sessions, token %q", p, len(out.Sessions), out.NextToken)
		}
	}
}

// The bombs are valid JSON of the size asked for.
func TestBombs(t *testing.T) {
	for _, b := range Bombs(1<<20, 100) {
		zr, err := gzip.NewReader(bytes.NewReader(b.Gzip))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := io.ReadAll(zr)
		if err != nil || len(doc) != b.Size || !json.Valid(doc) {
			t.Errorf("%s: %d bytes (%d said), valid %t, %v", b.Name, len(doc), b.Size, json.Valid(doc), err)
		}
		if b.Size > 1<<20 || b.Size < 1<<20-1000 {
			t.Errorf("%s: %d bytes, want just under 1 MiB", b.Name, b.Size)
		}
	}
}

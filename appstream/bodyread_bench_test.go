package appstream_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/appstreamkit/appstream-go/internal/benchpages"
)

// BenchmarkDescribeSessionsContentLength is BenchmarkDescribeSessionsPage
// with the page sent as AppStream sends it, with a Content-Length (the shared
// bench server sends it chunked), so that the body is read at that size.
func BenchmarkDescribeSessionsContentLength(b *testing.B) {
	chunked := benchpages.NewServer(b, 1)
	resp, err := http.Post(chunked.URL, "application/x-amz-json-1.1", bytes.NewReader([]byte(`{}`)))
	if err != nil {
		b.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("X-Amzn-RequestId", "bench")
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.Header().Set("Content-Length", strconv.Itoa(len(page)))
		w.Write(page)
	}))
	b.Cleanup(srv.Close)
	client := benchClient(srv.URL)
	ctx := context.Background()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		out, err := client.DescribeSessions(ctx, benchInput)
		if err != nil || len(out.Sessions) != benchpages.PageSize {
			b.Fatal(err)
		}
	}
}

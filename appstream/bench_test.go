package appstream_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/internal/benchpages"
)

var benchInput = &appstream.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}

func benchClient(url string) *appstream.Client {
	return appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: testCredentials})
}

// BenchmarkPageSessions reads 10,000 sessions (200 pages of 50) through the
// paginator, the item iterator, and, as the floor, raw net/http posts of the
// same requests with no signing and no decoding. compat/bench_test.go adds
// the official client to the same comparison.
func BenchmarkPageSessions(b *testing.B) {
	const pages = 200
	srv := benchpages.NewServer(b, pages)
	ctx := context.Background()
	b.Run("paginator", func(b *testing.B) {
		client := benchClient(srv.URL)
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			p := appstream.NewDescribeSessionsPaginator(client, benchInput)
			for p.HasMorePages() {
				out, err := p.NextPage(ctx)
				if err != nil {
					b.Fatal(err)
				}
				n += len(out.Sessions)
			}
			if n != pages*benchpages.PageSize {
				b.Fatalf("%d sessions", n)
			}
		}
	})
	b.Run("iterator", func(b *testing.B) {
		client := benchClient(srv.URL)
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for _, err := range appstream.NewDescribeSessionsPaginator(client, benchInput).Sessions(ctx) {
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			if n != pages*benchpages.PageSize {
				b.Fatalf("%d sessions", n)
			}
		}
	})
	b.Run("raw-net-http-floor", func(b *testing.B) {
		client := &http.Client{}
		b.ReportAllocs()
		for b.Loop() {
			benchpages.PostRaw(b, client, srv.URL, pages)
		}
	})
}

// BenchmarkDescribeSessionsPage is one call that decodes a page of 50
// sessions.
func BenchmarkDescribeSessionsPage(b *testing.B) {
	client := benchClient(benchpages.NewServer(b, 1).URL)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		out, err := client.DescribeSessions(ctx, benchInput)
		if err != nil || len(out.Sessions) != benchpages.PageSize {
			b.Fatal(err)
		}
	}
}

package appstream_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/internal/benchpages"
)

// The benchmarks below measure the four calls of a typical operator against
// an in-process server, each next to its floor: a raw net/http POST of the
// same request, unsigned, whose response is read to the end and discarded.
// compat/bench_test.go adds the official client to the same comparisons.

var benchInput = &appstream.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}

func benchClient(url string) *appstream.Client {
	return appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: testCredentials})
}

// BenchmarkDescribeFleets reads one page of 50 fleets (about 80 KB).
func BenchmarkDescribeFleets(b *testing.B) {
	srv := benchpages.NewFleetsServer(b)
	ctx := context.Background()
	b.Run("client=ours", func(b *testing.B) {
		client := benchClient(srv.URL)
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
		for b.Loop() {
			out, err := client.DescribeFleets(ctx, nil)
			if err != nil || len(out.Fleets) != benchpages.PageSize {
				b.Fatal(err)
			}
		}
	})
	b.Run("client=floor", func(b *testing.B) {
		client := &http.Client{}
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
		for b.Loop() {
			benchpages.Post(b, client, srv.URL, benchpages.FleetsTarget, benchpages.FleetsRequest)
		}
	})
}

// BenchmarkDescribeSessions reads one page of 50 sessions.
func BenchmarkDescribeSessions(b *testing.B) {
	srv := benchpages.NewServer(b, 1)
	ctx := context.Background()
	b.Run("client=ours", func(b *testing.B) {
		client := benchClient(srv.URL)
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
		for b.Loop() {
			out, err := client.DescribeSessions(ctx, benchInput)
			if err != nil || len(out.Sessions) != benchpages.PageSize {
				b.Fatal(err)
			}
		}
	})
	b.Run("client=floor", func(b *testing.B) {
		client := &http.Client{}
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
		for b.Loop() {
			benchpages.Post(b, client, srv.URL, benchpages.SessionsTarget, benchpages.SessionsRequest)
		}
	})
}

// BenchmarkDescribeSessionsParallel is BenchmarkDescribeSessions from
// GOMAXPROCS goroutines sharing one client.
func BenchmarkDescribeSessionsParallel(b *testing.B) {
	srv := benchpages.NewServer(b, 1)
	ctx := context.Background()
	b.Run("client=ours", func(b *testing.B) {
		client := benchClient(srv.URL)
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				out, err := client.DescribeSessions(ctx, benchInput)
				if err != nil || len(out.Sessions) != benchpages.PageSize {
					b.Error(err)
					return
				}
			}
		})
	})
	b.Run("client=floor", func(b *testing.B) {
		client := &http.Client{}
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				benchpages.Post(b, client, srv.URL, benchpages.SessionsTarget, benchpages.SessionsRequest)
			}
		})
	})
}

// BenchmarkPageSessions reads 10,000 sessions (200 pages of 50) through the
// paginator and through the item iterator.
func BenchmarkPageSessions(b *testing.B) {
	const pages = 200
	srv := benchpages.NewServer(b, pages)
	ctx := context.Background()
	b.Run("client=ours-paginator", func(b *testing.B) {
		client := benchClient(srv.URL)
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
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
	b.Run("client=ours", func(b *testing.B) {
		client := benchClient(srv.URL)
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
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
	b.Run("client=floor", func(b *testing.B) {
		client := &http.Client{}
		b.ReportAllocs()
		defer benchpages.ReportCPU(b)()
		for b.Loop() {
			benchpages.PostRaw(b, client, srv.URL, pages)
		}
	})
}

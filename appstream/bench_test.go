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
//
//	go test -run '^$' -bench . -count 6 | go run golang.org/x/perf/cmd/benchstat@latest -col /client -

var benchInput = &appstream.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}

func benchClient(url string) *appstream.Client {
	return appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: testCredentials})
}

// BenchmarkDescribeFleets reads one page of 50 fleets (about 80 KB).
func BenchmarkDescribeFleets(b *testing.B) {
	url := benchpages.NewFleetsServer(b).URL
	client := benchClient(url)
	benchpages.RunCalls(b, false,
		benchpages.Call{Client: "ours", Do: func(b *testing.B) {
			out, err := client.DescribeFleets(context.Background(), nil)
			if err != nil || len(out.Fleets) != benchpages.PageSize {
				b.Fatal(err)
			}
		}},
		benchpages.Floor(url, benchpages.FleetsTarget, benchpages.FleetsRequest))
}

// oursDescribeSessions reads one page of 50 sessions from url.
func oursDescribeSessions(url string) benchpages.Call {
	client := benchClient(url)
	return benchpages.Call{Client: "ours", Do: func(b *testing.B) {
		out, err := client.DescribeSessions(context.Background(), benchInput)
		if err != nil || len(out.Sessions) != benchpages.PageSize {
			b.Error(err)
		}
	}}
}

// BenchmarkDescribeSessions reads one page of 50 sessions.
func BenchmarkDescribeSessions(b *testing.B) {
	url := benchpages.NewServer(b, 1).URL
	benchpages.RunCalls(b, false, oursDescribeSessions(url), benchpages.Floor(url, benchpages.SessionsTarget, benchpages.SessionsRequest))
}

// BenchmarkDescribeSessionsParallel is BenchmarkDescribeSessions from
// GOMAXPROCS goroutines sharing one client.
func BenchmarkDescribeSessionsParallel(b *testing.B) {
	url := benchpages.NewServer(b, 1).URL
	benchpages.RunCalls(b, true, oursDescribeSessions(url), benchpages.Floor(url, benchpages.SessionsTarget, benchpages.SessionsRequest))
}

// BenchmarkPageSessions reads 10,000 sessions (200 pages of 50) through the
// paginator and through the item iterator.
func BenchmarkPageSessions(b *testing.B) {
	const pages = 200
	url := benchpages.NewServer(b, pages).URL
	client := benchClient(url)
	ctx := context.Background()
	check := func(b *testing.B, n int) {
		if n != pages*benchpages.PageSize {
			b.Fatalf("%d sessions", n)
		}
	}
	raw := &http.Client{}
	benchpages.RunCalls(b, false,
		benchpages.Call{Client: "ours-paginator", Do: func(b *testing.B) {
			n := 0
			p := appstream.NewDescribeSessionsPaginator(client, benchInput)
			for p.HasMorePages() {
				out, err := p.NextPage(ctx)
				if err != nil {
					b.Fatal(err)
				}
				n += len(out.Sessions)
			}
			check(b, n)
		}},
		benchpages.Call{Client: "ours", Do: func(b *testing.B) {
			n := 0
			for _, err := range appstream.NewDescribeSessionsPaginator(client, benchInput).Sessions(ctx) {
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			check(b, n)
		}},
		benchpages.Call{Client: "floor", Do: func(b *testing.B) { benchpages.PostRaw(b, raw, url, pages) }})
}

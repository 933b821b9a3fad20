package compat

import (
	"context"
	"net/http"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	official "github.com/aws/aws-sdk-go-v2/service/appstream"

	ours "github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/internal/benchpages"
)

// The benchmarks below run the four calls of issue 10 with the official
// client, with ours, and with raw net/http posts of the same requests that
// neither sign nor decode (the floor), in one run, so the ratios can be read
// off directly:
//
//	go test -run '^$' -bench . -count 6 | go run golang.org/x/perf/cmd/benchstat@latest -col /client -

var benchCredentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", SessionToken: "TOKEN"}, nil
})

func newOfficial(url string) *official.Client {
	return official.New(official.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: benchCredentials})
}

func newOurs(url string) *ours.Client {
	return ours.New(ours.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: benchCredentials})
}

func officialSessionsInput() *official.DescribeSessionsInput {
	return &official.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}
}

func oursSessionsInput() *ours.DescribeSessionsInput {
	return &ours.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}
}

// runClients runs call as the sub-benchmarks client=official, client=ours
// and client=floor, each given the call of its own client; parallel runs
// them from GOMAXPROCS goroutines.
func runClients(b *testing.B, parallel bool, officialCall, oursCall, floorCall func(b *testing.B)) {
	for _, c := range []struct {
		name string
		call func(*testing.B)
	}{{"official", officialCall}, {"ours", oursCall}, {"floor", floorCall}} {
		b.Run("client="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			defer benchpages.ReportCPU(b)()
			if !parallel {
				for b.Loop() {
					c.call(b)
				}
				return
			}
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					c.call(b)
				}
			})
		})
	}
}

// BenchmarkDescribeFleets reads one page of 50 fleets (about 80 KB).
func BenchmarkDescribeFleets(b *testing.B) {
	srv := benchpages.NewFleetsServer(b)
	ctx := context.Background()
	oc, uc, fc := newOfficial(srv.URL), newOurs(srv.URL), &http.Client{}
	runClients(b, false,
		func(b *testing.B) {
			out, err := oc.DescribeFleets(ctx, &official.DescribeFleetsInput{})
			if err != nil || len(out.Fleets) != benchpages.PageSize {
				b.Fatal(err)
			}
		},
		func(b *testing.B) {
			out, err := uc.DescribeFleets(ctx, &ours.DescribeFleetsInput{})
			if err != nil || len(out.Fleets) != benchpages.PageSize {
				b.Fatal(err)
			}
		},
		func(b *testing.B) {
			benchpages.Post(b, fc, srv.URL, benchpages.FleetsTarget, benchpages.FleetsRequest)
		})
}

// describeSessions returns the three calls that read one page of 50
// sessions from srv.
func describeSessions(b *testing.B, url string) (officialCall, oursCall, floorCall func(*testing.B)) {
	ctx := context.Background()
	oc, uc, fc := newOfficial(url), newOurs(url), &http.Client{}
	officialCall = func(b *testing.B) {
		out, err := oc.DescribeSessions(ctx, officialSessionsInput())
		if err != nil || len(out.Sessions) != benchpages.PageSize {
			b.Error(err)
		}
	}
	oursCall = func(b *testing.B) {
		out, err := uc.DescribeSessions(ctx, oursSessionsInput())
		if err != nil || len(out.Sessions) != benchpages.PageSize {
			b.Error(err)
		}
	}
	floorCall = func(b *testing.B) {
		benchpages.Post(b, fc, url, benchpages.SessionsTarget, benchpages.SessionsRequest)
	}
	return
}

// BenchmarkDescribeSessions reads one page of 50 sessions.
func BenchmarkDescribeSessions(b *testing.B) {
	o, u, f := describeSessions(b, benchpages.NewServer(b, 1).URL)
	runClients(b, false, o, u, f)
}

// BenchmarkDescribeSessionsParallel is BenchmarkDescribeSessions from
// GOMAXPROCS goroutines sharing one client.
func BenchmarkDescribeSessionsParallel(b *testing.B) {
	o, u, f := describeSessions(b, benchpages.NewServer(b, 1).URL)
	runClients(b, true, o, u, f)
}

// BenchmarkPageSessions reads 10,000 sessions (200 pages of 50) with the
// official client (a NextToken loop: it has no paginator for this), with
// our item iterator, and with the raw posts.
func BenchmarkPageSessions(b *testing.B) {
	const pages = 200
	srv := benchpages.NewServer(b, pages)
	ctx := context.Background()
	oc, uc, fc := newOfficial(srv.URL), newOurs(srv.URL), &http.Client{}
	check := func(b *testing.B, n int) {
		if n != pages*benchpages.PageSize {
			b.Fatalf("%d sessions", n)
		}
	}
	runClients(b, false,
		func(b *testing.B) {
			n := 0
			in := officialSessionsInput()
			for {
				out, err := oc.DescribeSessions(ctx, in)
				if err != nil {
					b.Fatal(err)
				}
				n += len(out.Sessions)
				if out.NextToken == nil {
					break
				}
				in.NextToken = out.NextToken
			}
			check(b, n)
		},
		func(b *testing.B) {
			n := 0
			for _, err := range ours.NewDescribeSessionsPaginator(uc, oursSessionsInput()).Sessions(ctx) {
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			check(b, n)
		},
		func(b *testing.B) {
			benchpages.PostRaw(b, fc, srv.URL, pages)
		})
}

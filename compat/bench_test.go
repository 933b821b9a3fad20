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

// BenchmarkDescribeFleets reads one page of 50 fleets (about 80 KB).
func BenchmarkDescribeFleets(b *testing.B) {
	url := benchpages.NewFleetsServer(b).URL
	ctx := context.Background()
	oc, uc := newOfficial(url), newOurs(url)
	benchpages.RunCalls(b, false,
		benchpages.Call{Client: "official", Do: func(b *testing.B) {
			out, err := oc.DescribeFleets(ctx, &official.DescribeFleetsInput{})
			if err != nil || len(out.Fleets) != benchpages.PageSize {
				b.Fatal(err)
			}
		}},
		benchpages.Call{Client: "ours", Do: func(b *testing.B) {
			out, err := uc.DescribeFleets(ctx, &ours.DescribeFleetsInput{})
			if err != nil || len(out.Fleets) != benchpages.PageSize {
				b.Fatal(err)
			}
		}},
		benchpages.Floor(url, benchpages.FleetsTarget, benchpages.FleetsRequest))
}

// describeSessions returns the three calls that read one page of 50
// sessions from url.
func describeSessions(url string) []benchpages.Call {
	ctx := context.Background()
	oc, uc := newOfficial(url), newOurs(url)
	return []benchpages.Call{
		{Client: "official", Do: func(b *testing.B) {
			out, err := oc.DescribeSessions(ctx, officialSessionsInput())
			if err != nil || len(out.Sessions) != benchpages.PageSize {
				b.Error(err)
			}
		}},
		{Client: "ours", Do: func(b *testing.B) {
			out, err := uc.DescribeSessions(ctx, oursSessionsInput())
			if err != nil || len(out.Sessions) != benchpages.PageSize {
				b.Error(err)
			}
		}},
		benchpages.Floor(url, benchpages.SessionsTarget, benchpages.SessionsRequest),
	}
}

// BenchmarkDescribeSessions reads one page of 50 sessions.
func BenchmarkDescribeSessions(b *testing.B) {
	benchpages.RunCalls(b, false, describeSessions(benchpages.NewServer(b, 1).URL)...)
}

// BenchmarkDescribeSessionsParallel is BenchmarkDescribeSessions from
// GOMAXPROCS goroutines sharing one client.
func BenchmarkDescribeSessionsParallel(b *testing.B) {
	benchpages.RunCalls(b, true, describeSessions(benchpages.NewServer(b, 1).URL)...)
}

// BenchmarkPageSessions reads 10,000 sessions (200 pages of 50) with the
// official client (a NextToken loop: it has no paginator for this), with
// our item iterator, and with the raw posts.
func BenchmarkPageSessions(b *testing.B) {
	const pages = 200
	url := benchpages.NewServer(b, pages).URL
	ctx := context.Background()
	oc, uc, raw := newOfficial(url), newOurs(url), &http.Client{}
	check := func(b *testing.B, n int) {
		if n != pages*benchpages.PageSize {
			b.Fatalf("%d sessions", n)
		}
	}
	benchpages.RunCalls(b, false,
		benchpages.Call{Client: "official", Do: func(b *testing.B) {
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
		}},
		benchpages.Call{Client: "ours", Do: func(b *testing.B) {
			n := 0
			for _, err := range ours.NewDescribeSessionsPaginator(uc, oursSessionsInput()).Sessions(ctx) {
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			check(b, n)
		}},
		benchpages.Call{Client: "floor", Do: func(b *testing.B) { benchpages.PostRaw(b, raw, url, pages) }})
}

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

var benchCredentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", SessionToken: "TOKEN"}, nil
})

// BenchmarkPageSessions reads 10,000 sessions (200 pages of 50) with the
// official client (a NextToken loop: it has no paginator for this), with
// ours (paginator and iterator), and with raw net/http posts of the same
// requests that neither sign nor decode (the floor), in one run, so the
// ratios can be read off directly.
func BenchmarkPageSessions(b *testing.B) {
	const pages = 200
	srv := benchpages.NewServer(b, pages)
	ctx := context.Background()
	check := func(b *testing.B, n int) {
		if n != pages*benchpages.PageSize {
			b.Fatalf("%d sessions", n)
		}
	}
	b.Run("official", func(b *testing.B) {
		client := official.New(official.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials})
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			in := &official.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}
			for {
				out, err := client.DescribeSessions(ctx, in)
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
		}
	})
	in := &ours.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}
	b.Run("ours-paginator", func(b *testing.B) {
		client := ours.New(ours.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials})
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			p := ours.NewDescribeSessionsPaginator(client, in)
			for p.HasMorePages() {
				out, err := p.NextPage(ctx)
				if err != nil {
					b.Fatal(err)
				}
				n += len(out.Sessions)
			}
			check(b, n)
		}
	})
	b.Run("ours-iterator", func(b *testing.B) {
		client := ours.New(ours.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials})
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for _, err := range ours.NewDescribeSessionsPaginator(client, in).Sessions(ctx) {
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			check(b, n)
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

package compat

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	official "github.com/aws/aws-sdk-go-v2/service/appstream"

	ours "github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/internal/benchpages"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// BenchmarkDecompressionBombs makes one DescribeFleets call per bomb with
// each client and reports, as B/op, what the call allocated. The bombs are
// the worst within our limits: gzip answers of 15 to 40 KB that inflate to
// just under 16 MiB (our body limit) of structures, in lists of at most
// wire.MaxListLength elements. Ours refuses them after at most 85 MB; the
// official client decodes them, allocating gigabytes:
//
//	go test -run '^$' -bench DecompressionBombs -benchtime 1x
func BenchmarkDecompressionBombs(b *testing.B) {
	ctx := context.Background()
	for _, bomb := range benchpages.Bombs(16<<20, wire.MaxListLength) {
		b.Run("bomb="+bomb.Name, func(b *testing.B) {
			url := benchpages.ServeGzip(b, bomb.Gzip).URL
			oc := official.New(official.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: benchCredentials, RetryMaxAttempts: 1})
			uc := ours.New(ours.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: benchCredentials, RetryMaxAttempts: 1})
			b.Run("client=official", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					out, err := oc.DescribeFleets(ctx, &official.DescribeFleetsInput{})
					if err == nil {
						b.ReportMetric(float64(len(out.Fleets)), "fleets")
					}
				}
			})
			b.Run("client=ours", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := uc.DescribeFleets(ctx, &ours.DescribeFleetsInput{}); err == nil {
						b.Fatal("the bomb was decoded")
					}
				}
			})
		})
	}
}

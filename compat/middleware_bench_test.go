package compat

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	official "github.com/aws/aws-sdk-go-v2/service/appstream"
	"github.com/aws/smithy-go/middleware"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-sdk-go-v2/otelaws"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	ours "github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/internal/benchpages"
)

// BenchmarkMiddleware is one DescribeSessions call (a page of 50 sessions)
// by each client, plain and with OpenTelemetry's otelaws in APIOptions (an
// SDK tracer provider that samples every span and exports none), in one run.
func BenchmarkMiddleware(b *testing.B) {
	srv := benchpages.NewServer(b, 1)
	ctx := context.Background()
	otel := func() []func(*middleware.Stack) error {
		var api []func(*middleware.Stack) error
		otelaws.AppendMiddlewares(&api, otelaws.WithTracerProvider(sdktrace.NewTracerProvider()))
		return api
	}
	for _, tc := range []struct {
		name string
		api  []func(*middleware.Stack) error
	}{{"plain", nil}, {"otelaws", otel()}} {
		b.Run("official-"+tc.name, func(b *testing.B) {
			client := official.New(official.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials, APIOptions: tc.api})
			in := &official.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}
			b.ReportAllocs()
			for b.Loop() {
				if out, err := client.DescribeSessions(ctx, in); err != nil || len(out.Sessions) != benchpages.PageSize {
					b.Fatal(err)
				}
			}
		})
		b.Run("ours-"+tc.name, func(b *testing.B) {
			client := ours.New(ours.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials, APIOptions: tc.api})
			in := &ours.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}
			b.ReportAllocs()
			for b.Loop() {
				if out, err := client.DescribeSessions(ctx, in); err != nil || len(out.Sessions) != benchpages.PageSize {
					b.Fatal(err)
				}
			}
		})
	}
}

package awsjson

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/metrics"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

// The official client's operation metrics: a histogram of each duration
// its middlewares time.
type operationMetrics [timerCount]metrics.Float64Histogram

// timer names a histogram of operationMetrics.
type timer int

const (
	callTimer timer = iota
	serializeTimer
	identityTimer
	endpointTimer
	signingTimer
	deserializeTimer
	timerCount
)

func newOperationMetrics(m metrics.Meter) (*operationMetrics, error) {
	om := &operationMetrics{}
	for t, h := range [timerCount]struct{ name, desc string }{
		callTimer:        {"client.call.duration", "Overall call duration (including retries and time to send or receive request and response body)"},
		serializeTimer:   {"client.call.serialization_duration", "The time it takes to serialize a message body"},
		identityTimer:    {"client.call.auth.resolve_identity_duration", "The time taken to acquire an identity (AWS credentials, bearer token, etc) from an Identity Provider"},
		endpointTimer:    {"client.call.resolve_endpoint_duration", "The time it takes to resolve an endpoint (endpoint resolver, not DNS) for the request"},
		signingTimer:     {"client.call.auth.signing_duration", "The time it takes to sign a request"},
		deserializeTimer: {"client.call.deserialization_duration", "The time it takes to deserialize a message body"},
	} {
		var err error
		if om[t], err = m.Float64Histogram(h.name, func(o *metrics.InstrumentOptions) {
			o.UnitLabel = "s"
			o.Description = h.desc
		}); err != nil {
			return nil, err
		}
	}
	return om, nil
}

// operationProperties are the properties of every operation metric.
func operationProperties(ctx context.Context) metrics.RecordMetricOption {
	return func(o *metrics.RecordMetricOptions) {
		o.Properties.Set("rpc.service", middleware.GetServiceID(ctx))
		o.Properties.Set("rpc.method", middleware.GetOperationName(ctx))
	}
}

// startTimer starts timing t; the returned function records it (once).
func (sc *stackCall) startTimer(ctx context.Context, t timer, opts ...metrics.RecordMetricOption) func() {
	if sc.timers == nil {
		return func() {}
	}
	h := sc.timers[t]
	opts = append([]metrics.RecordMetricOption{operationProperties(ctx)}, opts...)
	start := time.Now()
	ended := false
	return func() {
		if !ended {
			ended = true
			h.Record(ctx, time.Since(start).Seconds(), opts...)
		}
	}
}

// schemeProperty names the auth scheme on identity and signing metrics.
func (sc *stackCall) schemeProperty(o *metrics.RecordMetricOptions) {
	scheme := "aws.auth#sigv4"
	if isAnonymous(sc.Credentials) {
		scheme = "smithy.api#noAuth"
	}
	o.Properties.Set("auth.scheme_id", scheme)
}

func isAnonymous(p aws.CredentialsProvider) bool {
	return aws.IsCredentialsProvider(p, aws.AnonymousCredentials{})
}

// attemptMetrics are the retry loop's metrics, as aws/retry records them.
type attemptMetrics struct {
	attempts, errors metrics.Int64Counter
	duration         metrics.Float64Histogram
}

func newAttemptMetrics(m metrics.Meter) (*attemptMetrics, error) {
	am := &attemptMetrics{}
	var err error
	if am.attempts, err = m.Int64Counter("client.call.attempts", func(o *metrics.InstrumentOptions) {
		o.UnitLabel = "{attempt}"
		o.Description = "The number of attempts for an individual operation"
	}); err != nil {
		return nil, err
	}
	if am.errors, err = m.Int64Counter("client.call.errors", func(o *metrics.InstrumentOptions) {
		o.UnitLabel = "{error}"
		o.Description = "The number of errors for an operation"
	}); err != nil {
		return nil, err
	}
	if am.duration, err = m.Float64Histogram("client.call.attempt_duration", func(o *metrics.InstrumentOptions) {
		o.UnitLabel = "s"
		o.Description = "The time it takes to connect to the service, send the request, and get back HTTP status code and headers (including time queued waiting to be sent)"
	}); err != nil {
		return nil, err
	}
	return am, nil
}

func (am *attemptMetrics) start(ctx context.Context) {
	am.attempts.Add(ctx, 1, operationProperties(ctx))
}

func (am *attemptMetrics) end(ctx context.Context, start time.Time, err error) {
	am.duration.Record(ctx, time.Since(start).Seconds(), operationProperties(ctx))
	if err != nil {
		am.errors.Add(ctx, 1, operationProperties(ctx), func(o *metrics.RecordMetricOptions) {
			o.Properties.Set("exception.type", errorType(err))
		})
	}
}

// errorType is the code of an API error, else the Go type of err.
func errorType(err error) string {
	if code := ErrorCode(err); code != "" {
		return code
	}
	return fmt.Sprintf("%T", err)
}

// ErrorCode returns the code of err's API error, or "".
func ErrorCode(err error) string {
	var apiErr smithy.APIError
	if errors.As(err, &apiErr) {
		return apiErr.ErrorCode()
	}
	return ""
}

// UserAgent returns the User-Agent header of a call with nothing added by
// middleware: the one awsmiddleware.RequestUserAgent builds for the
// official client, with product (name/version) in place of aws-sdk-go-v2's.
func UserAgent(product, apiVersion, appID string) string {
	sc := &stackCall{Config: &Config{Stack: &Stack{APIVersion: apiVersion, AppID: appID}}}
	req := smithyhttp.NewStackRequest().(*smithyhttp.Request)
	next := middleware.BuildHandlerFunc(func(context.Context, middleware.BuildInput) (middleware.BuildOutput, middleware.Metadata, error) {
		return middleware.BuildOutput{}, middleware.Metadata{}, nil
	})
	_, _, _ = sc.userAgent().HandleBuild(context.Background(), middleware.BuildInput{Request: req}, next)
	return ReplaceProduct(req.Header.Get("User-Agent"), product)
}

// ReplaceProduct puts product in place of aws-sdk-go-v2's name and version
// at the start of a User-Agent header.
func ReplaceProduct(ua, product string) string {
	if rest, ok := strings.CutPrefix(ua, aws.SDKName+"/"); ok {
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			return product + rest[i:]
		}
		return product
	}
	return ua
}

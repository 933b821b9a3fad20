package appstream_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/metrics"
	"github.com/aws/smithy-go/middleware"
	"github.com/aws/smithy-go/tracing"
	smithyhttp "github.com/aws/smithy-go/transport/http"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// TestEverythingThroughTheStack runs this package's tests again with an
// APIOption that changes nothing on every fake-service client (viaStack), so
// that each behaviour tested on the plain call is tested through the
// middleware stack too.
func TestEverythingThroughTheStack(t *testing.T) {
	if os.Getenv("APPSTREAM_TEST_STACK") != "" {
		t.Skip("already running through the stack")
	}
	if testing.Short() {
		t.Skip("short")
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^Test", "-test.count", "1")
	cmd.Env = append(os.Environ(), "APPSTREAM_TEST_STACK=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the tests fail through the middleware stack: %v\n%s", err, out)
	}
}

// stepRecorder adds a middleware at each step that records what it sees.
type stepRecorder struct {
	mu   sync.Mutex
	seen []string
}

func (r *stepRecorder) add(format string, v ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seen = append(r.seen, fmt.Sprintf(format, v...))
}

func (r *stepRecorder) options(s *middleware.Stack) error {
	return errors.Join(
		s.Initialize.Add(middleware.InitializeMiddlewareFunc("recordInitialize", func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			r.add("initialize in %T service %s operation %s region %s", in.Parameters,
				awsmiddleware.GetServiceID(ctx), awsmiddleware.GetOperationName(ctx), awsmiddleware.GetRegion(ctx))
			out, md, err := next.HandleInitialize(ctx, in)
			id, _ := awsmiddleware.GetRequestIDMetadata(md)
			r.add("initialize out %T request ID %s error %v", out.Result, id, err != nil)
			return out, md, err
		}), middleware.After),
		s.Serialize.Insert(middleware.SerializeMiddlewareFunc("recordSerialize", func(ctx context.Context, in middleware.SerializeInput, next middleware.SerializeHandler) (middleware.SerializeOutput, middleware.Metadata, error) {
			req := in.Request.(*smithyhttp.Request)
			r.add("serialize %T target %s", in.Request, req.Header.Get("X-Amz-Target"))
			return next.HandleSerialize(ctx, in)
		}), "OperationSerializer", middleware.After),
		s.Build.Add(middleware.BuildMiddlewareFunc("recordBuild", func(ctx context.Context, in middleware.BuildInput, next middleware.BuildHandler) (middleware.BuildOutput, middleware.Metadata, error) {
			req := in.Request.(*smithyhttp.Request)
			req.Header.Set("X-Added-At-Build", "yes")
			r.add("build %T", in.Request)
			return next.HandleBuild(ctx, in)
		}), middleware.After),
		s.Finalize.Insert(middleware.FinalizeMiddlewareFunc("recordAttempt", func(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
			r.add("attempt")
			return next.HandleFinalize(ctx, in)
		}), "Retry", middleware.After),
		s.Finalize.Insert(middleware.FinalizeMiddlewareFunc("recordSigned", func(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
			req := in.Request.(*smithyhttp.Request)
			r.add("signed %v", strings.HasPrefix(req.Header.Get("Authorization"), "AWS4-HMAC-SHA256"))
			return next.HandleFinalize(ctx, in)
		}), "Signing", middleware.After),
		s.Deserialize.Add(middleware.DeserializeMiddlewareFunc("recordDeserialize", func(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
			out, md, err := next.HandleDeserialize(ctx, in)
			resp, _ := out.RawResponse.(*smithyhttp.Response)
			status := 0
			if resp != nil {
				status = resp.StatusCode
			}
			r.add("deserialize %T %d result %T", out.RawResponse, status, out.Result)
			return out, md, err
		}), middleware.Before),
	)
}

// Each step sees what the official client's would: the input and the typed
// output, the request to change (a header added at Build is sent and signed),
// one Finalize pass per attempt after "Retry", the response and the decoded
// output, and the service, operation and region in the context.
func TestStackSteps(t *testing.T) {
	rec := &stepRecorder{}
	f, client := newFakeService(t, func(n int, _ recorded) reply {
		if n == 0 {
			return reply{status: 500, body: `{"__type":"InternalFailure"}`}
		}
		return reply{body: `{"Fleets":[{"Name":"f"}]}`}
	}, appstream.WithAPIOptions(rec.options))
	out, err := client.DescribeFleets(context.Background(), nil)
	if err != nil || len(out.Fleets) != 1 {
		t.Fatalf("output %+v, error %v", out, err)
	}
	want := []string{
		"initialize in *appstream.DescribeFleetsInput service AppStream operation DescribeFleets region us-east-1",
		"serialize *http.Request target PhotonAdminProxyService.DescribeFleets",
		"build *http.Request",
		"attempt",
		"signed true",
		"deserialize *http.Response 500 result <nil>",
		"attempt",
		"signed true",
		"deserialize *http.Response 200 result *appstream.DescribeFleetsOutput",
		"initialize out *appstream.DescribeFleetsOutput request ID req-b error false",
	}
	if diff := cmp.Diff(want, rec.seen); diff != "" {
		t.Errorf("steps (-want +got):\n%s", diff)
	}
	for i := range 2 {
		r := f.request(t, i)
		if r.Header.Get("X-Added-At-Build") != "yes" || !strings.Contains(r.Header.Get("Authorization"), ";x-added-at-build;") {
			t.Errorf("request %d: header added at Build not sent or not signed: %q", i, r.Header.Get("Authorization"))
		}
		verifySignature(t, r)
	}
	if id, _ := awsmiddleware.GetRequestIDMetadata(out.ResultMetadata); id != "req-b" {
		t.Errorf("request ID %q", id)
	}
}

// A Finalize middleware that answers without calling next stubs the call:
// no request is sent, and the output is the stub's.
func TestFinalizeStub(t *testing.T) {
	stub := func(s *middleware.Stack) error {
		return s.Finalize.Add(middleware.FinalizeMiddlewareFunc("stub", func(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
			return middleware.FinalizeOutput{Result: &appstream.DescribeFleetsOutput{Fleets: []types.Fleet{{Name: aws.String("stubbed")}}}}, middleware.Metadata{}, nil
		}), middleware.Before)
	}
	f, client := newFakeService(t, ok(`{}`))
	out, err := client.DescribeFleets(context.Background(), nil, appstream.WithAPIOptions(stub))
	if err != nil || aws.ToString(out.Fleets[0].Name) != "stubbed" {
		t.Fatalf("output %+v, error %v", out, err)
	}
	if f.count() != 0 {
		t.Errorf("%d requests sent", f.count())
	}
	// A stub that answers the wrong type is an error, not a panic.
	_, err = client.DeleteFleet(context.Background(), &appstream.DeleteFleetInput{Name: aws.String("f")}, appstream.WithAPIOptions(stub))
	if err == nil || !strings.Contains(err.Error(), "the middleware stack answered *appstream.DescribeFleetsOutput, not *appstream.DeleteFleetOutput") {
		t.Errorf("error %v", err)
	}
}

// Input validation is the OperationInputValidation step, as in the official
// client: an Initialize middleware added before it sees the invalid input and
// the validation error (as otelaws does, to record the call's span), and may
// complete the input before it is checked. The input is validated once.
func TestValidationIsAnInitializeStep(t *testing.T) {
	var seen []string
	fill := func(s *middleware.Stack) error {
		return s.Initialize.Add(middleware.InitializeMiddlewareFunc("fill", func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			if p, ok := in.Parameters.(*appstream.DeleteFleetInput); ok && p.Name == nil {
				p.Name = aws.String("filled")
			}
			out, md, err := next.HandleInitialize(ctx, in)
			seen = append(seen, fmt.Sprintf("%s error %v", awsmiddleware.GetOperationName(ctx), err))
			return out, md, err
		}), middleware.Before)
	}
	f, client := newFakeService(t, ok(`{}`), appstream.WithAPIOptions(fill))
	ctx := context.Background()
	if _, err := client.DeleteFleet(ctx, &appstream.DeleteFleetInput{}); err != nil {
		t.Fatalf("DeleteFleet with the name filled in by a middleware: %v", err)
	}
	if got := string(f.request(t, 0).Body); got != `{"Name":"filled"}` {
		t.Errorf("body %s", got)
	}
	_, err := client.StopFleet(ctx, &appstream.StopFleetInput{})
	want := []string{
		"DeleteFleet error <nil>",
		"StopFleet error 1 validation error(s) found.\n- missing required field, StopFleetInput.Name.\n",
	}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("what the middleware saw (-want +got):\n%s", diff)
	}
	if err == nil || f.count() != 1 {
		t.Errorf("StopFleet without a name: error %v, %d requests in all", err, f.count())
	}
}

// Errors keep their wrapping through the stack, and a middleware sees the
// API error unwrapped inside ResponseErrorWrapper.
func TestStackErrors(t *testing.T) {
	var inner error
	see := func(s *middleware.Stack) error {
		return s.Deserialize.Insert(middleware.DeserializeMiddlewareFunc("see", func(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
			out, md, err := next.HandleDeserialize(ctx, in)
			inner = err
			return out, md, err
		}), "OperationDeserializer", middleware.Before)
	}
	_, client := newFakeService(t, func(int, recorded) reply {
		return reply{status: 400, body: `{"__type":"ResourceNotFoundException","message":"no such fleet"}`}
	}, appstream.WithAPIOptions(see))
	_, err := client.DescribeFleets(context.Background(), nil)
	var oe *smithy.OperationError
	var re *awshttp.ResponseError
	var nf *types.ResourceNotFoundException
	if !errors.As(err, &oe) || !errors.As(err, &re) || !errors.As(err, &nf) || re.ServiceRequestID() != "req-a" {
		t.Errorf("error %v", err)
	}
	if _, ok := inner.(*types.ResourceNotFoundException); !ok {
		t.Errorf("error inside ResponseErrorWrapper %T, want the API error", inner)
	}
}

// Per-call APIOptions apply to that call only; the client's apply to all.
func TestPerCallAPIOptions(t *testing.T) {
	header := func(v string) func(*middleware.Stack) error { return smithyhttp.AddHeaderValue("X-Call", v) }
	f, client := newFakeService(t, ok(`{}`), appstream.WithAPIOptions(header("client")))
	before := len(client.Options().APIOptions)
	ctx := context.Background()
	if _, err := client.DescribeFleets(ctx, nil, appstream.WithAPIOptions(header("one"))); err != nil {
		t.Fatal(err)
	}
	if _, err := client.DescribeFleets(ctx, nil, func(o *appstream.Options) { o.APIOptions = append(o.APIOptions, header("two")) }); err != nil {
		t.Fatal(err)
	}
	if _, err := client.DescribeFleets(ctx, nil); err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for i := range 3 {
		got = append(got, f.request(t, i).Header.Values("X-Call"))
	}
	if diff := cmp.Diff([][]string{{"client", "one"}, {"client", "two"}, {"client"}}, got); diff != "" {
		t.Errorf("X-Call headers (-want +got):\n%s", diff)
	}
	if n := len(client.Options().APIOptions); n != before {
		t.Errorf("the client has %d APIOptions after the calls, %d before", n, before)
	}
}

// readOnly refuses every operation that changes something, as a guard in
// aws.Config.APIOptions does for every client made from it.
func readOnly(s *middleware.Stack) error {
	return s.Initialize.Add(middleware.InitializeMiddlewareFunc("readOnly", func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
		if op := awsmiddleware.GetOperationName(ctx); !strings.HasPrefix(op, "Describe") && !strings.HasPrefix(op, "List") {
			return middleware.InitializeOutput{}, middleware.Metadata{}, fmt.Errorf("read-only: %s refused", op)
		}
		return next.HandleInitialize(ctx, in)
	}), middleware.Before)
}

func TestReadOnlyGuardFromConfig(t *testing.T) {
	f, fake := newFakeService(t, ok(`{}`))
	cfg := aws.Config{Region: "us-east-1", Credentials: testCredentials, BaseEndpoint: fake.Options().BaseEndpoint}
	cfg.APIOptions = append(cfg.APIOptions, readOnly)
	client := appstream.NewFromConfig(cfg)
	_, err := client.DeleteFleet(context.Background(), &appstream.DeleteFleetInput{Name: aws.String("prod")})
	if err == nil || !strings.Contains(err.Error(), "read-only: DeleteFleet refused") {
		t.Errorf("DeleteFleet: %v", err)
	}
	if f.count() != 0 {
		t.Fatalf("%d requests sent", f.count())
	}
	if _, err := client.DescribeFleets(context.Background(), nil); err != nil || f.count() != 1 {
		t.Errorf("DescribeFleets: %v, %d requests", err, f.count())
	}
}

// The waiter's APIOptions run on each poll (each page of each poll).
func TestWaiterAPIOptions(t *testing.T) {
	f, client := newFakeService(t, func(n int, _ recorded) reply {
		if n == 0 {
			return reply{body: `{"Fleets":[{"Name":"f","State":"STARTING"}]}`}
		}
		return reply{body: `{"Fleets":[{"Name":"f","State":"RUNNING"}]}`}
	})
	var polls int
	count := func(s *middleware.Stack) error {
		return s.Initialize.Add(middleware.InitializeMiddlewareFunc("count", func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			polls++
			return next.HandleInitialize(ctx, in)
		}), middleware.After)
	}
	w := appstream.NewFleetStartedWaiter(client, func(o *appstream.FleetStartedWaiterOptions) {
		o.MinDelay, o.MaxDelay = time.Millisecond, time.Millisecond
		o.APIOptions = append(o.APIOptions, count)
	})
	if err := w.Wait(context.Background(), nil, time.Minute); err != nil {
		t.Fatal(err)
	}
	if polls != 2 || f.count() != 2 {
		t.Errorf("%d polls counted, %d requests, want 2", polls, f.count())
	}
}

// The official helpers that change the User-Agent and headers work.
func TestUserAgentMiddleware(t *testing.T) {
	f, client := newFakeService(t, ok(`{}`), func(o *appstream.Options) { o.AppID = "report" })
	if _, err := client.DescribeFleets(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	plain := f.request(t, 0).Header.Get("User-Agent")
	if _, err := client.DescribeFleets(context.Background(), nil, appstream.WithAPIOptions(
		awsmiddleware.AddUserAgentKeyValue("team", "ops"), awsmiddleware.AddUserAgentKey("nightly"))); err != nil {
		t.Fatal(err)
	}
	if got := f.request(t, 1).Header.Get("User-Agent"); got != plain+" team/ops nightly" {
		t.Errorf("User-Agent %q, want %q", got, plain+" team/ops nightly")
	}
	if !strings.HasPrefix(plain, "appstream-go/") || !strings.Contains(plain, " api/appstream#") || !strings.HasSuffix(plain, " app/report") {
		t.Errorf("User-Agent %q", plain)
	}
}

// Interceptors run, as in the official client.
func TestInterceptors(t *testing.T) {
	rec := &interceptorRecorder{}
	_, client := newFakeService(t, ok(`{}`), func(o *appstream.Options) {
		o.Interceptors.AddBeforeExecution(rec)
		o.Interceptors.AddBeforeTransmit(rec)
		o.Interceptors.AddAfterExecution(rec)
	})
	if _, err := client.StartFleet(context.Background(), &appstream.StartFleetInput{Name: aws.String("f")}); err != nil {
		t.Fatal(err)
	}
	want := []string{"before execution *appstream.StartFleetInput", "before transmit PhotonAdminProxyService.StartFleet", "after execution *appstream.StartFleetOutput"}
	if diff := cmp.Diff(want, rec.seen); diff != "" {
		t.Errorf("interceptors (-want +got):\n%s", diff)
	}
}

type interceptorRecorder struct{ seen []string }

func (r *interceptorRecorder) BeforeExecution(_ context.Context, in *smithyhttp.InterceptorContext) error {
	r.seen = append(r.seen, fmt.Sprintf("before execution %T", in.Input))
	return nil
}

func (r *interceptorRecorder) BeforeTransmit(_ context.Context, in *smithyhttp.InterceptorContext) error {
	r.seen = append(r.seen, "before transmit "+in.Request.Header.Get("X-Amz-Target"))
	return nil
}

func (r *interceptorRecorder) AfterExecution(_ context.Context, in *smithyhttp.InterceptorContext) error {
	r.seen = append(r.seen, fmt.Sprintf("after execution %T", in.Output))
	return nil
}

// Signing name and region can be overridden, as in the official client.
func TestSigningOverrides(t *testing.T) {
	f, client := newFakeService(t, ok(`{}`))
	if _, err := client.DescribeFleets(context.Background(), nil, appstream.WithSigV4SigningName("appstream2"), appstream.WithSigV4SigningRegion("eu-west-1")); err != nil {
		t.Fatal(err)
	}
	if auth := f.request(t, 0).Header.Get("Authorization"); !strings.Contains(auth, "/eu-west-1/appstream2/aws4_request") {
		t.Errorf("Authorization %q", auth)
	}
}

// countingSigner counts the requests it signs.
type countingSigner struct {
	appstream.HTTPSignerV4
	n int
}

func (s *countingSigner) SignHTTP(ctx context.Context, creds aws.Credentials, r *http.Request, hash, service, region string, t time.Time, optFns ...func(*v4.SignerOptions)) error {
	s.n++
	return s.HTTPSignerV4.SignHTTP(ctx, creds, r, hash, service, region, t, optFns...)
}

func TestHTTPSignerV4(t *testing.T) {
	signer := &countingSigner{}
	f, client := newFakeService(t, ok(`{}`), func(o *appstream.Options) {
		signer.HTTPSignerV4 = o.HTTPSignerV4
		o.HTTPSignerV4 = signer
	})
	for _, opts := range [][]func(*appstream.Options){nil, {appstream.WithAPIOptions(func(*middleware.Stack) error { return nil })}} {
		if _, err := client.DescribeFleets(context.Background(), nil, opts...); err != nil {
			t.Fatal(err)
		}
	}
	if signer.n != 2 || f.count() != 2 {
		t.Errorf("%d requests signed by the signer given, %d sent", signer.n, f.count())
	}
	verifySignature(t, f.request(t, 1))
}

// A client made from another's Options does not share its default signer
// (whose key cache is by access key ID), but keeps a signer of the caller's.
func TestDefaultSignerIsNotShared(t *testing.T) {
	a := appstream.New(appstream.Options{Region: "us-east-1"})
	b := appstream.New(a.Options())
	if a.Options().HTTPSignerV4 == b.Options().HTTPSignerV4 {
		t.Error("two clients share the default signer")
	}
	mine := v4.NewSigner()
	c := appstream.New(appstream.Options{Region: "us-east-1", HTTPSignerV4: mine})
	if d := appstream.New(c.Options()); d.Options().HTTPSignerV4 != appstream.HTTPSignerV4(mine) {
		t.Error("the caller's signer was replaced")
	}
}

// DefaultsMode chooses the retry mode and the default HTTP client's
// timeouts, as in the official client; a mode that cannot apply is an error.
func TestDefaultsMode(t *testing.T) {
	client := appstream.New(appstream.Options{Region: "us-east-1", Credentials: testCredentials, DefaultsMode: aws.DefaultsModeInRegion})
	o := client.Options()
	buildable, isBuildable := o.HTTPClient.(*awshttp.BuildableClient)
	if !isBuildable || o.RetryMode != aws.RetryModeStandard {
		t.Fatalf("HTTP client %T, retry mode %q", o.HTTPClient, o.RetryMode)
	}
	if d := buildable.GetDialer(); d.Timeout != 1100*time.Millisecond {
		t.Errorf("connect timeout %v", d.Timeout)
	}
	if tr := buildable.GetTransport(); tr.TLSHandshakeTimeout != 1100*time.Millisecond {
		t.Errorf("TLS timeout %v", tr.TLSHandshakeTimeout)
	}
	for name, tc := range map[string]struct {
		options appstream.Options
		optFn   func(*appstream.Options)
		want    string
	}{
		"unknown mode":         {appstream.Options{DefaultsMode: "fast"}, nil, `DefaultsMode "fast" is not a defaults mode`},
		"set by option func":   {appstream.Options{}, func(o *appstream.Options) { o.DefaultsMode = aws.DefaultsModeMobile }, `DefaultsMode was changed to "mobile" by an option function`},
		"changed for one call": {appstream.Options{DefaultsMode: aws.DefaultsModeStandard}, nil, ""},
	} {
		t.Run(name, func(t *testing.T) {
			f, fake := newFakeService(t, ok(`{}`))
			opts := tc.options
			opts.Region, opts.Credentials, opts.BaseEndpoint = "us-east-1", testCredentials, fake.Options().BaseEndpoint
			var fns []func(*appstream.Options)
			if tc.optFn != nil {
				fns = append(fns, tc.optFn)
			}
			client := appstream.New(opts, fns...)
			var callFns []func(*appstream.Options)
			if tc.want == "" {
				tc.want = `DefaultsMode was changed to "in-region" by an option function`
				callFns = append(callFns, func(o *appstream.Options) { o.DefaultsMode = aws.DefaultsModeInRegion })
			}
			_, err := client.DescribeFleets(context.Background(), nil, callFns...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
			if f.count() != 0 {
				t.Errorf("%d requests sent", f.count())
			}
		})
	}
}

// What NewFromConfig cannot honour fails the calls, naming the setting.
func TestNewFromConfigRefusesLegacyResolvers(t *testing.T) {
	cfg := aws.Config{Region: "us-east-1", Credentials: testCredentials,
		EndpointResolverWithOptions: aws.EndpointResolverWithOptionsFunc(func(service, region string, _ ...any) (aws.Endpoint, error) {
			return aws.Endpoint{URL: "http://127.0.0.1:1"}, nil
		})}
	_, err := appstream.NewFromConfig(cfg).DescribeFleets(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "EndpointResolverWithOptions") {
		t.Errorf("error %v", err)
	}
}

// recordingTracer records the spans of smithy-go's tracing interfaces.
type recordingTracer struct {
	mu    sync.Mutex
	spans []*recordedSpan
}

type recordedSpan struct {
	tracer *recordingTracer
	name   string
	parent *recordedSpan
	kind   tracing.SpanKind
	props  map[any]any
	status tracing.SpanStatus
	ended  bool
}

func (t *recordingTracer) Tracer(string, ...tracing.TracerOption) tracing.Tracer { return t }

func (t *recordingTracer) StartSpan(ctx context.Context, name string, opts ...tracing.SpanOption) (context.Context, tracing.Span) {
	var o tracing.SpanOptions
	for _, fn := range opts {
		fn(&o)
	}
	s := &recordedSpan{tracer: t, name: name, kind: o.Kind, props: map[any]any{}}
	for _, k := range []string{"rpc.system", "rpc.method", "rpc.service", "operation.attempt"} {
		if v := o.Properties.Get(k); v != nil {
			s.props[k] = v
		}
	}
	if parent, ok := tracing.GetSpan(ctx); ok {
		s.parent, _ = parent.(*recordedSpan)
	}
	t.mu.Lock()
	t.spans = append(t.spans, s)
	t.mu.Unlock()
	return tracing.WithSpan(ctx, s), s
}

func (s *recordedSpan) Name() string                            { return s.name }
func (s *recordedSpan) Context() tracing.SpanContext            { return tracing.SpanContext{} }
func (s *recordedSpan) AddEvent(string, ...tracing.EventOption) {}
func (s *recordedSpan) SetStatus(st tracing.SpanStatus)         { s.status = st }
func (s *recordedSpan) End()                                    { s.ended = true }
func (s *recordedSpan) SetProperty(k, v any) {
	s.tracer.mu.Lock()
	defer s.tracer.mu.Unlock()
	s.props[k] = v
}

// tree lists the spans as "parent > name".
func (t *recordingTracer) tree() []string {
	var out []string
	for _, s := range t.spans {
		path := s.name
		for p := s.parent; p != nil; p = p.parent {
			path = p.name + " > " + path
		}
		if !s.ended {
			path += " (not ended)"
		}
		out = append(out, path)
	}
	return out
}

// recordingMeter records the metrics recorded, by name.
type recordingMeter struct {
	metrics.NopMeter
	mu       sync.Mutex
	recorded map[string]int
}

func (m *recordingMeter) Meter(string, ...metrics.MeterOption) metrics.Meter { return m }

func (m *recordingMeter) count(name string, opts []metrics.RecordMetricOption) {
	var o metrics.RecordMetricOptions
	for _, fn := range opts {
		fn(&o)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.recorded[fmt.Sprintf("%s %v/%v", name, o.Properties.Get("rpc.service"), o.Properties.Get("rpc.method"))]++
}

type recordingInstrument struct {
	m    *recordingMeter
	name string
}

func (i recordingInstrument) Add(_ context.Context, _ int64, opts ...metrics.RecordMetricOption) {
	i.m.count(i.name, opts)
}
func (i recordingInstrument) Record(_ context.Context, _ float64, opts ...metrics.RecordMetricOption) {
	i.m.count(i.name, opts)
}

func (m *recordingMeter) Int64Counter(name string, _ ...metrics.InstrumentOption) (metrics.Int64Counter, error) {
	return recordingInstrument{m, name}, nil
}

func (m *recordingMeter) Float64Histogram(name string, _ ...metrics.InstrumentOption) (metrics.Float64Histogram, error) {
	return recordingInstrument{m, name}, nil
}

// The tracer and meter providers get the official client's spans and
// metrics: one span per call with its steps below, one Attempt per attempt.
func TestTracerAndMeterProviders(t *testing.T) {
	tracer := &recordingTracer{}
	meter := &recordingMeter{recorded: map[string]int{}}
	_, client := newFakeService(t, func(n int, _ recorded) reply {
		if n == 0 {
			return reply{status: 503, body: `{"__type":"ServiceUnavailable"}`}
		}
		return reply{body: `{}`}
	}, func(o *appstream.Options) { o.TracerProvider, o.MeterProvider = tracer, meter })
	if _, err := client.StopFleet(context.Background(), &appstream.StopFleetInput{Name: aws.String("f")}); err != nil {
		t.Fatal(err)
	}
	attempt := "AppStream.StopFleet > RetryLoop > RetryLoop > Attempt"
	want := []string{
		"AppStream.StopFleet",
		"AppStream.StopFleet > OperationSerializer",
		"AppStream.StopFleet > RetryLoop",
		"AppStream.StopFleet > RetryLoop > RetryLoop",
		attempt,
		attempt + " > ResolveAuthScheme", attempt + " > GetIdentity", attempt + " > ResolveEndpoint", attempt + " > ComputePayloadSHA256", attempt + " > SignRequest",
		attempt + " > DoHTTPRequest",
		attempt + " > OperationDeserializer",
		attempt,
		attempt + " > ResolveAuthScheme", attempt + " > GetIdentity", attempt + " > ResolveEndpoint", attempt + " > ComputePayloadSHA256", attempt + " > SignRequest",
		attempt + " > DoHTTPRequest",
		attempt + " > OperationDeserializer",
	}
	if diff := cmp.Diff(want, tracer.tree()); diff != "" {
		t.Errorf("spans (-want +got):\n%s", diff)
	}
	op := tracer.spans[0]
	wantProps := map[any]any{"rpc.system": "aws-api", "rpc.method": "StopFleet", "rpc.service": "AppStream", "error": false}
	if diff := cmp.Diff(wantProps, op.props); diff != "" || op.kind != tracing.SpanKindClient || op.status != tracing.SpanStatusOK {
		t.Errorf("operation span: kind %v, status %v, properties (-want +got):\n%s", op.kind, op.status, diff)
	}
	var lastAttempt *recordedSpan
	for _, s := range tracer.spans {
		if s.name == "Attempt" {
			lastAttempt = s
		}
	}
	if got := lastAttempt.props["aws.request_id"]; got != "req-b" || lastAttempt.props["operation.attempt"] != 2 {
		t.Errorf("second Attempt's properties %v", lastAttempt.props)
	}
	wantMetrics := map[string]int{
		"client.call.duration AppStream/StopFleet":                       1,
		"client.call.serialization_duration AppStream/StopFleet":         1,
		"client.call.attempts AppStream/StopFleet":                       2,
		"client.call.errors AppStream/StopFleet":                         1,
		"client.call.attempt_duration AppStream/StopFleet":               2,
		"client.call.auth.resolve_identity_duration AppStream/StopFleet": 2,
		"client.call.resolve_endpoint_duration AppStream/StopFleet":      2,
		"client.call.auth.signing_duration AppStream/StopFleet":          2,
		"client.call.deserialization_duration AppStream/StopFleet":       2,
	}
	got := map[string]int{}
	for k, v := range meter.recorded {
		if strings.HasPrefix(k, "client.call.") {
			got[k] = v
		}
	}
	if diff := cmp.Diff(wantMetrics, got); diff != "" {
		t.Errorf("metrics (-want +got):\n%s\nall: %v", diff, sortedKeys(meter.recorded))
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Once a 2xx arrived, the request is not sent again, even when a Deserialize
// middleware of the user's turns the response into a retryable error.
func TestNoResendAfter2xxThroughTheStack(t *testing.T) {
	f, client := newFakeService(t, ok(`{"Fleets":[]}`), appstream.WithAPIOptions(func(s *middleware.Stack) error {
		return s.Deserialize.Add(middleware.DeserializeMiddlewareFunc("failAfterResponse",
			func(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
				out, md, err := next.HandleDeserialize(ctx, in)
				if err == nil {
					err = &smithyhttp.RequestSendError{Err: errors.New("made up after the response")}
				}
				return out, md, err
			}), middleware.After)
	}))
	_, err := client.DeleteFleet(context.Background(), &appstream.DeleteFleetInput{Name: aws.String("f")})
	if err == nil || !strings.Contains(err.Error(), "made up after the response") {
		t.Errorf("error %v, want the middleware's", err)
	}
	if f.count() != 1 {
		t.Errorf("%d requests, want 1", f.count())
	}
}

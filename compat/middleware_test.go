package compat

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	official "github.com/aws/aws-sdk-go-v2/service/appstream"
	otypes "github.com/aws/aws-sdk-go-v2/service/appstream/types"
	"github.com/aws/smithy-go/metrics"
	"github.com/aws/smithy-go/middleware"
	"github.com/aws/smithy-go/tracing"
	"github.com/google/go-cmp/cmp"
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-sdk-go-v2/otelaws"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	ours "github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// A scenario is a call and the answers of the service, the same for both
// clients.
type scenario struct {
	name    string
	answers []answer // one per request; the last repeats
	// stub answers the call in the Finalize step, without a request.
	stub bool
	// op is DescribeFleets or DeleteFleet.
	op string
}

type answer struct {
	status int
	body   string
}

var middlewareScenarios = []scenario{
	{name: "success", op: "DescribeFleets", answers: []answer{{200, `{"Fleets":[{"Name":"f","State":"RUNNING"}]}`}}},
	{name: "modeled error", op: "DeleteFleet", answers: []answer{{400, `{"__type":"ResourceNotFoundException","message":"no fleet f"}`}}},
	{name: "unmodeled error", op: "DescribeFleets", answers: []answer{{403, `{"__type":"AccessDeniedException","message":"no"}`}}},
	{name: "retried then success", op: "DeleteFleet", answers: []answer{{503, `{"__type":"ServiceUnavailable"}`}, {500, `{"__type":"InternalFailure"}`}, {200, `{}`}}},
	{name: "retries exhausted", op: "DescribeFleets", answers: []answer{{503, `{"__type":"ServiceUnavailable","message":"busy"}`}}},
	{name: "stub", op: "DescribeFleets", stub: true},
}

// serve answers the scenario's requests in order, with request IDs req-1...
func serve(t *testing.T, sc scenario) (*httptest.Server, *atomic.Int32) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		a := sc.answers[min(i, len(sc.answers)-1)]
		w.Header().Set("X-Amzn-RequestId", fmt.Sprintf("req-%d", i+1))
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.WriteHeader(a.status)
		fmt.Fprint(w, a.body)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

// stubMiddleware answers with output in the Finalize step.
func stubMiddleware(output any) func(*middleware.Stack) error {
	return func(s *middleware.Stack) error {
		return s.Finalize.Add(middleware.FinalizeMiddlewareFunc("stub", func(context.Context, middleware.FinalizeInput, middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
			return middleware.FinalizeOutput{Result: output}, middleware.Metadata{}, nil
		}), middleware.Before)
	}
}

type noWaitRetryer struct{ aws.Retryer }

func (noWaitRetryer) RetryDelay(int, error) (time.Duration, error) { return 0, nil }

// runOfficial and runOurs make the scenario's call with apiOptions, and
// tracing and meters set by opts.
func runOfficial(t *testing.T, sc scenario, apiOptions []func(*middleware.Stack) error, opts func(*official.Options)) (requests int32, err error) {
	srv, n := serve(t, sc)
	if sc.stub {
		apiOptions = append(apiOptions, stubMiddleware(&official.DescribeFleetsOutput{Fleets: []otypes.Fleet{{Name: aws.String("stubbed")}}}))
	}
	c := official.New(official.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials, APIOptions: apiOptions}, func(o *official.Options) {
		o.Retryer = noWaitRetryer{o.Retryer}
		if opts != nil {
			opts(o)
		}
	})
	switch sc.op {
	case "DeleteFleet":
		_, err = c.DeleteFleet(context.Background(), &official.DeleteFleetInput{Name: aws.String("f")})
	default:
		_, err = c.DescribeFleets(context.Background(), &official.DescribeFleetsInput{Names: []string{"f"}})
	}
	return n.Load(), err
}

func runOurs(t *testing.T, sc scenario, apiOptions []func(*middleware.Stack) error, opts func(*ours.Options)) (requests int32, err error) {
	srv, n := serve(t, sc)
	if sc.stub {
		apiOptions = append(apiOptions, stubMiddleware(&ours.DescribeFleetsOutput{Fleets: []types.Fleet{{Name: aws.String("stubbed")}}}))
	}
	c := ours.New(ours.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials, APIOptions: apiOptions}, func(o *ours.Options) {
		o.Retryer = noWaitRetryer{o.Retryer}
		if opts != nil {
			opts(o)
		}
	})
	switch sc.op {
	case "DeleteFleet":
		_, err = c.DeleteFleet(context.Background(), &ours.DeleteFleetInput{Name: aws.String("f")})
	default:
		_, err = c.DescribeFleets(context.Background(), &ours.DescribeFleetsInput{Names: []string{"f"}})
	}
	return n.Load(), err
}

// otelSpan is what a span says, less its times and IDs.
type otelSpan struct {
	Name, Kind, Status, Description string
	Attributes                      map[string]string
	Parent                          bool
}

func otelSpans(rec *tracetest.SpanRecorder) []otelSpan {
	var out []otelSpan
	for _, s := range rec.Ended() {
		a := map[string]string{}
		for _, kv := range s.Attributes() {
			a[string(kv.Key)] = kv.Value.Emit()
		}
		out = append(out, otelSpan{Name: s.Name(), Kind: s.SpanKind().String(), Status: s.Status().Code.String(),
			Description: s.Status().Description, Attributes: a, Parent: s.Parent().IsValid()})
	}
	return out
}

// OpenTelemetry's otelaws, in APIOptions, gives the same spans for both
// clients: name, kind, status, attributes, one span per call.
func TestOtelawsSpansMatchOfficial(t *testing.T) {
	for _, sc := range middlewareScenarios {
		t.Run(sc.name, func(t *testing.T) {
			officialRec, oursRec := tracetest.NewSpanRecorder(), tracetest.NewSpanRecorder()
			var officialAPI, oursAPI []func(*middleware.Stack) error
			otelaws.AppendMiddlewares(&officialAPI, otelaws.WithTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(officialRec))))
			otelaws.AppendMiddlewares(&oursAPI, otelaws.WithTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(oursRec))))
			officialN, officialErr := runOfficial(t, sc, officialAPI, nil)
			oursN, oursErr := runOurs(t, sc, oursAPI, nil)
			if officialN != oursN || (officialErr == nil) != (oursErr == nil) {
				t.Errorf("official: %d requests, error %v; ours: %d requests, error %v", officialN, officialErr, oursN, oursErr)
			}
			want, got := otelSpans(officialRec), otelSpans(oursRec)
			if len(got) != 1 {
				t.Errorf("%d spans, want 1", len(got))
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("spans (-official +ours):\n%s", diff)
			}
		})
	}
}

// smithyTracer records smithy-go tracing spans as "parent > name" paths with
// their property keys (and the values that do not vary from run to run).
type smithyTracer struct {
	mu    sync.Mutex
	spans []*smithySpan
}

type smithySpan struct {
	t      *smithyTracer
	name   string
	parent *smithySpan
	kind   tracing.SpanKind
	status tracing.SpanStatus
	props  map[string]string
}

func (t *smithyTracer) Tracer(string, ...tracing.TracerOption) tracing.Tracer { return t }

func (t *smithyTracer) StartSpan(ctx context.Context, name string, opts ...tracing.SpanOption) (context.Context, tracing.Span) {
	var o tracing.SpanOptions
	for _, fn := range opts {
		fn(&o)
	}
	s := &smithySpan{t: t, name: name, kind: o.Kind, props: map[string]string{}}
	for _, k := range []string{"rpc.system", "rpc.method", "rpc.service", "operation.attempt"} {
		if v := o.Properties.Get(k); v != nil {
			s.props[k] = fmt.Sprint(v)
		}
	}
	if p, ok := tracing.GetSpan(ctx); ok {
		s.parent, _ = p.(*smithySpan)
	}
	t.mu.Lock()
	t.spans = append(t.spans, s)
	t.mu.Unlock()
	return tracing.WithSpan(ctx, s), s
}

func (s *smithySpan) Name() string                            { return s.name }
func (s *smithySpan) Context() tracing.SpanContext            { return tracing.SpanContext{} }
func (s *smithySpan) AddEvent(string, ...tracing.EventOption) {}
func (s *smithySpan) SetStatus(st tracing.SpanStatus)         { s.status = st }
func (s *smithySpan) End()                                    {}
func (s *smithySpan) SetProperty(k, v any) {
	s.t.mu.Lock()
	defer s.t.mu.Unlock()
	key := fmt.Sprint(k)
	switch key {
	case "client.call.resolved_endpoint":
		v = "<varies>" // the test server's address
	case "net.peer.host", "net.peer.name", "net.peer.port":
		// Set when a new connection is made. After an error response the
		// official client closes the body unread, so its next attempt makes
		// a new connection; ours drains the body and reuses the connection.
		return
	}
	s.props[key] = fmt.Sprint(v)
}

func (t *smithyTracer) lines() []string {
	var out []string
	for _, s := range t.spans {
		path := s.name
		for p := s.parent; p != nil; p = p.parent {
			path = p.name + " > " + path
		}
		keys := make([]string, 0, len(s.props))
		for k, v := range s.props {
			keys = append(keys, k+"="+v)
		}
		sort.Strings(keys)
		out = append(out, fmt.Sprintf("%s [kind %d status %d] %s", path, s.kind, s.status, strings.Join(keys, " ")))
	}
	return out
}

// A TracerProvider gets the same smithy-go spans from both clients: names,
// nesting, kinds, status and properties.
func TestTracerProviderSpansMatchOfficial(t *testing.T) {
	for _, sc := range middlewareScenarios {
		t.Run(sc.name, func(t *testing.T) {
			officialT, oursT := &smithyTracer{}, &smithyTracer{}
			runOfficial(t, sc, nil, func(o *official.Options) { o.TracerProvider = officialT })
			runOurs(t, sc, nil, func(o *ours.Options) { o.TracerProvider = oursT })
			if diff := cmp.Diff(officialT.lines(), oursT.lines()); diff != "" {
				t.Errorf("spans (-official +ours):\n%s", diff)
			}
		})
	}
}

// smithyMeter counts the metrics recorded, by name and properties.
type smithyMeter struct {
	metrics.NopMeter
	mu     sync.Mutex
	counts map[string]int
}

func (m *smithyMeter) Meter(string, ...metrics.MeterOption) metrics.Meter { return m }

func (m *smithyMeter) record(name string, opts []metrics.RecordMetricOption) {
	var o metrics.RecordMetricOptions
	for _, fn := range opts {
		fn(&o)
	}
	var props []string
	for _, k := range []string{"rpc.service", "rpc.method", "auth.scheme_id", "exception.type"} {
		if v := o.Properties.Get(k); v != nil {
			props = append(props, fmt.Sprintf("%s=%v", k, v))
		}
	}
	if strings.HasPrefix(name, "client.http.connections.") {
		// See net.peer.host in smithySpan.SetProperty: the official client
		// makes more connections.
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.counts[name+" "+strings.Join(props, " ")]++
}

type smithyInstrument struct {
	m    *smithyMeter
	name string
}

func (i smithyInstrument) Add(_ context.Context, _ int64, opts ...metrics.RecordMetricOption) {
	i.m.record(i.name, opts)
}

func (i smithyInstrument) Record(_ context.Context, _ float64, opts ...metrics.RecordMetricOption) {
	i.m.record(i.name, opts)
}

func (m *smithyMeter) Int64Counter(name string, _ ...metrics.InstrumentOption) (metrics.Int64Counter, error) {
	return smithyInstrument{m, name}, nil
}

func (m *smithyMeter) Int64UpDownCounter(name string, _ ...metrics.InstrumentOption) (metrics.Int64UpDownCounter, error) {
	return smithyInstrument{m, name}, nil
}

func (m *smithyMeter) Float64Histogram(name string, _ ...metrics.InstrumentOption) (metrics.Float64Histogram, error) {
	return smithyInstrument{m, name}, nil
}

// A MeterProvider gets the same metrics from both clients, the same number
// of times, with the same properties.
func TestMeterProviderMetricsMatchOfficial(t *testing.T) {
	for _, sc := range middlewareScenarios {
		t.Run(sc.name, func(t *testing.T) {
			officialM, oursM := &smithyMeter{counts: map[string]int{}}, &smithyMeter{counts: map[string]int{}}
			runOfficial(t, sc, nil, func(o *official.Options) { o.MeterProvider = officialM })
			runOurs(t, sc, nil, func(o *ours.Options) { o.MeterProvider = oursM })
			if diff := cmp.Diff(officialM.counts, oursM.counts); diff != "" {
				t.Errorf("metrics (-official +ours):\n%s", diff)
			}
		})
	}
}

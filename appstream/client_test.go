package appstream_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/logging"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// TestNothingSentOnBadInput checks that what can be known wrong before
// sending is reported without a request.
func TestNothingSentOnBadInput(t *testing.T) {
	cases := map[string]struct {
		opts    func(*appstream.Options)
		call    call
		wantErr string
	}{
		"CreateFleet without Name and InstanceType": {nil, createFleet(&appstream.CreateFleetInput{}),
			"operation error AppStream: CreateFleet, 2 validation error(s) found.\n- missing required field, CreateFleetInput.Name.\n- missing required field, CreateFleetInput.InstanceType.\n"},
		"CreateFleet nil input": {nil, createFleet(nil), "missing required field, CreateFleetInput.Name."},
		"CreateFleet S3Location without bucket": {nil, createFleet(&appstream.CreateFleetInput{Name: aws.String("f"), InstanceType: aws.String("t"), SessionScriptS3Location: &types.S3Location{S3Key: aws.String("k")}}),
			"1 validation error(s) found.\n- missing required field, CreateFleetInput.SessionScriptS3Location.S3Bucket.\n"},
		"UpdateFleet without Name": {nil, updateFleet(&appstream.UpdateFleetInput{DisplayName: aws.String("x")}), "missing required field, UpdateFleetInput.Name."},
		"UpdateFleet S3Location without bucket": {nil, updateFleet(&appstream.UpdateFleetInput{Name: aws.String("f"), SessionScriptS3Location: &types.S3Location{}}),
			"missing required field, UpdateFleetInput.SessionScriptS3Location.S3Bucket."},
		"DescribeSessions without stack and fleet": {nil, describeSessions(&appstream.DescribeSessionsInput{UserId: aws.String("u")}),
			"2 validation error(s) found.\n- missing required field, DescribeSessionsInput.StackName.\n- missing required field, DescribeSessionsInput.FleetName.\n"},
		"StartFleet without Name":  {nil, startFleet(nil), "missing required field, StartFleetInput.Name."},
		"StopFleet without Name":   {nil, stopFleet(&appstream.StopFleetInput{}), "missing required field, StopFleetInput.Name."},
		"DeleteFleet without Name": {nil, deleteFleet(nil), "missing required field, DeleteFleetInput.Name."},
		"nil credentials": {func(o *appstream.Options) { o.Credentials = nil }, describeFleets(nil),
			"operation error AppStream: DescribeFleets, no credentials: set Options.Credentials (config.LoadDefaultConfig finds them), or aws.AnonymousCredentials{} to send unsigned requests"},
		"failing credentials": {func(o *appstream.Options) {
			o.Credentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
				return aws.Credentials{}, errors.New("no profile named dev")
			})
		}, describeFleets(nil), "retrieving credentials: no profile named dev"},
		"empty credentials": {func(o *appstream.Options) {
			o.Credentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) { return aws.Credentials{Source: "env"}, nil })
		}, describeFleets(nil), `the credentials from "env" have no access key ID or no secret access key`},
		"no region":          {func(o *appstream.Options) { o.Region = "" }, describeFleets(nil), "no region is set"},
		"region with a host": {func(o *appstream.Options) { o.Region = "us-east-1.evil.com" }, describeFleets(nil), `region "us-east-1.evil.com" is not a valid region name`},
		"FIPS with a custom endpoint": {func(o *appstream.Options) { o.EndpointOptions.UseFIPSEndpoint = aws.FIPSEndpointStateEnabled }, describeFleets(nil),
			"FIPS endpoints and a custom endpoint (BaseEndpoint) cannot be used together"},
		"relative endpoint": {func(o *appstream.Options) { o.BaseEndpoint = aws.String("localhost:4599") }, describeFleets(nil), "is not an absolute http or https URL"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			opts := []func(*appstream.Options){}
			if tc.opts != nil {
				opts = append(opts, tc.opts)
			}
			f, client := newFakeService(t, ok(`{}`), opts...)
			err := tc.call(context.Background(), client)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("error %q, want one containing %q", err, tc.wantErr)
			}
			var oe *smithy.OperationError
			if !errors.As(err, &oe) {
				t.Errorf("error %T is not a *smithy.OperationError", err)
			}
			if strings.Contains(tc.wantErr, "missing required field") {
				var ip smithy.InvalidParamsError
				if !errors.As(err, &ip) {
					t.Errorf("error %T is not a smithy.InvalidParamsError", err)
				}
			}
			if f.count() != 0 {
				t.Errorf("%d requests sent, want none", f.count())
			}
		})
	}
}

func TestValidationErrorType(t *testing.T) {
	_, client := newFakeService(t, ok(`{}`))
	_, err := client.CreateFleet(context.Background(), nil)
	var ip smithy.InvalidParamsError
	if !errors.As(err, &ip) || len(ip.Errs()) != 2 {
		t.Fatalf("error %v, want a smithy.InvalidParamsError naming 2 members", err)
	}
}

func TestAnonymousCredentialsSendUnsigned(t *testing.T) {
	f, client := newFakeService(t, ok(`{}`), func(o *appstream.Options) { o.Credentials = aws.AnonymousCredentials{} })
	if _, err := client.DescribeFleets(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"Authorization", "X-Amz-Date", "X-Amz-Security-Token"} {
		if v := f.request(t, 0).Header.Get(h); v != "" {
			t.Errorf("%s: %q, want none", h, v)
		}
	}
}

// TestPerCallOptions checks that per-call options apply to the call only.
func TestPerCallOptions(t *testing.T) {
	f, client := newFakeService(t, ok(`{}`))
	before := client.Options()
	if _, err := client.DescribeFleets(context.Background(), nil, func(o *appstream.Options) {
		o.Region = "eu-west-1"
		o.AppID = "report-job"
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.DescribeFleets(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	first, second := f.request(t, 0), f.request(t, 1)
	if !strings.Contains(first.Header.Get("Authorization"), "/eu-west-1/appstream/") || !strings.HasSuffix(first.Header.Get("User-Agent"), " app/report-job") {
		t.Errorf("per-call options not applied: %q, %q", first.Header.Get("Authorization"), first.Header.Get("User-Agent"))
	}
	if !strings.Contains(second.Header.Get("Authorization"), "/us-east-1/appstream/") || strings.Contains(second.Header.Get("User-Agent"), "app/") {
		t.Errorf("per-call options leaked into the next call: %q", second.Header.Get("Authorization"))
	}
	after := client.Options()
	if before.Region != after.Region || before.AppID != after.AppID {
		t.Errorf("client options changed: %+v", after)
	}
}

func TestNewFromConfig(t *testing.T) {
	f, client := newFakeService(t, ok(`{}`))
	base := aws.ToString(client.Options().BaseEndpoint)
	cases := map[string]struct {
		env     map[string]string
		cfg     aws.Config
		wantURL string
	}{
		"config endpoint":             {nil, aws.Config{BaseEndpoint: aws.String(base)}, base},
		"service env wins":            {map[string]string{"AWS_ENDPOINT_URL_APPSTREAM": base}, aws.Config{BaseEndpoint: aws.String("http://127.0.0.1:1/other")}, base},
		"global env":                  {map[string]string{"AWS_ENDPOINT_URL": base}, aws.Config{}, base},
		"config wins over global env": {map[string]string{"AWS_ENDPOINT_URL": "http://127.0.0.1:1/"}, aws.Config{BaseEndpoint: aws.String(base)}, base},
		"ignored": {map[string]string{"AWS_ENDPOINT_URL_APPSTREAM": "http://127.0.0.1:1/", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"},
			aws.Config{BaseEndpoint: aws.String(base)}, base},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Setenv("AWS_ENDPOINT_URL_APPSTREAM", "")
			t.Setenv("AWS_ENDPOINT_URL", "")
			t.Setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "")
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			cfg := tc.cfg
			cfg.Region, cfg.Credentials = "us-east-1", testCredentials
			client := appstream.NewFromConfig(cfg)
			if got := aws.ToString(client.Options().BaseEndpoint); got != tc.wantURL {
				t.Errorf("BaseEndpoint %q, want %q", got, tc.wantURL)
			}
		})
	}
	t.Run("service options and option functions", func(t *testing.T) {
		var sawService string
		cfg := aws.Config{Region: "us-east-1", Credentials: testCredentials, BaseEndpoint: aws.String(base), AppID: "cfg-app",
			RetryMaxAttempts: 7,
			ServiceOptions: []func(string, any){func(id string, o any) {
				sawService = id
				o.(*appstream.Options).AppID = "from-service-options"
			}}}
		client := appstream.NewFromConfig(cfg, func(o *appstream.Options) { o.Region = "eu-west-1" })
		if sawService != "AppStream" || client.Options().AppID != "from-service-options" || client.Options().Region != "eu-west-1" || client.Options().RetryMaxAttempts != 7 {
			t.Errorf("service %q, options %+v", sawService, client.Options())
		}
		if _, err := client.DescribeFleets(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
		if r := f.request(t, f.count()-1); !strings.Contains(r.Header.Get("Authorization"), "/eu-west-1/") {
			t.Errorf("Authorization %q", r.Header.Get("Authorization"))
		}
	})
}

// captureLogger keeps what is logged.
type captureLogger struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (l *captureLogger) Logf(_ logging.Classification, format string, v ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(&l.buf, format+"\n", v...)
}

// TestLogsAndErrorsKeepSecrets logs everything there is to log through a
// failing and retried call and checks that no secret appears in the logs or
// the error.
func TestLogsAndErrorsKeepSecrets(t *testing.T) {
	logger := &captureLogger{}
	f, client := newFakeService(t, func(n int, _ recorded) reply {
		if n == 0 {
			return reply{status: 500, body: `{"__type":"InternalFailure","message":"try again"}`}
		}
		return reply{status: 400, body: `{"__type":"InvalidSignatureException","message":"The request signature we calculated does not match"}`}
	}, func(o *appstream.Options) {
		o.Logger = logger
		o.ClientLogMode = aws.LogRetries | aws.LogSigning | aws.LogRequestWithBody | aws.LogResponseWithBody
	})
	_, err := client.CreateFleet(context.Background(), createFleetAll)
	if err == nil {
		t.Fatal("no error")
	}
	logs := logger.buf.String()
	signature := f.request(t, 0).Header.Get("Authorization")
	signature = signature[strings.Index(signature, "Signature=")+len("Signature="):]
	for _, secret := range []string{testSecret, testToken, signature} {
		if strings.Contains(logs, secret) || strings.Contains(err.Error(), secret) {
			t.Errorf("secret %q appears in the logs or the error", secret)
		}
	}
	for _, want := range []string{"Signature=REDACTED", "X-Amz-Security-Token: REDACTED", "attempt 1 failed, retrying", `"Name":"training"`,
		"HTTP/1.1 500 Internal Server Error", "signed headers amz-sdk-invocation-id;amz-sdk-request;content-length;content-type;host;x-amz-date;x-amz-security-token;x-amz-target"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
}

// TestConcurrentCalls shares one client between goroutines (run with -race).
func TestConcurrentCalls(t *testing.T) {
	f, client := newFakeService(t, func(_ int, r recorded) reply {
		return reply{body: `{"Fleets":[{"Name":"f"}]}`}
	})
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			region := "us-east-1"
			if i%2 == 0 {
				region = "eu-west-1"
			}
			out, err := client.DescribeFleets(context.Background(), &appstream.DescribeFleetsInput{Names: []string{"f"}},
				func(o *appstream.Options) { o.Region = region })
			if err == nil && aws.ToString(out.Fleets[0].Name) != "f" {
				err = fmt.Errorf("fleet %v", out.Fleets)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if f.count() != 64 {
		t.Errorf("%d requests, want 64", f.count())
	}
}

// TestClockSkewIsCorrected plays a service whose clock is 20 minutes ahead:
// it refuses the first request as expired and says its time in the Date
// header; the client learns the offset, retries at once and signs later
// calls with the corrected time.
func TestClockSkewIsCorrected(t *testing.T) {
	skew := 20 * time.Minute
	f, client := newFakeService(t, func(_ int, r recorded) reply {
		serverNow := time.Now().Add(skew)
		date := serverNow.UTC().Format(http.TimeFormat)
		signed, _ := time.Parse("20060102T150405Z", r.Header.Get("X-Amz-Date"))
		if d := serverNow.Sub(signed); d > 5*time.Minute || d < -5*time.Minute {
			return reply{status: 403, header: map[string]string{"Date": date},
				body: `{"__type":"InvalidSignatureException","message":"Signature expired"}`}
		}
		return reply{header: map[string]string{"Date": date}, body: `{}`}
	})
	if _, err := client.DescribeFleets(context.Background(), nil); err != nil {
		t.Fatalf("first call: %v", err)
	}
	if _, err := client.DescribeFleets(context.Background(), nil); err != nil {
		t.Fatalf("second call: %v", err)
	}
	if diff := cmp.Diff(3, f.count()); diff != "" {
		t.Errorf("requests (-want +got): %s (one refused, two accepted)", diff)
	}
}

// An option function that clears a field gets the default back, instead of
// a call that panics.
func TestClearedOptionsGetDefaults(t *testing.T) {
	f, client := newFakeService(t, ok(`{}`), func(o *appstream.Options) { o.Logger = nil })
	clear := func(o *appstream.Options) { o.Retryer, o.HTTPClient, o.Logger = nil, nil, nil }
	if _, err := client.DescribeFleets(context.Background(), nil, clear); err != nil {
		t.Fatal(err)
	}
	if f.count() != 1 || client.Options().Logger == nil {
		t.Errorf("%d requests, logger %v", f.count(), client.Options().Logger)
	}
}

// configSource is what config.LoadDefaultConfig puts in aws.Config's
// ConfigSources (its environment and shared-file configurations).
type configSource struct {
	fips      aws.FIPSEndpointState
	dualStack aws.DualStackEndpointState
	endpoint  string
	ignore    bool
}

func (s configSource) GetUseFIPSEndpoint(context.Context) (aws.FIPSEndpointState, bool, error) {
	return s.fips, s.fips != aws.FIPSEndpointStateUnset, nil
}

func (s configSource) GetUseDualStackEndpoint(context.Context) (aws.DualStackEndpointState, bool, error) {
	return s.dualStack, s.dualStack != aws.DualStackEndpointStateUnset, nil
}

func (s configSource) GetServiceBaseEndpoint(_ context.Context, sdkID string) (string, bool, error) {
	if sdkID != "AppStream" {
		return "", false, fmt.Errorf("asked for %q", sdkID)
	}
	return s.endpoint, s.endpoint != "", nil
}

func (s configSource) GetIgnoreConfiguredEndpoints(context.Context) (bool, bool, error) {
	return s.ignore, s.ignore, nil
}

func TestNewFromConfigSources(t *testing.T) {
	t.Setenv("AWS_ENDPOINT_URL_APPSTREAM", "")
	t.Setenv("AWS_ENDPOINT_URL", "")
	cases := map[string]struct {
		sources      []any
		baseEndpoint *string
		want         appstream.EndpointResolverOptions
		wantEndpoint string
	}{
		"fips and dual-stack": {[]any{configSource{fips: aws.FIPSEndpointStateEnabled, dualStack: aws.DualStackEndpointStateEnabled}}, nil,
			appstream.EndpointResolverOptions{UseFIPSEndpoint: aws.FIPSEndpointStateEnabled, UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}, ""},
		"the first source that knows wins": {[]any{"not a source", configSource{fips: aws.FIPSEndpointStateDisabled}, configSource{fips: aws.FIPSEndpointStateEnabled}}, nil,
			appstream.EndpointResolverOptions{UseFIPSEndpoint: aws.FIPSEndpointStateDisabled}, ""},
		"service endpoint wins over the config's": {[]any{configSource{endpoint: "http://svc.example"}}, aws.String("http://cfg.example"),
			appstream.EndpointResolverOptions{}, "http://svc.example"},
		"ignored endpoints": {[]any{configSource{endpoint: "http://svc.example", ignore: true}}, aws.String("http://cfg.example"),
			appstream.EndpointResolverOptions{}, "http://cfg.example"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			client := appstream.NewFromConfig(aws.Config{Region: "us-east-1", Credentials: testCredentials, ConfigSources: tc.sources, BaseEndpoint: tc.baseEndpoint})
			o := client.Options()
			if diff := cmp.Diff(tc.want, o.EndpointOptions); diff != "" {
				t.Errorf("endpoint options (-want +got):\n%s", diff)
			}
			if got := aws.ToString(o.BaseEndpoint); got != tc.wantEndpoint {
				t.Errorf("BaseEndpoint %q, want %q", got, tc.wantEndpoint)
			}
		})
	}
}

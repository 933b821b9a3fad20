package appstream_test

//lint:file-ignore SA1019 the deprecated EndpointResolver is refused, which TestUnsupportedOptions tests

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go"
	smithyauth "github.com/aws/smithy-go/auth"
	smithyendpoints "github.com/aws/smithy-go/endpoints"
	smithyhttp "github.com/aws/smithy-go/transport/http"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/internal/benchpages"
)

// wrappingResolver wraps the default EndpointResolverV2, as users do: it
// records the parameters of each attempt, and edit changes the default's
// endpoint (or fails).
type wrappingResolver struct {
	mu     sync.Mutex
	params []appstream.EndpointParameters
	// defaults are the endpoints the default resolver gave.
	defaults []string
	edit     func(*smithyendpoints.Endpoint) error
}

func (r *wrappingResolver) ResolveEndpoint(ctx context.Context, p appstream.EndpointParameters) (smithyendpoints.Endpoint, error) {
	r.mu.Lock()
	r.params = append(r.params, p)
	r.mu.Unlock()
	ep, err := appstream.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, p)
	if err != nil {
		return ep, err
	}
	r.mu.Lock()
	r.defaults = append(r.defaults, ep.URI.String())
	r.mu.Unlock()
	if r.edit != nil {
		err = r.edit(&ep)
	}
	return ep, err
}

// sendTo returns an edit that sends the requests to rawURL.
func sendTo(rawURL string) func(*smithyendpoints.Endpoint) error {
	return func(ep *smithyendpoints.Endpoint) error {
		u, err := url.Parse(rawURL)
		ep.URI = *u
		return err
	}
}

// signWith returns endpoint properties with one SigV4 auth option.
func signWith(name, region string) smithy.Properties {
	var signer, props smithy.Properties
	if name != "" {
		smithyhttp.SetSigV4SigningName(&signer, name)
	}
	if region != "" {
		smithyhttp.SetSigV4SigningRegion(&signer, region)
	}
	smithyauth.SetAuthOptions(&props, []*smithyauth.Option{{SchemeID: smithyauth.SchemeIDSigV4, SignerProperties: signer}})
	return props
}

// signedBy returns an edit that gives the endpoint one SigV4 auth option
// with name and region (when not empty).
func signedBy(name, region string) func(string) func(*smithyendpoints.Endpoint) error {
	return func(string) func(*smithyendpoints.Endpoint) error {
		return func(ep *smithyendpoints.Endpoint) error {
			ep.Properties = signWith(name, region)
			return nil
		}
	}
}

// scope returns the region and service of the request's credential scope.
func scope(r recorded) string {
	_, cred, _ := strings.Cut(r.Header.Get("Authorization"), "Credential=")
	parts := strings.Split(cred, "/")
	if len(parts) < 4 {
		return "unsigned"
	}
	return parts[2] + "/" + parts[3]
}

func params(region string, fips, dualStack bool, endpoint *string) appstream.EndpointParameters {
	p := appstream.EndpointParameters{UseFIPS: aws.Bool(fips), UseDualStack: aws.Bool(dualStack), Endpoint: endpoint}
	if region != "" {
		p.Region = aws.String(region)
	}
	return p
}

// TestEndpointResolverV2 sends calls through resolvers that wrap the default
// one, and checks the parameters they get, where the requests go, what
// headers they carry and how they are signed.
func TestEndpointResolverV2(t *testing.T) {
	cases := map[string]struct {
		opts func(o *appstream.Options, base string)
		// edit gets the URL of the fake service.
		edit func(base string) func(*smithyendpoints.Endpoint) error
		// wantParams and wantDefault (where BASE is the BaseEndpoint) are,
		// when not set, the parameters of the client's BaseEndpoint in
		// us-east-1, and BaseEndpoint.
		wantParams    func(base string) appstream.EndpointParameters
		wantDefault   string
		wantScope     string
		wantHeader    string
		wantForwarded string
	}{
		"BaseEndpoint is the Endpoint parameter": {
			opts:      func(*appstream.Options, string) {},
			wantScope: "us-east-1/appstream",
		},
		"FIPS pseudo-region": {
			opts:        func(o *appstream.Options, _ string) { o.Region, o.BaseEndpoint = "fips-us-gov-west-1", nil },
			edit:        sendTo,
			wantParams:  func(string) appstream.EndpointParameters { return params("us-gov-west-1", true, false, nil) },
			wantDefault: "https://appstream2-fips.us-gov-west-1.amazonaws.com",
			wantScope:   "us-gov-west-1/appstream",
		},
		"FIPS and dual-stack": {
			opts: func(o *appstream.Options, _ string) {
				o.Region, o.BaseEndpoint = "cn-north-1", nil
				o.EndpointOptions.UseFIPSEndpoint = aws.FIPSEndpointStateEnabled
				o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled
			},
			edit:        sendTo,
			wantParams:  func(string) appstream.EndpointParameters { return params("cn-north-1", true, true, nil) },
			wantDefault: "https://appstream2-fips.cn-north-1.api.amazonwebservices.com.cn",
			wantScope:   "cn-north-1/appstream",
		},
		"headers are sent and signed": {
			opts: func(*appstream.Options, string) {},
			edit: func(string) func(*smithyendpoints.Endpoint) error {
				return func(ep *smithyendpoints.Endpoint) error {
					ep.Headers.Set("X-Endpoint-Header", "from the resolver")
					ep.Headers.Add("X-Endpoint-Header", "second value, dropped")
					ep.Headers.Set("X-Amz-Target", "replaced")
					return nil
				}
			},
			wantScope:  "us-east-1/appstream",
			wantHeader: "from the resolver",
		},
		"signing name and region of the endpoint": {
			opts:      func(*appstream.Options, string) {},
			edit:      signedBy("appstream-custom", "eu-central-2"),
			wantScope: "eu-central-2/appstream-custom",
		},
		"WithSigV4SigningRegion wins over the endpoint": {
			opts: func(o *appstream.Options, _ string) {
				appstream.WithSigV4SigningRegion("ap-south-2")(o)
			},
			edit:      signedBy("appstream-custom", "eu-central-2"),
			wantScope: "ap-south-2/appstream-custom",
		},
		"no region, the endpoint's signing region": {
			opts:        func(o *appstream.Options, _ string) { o.Region = "" },
			edit:        signedBy("", "sa-east-1"),
			wantParams:  func(base string) appstream.EndpointParameters { return params("", false, false, &base) },
			wantDefault: "BASE",
			wantScope:   "sa-east-1/appstream",
		},
		"DisableHTTPS applies to the resolved endpoint": {
			opts: func(o *appstream.Options, _ string) { o.BaseEndpoint, o.EndpointOptions.DisableHTTPS = nil, true },
			edit: func(base string) func(*smithyendpoints.Endpoint) error {
				return sendTo(strings.Replace(base, "http://", "https://", 1))
			},
			wantParams:  func(string) appstream.EndpointParameters { return params("us-east-1", false, false, nil) },
			wantDefault: "https://appstream2.us-east-1.amazonaws.com",
			wantScope:   "us-east-1/appstream",
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := &wrappingResolver{}
			var base string
			f, client := newFakeService(t, ok(`{"Fleets":[{"Name":"f1","Arn":"arn"}]}`), func(o *appstream.Options) {
				base = aws.ToString(o.BaseEndpoint)
				tc.opts(o, base)
				o.EndpointResolverV2 = r
			})
			if tc.edit != nil {
				r.edit = tc.edit(base)
			}
			out, err := client.DescribeFleets(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Fleets) != 1 {
				t.Errorf("decoded %d fleets, want 1", len(out.Fleets))
			}
			wantParams, wantDefault := params("us-east-1", false, false, &base), base
			if tc.wantParams != nil {
				wantParams, wantDefault = tc.wantParams(base), strings.Replace(tc.wantDefault, "BASE", base, 1)
			}
			if diff := cmp.Diff([]appstream.EndpointParameters{wantParams}, r.params); diff != "" {
				t.Errorf("parameters (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]string{wantDefault}, r.defaults); diff != "" {
				t.Errorf("default endpoints (-want +got):\n%s", diff)
			}
			req := f.request(t, 0)
			if req.Path != prefix {
				t.Errorf("path %q, want %q", req.Path, prefix)
			}
			if got := scope(req); got != tc.wantScope {
				t.Errorf("signed for %s, want %s", got, tc.wantScope)
			}
			if got := req.Header.Values("X-Endpoint-Header"); tc.wantHeader != "" && !cmp.Equal(got, []string{tc.wantHeader}) {
				t.Errorf("X-Endpoint-Header %q, want %q", got, tc.wantHeader)
			}
			if tc.wantHeader != "" {
				if got := req.Header.Get("X-Amz-Target"); got != "replaced" {
					t.Errorf("X-Amz-Target %q: the endpoint's headers replace the request's", got)
				}
				if !strings.Contains(req.Header.Get("Authorization"), "x-endpoint-header") {
					t.Errorf("X-Endpoint-Header is not signed: %s", req.Header.Get("Authorization"))
				}
			}
			if !strings.HasSuffix(scope(req), "/appstream-custom") {
				verifySignature(t, req)
			}
		})
	}
}

// TestEndpointResolverV2PerAttempt checks that the resolver runs for each
// attempt, as in the official client, and only for the calls it is set on.
func TestEndpointResolverV2PerAttempt(t *testing.T) {
	f, client := newFakeService(t, func(n int, _ recorded) reply {
		if n == 0 {
			return reply{status: http.StatusServiceUnavailable, body: `{"__type":"ServiceUnavailable"}`}
		}
		return reply{body: `{}`}
	})
	r := &wrappingResolver{}
	if _, err := client.DescribeFleets(context.Background(), nil, appstream.WithEndpointResolverV2(r)); err != nil {
		t.Fatal(err)
	}
	if _, err := client.DescribeFleets(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if len(r.params) != 2 || f.count() != 3 {
		t.Errorf("resolved %d times for %d requests, want 2 for 3 (two attempts, then a call without the resolver)", len(r.params), f.count())
	}
	if _, ok := client.Options().EndpointResolverV2.(*wrappingResolver); ok {
		t.Error("the per-call resolver stayed in the client's options")
	}
}

// TestEndpointResolverV2Errors checks that a resolver's error, or an
// endpoint the client refuses, fails the call before any request.
func TestEndpointResolverV2Errors(t *testing.T) {
	errResolver := errors.New("no endpoint for you")
	cases := map[string]struct {
		opts    func(*appstream.Options)
		edit    func(*smithyendpoints.Endpoint) error
		wantErr string
		wantIs  error
		// wantResolved is how many times the resolver runs.
		wantResolved int
	}{
		"the resolver's error": {
			edit:         func(*smithyendpoints.Endpoint) error { return errResolver },
			wantErr:      "failed to resolve service endpoint, no endpoint for you",
			wantIs:       errResolver,
			wantResolved: 1,
		},
		"the default resolver's error": {
			opts: func(o *appstream.Options) {
				o.EndpointOptions.UseFIPSEndpoint = aws.FIPSEndpointStateEnabled
			},
			wantErr:      "failed to resolve service endpoint, FIPS endpoints and a custom endpoint (BaseEndpoint) cannot be used together",
			wantResolved: 1,
		},
		"a query": {
			edit:         sendTo("https://appstream.example/?token=x"),
			wantErr:      `resolved endpoint "https://appstream.example/?token=x" must not have a query or fragment`,
			wantResolved: 1,
		},
		"user info": {
			edit:         sendTo("https://alice:secret@appstream.example/"),
			wantErr:      `resolved endpoint "https://REDACTED@appstream.example/" must not have user info`,
			wantResolved: 1,
		},
		"no host": {
			edit:         func(ep *smithyendpoints.Endpoint) error { ep.URI = url.URL{Path: "/x"}; return nil },
			wantErr:      `resolved endpoint "/x" is not an absolute http or https URL`,
			wantResolved: 1,
		},
		"no signing region": {
			opts:         func(o *appstream.Options) { o.Region = "" },
			wantErr:      "no region is set",
			wantResolved: 1,
		},
		"a region with dots": {
			opts:    func(o *appstream.Options) { o.Region = "us-east-1.example.com" },
			wantErr: `failed to bind endpoint params, region "us-east-1.example.com" is not a valid region name`,
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := &wrappingResolver{edit: tc.edit}
			f, client := newFakeService(t, ok(`{}`), func(o *appstream.Options) {
				if tc.opts != nil {
					tc.opts(o)
				}
				o.EndpointResolverV2 = r
			})
			_, err := client.DescribeFleets(context.Background(), nil)
			var opErr *smithy.OperationError
			if !errors.As(err, &opErr) || opErr.OperationName != "DescribeFleets" {
				t.Fatalf("error %v (%T), want a *smithy.OperationError of DescribeFleets", err, err)
			}
			if !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("error %q, want one containing %q", err, tc.wantErr)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("error %q shows the password", err)
			}
			if tc.wantIs != nil && !errors.Is(err, tc.wantIs) {
				t.Errorf("error %v does not wrap %v", err, tc.wantIs)
			}
			if len(r.params) != tc.wantResolved || f.count() != 0 {
				t.Errorf("resolved %d times, %d requests; want %d, none", len(r.params), f.count(), tc.wantResolved)
			}
		})
	}
}

// TestDefaultEndpointResolverV2 checks the resolver that Options has by
// default: wrapping it changes nothing, and a client made from another's
// options resolves as it does.
func TestDefaultEndpointResolverV2(t *testing.T) {
	f, client := newFakeService(t, ok(`{}`))
	def := client.Options().EndpointResolverV2
	if def == nil {
		t.Fatal("Options().EndpointResolverV2 is nil, want the default resolver")
	}
	again := appstream.New(client.Options())
	if _, err := again.DescribeFleets(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	ep, err := def.ResolveEndpoint(context.Background(), appstream.EndpointParameters{Region: aws.String("eu-west-1")})
	if err != nil {
		t.Fatal(err)
	}
	if got := ep.URI.String(); got != "https://appstream2.eu-west-1.amazonaws.com" || ep.Headers == nil {
		t.Errorf("default endpoint %s with headers %v, want https://appstream2.eu-west-1.amazonaws.com and an empty header map", got, ep.Headers)
	}
	if f.count() != 1 {
		t.Errorf("%d requests, want 1", f.count())
	}
	for name, p := range map[string]appstream.EndpointParameters{
		"WithDefaults":   appstream.EndpointParameters{}.WithDefaults(),
		"UseFIPS set":    {UseFIPS: aws.Bool(true), UseDualStack: aws.Bool(false)},
		"UseDualStack":   {UseFIPS: aws.Bool(false), UseDualStack: aws.Bool(true)},
		"both by caller": {UseFIPS: aws.Bool(true), UseDualStack: aws.Bool(true)},
	} {
		if err := p.ValidateRequired(); err != nil {
			t.Errorf("%s: ValidateRequired: %v", name, err)
		}
	}
	if err := (appstream.EndpointParameters{UseFIPS: aws.Bool(false)}).ValidateRequired(); err == nil || !strings.Contains(err.Error(), "UseDualStack is required") {
		t.Errorf("ValidateRequired without UseDualStack: %v", err)
	}
}

// TestUnsupportedOptions checks that the official settings this client
// does not support fail every call, naming the setting, before any request.
func TestUnsupportedOptions(t *testing.T) {
	v1 := appstream.EndpointResolverFromURL("http://localhost:4566")
	cases := map[string]struct {
		set     func(*appstream.Options)
		wantErr string
	}{
		"EndpointResolver": {
			set:     appstream.WithEndpointResolver(v1),
			wantErr: "Options.EndpointResolver: the deprecated EndpointResolver (v1) is not supported by this client: set BaseEndpoint",
		},
		"EndpointOptions.ResolvedRegion": {
			set:     func(o *appstream.Options) { o.EndpointOptions.ResolvedRegion = "us-west-2" },
			wantErr: "Options.EndpointOptions.Logger, LogDeprecated and ResolvedRegion serve the deprecated EndpointResolver (v1)",
		},
		"EndpointOptions.LogDeprecated": {
			set:     func(o *appstream.Options) { o.EndpointOptions.LogDeprecated = true },
			wantErr: "Options.EndpointOptions.Logger, LogDeprecated and ResolvedRegion",
		},
		"AuthSchemeResolver": {
			set: func(o *appstream.Options) {
				o.AuthSchemeResolver = authResolverFunc(func(context.Context, *appstream.AuthResolverParameters) ([]*smithyauth.Option, error) {
					return []*smithyauth.Option{{SchemeID: smithyauth.SchemeIDAnonymous}}, nil
				})
			},
			wantErr: "Options.AuthSchemeResolver is not supported by this client",
		},
		"AuthSchemes": {
			set:     func(o *appstream.Options) { o.AuthSchemes = []smithyhttp.AuthScheme{} },
			wantErr: "Options.AuthSchemes is not supported by this client",
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f, client := newFakeService(t, ok(`{}`), tc.set)
			_, err := client.DescribeFleets(context.Background(), nil)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("client: error %v, want one containing %q", err, tc.wantErr)
			}
			_, client = newFakeService(t, ok(`{}`))
			_, err = client.DescribeFleets(context.Background(), nil, tc.set)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("per call: error %v, want one containing %q", err, tc.wantErr)
			}
			if f.count() != 0 {
				t.Errorf("%d requests, want none", f.count())
			}
		})
	}
	if _, err := appstream.NewDefaultEndpointResolver().ResolveEndpoint("us-east-1", appstream.EndpointResolverOptions{}); err == nil || !strings.Contains(err.Error(), "EndpointResolverV2") {
		t.Errorf("NewDefaultEndpointResolver: %v, want an error that names EndpointResolverV2", err)
	}
	ep, err := v1.ResolveEndpoint("eu-west-1", appstream.EndpointResolverOptions{})
	if err != nil || ep.URL != "http://localhost:4566" || ep.SigningRegion != "eu-west-1" || ep.Source != aws.EndpointSourceCustom {
		t.Errorf("EndpointResolverFromURL: %+v, %v", ep, err)
	}
}

type authResolverFunc func(context.Context, *appstream.AuthResolverParameters) ([]*smithyauth.Option, error)

func (f authResolverFunc) ResolveAuthSchemes(ctx context.Context, p *appstream.AuthResolverParameters) ([]*smithyauth.Option, error) {
	return f(ctx, p)
}

// passThrough is a resolver of a user's that changes nothing.
type passThrough struct{ next appstream.EndpointResolverV2 }

func (p passThrough) ResolveEndpoint(ctx context.Context, params appstream.EndpointParameters) (smithyendpoints.Endpoint, error) {
	return p.next.ResolveEndpoint(ctx, params)
}

// BenchmarkEndpointResolverV2 is BenchmarkDescribeSessions with a resolver
// of a user's (one that wraps the default one), resolved for each attempt,
// next to the client's own endpoint, resolved once.
func BenchmarkEndpointResolverV2(b *testing.B) {
	url := benchpages.NewServer(b, 1).URL
	client := appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: testCredentials,
		EndpointResolverV2: passThrough{appstream.NewDefaultEndpointResolverV2()}})
	benchpages.RunCalls(b, false, oursDescribeSessions(url), benchpages.Call{Client: "ours-resolver", Do: func(b *testing.B) {
		out, err := client.DescribeSessions(context.Background(), benchInput)
		if err != nil || len(out.Sessions) != benchpages.PageSize {
			b.Error(err)
		}
	}})
}

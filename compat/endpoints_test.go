package compat

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	official "github.com/aws/aws-sdk-go-v2/service/appstream"
	"github.com/aws/smithy-go"
	smithyauth "github.com/aws/smithy-go/auth"
	smithyendpoints "github.com/aws/smithy-go/endpoints"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"
	"github.com/google/go-cmp/cmp"

	ours "github.com/appstreamkit/appstream-go/appstream"
)

// These tests compare the endpoints of the two clients: the default
// EndpointResolverV2 of each on a grid of parameters, then whole calls with
// resolvers of a user's, where both must send the same request to the same
// URL.

// epRegions are the regions of every partition (aws-sdk-go-v2's
// partitions.json), regions that only the partitions' patterns match, and
// names that no pattern matches.
var epRegions = []string{
	"af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
	"ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
	"ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "aws-global",
	"ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1",
	"eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1",
	"me-south-1", "me-west-1", "mx-central-1", "sa-east-1", "sa-west-1", "us-east-1", "us-east-2",
	"us-west-1", "us-west-2",
	"aws-cn-global", "cn-north-1", "cn-northwest-1",
	"eusc-de-east-1",
	"aws-iso-global", "us-iso-east-1", "us-iso-west-1",
	"aws-iso-b-global", "us-isob-east-1", "us-isob-west-1",
	"aws-iso-e-global", "eu-isoe-west-1",
	"aws-iso-f-global", "us-isof-east-1", "us-isof-south-1",
	"aws-us-gov-global", "us-gov-east-1", "us-gov-west-1",
	// Matched by a pattern only.
	"ap-future-9", "cn-south-7", "eusc-de-west-2", "us-iso-north-3", "us-isob-south-4",
	"eu-isoe-north-5", "us-isof-west-6", "us-gov-central-7",
	// Matched by none: the aws partition.
	"mars-west-1", "US-EAST-1", "local", "fips",
	// Pseudo-regions are plain regions to a resolver (the client maps them).
	"us-east-1-fips", "fips-us-gov-west-1",
}

// epEndpoints are values of the Endpoint parameter (BaseEndpoint).
var epEndpoints = []*string{
	nil,
	aws.String("https://appstream.example.com"),
	aws.String("http://127.0.0.1:4599/api-prefix/"),
	aws.String("https://proxy.example.com:8443/appstream"),
}

var epBools = []*bool{nil, aws.Bool(false), aws.Bool(true)}

// epResult is what a resolver returned, comparable across the clients.
type epResult struct {
	URI        string
	Headers    http.Header
	Properties map[any]any
	Err        bool
}

func epResultOf(ep smithyendpoints.Endpoint, err error) epResult {
	if err != nil {
		return epResult{Err: true}
	}
	return epResult{URI: ep.URI.String(), Headers: ep.Headers, Properties: ep.Properties.Values()}
}

func show(p *string) string {
	if p == nil {
		return "nil"
	}
	return *p
}

func showBool(p *bool) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

// TestDefaultEndpointResolverV2MatchesOfficial resolves a grid of
// parameters with both default resolvers: every region of every partition
// (and more) × UseFIPS × UseDualStack (unset, false, true) × Endpoint.
func TestDefaultEndpointResolverV2MatchesOfficial(t *testing.T) {
	ctx := context.Background()
	theirs, mine := official.NewDefaultEndpointResolverV2(), ours.NewDefaultEndpointResolverV2()
	regions := append([]*string{nil}, make([]*string, len(epRegions))...)
	for i := range epRegions {
		regions[i+1] = &epRegions[i]
	}
	var combinations, resolved int
	for _, region := range regions {
		for _, fips := range epBools {
			for _, dualStack := range epBools {
				for _, endpoint := range epEndpoints {
					combinations++
					want := epResultOf(theirs.ResolveEndpoint(ctx, official.EndpointParameters{Region: region, UseFIPS: fips, UseDualStack: dualStack, Endpoint: endpoint}))
					got := epResultOf(mine.ResolveEndpoint(ctx, ours.EndpointParameters{Region: region, UseFIPS: fips, UseDualStack: dualStack, Endpoint: endpoint}))
					if !want.Err {
						resolved++
					}
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("Region=%s UseFIPS=%s UseDualStack=%s Endpoint=%s (-official +ours):\n%s",
							show(region), showBool(fips), showBool(dualStack), show(endpoint), diff)
					}
				}
			}
		}
	}
	t.Logf("%d combinations, %d resolved and %d refused by both, all equal", combinations, resolved, combinations-resolved)
}

// TestDefaultEndpointResolverV2Differences lists where our default resolver
// differs from the official one on purpose, so that a change is noticed.
func TestDefaultEndpointResolverV2Differences(t *testing.T) {
	ctx := context.Background()
	cases := map[string]struct {
		region, endpoint *string
		// official is what the official resolver answers; ours refuses.
		official string
	}{
		"a region with dots moves the host": {region: aws.String("us-east-1.evil.com"), official: "https://appstream2.us-east-1.evil.com.amazonaws.com"},
		"user info":                         {region: aws.String("us-east-1"), endpoint: aws.String("https://alice:secret@appstream.example.com"), official: "https://alice:secret@appstream.example.com"},
		"a query":                           {region: aws.String("us-east-1"), endpoint: aws.String("https://appstream.example.com/?a=b"), official: "https://appstream.example.com/?a=b"},
		"not http":                          {region: aws.String("us-east-1"), endpoint: aws.String("localhost:4599"), official: "localhost:4599"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			theirs, err := official.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, official.EndpointParameters{Region: tc.region, Endpoint: tc.endpoint})
			if err != nil || theirs.URI.String() != tc.official {
				t.Errorf("official: %s, %v; want %s", theirs.URI.String(), err, tc.official)
			}
			if mine, err := ours.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, ours.EndpointParameters{Region: tc.region, Endpoint: tc.endpoint}); err == nil {
				t.Errorf("ours: %s, want an error", mine.URI.String())
			} else if strings.Contains(err.Error(), "secret") {
				t.Errorf("ours: error %q shows the password", err)
			}
		})
	}
	// An empty Endpoint is an endpoint to the official resolver, and unset
	// to ours, as an empty BaseEndpoint is to our client.
	empty := aws.String("")
	theirs, err := official.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, official.EndpointParameters{Region: aws.String("us-east-1"), Endpoint: empty})
	mine, err2 := ours.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, ours.EndpointParameters{Region: aws.String("us-east-1"), Endpoint: empty})
	if err != nil || err2 != nil || theirs.URI.String() != "" || mine.URI.String() != "https://appstream2.us-east-1.amazonaws.com" {
		t.Errorf("empty Endpoint: official %q, %v; ours %q, %v", theirs.URI.String(), err, mine.URI.String(), err2)
	}
}

// epSent is what a client sent, as far as the endpoint decides it.
type epSent struct {
	URL string
	// Scope is the region and service of the credential scope.
	Scope string
	// Header is the X-Endpoint-Header header.
	Header []string
	// Signature tells how the signature verifies: "path escaped twice"
	// (SigV4's default), "path escaped once" (DisableDoubleEncoding), or
	// "invalid".
	Signature string
}

// verifySignature signs r again, as received, both ways of escaping the
// path, and says which gives its Authorization header.
func verifySignature(r *http.Request, body []byte) string {
	auth := r.Header.Get("Authorization")
	_, cred, _ := strings.Cut(auth, "Credential=")
	scope := strings.Split(strings.Split(cred, ",")[0], "/")
	_, signed, _ := strings.Cut(auth, "SignedHeaders=")
	signed, _, _ = strings.Cut(signed, ",")
	date, err := time.Parse("20060102T150405Z", r.Header.Get("X-Amz-Date"))
	if len(scope) != 5 || err != nil {
		return "invalid"
	}
	creds, _ := benchCredentials.Retrieve(context.Background())
	sum := sha256.Sum256(body)
	for _, once := range []bool{false, true} {
		req := r.Clone(context.Background())
		req.Header = http.Header{}
		for _, h := range strings.Split(signed, ";") {
			if h != "host" && h != "content-length" {
				req.Header[http.CanonicalHeaderKey(h)] = r.Header.Values(h)
			}
		}
		err := v4.NewSigner().SignHTTP(context.Background(), creds, req, hex.EncodeToString(sum[:]), scope[3], scope[2], date,
			func(o *v4.SignerOptions) { o.DisableURIPathEscaping = once })
		if err == nil && req.Header.Get("Authorization") == auth {
			if once {
				return "path escaped once"
			}
			return "path escaped twice"
		}
	}
	return "invalid"
}

// epCall is the outcome of one call through a resolver of a user's.
type epCall struct {
	// Params are the parameters the resolver got, one line per attempt.
	Params []string
	Sent   []epSent
	Err    string
}

// epRecorder is the part of a user's resolver shared by both clients: it
// records the parameters, and edit changes the default's endpoint.
type epRecorder struct {
	mu     sync.Mutex
	params []string
	edit   func(*smithyendpoints.Endpoint) error
}

func (r *epRecorder) record(region, fips, dualStack, endpoint string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.params = append(r.params, fmt.Sprintf("Region=%s UseFIPS=%s UseDualStack=%s Endpoint=%s", region, fips, dualStack, endpoint))
}

func (r *epRecorder) finish(ep smithyendpoints.Endpoint, err error) (smithyendpoints.Endpoint, error) {
	if err == nil && r.edit != nil {
		err = r.edit(&ep)
	}
	return ep, err
}

type officialWrapper struct {
	*epRecorder
	next official.EndpointResolverV2
}

func (w officialWrapper) ResolveEndpoint(ctx context.Context, p official.EndpointParameters) (smithyendpoints.Endpoint, error) {
	w.record(show(p.Region), showBool(p.UseFIPS), showBool(p.UseDualStack), show(p.Endpoint))
	return w.finish(w.next.ResolveEndpoint(ctx, p))
}

type oursWrapper struct {
	*epRecorder
	next ours.EndpointResolverV2
}

func (w oursWrapper) ResolveEndpoint(ctx context.Context, p ours.EndpointParameters) (smithyendpoints.Endpoint, error) {
	w.record(show(p.Region), showBool(p.UseFIPS), showBool(p.UseDualStack), show(p.Endpoint))
	return w.finish(w.next.ResolveEndpoint(ctx, p))
}

// epSetting is the client's configuration of its endpoint.
type epSetting struct {
	Region       string
	FIPS         aws.FIPSEndpointState
	DualStack    aws.DualStackEndpointState
	BaseEndpoint *string
	DisableHTTPS bool
}

func (s epSetting) String() string {
	return fmt.Sprintf("Region=%q FIPS=%v DualStack=%v BaseEndpoint=%s DisableHTTPS=%v", s.Region, s.FIPS, s.DualStack, show(s.BaseEndpoint), s.DisableHTTPS)
}

// epTransport answers every request without a network: 503 to the first
// failures of them, then 200 with an empty JSON object.
type epTransport struct {
	mu       sync.Mutex
	sent     []epSent
	failures int
}

func (h *epTransport) Do(r *http.Request) (*http.Response, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	var body []byte
	if r.Body != nil {
		body, _ = io.ReadAll(r.Body)
	}
	s := epSent{URL: r.URL.String(), Scope: "unsigned", Header: r.Header.Values("X-Endpoint-Header"), Signature: verifySignature(r, body)}
	if _, cred, ok := strings.Cut(r.Header.Get("Authorization"), "Credential="); ok {
		if parts := strings.Split(cred, "/"); len(parts) >= 4 {
			s.Scope = parts[2] + "/" + parts[3]
		}
	}
	h.sent = append(h.sent, s)
	status, answer := http.StatusOK, `{}`
	if len(h.sent) <= h.failures {
		status, answer = http.StatusServiceUnavailable, `{"__type":"ServiceUnavailableException"}`
	}
	return &http.Response{
		StatusCode: status, Status: http.StatusText(status), Request: r, ContentLength: int64(len(answer)),
		Header: http.Header{"Content-Type": {"application/x-amz-json-1.1"}, "X-Amzn-Requestid": {"req-1"}},
		Body:   io.NopCloser(strings.NewReader(answer)),
	}, nil
}

// epRun makes a DescribeFleets call with each client: the official one,
// ours, and ours through the middleware stack. wrap puts a recorder around
// the client's resolver (its default one), or leaves it (nil).
func epRun(s epSetting, edit func(*smithyendpoints.Endpoint) error, wrap bool, failures int) (theirs, mine, mineStacked epCall) {
	ctx := context.Background()
	retryer := func() aws.Retryer { return retry.AddWithMaxBackoffDelay(retry.NewStandard(), 0) }
	{
		rec, h := &epRecorder{edit: edit}, &epTransport{failures: failures}
		c := official.New(official.Options{
			Region: s.Region, Credentials: benchCredentials, HTTPClient: h, Retryer: retryer(), BaseEndpoint: s.BaseEndpoint,
			EndpointOptions: official.EndpointResolverOptions{UseFIPSEndpoint: s.FIPS, UseDualStackEndpoint: s.DualStack, DisableHTTPS: s.DisableHTTPS},
		}, func(o *official.Options) {
			if wrap {
				o.EndpointResolverV2 = officialWrapper{rec, o.EndpointResolverV2}
			}
		})
		_, err := c.DescribeFleets(ctx, nil)
		theirs = epCall{Params: rec.params, Sent: h.sent, Err: errString(err)}
	}
	for _, stacked := range []bool{false, true} {
		rec, h := &epRecorder{edit: edit}, &epTransport{failures: failures}
		c := ours.New(ours.Options{
			Region: s.Region, Credentials: benchCredentials, HTTPClient: h, Retryer: retryer(), BaseEndpoint: s.BaseEndpoint,
			EndpointOptions: ours.EndpointResolverOptions{UseFIPSEndpoint: s.FIPS, UseDualStackEndpoint: s.DualStack, DisableHTTPS: s.DisableHTTPS},
		}, func(o *ours.Options) {
			if wrap {
				o.EndpointResolverV2 = oursWrapper{rec, o.EndpointResolverV2}
			}
			if stacked {
				o.APIOptions = append(o.APIOptions, func(*middleware.Stack) error { return nil })
			}
		})
		_, err := c.DescribeFleets(ctx, nil)
		call := epCall{Params: rec.params, Sent: h.sent, Err: errString(err)}
		if stacked {
			mineStacked = call
		} else {
			mine = call
		}
	}
	return theirs, mine, mineStacked
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// epComparable drops what differs on purpose between the clients: the
// error messages (only whether there is one), and the credential scope of a
// FIPS pseudo-region, which ours signs with the real region (the official
// client keeps the pseudo-region).
func epComparable(c epCall, s epSetting, official bool) epCall {
	if c.Err != "" {
		c.Err = "error"
	}
	if official && strings.Contains(s.Region, "fips") {
		for i := range c.Sent {
			c.Sent[i].Scope = strings.NewReplacer("-fips-", "-", "fips-", "", "-fips", "").Replace(c.Sent[i].Scope)
		}
	}
	return c
}

// TestEndpointSettingsMatchOfficial makes a call with each client for a
// grid of endpoint settings, through a resolver of a user's that wraps the
// client's default one: the resolver gets the same parameters, and the
// request goes to the same URL and is signed for the same scope. Without
// the resolver, ours sends to the same URL too.
func TestEndpointSettingsMatchOfficial(t *testing.T) {
	regions := []string{"us-east-1", "us-gov-west-1", "cn-north-1", "eu-isoe-west-1", "us-east-1-fips", "fips-us-gov-west-1", "us-fips-east-1", "mars-west-1", ""}
	bases := []*string{nil, aws.String("https://proxy.example.com/appstream"), aws.String("http://127.0.0.1:4599/")}
	var combinations, sent int
	for _, region := range regions {
		for _, fips := range []aws.FIPSEndpointState{aws.FIPSEndpointStateUnset, aws.FIPSEndpointStateEnabled, aws.FIPSEndpointStateDisabled} {
			for _, dualStack := range []aws.DualStackEndpointState{aws.DualStackEndpointStateUnset, aws.DualStackEndpointStateEnabled} {
				for _, base := range bases {
					for _, disableHTTPS := range []bool{false, true} {
						s := epSetting{Region: region, FIPS: fips, DualStack: dualStack, BaseEndpoint: base, DisableHTTPS: disableHTTPS}
						combinations++
						theirs, mine, stacked := epRun(s, nil, true, 0)
						if region == "" && base != nil && theirs.Err == "" {
							// The official client signs for an empty region; ours
							// refuses to (README).
							if !strings.Contains(mine.Err, "no region is set") || !strings.Contains(stacked.Err, "no region is set") {
								t.Errorf("%v: ours %q, %q; want \"no region is set\"", s, mine.Err, stacked.Err)
							}
							continue
						}
						want := epComparable(theirs, s, true)
						for _, got := range []epCall{mine, stacked} {
							if diff := cmp.Diff(want, epComparable(got, s, false)); diff != "" {
								t.Errorf("%v (-official +ours):\n%s", s, diff)
							}
						}
						if theirs.Err == "" {
							sent++
							if len(mine.Sent) != 1 || mine.Sent[0].Signature != "path escaped twice" {
								t.Errorf("%v: ours sent %+v, want one request with a valid signature", s, mine.Sent)
							}
						}
						_, plain, _ := epRun(s, nil, false, 0)
						if diff := cmp.Diff(mine.Sent, plain.Sent); diff != "" || (plain.Err == "") != (mine.Err == "") {
							t.Errorf("%v: ours without a resolver (-with +without):\n%s%q %q", s, diff, mine.Err, plain.Err)
						}
					}
				}
			}
		}
	}
	t.Logf("%d settings, %d calls sent by both to the same URL", combinations, sent)
}

// TestUserEndpointResolverMatchesOfficial gives both clients resolvers that
// change the endpoint as users do: another URL with a path, headers, auth
// properties, errors; and checks that both send the same requests, resolve
// as many times (once per attempt), and fail alike.
func TestUserEndpointResolverMatchesOfficial(t *testing.T) {
	errResolver := errors.New("no endpoint here")
	to := func(raw string) func(*smithyendpoints.Endpoint) error {
		return func(ep *smithyendpoints.Endpoint) error {
			u, err := url.Parse(raw)
			ep.URI = *u
			return err
		}
	}
	signing := func(name, region string, doubleEncoding *bool) func(*smithyendpoints.Endpoint) error {
		return func(ep *smithyendpoints.Endpoint) error {
			var signer smithy.Properties
			if name != "" {
				smithyhttp.SetSigV4SigningName(&signer, name)
			}
			if region != "" {
				smithyhttp.SetSigV4SigningRegion(&signer, region)
			}
			if doubleEncoding != nil {
				smithyhttp.SetDisableDoubleEncoding(&signer, *doubleEncoding)
			}
			smithyauth.SetAuthOptions(&ep.Properties, []*smithyauth.Option{{SchemeID: smithyauth.SchemeIDSigV4, SignerProperties: signer}})
			return nil
		}
	}
	both := func(edits ...func(*smithyendpoints.Endpoint) error) func(*smithyendpoints.Endpoint) error {
		return func(ep *smithyendpoints.Endpoint) error {
			for _, e := range edits {
				if err := e(ep); err != nil {
					return err
				}
			}
			return nil
		}
	}
	east := epSetting{Region: "us-east-1"}
	cases := map[string]struct {
		setting  epSetting
		edit     func(*smithyendpoints.Endpoint) error
		failures int
		// wantErr: both calls fail.
		wantErr bool
	}{
		"another host":            {setting: east, edit: to("https://appstream.internal.example")},
		"a path":                  {setting: east, edit: to("https://gateway.example/appstream/v1")},
		"a path with a slash":     {setting: east, edit: to("https://gateway.example/appstream/v1/")},
		"a port, http":            {setting: east, edit: to("http://127.0.0.1:4599")},
		"DisableHTTPS":            {setting: epSetting{Region: "us-east-1", DisableHTTPS: true}, edit: to("https://gateway.example:8443/as")},
		"escaped path":            {setting: east, edit: to("https://gateway.example/a%20b/c")},
		"escaped path, no double": {setting: east, edit: both(to("https://gateway.example/a%20b/c"), signing("", "", aws.Bool(true)))},
		"headers": {setting: east, edit: func(ep *smithyendpoints.Endpoint) error {
			ep.Headers.Add("X-Endpoint-Header", "a")
			ep.Headers.Add("X-Endpoint-Header", "b")
			return nil
		}},
		"signing name and region":    {setting: east, edit: signing("appstream-alt", "eu-west-3", nil)},
		"signing region only":        {setting: epSetting{Region: "cn-north-1"}, edit: signing("", "cn-northwest-1", nil)},
		"FIPS pseudo-region, signed": {setting: epSetting{Region: "us-gov-west-1-fips"}, edit: signing("", "us-gov-west-1", nil)},
		"BaseEndpoint kept":          {setting: epSetting{Region: "eu-west-1", BaseEndpoint: aws.String("https://proxy.example/base")}},
		"retried: once per attempt":  {setting: east, edit: to("https://retry.example"), failures: 2},
		"the resolver's error":       {setting: east, edit: func(*smithyendpoints.Endpoint) error { return errResolver }, wantErr: true},
		"the rules' error":           {setting: epSetting{Region: "us-east-1", FIPS: aws.FIPSEndpointStateEnabled, BaseEndpoint: aws.String("https://x.example")}, wantErr: true},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			theirs, mine, stacked := epRun(tc.setting, tc.edit, true, tc.failures)
			if (theirs.Err != "") != tc.wantErr {
				t.Fatalf("official: error %q, want an error: %v", theirs.Err, tc.wantErr)
			}
			if tc.wantErr && len(theirs.Sent) != 0 {
				t.Errorf("official sent %d requests", len(theirs.Sent))
			}
			want := epComparable(theirs, tc.setting, true)
			for _, got := range []epCall{mine, stacked} {
				if diff := cmp.Diff(want, epComparable(got, tc.setting, false)); diff != "" {
					t.Errorf("(-official +ours):\n%s", diff)
				}
			}
			for _, sent := range append(mine.Sent, stacked.Sent...) {
				want := "path escaped twice"
				if strings.HasSuffix(name, "no double") {
					want = "path escaped once"
				}
				if sent.Signature != want {
					t.Errorf("ours: signature %s, want %s", sent.Signature, want)
				}
			}
			if tc.failures > 0 && len(mine.Params) != tc.failures+1 {
				t.Errorf("ours resolved %d times, want %d", len(mine.Params), tc.failures+1)
			}
			if tc.wantErr && !strings.Contains(mine.Err, "failed to resolve service endpoint") {
				t.Errorf("ours: error %q", mine.Err)
			}
		})
	}
}

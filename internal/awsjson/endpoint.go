package awsjson

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	smithyauth "github.com/aws/smithy-go/auth"
	smithyendpoints "github.com/aws/smithy-go/endpoints"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/appstreamkit/appstream-go/internal/endpoints"
)

// EndpointResolver returns the endpoint of one attempt: a user's
// EndpointResolverV2 with the client's parameters bound. As in the official
// client it runs once per attempt, where the ResolveEndpointV2 step runs.
type EndpointResolver func(ctx context.Context) (smithyendpoints.Endpoint, error)

// resolvedEndpoint is an endpoint that Config.ResolveEndpoint returned,
// checked: where an attempt goes, the headers it adds, and how the attempt
// is signed unless the context says otherwise (WithSigV4SigningName, ...).
type resolvedEndpoint struct {
	// u is the endpoint with its path made absolute ("/" when empty), and
	// over http if Config.DisableHTTPS; uri is the URI as resolved.
	u, uri  url.URL
	headers http.Header
	// signingName and signingRegion are the client's, unless the endpoint's
	// auth options set them.
	signingName, signingRegion string
	signerOptions              []func(*v4.SignerOptions)
}

// errNoSigningRegion is returned when neither the client nor the resolved
// endpoint names a region to scope the signature to.
var errNoSigningRegion = fmt.Errorf("%w, and the resolved endpoint names no signing region", endpoints.ErrMissingRegion)

// resolveUserEndpoint runs Config.ResolveEndpoint and reads what the official
// client reads of its answer: the URI's scheme (http if DisableHTTPS), host
// and path, the headers (the first value of each, replacing the request's),
// and the SigV4 signing name, signing region and double-encoding setting of
// the auth options in its properties. A URI that the official client would
// send elsewhere than it says (with a query, a fragment or user info, which
// it drops) is refused.
func (c *Config) resolveUserEndpoint(ctx context.Context) (*resolvedEndpoint, error) {
	ep, err := c.ResolveEndpoint(ctx)
	if err != nil {
		return nil, fmt.Errorf("failed to resolve service endpoint, %w", err)
	}
	u := ep.URI
	if err := endpoints.CheckURL("resolved endpoint", &u); err != nil {
		return nil, err
	}
	if c.DisableHTTPS {
		u.Scheme = "http"
	}
	u.Path = smithyhttp.JoinPath(u.Path, "")
	if u.RawPath != "" {
		u.RawPath = smithyhttp.JoinPath(u.RawPath, "")
	}
	r := &resolvedEndpoint{u: u, uri: ep.URI, headers: ep.Headers, signingName: c.SigningName, signingRegion: c.SigningRegion}
	options, _ := smithyauth.GetAuthOptions(&ep.Properties)
	for _, o := range options {
		if o == nil {
			continue
		}
		if name, ok := smithyhttp.GetSigV4SigningName(&o.SignerProperties); ok {
			r.signingName = name
		}
		if region, ok := smithyhttp.GetSigV4SigningRegion(&o.SignerProperties); ok {
			r.signingRegion = region
		}
		if disable, ok := smithyhttp.GetDisableDoubleEncoding(&o.SignerProperties); ok {
			r.signerOptions = []func(*v4.SignerOptions){func(so *v4.SignerOptions) { so.DisableURIPathEscaping = disable }}
		}
	}
	if r.signingRegion == "" {
		return nil, errNoSigningRegion
	}
	return r, nil
}

// setHeaders adds the endpoint's headers to h, as the official client does.
func (r *resolvedEndpoint) setHeaders(h http.Header) {
	if r == nil {
		return
	}
	for k := range r.headers {
		h.Set(k, r.headers.Get(k))
	}
}

// apply sends req, a request of the plain call, to r.
func (r *resolvedEndpoint) apply(req *http.Request) {
	u := r.u
	req.URL, req.Host = &u, u.Host
	r.setHeaders(req.Header)
}

// signing returns how to sign an attempt to r, which is nil for the
// client's own endpoint.
func (c *Config) signing(r *resolvedEndpoint) (name, region string, opts []func(*v4.SignerOptions)) {
	if r == nil {
		return c.SigningName, c.SigningRegion, nil
	}
	return r.signingName, r.signingRegion, r.signerOptions
}

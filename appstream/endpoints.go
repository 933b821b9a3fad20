package appstream

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	smithyendpoints "github.com/aws/smithy-go/endpoints"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/endpoints"
)

// EndpointParameters are the parameters of the service's endpoint rules, as
// the client passes them to an EndpointResolverV2: Region is Options.Region
// with FIPS pseudo-regions mapped to the real region (us-east-1-fips is
// us-east-1 with UseFIPS), UseFIPS and UseDualStack come from
// Options.EndpointOptions, and Endpoint is Options.BaseEndpoint.
type EndpointParameters struct {
	// Region is the AWS region used to dispatch the request (AWS::Region).
	// It is nil when no region is set.
	Region *string

	// UseDualStack selects the dual-stack endpoint (AWS::UseDualStack).
	// Required; WithDefaults sets it to false.
	UseDualStack *bool

	// UseFIPS selects the FIPS endpoint (AWS::UseFIPS). Required;
	// WithDefaults sets it to false.
	UseFIPS *bool

	// Endpoint overrides the endpoint used to send this request
	// (SDK::Endpoint).
	Endpoint *string
}

// ValidateRequired reports the required parameters that are not set.
func (p EndpointParameters) ValidateRequired() error {
	if p.UseDualStack == nil {
		return errors.New("parameter UseDualStack is required")
	}
	if p.UseFIPS == nil {
		return errors.New("parameter UseFIPS is required")
	}
	return nil
}

// WithDefaults returns a copy of p with the defaults of the parameters that
// are not set: UseDualStack and UseFIPS false.
func (p EndpointParameters) WithDefaults() EndpointParameters {
	if p.UseDualStack == nil {
		p.UseDualStack = aws.Bool(false)
	}
	if p.UseFIPS == nil {
		p.UseFIPS = aws.Bool(false)
	}
	return p
}

// EndpointResolverV2 resolves the endpoint of each attempt of a call, as in
// the official client. The client sends the request to the returned URI
// (its path prefixes the operation's "/"), adds its Headers (the first value
// of each, replacing the request's), and signs with the SigV4 signing name,
// signing region and double-encoding setting of the auth options in its
// Properties (smithy-go's auth.SetAuthOptions), unless WithSigV4SigningName
// or WithSigV4SigningRegion say otherwise. EndpointOptions.DisableHTTPS
// turns the URI's scheme to http. A URI with a query, a fragment or user
// info is refused (the official client drops them).
type EndpointResolverV2 interface {
	ResolveEndpoint(ctx context.Context, params EndpointParameters) (smithyendpoints.Endpoint, error)
}

// NewDefaultEndpointResolverV2 returns the service's endpoint rules as an
// EndpointResolverV2, to wrap in a resolver of your own: every partition,
// FIPS and dual-stack, and Endpoint (BaseEndpoint) used as it is. Unlike the
// official resolver, it refuses a region that is not one DNS label, and an
// Endpoint with user info, a query or a fragment; an empty Endpoint is
// unset.
func NewDefaultEndpointResolverV2() EndpointResolverV2 {
	return defaultEndpointResolverV2{}
}

// defaultEndpointResolverV2 is the resolver a client has when none is set.
// A client with it resolves its endpoint once, in New.
type defaultEndpointResolverV2 struct{}

func (defaultEndpointResolverV2) ResolveEndpoint(_ context.Context, params EndpointParameters) (smithyendpoints.Endpoint, error) {
	params = params.WithDefaults()
	if err := params.ValidateRequired(); err != nil {
		return smithyendpoints.Endpoint{}, fmt.Errorf("endpoint parameters are not valid, %w", err)
	}
	u, err := endpoints.Rules(endpoints.Params{
		Region:       aws.ToString(params.Region),
		UseFIPS:      *params.UseFIPS,
		UseDualStack: *params.UseDualStack,
		Endpoint:     aws.ToString(params.Endpoint),
	})
	if err != nil {
		return smithyendpoints.Endpoint{}, err
	}
	return smithyendpoints.Endpoint{URI: *u, Headers: http.Header{}}, nil
}

// WithEndpointResolverV2 returns an option function that sets
// Options.EndpointResolverV2.
func WithEndpointResolverV2(v EndpointResolverV2) func(*Options) {
	return func(o *Options) {
		o.EndpointResolverV2 = v
	}
}

// isDefaultEndpointResolverV2 reports a resolver that the client can
// replace by resolving its endpoint once.
func isDefaultEndpointResolverV2(r EndpointResolverV2) bool {
	switch r.(type) {
	case nil, defaultEndpointResolverV2:
		return true
	}
	return false
}

// userEndpoint returns the resolution of o's EndpointResolverV2 for each
// attempt, with the parameters that the official client binds from o
// (bindEndpointParams), and the region to sign with unless the endpoint
// says otherwise: the real region of a FIPS pseudo-region (the official
// client signs with the pseudo-region).
func userEndpoint(o Options) (awsjson.EndpointResolver, string, error) {
	region, fips, err := endpoints.BindRegion(o.Region)
	if err != nil {
		return nil, "", fmt.Errorf("failed to bind endpoint params, %w", err)
	}
	resolver, base := o.EndpointResolverV2, o.BaseEndpoint
	dualStack := o.EndpointOptions.UseDualStackEndpoint == aws.DualStackEndpointStateEnabled
	fips = fips || o.EndpointOptions.UseFIPSEndpoint == aws.FIPSEndpointStateEnabled
	return func(ctx context.Context) (smithyendpoints.Endpoint, error) {
		// New parameters for each attempt, as in the official client: a
		// resolver may change them.
		params := EndpointParameters{UseDualStack: aws.Bool(dualStack), UseFIPS: aws.Bool(fips), Endpoint: base}
		if region != "" {
			params.Region = aws.String(region)
		}
		return resolver.ResolveEndpoint(ctx, params)
	}, region, nil
}

// EndpointResolver is the official client's deprecated endpoint resolver
// (v1), which this client does not support: a call of a client whose
// Options.EndpointResolver is set fails, and says so. Set BaseEndpoint to
// send the requests to another URL, or EndpointResolverV2.
//
// Deprecated: EndpointResolver is the official client's deprecated
// resolver; use BaseEndpoint or EndpointResolverV2.
type EndpointResolver interface {
	ResolveEndpoint(region string, options EndpointResolverOptions) (aws.Endpoint, error)
}

// EndpointResolverFunc is a function that satisfies EndpointResolver.
//
// Deprecated: see EndpointResolver.
type EndpointResolverFunc func(region string, options EndpointResolverOptions) (aws.Endpoint, error)

// ResolveEndpoint calls fn.
func (fn EndpointResolverFunc) ResolveEndpoint(region string, options EndpointResolverOptions) (aws.Endpoint, error) {
	return fn(region, options)
}

// EndpointResolverFromURL returns an EndpointResolver that resolves every
// region to url (with the region as signing region, unless optFns set one),
// as in the official client. This client does not support EndpointResolver:
// set BaseEndpoint to url instead.
//
// Deprecated: see EndpointResolver.
func EndpointResolverFromURL(url string, optFns ...func(*aws.Endpoint)) EndpointResolver {
	e := aws.Endpoint{URL: url, Source: aws.EndpointSourceCustom}
	for _, fn := range optFns {
		fn(&e)
	}
	return EndpointResolverFunc(func(region string, _ EndpointResolverOptions) (aws.Endpoint, error) {
		ep := e // the official one keeps the first region it sees, racily
		if ep.SigningRegion == "" {
			ep.SigningRegion = region
		}
		return ep, nil
	})
}

// NewDefaultEndpointResolver returns an EndpointResolver that answers every
// region with an error: the official client's deprecated default resolver
// (the endpoints.json data of aws-sdk-go-v2) is not offered. Use
// NewDefaultEndpointResolverV2.
//
// Deprecated: see EndpointResolver.
func NewDefaultEndpointResolver() EndpointResolver {
	return EndpointResolverFunc(func(string, EndpointResolverOptions) (aws.Endpoint, error) {
		return aws.Endpoint{}, errV1Resolver
	})
}

var errV1Resolver = errors.New("the deprecated EndpointResolver (v1) is not supported by this client: set BaseEndpoint to send the requests to another URL, or EndpointResolverV2 (NewDefaultEndpointResolverV2 gives the service's rules)")

// WithEndpointResolver returns an option function that sets the deprecated
// Options.EndpointResolver, which this client does not support: the calls
// fail, and say so.
//
// Deprecated: see EndpointResolver.
func WithEndpointResolver(v EndpointResolver) func(*Options) {
	return func(o *Options) {
		o.EndpointResolver = v
	}
}

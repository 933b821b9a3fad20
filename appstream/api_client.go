// Package appstream is a client for Amazon AppStream 2.0 (API 2016-12-01):
// the operator's surface, 21 operations on images, fleets, stacks, their
// associations, streaming URLs, sessions and tags, with paginators and
// iterators for every list operation and waiters for fleets. Its local
// counterpart, appstreamtest, serves the same operations for tests.
//
// It is source compatible with github.com/aws/aws-sdk-go-v2/service/appstream
// for the operations it offers: a program written against that client builds
// against this one with only the import paths changed, sends the same
// requests, and its configuration means the same thing. Options has every
// official field; nothing that is set is silently ignored. BaseEndpoint and
// EndpointResolverV2 choose the endpoint as there (a resolver of your own
// runs once per attempt). The deprecated EndpointResolver,
// AuthSchemeResolver and AuthSchemes are refused: a call of a client that
// sets them fails, naming the setting.
//
// # Middleware, tracing and metrics
//
// Options.APIOptions (filled from aws.Config.APIOptions by NewFromConfig,
// extended per call with WithAPIOptions) run on a smithy-go middleware.Stack
// with the official client's steps and middleware IDs: Initialize
// (OperationInputValidation; once per call, with the input and the typed
// output), Serialize (OperationSerializer), Build (UserAgent; headers added
// there are sent and signed), Finalize (Retry, then per attempt GetIdentity,
// ResolveEndpointV2, ComputePayloadHash, Signing) and Deserialize
// (ResponseErrorWrapper, RequestIDRetriever, OperationDeserializer). So
// OpenTelemetry's otelaws works as for any AWS client:
//
//	otelaws.AppendMiddlewares(&cfg.APIOptions)
//	client := appstream.NewFromConfig(cfg)
//
// Options.TracerProvider and Options.MeterProvider get the official
// client's spans and metrics, and Options.Interceptors run as there. A call
// with none of these set builds no stack, and costs nothing more.
package appstream

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/defaults"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	smithyauth "github.com/aws/smithy-go/auth"
	"github.com/aws/smithy-go/logging"
	"github.com/aws/smithy-go/metrics"
	"github.com/aws/smithy-go/middleware"
	"github.com/aws/smithy-go/tracing"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/endpoints"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// ServiceID is the service's identifier, as in errors and shared config files.
const ServiceID = "AppStream"

// ServiceAPIVersion is the version of the API this client speaks.
const ServiceAPIVersion = "2016-12-01"

// moduleVersion is this module's version, sent in the User-Agent header.
const moduleVersion = "0.1.0"

// HTTPClient sends HTTP requests. *http.Client satisfies it.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// HTTPSignerV4 signs requests with SigV4. *v4.Signer satisfies it.
type HTTPSignerV4 interface {
	SignHTTP(ctx context.Context, credentials aws.Credentials, r *http.Request, payloadHash string, service string, region string, signingTime time.Time, optFns ...func(*v4.SignerOptions)) error
}

// AuthSchemeResolver is the official client's resolver of auth schemes,
// which this client does not support: a call of a client whose
// Options.AuthSchemeResolver is set fails, and says so. AppStream has one
// auth scheme, SigV4: change its signing name or region with
// WithSigV4SigningName and WithSigV4SigningRegion (or the auth options of an
// EndpointResolverV2's endpoint), or send unsigned requests with
// aws.AnonymousCredentials{}.
type AuthSchemeResolver interface {
	ResolveAuthSchemes(context.Context, *AuthResolverParameters) ([]*smithyauth.Option, error)
}

// AuthResolverParameters are the parameters of an AuthSchemeResolver.
type AuthResolverParameters struct {
	// Operation is the name of the operation being invoked.
	Operation string

	// Region is the region in which the operation is being invoked.
	Region string
}

// GetIdentityResolver returns the resolver of the identity that the auth
// scheme schemeID signs with, as in the official client: the credentials
// for SigV4 ("aws.auth#sigv4"), an anonymous identity for "smithy.api#noAuth",
// and nil for any other scheme.
func (o Options) GetIdentityResolver(schemeID string) smithyauth.IdentityResolver {
	switch schemeID {
	case "aws.auth#sigv4":
		return credentialsResolver{o.Credentials}
	case "smithy.api#noAuth":
		return &smithyauth.AnonymousIdentityResolver{}
	}
	return nil
}

// credentialsResolver is an aws.CredentialsProvider as an identity resolver.
type credentialsResolver struct{ provider aws.CredentialsProvider }

func (r credentialsResolver) GetIdentity(ctx context.Context, _ smithy.Properties) (smithyauth.Identity, error) {
	if r.provider == nil {
		return credentialsIdentity{}, nil
	}
	creds, err := r.provider.Retrieve(ctx)
	if err != nil {
		return nil, fmt.Errorf("get credentials: %w", err)
	}
	return credentialsIdentity{creds}, nil
}

// credentialsIdentity is aws.Credentials as an identity.
type credentialsIdentity struct{ aws.Credentials }

func (c credentialsIdentity) Expiration() time.Time { return c.Expires }

// EndpointResolverOptions choose the variant of the service's endpoint.
type EndpointResolverOptions struct {
	// Logger, LogDeprecated and ResolvedRegion serve the official client's
	// deprecated EndpointResolver, which this client does not support: a
	// call of a client that sets them fails, and says so.
	Logger         logging.Logger
	LogDeprecated  bool
	ResolvedRegion string

	// DisableHTTPS sends requests over http to the resolved endpoint.
	DisableHTTPS bool

	// UseDualStackEndpoint selects the dual-stack (IPv4 and IPv6) endpoint.
	UseDualStackEndpoint aws.DualStackEndpointState

	// UseFIPSEndpoint selects the FIPS 140-2 endpoint.
	UseFIPSEndpoint aws.FIPSEndpointState
}

// GetResolvedRegion returns o.ResolvedRegion.
func (o EndpointResolverOptions) GetResolvedRegion() string { return o.ResolvedRegion }

// GetDisableHTTPS returns o.DisableHTTPS.
func (o EndpointResolverOptions) GetDisableHTTPS() bool { return o.DisableHTTPS }

// GetUseDualStackEndpoint returns o.UseDualStackEndpoint.
func (o EndpointResolverOptions) GetUseDualStackEndpoint() aws.DualStackEndpointState {
	return o.UseDualStackEndpoint
}

// GetUseFIPSEndpoint returns o.UseFIPSEndpoint.
func (o EndpointResolverOptions) GetUseFIPSEndpoint() aws.FIPSEndpointState {
	return o.UseFIPSEndpoint
}

// Options configure a Client. The zero value of a field means its default.
type Options struct {
	// APIOptions change the middleware stack of every call: tracing
	// (OpenTelemetry's otelaws), headers, guards, test stubs. Each call then
	// runs through a smithy-go middleware.Stack with the official client's
	// steps and middleware IDs (see the package documentation). Add to it per
	// call with WithAPIOptions.
	APIOptions []func(*middleware.Stack) error

	// AppID names the application in the User-Agent header.
	AppID string

	// AuthSchemePreference lists auth scheme names by preference. AppStream
	// has one scheme, SigV4, which is used whatever the list says (as in the
	// official client).
	AuthSchemePreference []string

	// AuthSchemeResolver is not supported: a call fails if it is set. See
	// the AuthSchemeResolver type.
	AuthSchemeResolver AuthSchemeResolver

	// AuthSchemes is not supported: a call fails if it is set. Requests are
	// signed with SigV4 by HTTPSignerV4, or unsigned with
	// aws.AnonymousCredentials{}.
	AuthSchemes []smithyhttp.AuthScheme

	// BaseEndpoint, when set, is the URL requests are sent to instead of the
	// service's regional endpoint, such as the URL of an appstreamtest.Server.
	// Its path is kept. It is the Endpoint parameter of EndpointResolverV2.
	BaseEndpoint *string

	// ClientLogMode selects what is logged: retries, signing, requests and
	// responses (with or without bodies). Signatures and session tokens are
	// never logged.
	ClientLogMode aws.ClientLogMode

	// Credentials sign the requests. It must be set: use
	// aws.AnonymousCredentials{} to send unsigned requests.
	Credentials aws.CredentialsProvider

	// DefaultsMode chooses the defaults of the retry mode and of the default
	// HTTP client's connect and TLS timeouts, as in the official client
	// (legacy, the default, changes nothing). It is read by New before the
	// option functions run: an option function that changes it makes the
	// calls fail, since it would have no effect.
	DefaultsMode aws.DefaultsMode

	// EndpointOptions choose FIPS and dual-stack endpoints.
	EndpointOptions EndpointResolverOptions

	// EndpointResolver (deprecated) is not supported: a call fails if it
	// is set. See the EndpointResolver type.
	//
	// Deprecated: set BaseEndpoint, or EndpointResolverV2.
	EndpointResolver EndpointResolver

	// EndpointResolverV2 resolves the endpoint of each attempt from
	// EndpointParameters, as in the official client. The default,
	// NewDefaultEndpointResolverV2(), is the service's rules; with it the
	// endpoint is resolved once, in New.
	EndpointResolverV2 EndpointResolverV2

	// HTTPClient sends the requests. The default is awshttp.NewBuildableClient().
	// Redirects are never followed: an *http.Client is used through a copy
	// that returns 3xx responses as they are (and they become errors).
	HTTPClient HTTPClient

	// HTTPSignerV4 signs the requests. The default is the client's own
	// signer, which signs as v4.Signer does.
	HTTPSignerV4 HTTPSignerV4

	// Interceptors run at the points of a call that smithy-go's
	// transport/http interceptors name, as in the official client.
	Interceptors smithyhttp.InterceptorRegistry

	// Logger receives the logs that ClientLogMode selects. The default
	// discards them.
	Logger logging.Logger

	// MeterProvider receives the official client's operation metrics
	// (client.call.duration, client.call.attempts, ...). The default records
	// nothing.
	MeterProvider metrics.MeterProvider

	// Region is the AWS region, such as us-east-1. It is required: it chooses
	// the endpoint and scopes the signature.
	Region string

	// RetryMaxAttempts, when not zero, is the most attempts a call makes.
	RetryMaxAttempts int

	// RetryMode is standard (the default) or adaptive. It is used when
	// Retryer is nil.
	RetryMode aws.RetryMode

	// Retryer decides which failures are retried and how long to wait. The
	// default is retry.NewStandard with 3 attempts, where AppStream's
	// RequestLimitExceededException counts as throttling.
	Retryer aws.Retryer

	// RuntimeEnvironment describes where the program runs, for DefaultsMode
	// auto. config.LoadDefaultConfig fills it.
	RuntimeEnvironment aws.RuntimeEnvironment

	// TracerProvider receives the official client's spans: one per call
	// (AppStream.<Operation>) and its steps. The default records nothing.
	TracerProvider tracing.TracerProvider

	// defaultsMode is the DefaultsMode that New resolved the defaults with.
	defaultsMode aws.DefaultsMode
	// configErr is a setting of the aws.Config that this client cannot
	// honour; every call fails with it.
	configErr error
}

// Copy returns a copy of o; APIOptions and Interceptors are copied too, so
// that appending to the copy's does not change o's.
func (o Options) Copy() Options {
	to := o
	to.APIOptions = append([]func(*middleware.Stack) error(nil), o.APIOptions...)
	to.Interceptors = o.Interceptors.Copy()
	return to
}

// WithAPIOptions returns an option function that adds optFns to
// Options.APIOptions, for a client or for one call.
func WithAPIOptions(optFns ...func(*middleware.Stack) error) func(*Options) {
	return func(o *Options) {
		o.APIOptions = append(o.APIOptions, optFns...)
	}
}

// WithSigV4SigningName returns an option function that signs with name
// instead of "appstream".
func WithSigV4SigningName(name string) func(*Options) {
	return withSigningValue("withSigV4SigningName", func(ctx context.Context) context.Context {
		return awsmiddleware.SetSigningName(ctx, name)
	})
}

// WithSigV4SigningRegion returns an option function that signs with region
// instead of the endpoint's.
func WithSigV4SigningRegion(region string) func(*Options) {
	return withSigningValue("withSigV4SigningRegion", func(ctx context.Context) context.Context {
		return awsmiddleware.SetSigningRegion(ctx, region)
	})
}

func withSigningValue(id string, set func(context.Context) context.Context) func(*Options) {
	return WithAPIOptions(func(s *middleware.Stack) error {
		return s.Initialize.Add(middleware.InitializeMiddlewareFunc(id, func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			return next.HandleInitialize(set(ctx), in)
		}), middleware.Before)
	})
}

// Client is an AppStream 2.0 client. It is safe for concurrent use.
type Client struct {
	options Options
	// call is the pipeline configuration for the client's options, built
	// once; a call with per-call options builds its own.
	call      awsjson.Config
	callErr   error
	clockSkew *atomic.Int64
}

// New returns a client with the given options, after applying optFns.
func New(options Options, optFns ...func(*Options)) *Client {
	o := options.Copy()
	if _, ok := o.HTTPSignerV4.(defaultSigner); ok {
		o.HTTPSignerV4 = nil // another client's default, from its Options()
	}
	resolveDefaultsMode(&o)
	setDefaults(&o)
	for _, fn := range optFns {
		fn(&o)
	}
	setDefaults(&o) // in case an option function cleared a field
	if o.RetryMaxAttempts != 0 {
		o.Retryer = retry.AddWithMaxAttempts(o.Retryer, o.RetryMaxAttempts)
	}
	c := &Client{options: o, clockSkew: new(atomic.Int64)}
	c.call, c.callErr = c.resolveCall(o)
	return c
}

// defaultSigner is the signer a client makes for itself: awsjson.SigV4,
// which signs as v4.Signer does, with less work. Each client has its own:
// New replaces one that comes from another client's options.
type defaultSigner struct{ *awsjson.SigV4 }

// resolveDefaultsMode applies DefaultsMode, as the official client does
// before the option functions run: it chooses the retry mode (when neither
// RetryMode nor Retryer is set) and the connect and TLS timeouts of an
// awshttp.BuildableClient (the default HTTP client).
func resolveDefaultsMode(o *Options) {
	var mode aws.DefaultsMode
	if !mode.SetFromString(string(o.DefaultsMode)) {
		o.configErr = errors.Join(o.configErr, fmt.Errorf("DefaultsMode %q is not a defaults mode (standard, in-region, cross-region, mobile, auto, legacy)", o.DefaultsMode))
		return
	}
	if mode == aws.DefaultsModeAuto {
		mode = defaults.ResolveDefaultsModeAuto(o.Region, o.RuntimeEnvironment)
	}
	o.defaultsMode = o.DefaultsMode
	modeConfig, err := defaults.GetModeConfiguration(mode)
	if err != nil {
		return // legacy: no defaults
	}
	if o.Retryer == nil && o.RetryMode == "" {
		o.RetryMode = modeConfig.RetryMode
	}
	buildable, ok := o.HTTPClient.(*awshttp.BuildableClient)
	if o.HTTPClient == nil {
		buildable, ok = awshttp.NewBuildableClient(), true
	}
	if !ok {
		return
	}
	if d, ok := modeConfig.GetConnectTimeout(); ok {
		buildable = buildable.WithDialerOptions(func(dialer *net.Dialer) { dialer.Timeout = d })
	}
	if d, ok := modeConfig.GetTLSNegotiationTimeout(); ok {
		buildable = buildable.WithTransportOptions(func(t *http.Transport) { t.TLSHandshakeTimeout = d })
	}
	o.HTTPClient = buildable
}

// setDefaults fills the options left unset. It runs before the option
// functions, so that they can wrap the defaults (the retryer, say), as in
// the official client.
func setDefaults(o *Options) {
	if o.Logger == nil {
		o.Logger = logging.Nop{}
	}
	if o.RetryMode == "" {
		o.RetryMode = aws.RetryModeStandard
	}
	if o.Retryer == nil {
		o.Retryer = newRetryer(*o)
	}
	if o.HTTPClient == nil {
		o.HTTPClient = awshttp.NewBuildableClient()
	}
	if o.HTTPSignerV4 == nil {
		o.HTTPSignerV4 = defaultSigner{awsjson.NewSigV4()}
	}
	if o.EndpointResolverV2 == nil {
		o.EndpointResolverV2 = NewDefaultEndpointResolverV2()
	}
	if o.TracerProvider == nil {
		o.TracerProvider = &tracing.NopTracerProvider{}
	}
	if o.MeterProvider == nil {
		o.MeterProvider = metrics.NopMeterProvider{}
	}
}

// newRetryer returns the default retryer: aws-sdk-go-v2's standard or
// adaptive retryer, where AppStream's two limit errors are classified by
// code, whether or not the operation models them, and whatever the case of
// the code (codes are matched case-insensitively, as for the typed
// exceptions): RequestLimitExceededException (the service throttling
// requests) is retried with the throttle backoff, and LimitExceededException
// (an account quota) is not retried. The typed exceptions say the same
// through RetryableError, for retryers of the caller's.
func newRetryer(o Options) aws.Retryer {
	standard := func(so *retry.StandardOptions) {
		if o.RetryMaxAttempts != 0 {
			so.MaxAttempts = o.RetryMaxAttempts
		}
		so.Retryables = append([]retry.IsErrorRetryable{appstreamLimits}, so.Retryables...)
		so.Throttles = append(so.Throttles, appstreamThrottle)
	}
	if o.RetryMode == aws.RetryModeAdaptive {
		return retry.NewAdaptiveMode(func(ao *retry.AdaptiveModeOptions) {
			ao.StandardOptions = append(ao.StandardOptions, standard)
			ao.Throttles = append(ao.Throttles, appstreamThrottle)
		})
	}
	return retry.NewStandard(standard)
}

// appstreamLimits decides on AppStream's two limit errors by their code.
var appstreamLimits = retry.IsErrorRetryableFunc(func(err error) aws.Ternary {
	switch code := awsjson.ErrorCode(err); {
	case strings.EqualFold(code, "RequestLimitExceededException"):
		return aws.TrueTernary
	case strings.EqualFold(code, "LimitExceededException"):
		return aws.FalseTernary
	}
	return aws.UnknownTernary
})

// appstreamThrottle classifies RequestLimitExceededException as throttling.
var appstreamThrottle = retry.IsErrorThrottleFunc(func(err error) aws.Ternary {
	if strings.EqualFold(awsjson.ErrorCode(err), "RequestLimitExceededException") {
		return aws.TrueTernary
	}
	return aws.UnknownTernary
})

// NewFromConfig returns a client configured from cfg (as loaded by
// config.LoadDefaultConfig), after applying optFns.
//
// The endpoint can be overridden by cfg.BaseEndpoint, and by the environment
// variables AWS_ENDPOINT_URL_APPSTREAM (first) and AWS_ENDPOINT_URL, or the
// shared config file's endpoint_url, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS
// is true.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	o := Options{
		Region:               cfg.Region,
		DefaultsMode:         cfg.DefaultsMode,
		RuntimeEnvironment:   cfg.RuntimeEnvironment,
		HTTPClient:           cfg.HTTPClient,
		Credentials:          cfg.Credentials,
		APIOptions:           cfg.APIOptions,
		Logger:               cfg.Logger,
		ClientLogMode:        cfg.ClientLogMode,
		AppID:                cfg.AppID,
		AuthSchemePreference: cfg.AuthSchemePreference,
		RetryMaxAttempts:     cfg.RetryMaxAttempts,
		RetryMode:            cfg.RetryMode,
		Interceptors:         cfg.Interceptors.Copy(),
	}
	if cfg.Retryer != nil {
		o.Retryer = cfg.Retryer()
	}
	if cfg.EndpointResolver != nil || cfg.EndpointResolverWithOptions != nil {
		o.configErr = errors.New("aws.Config.EndpointResolver and EndpointResolverWithOptions (deprecated) are not supported by this client: set BaseEndpoint, or Options.EndpointResolverV2, instead")
	}
	resolveEndpointSettings(cfg, &o)
	return New(o, func(o *Options) {
		for _, opt := range cfg.ServiceOptions {
			opt(ServiceID, o)
		}
		for _, fn := range optFns {
			fn(o)
		}
	})
}

// resolveEndpointSettings reads the FIPS, dual-stack and endpoint URL
// settings that cfg's sources (environment, shared config) carry.
func resolveEndpointSettings(cfg aws.Config, o *Options) {
	ctx := context.Background()
	ignore := strings.EqualFold(os.Getenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true")
	var fromSources string
	for _, src := range cfg.ConfigSources {
		if p, ok := src.(interface {
			GetUseFIPSEndpoint(context.Context) (aws.FIPSEndpointState, bool, error)
		}); ok && o.EndpointOptions.UseFIPSEndpoint == aws.FIPSEndpointStateUnset {
			if v, found, err := p.GetUseFIPSEndpoint(ctx); err == nil && found {
				o.EndpointOptions.UseFIPSEndpoint = v
			}
		}
		if p, ok := src.(interface {
			GetUseDualStackEndpoint(context.Context) (aws.DualStackEndpointState, bool, error)
		}); ok && o.EndpointOptions.UseDualStackEndpoint == aws.DualStackEndpointStateUnset {
			if v, found, err := p.GetUseDualStackEndpoint(ctx); err == nil && found {
				o.EndpointOptions.UseDualStackEndpoint = v
			}
		}
		if p, ok := src.(interface {
			GetIgnoreConfiguredEndpoints(context.Context) (bool, bool, error)
		}); ok {
			if v, found, err := p.GetIgnoreConfiguredEndpoints(ctx); err == nil && found && v {
				ignore = true
			}
		}
		if p, ok := src.(interface {
			GetServiceBaseEndpoint(context.Context, string) (string, bool, error)
		}); ok && fromSources == "" {
			if v, found, err := p.GetServiceBaseEndpoint(ctx, ServiceID); err == nil && found {
				fromSources = v
			}
		}
	}
	o.BaseEndpoint = cfg.BaseEndpoint
	if ignore {
		return
	}
	switch {
	case fromSources != "":
		o.BaseEndpoint = aws.String(fromSources)
	case os.Getenv("AWS_ENDPOINT_URL_APPSTREAM") != "":
		o.BaseEndpoint = aws.String(os.Getenv("AWS_ENDPOINT_URL_APPSTREAM"))
	case o.BaseEndpoint == nil && os.Getenv("AWS_ENDPOINT_URL") != "":
		o.BaseEndpoint = aws.String(os.Getenv("AWS_ENDPOINT_URL"))
	}
}

// Options returns a copy of the client's options.
func (c *Client) Options() Options { return c.options.Copy() }

// resolveCall builds the pipeline configuration for o.
func (c *Client) resolveCall(o Options) (awsjson.Config, error) {
	if o.configErr != nil {
		return awsjson.Config{}, o.configErr
	}
	if o.DefaultsMode != o.defaultsMode {
		return awsjson.Config{}, fmt.Errorf("DefaultsMode was changed to %q by an option function, after New chose the defaults with %q: set it in Options or aws.Config", o.DefaultsMode, o.defaultsMode)
	}
	if err := unsupported(o); err != nil {
		return awsjson.Config{}, err
	}
	var (
		ep      endpoints.Endpoint
		resolve awsjson.EndpointResolver
		err     error
	)
	if isDefaultEndpointResolverV2(o.EndpointResolverV2) {
		ep, err = endpoints.Resolve(endpoints.Options{
			Region:       o.Region,
			BaseEndpoint: aws.ToString(o.BaseEndpoint),
			UseFIPS:      o.EndpointOptions.UseFIPSEndpoint == aws.FIPSEndpointStateEnabled,
			UseDualStack: o.EndpointOptions.UseDualStackEndpoint == aws.DualStackEndpointStateEnabled,
			DisableHTTPS: o.EndpointOptions.DisableHTTPS,
		})
	} else {
		resolve, ep.SigningRegion, err = userEndpoint(o)
	}
	if err != nil {
		return awsjson.Config{}, err
	}
	var target string
	if ep.URL != nil {
		u := *ep.URL
		if u.Path == "" {
			u.Path = "/"
		}
		target = u.String()
	}
	stack := &awsjson.Stack{
		APIOptions:      o.APIOptions,
		Interceptors:    o.Interceptors,
		Region:          o.Region,
		Scope:           "github.com/appstreamkit/appstream-go/appstream",
		UserAgentPrefix: product,
		Endpoint:        ep.URL,
		AppID:           o.AppID,
		APIVersion:      moduleVersion,
	}
	// What is constant per client is built once, unless per-call options
	// changed what it is built from.
	ua := c.call.UserAgent
	if ua == "" || o.AppID != c.options.AppID {
		ua = awsjson.UserAgent(product, moduleVersion, o.AppID)
	}
	if !isNop(o.TracerProvider) {
		stack.TracerProvider = o.TracerProvider
	}
	if !isNop(o.MeterProvider) {
		stack.MeterProvider = o.MeterProvider
	}
	return awsjson.Config{
		URL:             target,
		ResolveEndpoint: resolve,
		DisableHTTPS:    o.EndpointOptions.DisableHTTPS,
		ServiceID:       ServiceID,
		TargetPrefix:    "PhotonAdminProxyService",
		SigningName:     "appstream",
		SigningRegion:   ep.SigningRegion,
		HTTPClient:      c.noRedirects(o.HTTPClient),
		Retryer:         o.Retryer,
		Credentials:     o.Credentials,
		Signer:          o.HTTPSignerV4,
		UserAgent:       ua,
		Logger:          o.Logger,
		LogMode:         o.ClientLogMode,
		ClockSkew:       c.clockSkew,
		Stack:           stack,
	}, nil
}

// unsupported returns the error of the settings of o that this client does
// not support, naming them, or nil.
func unsupported(o Options) error {
	var errs []error
	if o.EndpointResolver != nil {
		errs = append(errs, fmt.Errorf("Options.EndpointResolver: %w", errV1Resolver))
	}
	if eo := o.EndpointOptions; eo.Logger != nil || eo.LogDeprecated || eo.ResolvedRegion != "" {
		errs = append(errs, errors.New("Options.EndpointOptions.Logger, LogDeprecated and ResolvedRegion serve the deprecated EndpointResolver (v1), which this client does not support: leave them unset"))
	}
	if o.AuthSchemeResolver != nil {
		errs = append(errs, errors.New("Options.AuthSchemeResolver is not supported by this client: AppStream has one auth scheme, SigV4; set its signing name or region with WithSigV4SigningName or WithSigV4SigningRegion, or send unsigned requests with aws.AnonymousCredentials{}"))
	}
	if o.AuthSchemes != nil {
		errs = append(errs, errors.New("Options.AuthSchemes is not supported by this client: requests are signed with SigV4 by Options.HTTPSignerV4, or unsigned with aws.AnonymousCredentials{}"))
	}
	return errors.Join(errs...)
}

// noRedirects returns hc as the calls use it: for an *http.Client, a copy
// that follows no redirect, made once per client.
func (c *Client) noRedirects(hc HTTPClient) HTTPClient {
	if p, ok := hc.(*http.Client); ok && c.call.HTTPClient != nil {
		if q, ok := c.options.HTTPClient.(*http.Client); ok && p == q {
			return c.call.HTTPClient
		}
	}
	return awsjson.NoRedirects(hc)
}

// product names this module in the User-Agent header.
const product = "appstream-go/" + moduleVersion

// isNop reports a provider that records nothing: nil, or smithy-go's Nop
// providers (the defaults).
func isNop(p any) bool {
	switch p.(type) {
	case nil, tracing.NopTracerProvider, *tracing.NopTracerProvider, metrics.NopMeterProvider, *metrics.NopMeterProvider:
		return true
	}
	return false
}

// input is what an operation's input type gives the pipeline.
type input interface {
	// validate reports the required members that are missing.
	validate() error
	// encode writes the members of the request body.
	encode(*wire.Encoder)
}

// output is what an operation's output type takes from the pipeline.
type output interface {
	// decode reads the members of the response body.
	decode(*wire.Decoder)
	// metadata returns the output's ResultMetadata.
	metadata() *middleware.Metadata
}

// invoke validates in, sends it as op, and decodes the response into out.
// Per-call optFns change a copy of the client's options. A call runs
// through a middleware stack only when APIOptions, a tracer or meter
// provider, or interceptors are set; otherwise nothing of the stack is
// built; through the stack, the input is validated by the
// OperationInputValidation step, after the Initialize middlewares added
// before it, as in the official client.
func invoke[O output](ctx context.Context, c *Client, op *awsjson.Operation, in input, out O, optFns []func(*Options)) (O, error) {
	var none O
	call, err := &c.call, c.callErr
	if len(optFns) > 0 {
		o := c.options.Copy()
		for _, fn := range optFns {
			fn(&o)
		}
		setDefaults(&o)
		if o.RetryMaxAttempts != 0 && o.RetryMaxAttempts != c.options.RetryMaxAttempts {
			o.Retryer = retry.AddWithMaxAttempts(o.Retryer, o.RetryMaxAttempts)
		}
		perCall, perCallErr := c.resolveCall(o)
		call, err = &perCall, perCallErr
	}
	if err == nil && call.Stack.Stacked() {
		return invokeStack(ctx, call, op, in, out)
	}
	if err := in.validate(); err != nil {
		return none, &smithy.OperationError{ServiceID: ServiceID, OperationName: op.Name, Err: err}
	}
	if err != nil {
		return none, &smithy.OperationError{ServiceID: ServiceID, OperationName: op.Name, Err: err}
	}
	e := wire.NewEncoder(make([]byte, 0, 256))
	e.ObjectStart()
	in.encode(e)
	e.ObjectEnd()
	md, err := awsjson.Invoke(ctx, call, op, e.Bytes(), out.decode)
	if err != nil {
		return none, err
	}
	*out.metadata() = md
	return out, nil
}

// invokeStack is invoke through the middleware stack, where the input is
// validated by the OperationInputValidation step, and where a middleware may
// answer another output than out.
func invokeStack[O output](ctx context.Context, call *awsjson.Config, op *awsjson.Operation, in input, out O) (O, error) {
	var none O
	result, md, err := awsjson.InvokeStack(ctx, call, op, in, out, stackCodec)
	if err != nil {
		return none, err
	}
	res, ok := result.(O)
	if !ok || any(res) == any(none) {
		return none, &smithy.OperationError{ServiceID: ServiceID, OperationName: op.Name,
			Err: fmt.Errorf("the middleware stack answered %T, not %T", result, none)}
	}
	*res.metadata() = md
	return res, nil
}

// stackCodec reads and writes the inputs and outputs that the middleware
// stack carries as any.
var stackCodec = awsjson.Codec{
	Validate: func(params any) error {
		if in, ok := params.(input); ok {
			return in.validate()
		}
		return nil // the serializer says what is wrong
	},
	Encode: func(params any, e *wire.Encoder) error {
		in, ok := params.(input)
		if !ok {
			return fmt.Errorf("unknown input parameters type %T", params)
		}
		in.encode(e)
		return nil
	},
	Decode: func(result any, d *wire.Decoder) { result.(output).decode(d) },
}

// Package appstream is a client for Amazon AppStream 2.0 (API 2016-12-01):
// create, describe, update, start, stop and delete fleets, and list
// streaming sessions, with paginators, iterators and waiters.
//
// It is source compatible with github.com/aws/aws-sdk-go-v2/service/appstream
// for the operations it offers: a program written against that client builds
// against this one with only the import paths changed, and sends the same
// requests.
package appstream

import (
	"context"
	"errors"
	"net/http"
	"os"
	"runtime"
	"strings"
	"sync/atomic"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/logging"
	"github.com/aws/smithy-go/middleware"

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

// EndpointResolverOptions choose the variant of the service's endpoint.
type EndpointResolverOptions struct {
	// DisableHTTPS sends requests over http to the resolved endpoint.
	DisableHTTPS bool

	// UseDualStackEndpoint selects the dual-stack (IPv4 and IPv6) endpoint.
	UseDualStackEndpoint aws.DualStackEndpointState

	// UseFIPSEndpoint selects the FIPS 140-2 endpoint.
	UseFIPSEndpoint aws.FIPSEndpointState
}

// Options configure a Client. The zero value of a field means its default.
type Options struct {
	// AppID names the application in the User-Agent header.
	AppID string

	// BaseEndpoint, when set, is the URL requests are sent to instead of the
	// service's regional endpoint, such as the URL of an appstreamtest.Server.
	// Its path is kept.
	BaseEndpoint *string

	// ClientLogMode selects what is logged: retries, signing, requests and
	// responses (with or without bodies). Signatures and session tokens are
	// never logged.
	ClientLogMode aws.ClientLogMode

	// Credentials sign the requests. It must be set: use
	// aws.AnonymousCredentials{} to send unsigned requests.
	Credentials aws.CredentialsProvider

	// EndpointOptions choose FIPS and dual-stack endpoints.
	EndpointOptions EndpointResolverOptions

	// HTTPClient sends the requests. The default is awshttp.NewBuildableClient().
	HTTPClient HTTPClient

	// Logger receives the logs that ClientLogMode selects. The default
	// discards them.
	Logger logging.Logger

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
}

// Copy returns a copy of o.
func (o Options) Copy() Options { return o }

// Client is an AppStream 2.0 client. It is safe for concurrent use.
type Client struct {
	options Options
	// call is the pipeline configuration for the client's options, built
	// once; a call with per-call options builds its own.
	call      awsjson.Config
	callErr   error
	clockSkew *atomic.Int64
	// signer is the client's own: aws/signer/v4 caches derived keys by
	// access key ID, day, region and service, not by secret key, so clients
	// that share a signer could sign with each other's keys.
	signer *v4.Signer
}

// New returns a client with the given options, after applying optFns.
func New(options Options, optFns ...func(*Options)) *Client {
	o := options.Copy()
	setDefaults(&o)
	for _, fn := range optFns {
		fn(&o)
	}
	setDefaults(&o) // in case an option function cleared a field
	if o.RetryMaxAttempts != 0 {
		o.Retryer = retry.AddWithMaxAttempts(o.Retryer, o.RetryMaxAttempts)
	}
	c := &Client{options: o, clockSkew: new(atomic.Int64), signer: v4.NewSigner()}
	c.call, c.callErr = c.resolveCall(o)
	return c
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

// errorCode returns the code of err's API error, or "".
func errorCode(err error) string {
	var apiErr interface{ ErrorCode() string }
	if errors.As(err, &apiErr) {
		return apiErr.ErrorCode()
	}
	return ""
}

// appstreamLimits decides on AppStream's two limit errors by their code.
var appstreamLimits = retry.IsErrorRetryableFunc(func(err error) aws.Ternary {
	switch code := errorCode(err); {
	case strings.EqualFold(code, "RequestLimitExceededException"):
		return aws.TrueTernary
	case strings.EqualFold(code, "LimitExceededException"):
		return aws.FalseTernary
	}
	return aws.UnknownTernary
})

// appstreamThrottle classifies RequestLimitExceededException as throttling.
var appstreamThrottle = retry.IsErrorThrottleFunc(func(err error) aws.Ternary {
	if strings.EqualFold(errorCode(err), "RequestLimitExceededException") {
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
		Region:           cfg.Region,
		HTTPClient:       cfg.HTTPClient,
		Credentials:      cfg.Credentials,
		Logger:           cfg.Logger,
		ClientLogMode:    cfg.ClientLogMode,
		AppID:            cfg.AppID,
		RetryMaxAttempts: cfg.RetryMaxAttempts,
		RetryMode:        cfg.RetryMode,
	}
	if cfg.Retryer != nil {
		o.Retryer = cfg.Retryer()
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
	ep, err := endpoints.Resolve(endpoints.Options{
		Region:       o.Region,
		BaseEndpoint: aws.ToString(o.BaseEndpoint),
		UseFIPS:      o.EndpointOptions.UseFIPSEndpoint == aws.FIPSEndpointStateEnabled,
		UseDualStack: o.EndpointOptions.UseDualStackEndpoint == aws.DualStackEndpointStateEnabled,
		DisableHTTPS: o.EndpointOptions.DisableHTTPS,
	})
	if err != nil {
		return awsjson.Config{}, err
	}
	ua := "appstream-go/" + moduleVersion + " ua/2.1 os/" + runtime.GOOS + " lang/go#" + strings.TrimPrefix(runtime.Version(), "go") +
		" md/GOOS#" + runtime.GOOS + " md/GOARCH#" + runtime.GOARCH + " api/appstream#" + moduleVersion
	if o.AppID != "" {
		ua += " app/" + o.AppID
	}
	u := *ep.URL
	if u.Path == "" {
		u.Path = "/"
	}
	return awsjson.Config{
		URL:           u.String(),
		ServiceID:     ServiceID,
		TargetPrefix:  "PhotonAdminProxyService",
		SigningName:   "appstream",
		SigningRegion: ep.SigningRegion,
		HTTPClient:    awsjson.NoRedirects(o.HTTPClient),
		Retryer:       o.Retryer,
		Credentials:   o.Credentials,
		Signer:        c.signer,
		UserAgent:     ua,
		Logger:        o.Logger,
		LogMode:       o.ClientLogMode,
		ClockSkew:     c.clockSkew,
	}, nil
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
// Per-call optFns change a copy of the client's options.
func invoke[O output](ctx context.Context, c *Client, op *awsjson.Operation, in input, out O, optFns []func(*Options)) (O, error) {
	var none O
	if err := in.validate(); err != nil {
		return none, &smithy.OperationError{ServiceID: ServiceID, OperationName: op.Name, Err: err}
	}
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

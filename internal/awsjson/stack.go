package awsjson

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
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

	"github.com/appstreamkit/appstream-go/internal/wire"
)

// A call runs through a smithy-go middleware stack only when something is
// there to run on it: APIOptions, a tracer or meter provider, interceptors.
// The stack has the official client's steps and the middleware IDs that
// users insert relative to; its middlewares call the same code as the plain
// call (retryLoop, retrieveCredentials, sign, readResponse), so that a call
// behaves the same whether or not it is traced.
//
//	Initialize   RegisterServiceMetadata, SetLogger, OperationInputValidation
//	Serialize    OperationSerializer
//	Build        ClientRequestID, ComputeContentLength, UserAgent, appstreamUserAgent
//	Finalize     spanRetryLoop, InterceptBeforeRetryLoop, Retry, InterceptAttempt,
//	             RetryMetricsHeader, ResolveAuthScheme, GetIdentity,
//	             ResolveEndpointV2, ComputePayloadHash, Signing
//	Deserialize  ResponseErrorWrapper, RequestIDRetriever, OperationDeserializer,
//	             RequestResponseLogger
//
// then the HTTP client (smithy-go's ClientHandler).

// Stack is what a call through the middleware stack needs beyond Config.
type Stack struct {
	// APIOptions change the stack of each call.
	APIOptions []func(*middleware.Stack) error
	// TracerProvider and MeterProvider are nil when not set.
	TracerProvider tracing.TracerProvider
	MeterProvider  metrics.MeterProvider
	Interceptors   smithyhttp.InterceptorRegistry
	// Region is the client's region, as awsmiddleware.GetRegion returns it.
	Region string
	// Scope names the tracer and meter.
	Scope string
	// UserAgentPrefix is the product that replaces aws-sdk-go-v2's in the
	// User-Agent that awsmiddleware.RequestUserAgent builds.
	UserAgentPrefix string
	// Endpoint is URL, parsed.
	Endpoint *url.URL
	// AppID is Options.AppID, for the User-Agent.
	AppID, APIVersion string
}

// Codec reads and writes an operation's input and output, which the
// middleware stack carries as values of any type.
type Codec struct {
	// Validate reports the required members that params lacks.
	Validate func(params any) error
	// Encode writes the members of params.
	Encode func(params any, e *wire.Encoder) error
	// Decode reads the members of a response into result.
	Decode func(result any, d *wire.Decoder)
}

// hasInterceptors reports whether any interceptor is registered.
func hasInterceptors(r *smithyhttp.InterceptorRegistry) bool {
	return len(r.BeforeExecution)+len(r.BeforeSerialization)+len(r.AfterSerialization)+
		len(r.BeforeRetryLoop)+len(r.BeforeAttempt)+len(r.BeforeSigning)+len(r.AfterSigning)+
		len(r.BeforeTransmit)+len(r.AfterTransmit)+len(r.BeforeDeserialization)+
		len(r.AfterDeserialization)+len(r.AfterAttempt)+len(r.AfterExecution) > 0
}

// Stacked reports whether calls must run through the middleware stack.
func (s *Stack) Stacked() bool {
	return s != nil && (len(s.APIOptions) > 0 || s.TracerProvider != nil || s.MeterProvider != nil || hasInterceptors(&s.Interceptors))
}

// stackCall is one call through the stack. The attempt fields are set by
// the Retry step for each attempt, which the later steps read.
type stackCall struct {
	*Config
	op     *Operation
	codec  Codec
	result any
	meter  metrics.Meter
	timers *operationMetrics

	// body and payloadHash are the serialized input and its hash, so that
	// the body is hashed once per call however many attempts it takes.
	body        *bytes.Reader
	payloadHash string

	// Per attempt.
	number      int
	maxAttempts int
	usedSkew    time.Duration
	verdict     verdict
	creds       identity
	// endpoint is what Config.ResolveEndpoint returned, if set.
	endpoint *resolvedEndpoint
}

// identity is what the GetIdentity step found.
type identity struct {
	creds     aws.Credentials
	anonymous bool
	ok        bool
}

// InvokeStack sends params as op through a middleware stack with the
// client's APIOptions, tracer, meter and interceptors, and returns the
// result that the stack returns (result, decoded, unless a middleware
// answered another). The error, if any, is a *smithy.OperationError.
func InvokeStack(ctx context.Context, c *Config, op *Operation, params, result any, codec Codec) (any, middleware.Metadata, error) {
	out, md, err := c.invokeStack(ctx, op, params, result, codec)
	if err != nil {
		err = &smithy.OperationError{ServiceID: c.ServiceID, OperationName: op.Name, Err: err}
	}
	return out, md, err
}

func (c *Config) invokeStack(ctx context.Context, op *Operation, params, result any, codec Codec) (out any, md middleware.Metadata, err error) {
	ctx = middleware.ClearStackValues(ctx)
	ctx = middleware.WithServiceID(ctx, c.ServiceID)
	ctx = middleware.WithOperationName(ctx, op.Name)
	// Set before any middleware runs (RegisterServiceMetadata sets them
	// again), so that a middleware added in front of the Initialize step
	// reads them too.
	ctx = awsmiddleware.SetServiceID(ctx, c.ServiceID)
	ctx = awsmiddleware.SetOperationName(ctx, op.Name)
	ctx = awsmiddleware.SetRegion(ctx, c.Stack.Region)
	sc := &stackCall{Config: c, op: op, codec: codec, result: result}
	stack, err := sc.newStack()
	if err != nil {
		return nil, md, err
	}
	for _, fn := range c.Stack.APIOptions {
		if err := fn(stack); err != nil {
			return nil, md, err
		}
	}

	meterProvider := c.Stack.MeterProvider
	if meterProvider == nil {
		meterProvider = metrics.NopMeterProvider{}
	}
	sc.meter = meterProvider.Meter(c.Stack.Scope)
	if _, nop := meterProvider.(metrics.NopMeterProvider); !nop {
		if sc.timers, err = newOperationMetrics(sc.meter); err != nil {
			return nil, md, err
		}
	}
	var tracer tracing.Tracer = tracing.NopTracerProvider{}.Tracer("")
	if c.Stack.TracerProvider != nil {
		tracer = c.Stack.TracerProvider.Tracer(c.Stack.Scope)
	}
	ctx = tracing.WithOperationTracer(ctx, tracer)
	ctx, span := tracer.StartSpan(ctx, c.ServiceID+"."+op.Name, func(o *tracing.SpanOptions) {
		o.Kind = tracing.SpanKindClient
		o.Properties.Set("rpc.system", "aws-api")
		o.Properties.Set("rpc.method", op.Name)
		o.Properties.Set("rpc.service", c.ServiceID)
	})
	endTimer := sc.startTimer(ctx, callTimer)
	defer endTimer()
	defer span.End()

	handler := sendHandler{sc, smithyhttp.NewClientHandlerWithOptions(c.HTTPClient, func(h *smithyhttp.ClientHandler) { h.Meter = sc.meter })}
	out, md, err = middleware.DecorateHandler(handler, stack).Handle(ctx, params)
	if err != nil {
		span.SetProperty("exception.type", fmt.Sprintf("%T", err))
		span.SetProperty("exception.message", err.Error())
		var apiErr smithy.APIError
		if errors.As(err, &apiErr) {
			span.SetProperty("api.error_code", apiErr.ErrorCode())
			span.SetProperty("api.error_message", apiErr.ErrorMessage())
			span.SetProperty("api.error_fault", apiErr.ErrorFault().String())
		}
	}
	span.SetProperty("error", err != nil)
	if err == nil {
		span.SetStatus(tracing.SpanStatusOK)
	} else {
		span.SetStatus(tracing.SpanStatusError)
	}
	return out, md, err
}

// newStack builds the stack of one call, before the user's APIOptions.
func (sc *stackCall) newStack() (*middleware.Stack, error) {
	s := middleware.NewStack(sc.op.Name, smithyhttp.NewStackRequest)
	c := sc.Config
	errs := []error{
		s.Initialize.Add(&awsmiddleware.RegisterServiceMetadata{ServiceID: c.ServiceID, Region: c.Stack.Region, OperationName: sc.op.Name}, middleware.After),
		middleware.AddSetLoggerMiddleware(s, c.Logger),
		s.Initialize.Add(middleware.InitializeMiddlewareFunc("OperationInputValidation", sc.validate), middleware.After),

		s.Serialize.Add(middleware.SerializeMiddlewareFunc("OperationSerializer", sc.serialize), middleware.After),

		s.Build.Add(&awsmiddleware.ClientRequestID{}, middleware.After),
		s.Build.Add(&smithyhttp.ComputeContentLength{}, middleware.After),
		s.Build.Add(sc.userAgent(), middleware.After),
		s.Build.Add(middleware.BuildMiddlewareFunc("appstreamUserAgent", sc.productName), middleware.After),

		s.Finalize.Add(middleware.FinalizeMiddlewareFunc("spanRetryLoop", spanRetryLoop), middleware.After),
		s.Finalize.Add(&smithyhttp.InterceptBeforeRetryLoop{Interceptors: c.Stack.Interceptors.BeforeRetryLoop}, middleware.After),
		s.Finalize.Add(middleware.FinalizeMiddlewareFunc("Retry", sc.retry), middleware.After),
		s.Finalize.Add(&smithyhttp.InterceptAttempt{BeforeAttempt: c.Stack.Interceptors.BeforeAttempt, AfterAttempt: c.Stack.Interceptors.AfterAttempt}, middleware.After),
		s.Finalize.Add(middleware.FinalizeMiddlewareFunc("RetryMetricsHeader", sc.attemptHeader), middleware.After),
		s.Finalize.Add(middleware.FinalizeMiddlewareFunc("ResolveAuthScheme", sc.resolveAuthScheme), middleware.After),
		s.Finalize.Add(middleware.FinalizeMiddlewareFunc("GetIdentity", sc.getIdentity), middleware.After),
		s.Finalize.Add(middleware.FinalizeMiddlewareFunc("ResolveEndpointV2", sc.resolveEndpoint), middleware.After),
		s.Finalize.Add(middleware.FinalizeMiddlewareFunc("ComputePayloadHash", sc.computePayloadHash), middleware.After),
		s.Finalize.Add(middleware.FinalizeMiddlewareFunc("Signing", sc.sign), middleware.After),

		s.Deserialize.Add(&awshttp.ResponseErrorWrapper{}, middleware.After),
		s.Deserialize.Add(middleware.DeserializeMiddlewareFunc("RequestIDRetriever", retrieveRequestID), middleware.After),
		s.Deserialize.Add(middleware.DeserializeMiddlewareFunc("OperationDeserializer", sc.deserialize), middleware.After),
		s.Deserialize.Add(middleware.DeserializeMiddlewareFunc("RequestResponseLogger", sc.logRequestStep), middleware.After),
	}
	if hasInterceptors(&c.Stack.Interceptors) {
		errs = append(errs, addInterceptors(s, &c.Stack.Interceptors))
	}
	return s, errors.Join(errs...)
}

// addInterceptors registers the interceptors' middlewares where the official
// client does.
func addInterceptors(s *middleware.Stack, r *smithyhttp.InterceptorRegistry) error {
	return errors.Join(
		s.Initialize.Add(&smithyhttp.InterceptExecution{BeforeExecution: r.BeforeExecution, AfterExecution: r.AfterExecution}, middleware.Before),
		s.Serialize.Insert(&smithyhttp.InterceptBeforeSerialization{Interceptors: r.BeforeSerialization}, "OperationSerializer", middleware.Before),
		s.Serialize.Insert(&smithyhttp.InterceptAfterSerialization{Interceptors: r.AfterSerialization}, "OperationSerializer", middleware.After),
		s.Finalize.Insert(&smithyhttp.InterceptBeforeSigning{Interceptors: r.BeforeSigning}, "Signing", middleware.Before),
		s.Finalize.Insert(&smithyhttp.InterceptAfterSigning{Interceptors: r.AfterSigning}, "Signing", middleware.After),
		s.Deserialize.Add(&smithyhttp.InterceptTransmit{BeforeTransmit: r.BeforeTransmit, AfterTransmit: r.AfterTransmit}, middleware.After),
		// The deserialize step runs in reverse: After is before.
		s.Deserialize.Insert(&smithyhttp.InterceptBeforeDeserialization{Interceptors: r.BeforeDeserialization}, "OperationDeserializer", middleware.After),
		s.Deserialize.Insert(&smithyhttp.InterceptAfterDeserialization{Interceptors: r.AfterDeserialization}, "OperationDeserializer", middleware.Before),
	)
}

func (sc *stackCall) validate(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
	if err := sc.codec.Validate(in.Parameters); err != nil {
		return middleware.InitializeOutput{}, middleware.Metadata{}, err
	}
	return next.HandleInitialize(ctx, in)
}

func (sc *stackCall) serialize(ctx context.Context, in middleware.SerializeInput, next middleware.SerializeHandler) (middleware.SerializeOutput, middleware.Metadata, error) {
	_, span := tracing.StartSpan(ctx, "OperationSerializer")
	endTimer := sc.startTimer(ctx, serializeTimer)
	defer endTimer()
	defer span.End()
	req, ok := in.Request.(*smithyhttp.Request)
	if !ok {
		return middleware.SerializeOutput{}, middleware.Metadata{}, &smithy.SerializationError{Err: fmt.Errorf("unknown transport type %T", in.Request)}
	}
	e := wire.NewEncoder(make([]byte, 0, 256))
	e.ObjectStart()
	if err := sc.codec.Encode(in.Parameters, e); err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, &smithy.SerializationError{Err: err}
	}
	e.ObjectEnd()
	sum := sha256.Sum256(e.Bytes())
	sc.payloadHash = hex.EncodeToString(sum[:])
	sc.body = bytes.NewReader(e.Bytes())
	req.Method = "POST"
	if req.URL.Path == "" {
		req.URL.Path = "/"
	}
	req.Header["Content-Type"] = []string{"application/x-amz-json-1.1"}
	req.Header["X-Amz-Target"] = []string{sc.TargetPrefix + "." + sc.op.Name}
	var err error
	if in.Request, err = req.SetStream(sc.body); err != nil {
		return middleware.SerializeOutput{}, middleware.Metadata{}, &smithy.SerializationError{Err: err}
	}
	endTimer()
	span.End()
	return next.HandleSerialize(ctx, in)
}

// userAgent returns the official User-Agent middleware, so that
// awsmiddleware.AddUserAgentKey and its kin work, with what this client
// adds to it. appstreamUserAgent then puts this module's product name first.
func (sc *stackCall) userAgent() *awsmiddleware.RequestUserAgent {
	ua := awsmiddleware.NewRequestUserAgent()
	ua.AddSDKAgentKeyValue(awsmiddleware.APIMetadata, "appstream", sc.Stack.APIVersion)
	if sc.Stack.AppID != "" {
		ua.AddSDKAgentKey(awsmiddleware.ApplicationIdentifier, sc.Stack.AppID)
	}
	return ua
}

func (sc *stackCall) productName(ctx context.Context, in middleware.BuildInput, next middleware.BuildHandler) (middleware.BuildOutput, middleware.Metadata, error) {
	if req, ok := in.Request.(*smithyhttp.Request); ok {
		if v := req.Header["User-Agent"]; len(v) > 0 {
			v[0] = ReplaceProduct(v[0], sc.Stack.UserAgentPrefix)
		}
	}
	return next.HandleBuild(ctx, in)
}

func spanRetryLoop(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	ctx, span := tracing.StartSpan(ctx, "RetryLoop")
	defer span.End()
	return next.HandleFinalize(ctx, in)
}

// retry runs retryLoop, each attempt on a copy of the request.
func (sc *stackCall) retry(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (out middleware.FinalizeOutput, md middleware.Metadata, err error) {
	ctx, span := tracing.StartSpan(ctx, "RetryLoop")
	defer span.End()
	attempts, err := newAttemptMetrics(sc.meter)
	if err != nil {
		return out, md, err
	}
	sc.maxAttempts = sc.Retryer.MaxAttempts()
	md, err = sc.retryLoop(ctx, sc.op, func(ctx context.Context, number int) (middleware.Metadata, verdict, error) {
		attemptIn := in
		attemptIn.Request = smithyhttp.RequestCloner(in.Request)
		if number > 1 {
			if err := attemptIn.Request.(*smithyhttp.Request).RewindStream(); err != nil {
				return middleware.Metadata{}, verdict{}, fmt.Errorf("rewinding the request body: %w", err)
			}
		}
		sc.number, sc.usedSkew, sc.verdict, sc.creds = number, time.Duration(sc.ClockSkew.Load()), verdict{}, identity{}
		attemptCtx, span := tracing.StartSpan(ctx, "Attempt", func(o *tracing.SpanOptions) {
			o.Properties.Set("operation.attempt", number)
		})
		defer span.End()
		attempts.start(ctx)
		start := time.Now()
		var attemptMD middleware.Metadata
		out, attemptMD, err = next.HandleFinalize(attemptCtx, attemptIn)
		attempts.end(ctx, start, err)
		return attemptMD, sc.verdict, err
	})
	return out, md, err
}

func (sc *stackCall) attemptHeader(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	if req, ok := in.Request.(*smithyhttp.Request); ok {
		req.Header["Amz-Sdk-Request"] = []string{"attempt=" + strconv.Itoa(sc.number) + "; max=" + strconv.Itoa(sc.maxAttempts)}
	}
	return next.HandleFinalize(ctx, in)
}

// resolveAuthScheme has one scheme to choose, SigV4, unless the credentials
// are anonymous; it is a step for the official client's span and ID.
func (sc *stackCall) resolveAuthScheme(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	_, span := tracing.StartSpan(ctx, "ResolveAuthScheme")
	scheme := "aws.auth#sigv4"
	if isAnonymous(sc.Credentials) {
		scheme = "smithy.api#noAuth"
	}
	span.SetProperty("auth.scheme_id", scheme)
	span.End()
	return next.HandleFinalize(ctx, in)
}

func (sc *stackCall) getIdentity(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	if sc.Credentials == nil {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, errNoCredentials
	}
	innerCtx, span := tracing.StartSpan(ctx, "GetIdentity")
	endTimer := sc.startTimer(ctx, identityTimer, sc.schemeProperty)
	creds, anonymous, err := sc.retrieveCredentials(innerCtx)
	endTimer()
	span.End()
	if err != nil {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, err
	}
	sc.creds = identity{creds: creds, anonymous: anonymous, ok: true}
	return next.HandleFinalize(ctx, in)
}

func (sc *stackCall) resolveEndpoint(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	_, span := tracing.StartSpan(ctx, "ResolveEndpoint")
	defer span.End()
	req, ok := in.Request.(*smithyhttp.Request)
	if !ok {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("unknown transport type %T", in.Request)
	}
	endTimer := sc.startTimer(ctx, endpointTimer)
	ep, resolved := sc.Stack.Endpoint, sc.URL
	sc.endpoint = nil
	if sc.ResolveEndpoint != nil {
		r, err := sc.resolveUserEndpoint(ctx)
		endTimer()
		if err != nil {
			return middleware.FinalizeOutput{}, middleware.Metadata{}, err
		}
		sc.endpoint, ep, resolved = r, &r.u, r.uri.String()
	}
	req.URL.Scheme, req.URL.Host = ep.Scheme, ep.Host
	req.URL.Path = smithyhttp.JoinPath(ep.Path, req.URL.Path)
	req.URL.RawPath = smithyhttp.JoinPath(ep.RawPath, req.URL.RawPath)
	sc.endpoint.setHeaders(req.Header)
	endTimer()
	span.SetProperty("client.call.resolved_endpoint", resolved)
	span.End()
	return next.HandleFinalize(ctx, in)
}

// computePayloadHash sets the hash of the body for Signing, unless a
// middleware has set one (v4.UnsignedPayload, say); it hashes again only a
// body that a middleware replaced.
func (sc *stackCall) computePayloadHash(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	if v4.GetPayloadHash(ctx) != "" {
		return next.HandleFinalize(ctx, in)
	}
	_, span := tracing.StartSpan(ctx, "ComputePayloadSHA256")
	defer span.End()
	req, ok := in.Request.(*smithyhttp.Request)
	if !ok {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("unknown transport type %T", in.Request)
	}
	hash := sc.payloadHash
	if stream := req.GetStream(); stream != io.Reader(sc.body) {
		h := sha256.New()
		if stream != nil {
			if _, err := io.Copy(h, stream); err != nil {
				return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("hashing the request body: %w", err)
			}
			if err := req.RewindStream(); err != nil {
				return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("rewinding the request body: %w", err)
			}
		}
		hash = hex.EncodeToString(h.Sum(nil))
	}
	span.End()
	return next.HandleFinalize(v4.SetPayloadHash(ctx, hash), in)
}

func (sc *stackCall) sign(ctx context.Context, in middleware.FinalizeInput, next middleware.FinalizeHandler) (middleware.FinalizeOutput, middleware.Metadata, error) {
	_, span := tracing.StartSpan(ctx, "SignRequest")
	defer span.End()
	req, ok := in.Request.(*smithyhttp.Request)
	if !ok {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, fmt.Errorf("unexpected transport type %T", in.Request)
	}
	if !sc.creds.ok {
		return middleware.FinalizeOutput{}, middleware.Metadata{}, errors.New("no identity: the GetIdentity step did not run")
	}
	if !sc.creds.anonymous {
		name, region, opts := sc.signing(sc.endpoint)
		if v := awsmiddleware.GetSigningName(ctx); v != "" {
			name = v
		}
		if v := awsmiddleware.GetSigningRegion(ctx); v != "" {
			region = v
		}
		endTimer := sc.startTimer(ctx, signingTimer, sc.schemeProperty)
		err := sc.Config.sign(ctx, sc.op, req.Request, sc.creds.creds, v4.GetPayloadHash(ctx), name, region, sc.usedSkew, opts...)
		endTimer()
		if err != nil {
			return middleware.FinalizeOutput{}, middleware.Metadata{}, err
		}
	}
	span.End()
	return next.HandleFinalize(ctx, in)
}

// retrieveRequestID records the request ID in the metadata, and on the span.
func retrieveRequestID(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
	out, md, err := next.HandleDeserialize(ctx, in)
	if resp, ok := out.RawResponse.(*smithyhttp.Response); ok {
		if id := requestID(resp.Header); id != "" {
			awsmiddleware.SetRequestIDMetadata(&md, id)
			span, _ := tracing.GetSpan(ctx)
			span.SetProperty("aws.request_id", id)
		}
	}
	return out, md, err
}

func (sc *stackCall) deserialize(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
	out, md, err := next.HandleDeserialize(ctx, in)
	if err != nil {
		return out, md, err
	}
	_, span := tracing.StartSpan(ctx, "OperationDeserializer")
	endTimer := sc.startTimer(ctx, deserializeTimer)
	defer endTimer()
	defer span.End()
	resp, ok := out.RawResponse.(*smithyhttp.Response)
	if !ok {
		return out, md, &smithy.DeserializationError{Err: fmt.Errorf("unknown transport type %T", out.RawResponse)}
	}
	defer closeBody(resp.Response)
	sc.verdict, err = sc.readResponse(sc.op, resp.Response, sc.usedSkew, func(d *wire.Decoder) { sc.codec.Decode(sc.result, d) })
	if err == nil {
		out.Result = sc.result
	}
	return out, md, err
}

func (sc *stackCall) logRequestStep(ctx context.Context, in middleware.DeserializeInput, next middleware.DeserializeHandler) (middleware.DeserializeOutput, middleware.Metadata, error) {
	if req, ok := in.Request.(*smithyhttp.Request); ok && (sc.LogMode.IsRequest() || sc.LogMode.IsRequestWithBody()) {
		var body []byte
		if sc.body != nil {
			body = make([]byte, sc.body.Size())
			_, _ = sc.body.ReadAt(body, 0)
		}
		sc.logRequest(req.Build(ctx), body)
	}
	return next.HandleDeserialize(ctx, in)
}

// sendHandler sends the request with smithy-go's ClientHandler (its span
// and HTTP metrics); a failed send has no response, and a redirect that the
// HTTP client followed is refused, as in the plain call.
type sendHandler struct {
	sc     *stackCall
	client smithyhttp.ClientHandler
}

func (h sendHandler) Handle(ctx context.Context, input any) (any, middleware.Metadata, error) {
	out, md, err := h.client.Handle(ctx, input)
	if err != nil {
		return nil, md, err
	}
	resp := out.(*smithyhttp.Response)
	if req, ok := input.(*smithyhttp.Request); ok {
		if err := redirected(req.Request, resp.Response); err != nil {
			closeBody(resp.Response)
			h.sc.verdict.final = true
			return nil, md, err
		}
	}
	// A 2xx means the service has the request: whatever a Deserialize
	// middleware makes of the response, the attempt is not sent again.
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		h.sc.verdict.final = true
	}
	return out, md, nil
}

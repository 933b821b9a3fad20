// Package awsjson sends awsJson1.1 requests: it signs them with SigV4, sends
// them through the caller's HTTP client with retries, and turns the responses
// into decoded outputs or wrapped errors. It knows no operation by name.
package awsjson

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/logging"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/appstreamkit/appstream-go/internal/wire"
)

// HTTPClient sends an HTTP request.
type HTTPClient interface {
	Do(*http.Request) (*http.Response, error)
}

// Config is what one call needs, resolved from the client's options.
type Config struct {
	// URL is where requests are posted.
	URL          string
	ServiceID    string
	TargetPrefix string
	SigningName  string
	// SigningRegion is the region of the SigV4 credential scope.
	SigningRegion string
	HTTPClient    HTTPClient
	Retryer       aws.Retryer
	// Credentials sign the request; aws.AnonymousCredentials sends it unsigned.
	Credentials aws.CredentialsProvider
	Signer      Signer
	UserAgent   string
	Logger      logging.Logger
	LogMode     aws.ClientLogMode
	// ResolveEndpoint, when set, gives the endpoint of each attempt instead
	// of URL, SigningRegion and Stack.Endpoint; DisableHTTPS then sends its
	// requests over http.
	ResolveEndpoint EndpointResolver
	DisableHTTPS    bool
	// Stack, when Stacked, makes calls run through a middleware stack.
	Stack *Stack
	// ClockSkew holds the offset, in nanoseconds, between the service's clock
	// and ours, learned from the Date header of responses. It is shared by
	// the calls of one client.
	ClockSkew *atomic.Int64
}

// Signer signs a request with SigV4; *v4.Signer and *SigV4 are two.
type Signer interface {
	SignHTTP(ctx context.Context, credentials aws.Credentials, r *http.Request, payloadHash string, service string, region string, signingTime time.Time, optFns ...func(*v4.SignerOptions)) error
}

// Operation names an operation and builds its modeled errors.
type Operation struct {
	Name string
	// Error returns the modeled error for code (already matched
	// case-insensitively by the caller), or nil when code is not modeled.
	Error func(code string, message *string) error
}

// Limits on what is read from a response.
const (
	maxErrorBody = 64 << 10
	// maxSuccessBody bounds a successful response's body once inflated (Go's
	// transport asks for gzip and inflates it silently): 16 MiB, far above
	// any AppStream answer (a page of 50 fleets is about 80 KB), so that a
	// few kilobytes of gzip cannot make a call read gigabytes. The decoder
	// bounds the rest (wire.MaxListLength, wire.MaxDecodeMemory).
	maxSuccessBody = 16 << 20
	// maxExactRead is the largest announced Content-Length that is
	// allocated before the bytes arrive: no real answer comes near it, and
	// a server that announces more than it sends cannot make a call
	// allocate more than this for nothing. Longer bodies grow as they
	// arrive.
	maxExactRead = 4 << 20
	// skewThreshold is how far the clocks may differ before a signature
	// error is taken as a sign of clock skew and retried.
	skewThreshold = 4 * time.Minute
)

// bodyBuffers holds the buffers that response bodies are read into. The
// decoder copies what it keeps, so a call gives its buffer back once the
// body is decoded, and the next call reads into warm memory instead of
// allocating (and clearing) a buffer the size of the body.
var bodyBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledBody is the largest buffer kept for another call: far above any
// usual answer, so that one huge body does not stay in memory.
const maxPooledBody = 1 << 20

// Invoke sends body as op and decodes a successful response with decode. The
// returned error, if any, is a *smithy.OperationError.
func Invoke(ctx context.Context, c *Config, op *Operation, body []byte, decode func(*wire.Decoder)) (middleware.Metadata, error) {
	md, err := c.invoke(ctx, op, body, decode)
	if err != nil {
		err = &smithy.OperationError{ServiceID: c.ServiceID, OperationName: op.Name, Err: err}
	}
	return md, err
}

func (c *Config) invoke(ctx context.Context, op *Operation, body []byte, decode func(*wire.Decoder)) (middleware.Metadata, error) {
	if c.Credentials == nil {
		return middleware.Metadata{}, errNoCredentials
	}
	sum := sha256.Sum256(body)
	a := attempt{
		Config:      c,
		op:          op,
		body:        body,
		payloadHash: hex.EncodeToString(sum[:]),
		decode:      decode,
		maxAttempts: c.Retryer.MaxAttempts(),
	}
	a.setHeaders()
	return c.retryLoop(ctx, op, func(ctx context.Context, number int) (middleware.Metadata, verdict, error) {
		a.number = number
		return a.send(ctx)
	})
}

var errNoCredentials = errors.New("no credentials: set Options.Credentials (config.LoadDefaultConfig finds them), or aws.AnonymousCredentials{} to send unsigned requests")

// verdict is what an attempt's outcome means for the retry loop beyond its
// error.
type verdict struct {
	// final: a 2xx arrived, so the service has the request, whatever went
	// wrong after. Sending it again could do it twice: it is never retried.
	final bool
	// skewRetry: a signature error caused by a clock skew that this attempt
	// has just learned, worth retrying with the corrected clock whatever the
	// retryer says.
	skewRetry bool
}

// retryLoop makes attempts with try (numbered from 1) until one succeeds,
// one fails for good, or the retryer gives up. Both the plain call and the
// middleware stack's Retry step run it.
func (c *Config) retryLoop(ctx context.Context, op *Operation, try func(context.Context, int) (middleware.Metadata, verdict, error)) (middleware.Metadata, error) {
	maxAttempts := c.Retryer.MaxAttempts()
	releaseRetryToken := func(error) error { return nil }
	for number := 1; ; number++ {
		if err := ctx.Err(); err != nil {
			return middleware.Metadata{}, &smithy.CanceledError{Err: err}
		}
		releaseAttemptToken := func(error) error { return nil }
		if number == 1 {
			var err error
			if releaseAttemptToken, err = attemptToken(ctx, c.Retryer); err != nil {
				return middleware.Metadata{}, fmt.Errorf("retry quota: %w", err)
			}
		}
		md, v, err := try(ctx, number)
		_ = releaseRetryToken(err)
		_ = releaseAttemptToken(err)
		if err == nil {
			return md, nil
		}
		if ctx.Err() != nil {
			return md, &smithy.CanceledError{Err: ctx.Err()}
		}
		if v.final || (!v.skewRetry && !c.Retryer.IsErrorRetryable(err)) {
			return md, err
		}
		if maxAttempts > 0 && number >= maxAttempts {
			c.logRetry("%s: giving up after %d attempts: %v", op.Name, number, err)
			return md, &retry.MaxAttemptsError{Attempt: number, Err: err}
		}
		var tokenErr error
		if releaseRetryToken, tokenErr = c.Retryer.GetRetryToken(ctx, err); tokenErr != nil {
			return md, fmt.Errorf("%w (not retried: %v)", err, tokenErr)
		}
		delay, delayErr := c.Retryer.RetryDelay(number, err)
		if delayErr != nil {
			return md, fmt.Errorf("%w (not retried: %v)", err, delayErr)
		}
		c.logRetry("%s: attempt %d failed, retrying in %v: %v", op.Name, number, delay, err)
		if err := sleep(ctx, delay); err != nil {
			return md, &smithy.CanceledError{Err: err}
		}
	}
}

// attemptToken returns the retryer's token for the first attempt, which pays
// the retry quota back when the call succeeds at once.
func attemptToken(ctx context.Context, r aws.Retryer) (func(error) error, error) {
	if r2, ok := r.(aws.RetryerV2); ok {
		return r2.GetAttemptToken(ctx)
	}
	return r.GetInitialToken(), nil
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// invocationID returns a random UUID (version 4) that names the call in the
// Amz-Sdk-Invocation-Id header of each of its attempts.
func invocationID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	var s [36]byte
	hex.Encode(s[0:8], b[0:4])
	s[8] = '-'
	hex.Encode(s[9:13], b[4:6])
	s[13] = '-'
	hex.Encode(s[14:18], b[6:8])
	s[18] = '-'
	hex.Encode(s[19:23], b[8:10])
	s[23] = '-'
	hex.Encode(s[24:], b[10:])
	return string(s[:])
}

// attempt is one call's state across its attempts.
type attempt struct {
	*Config
	op          *Operation
	body        []byte
	payloadHash string
	// headers are the values of X-Amz-Target, User-Agent and
	// Amz-Sdk-Invocation-Id, the same for every attempt.
	headers     [3][]string
	decode      func(*wire.Decoder)
	number      int
	maxAttempts int
}

// setHeaders sets the values of the headers that are the same for every
// attempt, in one allocation.
func (a *attempt) setHeaders() {
	v := []string{a.TargetPrefix + "." + a.op.Name, a.UserAgent, invocationID()}
	a.headers = [3][]string{v[0:1:1], v[1:2:2], v[2:3:3]}
}

// send makes one attempt.
func (a *attempt) send(ctx context.Context) (md middleware.Metadata, v verdict, err error) {
	req, err := a.newRequest(ctx)
	if err != nil {
		return md, v, err
	}
	usedSkew := time.Duration(a.ClockSkew.Load())
	creds, anonymous, err := a.retrieveCredentials(ctx)
	if err != nil {
		return md, v, err
	}
	var ep *resolvedEndpoint
	if a.ResolveEndpoint != nil {
		if ep, err = a.resolveUserEndpoint(ctx); err != nil {
			return md, v, err
		}
		ep.apply(req)
	}
	if !anonymous {
		name, region, opts := a.signing(ep)
		if err := a.sign(ctx, a.op, req, creds, a.payloadHash, name, region, usedSkew, opts...); err != nil {
			return md, v, err
		}
	}
	a.logRequest(req, a.body)
	resp, err := a.HTTPClient.Do(req)
	if err != nil {
		return md, v, &smithyhttp.RequestSendError{Err: err}
	}
	defer closeBody(resp)
	if err := redirected(req, resp); err != nil {
		return md, verdict{final: true}, err
	}
	requestID := requestID(resp.Header)
	awsmiddleware.SetRequestIDMetadata(&md, requestID)
	v, err = a.readResponse(a.op, resp, usedSkew, a.decode)
	if err != nil {
		err = &awshttp.ResponseError{
			ResponseError: &smithyhttp.ResponseError{Response: &smithyhttp.Response{Response: resp}, Err: err},
			RequestID:     requestID,
		}
	}
	return md, v, err
}

// closeBody drains what is left of a response body (up to a limit), so that
// the connection is reused, and closes it.
func closeBody(resp *http.Response) {
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
	resp.Body.Close()
}

// requestID returns the service's request ID from the response headers.
func requestID(h http.Header) string {
	for _, k := range [...]string{"X-Amzn-Requestid", "X-Amz-Requestid", "X-Amz-Request-Id"} {
		if v := h[k]; len(v) > 0 && v[0] != "" {
			return v[0]
		}
	}
	return ""
}

// readResponse reads resp's body, learns the clock skew from it, logs it, and
// decodes a 2xx body with decode, or builds the error of another status. The
// caller closes the body.
func (c *Config) readResponse(op *Operation, resp *http.Response, usedSkew time.Duration, decode func(*wire.Decoder)) (v verdict, err error) {
	learned := c.learnSkew(resp)
	ok := resp.StatusCode >= 200 && resp.StatusCode < 300
	limit := int64(maxSuccessBody)
	if !ok {
		limit = maxErrorBody
	}
	buf := bodyBuffers.Get().(*[]byte)
	body, readErr := readBody(resp.Body, resp.ContentLength, limit, (*buf)[:0])
	defer func() {
		if cap(body) <= maxPooledBody {
			*buf = body[:0]
			bodyBuffers.Put(buf)
		}
	}()
	c.logResponse(resp, body)
	if ok {
		return verdict{final: true}, decodeSuccess(body, readErr, resp.ContentLength, decode)
	}
	// An error body larger than the cap is cut; what was read still
	// names the error in most cases, and the status says the rest. The
	// error keeps what it reads from a copy of the body.
	err = decodeError(op, resp, string(body))
	return verdict{skewRetry: isSkewError(err) && (learned-usedSkew).Abs() > skewThreshold}, err
}

// contentType is the Content-Type header of every request. Header values
// are shared between requests: neither net/http nor the signer changes a
// value in place.
var contentType = []string{"application/x-amz-json-1.1"}

func (a *attempt) newRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.URL, nil)
	if err != nil {
		return nil, err
	}
	// Without GetBody, net/http cannot send the body again, so it follows no
	// 307 or 308 redirect, whatever the HTTPClient (NoRedirects stops the
	// others for an *http.Client). The body must stay a NopCloser of a
	// *bytes.Reader: net/http sends the headers and such a body in one write,
	// but flushes the headers on their own before a body it does not know.
	req.Body, req.ContentLength = io.NopCloser(bytes.NewReader(a.body)), int64(len(a.body))
	h := req.Header
	h["Content-Type"] = contentType
	h["X-Amz-Target"] = a.headers[0]
	h["User-Agent"] = a.headers[1]
	h["Amz-Sdk-Invocation-Id"] = a.headers[2]
	h["Amz-Sdk-Request"] = []string{"attempt=" + strconv.Itoa(a.number) + "; max=" + strconv.Itoa(a.maxAttempts)}
	return req, nil
}

// retrieveCredentials returns the credentials to sign with, or reports
// anonymous ones (the request goes unsigned).
func (c *Config) retrieveCredentials(ctx context.Context) (creds aws.Credentials, anonymous bool, err error) {
	if isAnonymous(c.Credentials) {
		return creds, true, nil
	}
	creds, err = c.Credentials.Retrieve(ctx)
	if err != nil {
		return creds, false, fmt.Errorf("retrieving credentials: %w", err)
	}
	if creds.AccessKeyID == "" || creds.SecretAccessKey == "" {
		return creds, false, fmt.Errorf("the credentials from %q have no access key ID or no secret access key", creds.Source)
	}
	return creds, false, nil
}

func (c *Config) sign(ctx context.Context, op *Operation, req *http.Request, creds aws.Credentials, payloadHash, name, region string, skew time.Duration, opts ...func(*v4.SignerOptions)) error {
	if err := c.Signer.SignHTTP(ctx, creds, req, payloadHash, name, region, time.Now().Add(skew), opts...); err != nil {
		return fmt.Errorf("signing the request: %w", err)
	}
	c.logSigning(op, req)
	return nil
}

// learnSkew records the difference between the service's clock (the Date
// header) and ours, and returns it.
func (c *Config) learnSkew(resp *http.Response) time.Duration {
	date, err := http.ParseTime(resp.Header.Get("Date"))
	if err != nil {
		return time.Duration(c.ClockSkew.Load())
	}
	skew := time.Until(date)
	if skew.Abs() < skewThreshold {
		skew = 0
	}
	c.ClockSkew.Store(int64(skew))
	return skew
}

// isSkewError reports a signature error that a wrong clock can cause.
func isSkewError(err error) bool {
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) {
		return false
	}
	switch apiErr.ErrorCode() {
	case "InvalidSignatureException", "SignatureDoesNotMatch", "RequestTimeTooSkewed", "AuthFailure":
		return true
	}
	return false
}

// readBody reads at most limit bytes of r, a body of contentLength bytes
// (-1 when unknown), appending them to buf. It returns what it read with the
// error that stopped it, if any.
//
// A length announced within the limit (and maxExactRead) is read at once
// into room of that size; otherwise (unknown length, as for a response that
// net/http inflated, or too long) the body grows as it arrives.
func readBody(r io.Reader, contentLength, limit int64, buf []byte) ([]byte, error) {
	if contentLength > 0 && contentLength <= min(limit, maxExactRead) {
		buf = slices.Grow(buf, int(contentLength)+1)
		n, err := io.ReadFull(r, buf[:contentLength])
		buf = buf[:n]
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			return buf, err
		}
		// More than announced (only an HTTPClient of the caller's can
		// answer that): read the rest as it comes.
		if m, _ := r.Read(buf[n : n+1]); m == 0 {
			return buf, nil
		}
		buf = buf[:n+1]
	}
	b := bytes.NewBuffer(buf)
	rest := limit - int64(len(buf))
	n, err := b.ReadFrom(io.LimitReader(r, rest+1))
	if err != nil {
		return b.Bytes(), err
	}
	if n > rest {
		return b.Bytes()[:limit], &smithy.DeserializationError{Err: fmt.Errorf("response body is larger than %d bytes", limit)}
	}
	return b.Bytes(), nil
}

// decodeSuccess decodes a 2xx body; an empty body is an empty output, as in
// the official client. readErr is what ended the read early, if anything: a
// body cut short by the network still decodes when the JSON in it is whole;
// otherwise the error names the short read (the caller does not retry it).
func decodeSuccess(body []byte, readErr error, contentLength int64, decode func(*wire.Decoder)) error {
	if tooLarge, ok := readErr.(*smithy.DeserializationError); ok {
		return tooLarge
	}
	if readErr != nil && isBlank(body) {
		return cutShort(body, contentLength, readErr)
	}
	if isBlank(body) {
		return nil
	}
	d := wire.NewDecoderBytes(body)
	if d.Object() {
		decode(d)
	}
	d.End()
	if err := d.Err(); err != nil {
		if readErr != nil {
			return cutShort(body, contentLength, readErr)
		}
		return &smithy.DeserializationError{Err: fmt.Errorf("malformed response: %w", err), Snapshot: snapshot(body)}
	}
	return nil
}

// cutShort is the error for a 2xx body that the network cut before its JSON
// was whole. It does not wrap readErr, so that no retryer takes it for a
// connection error.
func cutShort(body []byte, contentLength int64, readErr error) error {
	of := ""
	if contentLength >= 0 {
		of = fmt.Sprintf(" of the %d announced", contentLength)
	}
	return &smithy.DeserializationError{
		Err:      fmt.Errorf("response body cut short after %d bytes%s (%v), and what arrived is not whole JSON", len(body), of, readErr),
		Snapshot: snapshot(body),
	}
}

// redirected returns an error when the HTTP client followed a redirect, so
// that another host's answer is not taken for the service's. The clients
// that this package builds or wraps never follow one; an HTTPClient of the
// caller's that wraps an *http.Client can follow 301, 302 and 303 (as GET).
func redirected(req *http.Request, resp *http.Response) error {
	last := resp.Request
	if last == nil || last.URL == nil || (last.Method == req.Method && last.URL.Host == req.URL.Host && last.URL.Path == req.URL.Path) {
		return nil
	}
	return fmt.Errorf("the HTTP client followed a redirect (HTTP %d from host %q): refused; AppStream never redirects, so give an HTTPClient that does not follow redirects", resp.StatusCode, last.URL.Host)
}

// NoRedirects returns c, or for an *http.Client a copy that follows no
// redirect: its 3xx responses come back as they are, and become errors. The
// caller's client is not changed.
func NoRedirects(c HTTPClient) HTTPClient {
	hc, ok := c.(*http.Client)
	if !ok {
		return c
	}
	cp := *hc
	cp.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &cp
}

func decodeError(op *Operation, resp *http.Response, body string) error {
	info, err := wire.DecodeErrorInfo(body)
	if err != nil {
		return &smithy.DeserializationError{
			Err:      fmt.Errorf("error response (HTTP %d) is not an awsJson1.1 error: %w", resp.StatusCode, err),
			Snapshot: snapshot(body),
		}
	}
	code := wire.ErrorCode(resp.Header.Get("X-Amzn-Errortype"), info)
	if code == "" {
		code = "UnknownError"
	}
	var message *string
	if info.HasMessage {
		message = &info.Message
	}
	if op.Error != nil {
		if typed := op.Error(code, message); typed != nil {
			return typed
		}
	}
	// Without a message the official client says "UnknownError".
	generic := &smithy.GenericAPIError{Code: code, Message: info.Message}
	if generic.Message == "" {
		generic.Message = "UnknownError"
	}
	return generic
}

func isBlank(s []byte) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return true
}

// snapshot keeps a copy of the start of a body for an error's Snapshot.
func snapshot[T string | []byte](body T) []byte {
	return []byte(body[:min(len(body), 1024)])
}

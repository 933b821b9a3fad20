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
	Signer      *v4.Signer
	UserAgent   string
	Logger      logging.Logger
	LogMode     aws.ClientLogMode
	// ClockSkew holds the offset, in nanoseconds, between the service's clock
	// and ours, learned from the Date header of responses. It is shared by
	// the calls of one client.
	ClockSkew *atomic.Int64
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
	// skewThreshold is how far the clocks may differ before a signature
	// error is taken as a sign of clock skew and retried.
	skewThreshold = 4 * time.Minute
)

var readBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

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
		return middleware.Metadata{}, errors.New("no credentials: set Options.Credentials (config.LoadDefaultConfig finds them), or aws.AnonymousCredentials{} to send unsigned requests")
	}
	sum := sha256.Sum256(body)
	a := attempt{
		Config:       c,
		op:           op,
		body:         body,
		payloadHash:  hex.EncodeToString(sum[:]),
		invocationID: invocationID(),
		target:       []string{c.TargetPrefix + "." + op.Name},
		decode:       decode,
		maxAttempts:  c.Retryer.MaxAttempts(),
	}
	releaseRetryToken := func(error) error { return nil }
	for a.number = 1; ; a.number++ {
		if err := ctx.Err(); err != nil {
			return middleware.Metadata{}, &smithy.CanceledError{Err: err}
		}
		releaseAttemptToken := func(error) error { return nil }
		if a.number == 1 {
			var err error
			if releaseAttemptToken, err = attemptToken(ctx, c.Retryer); err != nil {
				return middleware.Metadata{}, fmt.Errorf("retry quota: %w", err)
			}
		}
		md, skewRetry, err := a.send(ctx)
		_ = releaseRetryToken(err)
		_ = releaseAttemptToken(err)
		if err == nil {
			return md, nil
		}
		if ctx.Err() != nil {
			return md, &smithy.CanceledError{Err: ctx.Err()}
		}
		if !skewRetry && !c.Retryer.IsErrorRetryable(err) {
			return md, err
		}
		if a.maxAttempts > 0 && a.number >= a.maxAttempts {
			c.logRetry("%s: giving up after %d attempts: %v", op.Name, a.number, err)
			return md, &retry.MaxAttemptsError{Attempt: a.number, Err: err}
		}
		var tokenErr error
		if releaseRetryToken, tokenErr = c.Retryer.GetRetryToken(ctx, err); tokenErr != nil {
			return md, fmt.Errorf("%w (not retried: %v)", err, tokenErr)
		}
		delay, delayErr := c.Retryer.RetryDelay(a.number, err)
		if delayErr != nil {
			return md, fmt.Errorf("%w (not retried: %v)", err, delayErr)
		}
		c.logRetry("%s: attempt %d failed, retrying in %v: %v", op.Name, a.number, delay, err)
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
	op           *Operation
	body         []byte
	payloadHash  string
	invocationID string
	// target is the X-Amz-Target header, the same for every attempt.
	target      []string
	decode      func(*wire.Decoder)
	number      int
	maxAttempts int
}

// send makes one attempt. skewRetry reports a signature error caused by a
// clock skew that this attempt has just learned, which is worth retrying with
// the corrected clock whatever the retryer says.
func (a *attempt) send(ctx context.Context) (md middleware.Metadata, skewRetry bool, err error) {
	req, err := a.newRequest(ctx)
	if err != nil {
		return md, false, err
	}
	usedSkew := time.Duration(a.ClockSkew.Load())
	if err := a.sign(ctx, req, usedSkew); err != nil {
		return md, false, err
	}
	a.logRequest(req)
	resp, err := a.HTTPClient.Do(req)
	if err != nil {
		return md, false, &smithyhttp.RequestSendError{Err: err}
	}
	defer func() {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxErrorBody))
		resp.Body.Close()
	}()
	learned := a.learnSkew(resp)
	requestID := resp.Header.Get("X-Amzn-Requestid")
	if requestID == "" {
		requestID = resp.Header.Get("X-Amz-Request-Id")
	}
	awsmiddleware.SetRequestIDMetadata(&md, requestID)

	ok := resp.StatusCode >= 200 && resp.StatusCode < 300
	limit := int64(maxSuccessBody)
	if !ok {
		limit = maxErrorBody
	}
	body, readErr := readBody(resp.Body, limit)
	a.logResponse(resp, body)
	switch {
	case readErr != nil && ok:
		err = readErr
	case ok:
		err = decodeSuccess(body, a.decode)
	default:
		// An error body larger than the cap is cut; what was read still
		// names the error in most cases, and the status says the rest.
		err = a.decodeError(resp, body)
		skewRetry = isSkewError(err) && (learned-usedSkew).Abs() > skewThreshold
	}
	if err != nil {
		err = &awshttp.ResponseError{
			ResponseError: &smithyhttp.ResponseError{Response: &smithyhttp.Response{Response: resp}, Err: err},
			RequestID:     requestID,
		}
	}
	return md, skewRetry, err
}

func (a *attempt) newRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.URL, bytes.NewReader(a.body))
	if err != nil {
		return nil, err
	}
	h := req.Header
	h["Content-Type"] = []string{"application/x-amz-json-1.1"}
	h["X-Amz-Target"] = a.target
	h["User-Agent"] = []string{a.UserAgent}
	h["Amz-Sdk-Invocation-Id"] = []string{a.invocationID}
	h["Amz-Sdk-Request"] = []string{"attempt=" + strconv.Itoa(a.number) + "; max=" + strconv.Itoa(a.maxAttempts)}
	return req, nil
}

func (a *attempt) sign(ctx context.Context, req *http.Request, skew time.Duration) error {
	if aws.IsCredentialsProvider(a.Credentials, aws.AnonymousCredentials{}) {
		return nil
	}
	creds, err := a.Credentials.Retrieve(ctx)
	if err != nil {
		return fmt.Errorf("retrieving credentials: %w", err)
	}
	if creds.AccessKeyID == "" || creds.SecretAccessKey == "" {
		return fmt.Errorf("the credentials from %q have no access key ID or no secret access key", creds.Source)
	}
	if err := a.Signer.SignHTTP(ctx, creds, req, a.payloadHash, a.SigningName, a.SigningRegion, time.Now().Add(skew)); err != nil {
		return fmt.Errorf("signing the request: %w", err)
	}
	a.logSigning(req)
	return nil
}

// learnSkew records the difference between the service's clock (the Date
// header) and ours, and returns it.
func (a *attempt) learnSkew(resp *http.Response) time.Duration {
	date, err := http.ParseTime(resp.Header.Get("Date"))
	if err != nil {
		return time.Duration(a.ClockSkew.Load())
	}
	skew := time.Until(date)
	if skew.Abs() < skewThreshold {
		skew = 0
	}
	a.ClockSkew.Store(int64(skew))
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

// readBody reads at most limit bytes of r into a string.
func readBody(r io.Reader, limit int64) (string, error) {
	buf := readBuffers.Get().(*bytes.Buffer)
	defer readBuffers.Put(buf)
	buf.Reset()
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return buf.String(), &responseReadError{err: err}
	}
	if n > limit {
		return buf.String()[:limit], &smithy.DeserializationError{Err: fmt.Errorf("response body is larger than %d bytes", limit)}
	}
	return buf.String(), nil
}

// responseReadError is a response cut short by the network. The retryers
// retry it as a connection error.
type responseReadError struct{ err error }

func (e *responseReadError) Error() string         { return "reading the response body: " + e.err.Error() }
func (e *responseReadError) Unwrap() error         { return e.err }
func (e *responseReadError) ConnectionError() bool { return true }

// decodeSuccess decodes a 2xx body; an empty body is an empty output, as in
// the official client.
func decodeSuccess(body string, decode func(*wire.Decoder)) error {
	if isBlank(body) {
		return nil
	}
	d := wire.NewDecoder(body)
	if d.Object() {
		decode(d)
	}
	d.End()
	if err := d.Err(); err != nil {
		return &smithy.DeserializationError{Err: fmt.Errorf("malformed response: %w", err), Snapshot: snapshot(body)}
	}
	return nil
}

func (a *attempt) decodeError(resp *http.Response, body string) error {
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
	if a.op.Error != nil {
		if typed := a.op.Error(code, message); typed != nil {
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

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return true
}

// snapshot keeps the start of a body for an error's Snapshot.
func snapshot(body string) []byte {
	return []byte(body[:min(len(body), 1024)])
}

package appstream_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// errorView is what a caller can learn from an error.
type errorView struct {
	Type      string
	Code      string
	Message   string
	Fault     smithy.ErrorFault
	Status    int
	RequestID string
	Operation string
}

func viewError(t *testing.T, err error) errorView {
	t.Helper()
	var oe *smithy.OperationError
	if !errors.As(err, &oe) || oe.ServiceID != "AppStream" {
		t.Fatalf("error %T %v is not an AppStream *smithy.OperationError", err, err)
	}
	var re *awshttp.ResponseError
	if !errors.As(err, &re) {
		t.Fatalf("error %v has no *awshttp.ResponseError", err)
	}
	v := errorView{Status: re.HTTPStatusCode(), RequestID: re.ServiceRequestID(), Operation: oe.OperationName}
	var apiErr smithy.APIError
	var de *smithy.DeserializationError
	switch {
	case errors.As(err, &apiErr):
		v.Type = typeName(apiErr)
		v.Code, v.Message, v.Fault = apiErr.ErrorCode(), apiErr.ErrorMessage(), apiErr.ErrorFault()
	case errors.As(err, &de):
		v.Type = "*smithy.DeserializationError"
		v.Message = de.Err.Error()
	default:
		t.Fatalf("error %v is neither an API error nor a deserialization error", err)
	}
	return v
}

func typeName(err error) string {
	switch err.(type) {
	case *types.ResourceNotFoundException:
		return "ResourceNotFoundException"
	case *types.InvalidParameterCombinationException:
		return "InvalidParameterCombinationException"
	case *types.ConcurrentModificationException:
		return "ConcurrentModificationException"
	case *types.LimitExceededException:
		return "LimitExceededException"
	case *types.ResourceInUseException:
		return "ResourceInUseException"
	case *smithy.GenericAPIError:
		return "*smithy.GenericAPIError"
	}
	return "other"
}

func TestErrorResponses(t *testing.T) {
	const html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
	cases := map[string]struct {
		call   call
		status int
		header map[string]string
		body   string
		want   errorView
	}{
		"__type in body": {describeFleets(nil), 400, nil, `{"__type":"ResourceNotFoundException","message":"Fleet x not found"}`,
			errorView{Type: "ResourceNotFoundException", Code: "ResourceNotFoundException", Message: "Fleet x not found", Fault: smithy.FaultClient}},
		"namespaced __type": {describeFleets(nil), 400, nil, `{"__type":"com.amazonaws.photon#ResourceNotFoundException","Message":"capital M"}`,
			errorView{Type: "ResourceNotFoundException", Code: "ResourceNotFoundException", Message: "capital M", Fault: smithy.FaultClient}},
		"header with uri": {describeFleets(nil), 400, map[string]string{"X-Amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.photon/"}, `{"message":"m"}`,
			errorView{Type: "ResourceNotFoundException", Code: "ResourceNotFoundException", Message: "m", Fault: smithy.FaultClient}},
		"header wins over __type": {describeFleets(nil), 400, map[string]string{"X-Amzn-ErrorType": "ResourceNotFoundException"}, `{"__type":"ThrottlingException","message":"m"}`,
			errorView{Type: "ResourceNotFoundException", Code: "ResourceNotFoundException", Message: "m", Fault: smithy.FaultClient}},
		"code member": {describeSessions(describeSessionsAll), 400, nil, `{"code":"InvalidParameterCombinationException","message":"UserId needs AuthenticationType"}`,
			errorView{Type: "InvalidParameterCombinationException", Code: "InvalidParameterCombinationException", Message: "UserId needs AuthenticationType", Fault: smithy.FaultClient}},
		"case-insensitive match": {updateFleet(updateFleetAll), 400, nil, `{"__type":"resourceinuseexception","message":"fleet is RUNNING"}`,
			errorView{Type: "ResourceInUseException", Code: "ResourceInUseException", Message: "fleet is RUNNING", Fault: smithy.FaultClient}},
		"modeled for another operation only": {describeFleets(nil), 400, nil, `{"__type":"ResourceInUseException","message":"m"}`,
			errorView{Type: "*smithy.GenericAPIError", Code: "ResourceInUseException", Message: "m"}},
		"unmodeled code": {createFleet(createFleetAll), 400, nil, `{"__type":"ValidationException","message":"1 validation error detected"}`,
			errorView{Type: "*smithy.GenericAPIError", Code: "ValidationException", Message: "1 validation error detected"}},
		"no message": {describeFleets(nil), 400, nil, `{"__type":"ResourceNotFoundException"}`,
			errorView{Type: "ResourceNotFoundException", Code: "ResourceNotFoundException", Fault: smithy.FaultClient}},
		"unmodeled without message": {describeFleets(nil), 403, nil, `{"__type":"AccessDeniedException"}`,
			errorView{Type: "*smithy.GenericAPIError", Code: "AccessDeniedException", Message: "UnknownError"}},
		"empty body": {stopFleet(&appstream.StopFleetInput{Name: aws.String("f")}), 404, nil, ``,
			errorView{Type: "*smithy.GenericAPIError", Code: "UnknownError", Message: "UnknownError"}},
		"html from a proxy": {deleteFleet(&appstream.DeleteFleetInput{Name: aws.String("f")}), 413, nil, html,
			errorView{Type: "*smithy.DeserializationError", Message: `error response (HTTP 413) is not an awsJson1.1 error: document: expected a JSON object, found '<' (offset 0, near "<html><head><title>502 Bad Gateway</titl")`}},
		"truncated json": {startFleet(&appstream.StartFleetInput{Name: aws.String("f")}), 400, nil, `{"__type":"Resou`,
			errorView{Type: "*smithy.DeserializationError", Message: `error response (HTTP 400) is not an awsJson1.1 error: __type: unterminated string (offset 16, near "{\"__type\":\"Resou")`}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f, client := newFakeService(t, func(int, recorded) reply {
				return reply{status: tc.status, header: tc.header, body: tc.body}
			})
			err := tc.call(context.Background(), client)
			got := viewError(t, err)
			tc.want.Status, tc.want.RequestID = tc.status, "req-a"
			tc.want.Operation = strings.TrimPrefix(f.request(t, 0).Header.Get("X-Amz-Target"), "PhotonAdminProxyService.")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("error (-want +got):\n%s\nerror text: %v", diff, err)
			}
			if f.count() != 1 {
				t.Errorf("%d attempts, want 1", f.count())
			}
		})
	}
}

// The error text reads as the official client's.
func TestErrorText(t *testing.T) {
	_, client := newFakeService(t, func(int, recorded) reply {
		return reply{status: 400, body: `{"__type":"ResourceNotFoundException","message":"The fleet nope does not exist."}`}
	})
	_, err := client.DescribeFleets(context.Background(), &appstream.DescribeFleetsInput{Names: []string{"nope"}})
	want := "operation error AppStream: DescribeFleets, https response error StatusCode: 400, RequestID: req-a, ResourceNotFoundException: The fleet nope does not exist."
	if err == nil || err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
	var nf *types.ResourceNotFoundException
	if !errors.As(err, &nf) || aws.ToString(nf.Message) != "The fleet nope does not exist." {
		t.Errorf("errors.As(*types.ResourceNotFoundException) = %v", nf)
	}
}

// TestRetryPolicy counts attempts at the server for each kind of failure.
func TestRetryPolicy(t *testing.T) {
	cases := map[string]struct {
		status       int
		code         string
		drop         bool
		wantAttempts int
		call         call // CreateFleet when nil
	}{
		"RequestLimitExceededException is a throttle": {400, "RequestLimitExceededException", false, 3, nil},
		"LimitExceededException is a quota":           {400, "LimitExceededException", false, 1, nil},
		// DescribeFleets models neither: the codes decide.
		"unmodeled RequestLimitExceededException": {400, "RequestLimitExceededException", false, 3, describeFleets(nil)},
		"unmodeled LimitExceededException":        {400, "LimitExceededException", false, 1, describeFleets(nil)},
		"ThrottlingException":                     {400, "ThrottlingException", false, 3, nil},
		"500":                                     {500, "InternalFailure", false, 3, nil},
		"502 html":                                {502, "", false, 3, nil},
		"503":                                     {503, "ServiceUnavailable", false, 3, nil},
		"unmodeled 429":                           {429, "TooManyRequests", false, 3, nil},
		"ResourceNotFoundException":               {400, "ResourceNotFoundException", false, 1, nil},
		"ConcurrentModificationException":         {400, "ConcurrentModificationException", false, 1, nil},
		"ValidationException":                     {400, "ValidationException", false, 1, nil},
		"connection dropped":                      {0, "", true, 3, nil},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f, client := newFakeService(t, func(int, recorded) reply {
				body := `{"__type":"` + tc.code + `","message":"no"}`
				if tc.code == "" {
					body = "<html>bad gateway</html>"
				}
				return reply{status: tc.status, body: body, drop: tc.drop}
			})
			if tc.call == nil {
				tc.call = createFleet(createFleetAll)
			}
			err := tc.call(context.Background(), client)
			if err == nil {
				t.Fatal("no error")
			}
			if got := f.count(); got != tc.wantAttempts {
				t.Errorf("%d attempts, want %d (error: %v)", got, tc.wantAttempts, err)
			}
			var maxErr *retry.MaxAttemptsError
			if tc.wantAttempts > 1 && !errors.As(err, &maxErr) {
				t.Errorf("error %v, want a *retry.MaxAttemptsError after the last attempt", err)
			}
		})
	}
}

// TestRetryAttempts checks that every attempt sends the same body, is signed
// anew, numbers itself and keeps the call's invocation ID, and that a retry
// that succeeds returns the successful output.
func TestRetryAttempts(t *testing.T) {
	f, client := newFakeService(t, func(n int, _ recorded) reply {
		if n < 2 {
			return reply{status: 503, body: `{"__type":"ServiceUnavailableException"}`}
		}
		return reply{body: `{"Fleet":{"Name":"training"}}`}
	})
	out, err := client.CreateFleet(context.Background(), createFleetAll)
	if err != nil || aws.ToString(out.Fleet.Name) != "training" {
		t.Fatalf("out %+v, err %v", out, err)
	}
	first := f.request(t, 0)
	for i := 0; i < 3; i++ {
		r := f.request(t, i)
		if want := "attempt=" + string(rune('1'+i)) + "; max=3"; r.Header.Get("Amz-Sdk-Request") != want {
			t.Errorf("attempt %d: Amz-Sdk-Request %q, want %q", i+1, r.Header.Get("Amz-Sdk-Request"), want)
		}
		if r.Header.Get("Amz-Sdk-Invocation-Id") != first.Header.Get("Amz-Sdk-Invocation-Id") {
			t.Errorf("attempt %d has another invocation ID", i+1)
		}
		if diff := cmp.Diff(string(first.Body), string(r.Body)); diff != "" {
			t.Errorf("attempt %d body differs:\n%s", i+1, diff)
		}
		verifySignature(t, r)
	}
}

// TestRetryOptions checks RetryMaxAttempts on the client and per call, and a
// Retryer of the caller's.
func TestRetryOptions(t *testing.T) {
	throttled := func(int, recorded) reply { return reply{status: 400, body: `{"__type":"ThrottlingException"}`} }
	cases := map[string]struct {
		clientOpts   func(*appstream.Options)
		callOpts     []func(*appstream.Options)
		wantAttempts int
	}{
		"client RetryMaxAttempts":   {func(o *appstream.Options) { o.RetryMaxAttempts = 5 }, nil, 5},
		"per-call RetryMaxAttempts": {func(*appstream.Options) {}, []func(*appstream.Options){func(o *appstream.Options) { o.RetryMaxAttempts = 2 }}, 2},
		"caller's retryer":          {func(o *appstream.Options) { o.Retryer = aws.NopRetryer{} }, nil, 1},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f, client := newFakeService(t, throttled, tc.clientOpts, noBackoff)
			_, err := client.DescribeFleets(context.Background(), nil, tc.callOpts...)
			if err == nil || f.count() != tc.wantAttempts {
				t.Errorf("%d attempts, want %d (error %v)", f.count(), tc.wantAttempts, err)
			}
			if got := client.Options().RetryMaxAttempts; len(tc.callOpts) > 0 && got != 0 {
				t.Errorf("per-call option changed the client: RetryMaxAttempts %d", got)
			}
		})
	}
}

// A cancelled context stops the call at once, whether it is waiting for a
// response or between attempts.
func TestCancel(t *testing.T) {
	t.Run("during a request", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		release := make(chan struct{})
		defer close(release)
		f, client := newFakeService(t, func(int, recorded) reply {
			cancel()
			<-release
			return reply{body: `{}`}
		})
		_, err := client.DescribeFleets(ctx, nil)
		var ce *smithy.CanceledError
		if !errors.As(err, &ce) || !errors.Is(err, context.Canceled) {
			t.Fatalf("error %T %v, want a *smithy.CanceledError", err, err)
		}
		if f.count() != 1 {
			t.Errorf("%d attempts, want 1", f.count())
		}
	})
	t.Run("between attempts", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		// The default retryer waits before the second attempt; the call
		// must not wait for it.
		f, client := newFakeService(t, func(int, recorded) reply {
			cancel()
			return reply{status: 500, body: `{"__type":"InternalFailure"}`}
		}, func(o *appstream.Options) {
			o.Retryer = retry.NewStandard(func(so *retry.StandardOptions) { so.Backoff = fixedBackoff(time.Hour) })
		})
		start := time.Now()
		_, err := client.DescribeFleets(ctx, nil)
		if !errors.Is(err, context.Canceled) || time.Since(start) > 10*time.Second {
			t.Fatalf("error %v after %v, want context.Canceled at once", err, time.Since(start))
		}
		if f.count() != 1 {
			t.Errorf("%d attempts, want 1", f.count())
		}
	})
	t.Run("before the call", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		f, client := newFakeService(t, ok(`{}`))
		if _, err := client.DescribeFleets(ctx, nil); !errors.Is(err, context.Canceled) {
			t.Fatalf("error %v, want context.Canceled", err)
		}
		if f.count() != 0 {
			t.Errorf("%d requests, want 0", f.count())
		}
	})
}

type fixedBackoff time.Duration

func (b fixedBackoff) BackoffDelay(int, error) (time.Duration, error) { return time.Duration(b), nil }

// refusingRetryer retries everything but has no retry quota left.
type refusingRetryer struct{ aws.Retryer }

func (refusingRetryer) IsErrorRetryable(error) bool { return true }

func (refusingRetryer) GetRetryToken(context.Context, error) (func(error) error, error) {
	return nil, errors.New("retry quota exceeded, 0 available, 5 requested")
}

// When the retry quota is spent, the call fails at once with the last
// attempt's error, which says why it was not retried.
func TestRetryQuotaExhausted(t *testing.T) {
	f, client := newFakeService(t, func(int, recorded) reply {
		return reply{status: 503, body: `{"__type":"ServiceUnavailableException","message":"busy"}`}
	}, func(o *appstream.Options) { o.Retryer = refusingRetryer{o.Retryer} })
	_, err := client.DescribeFleets(context.Background(), nil)
	var re *awshttp.ResponseError
	if !errors.As(err, &re) || re.HTTPStatusCode() != 503 || !strings.Contains(err.Error(), "(not retried: retry quota exceeded") {
		t.Fatalf("error %v", err)
	}
	if f.count() != 1 {
		t.Errorf("%d attempts, want 1", f.count())
	}
}

package appstream_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"

	"github.com/appstreamkit/appstream-go/appstream"
)

// oneOfEach calls every fleet and session operation once with a valid
// input; everyOperation adds the operator's operations of errorProbes.
var oneOfEach = []struct {
	name string
	call call
}{
	{"CreateFleet", createFleet(&appstream.CreateFleetInput{Name: aws.String("f"), InstanceType: aws.String("stream.standard.small")})},
	{"UpdateFleet", updateFleet(&appstream.UpdateFleetInput{Name: aws.String("f")})},
	{"DescribeFleets", describeFleets(nil)},
	{"DescribeSessions", describeSessions(&appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f")})},
	{"StartFleet", startFleet(&appstream.StartFleetInput{Name: aws.String("f")})},
	{"StopFleet", stopFleet(&appstream.StopFleetInput{Name: aws.String("f")})},
	{"DeleteFleet", deleteFleet(&appstream.DeleteFleetInput{Name: aws.String("f")})},
}

// everyOperation returns a valid call of each of the client's operations.
func everyOperation() map[string]call {
	calls := map[string]call{}
	for _, op := range oneOfEach {
		calls[op.name] = op.call
	}
	for name, probe := range errorProbes {
		calls[name] = probe.call
	}
	return calls
}

// A 3xx is an error with its status and request ID, as in the official
// client; the request is never sent to the Location, whatever HTTP client
// the caller gives, and the caller's client is not changed.
func TestRedirectsAreNotFollowed(t *testing.T) {
	var elsewhere atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		elsewhere.Add(1)
		w.Header().Set("X-Amzn-RequestId", "elsewhere")
		fmt.Fprint(w, `{"Fleets":[{"Name":"from another host"}]}`)
	}))
	defer other.Close()
	plain := &http.Client{}
	clients := map[string]struct {
		client appstream.HTTPClient
		// mayFollow: an HTTPClient of the caller's that wraps an
		// *http.Client can follow 301-303 as a GET; the answer is refused.
		mayFollow bool
	}{
		"default":            {nil, false},
		"plain *http.Client": {plain, false},
		"wrapped *http.Client": {httpClientFunc(func(r *http.Request) (*http.Response, error) {
			return http.DefaultClient.Do(r)
		}), true},
	}
	for _, status := range []int{301, 302, 303, 307, 308} {
		for name, hc := range clients {
			t.Run(fmt.Sprintf("%d %s", status, name), func(t *testing.T) {
				elsewhere.Store(0)
				f, client := newFakeService(t, func(int, recorded) reply {
					return reply{status: status, header: map[string]string{"Location": other.URL + "/", "X-Amzn-RequestId": "moved"}}
				}, func(o *appstream.Options) {
					if hc.client != nil {
						o.HTTPClient = hc.client
					}
				})
				out, err := client.DescribeFleets(context.Background(), nil)
				if err == nil {
					t.Fatalf("no error; fleets %v", out.Fleets)
				}
				if f.count() != 1 {
					t.Errorf("%d requests to the endpoint, want 1", f.count())
				}
				var re *awshttp.ResponseError
				switch {
				case errors.As(err, &re):
					if re.HTTPStatusCode() != status || re.ServiceRequestID() != "moved" {
						t.Errorf("status %d, request ID %q, want %d, moved", re.HTTPStatusCode(), re.ServiceRequestID(), status)
					}
					if elsewhere.Load() != 0 {
						t.Errorf("%d requests sent to the Location", elsewhere.Load())
					}
				case hc.mayFollow && status <= 303:
					if !strings.Contains(err.Error(), "followed a redirect") {
						t.Errorf("error %v, want one about the redirect", err)
					}
				default:
					t.Errorf("error %v, want an *awshttp.ResponseError", err)
				}
			})
		}
	}
	if plain.CheckRedirect != nil {
		t.Error("the caller's *http.Client was changed")
	}
}

// cutShortServer answers every request with a 200 whose Content-Length
// announces more than body, and closes the connection.
func cutShortServer(t *testing.T, body string) (*httptest.Server, *atomic.Int32) {
	var attempts atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		attempts.Add(1)
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close()
		fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amzn-RequestId: cut\r\nContent-Length: 1000\r\n\r\n%s", body)
		buf.Flush()
	}))
	t.Cleanup(srv.Close)
	return srv, &attempts
}

// retryEverything retries every error, to show that the rule does not
// depend on the retryer.
type retryEverything struct{ aws.Retryer }

func (retryEverything) IsErrorRetryable(error) bool { return true }

// Once a 2xx arrived, the service has the request: a body cut short is never
// retried. Whole JSON is the output; otherwise the error names the short read.
func TestNoRetryAfter2xx(t *testing.T) {
	retryers := map[string]func(*appstream.Options){
		"default retryer":          func(*appstream.Options) {},
		"retryer that retries all": func(o *appstream.Options) { o.Retryer = retryEverything{o.Retryer} },
	}
	for name, opt := range retryers {
		t.Run(name+", JSON cut", func(t *testing.T) {
			srv, attempts := cutShortServer(t, `{"FleetArn":"arn:fleet/f","Fleet":{"Name":`)
			client := appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: testCredentials}, noBackoff, opt)
			_, err := client.CreateFleet(context.Background(), &appstream.CreateFleetInput{Name: aws.String("f"), InstanceType: aws.String("t")})
			var de *smithy.DeserializationError
			var re *awshttp.ResponseError
			if !errors.As(err, &de) || !errors.As(err, &re) || re.HTTPStatusCode() != 200 || re.ServiceRequestID() != "cut" {
				t.Fatalf("error %T %v, want a deserialization error in a response error (200, cut)", err, err)
			}
			// The cause is unexpected EOF, or a reset when the server's close
			// overtakes the request.
			if want := "response body cut short after 42 bytes of the 1000 announced ("; !strings.Contains(err.Error(), want) {
				t.Errorf("error %q, want it to contain %q", err, want)
			}
			if attempts.Load() != 1 {
				t.Errorf("%d attempts, want 1", attempts.Load())
			}
		})
		t.Run(name+", JSON whole", func(t *testing.T) {
			srv, attempts := cutShortServer(t, `{"Fleets":[{"Name":"f"}]}`)
			client := appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: testCredentials}, noBackoff, opt)
			out, err := client.DescribeFleets(context.Background(), nil)
			if err != nil || len(out.Fleets) != 1 || aws.ToString(out.Fleets[0].Name) != "f" {
				t.Fatalf("output %+v, error %v", out, err)
			}
			if attempts.Load() != 1 {
				t.Errorf("%d attempts, want 1", attempts.Load())
			}
		})
		t.Run(name+", nothing arrived", func(t *testing.T) {
			srv, attempts := cutShortServer(t, "")
			client := appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: testCredentials}, noBackoff, opt)
			_, err := client.DeleteFleet(context.Background(), &appstream.DeleteFleetInput{Name: aws.String("f")})
			var de *smithy.DeserializationError
			if !errors.As(err, &de) || !strings.Contains(err.Error(), "cut short after 0 bytes") || attempts.Load() != 1 {
				t.Fatalf("error %v after %d attempts, want a deserialization error after 1", err, attempts.Load())
			}
		})
	}
}

// A BaseEndpoint's user info never shows in an error, whatever else is
// wrong with it.
func TestBaseEndpointUserInfoIsNotShown(t *testing.T) {
	for _, endpoint := range []string{
		"ftp://alice:PASSWORD@host/",
		"https://alice:PASSWORD@appstream.example.com/",
		"http://alice:PASSWORD@127.0.0.1:1/?q=1",
		"http://alice:PASS WORD@host/%zz",
		"alice:PASSWORD@host",
		"//alice:PASSWORD@host/a@b",
	} {
		t.Run(endpoint, func(t *testing.T) {
			f, client := newFakeService(t, ok(`{}`), func(o *appstream.Options) { o.BaseEndpoint = aws.String(endpoint) })
			err := describeFleets(nil)(context.Background(), client)
			if err == nil {
				t.Fatal("no error")
			}
			if strings.Contains(err.Error(), "PASS") || strings.Contains(err.Error(), "alice") {
				t.Errorf("error shows the user info: %v", err)
			}
			if !strings.Contains(err.Error(), "BaseEndpoint") {
				t.Errorf("error %v does not name the setting", err)
			}
			if f.count() != 0 {
				t.Errorf("%d requests sent", f.count())
			}
		})
	}
	t.Run("from the environment", func(t *testing.T) {
		t.Setenv("AWS_ENDPOINT_URL_APPSTREAM", "https://alice:PASSWORD@appstream.example.com")
		client := appstream.NewFromConfig(aws.Config{Region: "us-east-1", Credentials: testCredentials})
		_, err := client.DescribeFleets(context.Background(), nil)
		if err == nil || strings.Contains(err.Error(), "PASSWORD") || strings.Contains(err.Error(), "alice") {
			t.Errorf("error %v", err)
		}
	})
}

// AppStream's limit codes are classified for retries case-insensitively,
// as they are matched for types, on every operation, modeled or not.
func TestLimitCodesInAnyCase(t *testing.T) {
	cases := []struct {
		code     string
		attempts int
	}{
		{"RequestLimitExceededException", 2},
		{"requestlimitexceededexception", 2},
		{"REQUESTLIMITEXCEEDEDEXCEPTION", 2},
		{"LimitExceededException", 1},
		{"limitexceededexception", 1},
	}
	calls := everyOperation()
	if len(calls) != 21 {
		t.Fatalf("%d operations, want 21", len(calls))
	}
	for name, call := range calls {
		for _, tc := range cases {
			t.Run(name+" "+tc.code, func(t *testing.T) {
				f, client := newFakeService(t, func(n int, _ recorded) reply {
					if n == 0 {
						return reply{status: 400, body: `{"__type":"` + tc.code + `","message":"slow down"}`}
					}
					return reply{body: `{}`}
				})
				err := call(context.Background(), client)
				if f.count() != tc.attempts {
					t.Errorf("%d attempts, want %d (error %v)", f.count(), tc.attempts, err)
				}
				if (err != nil) != (tc.attempts == 1) {
					t.Errorf("error %v", err)
				}
			})
		}
	}
}

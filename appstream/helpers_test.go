package appstream_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/appstream"
)

// Test credentials. The tests check that the secret and the token never
// appear in errors or logs.
const (
	testAccessKey = "AKIDEXAMPLE"
	testSecret    = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
	testToken     = "SESSIONTOKEN-EXAMPLE"
	// prefix is where the fake service is mounted, as go-github does, so
	// that a client that drops the BaseEndpoint's path fails loudly.
	prefix = "/api-prefix/"
)

var testCredentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: testAccessKey, SecretAccessKey: testSecret, SessionToken: testToken, Source: "test"}, nil
})

// recorded is a request as the fake service received it.
type recorded struct {
	Method, Path string
	Header       http.Header
	Body         []byte
	Host         string
}

// reply is what the fake service answers.
type reply struct {
	status int
	header map[string]string
	body   string
	// drop closes the connection without an answer.
	drop bool
}

// fakeService records requests and answers them with respond, which gets
// the request's 0-based number.
type fakeService struct {
	mu       sync.Mutex
	requests []recorded
}

func (f *fakeService) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.requests)
}

func (f *fakeService) request(t *testing.T, i int) recorded {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if i >= len(f.requests) {
		t.Fatalf("request %d was not received (%d were)", i, len(f.requests))
	}
	return f.requests[i]
}

// newFakeService starts a fake service and returns it with a client that
// talks to it; opts change the client's options.
func newFakeService(t *testing.T, respond func(n int, r recorded) reply, opts ...func(*appstream.Options)) (*fakeService, *appstream.Client) {
	t.Helper()
	f := &fakeService{}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("request to %s, outside %s", r.URL.Path, prefix)
		w.WriteHeader(http.StatusNotFound)
	})
	mux.HandleFunc(prefix, func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rec := recorded{Method: r.Method, Path: r.URL.Path, Header: r.Header.Clone(), Body: body, Host: r.Host}
		f.mu.Lock()
		n := len(f.requests)
		f.requests = append(f.requests, rec)
		f.mu.Unlock()
		rep := respond(n, rec)
		if rep.drop {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		for k, v := range rep.header {
			w.Header().Set(k, v)
		}
		if w.Header().Get("X-Amzn-Requestid") == "" {
			w.Header().Set("X-Amzn-RequestId", "req-"+string(rune('a'+n%26)))
		}
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		if rep.status == 0 {
			rep.status = http.StatusOK
		}
		w.WriteHeader(rep.status)
		io.WriteString(w, rep.body)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	o := appstream.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(srv.URL + prefix),
		Credentials:  testCredentials,
	}
	client := appstream.New(o, append(append([]func(*appstream.Options){noBackoff}, opts...), viaStack)...)
	return f, client
}

// viaStack, when APPSTREAM_TEST_STACK is set (TestEverythingThroughTheStack
// sets it), gives the client an APIOption that changes nothing, so that the
// test runs through the middleware stack instead of the plain call.
func viaStack(o *appstream.Options) {
	if os.Getenv("APPSTREAM_TEST_STACK") != "" {
		o.APIOptions = append(o.APIOptions, func(*middleware.Stack) error { return nil })
	}
}

// noBackoff keeps the default retryer's decisions but does not wait.
func noBackoff(o *appstream.Options) {
	o.Retryer = retry.AddWithMaxBackoffDelay(o.Retryer, 0)
}

// ok answers every request with body.
func ok(body string) func(int, recorded) reply {
	return func(int, recorded) reply { return reply{body: body} }
}

// verifySignature re-signs the request as received and compares the
// Authorization headers: it fails if anything signed changed on the way or
// if the signature does not cover the body that arrived.
func verifySignature(t *testing.T, r recorded) {
	t.Helper()
	date, err := time.Parse("20060102T150405Z", r.Header.Get("X-Amz-Date"))
	if err != nil {
		t.Fatalf("X-Amz-Date: %v", err)
	}
	auth := r.Header.Get("Authorization")
	_, signed, _ := strings.Cut(auth, "SignedHeaders=")
	signed, _, _ = strings.Cut(signed, ",")
	req, _ := http.NewRequest(r.Method, "http://"+r.Host+r.Path, bytes.NewReader(r.Body))
	req.Header = http.Header{}
	for _, h := range strings.Split(signed, ";") {
		if h != "host" && h != "content-length" {
			req.Header[http.CanonicalHeaderKey(h)] = r.Header.Values(h)
		}
	}
	scope := strings.Split(strings.TrimPrefix(strings.Split(auth, ",")[0], "AWS4-HMAC-SHA256 Credential="), "/")
	if len(scope) != 5 {
		t.Fatalf("credential scope %v", scope)
	}
	creds := aws.Credentials{AccessKeyID: testAccessKey, SecretAccessKey: testSecret, SessionToken: testToken}
	hash := sha256Hex(r.Body)
	if err := v4.NewSigner().SignHTTP(context.Background(), creds, req, hash, scope[3], scope[2], date); err != nil {
		t.Fatal(err)
	}
	if got := req.Header.Get("Authorization"); got != auth {
		t.Errorf("signature does not verify:\nsent      %s\nrecomputed %s", auth, got)
	}
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// httpClientFunc is an appstream.HTTPClient made of a function.
type httpClientFunc func(*http.Request) (*http.Response, error)

func (f httpClientFunc) Do(r *http.Request) (*http.Response, error) { return f(r) }

func jsonResponse(status int, body string) *http.Response {
	return &http.Response{
		StatusCode: status,
		Status:     http.StatusText(status),
		Header:     http.Header{"Content-Type": {"application/x-amz-json-1.1"}},
		Body:       io.NopCloser(strings.NewReader(body)),
	}
}

package compat

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	official "github.com/aws/aws-sdk-go-v2/service/appstream"

	ours "github.com/appstreamkit/appstream-go/appstream"
)

// These tests put the official client and ours before the same misbehaving
// servers, and check what each does: ours as we want it, the official
// client as v1.60.1 behaves (so that a change there is noticed).

// outcome is what a call did: its error (or "" when it succeeded) and how
// many requests reached each server.
type outcome struct {
	status   int
	err      string
	attempts int32
	moved    int32
}

func (o outcome) String() string {
	return fmt.Sprintf("status %d, %d attempts, %d requests to the Location, error %q", o.status, o.attempts, o.moved, o.err)
}

func describeWith(t *testing.T, url string, hc *http.Client, retryer func(aws.Retryer) aws.Retryer) (officialErr, oursErr error) {
	t.Helper()
	return describeOfficial(url, hc, retryer), describeOurs(url, hc, retryer)
}

func describeOfficial(url string, hc *http.Client, retryer func(aws.Retryer) aws.Retryer) error {
	c := official.New(official.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: benchCredentials}, func(o *official.Options) {
		if hc != nil {
			o.HTTPClient = hc
		}
		if retryer != nil {
			o.Retryer = retryer(o.Retryer)
		}
	})
	_, err := c.DescribeFleets(context.Background(), nil)
	return err
}

func describeOurs(url string, hc *http.Client, retryer func(aws.Retryer) aws.Retryer) error {
	c := ours.New(ours.Options{Region: "us-east-1", BaseEndpoint: aws.String(url), Credentials: benchCredentials}, func(o *ours.Options) {
		if hc != nil {
			o.HTTPClient = hc
		}
		if retryer != nil {
			o.Retryer = retryer(o.Retryer)
		}
	})
	_, err := c.DescribeFleets(context.Background(), nil)
	return err
}

func statusOf(err error) int {
	var re *awshttp.ResponseError
	if errors.As(err, &re) {
		return re.HTTPStatusCode()
	}
	return 0
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// Redirects (issue 11, item 2). The official client's default HTTP client
// follows no redirect with a body; a plain *http.Client follows 301-303 as
// a GET to the Location, and returns that host's answer. Ours follows none.
func TestRedirectsAgainstOfficial(t *testing.T) {
	var moved atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		moved.Add(1)
		fmt.Fprint(w, `{"Fleets":[]}`)
	}))
	defer other.Close()
	var attempts atomic.Int32
	var status atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		attempts.Add(1)
		w.Header().Set("Location", other.URL+"/")
		w.Header().Set("X-Amzn-RequestId", "moved")
		w.WriteHeader(int(status.Load()))
	}))
	defer srv.Close()
	run := func(call func() error) outcome {
		attempts.Store(0)
		moved.Store(0)
		err := call()
		return outcome{statusOf(err), errText(err), attempts.Load(), moved.Load()}
	}
	for _, code := range []int{301, 302, 303, 307, 308} {
		for _, plain := range []bool{false, true} {
			status.Store(int32(code))
			var hc *http.Client
			if plain {
				hc = &http.Client{}
			}
			o := run(func() error { return describeOfficial(srv.URL, hc, nil) })
			u := run(func() error { return describeOurs(srv.URL, hc, nil) })
			t.Logf("%d, plain client %v:\n  official: %v\n  ours:     %v", code, plain, o, u)
			if u.status != code || u.moved != 0 || u.attempts != 1 {
				t.Errorf("ours: %v", u)
			}
			officialFollows := plain && code <= 303
			if officialFollows != (o.moved == 1) || officialFollows != (o.err == "") {
				t.Errorf("official client: %v; expected it to follow: %v", o, officialFollows)
			}
		}
	}
}

// A 200 cut short (issue 11, item 3). Neither client sends the request
// again; both decode whole JSON; both return a deserialization error
// otherwise (ours names the short read).
func TestCutShortAgainstOfficial(t *testing.T) {
	for name, body := range map[string]string{"whole JSON": `{"Fleets":[]}`, "JSON cut": `{"Fleets":[{"Name":`} {
		var attempts atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			attempts.Add(1)
			conn, buf, _ := w.(http.Hijacker).Hijack()
			defer conn.Close()
			fmt.Fprintf(buf, "HTTP/1.1 200 OK\r\nX-Amzn-RequestId: cut\r\nContent-Length: 1000\r\n\r\n%s", body)
			buf.Flush()
		}))
		officialErr, oursErr := describeWith(t, srv.URL, nil, nil)
		n := attempts.Load()
		srv.Close()
		t.Logf("%s: %d attempts in all\n  official: %v\n  ours:     %v", name, n, officialErr, oursErr)
		if n != 2 {
			t.Errorf("%s: %d attempts for two calls, want 2", name, n)
		}
		if cut := name == "JSON cut"; cut != (officialErr != nil) || cut != (oursErr != nil) {
			t.Errorf("%s: errors %v, %v", name, officialErr, oursErr)
		}
		if oursErr != nil && !strings.Contains(oursErr.Error(), "cut short after 19 bytes of the 1000 announced") {
			t.Errorf("ours: %v", oursErr)
		}
	}
}

// User info in BaseEndpoint (issue 11, item 6). The official client drops
// it from the URL without a word (the setting is ignored, but not shown);
// ours refuses the endpoint, and shows neither user nor password.
func TestUserInfoAgainstOfficial(t *testing.T) {
	for _, url := range []string{"http://alice:PASSWORD@127.0.0.1:1/", "ftp://alice:PASSWORD@host/"} {
		officialErr, oursErr := describeWith(t, url, nil, func(aws.Retryer) aws.Retryer { return aws.NopRetryer{} })
		t.Logf("%s\n  official: %v\n  ours:     %v", url, officialErr, oursErr)
		if oursErr == nil || strings.Contains(oursErr.Error(), "alice") || strings.Contains(oursErr.Error(), "PASSWORD") {
			t.Errorf("ours: %v", oursErr)
		}
		if officialErr == nil {
			t.Errorf("official: no error")
		}
	}
}

// Limit codes in lower case (issue 11, item 7). The official client retries
// neither spelling of RequestLimitExceededException; ours retries both, on
// every operation.
func TestLimitCodesAgainstOfficial(t *testing.T) {
	var attempts atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if attempts.Add(1)%2 == 1 {
			w.WriteHeader(400)
			fmt.Fprint(w, `{"__type":"requestlimitexceededexception","message":"slow down"}`)
			return
		}
		fmt.Fprint(w, `{}`)
	}))
	defer srv.Close()
	noWait := func(r aws.Retryer) aws.Retryer { return retryNoWait{r} }
	officialErr := describeOfficial(srv.URL, nil, noWait)
	attempts.Store(0)
	oursErr := describeOurs(srv.URL, nil, noWait)
	t.Logf("\n  official: %v\n  ours:     %v", officialErr, oursErr)
	if officialErr == nil || oursErr != nil {
		t.Errorf("official %v, ours %v: expected the official client not to retry, and ours to", officialErr, oursErr)
	}
}

type retryNoWait struct{ aws.Retryer }

func (retryNoWait) RetryDelay(int, error) (time.Duration, error) { return 0, nil }

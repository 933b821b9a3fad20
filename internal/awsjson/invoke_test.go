package awsjson

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/smithy-go"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// read reads r with readBody, into a buffer with room and old contents, as
// the buffers of bodyBuffers have, and returns the body as a string.
func read(r io.Reader, contentLength, limit int64) (string, error) {
	buf := append(make([]byte, 0, 64), "stale"...)
	body, err := readBody(r, contentLength, limit, buf[:0])
	return string(body), err
}

func TestReadBody(t *testing.T) {
	for _, length := range []int64{-1, 10} {
		body, err := read(strings.NewReader("0123456789"), length, 10)
		if body != "0123456789" || err != nil {
			t.Errorf("length %d, at the limit: %q, %v", length, body, err)
		}
	}
	for _, length := range []int64{-1, 10} {
		body, err := read(strings.NewReader("0123456789"), length, 5)
		var de *smithy.DeserializationError
		if body != "01234" || !errors.As(err, &de) || !strings.Contains(err.Error(), "response body is larger than 5 bytes") {
			t.Errorf("length %d, over the limit: %q, %v", length, body, err)
		}
	}
	for _, length := range []int64{-1, 100} {
		body, err := read(io.MultiReader(strings.NewReader("{"), errReader{io.ErrUnexpectedEOF}), length, 100)
		if body != "{" || err != io.ErrUnexpectedEOF {
			t.Errorf("length %d, cut short: %q, %v", length, body, err)
		}
	}
	body, err := read(strings.NewReader(""), 5, 100)
	if body != "" || err != io.ErrUnexpectedEOF {
		t.Errorf("nothing of 5 bytes: %q, %v", body, err)
	}
	// A length announced short (a hand-made response) loses nothing.
	for _, length := range []int64{0, 4} {
		body, err := read(strings.NewReader("0123456789"), length, 100)
		if body != "0123456789" || err != nil {
			t.Errorf("length %d announced: %q, %v", length, body, err)
		}
	}
	body, err = read(strings.NewReader("0123456789"), 4, 6)
	if body != "012345" || err == nil {
		t.Errorf("announced short, over the limit: %q, %v", body, err)
	}
}

// A length announced long but not sent costs no more than what arrives.
func TestReadBodyAnnouncedLong(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	body, err := read(strings.NewReader("{}"), maxSuccessBody, maxSuccessBody)
	runtime.ReadMemStats(&after)
	if body != "{}" || err != nil {
		t.Errorf("%q, %v", body, err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("reading 2 bytes announced as %d allocated %d bytes", maxSuccessBody, n)
	}
}

// The buffers that bodies are read into are reused from call to call: what
// one call decoded does not change when the next reads its body.
func TestDecodedOutlivesBuffer(t *testing.T) {
	bodies := []string{
		`{"Fleets":[{"Name":"first","Arn":"arn:first","UsbDeviceFilterStrings":["\"a\",*"]}]}`,
		`{"Fleets":[{"Name":"SECOND","Arn":"arn:SECOND","UsbDeviceFilterStrings":["\"B\",*"]}]}`,
	}
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(bodies[calls%2])))
		io.WriteString(w, bodies[calls%2])
		calls++
	}))
	defer srv.Close()
	c := &Config{
		URL: srv.URL, ServiceID: "AppStream", TargetPrefix: "PhotonAdminProxyService", HTTPClient: srv.Client(),
		Retryer: retry.NewStandard(), Credentials: aws.AnonymousCredentials{}, ClockSkew: new(atomic.Int64),
	}
	decodeFleets := func() []types.Fleet {
		var fleets []types.Fleet
		_, err := Invoke(context.Background(), c, &Operation{Name: "DescribeFleets"}, []byte(`{}`), func(d *wire.Decoder) {
			for d.More() {
				if d.Key() == "Fleets" {
					fleets = wire.DecodeFleets(d)
				} else {
					d.Skip()
				}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		return fleets
	}
	first := decodeFleets()
	want := []types.Fleet{{Name: aws.String("first"), Arn: aws.String("arn:first"), UsbDeviceFilterStrings: []string{`"a",*`}}}
	for range 3 {
		decodeFleets()
		if diff := cmp.Diff(want, first); diff != "" {
			t.Fatalf("the first call's output changed (-want +got):\n%s", diff)
		}
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

func TestInvocationID(t *testing.T) {
	uuid := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	seen := map[string]bool{}
	for range 100 {
		id := invocationID()
		if !uuid.MatchString(id) || seen[id] {
			t.Fatalf("invocation ID %q is not a fresh version 4 UUID", id)
		}
		seen[id] = true
	}
}

func TestRedact(t *testing.T) {
	cases := map[string]struct{ key, value, want string }{
		"signature": {"Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20261127/us-east-1/appstream/aws4_request, SignedHeaders=host, Signature=abc123",
			"AWS4-HMAC-SHA256 Credential=AKID/20261127/us-east-1/appstream/aws4_request, SignedHeaders=host, Signature=REDACTED"},
		"odd authorization": {"authorization", "Bearer secret", "REDACTED"},
		"session token":     {"x-amz-security-token", "TOKEN", "REDACTED"},
		"other header":      {"X-Amz-Target", "PhotonAdminProxyService.CreateFleet", "PhotonAdminProxyService.CreateFleet"},
	}
	for name, tc := range cases {
		if got := redact(tc.key, tc.value); got != tc.want {
			t.Errorf("%s: %q, want %q", name, got, tc.want)
		}
	}
}

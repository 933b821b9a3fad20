package appstreamtest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/google/go-cmp/cmp"
)

// testStart is where the tests' fake clocks start.
var testStart = time.Date(2026, 11, 27, 7, 0, 0, 0, time.UTC)

// testEpoch is testStart as the wire writes it.
var testEpoch = float64(testStart.Unix())

func newTestServer(t *testing.T, opts ...Option) (*Server, *FakeClock) {
	t.Helper()
	clock := NewFakeClock(testStart)
	srv := NewServer(append([]Option{WithClock(clock)}, opts...)...)
	t.Cleanup(srv.Close)
	return srv, clock
}

// response is an answer of the server, its body decoded when it is JSON.
type response struct {
	Status int
	Header http.Header
	Raw    []byte
	Body   map[string]any
}

// newRequest builds an unsigned request for op; body is sent as is when it
// is a string, else as JSON.
func newRequest(t *testing.T, srv *Server, op string, body any) *http.Request {
	t.Helper()
	raw, ok := body.(string)
	if !ok {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		raw = string(b)
	}
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/", strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	if op != "" {
		req.Header.Set("X-Amz-Target", "PhotonAdminProxyService."+op)
	}
	return req
}

// signRequest signs req with aws/signer/v4 (the reference signer) at the given
// time.
func signRequest(t *testing.T, req *http.Request, creds aws.Credentials, service, region string, at time.Time) {
	t.Helper()
	var body []byte
	if req.Body != nil {
		var err error
		if body, err = io.ReadAll(req.Body); err != nil {
			t.Fatal(err)
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
	}
	sum := sha256.Sum256(body)
	if err := v4.NewSigner().SignHTTP(context.Background(), creds, req, hex.EncodeToString(sum[:]), service, region, at); err != nil {
		t.Fatal(err)
	}
}

// sign signs req as a correct client of srv does, at the server clock's time.
func sign(t *testing.T, srv *Server, req *http.Request) {
	t.Helper()
	signRequest(t, req, srv.Credentials(), "appstream", srv.Region(), srv.Clock().Now())
}

func send(t *testing.T, req *http.Request) response {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", req.Header.Get("X-Amz-Target"), err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	r := response{Status: resp.StatusCode, Header: resp.Header, Raw: raw}
	json.Unmarshal(raw, &r.Body) // Body stays nil if raw is not a JSON object
	return r
}

// call sends a signed request for op and returns the answer.
func call(t *testing.T, srv *Server, op string, body any) response {
	t.Helper()
	req := newRequest(t, srv, op, body)
	sign(t, srv, req)
	return send(t, req)
}

// mustCall is call for a request that must succeed.
func mustCall(t *testing.T, srv *Server, op string, body any) map[string]any {
	t.Helper()
	r := call(t, srv, op, body)
	if r.Status != http.StatusOK {
		t.Fatalf("%s %v: status %d, body %s", op, body, r.Status, r.Raw)
	}
	return r.Body
}

// sanitizeCode resolves an error code as clients do: cut at the first ':',
// then keep what follows '#'.
func sanitizeCode(s string) string {
	s, _, _ = strings.Cut(s, ":")
	if i := strings.Index(s, "#"); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// apiErrorOf is what a client would read from an error response.
type apiErrorOf struct {
	Status     int
	HeaderCode string
	BodyCode   string
	Message    string
}

func errorOf(r response) apiErrorOf {
	typ, _ := r.Body["__type"].(string)
	msg, _ := r.Body["message"].(string)
	return apiErrorOf{Status: r.Status, HeaderCode: sanitizeCode(r.Header.Get("X-Amzn-ErrorType")), BodyCode: sanitizeCode(typ), Message: msg}
}

// wantError checks that r is the error status/code; message, when not
// empty, must be the message exactly, or its start when it ends in "...".
func wantError(t *testing.T, r response, status int, code, message string) {
	t.Helper()
	got := errorOf(r)
	want := apiErrorOf{Status: status, HeaderCode: code, BodyCode: code, Message: message}
	if prefix, ok := strings.CutSuffix(message, "..."); ok && strings.HasPrefix(got.Message, prefix) {
		want.Message = got.Message
	}
	if message == "" {
		want.Message = got.Message
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error mismatch (-want +got):\n%s\nbody: %s", diff, r.Raw)
	}
	if r.Header.Get("X-Amzn-RequestId") == "" {
		t.Error("error response without X-Amzn-RequestId")
	}
}

// createFleet creates a fleet with the least the service needs, plus extra
// members.
func createFleet(t *testing.T, srv *Server, name string, extra map[string]any) map[string]any {
	t.Helper()
	body := map[string]any{
		"Name":            name,
		"ImageName":       ImageWindowsServer2019,
		"InstanceType":    "stream.standard.small",
		"ComputeCapacity": map[string]any{"DesiredInstances": 2},
	}
	for k, v := range extra {
		if v == nil {
			delete(body, k)
		} else {
			body[k] = v
		}
	}
	return mustCall(t, srv, "CreateFleet", body)["Fleet"].(map[string]any)
}

// describeFleet returns the named fleet as DescribeFleets describes it.
func describeFleet(t *testing.T, srv *Server, name string) map[string]any {
	t.Helper()
	fleets := mustCall(t, srv, "DescribeFleets", map[string]any{"Names": []string{name}})["Fleets"].([]any)
	if len(fleets) != 1 {
		t.Fatalf("DescribeFleets %s: %d fleets", name, len(fleets))
	}
	return fleets[0].(map[string]any)
}

func stateOf(t *testing.T, srv *Server, name string) string {
	t.Helper()
	return describeFleet(t, srv, name)["State"].(string)
}

// capacityOf returns Desired, Running, InUse and Available.
func capacityOf(t *testing.T, srv *Server, name string) [4]float64 {
	t.Helper()
	c := describeFleet(t, srv, name)["ComputeCapacityStatus"].(map[string]any)
	return [4]float64{c["Desired"].(float64), c["Running"].(float64), c["InUse"].(float64), c["Available"].(float64)}
}

// runningFleet creates a fleet and starts it (the transition time is 0).
func runningFleet(t *testing.T, srv *Server, name string, extra map[string]any) {
	t.Helper()
	createFleet(t, srv, name, extra)
	mustCall(t, srv, "StartFleet", map[string]any{"Name": name})
	if got := stateOf(t, srv, name); got != "RUNNING" {
		t.Fatalf("fleet %s is %s after StartFleet, want RUNNING", name, got)
	}
}

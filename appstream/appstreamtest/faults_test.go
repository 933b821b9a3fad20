package appstreamtest

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"
)

func TestFaultErrors(t *testing.T) {
	t.Parallel()
	type attempt struct {
		op   string
		code string // "" when the request must succeed
	}
	internal := "InternalFailure"
	cases := map[string]struct {
		faults   []Fault
		attempts []attempt
		status   int    // of the failures
		message  string // of the failures
	}{
		"count": {
			faults:   []Fault{{Operation: "DescribeFleets", Count: 2}},
			attempts: []attempt{{"DescribeFleets", internal}, {"DescribeFleets", internal}, {"DescribeFleets", ""}},
			status:   500, message: "The request processing has failed because of an unknown error, exception or failure.",
		},
		"count 0 means once": {
			faults:   []Fault{{Operation: "DescribeFleets"}},
			attempts: []attempt{{"DescribeFleets", internal}, {"DescribeFleets", ""}},
			status:   500,
		},
		"other operations pass": {
			faults:   []Fault{{Operation: "StartFleet", Count: 1}},
			attempts: []attempt{{"DescribeFleets", ""}, {"DescribeSessions", ""}, {"StartFleet", internal}, {"StartFleet", ""}},
			status:   500,
		},
		"any operation": {
			faults:   []Fault{{Count: 2}},
			attempts: []attempt{{"DescribeSessions", internal}, {"DescribeFleets", internal}, {"DescribeFleets", ""}},
			status:   500,
		},
		"status, code and message": {
			faults:   []Fault{{Status: 503, Code: "ServiceUnavailable", Message: "try later"}},
			attempts: []attempt{{"DescribeFleets", "ServiceUnavailable"}, {"DescribeFleets", ""}},
			status:   503, message: "try later",
		},
		"code only": {
			faults:   []Fault{{Code: "ThrottlingException", Count: 1}},
			attempts: []attempt{{"DescribeFleets", "ThrottlingException"}},
			status:   500,
		},
		"modeled error": {
			faults:   []Fault{{Operation: "DescribeSessions", Status: 400, Code: "InvalidParameterCombinationException", Message: "injected"}},
			attempts: []attempt{{"DescribeSessions", "InvalidParameterCombinationException"}, {"DescribeSessions", ""}},
			status:   400, message: "injected",
		},
		"queued in order": {
			faults:   []Fault{{Code: "First"}, {Code: "Second"}, {Operation: "DescribeFleets", Code: "Third"}},
			attempts: []attempt{{"DescribeFleets", "First"}, {"DescribeFleets", "Second"}, {"DescribeFleets", "Third"}, {"DescribeFleets", ""}},
			status:   500,
		},
		"first match wins": {
			faults:   []Fault{{Operation: "StartFleet", Code: "ForStart"}, {Code: "ForAny"}},
			attempts: []attempt{{"DescribeFleets", "ForAny"}, {"StartFleet", "ForStart"}, {"StartFleet", ""}},
			status:   500,
		},
		"delay then error": {
			faults:   []Fault{{Delay: time.Millisecond, Status: 429, Code: "ThrottlingException"}},
			attempts: []attempt{{"DescribeFleets", "ThrottlingException"}},
			status:   429,
		},
		"until cleared": {
			faults:   []Fault{{Operation: "DescribeFleets", Count: -1}},
			attempts: []attempt{{"DescribeFleets", internal}, {"DescribeFleets", internal}, {"DescribeFleets", internal}},
			status:   500,
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			runningFleet(t, srv, "f", nil)
			mustCall(t, srv, "StopFleet", map[string]any{"Name": "f"})
			for _, f := range tc.faults {
				srv.InjectFault(f)
			}
			bodies := map[string]map[string]any{
				"DescribeFleets":   {},
				"DescribeSessions": {"StackName": "s", "FleetName": "f"},
				"StartFleet":       {"Name": "f"},
			}
			want := map[string]int{"CreateFleet": 1, "DescribeFleets": 1, "StartFleet": 1, "StopFleet": 1}
			for i, a := range tc.attempts {
				want[a.op]++
				r := call(t, srv, a.op, bodies[a.op])
				if a.code == "" {
					if r.Status != http.StatusOK {
						t.Errorf("attempt %d (%s): status %d: %s", i+1, a.op, r.Status, r.Raw)
					}
					continue
				}
				wantError(t, r, tc.status, a.code, tc.message)
			}
			for op, n := range want {
				if got := srv.Requests(op); got != n {
					t.Errorf("Requests(%s) = %d, want %d", op, got, n)
				}
			}
			if got, n := srv.Requests(""), 4+len(tc.attempts); got != n {
				t.Errorf("Requests() = %d, want %d", got, n)
			}
		})
	}
}

func TestClearFaults(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	srv.InjectFault(Fault{Count: -1})
	wantError(t, call(t, srv, "DescribeFleets", map[string]any{}), 500, "InternalFailure", "")
	srv.ClearFaults()
	mustCall(t, srv, "DescribeFleets", map[string]any{})
}

func TestFailedRequestHasNoEffect(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	srv.InjectFault(Fault{Operation: "CreateFleet"})
	wantError(t, call(t, srv, "CreateFleet", map[string]any{"Name": "f", "ImageName": ImageWindowsServer2019, "InstanceType": "stream.standard.small", "ComputeCapacity": map[string]any{"DesiredInstances": 1}}), 500, "InternalFailure", "")
	if _, ok := srv.Fleet("f"); ok {
		t.Error("the fleet exists after a failed CreateFleet")
	}
}

func TestFaultDelay(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	createFleet(t, srv, "f", nil)

	t.Run("then answered normally", func(t *testing.T) {
		srv.InjectFault(Fault{Operation: "DescribeFleets", Delay: time.Millisecond})
		if got := len(mustCall(t, srv, "DescribeFleets", map[string]any{})["Fleets"].([]any)); got != 1 {
			t.Errorf("%d fleets, want 1", got)
		}
	})
	t.Run("abandoned when the client goes away", func(t *testing.T) {
		srv.InjectFault(Fault{Operation: "StartFleet", Delay: time.Hour})
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		req := newRequest(t, srv, "StartFleet", map[string]any{"Name": "f"}).WithContext(ctx)
		sign(t, srv, req)
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, req) // returns, though the delay is an hour
		if rec.Body.Len() != 0 {
			t.Errorf("answered an abandoned request: %s", rec.Body)
		}
		if got := stateOf(t, srv, "f"); got != "STOPPED" {
			t.Errorf("the abandoned StartFleet ran: fleet %s", got)
		}
	})
}

func TestFaultDelayEndsOnClose(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	srv.InjectFault(Fault{Delay: time.Hour})
	req := newRequest(t, srv, "DescribeFleets", map[string]any{})
	sign(t, srv, req)
	srv.Close()
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, req) // returns, though the delay is an hour
	if rec.Body.Len() != 0 {
		t.Errorf("answered after Close: %s", rec.Body)
	}
}

func TestFaultDropConnection(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	srv.InjectFault(Fault{Operation: "CreateFleet", DropConnection: true})
	req := newRequest(t, srv, "CreateFleet", map[string]any{"Name": "f", "ImageName": ImageWindowsServer2019, "InstanceType": "stream.standard.small", "ComputeCapacity": map[string]any{"DesiredInstances": 1}})
	sign(t, srv, req)
	resp, err := (&http.Client{Transport: &http.Transport{}}).Do(req)
	if err == nil {
		resp.Body.Close()
		t.Fatalf("got an answer (status %d), want a dropped connection", resp.StatusCode)
	}
	if _, ok := srv.Fleet("f"); ok {
		t.Error("the dropped CreateFleet ran")
	}
	if got := srv.Requests("CreateFleet"); got != 1 {
		t.Errorf("Requests(CreateFleet) = %d, want 1", got)
	}
	createFleet(t, srv, "f", nil) // the next request goes through
}

func TestFaultTruncateBody(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		fault  Fault
		status int
	}{
		"success": {fault: Fault{Operation: "DescribeFleets", TruncateBody: true}, status: 200},
		"error":   {fault: Fault{TruncateBody: true, Status: 503, Code: "ServiceUnavailable"}, status: 503},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			createFleet(t, srv, "f", nil)
			srv.InjectFault(tc.fault)
			r := call(t, srv, "DescribeFleets", map[string]any{})
			if r.Status != tc.status {
				t.Errorf("status %d, want %d", r.Status, tc.status)
			}
			if got := r.Header.Get("Content-Length"); got != strconv.Itoa(len(r.Raw)) {
				t.Errorf("Content-Length %s for %d bytes", got, len(r.Raw))
			}
			// The same request, untruncated, gets twice as much.
			if tc.fault.Status != 0 {
				untruncated := tc.fault
				untruncated.TruncateBody = false
				srv.InjectFault(untruncated)
			}
			full := call(t, srv, "DescribeFleets", map[string]any{})
			if want := full.Raw[:len(full.Raw)/2]; string(r.Raw) != string(want) || json.Valid(r.Raw) {
				t.Errorf("body %q, want %q, the first half of %q", r.Raw, want, full.Raw)
			}
		})
	}
}

func TestFaultTruncateBodyRunsTheOperation(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	srv.InjectFault(Fault{Operation: "CreateFleet", TruncateBody: true})
	r := call(t, srv, "CreateFleet", map[string]any{"Name": "f", "ImageName": ImageWindowsServer2019, "InstanceType": "stream.standard.small", "ComputeCapacity": map[string]any{"DesiredInstances": 1}})
	if r.Status != http.StatusOK || json.Valid(r.Raw) {
		t.Errorf("status %d, body %q; want 200 and half an answer", r.Status, r.Raw)
	}
	if _, ok := srv.Fleet("f"); !ok {
		t.Error("the CreateFleet with a truncated answer did not run")
	}
}

package appstreamtest

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/types"
)

func sessionOn(stack, fleet string) types.Session {
	return types.Session{StackName: ptr(stack), FleetName: ptr(fleet)}
}

// sessionIDs describes the sessions of a query and returns their UserIds.
func sessionUsers(t *testing.T, out map[string]any) []string {
	t.Helper()
	users := []string{}
	for _, s := range out["Sessions"].([]any) {
		users = append(users, s.(map[string]any)["UserId"].(string))
	}
	return users
}

func TestAddSession(t *testing.T) {
	t.Parallel()
	start := testStart.Add(90 * time.Minute)
	cases := map[string]struct {
		session types.Session
		want    types.Session
	}{
		"defaults": {
			session: sessionOn("stack", "fleet"),
			want: types.Session{
				Id: ptr("00000000-0000-4000-8000-000000000001"), UserId: ptr("user1"), StackName: ptr("stack"), FleetName: ptr("fleet"),
				State: types.SessionStateActive, ConnectionState: types.SessionConnectionStateConnected, AuthenticationType: types.AuthenticationTypeApi,
				InstanceId: ptr("i-00000000000000001"), StartTime: ptr(testStart), MaxExpirationTime: ptr(testStart.Add(57600 * time.Second)),
			},
		},
		"the fleet's maximum duration": {
			session: sessionOn("stack", "short"),
			want: types.Session{
				Id: ptr("00000000-0000-4000-8000-000000000001"), UserId: ptr("user1"), StackName: ptr("stack"), FleetName: ptr("short"),
				State: types.SessionStateActive, ConnectionState: types.SessionConnectionStateConnected, AuthenticationType: types.AuthenticationTypeApi,
				InstanceId: ptr("i-00000000000000001"), StartTime: ptr(testStart), MaxExpirationTime: ptr(testStart.Add(time.Hour)),
			},
		},
		"given members kept": {
			session: types.Session{
				Id: ptr("id-1"), UserId: ptr("alice"), StackName: ptr("stack"), FleetName: ptr("fleet"),
				State: types.SessionStatePending, ConnectionState: types.SessionConnectionStateNotConnected, AuthenticationType: types.AuthenticationTypeSaml,
				InstanceId: ptr("i-1"), StartTime: ptr(start), MaxExpirationTime: ptr(start.Add(time.Minute)),
				InstanceDrainStatus:        types.InstanceDrainStatusActive,
				NetworkAccessConfiguration: &types.NetworkAccessConfiguration{EniId: ptr("eni-1"), EniIpv6Addresses: []string{"::1"}},
			},
			want: types.Session{
				Id: ptr("id-1"), UserId: ptr("alice"), StackName: ptr("stack"), FleetName: ptr("fleet"),
				State: types.SessionStatePending, ConnectionState: types.SessionConnectionStateNotConnected, AuthenticationType: types.AuthenticationTypeSaml,
				InstanceId: ptr("i-1"), StartTime: ptr(start), MaxExpirationTime: ptr(start.Add(time.Minute)),
				InstanceDrainStatus:        types.InstanceDrainStatusActive,
				NetworkAccessConfiguration: &types.NetworkAccessConfiguration{EniId: ptr("eni-1"), EniIpv6Addresses: []string{"::1"}},
			},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			createFleet(t, srv, "short", map[string]any{"MaxUserDurationInSeconds": 3600})
			if diff := cmp.Diff(tc.want, srv.AddSession(tc.session)); diff != "" {
				t.Errorf("AddSession (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDescribeSessionsShape(t *testing.T) {
	t.Parallel()
	srv, clock := newTestServer(t)
	clock.Advance(1500 * time.Millisecond)
	s := sessionOn("stack", "fleet")
	s.NetworkAccessConfiguration = &types.NetworkAccessConfiguration{EniPrivateIpAddress: ptr("10.0.0.1")}
	srv.AddSession(s)
	got := mustCall(t, srv, "DescribeSessions", map[string]any{"StackName": "stack", "FleetName": "fleet"})
	want := map[string]any{"Sessions": []any{map[string]any{
		"Id":                         "00000000-0000-4000-8000-000000000001",
		"UserId":                     "user1",
		"StackName":                  "stack",
		"FleetName":                  "fleet",
		"State":                      "ACTIVE",
		"ConnectionState":            "CONNECTED",
		"AuthenticationType":         "API",
		"InstanceId":                 "i-00000000000000001",
		"StartTime":                  testEpoch + 1.5,
		"MaxExpirationTime":          testEpoch + 1.5 + 57600,
		"NetworkAccessConfiguration": map[string]any{"EniPrivateIpAddress": "10.0.0.1"},
	}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DescribeSessions (-want +got):\n%s", diff)
	}
}

func TestDescribeSessionsFilters(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	for _, s := range []struct {
		stack, fleet, user string
		auth               types.AuthenticationType
		instance           string
	}{
		{"s1", "f1", "alice", "", ""},
		{"s1", "f1", "bob", types.AuthenticationTypeSaml, ""},
		{"s1", "f1", "alice", types.AuthenticationTypeSaml, ""},
		{"s1", "f2", "alice", types.AuthenticationTypeApi, ""},
		{"s2", "f1", "carol", types.AuthenticationTypeApi, ""},
		{"s1", "f1", "dave", types.AuthenticationTypeApi, "i-x"},
	} {
		session := sessionOn(s.stack, s.fleet)
		session.UserId, session.AuthenticationType = ptr(s.user), s.auth
		if s.instance != "" {
			session.InstanceId = ptr(s.instance)
		}
		srv.AddSession(session)
	}
	cases := map[string]struct {
		request map[string]any
		want    []string
	}{
		"stack and fleet, API by default": {map[string]any{"StackName": "s1", "FleetName": "f1"}, []string{"alice", "dave"}},
		"SAML":                            {map[string]any{"StackName": "s1", "FleetName": "f1", "AuthenticationType": "SAML"}, []string{"bob", "alice"}},
		"user and SAML":                   {map[string]any{"StackName": "s1", "FleetName": "f1", "AuthenticationType": "SAML", "UserId": "alice"}, []string{"alice"}},
		"user and API":                    {map[string]any{"StackName": "s1", "FleetName": "f1", "AuthenticationType": "API", "UserId": "alice"}, []string{"alice"}},
		"instance":                        {map[string]any{"StackName": "s1", "FleetName": "f1", "InstanceId": "i-x"}, []string{"dave"}},
		"other fleet":                     {map[string]any{"StackName": "s1", "FleetName": "f2"}, []string{"alice"}},
		"other stack":                     {map[string]any{"StackName": "s2", "FleetName": "f1"}, []string{"carol"}},
		"no such fleet":                   {map[string]any{"StackName": "s1", "FleetName": "f9"}, []string{}},
		"USERPOOL":                        {map[string]any{"StackName": "s1", "FleetName": "f1", "AuthenticationType": "USERPOOL"}, []string{}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, sessionUsers(t, mustCall(t, srv, "DescribeSessions", tc.request))); diff != "" {
				t.Errorf("users (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDescribeSessionsErrors(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	cases := map[string]struct {
		request map[string]any
		code    string
		message string
	}{
		"user without authentication type": {
			map[string]any{"StackName": "s", "FleetName": "f", "UserId": "alice"},
			"InvalidParameterCombinationException", "UserId requires AuthenticationType.",
		},
		"no stack or fleet": {
			map[string]any{},
			"ValidationException", "2 validation errors detected: Value null at 'stackName' failed to satisfy constraint: Member must not be null; Value null at 'fleetName' failed to satisfy constraint: Member must not be null",
		},
		"bad fleet name": {
			map[string]any{"StackName": "s", "FleetName": "f f"},
			"ValidationException", "1 validation error detected: Value 'f f' at 'fleetName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$",
		},
		"user too short": {
			map[string]any{"StackName": "s", "FleetName": "f", "UserId": "a", "AuthenticationType": "API"},
			"ValidationException", "1 validation error detected: Value 'a' at 'userId' failed to satisfy constraint: Member must have length greater than or equal to 2",
		},
		"bad authentication type": {
			map[string]any{"StackName": "s", "FleetName": "f", "AuthenticationType": "LDAP"},
			"ValidationException", "1 validation error detected: Value 'LDAP' at 'authenticationType' failed to satisfy constraint: Member must satisfy enum value set: [API, SAML, USERPOOL, AWS_AD]",
		},
		"limit above 50": {
			map[string]any{"StackName": "s", "FleetName": "f", "Limit": 51},
			"ValidationException", "1 validation error detected: Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
		},
		"limit 0": {
			map[string]any{"StackName": "s", "FleetName": "f", "Limit": 0},
			"ValidationException", "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
		},
		"empty instance": {
			map[string]any{"StackName": "s", "FleetName": "f", "InstanceId": ""},
			"ValidationException", "1 validation error detected: Value '' at 'instanceId' failed to satisfy constraint: Member must have length greater than or equal to 1",
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			wantError(t, call(t, srv, "DescribeSessions", tc.request), http.StatusBadRequest, tc.code, tc.message)
		})
	}
}

func TestDescribeSessionsPaging(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	var all []string
	for i := 1; i <= 55; i++ {
		s := sessionOn("s", "f")
		s.UserId = ptr(fmt.Sprintf("u%02d", i))
		srv.AddSession(s)
		all = append(all, *s.UserId)
	}
	srv.AddSession(sessionOn("s", "other")) // never listed below
	cases := map[string]struct {
		limits []any // the Limit of each request; nil leaves it out
		pages  []int
	}{
		"default limit":            {limits: []any{nil, nil, nil}, pages: []int{20, 20, 15}},
		"limit 50":                 {limits: []any{50, 50}, pages: []int{50, 5}},
		"limit 1 then larger":      {limits: []any{1, 50, 50}, pages: []int{1, 50, 4}},
		"limit that ends the list": {limits: []any{11, 11, 11, 11, 11}, pages: []int{11, 11, 11, 11, 11}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var got []string
			var pages []int
			var token any
			for i, limit := range tc.limits {
				request := map[string]any{"StackName": "s", "FleetName": "f"}
				if limit != nil {
					request["Limit"] = limit
				}
				if token != nil {
					request["NextToken"] = token
				}
				out := mustCall(t, srv, "DescribeSessions", request)
				users := sessionUsers(t, out)
				got = append(got, users...)
				pages = append(pages, len(users))
				token = out["NextToken"]
				if (token == nil) != (i == len(tc.limits)-1) {
					t.Fatalf("page %d: NextToken %v", i+1, token)
				}
			}
			if diff := cmp.Diff(all, got); diff != "" {
				t.Errorf("users (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.pages, pages); diff != "" {
				t.Errorf("page sizes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDescribeSessionsTokens(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	for _, stack := range []string{"s", "t"} {
		for i := 0; i < 3; i++ {
			for _, auth := range []types.AuthenticationType{types.AuthenticationTypeApi, types.AuthenticationTypeSaml} {
				s := sessionOn(stack, "f")
				s.AuthenticationType = auth
				srv.AddSession(s)
			}
		}
	}
	query := map[string]any{"StackName": "s", "FleetName": "f", "Limit": 1}
	token := mustCall(t, srv, "DescribeSessions", query)["NextToken"].(string)
	invalid := "Invalid NextToken: it was not issued by this endpoint for this request."
	cases := map[string]map[string]any{
		"other stack":               {"StackName": "t", "FleetName": "f", "NextToken": token},
		"other authentication type": {"StackName": "s", "FleetName": "f", "AuthenticationType": "SAML", "NextToken": token},
		"added user filter":         {"StackName": "s", "FleetName": "f", "AuthenticationType": "API", "UserId": "user1", "NextToken": token},
		"added instance filter":     {"StackName": "s", "FleetName": "f", "InstanceId": "i-1", "NextToken": token},
		"forged":                    {"StackName": "s", "FleetName": "f", "NextToken": "MQ.AAAAAAAAAAAAAAAAAAAAAA"},
	}
	for name, request := range cases {
		t.Run(name, func(t *testing.T) {
			wantError(t, call(t, srv, "DescribeSessions", request), http.StatusBadRequest, "ValidationException", invalid)
		})
	}
	t.Run("same query with API spelled out", func(t *testing.T) {
		request := map[string]any{"StackName": "s", "FleetName": "f", "AuthenticationType": "API", "NextToken": token}
		if got := len(mustCall(t, srv, "DescribeSessions", request)["Sessions"].([]any)); got != 2 {
			t.Errorf("%d sessions, want the 2 left", got)
		}
	})
}

func TestSessionsOnRunning(t *testing.T) {
	t.Parallel()
	srv, clock := newTestServer(t, WithTransitionTime(time.Minute), WithSessionsOnRunning("stack", 3), WithSessionsOnRunning("other", 1))
	createFleet(t, srv, "f", map[string]any{"ComputeCapacity": map[string]any{"DesiredInstances": 5}})
	count := func() (stack, other int) {
		q := func(s string) int {
			return len(mustCall(t, srv, "DescribeSessions", map[string]any{"StackName": s, "FleetName": "f"})["Sessions"].([]any))
		}
		return q("stack"), q("other")
	}
	steps := []struct {
		name         string
		op           string
		advance      time.Duration
		stack, other int
		capacity     [4]float64
	}{
		{name: "stopped", capacity: [4]float64{5, 0, 0, 0}},
		{name: "starting", op: "StartFleet", capacity: [4]float64{5, 0, 0, 0}},
		{name: "running", advance: time.Minute, stack: 3, other: 1, capacity: [4]float64{5, 5, 4, 1}},
		{name: "stopping", op: "StopFleet", stack: 3, other: 1, capacity: [4]float64{5, 5, 4, 0}},
		{name: "stopped again", advance: time.Minute, capacity: [4]float64{5, 0, 0, 0}},
		{name: "running again", op: "StartFleet", advance: time.Minute, stack: 3, other: 1, capacity: [4]float64{5, 5, 4, 1}},
	}
	for _, step := range steps {
		if step.op != "" {
			mustCall(t, srv, step.op, map[string]any{"Name": "f"})
		}
		clock.Advance(step.advance)
		if stack, other := count(); stack != step.stack || other != step.other {
			t.Errorf("%s: %d and %d sessions, want %d and %d", step.name, stack, other, step.stack, step.other)
		}
		if diff := cmp.Diff(step.capacity, capacityOf(t, srv, "f")); diff != "" {
			t.Errorf("%s: Desired, Running, InUse, Available (-want +got):\n%s", step.name, diff)
		}
	}
	// Sessions start when the fleet reached RUNNING, not when it was seen.
	first := mustCall(t, srv, "DescribeSessions", map[string]any{"StackName": "stack", "FleetName": "f"})["Sessions"].([]any)[0]
	if got, want := first.(map[string]any)["StartTime"], testEpoch+180; got != want {
		t.Errorf("StartTime %v, want %v", got, want)
	}
}

func TestCapacity(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		capacity map[string]any
		sessions []types.SessionState // on the fleet
		update   map[string]any       // applied while RUNNING
		want     [4]float64           // Desired, Running, InUse, Available
	}{
		"idle":                       {capacity: map[string]any{"DesiredInstances": 3}, want: [4]float64{3, 3, 0, 3}},
		"active sessions in use":     {capacity: map[string]any{"DesiredInstances": 3}, sessions: []types.SessionState{"ACTIVE", "ACTIVE"}, want: [4]float64{3, 3, 2, 1}},
		"pending and expired unused": {capacity: map[string]any{"DesiredInstances": 3}, sessions: []types.SessionState{"ACTIVE", "PENDING", "EXPIRED"}, want: [4]float64{3, 3, 1, 2}},
		"in use capped at running":   {capacity: map[string]any{"DesiredInstances": 1}, sessions: []types.SessionState{"ACTIVE", "ACTIVE"}, want: [4]float64{1, 1, 1, 0}},
		"scaled up while running":    {capacity: map[string]any{"DesiredInstances": 1}, sessions: []types.SessionState{"ACTIVE"}, update: map[string]any{"ComputeCapacity": map[string]any{"DesiredInstances": 4}}, want: [4]float64{4, 4, 1, 3}},
		"scaled down while running":  {capacity: map[string]any{"DesiredInstances": 4}, sessions: []types.SessionState{"ACTIVE", "ACTIVE"}, update: map[string]any{"ComputeCapacity": map[string]any{"DesiredInstances": 1}}, want: [4]float64{1, 1, 1, 0}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			runningFleet(t, srv, "f", map[string]any{"ComputeCapacity": tc.capacity})
			srv.AddSession(sessionOn("s", "other")) // another fleet's
			for _, state := range tc.sessions {
				s := sessionOn("s", "f")
				s.State = state
				srv.AddSession(s)
			}
			if tc.update != nil {
				tc.update["Name"] = "f"
				mustCall(t, srv, "UpdateFleet", tc.update)
			}
			if diff := cmp.Diff(tc.want, capacityOf(t, srv, "f")); diff != "" {
				t.Errorf("Desired, Running, InUse, Available (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRemoveSessions(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	runningFleet(t, srv, "f", nil)
	for _, stack := range []string{"a", "a", "b"} {
		srv.AddSession(sessionOn(stack, "f"))
	}
	srv.AddSession(sessionOn("a", "g"))
	if got := srv.RemoveSessions("a", "f"); got != 2 {
		t.Errorf("RemoveSessions(a, f) = %d, want 2", got)
	}
	if diff := cmp.Diff([4]float64{2, 2, 1, 1}, capacityOf(t, srv, "f")); diff != "" {
		t.Errorf("capacity (-want +got):\n%s", diff)
	}
	if got := srv.RemoveSessions("", ""); got != 2 {
		t.Errorf("RemoveSessions of all = %d, want 2", got)
	}
}

func TestSessionsEndWithTheFleet(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	runningFleet(t, srv, "f", nil)
	srv.AddSession(sessionOn("s", "f"))
	mustCall(t, srv, "StopFleet", map[string]any{"Name": "f"})
	if got := mustCall(t, srv, "DescribeSessions", map[string]any{"StackName": "s", "FleetName": "f"})["Sessions"]; len(got.([]any)) != 0 {
		t.Errorf("sessions after the fleet stopped: %v", got)
	}
	srv.AddSession(sessionOn("s", "f"))
	mustCall(t, srv, "DeleteFleet", map[string]any{"Name": "f"})
	if got := srv.RemoveSessions("", ""); got != 0 {
		t.Errorf("%d sessions left after DeleteFleet", got)
	}
}

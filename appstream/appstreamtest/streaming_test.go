package appstreamtest_test

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// open opens a streaming URL as a browser does, and returns the status and
// the page.
func open(t testing.TB, link string) (int, string) {
	t.Helper()
	resp, err := http.Get(link)
	if err != nil {
		t.Fatalf("GET %s: %v", link, err)
	}
	defer resp.Body.Close()
	page, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q, want an HTML page", ct)
	}
	return resp.StatusCode, string(page)
}

// wantPage checks a page's status and that it says each of says.
func wantPage(t testing.TB, status int, page string, wantStatus int, says ...string) {
	t.Helper()
	if status != wantStatus {
		t.Errorf("status %d, want %d; page:\n%s", status, wantStatus, page)
	}
	for _, s := range says {
		if !strings.Contains(page, s) {
			t.Errorf("the page does not say %q:\n%s", s, page)
		}
	}
}

// servingFleet creates the fleet of in and a stack, associates them and
// starts the fleet on clock.
func servingFleet(t testing.TB, c *appstream.Client, clock *appstreamtest.FakeClock, in *appstream.CreateFleetInput, stack string) {
	t.Helper()
	createStack(t, c, &appstream.CreateStackInput{Name: aws.String(stack)})
	createFleet(t, c, in)
	associate(t, c, *in.Name, stack)
	startFleet(t, c, *in.Name)
	clock.Advance(transition)
}

func streamingURL(t testing.TB, c *appstream.Client, stack, fleet, user string) string {
	t.Helper()
	out, err := c.CreateStreamingURL(context.Background(), &appstream.CreateStreamingURLInput{
		StackName: aws.String(stack), FleetName: aws.String(fleet), UserId: aws.String(user)})
	if err != nil {
		t.Fatalf("CreateStreamingURL(%s): %v", user, err)
	}
	return *out.StreamingURL
}

func sessionsOf(t testing.TB, c *appstream.Client, stack, fleet string) []types.Session {
	t.Helper()
	out, err := c.DescribeSessions(context.Background(), &appstream.DescribeSessionsInput{StackName: aws.String(stack), FleetName: aws.String(fleet)})
	if err != nil {
		t.Fatal(err)
	}
	return out.Sessions
}

// TestClientStreamingURL walks users through streaming URLs: a URL opens a
// session that takes capacity, opening it again goes back to the session,
// and ExpireSession ends it and frees its capacity.
func TestClientStreamingURL(t *testing.T) {
	srv, c, clock := fakeServer(t)
	ctx := context.Background()
	servingFleet(t, c, clock, fleetInput("f"), "s") // two instances
	now := clock.Now().Truncate(time.Millisecond)

	out, err := c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: aws.String("s"), FleetName: aws.String("f"), UserId: aws.String("alice")})
	if err != nil {
		t.Fatal(err)
	}
	if want := now.Add(60 * time.Second); !aws.ToTime(out.Expires).Equal(want) {
		t.Errorf("Expires %v, want %v (60 s, the default Validity)", out.Expires, want)
	}
	if !strings.HasPrefix(*out.StreamingURL, srv.URL+"/authenticate?parameters=") {
		t.Errorf("StreamingURL %s is not on the server (%s)", *out.StreamingURL, srv.URL)
	}
	if got := sessionsOf(t, c, "s", "f"); len(got) != 0 {
		t.Fatalf("sessions before the URL is opened: %v", got)
	}

	status, page := open(t, *out.StreamingURL)
	sessions := sessionsOf(t, c, "s", "f")
	if len(sessions) != 1 {
		t.Fatalf("%d sessions after opening the URL, want 1", len(sessions))
	}
	alice := sessions[0]
	wantPage(t, status, page, http.StatusOK, "<h1>Connected</h1>", "alice is streaming from the fleet f through the stack s.", *alice.Id)
	want := types.Session{Id: alice.Id, UserId: aws.String("alice"), StackName: aws.String("s"), FleetName: aws.String("f"),
		State: types.SessionStateActive, ConnectionState: types.SessionConnectionStateConnected, AuthenticationType: types.AuthenticationTypeApi,
		InstanceId: aws.String("i-00000001000000001"), StartTime: aws.Time(now), MaxExpirationTime: aws.Time(now.Add(57600 * time.Second))}
	if diff := cmp.Diff(want, alice); diff != "" {
		t.Errorf("the session (-want +got):\n%s", diff)
	}
	if got := capacityOf(describeFleet(t, c, "f")); got != (capacity{Desired: 2, Running: 2, InUse: 1, Available: 1}) {
		t.Errorf("capacity with alice connected: %+v", got)
	}

	// Opening it again goes back to the session.
	status, page = open(t, *out.StreamingURL)
	wantPage(t, status, page, http.StatusOK, "<h1>Reconnected</h1>", *alice.Id)
	if got := sessionsOf(t, c, "s", "f"); len(got) != 1 {
		t.Errorf("%d sessions after opening the URL again, want 1", len(got))
	}

	bob := streamingURL(t, c, "s", "f", "bob")
	if status, page := open(t, bob); status != http.StatusOK {
		t.Fatalf("bob: %d\n%s", status, page)
	}
	status, page = open(t, streamingURL(t, c, "s", "f", "carol"))
	wantPage(t, status, page, http.StatusServiceUnavailable, "<h1>No capacity</h1>", "Every instance of the fleet f is in use")
	if got := capacityOf(describeFleet(t, c, "f")); got != (capacity{Desired: 2, Running: 2, InUse: 2, Available: 0}) {
		t.Errorf("capacity with alice and bob: %+v", got)
	}

	if _, err := c.ExpireSession(ctx, &appstream.ExpireSessionInput{SessionId: alice.Id}); err != nil {
		t.Fatal(err)
	}
	sessions = sessionsOf(t, c, "s", "f")
	if len(sessions) != 2 || sessions[0].State != types.SessionStateExpired || sessions[0].ConnectionState != types.SessionConnectionStateNotConnected ||
		sessions[1].State != types.SessionStateActive {
		t.Errorf("sessions after expiring alice's: %+v", sessions)
	}
	if got := capacityOf(describeFleet(t, c, "f")); got != (capacity{Desired: 2, Running: 2, InUse: 1, Available: 1}) {
		t.Errorf("capacity after expiring alice's session: %+v", got)
	}
	if _, err := c.ExpireSession(ctx, &appstream.ExpireSessionInput{SessionId: alice.Id}); err != nil {
		t.Errorf("expiring an expired session: %v", err)
	}
	status, page = open(t, streamingURL(t, c, "s", "f", "carol"))
	wantPage(t, status, page, http.StatusOK, "<h1>Connected</h1>", "carol")
	// alice's URL is still valid: it opens a new session.
	status, page = open(t, *out.StreamingURL)
	wantPage(t, status, page, http.StatusServiceUnavailable, "No capacity")

	_, err = c.ExpireSession(ctx, &appstream.ExpireSessionInput{SessionId: aws.String("00000000-0000-4000-8000-0000000000ff")})
	wantAPIError(t, err, genericError("ResourceNotFoundException"), "The session 00000000-0000-4000-8000-0000000000ff does not exist.")

	// The fleet's sessions end when it stops.
	stopFleet(t, c, "f")
	clock.Advance(transition)
	if got := sessionsOf(t, c, "s", "f"); len(got) != 0 {
		t.Errorf("sessions after the fleet stopped: %v", got)
	}
}

// TestClientStreamingURLExpiry checks Validity against the server's clock.
func TestClientStreamingURLExpiry(t *testing.T) {
	_, c, clock := fakeServer(t)
	ctx := context.Background()
	servingFleet(t, c, clock, fleetInput("f"), "s")
	now := clock.Now().Truncate(time.Millisecond)
	for _, validity := range []int64{1, 5, 604800} {
		out, err := c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: aws.String("s"), FleetName: aws.String("f"),
			UserId: aws.String("user"), Validity: aws.Int64(validity)})
		if err != nil {
			t.Fatal(err)
		}
		if want := now.Add(time.Duration(validity) * time.Second); !aws.ToTime(out.Expires).Equal(want) {
			t.Errorf("Validity %d: Expires %v, want %v", validity, out.Expires, want)
		}
	}
	out, err := c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: aws.String("s"), FleetName: aws.String("f"),
		UserId: aws.String("dave"), Validity: aws.Int64(5), ApplicationId: aws.String("<Excel>")})
	if err != nil {
		t.Fatal(err)
	}
	clock.Advance(5*time.Second - time.Millisecond)
	status, page := open(t, *out.StreamingURL)
	wantPage(t, status, page, http.StatusOK, "dave is streaming &lt;Excel&gt; from the fleet f")
	clock.Advance(time.Millisecond)
	status, page = open(t, *out.StreamingURL)
	wantPage(t, status, page, http.StatusForbidden, "<h1>Expired streaming URL</h1>", "for dave expired at "+now.Add(5*time.Second).Format(time.RFC3339))

	page0 := strings.Split(*out.StreamingURL, "?")[0]
	for _, link := range []string{
		page0,
		*out.StreamingURL + "x",
		page0 + "?parameters=" + url.QueryEscape(`{"s":"s","f":"f","u":"eve","e":9999999999999}`),
	} {
		status, page := open(t, link)
		wantPage(t, status, page, http.StatusNotFound, "<h1>Invalid streaming URL</h1>")
	}
	if got := sessionsOf(t, c, "s", "f"); len(got) != 1 {
		t.Errorf("%d sessions, want dave's only", len(got))
	}
}

// TestClientStreamingURLRefused checks when CreateStreamingURL and opening a
// URL are refused.
func TestClientStreamingURLRefused(t *testing.T) {
	_, c, clock := fakeServer(t)
	ctx := context.Background()
	servingFleet(t, c, clock, fleetInput("f"), "s")
	createStack(t, c, &appstream.CreateStackInput{Name: aws.String("other")})
	createFleet(t, c, fleetInput("stopped"))
	associate(t, c, "stopped", "s")
	for _, tc := range []struct {
		stack, fleet string
		want         *errCheck
		message      string
	}{
		{"s", "gone", errorOf[*types.ResourceNotFoundException](), "The fleet gone does not exist."},
		{"gone", "f", errorOf[*types.ResourceNotFoundException](), "The stack gone does not exist."},
		{"other", "f", errorOf[*types.InvalidParameterCombinationException](), "The fleet f is not associated with the stack other."},
		{"s", "stopped", errorOf[*types.ResourceNotAvailableException](), "The fleet stopped is STOPPED; users can connect only to a RUNNING fleet."},
	} {
		_, err := c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: aws.String(tc.stack), FleetName: aws.String(tc.fleet), UserId: aws.String("u1")})
		wantAPIError(t, err, tc.want, tc.message)
	}
	startFleet(t, c, "stopped")
	_, err := c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: aws.String("s"), FleetName: aws.String("stopped"), UserId: aws.String("u1")})
	wantAPIError(t, err, errorOf[*types.ResourceNotAvailableException](), "The fleet stopped is STARTING")

	// A URL created while the fleet ran does not connect once it stops, or
	// once the fleet leaves the stack.
	link := streamingURL(t, c, "s", "f", "u2")
	stopFleet(t, c, "f")
	status, page := open(t, link)
	wantPage(t, status, page, http.StatusConflict, "<h1>Cannot connect</h1>", "The fleet f is STOPPING; users can connect only to a RUNNING fleet.")
	clock.Advance(transition)
	startFleet(t, c, "f")
	clock.Advance(transition)
	link = streamingURL(t, c, "s", "f", "u3")
	if _, err := c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: aws.String("f"), StackName: aws.String("s")}); err != nil {
		t.Fatal(err)
	}
	status, page = open(t, link)
	wantPage(t, status, page, http.StatusConflict, "The fleet f is not associated with the stack s.")
	if got := sessionsOf(t, c, "s", "f"); len(got) != 0 {
		t.Errorf("refused URLs opened sessions: %v", got)
	}
}

// TestClientStreamingURLCapacity fills multi-session and ELASTIC fleets
// through streaming URLs.
func TestClientStreamingURLCapacity(t *testing.T) {
	_, c, clock := fakeServer(t)
	multi := fleetInput("multi")
	multi.MaxSessionsPerInstance = aws.Int32(2)
	multi.ComputeCapacity = &types.ComputeCapacity{DesiredSessions: aws.Int32(3)} // two instances, four slots
	servingFleet(t, c, clock, multi, "s")
	for i, user := range []string{"u1", "u2", "u3", "u4"} {
		if status, page := open(t, streamingURL(t, c, "s", "multi", user)); status != http.StatusOK {
			t.Fatalf("user %d: %d\n%s", i+1, status, page)
		}
	}
	status, page := open(t, streamingURL(t, c, "s", "multi", "u5"))
	wantPage(t, status, page, http.StatusServiceUnavailable, "No capacity")
	instances := map[string]int{}
	for _, s := range sessionsOf(t, c, "s", "multi") {
		instances[*s.InstanceId]++
	}
	if want := map[string]int{"i-00000001000000001": 2, "i-00000001000000002": 2}; !cmp.Equal(want, instances) {
		t.Errorf("sessions per instance: %v, want %v", instances, want)
	}
	f := describeFleet(t, c, "multi")
	if got := slotsOf(f); got.Active != 4 || got.Available != 0 {
		t.Errorf("slots with four users: %+v", got)
	}

	elastic := &appstream.CreateFleetInput{Name: aws.String("elastic"), FleetType: types.FleetTypeElastic, ImageName: aws.String(appstreamtest.ImageWindowsServer2019),
		InstanceType: aws.String("stream.standard.small"), Platform: types.PlatformTypeWindowsServer2019, MaxConcurrentSessions: aws.Int32(1),
		VpcConfig: &types.VpcConfig{SubnetIds: []string{"subnet-a", "subnet-b"}}}
	servingFleet(t, c, clock, elastic, "e")
	if status, page := open(t, streamingURL(t, c, "e", "elastic", "u1")); status != http.StatusOK {
		t.Fatalf("the first ELASTIC session: %d\n%s", status, page)
	}
	status, page = open(t, streamingURL(t, c, "e", "elastic", "u2"))
	wantPage(t, status, page, http.StatusServiceUnavailable, "No capacity")
}

// TestStreamingURLOnASignedServer opens a URL without signing anything,
// from the host the API was reached at, and checks that the page is not
// counted as a request.
func TestStreamingURLOnASignedServer(t *testing.T) {
	srv := startServer(t, appstreamtest.WithTransitionTime(0))
	local := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	c := appstream.NewFromConfig(srv.Config(), func(o *appstream.Options) { o.BaseEndpoint = aws.String(local) })
	createStack(t, c, &appstream.CreateStackInput{Name: aws.String("s")})
	createFleet(t, c, fleetInput("f"))
	associate(t, c, "f", "s")
	startFleet(t, c, "f")
	link := streamingURL(t, c, "s", "f", "alice")
	if !strings.HasPrefix(link, local+"/authenticate?") {
		t.Errorf("URL %s, want it on %s, where the client reached the server", link, local)
	}
	before := srv.Requests("")
	status, page := open(t, link)
	wantPage(t, status, page, http.StatusOK, "Connected")
	if after := srv.Requests(""); after != before {
		t.Errorf("opening the URL counted %d requests", after-before)
	}
	sessions := sessionsOf(t, c, "s", "f")
	if len(sessions) != 1 || *sessions[0].UserId != "alice" {
		t.Errorf("sessions: %v", sessions)
	}
	// The API still refuses unsigned requests, GET or not.
	resp, err := http.Post(srv.URL+"/authenticate", "application/x-amz-json-1.1", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("an unsigned POST to /authenticate: %d, want 403", resp.StatusCode)
	}
}

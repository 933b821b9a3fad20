package appstreamtest_test

// These tests drive the endpoint through the module's own client, the way a
// user's tests would: every request is built, signed, sent, retried and
// decoded by package appstream, and every answer is checked as the client
// returns it (typed errors, decoded fleets and sessions, paginators, waiters).
// The endpoint's raw-HTTP tests live in the other _test.go files.

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// fixedStart is where the fake clocks of these tests start. It is far from
// the real time on purpose (and has nanoseconds, to see CreatedTime cut to
// milliseconds), so the servers that use it skip the signature check, which
// reads the server's clock; signatures are tested by TestClientSignatures
// and TestClientClockSkew.
var fixedStart = time.Date(2025, time.March, 14, 15, 9, 26, 535897932, time.UTC)

// transition is how long fleets stay STARTING or STOPPING on fake clocks.
const transition = 10 * time.Minute

// startServer starts a server that is closed when the test ends.
func startServer(t testing.TB, opts ...appstreamtest.Option) *appstreamtest.Server {
	t.Helper()
	srv, err := appstreamtest.Listen(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	return srv
}

// newClient returns a client of srv that retries as usual but without
// waiting between attempts.
func newClient(srv *appstreamtest.Server, optFns ...func(*appstream.Options)) *appstream.Client {
	return appstream.NewFromConfig(srv.Config(), append([]func(*appstream.Options){noBackoff}, optFns...)...)
}

func noBackoff(o *appstream.Options) {
	// Options.Retryer is already the default retryer when option functions
	// run, so this keeps its decisions and only drops the waits.
	o.Retryer = retry.AddWithMaxBackoffDelay(o.Retryer, 0)
}

// withCredentials makes a client sign with creds.
func withCredentials(creds aws.Credentials) func(*appstream.Options) {
	return func(o *appstream.Options) {
		o.Credentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) { return creds, nil })
	}
}

// attemptCounter is an HTTP client that counts the requests a client sends,
// by operation: Server.Requests counts only those that pass the signature
// check.
type attemptCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (a *attemptCounter) Do(req *http.Request) (*http.Response, error) {
	a.mu.Lock()
	a.n[strings.TrimPrefix(req.Header.Get("X-Amz-Target"), "PhotonAdminProxyService.")]++
	a.mu.Unlock()
	return http.DefaultClient.Do(req)
}

func (a *attemptCounter) attempts(op string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.n[op]
}

// countAttempts makes a client send through a new attemptCounter.
func countAttempts() (*attemptCounter, func(*appstream.Options)) {
	a := &attemptCounter{n: map[string]int{}}
	return a, func(o *appstream.Options) { o.HTTPClient = a }
}

// fakeServer starts a server on a FakeClock at fixedStart, with fleets that
// take transition to start or stop, and returns it with a client.
func fakeServer(t testing.TB, opts ...appstreamtest.Option) (*appstreamtest.Server, *appstream.Client, *appstreamtest.FakeClock) {
	t.Helper()
	clock := appstreamtest.NewFakeClock(fixedStart)
	opts = append([]appstreamtest.Option{
		appstreamtest.WithClock(clock),
		appstreamtest.WithTransitionTime(transition),
		appstreamtest.WithoutSignatureVerification(),
	}, opts...)
	srv := startServer(t, opts...)
	return srv, newClient(srv), clock
}

// fleetInput is the smallest valid CreateFleet input: an ON_DEMAND fleet of
// two instances.
func fleetInput(name string) *appstream.CreateFleetInput {
	return &appstream.CreateFleetInput{
		Name:            aws.String(name),
		InstanceType:    aws.String("stream.standard.medium"),
		ImageName:       aws.String("AppStream-WinServer2019-06-12-2023"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(2)},
	}
}

func createFleet(t testing.TB, c *appstream.Client, in *appstream.CreateFleetInput) types.Fleet {
	t.Helper()
	out, err := c.CreateFleet(context.Background(), in)
	if err != nil {
		t.Fatalf("CreateFleet(%s): %v", aws.ToString(in.Name), err)
	}
	return *out.Fleet
}

func describeFleet(t testing.TB, c *appstream.Client, name string) types.Fleet {
	t.Helper()
	out, err := c.DescribeFleets(context.Background(), &appstream.DescribeFleetsInput{Names: []string{name}})
	if err != nil {
		t.Fatalf("DescribeFleets(%s): %v", name, err)
	}
	if len(out.Fleets) != 1 {
		t.Fatalf("DescribeFleets(%s) returned %d fleets, want 1", name, len(out.Fleets))
	}
	return out.Fleets[0]
}

func startFleet(t testing.TB, c *appstream.Client, name string) {
	t.Helper()
	if _, err := c.StartFleet(context.Background(), &appstream.StartFleetInput{Name: aws.String(name)}); err != nil {
		t.Fatalf("StartFleet(%s): %v", name, err)
	}
}

func stopFleet(t testing.TB, c *appstream.Client, name string) {
	t.Helper()
	if _, err := c.StopFleet(context.Background(), &appstream.StopFleetInput{Name: aws.String(name)}); err != nil {
		t.Fatalf("StopFleet(%s): %v", name, err)
	}
}

// fleetIn creates the fleet of in and walks it to state on clock.
func fleetIn(t testing.TB, c *appstream.Client, clock *appstreamtest.FakeClock, in *appstream.CreateFleetInput, state types.FleetState) types.Fleet {
	t.Helper()
	name := aws.ToString(in.Name)
	createFleet(t, c, in)
	if state != types.FleetStateStopped {
		startFleet(t, c, name)
	}
	if state == types.FleetStateRunning || state == types.FleetStateStopping {
		clock.Advance(transition)
	}
	if state == types.FleetStateStopping {
		stopFleet(t, c, name)
	}
	f := describeFleet(t, c, name)
	if f.State != state {
		t.Fatalf("fleet %s is %s, want %s", name, f.State, state)
	}
	return f
}

// capacity is the part of ComputeCapacityStatus the endpoint keeps.
type capacity struct{ Desired, Running, InUse, Available int32 }

func capacityOf(f types.Fleet) capacity {
	s := f.ComputeCapacityStatus
	if s == nil {
		return capacity{-1, -1, -1, -1}
	}
	return capacity{aws.ToInt32(s.Desired), aws.ToInt32(s.Running), aws.ToInt32(s.InUse), aws.ToInt32(s.Available)}
}

func capacityStatus(c capacity) *types.ComputeCapacityStatus {
	return &types.ComputeCapacityStatus{Desired: aws.Int32(c.Desired), Running: aws.Int32(c.Running), InUse: aws.Int32(c.InUse), Available: aws.Int32(c.Available)}
}

// slots is the part of ComputeCapacityStatus that counts the session slots
// of a multi-session fleet.
type slots struct{ Desired, Active, Available, Actual, Draining, DrainActive, DrainUnused int32 }

// multiSessionStatus is the ComputeCapacityStatus of a multi-session fleet.
func multiSessionStatus(c capacity, s slots) *types.ComputeCapacityStatus {
	status := capacityStatus(c)
	status.DesiredUserSessions, status.ActiveUserSessions = aws.Int32(s.Desired), aws.Int32(s.Active)
	status.AvailableUserSessions, status.ActualUserSessions = aws.Int32(s.Available), aws.Int32(s.Actual)
	status.Draining, status.DrainModeActiveUserSessions = aws.Int32(s.Draining), aws.Int32(s.DrainActive)
	status.DrainModeUnusedUserSessions = aws.Int32(s.DrainUnused)
	return status
}

// slotsOf returns the session slot counts of f's capacity, -1 for a count
// left unset.
func slotsOf(f types.Fleet) slots {
	c := f.ComputeCapacityStatus
	if c == nil {
		c = &types.ComputeCapacityStatus{}
	}
	n := func(p *int32) int32 {
		if p == nil {
			return -1
		}
		return *p
	}
	return slots{n(c.DesiredUserSessions), n(c.ActiveUserSessions), n(c.AvailableUserSessions),
		n(c.ActualUserSessions), n(c.Draining), n(c.DrainModeActiveUserSessions), n(c.DrainModeUnusedUserSessions)}
}

// errCheck recognizes an error in a table: a type in the chain, and for
// generic API errors, a code.
type errCheck struct {
	name  string
	match func(error) bool
}

// errorOf matches an error whose chain holds an E.
func errorOf[E error]() *errCheck {
	var zero E
	return &errCheck{name: fmt.Sprintf("%T", zero), match: func(err error) bool {
		var target E
		return errors.As(err, &target)
	}}
}

// genericError matches a *smithy.GenericAPIError with code: an error the
// operation does not model.
func genericError(code string) *errCheck {
	return &errCheck{name: "*smithy.GenericAPIError " + code, match: func(err error) bool {
		var g *smithy.GenericAPIError
		return errors.As(err, &g) && g.Code == code
	}}
}

// checkErr fails the test unless err is what want expects (nil: no error).
func checkErr(t testing.TB, err error, want *errCheck) {
	t.Helper()
	switch {
	case want == nil && err != nil:
		t.Fatalf("unexpected error: %v", err)
	case want != nil && err == nil:
		t.Fatalf("no error, want %s", want.name)
	case want != nil && !want.match(err):
		t.Fatalf("error %v (%T), want %s", err, err, want.name)
	}
}

func statusOf(err error) int {
	var re *awshttp.ResponseError
	if !errors.As(err, &re) {
		return 0
	}
	return re.HTTPStatusCode()
}

func sessionIDs(sessions []types.Session) []string {
	ids := []string{}
	for _, s := range sessions {
		ids = append(ids, aws.ToString(s.Id))
	}
	return ids
}

// TestClientCreateFleet checks the fleet CreateFleet returns, as the client
// decodes it, against the fleet DescribeFleets and Server.Fleet describe.
func TestClientCreateFleet(t *testing.T) {
	t.Parallel()
	created := fixedStart.Truncate(time.Millisecond)
	arn := func(name string) *string {
		return aws.String("arn:aws:appstream:us-east-1:123456789012:fleet/" + name)
	}
	cases := map[string]struct {
		in   *appstream.CreateFleetInput
		want types.Fleet
	}{
		"defaults": {
			in: fleetInput("defaults"),
			want: types.Fleet{
				Arn:                         arn("defaults"),
				Name:                        aws.String("defaults"),
				InstanceType:                aws.String("stream.standard.medium"),
				ImageName:                   aws.String("AppStream-WinServer2019-06-12-2023"),
				State:                       types.FleetStateStopped,
				CreatedTime:                 &created,
				FleetType:                   types.FleetTypeOnDemand,
				StreamView:                  types.StreamViewApp,
				Platform:                    types.PlatformTypeWindowsServer2019,
				MaxUserDurationInSeconds:    aws.Int32(57600),
				DisconnectTimeoutInSeconds:  aws.Int32(900),
				EnableDefaultInternetAccess: aws.Bool(false),
				ComputeCapacityStatus:       capacityStatus(capacity{Desired: 2}),
			},
		},
		"every attribute": {
			in: &appstream.CreateFleetInput{
				Name:                           aws.String("every-attribute"),
				InstanceType:                   aws.String("stream.compute.large"),
				ImageArn:                       aws.String("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-06-17-2024"),
				FleetType:                      types.FleetTypeAlwaysOn,
				ComputeCapacity:                &types.ComputeCapacity{DesiredInstances: aws.Int32(4)},
				Description:                    aws.String("for the training room"),
				DisplayName:                    aws.String("Training"),
				DisableIMDSV1:                  aws.Bool(true),
				DisconnectTimeoutInSeconds:     aws.Int32(300),
				IdleDisconnectTimeoutInSeconds: aws.Int32(600),
				MaxUserDurationInSeconds:       aws.Int32(7200),
				EnableDefaultInternetAccess:    aws.Bool(true),
				DomainJoinInfo:                 &types.DomainJoinInfo{DirectoryName: aws.String("corp.example.com"), OrganizationalUnitDistinguishedName: aws.String("OU=AppStream,DC=corp,DC=example,DC=com")},
				IamRoleArn:                     aws.String("arn:aws:iam::123456789012:role/appstream"),
				Platform:                       types.PlatformTypeWindowsServer2022,
				StreamView:                     types.StreamViewDesktop,
				RootVolumeConfig:               &types.VolumeConfig{VolumeSizeInGb: aws.Int32(300)},
				SessionScriptS3Location:        &types.S3Location{S3Bucket: aws.String("scripts-bucket"), S3Key: aws.String("session.json")},
				UsbDeviceFilterStrings:         []string{"Wacom Tablet, 056a, *, *, *, *, 0, 0"},
				VpcConfig:                      &types.VpcConfig{SubnetIds: []string{"subnet-1", "subnet-2"}, SecurityGroupIds: []string{"sg-1"}},
				Tags:                           map[string]string{"team": "training"},
			},
			want: types.Fleet{
				Arn:                            arn("every-attribute"),
				Name:                           aws.String("every-attribute"),
				InstanceType:                   aws.String("stream.compute.large"),
				ImageArn:                       aws.String("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-06-17-2024"),
				State:                          types.FleetStateStopped,
				CreatedTime:                    &created,
				FleetType:                      types.FleetTypeAlwaysOn,
				Description:                    aws.String("for the training room"),
				DisplayName:                    aws.String("Training"),
				DisableIMDSV1:                  aws.Bool(true),
				DisconnectTimeoutInSeconds:     aws.Int32(300),
				IdleDisconnectTimeoutInSeconds: aws.Int32(600),
				MaxUserDurationInSeconds:       aws.Int32(7200),
				EnableDefaultInternetAccess:    aws.Bool(true),
				DomainJoinInfo:                 &types.DomainJoinInfo{DirectoryName: aws.String("corp.example.com"), OrganizationalUnitDistinguishedName: aws.String("OU=AppStream,DC=corp,DC=example,DC=com")},
				IamRoleArn:                     aws.String("arn:aws:iam::123456789012:role/appstream"),
				Platform:                       types.PlatformTypeWindowsServer2022,
				StreamView:                     types.StreamViewDesktop,
				RootVolumeConfig:               &types.VolumeConfig{VolumeSizeInGb: aws.Int32(300)},
				SessionScriptS3Location:        &types.S3Location{S3Bucket: aws.String("scripts-bucket"), S3Key: aws.String("session.json")},
				UsbDeviceFilterStrings:         []string{"Wacom Tablet, 056a, *, *, *, *, 0, 0"},
				VpcConfig:                      &types.VpcConfig{SubnetIds: []string{"subnet-1", "subnet-2"}, SecurityGroupIds: []string{"sg-1"}},
				ComputeCapacityStatus:          capacityStatus(capacity{Desired: 4}),
			},
		},
		"multi-session": {
			in: func() *appstream.CreateFleetInput {
				in := fleetInput("multi-session")
				in.ComputeCapacity = &types.ComputeCapacity{DesiredSessions: aws.Int32(20)}
				in.MaxSessionsPerInstance = aws.Int32(5)
				return in
			}(),
			want: types.Fleet{
				Arn:                         arn("multi-session"),
				Name:                        aws.String("multi-session"),
				InstanceType:                aws.String("stream.standard.medium"),
				ImageName:                   aws.String("AppStream-WinServer2019-06-12-2023"),
				State:                       types.FleetStateStopped,
				CreatedTime:                 &created,
				FleetType:                   types.FleetTypeOnDemand,
				StreamView:                  types.StreamViewApp,
				Platform:                    types.PlatformTypeWindowsServer2019,
				MaxUserDurationInSeconds:    aws.Int32(57600),
				DisconnectTimeoutInSeconds:  aws.Int32(900),
				EnableDefaultInternetAccess: aws.Bool(false),
				MaxSessionsPerInstance:      aws.Int32(5),
				ComputeCapacityStatus:       multiSessionStatus(capacity{Desired: 4}, slots{Desired: 20}),
			},
		},
		"elastic without capacity": {
			in: &appstream.CreateFleetInput{
				Name:                  aws.String("elastic"),
				InstanceType:          aws.String("stream.standard.small"),
				ImageName:             aws.String("AppStream-AmazonLinux2-09-21-2022"),
				FleetType:             types.FleetTypeElastic,
				Platform:              types.PlatformTypeAmazonLinux2,
				MaxConcurrentSessions: aws.Int32(10),
				VpcConfig:             &types.VpcConfig{SubnetIds: []string{"subnet-1", "subnet-2"}},
			},
			want: types.Fleet{
				Arn:                         arn("elastic"),
				Name:                        aws.String("elastic"),
				InstanceType:                aws.String("stream.standard.small"),
				ImageName:                   aws.String("AppStream-AmazonLinux2-09-21-2022"),
				State:                       types.FleetStateStopped,
				CreatedTime:                 &created,
				FleetType:                   types.FleetTypeElastic,
				StreamView:                  types.StreamViewApp,
				Platform:                    types.PlatformTypeAmazonLinux2,
				MaxConcurrentSessions:       aws.Int32(10),
				VpcConfig:                   &types.VpcConfig{SubnetIds: []string{"subnet-1", "subnet-2"}},
				MaxUserDurationInSeconds:    aws.Int32(57600),
				DisconnectTimeoutInSeconds:  aws.Int32(900),
				EnableDefaultInternetAccess: aws.Bool(false),
				ComputeCapacityStatus:       capacityStatus(capacity{}),
			},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, c, clock := fakeServer(t)
			got := createFleet(t, c, tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("CreateFleet returned (-want +got):\n%s", diff)
			}
			// CreatedTime is the creation's, not the clock's now.
			clock.Advance(time.Hour)
			if diff := cmp.Diff(tc.want, describeFleet(t, c, *tc.in.Name)); diff != "" {
				t.Errorf("DescribeFleets returned (-want +got):\n%s", diff)
			}
			onServer, ok := srv.Fleet(*tc.in.Name)
			if !ok {
				t.Fatalf("Server.Fleet(%s) found nothing", *tc.in.Name)
			}
			if diff := cmp.Diff(tc.want, onServer); diff != "" {
				t.Errorf("Server.Fleet returned (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClientCreateFleetErrors checks the typed errors of CreateFleet, and
// that a refused request changes nothing.
func TestClientCreateFleetErrors(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		in           func(*appstream.CreateFleetInput)
		want         *errCheck
		wantRequests int // CreateFleet requests that reach the server, the first create's included
	}{
		"duplicate name": {
			in: func(in *appstream.CreateFleetInput) {
				in.Name = aws.String("existing")
				in.InstanceType = aws.String("stream.compute.large")
			},
			want:         errorOf[*types.ResourceAlreadyExistsException](),
			wantRequests: 2,
		},
		"both image name and ARN": {
			in:           func(in *appstream.CreateFleetInput) { in.ImageArn = aws.String("arn:aws:appstream:us-east-1::image/x") },
			want:         errorOf[*types.InvalidParameterCombinationException](),
			wantRequests: 2,
		},
		"no image": {
			in:           func(in *appstream.CreateFleetInput) { in.ImageName = nil },
			want:         errorOf[*types.InvalidParameterCombinationException](),
			wantRequests: 2,
		},
		"on-demand without capacity": {
			in:           func(in *appstream.CreateFleetInput) { in.ComputeCapacity = nil },
			want:         errorOf[*types.InvalidParameterCombinationException](),
			wantRequests: 2,
		},
		"always-on with empty capacity": {
			in: func(in *appstream.CreateFleetInput) {
				in.FleetType, in.ComputeCapacity = types.FleetTypeAlwaysOn, &types.ComputeCapacity{}
			},
			want:         errorOf[*types.InvalidParameterCombinationException](),
			wantRequests: 2,
		},
		"both desired instances and sessions": {
			in:           func(in *appstream.CreateFleetInput) { in.ComputeCapacity.DesiredSessions = aws.Int32(4) },
			want:         errorOf[*types.InvalidParameterCombinationException](),
			wantRequests: 2,
		},
		"name the model refuses": {
			in:           func(in *appstream.CreateFleetInput) { in.Name = aws.String("not a name!") },
			want:         genericError("ValidationException"),
			wantRequests: 2,
		},
		"unknown fleet type": {
			in:           func(in *appstream.CreateFleetInput) { in.FleetType = "SOMETIMES_ON" },
			want:         genericError("ValidationException"),
			wantRequests: 2,
		},
		"missing instance type is caught by the client": {
			in:           func(in *appstream.CreateFleetInput) { in.InstanceType = nil },
			want:         errorOf[smithy.InvalidParamsError](),
			wantRequests: 1,
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, c, _ := fakeServer(t)
			existing := createFleet(t, c, fleetInput("existing"))
			in := fleetInput("new-fleet")
			tc.in(in)
			_, err := c.CreateFleet(context.Background(), in)
			checkErr(t, err, tc.want)
			if got := srv.Requests("CreateFleet"); got != tc.wantRequests {
				t.Errorf("server got %d CreateFleet requests, want %d", got, tc.wantRequests)
			}
			out, err := c.DescribeFleets(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]types.Fleet{existing}, out.Fleets); diff != "" {
				t.Errorf("fleets after the refused CreateFleet (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClientFleetTransitions walks one fleet through its states on a fake
// clock, checking its state and capacity after each step.
func TestClientFleetTransitions(t *testing.T) {
	t.Parallel()
	_, c, clock := fakeServer(t)
	ctx := context.Background()
	name := aws.String("lifecycle")
	createFleet(t, c, fleetInput(*name))

	steps := []struct {
		name string
		do   func() error
		want types.FleetState
		cap  capacity
	}{
		{"created", func() error { return nil }, types.FleetStateStopped, capacity{2, 0, 0, 0}},
		{"started", func() error { _, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: name}); return err },
			types.FleetStateStarting, capacity{2, 0, 0, 0}},
		{"almost running", func() error { clock.Advance(transition - time.Millisecond); return nil },
			types.FleetStateStarting, capacity{2, 0, 0, 0}},
		{"running", func() error { clock.Advance(time.Millisecond); return nil },
			types.FleetStateRunning, capacity{2, 2, 0, 2}},
		{"still running later", func() error { clock.Advance(24 * time.Hour); return nil },
			types.FleetStateRunning, capacity{2, 2, 0, 2}},
		{"stopped", func() error { _, err := c.StopFleet(ctx, &appstream.StopFleetInput{Name: name}); return err },
			types.FleetStateStopping, capacity{2, 2, 0, 0}},
		{"almost stopped", func() error { clock.Advance(transition - time.Millisecond); return nil },
			types.FleetStateStopping, capacity{2, 2, 0, 0}},
		{"stopped for good", func() error { clock.Advance(time.Millisecond); return nil },
			types.FleetStateStopped, capacity{2, 0, 0, 0}},
		{"restarted", func() error { _, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: name}); return err },
			types.FleetStateStarting, capacity{2, 0, 0, 0}},
		{"stopped while starting", func() error { _, err := c.StopFleet(ctx, &appstream.StopFleetInput{Name: name}); return err },
			types.FleetStateStopping, capacity{2, 2, 0, 0}},
		{"stopped again", func() error { clock.Advance(transition); return nil },
			types.FleetStateStopped, capacity{2, 0, 0, 0}},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			if err := step.do(); err != nil {
				t.Fatal(err)
			}
			f := describeFleet(t, c, *name)
			if f.State != step.want {
				t.Errorf("state %s, want %s", f.State, step.want)
			}
			if diff := cmp.Diff(step.cap, capacityOf(f)); diff != "" {
				t.Errorf("capacity (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("deleted", func(t *testing.T) {
		if _, err := c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: name}); err != nil {
			t.Fatal(err)
		}
		_, err := c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{*name}})
		checkErr(t, err, errorOf[*types.ResourceNotFoundException]())
	})
}

// TestClientFleetStateErrors checks what each state-changing operation does
// in each state: the typed error, or the state it leads to.
func TestClientFleetStateErrors(t *testing.T) {
	t.Parallel()
	start := func(c *appstream.Client, name *string) error {
		_, err := c.StartFleet(context.Background(), &appstream.StartFleetInput{Name: name})
		return err
	}
	stop := func(c *appstream.Client, name *string) error {
		_, err := c.StopFleet(context.Background(), &appstream.StopFleetInput{Name: name})
		return err
	}
	del := func(c *appstream.Client, name *string) error {
		_, err := c.DeleteFleet(context.Background(), &appstream.DeleteFleetInput{Name: name})
		return err
	}
	inUse := errorOf[*types.ResourceInUseException]()
	concurrent := errorOf[*types.ConcurrentModificationException]()
	cases := map[string]struct {
		state     types.FleetState
		call      func(*appstream.Client, *string) error
		want      *errCheck
		wantState types.FleetState // "" when the fleet is gone
	}{
		"StartFleet STOPPED":   {types.FleetStateStopped, start, nil, types.FleetStateStarting},
		"StartFleet STARTING":  {types.FleetStateStarting, start, concurrent, types.FleetStateStarting},
		"StartFleet RUNNING":   {types.FleetStateRunning, start, errorOf[*types.OperationNotPermittedException](), types.FleetStateRunning},
		"StartFleet STOPPING":  {types.FleetStateStopping, start, concurrent, types.FleetStateStopping},
		"StopFleet STOPPED":    {types.FleetStateStopped, stop, concurrent, types.FleetStateStopped},
		"StopFleet STARTING":   {types.FleetStateStarting, stop, nil, types.FleetStateStopping},
		"StopFleet RUNNING":    {types.FleetStateRunning, stop, nil, types.FleetStateStopping},
		"StopFleet STOPPING":   {types.FleetStateStopping, stop, concurrent, types.FleetStateStopping},
		"DeleteFleet STOPPED":  {types.FleetStateStopped, del, nil, ""},
		"DeleteFleet STARTING": {types.FleetStateStarting, del, inUse, types.FleetStateStarting},
		"DeleteFleet RUNNING":  {types.FleetStateRunning, del, inUse, types.FleetStateRunning},
		"DeleteFleet STOPPING": {types.FleetStateStopping, del, inUse, types.FleetStateStopping},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, c, clock := fakeServer(t)
			fleetIn(t, c, clock, fleetInput("f"), tc.state)
			err := tc.call(c, aws.String("f"))
			checkErr(t, err, tc.want)
			out, err := c.DescribeFleets(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			var got types.FleetState
			if len(out.Fleets) > 0 {
				got = out.Fleets[0].State
			}
			if got != tc.wantState {
				t.Errorf("fleet is %q afterwards, want %q", got, tc.wantState)
			}
		})
	}
}

// TestClientResourceNotFound checks every operation that takes a fleet's
// name with a name that does not exist.
func TestClientResourceNotFound(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	missing := aws.String("missing")
	cases := map[string]func(*appstream.Client) error{
		"DescribeFleets": func(c *appstream.Client) error {
			_, err := c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{"existing", *missing}})
			return err
		},
		"UpdateFleet": func(c *appstream.Client) error {
			_, err := c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: missing, DisplayName: aws.String("x")})
			return err
		},
		"StartFleet": func(c *appstream.Client) error {
			_, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: missing})
			return err
		},
		"StopFleet": func(c *appstream.Client) error {
			_, err := c.StopFleet(ctx, &appstream.StopFleetInput{Name: missing})
			return err
		},
		"DeleteFleet": func(c *appstream.Client) error {
			_, err := c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: missing})
			return err
		},
	}
	for name, call := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, c, _ := fakeServer(t)
			createFleet(t, c, fleetInput("existing"))
			err := call(c)
			checkErr(t, err, errorOf[*types.ResourceNotFoundException]())
			var nf *types.ResourceNotFoundException
			errors.As(err, &nf)
			if !strings.Contains(nf.ErrorMessage(), *missing) {
				t.Errorf("message %q does not name the fleet %q", nf.ErrorMessage(), *missing)
			}
			if got := statusOf(err); got != 400 {
				t.Errorf("HTTP status %d, want 400", got)
			}
		})
	}
}

// updateAttribute is one member of UpdateFleetInput, as the UpdateFleet
// rules table uses it.
type updateAttribute struct {
	// member is the name the service's message uses for it.
	member string
	// set puts a new value into the input.
	set func(*appstream.UpdateFleetInput)
	// apply changes a fleet as the update should.
	apply func(*types.Fleet)
}

// baseUpdateFleet is the fleet the UpdateFleet rules start from: it has a
// value for every attribute AttributesToDelete can remove that the fleet
// type allows. An ALWAYS_ON or ON_DEMAND one is a multi-session fleet, for
// MaxSessionsPerInstance; an ELASTIC one has what ELASTIC fleets need.
func baseUpdateFleet(name string, fleetType types.FleetType) *appstream.CreateFleetInput {
	in := fleetInput(name)
	in.FleetType = fleetType
	in.IamRoleArn = aws.String("arn:aws:iam::123456789012:role/appstream")
	in.UsbDeviceFilterStrings = []string{"Wacom Tablet, 056a, *, *, *, *, 0, 0"}
	in.SessionScriptS3Location = &types.S3Location{S3Bucket: aws.String("scripts-bucket"), S3Key: aws.String("v1.json")}
	in.RootVolumeConfig = &types.VolumeConfig{VolumeSizeInGb: aws.Int32(200)}
	if fleetType == types.FleetTypeElastic {
		in.ComputeCapacity = nil
		in.MaxConcurrentSessions = aws.Int32(5)
		in.Platform = types.PlatformTypeAmazonLinux2
		in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-a", "subnet-b"}, SecurityGroupIds: []string{"sg-a"}}
		return in
	}
	in.ComputeCapacity = &types.ComputeCapacity{DesiredSessions: aws.Int32(4)}
	in.MaxSessionsPerInstance = aws.Int32(2)
	in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-a"}, SecurityGroupIds: []string{"sg-a"}}
	in.DomainJoinInfo = &types.DomainJoinInfo{DirectoryName: aws.String("corp.example.com")}
	return in
}

// refusedByRules lists, per fleet type, the updates of updateAttributes
// that the rules between members refuse on baseUpdateFleet's fleet.
var refusedByRules = map[types.FleetType][]string{
	types.FleetTypeAlwaysOn: {"MaxConcurrentSessions", "AttributesToDelete MAX_SESSIONS_PER_INSTANCE"},
	types.FleetTypeOnDemand: {"MaxConcurrentSessions", "AttributesToDelete MAX_SESSIONS_PER_INSTANCE"},
	types.FleetTypeElastic: {"ComputeCapacity", "DomainJoinInfo", "MaxSessionsPerInstance", "DeleteVpcConfig",
		"AttributesToDelete VPC_CONFIGURATION"},
}

// updateAttributes lists every member UpdateFleet can change, by the name
// the rules table uses, including the deletions.
func updateAttributes() map[string]updateAttribute {
	attrs := map[string]updateAttribute{
		"DisplayName": {"DisplayName",
			func(in *appstream.UpdateFleetInput) { in.DisplayName = aws.String("Training") },
			func(f *types.Fleet) { f.DisplayName = aws.String("Training") }},
		"Description": {"Description",
			func(in *appstream.UpdateFleetInput) { in.Description = aws.String("updated") },
			func(f *types.Fleet) { f.Description = aws.String("updated") }},
		"ComputeCapacity": {"ComputeCapacity",
			func(in *appstream.UpdateFleetInput) {
				in.ComputeCapacity = &types.ComputeCapacity{DesiredSessions: aws.Int32(8)}
			},
			func(f *types.Fleet) {
				// From 4 sessions on 2 instances to 8 on 4, with no session.
				c, s := capacityOf(*f), slotsOf(*f)
				c.Desired, s.Desired = 4, 8
				if f.State == types.FleetStateRunning {
					c.Running, c.Available, s.Available, s.Actual = 4, 4, 8, 8
				}
				f.ComputeCapacityStatus = multiSessionStatus(c, s)
			}},
		"ImageName": {"ImageName",
			func(in *appstream.UpdateFleetInput) { in.ImageName = aws.String("AppStream-WinServer2022-06-17-2024") },
			func(f *types.Fleet) { f.ImageName, f.ImageArn = aws.String("AppStream-WinServer2022-06-17-2024"), nil }},
		"ImageArn": {"ImageArn",
			func(in *appstream.UpdateFleetInput) {
				in.ImageArn = aws.String("arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-06-17-2024")
			},
			func(f *types.Fleet) {
				f.ImageName, f.ImageArn = nil, aws.String("arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-06-17-2024")
			}},
		"IdleDisconnectTimeoutInSeconds": {"IdleDisconnectTimeoutInSeconds",
			func(in *appstream.UpdateFleetInput) { in.IdleDisconnectTimeoutInSeconds = aws.Int32(600) },
			func(f *types.Fleet) { f.IdleDisconnectTimeoutInSeconds = aws.Int32(600) }},
		"DisconnectTimeoutInSeconds": {"DisconnectTimeoutInSeconds",
			func(in *appstream.UpdateFleetInput) { in.DisconnectTimeoutInSeconds = aws.Int32(1200) },
			func(f *types.Fleet) { f.DisconnectTimeoutInSeconds = aws.Int32(1200) }},
		"InstanceType": {"InstanceType",
			func(in *appstream.UpdateFleetInput) { in.InstanceType = aws.String("stream.standard.large") },
			func(f *types.Fleet) { f.InstanceType = aws.String("stream.standard.large") }},
		"VpcConfig": {"VpcConfig",
			func(in *appstream.UpdateFleetInput) {
				in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-c", "subnet-d"}, SecurityGroupIds: []string{"sg-b"}}
			},
			func(f *types.Fleet) {
				f.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-c", "subnet-d"}, SecurityGroupIds: []string{"sg-b"}}
			}},
		"MaxUserDurationInSeconds": {"MaxUserDurationInSeconds",
			func(in *appstream.UpdateFleetInput) { in.MaxUserDurationInSeconds = aws.Int32(7200) },
			func(f *types.Fleet) { f.MaxUserDurationInSeconds = aws.Int32(7200) }},
		"EnableDefaultInternetAccess": {"EnableDefaultInternetAccess",
			func(in *appstream.UpdateFleetInput) { in.EnableDefaultInternetAccess = aws.Bool(true) },
			func(f *types.Fleet) { f.EnableDefaultInternetAccess = aws.Bool(true) }},
		"DomainJoinInfo": {"DomainJoinInfo",
			func(in *appstream.UpdateFleetInput) {
				in.DomainJoinInfo = &types.DomainJoinInfo{DirectoryName: aws.String("other.example.com")}
			},
			func(f *types.Fleet) {
				f.DomainJoinInfo = &types.DomainJoinInfo{DirectoryName: aws.String("other.example.com")}
			}},
		"IamRoleArn": {"IamRoleArn",
			func(in *appstream.UpdateFleetInput) {
				in.IamRoleArn = aws.String("arn:aws:iam::123456789012:role/other")
			},
			func(f *types.Fleet) { f.IamRoleArn = aws.String("arn:aws:iam::123456789012:role/other") }},
		"StreamView": {"StreamView",
			func(in *appstream.UpdateFleetInput) { in.StreamView = types.StreamViewDesktop },
			func(f *types.Fleet) { f.StreamView = types.StreamViewDesktop }},
		"Platform": {"Platform",
			func(in *appstream.UpdateFleetInput) { in.Platform = types.PlatformTypeUbuntuPro2404 },
			func(f *types.Fleet) { f.Platform = types.PlatformTypeUbuntuPro2404 }},
		"MaxConcurrentSessions": {"MaxConcurrentSessions",
			func(in *appstream.UpdateFleetInput) { in.MaxConcurrentSessions = aws.Int32(50) },
			func(f *types.Fleet) { f.MaxConcurrentSessions = aws.Int32(50) }},
		"UsbDeviceFilterStrings": {"UsbDeviceFilterStrings",
			func(in *appstream.UpdateFleetInput) {
				in.UsbDeviceFilterStrings = []string{"Scanner, 04b8, *, *, *, *, 1, 0"}
			},
			func(f *types.Fleet) { f.UsbDeviceFilterStrings = []string{"Scanner, 04b8, *, *, *, *, 1, 0"} }},
		"SessionScriptS3Location": {"SessionScriptS3Location",
			func(in *appstream.UpdateFleetInput) {
				in.SessionScriptS3Location = &types.S3Location{S3Bucket: aws.String("scripts-bucket"), S3Key: aws.String("v2.json")}
			},
			func(f *types.Fleet) {
				f.SessionScriptS3Location = &types.S3Location{S3Bucket: aws.String("scripts-bucket"), S3Key: aws.String("v2.json")}
			}},
		"MaxSessionsPerInstance": {"MaxSessionsPerInstance",
			func(in *appstream.UpdateFleetInput) { in.MaxSessionsPerInstance = aws.Int32(8) },
			func(f *types.Fleet) {
				// The 4 desired sessions now fit one instance of 8.
				f.MaxSessionsPerInstance = aws.Int32(8)
				c, s := capacityOf(*f), slotsOf(*f)
				c.Desired, s.Desired = 1, 8
				f.ComputeCapacityStatus = multiSessionStatus(c, s)
			}},
		"RootVolumeConfig": {"RootVolumeConfig",
			func(in *appstream.UpdateFleetInput) {
				in.RootVolumeConfig = &types.VolumeConfig{VolumeSizeInGb: aws.Int32(500)}
			},
			func(f *types.Fleet) { f.RootVolumeConfig = &types.VolumeConfig{VolumeSizeInGb: aws.Int32(500)} }},
		"DisableIMDSV1": {"DisableIMDSV1",
			func(in *appstream.UpdateFleetInput) { in.DisableIMDSV1 = aws.Bool(true) },
			func(f *types.Fleet) { f.DisableIMDSV1 = aws.Bool(true) }},
		"DeleteVpcConfig": {"VpcConfig",
			func(in *appstream.UpdateFleetInput) { in.DeleteVpcConfig = aws.Bool(true) },
			func(f *types.Fleet) { f.VpcConfig = nil }},
	}
	deletes := map[types.FleetAttribute]updateAttribute{
		types.FleetAttributeVpcConfiguration: {member: "VpcConfig", apply: func(f *types.Fleet) { f.VpcConfig = nil }},
		types.FleetAttributeVpcConfigurationSecurityGroupIds: {member: "VpcConfig", apply: func(f *types.Fleet) {
			f.VpcConfig = &types.VpcConfig{SubnetIds: f.VpcConfig.SubnetIds}
		}},
		types.FleetAttributeDomainJoinInfo:          {member: "DomainJoinInfo", apply: func(f *types.Fleet) { f.DomainJoinInfo = nil }},
		types.FleetAttributeIamRoleArn:              {member: "IamRoleArn", apply: func(f *types.Fleet) { f.IamRoleArn = nil }},
		types.FleetAttributeUsbDeviceFilterStrings:  {member: "UsbDeviceFilterStrings", apply: func(f *types.Fleet) { f.UsbDeviceFilterStrings = nil }},
		types.FleetAttributeSessionScriptS3Location: {member: "SessionScriptS3Location", apply: func(f *types.Fleet) { f.SessionScriptS3Location = nil }},
		types.FleetAttributeMaxSessionsPerInstance:  {member: "MaxSessionsPerInstance", apply: func(f *types.Fleet) { f.MaxSessionsPerInstance = nil }},
		types.FleetAttributeVolumeConfiguration:     {member: "RootVolumeConfig", apply: func(f *types.Fleet) { f.RootVolumeConfig = nil }},
	}
	for _, attr := range types.FleetAttribute("").Values() {
		d, ok := deletes[attr]
		if !ok {
			panic("no deletion test for FleetAttribute " + attr)
		}
		d.set = func(in *appstream.UpdateFleetInput) { in.AttributesToDelete = []types.FleetAttribute{attr} }
		attrs["AttributesToDelete "+string(attr)] = d
	}
	return attrs
}

// TestClientUpdateFleetRules checks every attribute of UpdateFleet against
// every state the rules name: the attributes accepted change the fleet as
// asked, the others fail with the typed error and change nothing. An update
// the state allows may still break a rule between members (refusedByRules).
func TestClientUpdateFleetRules(t *testing.T) {
	t.Parallel()
	attrs := updateAttributes()
	all := slices.Sorted(maps.Keys(attrs))
	// The lists of the UpdateFleet documentation.
	runningAlwaysOnOrOnDemand := []string{"DisplayName", "ComputeCapacity", "ImageName", "ImageArn",
		"IdleDisconnectTimeoutInSeconds", "DisconnectTimeoutInSeconds"}
	runningElastic := []string{"DisplayName", "IdleDisconnectTimeoutInSeconds", "DisconnectTimeoutInSeconds",
		"MaxConcurrentSessions", "SessionScriptS3Location", "UsbDeviceFilterStrings",
		"AttributesToDelete SESSION_SCRIPT_S3_LOCATION", "AttributesToDelete USB_DEVICE_FILTER_STRINGS"}
	kinds := []struct {
		state     types.FleetState
		fleetType types.FleetType
		accepted  []string
		refusal   *errCheck
	}{
		{types.FleetStateStopped, types.FleetTypeOnDemand, all, nil},
		{types.FleetStateStopped, types.FleetTypeAlwaysOn, all, nil},
		{types.FleetStateStopped, types.FleetTypeElastic, all, nil},
		{types.FleetStateRunning, types.FleetTypeOnDemand, runningAlwaysOnOrOnDemand, errorOf[*types.InvalidParameterCombinationException]()},
		{types.FleetStateRunning, types.FleetTypeAlwaysOn, runningAlwaysOnOrOnDemand, errorOf[*types.InvalidParameterCombinationException]()},
		{types.FleetStateRunning, types.FleetTypeElastic, runningElastic, errorOf[*types.InvalidParameterCombinationException]()},
		{types.FleetStateStarting, types.FleetTypeOnDemand, nil, errorOf[*types.ConcurrentModificationException]()},
		{types.FleetStateStarting, types.FleetTypeElastic, nil, errorOf[*types.ConcurrentModificationException]()},
		{types.FleetStateStopping, types.FleetTypeOnDemand, nil, errorOf[*types.ConcurrentModificationException]()},
		{types.FleetStateStopping, types.FleetTypeElastic, nil, errorOf[*types.ConcurrentModificationException]()},
	}
	type testCase struct {
		state     types.FleetState
		fleetType types.FleetType
		attr      updateAttribute
		want      *errCheck // nil: accepted
		byRule    bool      // refused by a rule between members, not by the state
	}
	cases := map[string]testCase{}
	for _, k := range kinds {
		for _, name := range all {
			tc := testCase{state: k.state, fleetType: k.fleetType, attr: attrs[name]}
			switch {
			case !slices.Contains(k.accepted, name):
				tc.want = k.refusal
			case slices.Contains(refusedByRules[k.fleetType], name):
				tc.want, tc.byRule = errorOf[*types.InvalidParameterCombinationException](), true
			}
			cases[fmt.Sprintf("%s %s/%s", k.state, k.fleetType, name)] = tc
		}
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, c, clock := fakeServer(t)
			before := fleetIn(t, c, clock, baseUpdateFleet("f", tc.fleetType), tc.state)
			in := &appstream.UpdateFleetInput{Name: aws.String("f")}
			tc.attr.set(in)
			out, err := c.UpdateFleet(context.Background(), in)
			checkErr(t, err, tc.want)
			want := before
			if tc.want == nil {
				tc.attr.apply(&want)
				if diff := cmp.Diff(want, *out.Fleet); diff != "" {
					t.Errorf("UpdateFleet returned (-want +got):\n%s", diff)
				}
			} else {
				var apiErr smithy.APIError
				errors.As(err, &apiErr)
				if tc.state == types.FleetStateRunning && !tc.byRule && !strings.Contains(apiErr.ErrorMessage(), "update "+tc.attr.member) {
					t.Errorf("message %q does not name the refused attribute %s", apiErr.ErrorMessage(), tc.attr.member)
				}
			}
			if diff := cmp.Diff(want, describeFleet(t, c, "f")); diff != "" {
				t.Errorf("fleet afterwards (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClientUpdateFleetValues checks how UpdateFleet combines values: what
// a request deletes, sets and keeps on a STOPPED fleet.
func TestClientUpdateFleetValues(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		update func(*appstream.UpdateFleetInput)
		apply  func(*types.Fleet) // nil: refused
		want   *errCheck
	}{
		"VpcConfig subnets only keep the security groups": {
			update: func(in *appstream.UpdateFleetInput) { in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-b"}} },
			apply: func(f *types.Fleet) {
				f.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-b"}, SecurityGroupIds: []string{"sg-a"}}
			},
		},
		"VpcConfig security groups only keep the subnets": {
			update: func(in *appstream.UpdateFleetInput) {
				in.VpcConfig = &types.VpcConfig{SecurityGroupIds: []string{"sg-b", "sg-c"}}
			},
			apply: func(f *types.Fleet) {
				f.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-a"}, SecurityGroupIds: []string{"sg-b", "sg-c"}}
			},
		},
		"deleting the security groups and setting subnets in one request": {
			update: func(in *appstream.UpdateFleetInput) {
				in.AttributesToDelete = []types.FleetAttribute{types.FleetAttributeVpcConfigurationSecurityGroupIds}
				in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-b"}}
			},
			apply: func(f *types.Fleet) { f.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-b"}} },
		},
		"deleting the VPC config then setting one": {
			update: func(in *appstream.UpdateFleetInput) {
				in.DeleteVpcConfig = aws.Bool(true)
				in.VpcConfig = &types.VpcConfig{SecurityGroupIds: []string{"sg-b"}}
			},
			apply: func(f *types.Fleet) { f.VpcConfig = &types.VpcConfig{SecurityGroupIds: []string{"sg-b"}} },
		},
		"DeleteVpcConfig false deletes nothing": {
			update: func(in *appstream.UpdateFleetInput) { in.DeleteVpcConfig = aws.Bool(false) },
			apply:  func(*types.Fleet) {},
		},
		"several deletions": {
			update: func(in *appstream.UpdateFleetInput) {
				in.AttributesToDelete = []types.FleetAttribute{types.FleetAttributeIamRoleArn, types.FleetAttributeDomainJoinInfo, types.FleetAttributeVolumeConfiguration}
			},
			apply: func(f *types.Fleet) { f.IamRoleArn, f.DomainJoinInfo, f.RootVolumeConfig = nil, nil, nil },
		},
		"deleting and setting the same attribute sets it": {
			update: func(in *appstream.UpdateFleetInput) {
				in.AttributesToDelete = []types.FleetAttribute{types.FleetAttributeIamRoleArn}
				in.IamRoleArn = aws.String("arn:aws:iam::123456789012:role/new")
			},
			apply: func(f *types.Fleet) { f.IamRoleArn = aws.String("arn:aws:iam::123456789012:role/new") },
		},
		"switching to single-session capacity": {
			update: func(in *appstream.UpdateFleetInput) {
				in.ComputeCapacity = &types.ComputeCapacity{DesiredInstances: aws.Int32(3)}
				in.AttributesToDelete = []types.FleetAttribute{types.FleetAttributeMaxSessionsPerInstance}
			},
			apply: func(f *types.Fleet) {
				f.MaxSessionsPerInstance = nil
				f.ComputeCapacityStatus = capacityStatus(capacity{Desired: 3})
			},
		},
		"desired instances on a multi-session fleet": {
			update: func(in *appstream.UpdateFleetInput) {
				in.ComputeCapacity = &types.ComputeCapacity{DesiredInstances: aws.Int32(3)}
			},
			want: errorOf[*types.InvalidParameterCombinationException](),
		},
		"deleting MaxSessionsPerInstance of a fleet with desired sessions": {
			update: func(in *appstream.UpdateFleetInput) {
				in.AttributesToDelete = []types.FleetAttribute{types.FleetAttributeMaxSessionsPerInstance}
			},
			want: errorOf[*types.InvalidParameterCombinationException](),
		},
		"both images": {
			update: func(in *appstream.UpdateFleetInput) {
				in.ImageName, in.ImageArn = aws.String("a"), aws.String("arn:aws:appstream:us-east-1::image/b")
			},
			want: errorOf[*types.InvalidParameterCombinationException](),
		},
		"both desired instances and sessions": {
			update: func(in *appstream.UpdateFleetInput) {
				in.ComputeCapacity = &types.ComputeCapacity{DesiredInstances: aws.Int32(1), DesiredSessions: aws.Int32(1)}
			},
			want: errorOf[*types.InvalidParameterCombinationException](),
		},
		"unknown attribute to delete": {
			update: func(in *appstream.UpdateFleetInput) { in.AttributesToDelete = []types.FleetAttribute{"EVERYTHING"} },
			want:   genericError("ValidationException"),
		},
		"description too long": {
			update: func(in *appstream.UpdateFleetInput) { in.Description = aws.String(strings.Repeat("x", 257)) },
			want:   genericError("ValidationException"),
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, c, clock := fakeServer(t)
			want := fleetIn(t, c, clock, baseUpdateFleet("f", types.FleetTypeOnDemand), types.FleetStateStopped)
			in := &appstream.UpdateFleetInput{Name: aws.String("f")}
			tc.update(in)
			_, err := c.UpdateFleet(context.Background(), in)
			checkErr(t, err, tc.want)
			if tc.apply != nil {
				tc.apply(&want)
			}
			if diff := cmp.Diff(want, describeFleet(t, c, "f")); diff != "" {
				t.Errorf("fleet afterwards (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClientCapacity follows a single-session fleet's capacity numbers as
// its state and its sessions change.
func TestClientCapacity(t *testing.T) {
	t.Parallel()
	srv, c, clock := fakeServer(t)
	ctx := context.Background()
	in := fleetInput("cap")
	in.ComputeCapacity.DesiredInstances = aws.Int32(3)
	createFleet(t, c, in)
	createFleet(t, c, fleetInput("other"))
	add := func(stack, fleet string, state types.SessionState) func() error {
		return func() error {
			srv.AddSession(types.Session{StackName: aws.String(stack), FleetName: aws.String(fleet), State: state})
			return nil
		}
	}
	steps := []struct {
		name string
		do   func() error
		want capacity
	}{
		{"stopped", func() error { return nil }, capacity{3, 0, 0, 0}},
		{"a session on a stopped fleet does not count", add("stack", "cap", types.SessionStateActive), capacity{3, 0, 0, 0}},
		{"starting", func() error {
			_, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("cap")})
			return err
		},
			capacity{3, 0, 0, 0}},
		{"running counts the active session", func() error { clock.Advance(transition); return nil }, capacity{3, 3, 1, 2}},
		{"a pending session does not count", add("stack", "cap", types.SessionStatePending), capacity{3, 3, 1, 2}},
		{"an expired session does not count", add("stack", "cap", types.SessionStateExpired), capacity{3, 3, 1, 2}},
		{"a session on another fleet does not count", add("stack", "other", types.SessionStateActive), capacity{3, 3, 1, 2}},
		{"a session of another stack counts", add("stack2", "cap", types.SessionStateActive), capacity{3, 3, 2, 1}},
		{"in use reaches running", add("stack", "cap", types.SessionStateActive), capacity{3, 3, 3, 0}},
		{"in use stays at most running", add("stack", "cap", types.SessionStateActive), capacity{3, 3, 3, 0}},
		{"more capacity takes effect at once", func() error {
			_, err := c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: aws.String("cap"), ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(6)}})
			return err
		}, capacity{6, 6, 4, 2}},
		{"users leave", func() error {
			if n := srv.RemoveSessions("stack2", "cap"); n != 1 {
				return fmt.Errorf("RemoveSessions removed %d sessions, want 1", n)
			}
			return nil
		}, capacity{6, 6, 3, 3}},
		{"less capacity takes effect at once", func() error {
			_, err := c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: aws.String("cap"), ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(2)}})
			return err
		}, capacity{2, 2, 2, 0}},
		{"stopping keeps the instances but none is available", func() error {
			_, err := c.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String("cap")})
			return err
		}, capacity{2, 2, 2, 0}},
		{"stopped", func() error { clock.Advance(transition); return nil }, capacity{2, 0, 0, 0}},
		{"restarted with no sessions left", func() error {
			if _, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("cap")}); err != nil {
				return err
			}
			clock.Advance(transition)
			return nil
		}, capacity{2, 2, 0, 2}},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			if err := step.do(); err != nil {
				t.Fatal(err)
			}
			f := describeFleet(t, c, "cap")
			if diff := cmp.Diff(step.want, capacityOf(f)); diff != "" {
				t.Errorf("capacity (-want +got):\n%s", diff)
			}
			// A single-session fleet has no session slots to count.
			if s := slotsOf(f); s != (slots{-1, -1, -1, -1, -1, -1, -1}) {
				t.Errorf("a single-session fleet reports session slots %+v", f.ComputeCapacityStatus)
			}
		})
	}

	t.Run("the stop ended the sessions of the fleet only", func(t *testing.T) {
		for _, q := range []struct {
			stack, fleet string
			want         int
		}{{"stack", "cap", 0}, {"stack2", "cap", 0}, {"stack", "other", 1}} {
			out, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String(q.stack), FleetName: aws.String(q.fleet)})
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Sessions) != q.want {
				t.Errorf("%s/%s has %d sessions, want %d", q.stack, q.fleet, len(out.Sessions), q.want)
			}
		}
	})
}

// TestClientCapacityKinds checks Desired for each kind of capacity, and the
// sessions WithSessionsOnRunning opens.
func TestClientCapacityKinds(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		opts    []appstreamtest.Option
		in      func(*appstream.CreateFleetInput)
		running capacity
	}{
		"instances": {
			in:      func(*appstream.CreateFleetInput) {},
			running: capacity{2, 2, 0, 2},
		},
		"sessions of a multi-session fleet": {
			in: func(in *appstream.CreateFleetInput) {
				in.ComputeCapacity = &types.ComputeCapacity{DesiredSessions: aws.Int32(10)}
				in.MaxSessionsPerInstance = aws.Int32(5)
			},
			running: capacity{2, 2, 0, 2},
		},
		"elastic": {
			in: func(in *appstream.CreateFleetInput) {
				in.FleetType, in.ComputeCapacity, in.MaxConcurrentSessions = types.FleetTypeElastic, nil, aws.Int32(10)
				in.Platform, in.VpcConfig = types.PlatformTypeAmazonLinux2, &types.VpcConfig{SubnetIds: []string{"subnet-1", "subnet-2"}}
			},
			running: capacity{0, 0, 0, 0},
		},
		"sessions on running": {
			opts:    []appstreamtest.Option{appstreamtest.WithSessionsOnRunning("stack", 1), appstreamtest.WithSessionsOnRunning("kiosk", 1)},
			in:      func(*appstream.CreateFleetInput) {},
			running: capacity{2, 2, 2, 0},
		},
		"more sessions on running than instances": {
			opts:    []appstreamtest.Option{appstreamtest.WithSessionsOnRunning("stack", 5)},
			in:      func(*appstream.CreateFleetInput) {},
			running: capacity{2, 2, 2, 0},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, c, clock := fakeServer(t, tc.opts...)
			in := fleetInput("f")
			tc.in(in)
			f := fleetIn(t, c, clock, in, types.FleetStateRunning)
			if diff := cmp.Diff(tc.running, capacityOf(f)); diff != "" {
				t.Errorf("capacity (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("sessions on running are listed and end on STOPPED", func(t *testing.T) {
		t.Parallel()
		_, c, clock := fakeServer(t, appstreamtest.WithSessionsOnRunning("stack", 3))
		fleetIn(t, c, clock, fleetInput("f"), types.FleetStateRunning)
		in := &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("f")}
		out, err := c.DescribeSessions(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		started := fixedStart.Add(transition).Truncate(time.Millisecond)
		expires := started.Add(57600 * time.Second)
		// One session on each of the fleet's two instances; the third has
		// no instance of the fleet, and an ID of its own.
		instanceIDs := []string{"i-00000001000000001", "i-00000001000000002", "i-00000000000000003"}
		var want []types.Session
		for i := 1; i <= 3; i++ {
			want = append(want, types.Session{
				Id:                 aws.String(fmt.Sprintf("00000000-0000-4000-8000-%012x", i)),
				UserId:             aws.String(fmt.Sprintf("user%d", i)),
				StackName:          aws.String("stack"),
				FleetName:          aws.String("f"),
				State:              types.SessionStateActive,
				ConnectionState:    types.SessionConnectionStateConnected,
				AuthenticationType: types.AuthenticationTypeApi,
				InstanceId:         aws.String(instanceIDs[i-1]),
				StartTime:          &started,
				MaxExpirationTime:  &expires,
			})
		}
		if diff := cmp.Diff(want, out.Sessions); diff != "" {
			t.Errorf("sessions (-want +got):\n%s", diff)
		}
		stopFleet(t, c, "f")
		clock.Advance(transition)
		out, err = c.DescribeSessions(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Sessions) != 0 {
			t.Errorf("a STOPPED fleet has %d sessions, want 0", len(out.Sessions))
		}
	})
}

// TestClientDescribeSessionsFilters checks which sessions each filter of
// DescribeSessions selects.
func TestClientDescribeSessionsFilters(t *testing.T) {
	t.Parallel()
	srv := startServer(t)
	c := newClient(srv)
	add := func(stack, fleet, user string, auth types.AuthenticationType, instance string) string {
		s := srv.AddSession(types.Session{StackName: aws.String(stack), FleetName: aws.String(fleet), UserId: aws.String(user),
			AuthenticationType: auth, InstanceId: aws.String(instance)})
		return *s.Id
	}
	aliceAPI := add("stack", "fleet", "alice", types.AuthenticationTypeApi, "i-1")
	bobAPI := add("stack", "fleet", "bob", types.AuthenticationTypeApi, "i-2")
	aliceSAML := add("stack", "fleet", "alice", types.AuthenticationTypeSaml, "i-1")
	otherStack := add("stack2", "fleet", "alice", types.AuthenticationTypeApi, "i-4")
	otherFleet := add("stack", "fleet2", "alice", types.AuthenticationTypeApi, "i-5")
	carolPool := add("stack", "fleet", "carol", types.AuthenticationTypeUserpool, "i-3")
	defaulted := srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: aws.String("fleet")})
	if defaulted.AuthenticationType != types.AuthenticationTypeApi {
		t.Fatalf("AddSession defaulted AuthenticationType to %q, want API", defaulted.AuthenticationType)
	}

	cases := map[string]struct {
		in   appstream.DescribeSessionsInput
		want []string
	}{
		"stack and fleet select API sessions by default": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet")},
			want: []string{aliceAPI, bobAPI, *defaulted.Id},
		},
		"another stack": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack2"), FleetName: aws.String("fleet")},
			want: []string{otherStack},
		},
		"another fleet": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet2")},
			want: []string{otherFleet},
		},
		"user with API": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), UserId: aws.String("alice"), AuthenticationType: types.AuthenticationTypeApi},
			want: []string{aliceAPI},
		},
		"user with SAML": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), UserId: aws.String("alice"), AuthenticationType: types.AuthenticationTypeSaml},
			want: []string{aliceSAML},
		},
		"user pool sessions": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), AuthenticationType: types.AuthenticationTypeUserpool},
			want: []string{carolPool},
		},
		"user with another authentication": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), UserId: aws.String("carol"), AuthenticationType: types.AuthenticationTypeApi},
			want: []string{},
		},
		"instance, API by default": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), InstanceId: aws.String("i-1")},
			want: []string{aliceAPI},
		},
		"instance with SAML": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), InstanceId: aws.String("i-1"), AuthenticationType: types.AuthenticationTypeSaml},
			want: []string{aliceSAML},
		},
		"AWS_AD has none": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), AuthenticationType: types.AuthenticationTypeAwsAd},
			want: []string{},
		},
		"a fleet that does not exist has none": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("nowhere")},
			want: []string{},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			out, err := c.DescribeSessions(context.Background(), &tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, sessionIDs(out.Sessions)); diff != "" {
				t.Errorf("sessions (-want +got):\n%s", diff)
			}
			if out.NextToken != nil {
				t.Errorf("NextToken %q on the only page", *out.NextToken)
			}
		})
	}
}

// TestClientDescribeSessionsPaging pages through 25 sessions with each
// Limit, through the paginator; the limits the service refuses are sent
// with DescribeSessions, since the paginator sends only limits above 0.
func TestClientDescribeSessionsPaging(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		limit     *int32
		wantPages []int
		want      *errCheck
	}{
		"default limit is 20":                  {nil, []int{20, 5}, nil},
		"limit 7":                              {aws.Int32(7), []int{7, 7, 7, 4}, nil},
		"limit 1":                              {aws.Int32(1), slices.Repeat([]int{1}, 25), nil},
		"limit 25":                             {aws.Int32(25), []int{25}, nil},
		"limit 50":                             {aws.Int32(50), []int{25}, nil},
		"limit 0 in the paginator is not sent": {aws.Int32(0), []int{20, 5}, nil},
		"limit 51":                             {aws.Int32(51), nil, genericError("ValidationException")},
		"limit 0":                              {aws.Int32(0), nil, genericError("ValidationException")},
		"negative limit":                       {aws.Int32(-1), nil, genericError("ValidationException")},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv := startServer(t)
			c := newClient(srv)
			var want []string
			for range 25 {
				want = append(want, *srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: aws.String("fleet")}).Id)
			}
			in := &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), Limit: tc.limit}
			if tc.want != nil {
				_, err := c.DescribeSessions(context.Background(), in)
				checkErr(t, err, tc.want)
				if got := statusOf(err); got != 400 {
					t.Errorf("HTTP status %d, want 400", got)
				}
				if !strings.Contains(err.Error(), "'limit'") {
					t.Errorf("error %q does not name the limit", err)
				}
				if got := srv.Requests("DescribeSessions"); got != 1 {
					t.Errorf("server got %d DescribeSessions requests, want 1 (not retried)", got)
				}
				return
			}
			var pages []int
			var got []string
			for page, err := range appstream.NewDescribeSessionsPaginator(c, in).Pages(context.Background()) {
				if err != nil {
					t.Fatal(err)
				}
				pages = append(pages, len(page.Sessions))
				got = append(got, sessionIDs(page.Sessions)...)
			}
			if diff := cmp.Diff(tc.wantPages, pages); diff != "" {
				t.Errorf("page sizes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("sessions (-want +got):\n%s", diff)
			}
			if got := srv.Requests("DescribeSessions"); got != len(tc.wantPages) {
				t.Errorf("server got %d DescribeSessions requests, want %d", got, len(tc.wantPages))
			}
		})
	}
}

// TestClientDescribeSessionsIterators walks every session through the
// paginator and the Sessions iterator, and checks the sessions in full.
func TestClientDescribeSessionsIterators(t *testing.T) {
	t.Parallel()
	srv, c, _ := fakeServer(t)
	var want []types.Session
	for i := range 45 {
		state := types.SessionStateActive
		if i%3 == 0 {
			state = types.SessionStatePending
		}
		want = append(want, srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: aws.String("fleet"), State: state}))
		srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: aws.String("elsewhere")})
	}
	in := &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet")}
	ctx := context.Background()

	t.Run("NextPage", func(t *testing.T) {
		p := appstream.NewDescribeSessionsPaginator(c, in)
		var got []types.Session
		for p.HasMorePages() {
			page, err := p.NextPage(ctx)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, page.Sessions...)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("sessions (-want +got):\n%s", diff)
		}
	})
	t.Run("Sessions", func(t *testing.T) {
		var got []types.Session
		for s, err := range appstream.NewDescribeSessionsPaginator(c, in, func(o *appstream.DescribeSessionsPaginatorOptions) { o.Limit = 10 }).Sessions(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, s)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("sessions (-want +got):\n%s", diff)
		}
	})
	t.Run("breaking out makes no more requests", func(t *testing.T) {
		before := srv.Requests("DescribeSessions")
		n := 0
		for _, err := range appstream.NewDescribeSessionsPaginator(c, in).Sessions(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			if n++; n == 25 { // on the second page
				break
			}
		}
		if got := srv.Requests("DescribeSessions") - before; got != 2 {
			t.Errorf("%d requests for 25 sessions of pages of 20, want 2", got)
		}
	})
	t.Run("the limit may change between pages", func(t *testing.T) {
		first, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: in.StackName, FleetName: in.FleetName, Limit: aws.Int32(5)})
		if err != nil {
			t.Fatal(err)
		}
		rest, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: in.StackName, FleetName: in.FleetName, Limit: aws.Int32(50), NextToken: first.NextToken})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, append(first.Sessions, rest.Sessions...)); diff != "" {
			t.Errorf("sessions (-want +got):\n%s", diff)
		}
	})
}

// TestClientDescribeSessionsErrors checks the requests DescribeSessions
// refuses.
func TestClientDescribeSessionsErrors(t *testing.T) {
	t.Parallel()
	srv := startServer(t)
	c := newClient(srv)
	ctx := context.Background()
	for range 3 {
		srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: aws.String("fleet")})
		srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: aws.String("fleet2")})
	}
	first, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), Limit: aws.Int32(1)})
	if err != nil {
		t.Fatal(err)
	}
	if first.NextToken == nil {
		t.Fatal("no NextToken after a page of 1 of 3 sessions")
	}
	token := *first.NextToken
	if !strings.HasPrefix(token, "MQ.") {
		t.Fatalf("token %q does not hold position 1 as the edit below expects", token)
	}
	invalidToken := genericError("ValidationException")
	cases := map[string]struct {
		in   appstream.DescribeSessionsInput
		want *errCheck
	}{
		"UserId without AuthenticationType": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), UserId: aws.String("user1")},
			want: errorOf[*types.InvalidParameterCombinationException](),
		},
		"forged NextToken": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), NextToken: aws.String("MQ.AAAAAAAAAAAAAAAAAAAAAA")},
			want: invalidToken,
		},
		"NextToken edited to skip ahead": {
			// Position "2" (the real token says "1"), with the real token's MAC.
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), NextToken: aws.String("Mg" + token[strings.Index(token, "."):])},
			want: invalidToken,
		},
		"NextToken of another fleet": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet2"), NextToken: &token},
			want: invalidToken,
		},
		"NextToken with another filter": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), AuthenticationType: types.AuthenticationTypeSaml, NextToken: &token},
			want: invalidToken,
		},
		"NextToken as issued": {
			in: appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), NextToken: &token},
		},
		"missing FleetName is caught by the client": {
			in:   appstream.DescribeSessionsInput{StackName: aws.String("stack")},
			want: errorOf[smithy.InvalidParamsError](),
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := c.DescribeSessions(ctx, &tc.in)
			checkErr(t, err, tc.want)
			if tc.want == invalidToken && !strings.Contains(err.Error(), "Invalid NextToken") {
				t.Errorf("error %q does not say the token is invalid", err)
			}
		})
	}
}

// TestClientDescribeFleetsPaging pages through fleets with
// WithFleetPageSize.
func TestClientDescribeFleetsPaging(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		fleets, pageSize int
		wantPages        []int
	}{
		"no fleet":            {0, 3, []int{0}},
		"one short page":      {2, 3, []int{2}},
		"exactly one page":    {3, 3, []int{3}},
		"pages and a rest":    {10, 3, []int{3, 3, 3, 1}},
		"default page size":   {25, 0, []int{10, 10, 5}},
		"pages of one":        {4, 1, []int{1, 1, 1, 1}},
		"exactly three pages": {9, 3, []int{3, 3, 3}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, c, _ := fakeServer(t, appstreamtest.WithFleetPageSize(tc.pageSize))
			var want []string
			// Created in reverse, listed by name.
			for i := tc.fleets - 1; i >= 0; i-- {
				createFleet(t, c, fleetInput(fmt.Sprintf("fleet-%02d", i)))
			}
			for i := range tc.fleets {
				want = append(want, fmt.Sprintf("fleet-%02d", i))
			}
			ctx := context.Background()
			var pages []int
			for page, err := range appstream.NewDescribeFleetsPaginator(c, nil).Pages(ctx) {
				if err != nil {
					t.Fatal(err)
				}
				pages = append(pages, len(page.Fleets))
			}
			if diff := cmp.Diff(tc.wantPages, pages); diff != "" {
				t.Errorf("page sizes (-want +got):\n%s", diff)
			}
			if got := srv.Requests("DescribeFleets"); got != len(tc.wantPages) {
				t.Errorf("server got %d DescribeFleets requests, want %d", got, len(tc.wantPages))
			}
			var got []string
			for f, err := range appstream.NewDescribeFleetsPaginator(c, nil).Fleets(ctx) {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, *f.Name)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("fleets (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClientDescribeFleetsQueries checks DescribeFleets with names and
// tokens.
func TestClientDescribeFleetsQueries(t *testing.T) {
	t.Parallel()
	srv, c, _ := fakeServer(t, appstreamtest.WithFleetPageSize(2))
	for _, name := range []string{"a", "b", "c", "d", "e"} {
		createFleet(t, c, fleetInput(name))
	}
	ctx := context.Background()
	first, err := c.DescribeFleets(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if first.NextToken == nil {
		t.Fatal("no NextToken on the first of three pages")
	}
	sessions, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f"), Limit: aws.Int32(1)})
	if err != nil {
		t.Fatal(err)
	}
	if sessions.NextToken != nil {
		t.Fatal("a NextToken for no sessions")
	}
	srv.AddSession(types.Session{StackName: aws.String("s"), FleetName: aws.String("f")})
	srv.AddSession(types.Session{StackName: aws.String("s"), FleetName: aws.String("f")})
	sessions, err = c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f"), Limit: aws.Int32(1)})
	if err != nil {
		t.Fatal(err)
	}

	cases := map[string]struct {
		in        appstream.DescribeFleetsInput
		wantNames []string
		want      *errCheck
	}{
		"names in the order asked, in one page": {
			in:        appstream.DescribeFleetsInput{Names: []string{"e", "a", "c"}},
			wantNames: []string{"e", "a", "c"},
		},
		"a name asked twice is listed once": {
			in:        appstream.DescribeFleetsInput{Names: []string{"b", "b"}},
			wantNames: []string{"b"},
		},
		"the token of the first page": {
			in:        appstream.DescribeFleetsInput{NextToken: first.NextToken},
			wantNames: []string{"c", "d"},
		},
		"a forged token": {
			in:   appstream.DescribeFleetsInput{NextToken: aws.String("Yg.AAAAAAAAAAAAAAAAAAAAAA")},
			want: genericError("ValidationException"),
		},
		"a token of DescribeSessions": {
			in:   appstream.DescribeFleetsInput{NextToken: sessions.NextToken},
			want: genericError("ValidationException"),
		},
		"a token with names": {
			in:   appstream.DescribeFleetsInput{Names: []string{"a"}, NextToken: first.NextToken},
			want: genericError("ValidationException"),
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			out, err := c.DescribeFleets(ctx, &tc.in)
			checkErr(t, err, tc.want)
			if tc.want != nil {
				if !strings.Contains(err.Error(), "Invalid NextToken") {
					t.Errorf("error %q does not say the token is invalid", err)
				}
				return
			}
			var got []string
			for _, f := range out.Fleets {
				got = append(got, *f.Name)
			}
			if diff := cmp.Diff(tc.wantNames, got); diff != "" {
				t.Errorf("fleets (-want +got):\n%s", diff)
			}
		})
	}
}

// pollingClient moves a FakeClock forward by step after each walk of
// DescribeFleets' pages (each call that returns no NextToken), so a waiter
// sees the fleets move on between its polls, without sleeping and without
// a race between the clock and the polls.
type pollingClient struct {
	client *appstream.Client
	clock  *appstreamtest.FakeClock
	step   time.Duration

	mu    sync.Mutex
	polls int
}

func (p *pollingClient) DescribeFleets(ctx context.Context, in *appstream.DescribeFleetsInput, optFns ...func(*appstream.Options)) (*appstream.DescribeFleetsOutput, error) {
	out, err := p.client.DescribeFleets(ctx, in, optFns...)
	if err == nil && out.NextToken == nil {
		p.mu.Lock()
		p.polls++
		p.mu.Unlock()
		p.clock.Advance(p.step)
	}
	return out, err
}

func fastStarted(o *appstream.FleetStartedWaiterOptions) {
	o.MinDelay, o.MaxDelay = time.Millisecond, 5*time.Millisecond
}

func fastStopped(o *appstream.FleetStoppedWaiterOptions) {
	o.MinDelay, o.MaxDelay = time.Millisecond, 5*time.Millisecond
}

// TestClientWaiters runs the fleet waiters against the endpoint.
func TestClientWaiters(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	names := func(n ...string) *appstream.DescribeFleetsInput { return &appstream.DescribeFleetsInput{Names: n} }
	cases := map[string]struct {
		fleets    []string // created, then set up
		setup     func(t *testing.T, c *appstream.Client)
		wait      func(p *pollingClient) (*appstream.DescribeFleetsOutput, error)
		wantState types.FleetState // of every fleet in the output
		wantPolls int
		want      *errCheck
	}{
		"started after StartFleet": {
			fleets: []string{"f"},
			setup:  func(t *testing.T, c *appstream.Client) { startFleet(t, c, "f") },
			wait: func(p *pollingClient) (*appstream.DescribeFleetsOutput, error) {
				return appstream.NewFleetStartedWaiter(p, fastStarted).WaitForOutput(ctx, names("f"), time.Minute)
			},
			wantState: types.FleetStateRunning,
			wantPolls: 3, // STARTING, STARTING, RUNNING: the clock moves half a transition per poll
		},
		"started, every fleet, over pages": {
			fleets: []string{"a", "b", "c", "d", "e"},
			setup: func(t *testing.T, c *appstream.Client) {
				for _, n := range []string{"a", "b", "c", "d", "e"} {
					startFleet(t, c, n)
				}
			},
			wait: func(p *pollingClient) (*appstream.DescribeFleetsOutput, error) {
				return appstream.NewFleetStartedWaiter(p, fastStarted).WaitForOutput(ctx, nil, time.Minute)
			},
			wantState: types.FleetStateRunning,
			wantPolls: 3,
		},
		"started on a fleet already RUNNING": {
			fleets: []string{"f"},
			setup:  func(t *testing.T, c *appstream.Client) { startFleet(t, c, "f"); describeFleet(t, c, "f") },
			wait: func(p *pollingClient) (*appstream.DescribeFleetsOutput, error) {
				p.clock.Advance(transition)
				return appstream.NewFleetStartedWaiter(p, fastStarted).WaitForOutput(ctx, names("f"), time.Minute)
			},
			wantState: types.FleetStateRunning,
			wantPolls: 1,
		},
		"started on a STOPPED fleet fails": {
			fleets: []string{"f"},
			setup:  func(*testing.T, *appstream.Client) {},
			wait: func(p *pollingClient) (*appstream.DescribeFleetsOutput, error) {
				return appstream.NewFleetStartedWaiter(p, fastStarted).WaitForOutput(ctx, names("f"), time.Minute)
			},
			wantPolls: 1,
			want:      errorOf[*appstream.FleetStateError](),
		},
		"stopped after StopFleet": {
			fleets: []string{"f"},
			setup: func(t *testing.T, c *appstream.Client) {
				startFleet(t, c, "f")
				stopFleet(t, c, "f")
			},
			wait: func(p *pollingClient) (*appstream.DescribeFleetsOutput, error) {
				return appstream.NewFleetStoppedWaiter(p, fastStopped).WaitForOutput(ctx, names("f"), time.Minute)
			},
			wantState: types.FleetStateStopped,
			wantPolls: 3,
		},
		"stopped on a STARTING fleet fails": {
			fleets: []string{"f"},
			setup:  func(t *testing.T, c *appstream.Client) { startFleet(t, c, "f") },
			wait: func(p *pollingClient) (*appstream.DescribeFleetsOutput, error) {
				return appstream.NewFleetStoppedWaiter(p, fastStopped).WaitForOutput(ctx, names("f"), time.Minute)
			},
			wantPolls: 1,
			want:      errorOf[*appstream.FleetStateError](),
		},
		"started on a fleet that does not exist": {
			setup: func(*testing.T, *appstream.Client) {},
			wait: func(p *pollingClient) (*appstream.DescribeFleetsOutput, error) {
				return appstream.NewFleetStartedWaiter(p, fastStarted).WaitForOutput(ctx, names("missing"), time.Minute)
			},
			want: errorOf[*types.ResourceNotFoundException](),
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, c, clock := fakeServer(t, appstreamtest.WithFleetPageSize(2))
			for _, n := range tc.fleets {
				createFleet(t, c, fleetInput(n))
			}
			tc.setup(t, c)
			p := &pollingClient{client: c, clock: clock, step: transition / 2}
			out, err := tc.wait(p)
			checkErr(t, err, tc.want)
			if p.polls != tc.wantPolls {
				t.Errorf("%d polls, want %d", p.polls, tc.wantPolls)
			}
			if tc.want != nil {
				return
			}
			var got []string
			for _, f := range out.Fleets {
				if f.State != tc.wantState {
					t.Errorf("fleet %s is %s, want %s", *f.Name, f.State, tc.wantState)
				}
				got = append(got, *f.Name)
			}
			if diff := cmp.Diff(tc.fleets, got); diff != "" {
				t.Errorf("fleets of the last poll (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("FleetStateError says why", func(t *testing.T) {
		t.Parallel()
		_, c, _ := fakeServer(t)
		createFleet(t, c, fleetInput("f"))
		err := appstream.NewFleetStartedWaiter(c, fastStarted).Wait(ctx, names("f"), time.Minute)
		var fse *appstream.FleetStateError
		if !errors.As(err, &fse) {
			t.Fatalf("error %v (%T), want a *appstream.FleetStateError", err, err)
		}
		if fse.Want != types.FleetStateRunning || fse.Fleet.State != types.FleetStateStopped || aws.ToString(fse.Fleet.Name) != "f" {
			t.Errorf("FleetStateError{Want: %s, Fleet: %s %s}, want RUNNING, f STOPPED", fse.Want, aws.ToString(fse.Fleet.Name), fse.Fleet.State)
		}
		if want := `waiter FleetStarted: fleet "f" is STOPPED, so it will not become RUNNING`; err.Error() != want {
			t.Errorf("error %q, want %q", err, want)
		}
	})

	// A real transition of a few milliseconds, on the real clock with the
	// signature check on: the waiter polls until the fleet is RUNNING.
	t.Run("started with a real transition", func(t *testing.T) {
		t.Parallel()
		srv := startServer(t, appstreamtest.WithTransitionTime(30*time.Millisecond))
		c := newClient(srv)
		createFleet(t, c, fleetInput("f"))
		startFleet(t, c, "f")
		out, err := appstream.NewFleetStartedWaiter(c, func(o *appstream.FleetStartedWaiterOptions) {
			o.MinDelay, o.MaxDelay = 5*time.Millisecond, 20*time.Millisecond
		}).WaitForOutput(ctx, names("f"), time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if got := out.Fleets[0].State; got != types.FleetStateRunning {
			t.Errorf("fleet is %s, want RUNNING", got)
		}
		stopFleet(t, c, "f")
		out, err = appstream.NewFleetStoppedWaiter(c, func(o *appstream.FleetStoppedWaiterOptions) {
			o.MinDelay, o.MaxDelay = 5*time.Millisecond, 20*time.Millisecond
		}).WaitForOutput(ctx, names("f"), time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		if got := out.Fleets[0].State; got != types.FleetStateStopped {
			t.Errorf("fleet is %s, want STOPPED", got)
		}
	})
}

// TestClientFaults injects faults and counts the attempts the client makes,
// with the default retryer (3 attempts) minus its waits.
func TestClientFaults(t *testing.T) {
	t.Parallel()
	describe := func(ctx context.Context, c *appstream.Client) error {
		_, err := c.DescribeFleets(ctx, nil)
		return err
	}
	create := func(ctx context.Context, c *appstream.Client) error {
		_, err := c.CreateFleet(ctx, fleetInput("new"))
		return err
	}
	type result struct {
		srv *appstreamtest.Server
		c   *appstream.Client
		err error
	}
	cases := map[string]struct {
		faults       []appstreamtest.Fault
		op           string
		call         func(context.Context, *appstream.Client) error
		timeout      time.Duration // of the call's context, when set
		wantAttempts int
		want         *errCheck
		check        func(*testing.T, result)
	}{
		// Where the operation does not model RequestLimitExceededException,
		// see TestClientRequestLimitExceededRetriedWhereUnmodeled.
		"throttled twice then success": {
			faults: []appstreamtest.Fault{{Operation: "CreateFleet", Count: 2, Status: 400, Code: "RequestLimitExceededException", Message: "Rate exceeded"}},
			op:     "CreateFleet", call: create,
			wantAttempts: 3,
		},
		"throttled until the attempts run out": {
			faults: []appstreamtest.Fault{{Operation: "CreateFleet", Count: -1, Status: 400, Code: "RequestLimitExceededException", Message: "Rate exceeded"}},
			op:     "CreateFleet", call: create,
			wantAttempts: 3,
			want:         errorOf[*types.RequestLimitExceededException](),
			check: func(t *testing.T, r result) {
				if _, ok := r.srv.Fleet("new"); ok {
					t.Error("a throttled CreateFleet created the fleet")
				}
			},
		},
		"503 twice then success": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", Count: 2, Status: 503, Code: "ServiceUnavailable"}},
			op:     "DescribeFleets", call: describe,
			wantAttempts: 3,
		},
		"internal failure once then success": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets"}},
			op:     "DescribeFleets", call: describe,
			wantAttempts: 2,
		},
		"503 forever": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", Count: -1, Status: 503, Code: "ServiceUnavailable", Message: "Please try again later."}},
			op:     "DescribeFleets", call: describe,
			wantAttempts: 3,
			want:         errorOf[*retry.MaxAttemptsError](),
			check: func(t *testing.T, r result) {
				var max *retry.MaxAttemptsError
				errors.As(r.err, &max)
				if max.Attempt != 3 {
					t.Errorf("MaxAttemptsError.Attempt %d, want 3", max.Attempt)
				}
				var re *awshttp.ResponseError
				if !errors.As(max.Err, &re) {
					t.Fatalf("MaxAttemptsError wraps %T, want a *awshttp.ResponseError", max.Err)
				}
				if re.HTTPStatusCode() != 503 || re.ServiceRequestID() == "" {
					t.Errorf("ResponseError status %d, request ID %q; want 503 and an ID", re.HTTPStatusCode(), re.ServiceRequestID())
				}
				var apiErr smithy.APIError
				if !errors.As(r.err, &apiErr) || apiErr.ErrorCode() != "ServiceUnavailable" || apiErr.ErrorMessage() != "Please try again later." {
					t.Errorf("API error %v, want ServiceUnavailable: Please try again later.", apiErr)
				}
				var opErr *smithy.OperationError
				if !errors.As(r.err, &opErr) || opErr.Operation() != "DescribeFleets" || opErr.Service() != "AppStream" {
					t.Errorf("OperationError %v, want AppStream DescribeFleets", opErr)
				}
				for _, want := range []string{"operation error AppStream: DescribeFleets", "exceeded maximum number of attempts, 3",
					"StatusCode: 503", "RequestID: " + re.ServiceRequestID(), "ServiceUnavailable: Please try again later."} {
					if !strings.Contains(r.err.Error(), want) {
						t.Errorf("error %q does not say %q", r.err, want)
					}
				}
			},
		},
		"more attempts per call": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", Count: 4, Status: 503, Code: "ServiceUnavailable"}},
			op:     "DescribeFleets",
			call: func(ctx context.Context, c *appstream.Client) error {
				_, err := c.DescribeFleets(ctx, nil, func(o *appstream.Options) { o.RetryMaxAttempts = 5 })
				return err
			},
			wantAttempts: 5,
		},
		"one attempt per call": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", Status: 503, Code: "ServiceUnavailable"}},
			op:     "DescribeFleets",
			call: func(ctx context.Context, c *appstream.Client) error {
				_, err := c.DescribeFleets(ctx, nil, func(o *appstream.Options) { o.RetryMaxAttempts = 1 })
				return err
			},
			wantAttempts: 1,
			want:         genericError("ServiceUnavailable"),
		},
		"LimitExceededException is not retried": {
			faults: []appstreamtest.Fault{{Operation: "CreateFleet", Count: -1, Status: 400, Code: "LimitExceededException", Message: "The fleet limit is reached."}},
			op:     "CreateFleet", call: create,
			wantAttempts: 1,
			want:         errorOf[*types.LimitExceededException](),
		},
		"a service error is not retried": {
			op: "StartFleet",
			call: func(ctx context.Context, c *appstream.Client) error {
				_, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("missing")})
				return err
			},
			wantAttempts: 1,
			want:         errorOf[*types.ResourceNotFoundException](),
		},
		"a fault for another operation does not apply": {
			faults: []appstreamtest.Fault{{Operation: "StartFleet", Count: -1, Status: 503}},
			op:     "DescribeFleets", call: describe,
			wantAttempts: 1,
		},
		"dropped connection once": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", DropConnection: true}},
			op:     "DescribeFleets", call: describe,
			wantAttempts: 2,
		},
		"dropped connection once, CreateFleet": {
			// The connection drops before the operation runs, so the retry
			// creates the fleet.
			faults: []appstreamtest.Fault{{Operation: "CreateFleet", DropConnection: true}},
			op:     "CreateFleet", call: create,
			wantAttempts: 2,
			check: func(t *testing.T, r result) {
				if _, ok := r.srv.Fleet("new"); !ok {
					t.Error("the retried CreateFleet did not create the fleet")
				}
			},
		},
		"dropped connection forever": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", Count: -1, DropConnection: true}},
			op:     "DescribeFleets", call: describe,
			wantAttempts: 3,
			want:         errorOf[*smithyhttp.RequestSendError](),
			check: func(t *testing.T, r result) {
				var max *retry.MaxAttemptsError
				if !errors.As(r.err, &max) || max.Attempt != 3 {
					t.Errorf("error %v, want a MaxAttemptsError after 3 attempts", r.err)
				}
			},
		},
		// A truncated body: the status is 200 and the Content-Length
		// matches the half body, so the client reads it whole and fails to
		// decode it. It returns a *smithy.DeserializationError and does not
		// retry: the operation ran on the server (here the fleet exists), so
		// a retry of CreateFleet would fail with
		// ResourceAlreadyExistsException. The caller learns the outcome by
		// describing the fleet.
		"truncated body": {
			faults: []appstreamtest.Fault{{Operation: "CreateFleet", TruncateBody: true}},
			op:     "CreateFleet", call: create,
			wantAttempts: 1,
			want:         errorOf[*smithy.DeserializationError](),
			check: func(t *testing.T, r result) {
				if got := statusOf(r.err); got != 200 {
					t.Errorf("HTTP status %d, want 200", got)
				}
				if !strings.Contains(r.err.Error(), "CreateFleet") {
					t.Errorf("error %q does not name the operation", r.err)
				}
				if _, ok := r.srv.Fleet("new"); !ok {
					t.Error("the fleet of the truncated CreateFleet does not exist")
				}
				_, err := r.c.CreateFleet(context.Background(), fleetInput("new"))
				checkErr(t, err, errorOf[*types.ResourceAlreadyExistsException]())
			},
		},
		"truncated body, DescribeFleets": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", TruncateBody: true}},
			op:     "DescribeFleets", call: describe,
			wantAttempts: 1,
			want:         errorOf[*smithy.DeserializationError](),
		},
		"delay past the deadline": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", Delay: time.Hour}},
			op:     "DescribeFleets", call: describe,
			timeout:      100 * time.Millisecond,
			wantAttempts: 1,
			want:         errorOf[*smithy.CanceledError](),
			check: func(t *testing.T, r result) {
				if !errors.Is(r.err, context.DeadlineExceeded) {
					t.Errorf("error %v is not context.DeadlineExceeded", r.err)
				}
			},
		},
		"delay within the deadline": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", Delay: 10 * time.Millisecond}},
			op:     "DescribeFleets", call: describe,
			timeout:      time.Minute,
			wantAttempts: 1,
		},
		"delay then 503 then success": {
			faults: []appstreamtest.Fault{{Operation: "DescribeFleets", Delay: 10 * time.Millisecond, Status: 503}},
			op:     "DescribeFleets", call: describe,
			wantAttempts: 2,
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv := startServer(t)
			c := newClient(srv)
			for _, f := range tc.faults {
				srv.InjectFault(f)
			}
			ctx := context.Background()
			if tc.timeout > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tc.timeout)
				defer cancel()
			}
			err := tc.call(ctx, c)
			checkErr(t, err, tc.want)
			if got := srv.Requests(tc.op); got != tc.wantAttempts {
				t.Errorf("server got %d %s requests, want %d", got, tc.op, tc.wantAttempts)
			}
			if tc.check != nil {
				tc.check(t, result{srv: srv, c: c, err: err})
			}
		})
	}
}

// TestClientSignatures checks the endpoint's signature check against the
// client's signer.
func TestClientSignatures(t *testing.T) {
	t.Parallel()
	const (
		accessKey = "AKIDEXAMPLE"
		secretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
	)
	cases := map[string]struct {
		opts       []appstreamtest.Option
		client     func(*appstream.Options)
		wantCode   string // "" when the call must succeed
		wantInText string
	}{
		"the server's credentials": {},
		"credentials set on the server": {
			opts:   []appstreamtest.Option{appstreamtest.WithCredentials(accessKey, secretKey)},
			client: withCredentials(aws.Credentials{AccessKeyID: accessKey, SecretAccessKey: secretKey}),
		},
		"wrong access key": {
			client:     withCredentials(aws.Credentials{AccessKeyID: "AKIAWRONGKEY", SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}),
			wantCode:   "UnrecognizedClientException",
			wantInText: "security token included in the request is invalid",
		},
		"wrong secret key": {
			client:     withCredentials(aws.Credentials{AccessKeyID: "AKIAIOSFODNN7EXAMPLE", SecretAccessKey: "not-the-secret"}),
			wantCode:   "InvalidSignatureException",
			wantInText: "signature we calculated does not match",
		},
		"wrong region": {
			client:     func(o *appstream.Options) { o.Region = "eu-west-1" },
			wantCode:   "InvalidSignatureException",
			wantInText: "eu-west-1",
		},
		"anonymous": {
			client:     func(o *appstream.Options) { o.Credentials = aws.AnonymousCredentials{} },
			wantCode:   "MissingAuthenticationTokenException",
			wantInText: "Missing Authentication Token",
		},
		"session token as required": {
			opts: []appstreamtest.Option{appstreamtest.WithSessionToken("session-token")},
			client: withCredentials(aws.Credentials{AccessKeyID: "AKIAIOSFODNN7EXAMPLE",
				SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", SessionToken: "session-token"}),
		},
		"session token from Config": {
			opts: []appstreamtest.Option{appstreamtest.WithSessionToken("session-token")},
		},
		"session token missing": {
			opts: []appstreamtest.Option{appstreamtest.WithSessionToken("session-token")},
			client: withCredentials(aws.Credentials{AccessKeyID: "AKIAIOSFODNN7EXAMPLE",
				SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}),
			wantCode: "UnrecognizedClientException",
		},
		"session token wrong": {
			opts: []appstreamtest.Option{appstreamtest.WithSessionToken("session-token")},
			client: withCredentials(aws.Credentials{AccessKeyID: "AKIAIOSFODNN7EXAMPLE",
				SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", SessionToken: "other-token"}),
			wantCode: "UnrecognizedClientException",
		},
		"session token not expected": {
			client: withCredentials(aws.Credentials{AccessKeyID: "AKIAIOSFODNN7EXAMPLE",
				SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", SessionToken: "session-token"}),
			wantCode: "UnrecognizedClientException",
		},
		"anything goes without verification": {
			opts:   []appstreamtest.Option{appstreamtest.WithoutSignatureVerification()},
			client: func(o *appstream.Options) { o.Credentials = aws.AnonymousCredentials{} },
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv := startServer(t, tc.opts...)
			var opts []func(*appstream.Options)
			if tc.client != nil {
				opts = append(opts, tc.client)
			}
			counter, count := countAttempts()
			c := newClient(srv, append(opts, count)...)
			_, err := c.DescribeFleets(context.Background(), nil)
			if got := counter.attempts("DescribeFleets"); got != 1 {
				t.Errorf("client sent %d requests, want 1 (authentication errors are not retried)", got)
			}
			if tc.wantCode == "" {
				if err != nil {
					t.Fatal(err)
				}
				if got := srv.Requests("DescribeFleets"); got != 1 {
					t.Errorf("server counted %d requests, want 1", got)
				}
				return
			}
			if got := srv.Requests("DescribeFleets"); got != 0 {
				t.Errorf("server counted %d requests that failed authentication, want 0", got)
			}
			checkErr(t, err, genericError(tc.wantCode))
			if got := statusOf(err); got != 403 {
				t.Errorf("HTTP status %d, want 403", got)
			}
			if !strings.Contains(err.Error(), tc.wantInText) {
				t.Errorf("error %q does not say %q", err, tc.wantInText)
			}
			for _, secret := range []string{"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "not-the-secret", "session-token", "other-token"} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("error %q holds the secret %q", err, secret)
				}
			}
		})
	}
}

// TestClientClockSkew checks that the client follows a server clock far
// from its own: the first request is refused as signed at the wrong time,
// the client learns the server's time from the response's Date header and
// signs the retry with it.
func TestClientClockSkew(t *testing.T) {
	t.Parallel()
	cases := map[string]time.Duration{
		"an hour ahead":    time.Hour,
		"a day behind":     -24 * time.Hour,
		"within tolerance": 3 * time.Minute,
	}
	for name, skew := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			clock := appstreamtest.NewFakeClock(time.Now().Add(skew))
			srv := startServer(t, appstreamtest.WithClock(clock), appstreamtest.WithTransitionTime(transition))
			counter, count := countAttempts()
			c := newClient(srv, count)
			wantFirst := 1
			if skew.Abs() > 5*time.Minute {
				wantFirst = 2
			}
			createFleet(t, c, fleetInput("f"))
			if got := counter.attempts("CreateFleet"); got != wantFirst {
				t.Errorf("the first call took %d attempts, want %d", got, wantFirst)
			}
			if got := srv.Requests("CreateFleet"); got != 1 {
				t.Errorf("the server counted %d CreateFleet requests, want the 1 signed in time", got)
			}
			// The next call is signed with the learned time at once.
			startFleet(t, c, "f")
			if got := counter.attempts("StartFleet"); got != 1 {
				t.Errorf("the second call took %d attempts, want 1", got)
			}
			// A jump of the fake clock past the tolerance costs one refused
			// attempt, after which the client signs with the new time.
			clock.Advance(transition)
			if f := describeFleet(t, c, "f"); f.State != types.FleetStateRunning {
				t.Errorf("fleet is %s, want RUNNING", f.State)
			}
			if got := counter.attempts("DescribeFleets"); got != 2 {
				t.Errorf("the call after the jump took %d attempts, want 2", got)
			}
		})
	}
}

// TestClientConcurrentFleets shares one client between goroutines that
// each create, update, start, stop and describe their own fleet (run it
// with -race).
func TestClientConcurrentFleets(t *testing.T) {
	t.Parallel()
	const n = 24
	srv := startServer(t, appstreamtest.WithFleetPageSize(5))
	c := newClient(srv)
	ctx := context.Background()

	work := func(i int) error {
		name := aws.String(fmt.Sprintf("fleet-%02d", i))
		if _, err := c.CreateFleet(ctx, fleetInput(*name)); err != nil {
			return err
		}
		if _, err := c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: name, DisplayName: aws.String(fmt.Sprintf("Fleet %d", i))}); err != nil {
			return err
		}
		if _, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: name}); err != nil {
			return err
		}
		// Without a transition time the fleet is RUNNING at the next request.
		out, err := c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{*name}})
		if err != nil {
			return err
		}
		if got := out.Fleets[0].State; got != types.FleetStateRunning {
			return fmt.Errorf("%s is %s, want RUNNING", *name, got)
		}
		srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: name, UserId: aws.String(fmt.Sprintf("user-%02d", i))})
		sessions, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: name})
		if err != nil {
			return err
		}
		if len(sessions.Sessions) != 1 || aws.ToString(sessions.Sessions[0].UserId) != fmt.Sprintf("user-%02d", i) {
			return fmt.Errorf("%s has sessions %v, want its own one", *name, sessionIDs(sessions.Sessions))
		}
		if _, err := c.StopFleet(ctx, &appstream.StopFleetInput{Name: name}); err != nil {
			return err
		}
		// Every other fleet goes away; the others stay STOPPED.
		if i%2 == 0 {
			if _, err := c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: name}); err != nil {
				return err
			}
		}
		// Walk every fleet while the others change.
		for _, err := range appstream.NewDescribeFleetsPaginator(c, nil).Fleets(ctx) {
			if err != nil {
				return err
			}
		}
		return nil
	}

	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = work(i)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}

	var got, want []string
	for i := 1; i < n; i += 2 {
		want = append(want, fmt.Sprintf("fleet-%02d Fleet %d STOPPED", i, i))
	}
	for f, err := range appstream.NewDescribeFleetsPaginator(c, nil).Fleets(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s %s %s", *f.Name, aws.ToString(f.DisplayName), f.State))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fleets at the end (-want +got):\n%s", diff)
	}
	if got := srv.Requests("CreateFleet"); got != n {
		t.Errorf("server got %d CreateFleet requests, want %d (none retried)", got, n)
	}
}

// TestClientRequestLimitExceededRetriedWhereUnmodeled checks that the
// service's throttling error is retried by every operation, also those whose
// model does not list RequestLimitExceededException (where it arrives as a
// *smithy.GenericAPIError), and that LimitExceededException, a quota, is
// retried by none, modeled or not.
func TestClientRequestLimitExceededRetriedWhereUnmodeled(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	cases := map[string]func(*appstream.Client) error{
		"DescribeFleets": func(c *appstream.Client) error {
			_, err := c.DescribeFleets(ctx, nil)
			return err
		},
		"DescribeSessions": func(c *appstream.Client) error {
			_, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("f")})
			return err
		},
		"StopFleet": func(c *appstream.Client) error {
			_, err := c.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String("f")})
			return err
		},
		"DeleteFleet": func(c *appstream.Client) error {
			_, err := c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String("f")})
			return err
		},
	}
	for op, call := range cases {
		t.Run(op, func(t *testing.T) {
			t.Parallel()
			srv, c, clock := fakeServer(t)
			fleetIn(t, c, clock, fleetInput("f"), types.FleetStateRunning)
			if op == "DeleteFleet" {
				stopFleet(t, c, "f")
				clock.Advance(transition)
			}
			srv.InjectFault(appstreamtest.Fault{Operation: op, Count: 2, Status: 400, Code: "RequestLimitExceededException", Message: "Rate exceeded"})
			before := srv.Requests(op)
			err := call(c)
			if got := srv.Requests(op) - before; got != 3 {
				t.Errorf("server got %d %s requests, want 3 (two throttled, then success)", got, op)
			}
			if err != nil {
				t.Errorf("throttled twice, the call failed: %v", err)
			}

			srv.InjectFault(appstreamtest.Fault{Operation: op, Count: 1, Status: 400, Code: "LimitExceededException", Message: "The quota is reached."})
			before = srv.Requests(op)
			err = call(c)
			var apiErr smithy.APIError
			if !errors.As(err, &apiErr) || apiErr.ErrorCode() != "LimitExceededException" {
				t.Errorf("error %v, want LimitExceededException", err)
			}
			if got := srv.Requests(op) - before; got != 1 {
				t.Errorf("server got %d %s requests for a quota error, want 1", got, op)
			}
		})
	}
}

// TestClientsSignWithTheirOwnKeys checks that clients that share an access
// key ID but not the secret key (in one process, on one day, in one region)
// each sign with their own: aws/signer/v4 caches derived keys without the
// secret key, so clients must not share a signer.
func TestClientsSignWithTheirOwnKeys(t *testing.T) {
	t.Parallel()
	// A region no other test signs for, so the cache entry is this test's.
	const region = "ap-south-2"
	const accessKey = "AKIAIOSFODNN7EXAMPLE"
	srv := startServer(t, appstreamtest.WithRegion(region))
	other := startServer(t, appstreamtest.WithRegion(region), appstreamtest.WithCredentials(accessKey, "another-secret-key"))
	ctx := context.Background()
	if _, err := newClient(srv).DescribeFleets(ctx, nil); err != nil {
		t.Fatalf("the first client: %v", err)
	}

	t.Run("right secret key after another client", func(t *testing.T) {
		_, err := newClient(other).DescribeFleets(ctx, nil)
		var apiErr smithy.APIError
		if errors.As(err, &apiErr) {
			t.Errorf("a client with the server's credentials was refused with %s: it signed with another client's key", apiErr.ErrorCode())
		} else if err != nil {
			t.Error(err)
		}
	})
	t.Run("wrong secret key after another client", func(t *testing.T) {
		c := newClient(srv, withCredentials(aws.Credentials{AccessKeyID: accessKey, SecretAccessKey: "not-the-secret"}))
		_, err := c.DescribeFleets(ctx, nil)
		if err == nil {
			t.Error("a client with the wrong secret key was accepted: it signed with another client's key")
		}
	})
}

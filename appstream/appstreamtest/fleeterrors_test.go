package appstreamtest_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// TestClientFleetErrors makes fleets fail to start: StartFleet succeeds, the
// fleet is STARTING for the transition time, then STOPPED with FleetErrors,
// and the FleetStarted waiter fails with a FleetStateError that names them.
func TestClientFleetErrors(t *testing.T) {
	t.Parallel()
	fleetError := func(code types.FleetErrorCode, message string) types.FleetError {
		return types.FleetError{ErrorCode: code, ErrorMessage: aws.String(message)}
	}
	cases := map[string]struct {
		opts   []appstreamtest.Option
		fleet  func(*appstream.CreateFleetInput)
		want   []types.FleetError
		inText string
	}{
		"missing image": {
			opts:   []appstreamtest.Option{appstreamtest.WithMissingImages("Retired-Image")},
			fleet:  func(in *appstream.CreateFleetInput) { in.ImageName = aws.String("Retired-Image") },
			want:   []types.FleetError{fleetError(types.FleetErrorCodeImageNotFound, "The image Retired-Image does not exist.")},
			inText: `fleet "f" is STOPPED, so it will not become RUNNING; fleet errors: IMAGE_NOT_FOUND: The image Retired-Image does not exist.`,
		},
		"missing image by ARN": {
			opts: []appstreamtest.Option{appstreamtest.WithMissingImages("Retired-Image")},
			fleet: func(in *appstream.CreateFleetInput) {
				in.ImageName, in.ImageArn = nil, aws.String("arn:aws:appstream:us-east-1:123456789012:image/Retired-Image")
			},
			want: []types.FleetError{fleetError(types.FleetErrorCodeImageNotFound, "The image Retired-Image does not exist.")},
		},
		"missing subnets": {
			opts: []appstreamtest.Option{appstreamtest.WithMissingSubnets("subnet-gone1", "subnet-gone2")},
			fleet: func(in *appstream.CreateFleetInput) {
				in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-gone2", "subnet-ok", "subnet-gone1"}}
			},
			want: []types.FleetError{
				fleetError(types.FleetErrorCodeSubnetNotFound, "The subnet ID subnet-gone2 does not exist."),
				fleetError(types.FleetErrorCodeSubnetNotFound, "The subnet ID subnet-gone1 does not exist."),
			},
			inText: "fleet errors: SUBNET_NOT_FOUND: The subnet ID subnet-gone2 does not exist., SUBNET_NOT_FOUND: The subnet ID subnet-gone1 does not exist.",
		},
		"errors of the fleet": {
			opts: []appstreamtest.Option{appstreamtest.WithFleetErrors("f", types.FleetErrorCodeNetworkInterfaceLimitExceeded, types.FleetErrorCodeIamServiceRoleIsMissing)},
			want: []types.FleetError{
				fleetError(types.FleetErrorCodeNetworkInterfaceLimitExceeded, "The fleet could not start: network interface limit exceeded."),
				fleetError(types.FleetErrorCodeIamServiceRoleIsMissing, "The fleet could not start: iam service role is missing."),
			},
			inText: "NETWORK_INTERFACE_LIMIT_EXCEEDED: The fleet could not start: network interface limit exceeded., IAM_SERVICE_ROLE_IS_MISSING",
		},
		"every cause at once": {
			opts: []appstreamtest.Option{appstreamtest.WithMissingImages("i"), appstreamtest.WithMissingSubnets("s"),
				appstreamtest.WithFleetErrors("f", types.FleetErrorCodeInternalServiceError)},
			fleet: func(in *appstream.CreateFleetInput) {
				in.ImageName, in.VpcConfig = aws.String("i"), &types.VpcConfig{SubnetIds: []string{"s"}}
			},
			want: []types.FleetError{
				fleetError(types.FleetErrorCodeImageNotFound, "The image i does not exist."),
				fleetError(types.FleetErrorCodeSubnetNotFound, "The subnet ID s does not exist."),
				fleetError(types.FleetErrorCodeInternalServiceError, "The fleet could not start: internal service error."),
			},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, c, clock := fakeServer(t, append(tc.opts, appstreamtest.WithSessionsOnRunning("stack", 2))...)
			ctx := context.Background()
			in := fleetInput("f")
			if tc.fleet != nil {
				tc.fleet(in)
			}
			createFleet(t, c, in)
			createFleet(t, c, fleetInput("healthy"))
			startFleet(t, c, "f")
			startFleet(t, c, "healthy")
			if f := describeFleet(t, c, "f"); f.State != types.FleetStateStarting || f.FleetErrors != nil {
				t.Fatalf("after StartFleet: %s with errors %v, want STARTING without errors", f.State, f.FleetErrors)
			}
			clock.Advance(transition)

			waiter := appstream.NewFleetStartedWaiter(c)
			err := waiter.Wait(ctx, &appstream.DescribeFleetsInput{Names: []string{"f", "healthy"}}, transition)
			var stateErr *appstream.FleetStateError
			if !errors.As(err, &stateErr) {
				t.Fatalf("waiter: %v, want a *appstream.FleetStateError", err)
			}
			if stateErr.Fleet.State != types.FleetStateStopped || aws.ToString(stateErr.Fleet.Name) != "f" {
				t.Errorf("FleetStateError about fleet %s in %s, want f in STOPPED", aws.ToString(stateErr.Fleet.Name), stateErr.Fleet.State)
			}
			if diff := cmp.Diff(tc.want, stateErr.Fleet.FleetErrors); diff != "" {
				t.Errorf("FleetErrors (-want +got):\n%s", diff)
			}
			if tc.inText != "" && !strings.Contains(err.Error(), tc.inText) {
				t.Errorf("error %q does not say %q", err, tc.inText)
			}
			f := describeFleet(t, c, "f")
			if diff := cmp.Diff(capacity{2, 0, 0, 0}, capacityOf(f)); diff != "" {
				t.Errorf("capacity of the failed fleet (-want +got):\n%s", diff)
			}
			out, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("f")})
			if err != nil || len(out.Sessions) != 0 {
				t.Errorf("the failed fleet has sessions %v (error %v), want none", out, err)
			}
			if h := describeFleet(t, c, "healthy"); h.State != types.FleetStateRunning || h.FleetErrors != nil {
				t.Errorf("the other fleet is %s with errors %v, want RUNNING without", h.State, h.FleetErrors)
			}

			// Each start tries again: the errors go while STARTING and
			// come back when it fails.
			startFleet(t, c, "f")
			if f := describeFleet(t, c, "f"); f.State != types.FleetStateStarting || f.FleetErrors != nil {
				t.Errorf("after a second StartFleet: %s with errors %v, want STARTING without errors", f.State, f.FleetErrors)
			}
			clock.Advance(transition)
			if f := describeFleet(t, c, "f"); f.State != types.FleetStateStopped || !cmp.Equal(tc.want, f.FleetErrors) {
				t.Errorf("after the second start: %s with errors %v, want STOPPED with the same errors", f.State, f.FleetErrors)
			}
			if _, ok := srv.Fleet("f"); !ok {
				t.Error("the failed fleet is gone")
			}
		})
	}
}

// TestClientFleetErrorsFixed checks that a fleet that could not start
// starts once its configuration no longer names what is missing.
func TestClientFleetErrorsFixed(t *testing.T) {
	t.Parallel()
	_, c, clock := fakeServer(t, appstreamtest.WithMissingSubnets("subnet-gone"))
	in := fleetInput("f")
	in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-gone"}}
	createFleet(t, c, in)
	startFleet(t, c, "f")
	clock.Advance(transition)
	if f := describeFleet(t, c, "f"); f.State != types.FleetStateStopped || len(f.FleetErrors) != 1 {
		t.Fatalf("fleet %s with errors %v, want STOPPED with SUBNET_NOT_FOUND", f.State, f.FleetErrors)
	}
	_, err := c.UpdateFleet(context.Background(), &appstream.UpdateFleetInput{Name: aws.String("f"),
		VpcConfig: &types.VpcConfig{SubnetIds: []string{"subnet-1a"}}})
	if err != nil {
		t.Fatal(err)
	}
	startFleet(t, c, "f")
	clock.Advance(transition)
	if f := describeFleet(t, c, "f"); f.State != types.FleetStateRunning || f.FleetErrors != nil {
		t.Errorf("fleet %s with errors %v, want RUNNING without errors", f.State, f.FleetErrors)
	}
}

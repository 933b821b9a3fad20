package compat

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/appstream"
	"github.com/aws/aws-sdk-go-v2/service/appstream/types"

	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
)

// TestOfficialClientAgainstLocalEndpoint drives the whole fleet lifecycle with
// the official client (not ours) against appstreamtest, with signatures
// checked: the local endpoint must work for any AWS client unchanged.
func TestOfficialClientAgainstLocalEndpoint(t *testing.T) {
	srv := appstreamtest.NewServer(appstreamtest.WithTransitionTime(50*time.Millisecond), appstreamtest.WithSessionsOnRunning("stack", 2))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()
	name := aws.String("official")
	fast := func(min, max *time.Duration) { *min, *max = 5*time.Millisecond, 20*time.Millisecond }

	created, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{
		Name: name, ImageName: aws.String("AppStream-WinServer2019-06-17-2024"), InstanceType: aws.String("stream.standard.medium"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(2)},
		VpcConfig:       &types.VpcConfig{SubnetIds: []string{"subnet-1"}, SecurityGroupIds: []string{"sg-1"}},
	})
	if err != nil || created.Fleet.State != types.FleetStateStopped {
		t.Fatalf("CreateFleet: %+v, %v", created, err)
	}
	if _, err := client.StartFleet(ctx, &appstream.StartFleetInput{Name: name}); err != nil {
		t.Fatal(err)
	}
	describe := &appstream.DescribeFleetsInput{Names: []string{*name}}
	if err := appstream.NewFleetStartedWaiter(client, func(o *appstream.FleetStartedWaiterOptions) { fast(&o.MinDelay, &o.MaxDelay) }).
		Wait(ctx, describe, time.Minute); err != nil {
		t.Fatalf("FleetStarted: %v", err)
	}
	updated, err := client.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: name, ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(3)}})
	if err != nil || aws.ToInt32(updated.Fleet.ComputeCapacityStatus.Desired) != 3 {
		t.Fatalf("UpdateFleet: %+v, %v", updated, err)
	}
	sessions, err := client.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: name})
	if err != nil || len(sessions.Sessions) != 2 {
		t.Fatalf("DescribeSessions: %+v, %v", sessions, err)
	}
	_, err = client.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: name})
	var inUse *types.ResourceInUseException
	if !errors.As(err, &inUse) {
		t.Fatalf("DeleteFleet of a running fleet: %v, want ResourceInUseException", err)
	}
	if _, err := client.StopFleet(ctx, &appstream.StopFleetInput{Name: name}); err != nil {
		t.Fatal(err)
	}
	if err := appstream.NewFleetStoppedWaiter(client, func(o *appstream.FleetStoppedWaiterOptions) { fast(&o.MinDelay, &o.MaxDelay) }).
		Wait(ctx, describe, time.Minute); err != nil {
		t.Fatalf("FleetStopped: %v", err)
	}
	if _, err := client.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: name}); err != nil {
		t.Fatal(err)
	}
	_, err = client.DescribeFleets(ctx, describe)
	var notFound *types.ResourceNotFoundException
	if !errors.As(err, &notFound) {
		t.Fatalf("DescribeFleets after delete: %v, want ResourceNotFoundException", err)
	}
}

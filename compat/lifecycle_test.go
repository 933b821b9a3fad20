package compat

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/appstream"
	"github.com/aws/aws-sdk-go-v2/service/appstream/types"

	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
)

// TestOfficialClientAgainstLocalEndpoint drives the whole fleet lifecycle, and
// the operator's operations around it, with the official client (not ours)
// against appstreamtest, with signatures checked: the local endpoint must
// work for any AWS client unchanged.
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
	operatorSteps(t, ctx, client, *name)
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

// operatorSteps drives the operator's operations with the official client
// against the running fleet: an image, a stack with tags, the association,
// a streaming URL that a plain HTTP GET opens, the session it starts and its
// expiry, and the teardown of the stack.
func operatorSteps(t *testing.T, ctx context.Context, client *appstream.Client, fleet string) {
	t.Helper()
	images, err := client.DescribeImages(ctx, &appstream.DescribeImagesInput{Names: []string{appstreamtest.ImageWindowsServer2019}})
	if err != nil || len(images.Images) != 1 || images.Images[0].State != types.ImageStateAvailable || images.Images[0].Platform != types.PlatformTypeWindowsServer2019 {
		t.Fatalf("DescribeImages: %+v, %v", images, err)
	}
	stack, err := client.CreateStack(ctx, &appstream.CreateStackInput{Name: aws.String("official-stack"), Tags: map[string]string{"team": "compat"},
		UserSettings: []types.UserSetting{{Action: types.ActionClipboardCopyToLocalDevice, Permission: types.PermissionEnabled, MaximumLength: aws.Int32(100)}}})
	if err != nil || aws.ToInt32(stack.Stack.UserSettings[0].MaximumLength) != 100 {
		t.Fatalf("CreateStack: %+v, %v", stack, err)
	}
	if _, err := client.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: stack.Stack.Arn, Tags: map[string]string{"env": "test"}}); err != nil {
		t.Fatal(err)
	}
	tags, err := client.ListTagsForResource(ctx, &appstream.ListTagsForResourceInput{ResourceArn: stack.Stack.Arn})
	if err != nil || len(tags.Tags) != 2 {
		t.Fatalf("ListTagsForResource: %+v, %v", tags, err)
	}
	if _, err := client.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: &fleet, StackName: stack.Stack.Name}); err != nil {
		t.Fatal(err)
	}
	listed, err := client.ListAssociatedStacks(ctx, &appstream.ListAssociatedStacksInput{FleetName: &fleet})
	if err != nil || len(listed.Names) != 1 || listed.Names[0] != "official-stack" {
		t.Fatalf("ListAssociatedStacks: %+v, %v", listed, err)
	}
	link, err := client.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: stack.Stack.Name, FleetName: &fleet,
		UserId: aws.String("alice@example.com"), Validity: aws.Int64(300)})
	if err != nil || link.Expires == nil {
		t.Fatalf("CreateStreamingURL: %+v, %v", link, err)
	}
	resp, err := http.Get(*link.StreamingURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET of the streaming URL: %s", resp.Status)
	}
	sessions, err := client.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: stack.Stack.Name, FleetName: &fleet})
	if err != nil || len(sessions.Sessions) != 1 || aws.ToString(sessions.Sessions[0].UserId) != "alice@example.com" ||
		sessions.Sessions[0].State != types.SessionStateActive || sessions.Sessions[0].AuthenticationType != types.AuthenticationTypeApi {
		t.Fatalf("DescribeSessions after opening the URL: %+v, %v", sessions, err)
	}
	if _, err := client.ExpireSession(ctx, &appstream.ExpireSessionInput{SessionId: sessions.Sessions[0].Id}); err != nil {
		t.Fatal(err)
	}
	sessions, err = client.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: stack.Stack.Name, FleetName: &fleet})
	if err != nil || sessions.Sessions[0].State != types.SessionStateExpired {
		t.Fatalf("DescribeSessions after ExpireSession: %+v, %v", sessions, err)
	}
	_, err = client.DeleteStack(ctx, &appstream.DeleteStackInput{Name: stack.Stack.Name})
	var inUse *types.ResourceInUseException
	if !errors.As(err, &inUse) {
		t.Fatalf("DeleteStack of an associated stack: %v, want ResourceInUseException", err)
	}
	if _, err := client.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: &fleet, StackName: stack.Stack.Name}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.DeleteStack(ctx, &appstream.DeleteStackInput{Name: stack.Stack.Name}); err != nil {
		t.Fatal(err)
	}
}

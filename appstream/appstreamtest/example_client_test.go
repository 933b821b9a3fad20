package appstreamtest_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// The client under test talks to the server when it is built from
// srv.Config(). A fake clock moves the fleet through its states; it stays
// within the 5 minutes the signature check tolerates between the client's
// clock and the server's.
func ExampleNewServer_client() {
	clock := appstreamtest.NewFakeClock(time.Now())
	srv := appstreamtest.NewServer(
		appstreamtest.WithClock(clock),
		appstreamtest.WithTransitionTime(time.Minute),
	)
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()

	state := func() types.FleetState {
		out, err := client.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{"training"}})
		if err != nil {
			panic(err)
		}
		return out.Fleets[0].State
	}
	created, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{
		Name:            aws.String("training"),
		InstanceType:    aws.String("stream.standard.medium"),
		ImageName:       aws.String("AppStream-WinServer2019-06-12-2023"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(2)},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(*created.Fleet.Arn, created.Fleet.State)

	if _, err := client.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("training")}); err != nil {
		panic(err)
	}
	fmt.Println(state())
	clock.Advance(time.Minute)
	fmt.Println(state())
	// Output:
	// arn:aws:appstream:us-east-1:123456789012:fleet/training STOPPED
	// STARTING
	// RUNNING
}

// Injected faults show how the client retries. The retryer keeps its
// decisions but does not wait, so the test stays fast.
func ExampleServer_InjectFault_retries() {
	srv := appstreamtest.NewServer()
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config(), func(o *appstream.Options) {
		o.Retryer = retry.AddWithMaxBackoffDelay(o.Retryer, 0)
	})

	srv.InjectFault(appstreamtest.Fault{Operation: "DescribeFleets", Count: 2, Status: 503, Code: "ServiceUnavailable"})
	_, err := client.DescribeFleets(context.Background(), nil)
	fmt.Println(err, srv.Requests("DescribeFleets"))
	// Output: <nil> 3
}

// A small page size makes the client's paginator read several pages.
func ExampleWithFleetPageSize() {
	srv := appstreamtest.NewServer(appstreamtest.WithFleetPageSize(2))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()

	for _, name := range []string{"east", "north", "south", "west", "center"} {
		_, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{
			Name:            aws.String(name),
			InstanceType:    aws.String("stream.standard.medium"),
			ImageName:       aws.String("AppStream-WinServer2019-06-12-2023"),
			ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(1)},
		})
		if err != nil {
			panic(err)
		}
	}
	for page, err := range appstream.NewDescribeFleetsPaginator(client, nil).Pages(ctx) {
		if err != nil {
			panic(err)
		}
		var names []string
		for _, f := range page.Fleets {
			names = append(names, *f.Name)
		}
		fmt.Println(strings.Join(names, " "))
	}
	// Output:
	// center east
	// north south
	// west
}

// Sessions added to the server are what the client's DescribeSessions
// lists, and ACTIVE ones are in use in the fleet's capacity.
func ExampleWithSessionsOnRunning() {
	srv := appstreamtest.NewServer(appstreamtest.WithSessionsOnRunning("stack", 2))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()

	_, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{
		Name:            aws.String("fleet"),
		InstanceType:    aws.String("stream.standard.medium"),
		ImageName:       aws.String("AppStream-WinServer2019-06-12-2023"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(3)},
	})
	if err != nil {
		panic(err)
	}
	if _, err := client.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("fleet")}); err != nil {
		panic(err)
	}
	// Without a transition time, the fleet is RUNNING at the next request.
	srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: aws.String("fleet"), UserId: aws.String("alice")})

	in := &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet")}
	for s, err := range appstream.NewDescribeSessionsPaginator(client, in).Sessions(ctx) {
		if err != nil {
			panic(err)
		}
		fmt.Println(*s.UserId, s.State)
	}
	out, err := client.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{"fleet"}})
	if err != nil {
		panic(err)
	}
	c := out.Fleets[0].ComputeCapacityStatus
	fmt.Println("running", *c.Running, "in use", *c.InUse, "available", *c.Available)
	// Output:
	// user1 ACTIVE
	// user2 ACTIVE
	// alice ACTIVE
	// running 3 in use 3 available 0
}

// A test that never sleeps: the waiter's delays between polls (30 s and
// more by default) and the client's backoff after throttling pass on the
// server's FakeClock, so the fleet starts as the waiter waits, and the test
// takes milliseconds. No goroutine moves the clock, so none can move it
// before the fleet has left STOPPED.
func ExampleServer_Sleep() {
	clock := appstreamtest.NewFakeClock(time.Now())
	srv := appstreamtest.NewServer(appstreamtest.WithClock(clock), appstreamtest.WithTransitionTime(10*time.Minute))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config(), func(o *appstream.Options) { o.Retryer = srv.Retryer(o.Retryer) })
	ctx := context.Background()

	_, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{
		Name:            aws.String("training"),
		InstanceType:    aws.String("stream.standard.medium"),
		ImageName:       aws.String("AppStream-WinServer2019-06-12-2023"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(2)},
	})
	if err != nil {
		panic(err)
	}
	if _, err := client.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("training")}); err != nil {
		panic(err)
	}
	srv.InjectFault(appstreamtest.Fault{Operation: "DescribeFleets", Count: 2, Status: 400, Code: "RequestLimitExceededException"})

	began := clock.Now()
	waiter := appstream.NewFleetStartedWaiter(client, func(o *appstream.FleetStartedWaiterOptions) { o.Sleep = srv.Sleep })
	if err := waiter.Wait(ctx, &appstream.DescribeFleetsInput{Names: []string{"training"}}, time.Hour); err != nil {
		panic(err)
	}
	fleet, _ := srv.Fleet("training")
	fmt.Println(fleet.State, "after at least 10 minutes:", clock.Now().Sub(began) >= 10*time.Minute)
	// Output: RUNNING after at least 10 minutes: true
}

// A fleet whose subnet does not exist fails to start, as on the service:
// StartFleet succeeds, the fleet goes back to STOPPED with FleetErrors, and
// the waiter says why.
func ExampleWithMissingSubnets() {
	srv := appstreamtest.NewServer(appstreamtest.WithMissingSubnets("subnet-0deleted"))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()

	_, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{
		Name:            aws.String("training"),
		InstanceType:    aws.String("stream.standard.medium"),
		ImageName:       aws.String("AppStream-WinServer2019-06-12-2023"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(2)},
		VpcConfig:       &types.VpcConfig{SubnetIds: []string{"subnet-0deleted"}},
	})
	if err != nil {
		panic(err)
	}
	if _, err := client.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("training")}); err != nil {
		panic(err)
	}
	err = appstream.NewFleetStartedWaiter(client).Wait(ctx, &appstream.DescribeFleetsInput{Names: []string{"training"}}, time.Hour)
	var stateErr *appstream.FleetStateError
	if errors.As(err, &stateErr) {
		fmt.Println(stateErr.Fleet.State, stateErr.Fleet.FleetErrors[0].ErrorCode)
	}
	fmt.Println(err)
	// Output:
	// STOPPED SUBNET_NOT_FOUND
	// waiter FleetStarted: fleet "training" is STOPPED, so it will not become RUNNING; fleet errors: SUBNET_NOT_FOUND: The subnet ID subnet-0deleted does not exist.
}

// A streaming URL connects its user when it is opened, as a browser opens
// it: the session appears and takes capacity, and ExpireSession ends it.
func ExampleServer_streamingURL() {
	srv := appstreamtest.NewServer() // fleets start at once
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()
	must := func(_ any, err error) {
		if err != nil {
			panic(err)
		}
	}
	name := aws.String("training")
	must(client.CreateFleet(ctx, &appstream.CreateFleetInput{Name: name, ImageName: aws.String(appstreamtest.ImageWindowsServer2022),
		InstanceType: aws.String("stream.standard.medium"), ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(1)}}))
	must(client.CreateStack(ctx, &appstream.CreateStackInput{Name: name}))
	must(client.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: name, StackName: name}))
	must(client.StartFleet(ctx, &appstream.StartFleetInput{Name: name}))

	link, err := client.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: name, FleetName: name, UserId: aws.String("alice")})
	must(link, err)
	resp, err := http.Get(*link.StreamingURL)
	must(resp, err)
	resp.Body.Close()
	fmt.Println(resp.Status)

	sessions, err := client.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: name, FleetName: name})
	must(sessions, err)
	s := sessions.Sessions[0]
	fmt.Println(*s.UserId, s.State, s.ConnectionState, s.AuthenticationType)
	must(client.ExpireSession(ctx, &appstream.ExpireSessionInput{SessionId: s.Id}))
	fleets, err := client.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{*name}})
	must(fleets, err)
	fmt.Println("in use:", *fleets.Fleets[0].ComputeCapacityStatus.InUse)
	// Output:
	// 200 OK
	// alice ACTIVE CONNECTED API
	// in use: 0
}

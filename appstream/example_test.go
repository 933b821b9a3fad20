package appstream_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// The examples run against a local endpoint; with the real service, build
// the client with appstream.NewFromConfig(cfg) from config.LoadDefaultConfig.

func createFleets(ctx context.Context, client *appstream.Client, names ...string) {
	for _, name := range names {
		_, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{
			Name:            aws.String(name),
			ImageName:       aws.String("AppStream-WinServer2019-06-17-2024"),
			InstanceType:    aws.String("stream.standard.medium"),
			ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(1)},
		})
		if err != nil {
			panic(err)
		}
	}
}

func ExampleClient_CreateFleet() {
	srv := appstreamtest.NewServer()
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()

	in := &appstream.CreateFleetInput{
		Name:            aws.String("training"),
		ImageName:       aws.String("AppStream-WinServer2019-06-17-2024"),
		InstanceType:    aws.String("stream.standard.medium"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(2)},
		VpcConfig:       &types.VpcConfig{SubnetIds: []string{"subnet-1a", "subnet-1b"}, SecurityGroupIds: []string{"sg-1"}},
	}
	out, err := client.CreateFleet(ctx, in)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(*out.Fleet.Arn, out.Fleet.State, *out.Fleet.ComputeCapacityStatus.Desired)

	_, err = client.CreateFleet(ctx, in)
	var exists *types.ResourceAlreadyExistsException
	fmt.Println(errors.As(err, &exists))
	// Output:
	// arn:aws:appstream:us-east-1:123456789012:fleet/training STOPPED 2
	// true
}

func ExampleDescribeFleetsPaginator() {
	srv := appstreamtest.NewServer(appstreamtest.WithFleetPageSize(2))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()
	createFleets(ctx, client, "fleet-a", "fleet-b", "fleet-c", "fleet-d", "fleet-e")

	p := appstream.NewDescribeFleetsPaginator(client, nil)
	for page := 1; p.HasMorePages(); page++ {
		out, err := p.NextPage(ctx)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("page %d:", page)
		for _, f := range out.Fleets {
			fmt.Printf(" %s", *f.Name)
		}
		fmt.Println()
	}
	// Output:
	// page 1: fleet-a fleet-b
	// page 2: fleet-c fleet-d
	// page 3: fleet-e
}

func ExampleDescribeSessionsPaginator_Sessions() {
	srv := appstreamtest.NewServer()
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()
	for _, user := range []string{"alice", "bob", "carol", "dave"} {
		srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: aws.String("fleet"), UserId: aws.String(user)})
	}

	// Two sessions a page; the iterator reads the pages as it goes.
	in := &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), Limit: aws.Int32(2)}
	for s, err := range appstream.NewDescribeSessionsPaginator(client, in).Sessions(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(*s.UserId, s.State)
	}
	fmt.Println("requests:", srv.Requests("DescribeSessions"))
	// Output:
	// alice ACTIVE
	// bob ACTIVE
	// carol ACTIVE
	// dave ACTIVE
	// requests: 2
}

func ExampleDescribeFleetsPaginator_Fleets() {
	srv := appstreamtest.NewServer(appstreamtest.WithFleetPageSize(2))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()
	createFleets(ctx, client, "fleet-a", "fleet-b", "fleet-c", "fleet-d", "fleet-e")

	// Breaking out of the loop stops reading pages.
	for fleet, err := range appstream.NewDescribeFleetsPaginator(client, nil).Fleets(ctx) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(*fleet.Name, fleet.State)
		if *fleet.Name == "fleet-c" {
			break
		}
	}
	fmt.Println("requests:", srv.Requests("DescribeFleets"))
	// Output:
	// fleet-a STOPPED
	// fleet-b STOPPED
	// fleet-c STOPPED
	// requests: 2
}

func ExampleFleetStartedWaiter_Wait() {
	srv := appstreamtest.NewServer(appstreamtest.WithTransitionTime(100 * time.Millisecond))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()
	createFleets(ctx, client, "training")

	if _, err := client.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("training")}); err != nil {
		fmt.Println(err)
		return
	}
	// The real service takes minutes: keep the default delays (30 s to 120 s)
	// there. The local endpoint takes 100 ms.
	waiter := appstream.NewFleetStartedWaiter(client, func(o *appstream.FleetStartedWaiterOptions) {
		o.MinDelay, o.MaxDelay = 20*time.Millisecond, 50*time.Millisecond
	})
	out, err := waiter.WaitForOutput(ctx, &appstream.DescribeFleetsInput{Names: []string{"training"}}, 10*time.Minute)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(*out.Fleets[0].Name, out.Fleets[0].State)

	// A stopped fleet does not become RUNNING by waiting: the waiter fails.
	createFleets(ctx, client, "idle")
	err = waiter.Wait(ctx, &appstream.DescribeFleetsInput{Names: []string{"idle"}}, 10*time.Minute)
	fmt.Println(err)
	// Output:
	// training RUNNING
	// waiter FleetStarted: fleet "idle" is STOPPED, so it will not become RUNNING
}

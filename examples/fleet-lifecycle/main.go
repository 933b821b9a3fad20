// Command fleet-lifecycle walks an AppStream 2.0 fleet through its life:
// create, start, wait until RUNNING, update its capacity, list its sessions,
// stop, wait until STOPPED, delete.
//
// With no flags it runs offline, against a local endpoint (appstreamtest)
// started in the process, so it needs no AWS account. With -aws it uses the
// real service through config.LoadDefaultConfig: a running fleet costs money.
//
//	go run ./examples/fleet-lifecycle
//	go run ./examples/fleet-lifecycle -aws -image AppStream-WinServer2019-06-17-2024 -stack my-stack
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

func main() {
	var (
		useAWS       = flag.Bool("aws", false, "use the real AppStream service (config.LoadDefaultConfig) instead of a local endpoint; fleets cost money")
		name         = flag.String("name", "lifecycle-demo", "name of the fleet to create (and delete at the end)")
		image        = flag.String("image", appstreamtest.ImageWindowsServer2019, "image the fleet runs")
		instanceType = flag.String("instance-type", "stream.standard.medium", "instance type of the fleet")
		stack        = flag.String("stack", "local-stack", "stack whose sessions are listed once the fleet runs")
		transition   = flag.Duration("transition", 2*time.Second, "local endpoint only: how long the fleet stays STARTING and STOPPING")
		timeout      = flag.Duration("timeout", 30*time.Minute, "how long to wait for each state change")
	)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: fleet-lifecycle [flags]\n\n"+
			"Creates a fleet, starts it, waits until it runs, raises its capacity, lists its\n"+
			"sessions, stops it, waits until it stops and deletes it, printing each step.\n"+
			"Without -aws, everything happens on a local AppStream endpoint in this process.\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	ctx := context.Background()
	client, minDelay, done, err := newClient(ctx, *useAWS, *stack, *transition)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fleet-lifecycle:", err)
		os.Exit(1)
	}
	defer done()
	if err := run(ctx, client, *name, *image, *instanceType, *stack, minDelay, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "fleet-lifecycle:", err)
		done()
		os.Exit(1)
	}
}

// newClient returns a client for the real service or for a local endpoint
// started here, the shortest delay between the waiters' polls, and what to
// call at the end.
func newClient(ctx context.Context, useAWS bool, stack string, transition time.Duration) (*appstream.Client, time.Duration, func(), error) {
	if useAWS {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return nil, 0, nil, fmt.Errorf("loading the AWS configuration: %w", err)
		}
		return appstream.NewFromConfig(cfg), 30 * time.Second, func() {}, nil
	}
	srv := appstreamtest.NewServer(
		appstreamtest.WithTransitionTime(transition),
		appstreamtest.WithSessionsOnRunning(stack, 2),
	)
	fmt.Printf("local AppStream endpoint at %s (no AWS account used)\n", srv.URL)
	return appstream.NewFromConfig(srv.Config()), max(transition/4, 10*time.Millisecond), srv.Close, nil
}

func run(ctx context.Context, client *appstream.Client, name, image, instanceType, stack string, minDelay, timeout time.Duration) (err error) {
	step := func(format string, args ...any) {
		fmt.Printf("%s  "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
	}

	created, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{
		Name:                       aws.String(name),
		ImageName:                  aws.String(image),
		InstanceType:               aws.String(instanceType),
		FleetType:                  types.FleetTypeOnDemand,
		ComputeCapacity:            &types.ComputeCapacity{DesiredInstances: aws.Int32(3)},
		MaxUserDurationInSeconds:   aws.Int32(57600),
		DisconnectTimeoutInSeconds: aws.Int32(900),
	})
	var exists *types.ResourceAlreadyExistsException
	if errors.As(err, &exists) {
		return fmt.Errorf("a fleet named %q exists already; choose another -name", name)
	}
	if err != nil {
		return err
	}
	step("created fleet %s (%s), state %s", name, aws.ToString(created.Fleet.Arn), created.Fleet.State)
	defer func() {
		if err != nil {
			cleanUp(ctx, client, name, minDelay, timeout)
		}
	}()

	if _, err := client.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String(name)}); err != nil {
		return err
	}
	step("started fleet %s; waiting until it is RUNNING", name)
	describe := &appstream.DescribeFleetsInput{Names: []string{name}}
	running, err := appstream.NewFleetStartedWaiter(client, func(o *appstream.FleetStartedWaiterOptions) {
		o.MinDelay, o.MaxDelay = minDelay, 4*minDelay
	}).WaitForOutput(ctx, describe, timeout)
	if err != nil {
		return err
	}
	printCapacity(step, running.Fleets[0])

	updated, err := client.UpdateFleet(ctx, &appstream.UpdateFleetInput{
		Name:            aws.String(name),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(5)},
	})
	if err != nil {
		return err
	}
	step("updated the capacity to %d instances", aws.ToInt32(updated.Fleet.ComputeCapacityStatus.Desired))

	sessions := appstream.NewDescribeSessionsPaginator(client, &appstream.DescribeSessionsInput{
		StackName: aws.String(stack),
		FleetName: aws.String(name),
	})
	count := 0
	for sessions.HasMorePages() {
		page, err := sessions.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, s := range page.Sessions {
			count++
			step("session %s: user %s, %s, %s", aws.ToString(s.Id), aws.ToString(s.UserId), s.State, s.ConnectionState)
		}
	}
	step("%d sessions on stack %s", count, stack)

	if _, err := client.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String(name)}); err != nil {
		return err
	}
	step("stopped fleet %s; waiting until it is STOPPED", name)
	if err := appstream.NewFleetStoppedWaiter(client, func(o *appstream.FleetStoppedWaiterOptions) {
		o.MinDelay, o.MaxDelay = minDelay, 4*minDelay
	}).Wait(ctx, describe, timeout); err != nil {
		return err
	}
	step("fleet %s is STOPPED", name)

	if _, err := client.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String(name)}); err != nil {
		return err
	}
	step("deleted fleet %s", name)
	return nil
}

// cleanUp stops and deletes the fleet after a failed step, so that a failed
// run against the real service does not leave a fleet running.
func cleanUp(ctx context.Context, client *appstream.Client, name string, minDelay, timeout time.Duration) {
	fmt.Fprintf(os.Stderr, "cleaning up: stopping and deleting fleet %s\n", name)
	_, _ = client.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String(name)})
	_ = appstream.NewFleetStoppedWaiter(client, func(o *appstream.FleetStoppedWaiterOptions) {
		o.MinDelay, o.MaxDelay = minDelay, 4*minDelay
		// A fleet that was still starting is stopping now: keep waiting.
		o.Retryable = func(_ context.Context, _ *appstream.DescribeFleetsInput, out *appstream.DescribeFleetsOutput, err error) (bool, error) {
			if err != nil {
				return false, err
			}
			return len(out.Fleets) > 0 && out.Fleets[0].State != types.FleetStateStopped, nil
		}
	}).Wait(ctx, &appstream.DescribeFleetsInput{Names: []string{name}}, max(timeout, 30*time.Minute))
	if _, err := client.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String(name)}); err != nil {
		fmt.Fprintf(os.Stderr, "cleaning up: %v; delete fleet %s yourself\n", err, name)
		return
	}
	fmt.Fprintf(os.Stderr, "cleaning up: deleted fleet %s\n", name)
}

func printCapacity(step func(string, ...any), f types.Fleet) {
	c := f.ComputeCapacityStatus
	step("fleet %s is %s: desired %d, running %d, in use %d, available %d", aws.ToString(f.Name), f.State,
		aws.ToInt32(c.Desired), aws.ToInt32(c.Running), aws.ToInt32(c.InUse), aws.ToInt32(c.Available))
}

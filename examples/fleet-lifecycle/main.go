// Command fleet-lifecycle runs an AppStream 2.0 operator's whole workflow:
// find an image, create a fleet and a stack (tagged), associate them, start
// the fleet and wait until it runs, raise its capacity, create a streaming
// URL for a user and open it, see the user's session appear, expire it, stop
// the fleet and wait until it stops, disassociate, and delete the stack and
// the fleet. After a failed step it deletes what it created.
//
// With no flags it runs offline, against a local endpoint (appstreamtest)
// started in the process, so it needs no AWS account: opening the streaming
// URL is an HTTP GET, as a browser's. With -aws it uses the real service
// through config.LoadDefaultConfig, prints the streaming URL for you to open
// in a browser, and waits for your session: a running fleet costs money.
//
//	go run ./examples/fleet-lifecycle
//	go run ./examples/fleet-lifecycle -aws -platform WINDOWS_SERVER_2022
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

func main() {
	w := workflow{out: os.Stdout}
	var (
		useAWS     = flag.Bool("aws", false, "use the real AppStream service (config.LoadDefaultConfig) instead of a local endpoint; fleets cost money")
		platform   = flag.String("platform", string(types.PlatformTypeWindowsServer2019), "platform of the image to find, when -image is not given")
		transition = flag.Duration("transition", 2*time.Second, "local endpoint only: how long the fleet stays STARTING and STOPPING")
	)
	flag.StringVar(&w.fleet, "name", "lifecycle-demo", "name of the fleet to create (and delete at the end)")
	flag.StringVar(&w.stack, "stack", "lifecycle-demo", "name of the stack to create (and delete at the end)")
	flag.StringVar(&w.image, "image", "", "image the fleet runs (default: the newest public image of -platform)")
	flag.StringVar(&w.instanceType, "instance-type", "stream.standard.medium", "instance type of the fleet")
	flag.StringVar(&w.user, "user", "demo-user", "user ID of the streaming URL")
	flag.DurationVar(&w.timeout, "timeout", 30*time.Minute, "how long to wait for each state change, and for the session")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: fleet-lifecycle [flags]\n\n"+
			"Finds an image; creates a fleet and a stack and associates them; starts the fleet and\n"+
			"waits until it runs; raises its capacity; creates a streaming URL and opens it; shows the\n"+
			"session and expires it; stops the fleet and waits; disassociates; deletes the stack and\n"+
			"the fleet, printing each step. Without -aws, everything happens on a local AppStream\n"+
			"endpoint in this process.\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	w.platform = types.PlatformType(*platform)
	if !slices.Contains(w.platform.Values(), w.platform) {
		fmt.Fprintf(os.Stderr, "fleet-lifecycle: -platform %s is not one of %v\n", w.platform, w.platform.Values())
		os.Exit(2)
	}

	ctx := context.Background()
	done, err := w.connect(ctx, *useAWS, *transition)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fleet-lifecycle:", err)
		os.Exit(1)
	}
	err = w.run(ctx)
	done()
	if err != nil {
		fmt.Fprintln(os.Stderr, "fleet-lifecycle:", err)
		os.Exit(1)
	}
}

// workflow is one run of the operator's workflow, and what it created.
type workflow struct {
	client                                  *appstream.Client
	fleet, stack, image, instanceType, user string
	platform                                types.PlatformType
	minDelay, timeout                       time.Duration
	out                                     io.Writer
	open                                    func(ctx context.Context, url string) error // opens a streaming URL as a user does
	createdFleet, createdStack, associated  bool
}

// connect builds the client for the real service or for a local endpoint
// started here, and returns what to call at the end.
func (w *workflow) connect(ctx context.Context, useAWS bool, transition time.Duration) (func(), error) {
	if useAWS {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return nil, fmt.Errorf("loading the AWS configuration: %w", err)
		}
		w.client, w.minDelay = appstream.NewFromConfig(cfg), 30*time.Second
		w.open = func(_ context.Context, url string) error {
			w.step("open this URL in a browser within 5 minutes, as %s:\n\n    %s\n", w.user, url)
			return nil
		}
		return func() {}, nil
	}
	srv := appstreamtest.NewServer(appstreamtest.WithTransitionTime(transition))
	fmt.Fprintf(w.out, "local AppStream endpoint at %s (no AWS account used)\n", srv.URL)
	w.client, w.minDelay = appstream.NewFromConfig(srv.Config()), max(transition/4, 10*time.Millisecond)
	w.open = func(ctx context.Context, url string) error {
		w.step("opening it with an HTTP GET, as %s's browser would: %s", w.user, url)
		return get(ctx, url)
	}
	return srv.Close, nil
}

// get opens a streaming URL of the local endpoint, as a browser does.
func get(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("opening the streaming URL: %s\n%s", resp.Status, page)
	}
	return nil
}

func (w *workflow) step(format string, args ...any) {
	fmt.Fprintf(w.out, "%s  "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

// run runs the workflow; after a failed step it deletes what it created.
func (w *workflow) run(ctx context.Context) (err error) {
	defer func() {
		if err != nil {
			w.cleanUp(ctx)
		}
	}()
	c := w.client
	image, err := w.findImage(ctx)
	if err != nil {
		return err
	}
	w.step("image %s (%s, %s)", aws.ToString(image.Name), image.Platform, image.State)

	tags := map[string]string{"example": "fleet-lifecycle"}
	created, err := c.CreateFleet(ctx, &appstream.CreateFleetInput{
		Name:                       aws.String(w.fleet),
		ImageName:                  image.Name,
		InstanceType:               aws.String(w.instanceType),
		FleetType:                  types.FleetTypeOnDemand,
		ComputeCapacity:            &types.ComputeCapacity{DesiredInstances: aws.Int32(1)},
		MaxUserDurationInSeconds:   aws.Int32(57600),
		DisconnectTimeoutInSeconds: aws.Int32(900),
		Tags:                       tags,
	})
	var exists *types.ResourceAlreadyExistsException
	if errors.As(err, &exists) {
		return fmt.Errorf("a fleet named %q exists already; choose another -name", w.fleet)
	}
	if err != nil {
		return err
	}
	w.createdFleet = true
	fleetArn := created.Fleet.Arn
	w.step("created fleet %s (%s), state %s", w.fleet, aws.ToString(fleetArn), created.Fleet.State)

	stack, err := c.CreateStack(ctx, &appstream.CreateStackInput{
		Name:         aws.String(w.stack),
		DisplayName:  aws.String("Lifecycle demo"),
		UserSettings: []types.UserSetting{{Action: types.ActionFileDownload, Permission: types.PermissionDisabled}},
		Tags:         tags,
	})
	if errors.As(err, &exists) {
		return fmt.Errorf("a stack named %q exists already; choose another -stack", w.stack)
	}
	if err != nil {
		return err
	}
	w.createdStack = true
	w.step("created stack %s (%s)", w.stack, aws.ToString(stack.Stack.Arn))

	if _, err := c.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: aws.String(w.fleet), StackName: aws.String(w.stack)}); err != nil {
		return err
	}
	w.associated = true
	if _, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: fleetArn, Tags: map[string]string{"stack": w.stack}}); err != nil {
		return err
	}
	listed, err := c.ListTagsForResource(ctx, &appstream.ListTagsForResourceInput{ResourceArn: fleetArn})
	if err != nil {
		return err
	}
	w.step("associated fleet %s with stack %s; the fleet's tags: %v", w.fleet, w.stack, listed.Tags)

	if _, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String(w.fleet)}); err != nil {
		return err
	}
	w.step("started fleet %s; waiting until it is RUNNING", w.fleet)
	describe := &appstream.DescribeFleetsInput{Names: []string{w.fleet}}
	running, err := appstream.NewFleetStartedWaiter(c, func(o *appstream.FleetStartedWaiterOptions) {
		o.MinDelay, o.MaxDelay = w.minDelay, 4*w.minDelay
	}).WaitForOutput(ctx, describe, w.timeout)
	if err != nil {
		return err
	}
	w.printCapacity(running.Fleets[0])
	updated, err := c.UpdateFleet(ctx, &appstream.UpdateFleetInput{
		Name:            aws.String(w.fleet),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(2)},
	})
	if err != nil {
		return err
	}
	w.step("raised the capacity to %d instances", aws.ToInt32(updated.Fleet.ComputeCapacityStatus.Desired))

	if err := w.connectUser(ctx); err != nil {
		return err
	}

	if _, err := c.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String(w.fleet)}); err != nil {
		return err
	}
	w.step("stopped fleet %s; waiting until it is STOPPED", w.fleet)
	if err := w.waitStopped(ctx); err != nil {
		return err
	}
	w.step("fleet %s is STOPPED", w.fleet)
	if _, err := c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: fleetArn, TagKeys: []string{"stack"}}); err != nil {
		return err
	}
	return w.tearDown(ctx)
}

// findImage returns the -image, or the newest AVAILABLE public image of the
// platform for the instance type (graphics images for graphics instances
// only), reading every page of DescribeImages.
func (w *workflow) findImage(ctx context.Context) (types.Image, error) {
	in := &appstream.DescribeImagesInput{Type: types.VisibilityTypePublic}
	if w.image != "" {
		in = &appstream.DescribeImagesInput{Names: []string{w.image}}
	}
	var best types.Image
	graphics := strings.HasPrefix(w.instanceType, "stream.graphics.")
	for img, err := range appstream.NewDescribeImagesPaginator(w.client, in).Images(ctx) {
		if err != nil {
			return types.Image{}, err
		}
		if w.image != "" {
			return img, nil
		}
		if img.Platform != w.platform || img.State != types.ImageStateAvailable || strings.Contains(aws.ToString(img.Name), "Graphics") != graphics {
			continue
		}
		if best.Name == nil || aws.ToTime(img.CreatedTime).After(aws.ToTime(best.CreatedTime)) {
			best = img
		}
	}
	if best.Name == nil {
		return best, fmt.Errorf("no AVAILABLE public image of platform %s for %s: name one with -image", w.platform, w.instanceType)
	}
	return best, nil
}

// connectUser creates a streaming URL, opens it, waits for the user's
// session and expires it.
func (w *workflow) connectUser(ctx context.Context) error {
	c := w.client
	link, err := c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{
		StackName: aws.String(w.stack), FleetName: aws.String(w.fleet), UserId: aws.String(w.user), Validity: aws.Int64(300),
	})
	if err != nil {
		return err
	}
	w.step("streaming URL for %s, valid until %s", w.user, aws.ToTime(link.Expires).Local().Format("15:04:05"))
	if err := w.open(ctx, *link.StreamingURL); err != nil {
		return err
	}
	session, err := w.waitForSession(ctx)
	if err != nil {
		return err
	}
	w.step("session %s: user %s, %s, %s, on instance %s", aws.ToString(session.Id), aws.ToString(session.UserId),
		session.State, session.ConnectionState, aws.ToString(session.InstanceId))
	fleet, err := c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{w.fleet}})
	if err != nil {
		return err
	}
	w.printCapacity(fleet.Fleets[0])

	if _, err := c.ExpireSession(ctx, &appstream.ExpireSessionInput{SessionId: session.Id}); err != nil {
		return err
	}
	w.step("expired session %s", aws.ToString(session.Id))
	return nil
}

// waitForSession polls DescribeSessions until the user has an ACTIVE
// session on the stack and fleet.
func (w *workflow) waitForSession(ctx context.Context) (types.Session, error) {
	ctx, cancel := context.WithTimeout(ctx, w.timeout)
	defer cancel()
	in := &appstream.DescribeSessionsInput{StackName: aws.String(w.stack), FleetName: aws.String(w.fleet),
		UserId: aws.String(w.user), AuthenticationType: types.AuthenticationTypeApi}
	for {
		for s, err := range appstream.NewDescribeSessionsPaginator(w.client, in).Sessions(ctx) {
			if err != nil {
				return types.Session{}, err
			}
			if s.State == types.SessionStateActive {
				return s, nil
			}
		}
		select {
		case <-ctx.Done():
			return types.Session{}, fmt.Errorf("no session of %s on fleet %s: %w", w.user, w.fleet, ctx.Err())
		case <-time.After(w.minDelay):
		}
	}
}

func (w *workflow) waitStopped(ctx context.Context) error {
	return appstream.NewFleetStoppedWaiter(w.client, func(o *appstream.FleetStoppedWaiterOptions) {
		o.MinDelay, o.MaxDelay = w.minDelay, 4*w.minDelay
		// A fleet that was still starting is stopping now: keep waiting.
		o.Retryable = func(_ context.Context, _ *appstream.DescribeFleetsInput, out *appstream.DescribeFleetsOutput, err error) (bool, error) {
			if err != nil {
				return false, err
			}
			return len(out.Fleets) > 0 && out.Fleets[0].State != types.FleetStateStopped, nil
		}
	}).Wait(ctx, &appstream.DescribeFleetsInput{Names: []string{w.fleet}}, max(w.timeout, 30*time.Minute))
}

// tearDown disassociates the fleet and the stack, and deletes them, as far
// as they were created.
func (w *workflow) tearDown(ctx context.Context) error {
	c := w.client
	if w.associated {
		if _, err := c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: aws.String(w.fleet), StackName: aws.String(w.stack)}); err != nil {
			return err
		}
		w.associated = false
		w.step("disassociated fleet %s from stack %s", w.fleet, w.stack)
	}
	if w.createdStack {
		if _, err := c.DeleteStack(ctx, &appstream.DeleteStackInput{Name: aws.String(w.stack)}); err != nil {
			return err
		}
		w.createdStack = false
		w.step("deleted stack %s", w.stack)
	}
	if w.createdFleet {
		if _, err := c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String(w.fleet)}); err != nil {
			return err
		}
		w.createdFleet = false
		w.step("deleted fleet %s", w.fleet)
	}
	return nil
}

// cleanUp stops the fleet and deletes what the run created after a failed
// step, so that a failed run against the real service leaves nothing
// running.
func (w *workflow) cleanUp(ctx context.Context) {
	if !w.createdFleet && !w.createdStack {
		return
	}
	fmt.Fprintf(os.Stderr, "cleaning up: deleting what this run created\n")
	if w.createdFleet {
		_, _ = w.client.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String(w.fleet)})
		_ = w.waitStopped(ctx)
	}
	if err := w.tearDown(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "cleaning up: %v; delete fleet %s and stack %s yourself\n", err, w.fleet, w.stack)
	}
}

func (w *workflow) printCapacity(f types.Fleet) {
	c := f.ComputeCapacityStatus
	w.step("fleet %s is %s: desired %d, running %d, in use %d, available %d", aws.ToString(f.Name), f.State,
		aws.ToInt32(c.Desired), aws.ToInt32(c.Running), aws.ToInt32(c.InUse), aws.ToInt32(c.Available))
}

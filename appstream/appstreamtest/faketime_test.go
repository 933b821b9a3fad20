package appstreamtest_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// TestClientFakeTime is a user's test as the package documentation shows
// it: a FakeClock near the real time, signatures checked, fleets that take
// 10 minutes to start and stop, the waiters' default delays (30 s to 2 min)
// and the client's default retries, with DescribeFleets throttled. The
// waits pass on the fake clock: the test sleeps for none of them.
func TestClientFakeTime(t *testing.T) {
	t.Parallel()
	began := time.Now()
	clock := appstreamtest.NewFakeClock(time.Now())
	srv := startServer(t, appstreamtest.WithClock(clock), appstreamtest.WithTransitionTime(10*time.Minute))
	counter, count := countAttempts()
	client := appstream.NewFromConfig(srv.Config(), count, func(o *appstream.Options) { o.Retryer = srv.Retryer(o.Retryer) })
	ctx := context.Background()
	throttle := func() {
		srv.InjectFault(appstreamtest.Fault{Operation: "DescribeFleets", Count: 2, Status: 400, Code: "RequestLimitExceededException"})
	}
	describe := &appstream.DescribeFleetsInput{Names: []string{"f"}}

	createFleet(t, client, fleetInput("f"))
	startFleet(t, client, "f")
	throttle()
	fakeStart := clock.Now()
	started := appstream.NewFleetStartedWaiter(client, func(o *appstream.FleetStartedWaiterOptions) { o.Sleep = srv.Sleep })
	if err := started.Wait(ctx, describe, time.Hour); err != nil {
		t.Fatal(err)
	}
	if waited := clock.Now().Sub(fakeStart); waited < 10*time.Minute || waited > 15*time.Minute {
		t.Errorf("the waiter waited %v on the fake clock, want between the 10 minutes of the transition and 15", waited)
	}

	stopFleet(t, client, "f")
	throttle()
	stopped := appstream.NewFleetStoppedWaiter(client, func(o *appstream.FleetStoppedWaiterOptions) { o.Sleep = srv.Sleep })
	if err := stopped.Wait(ctx, describe, time.Hour); err != nil {
		t.Fatal(err)
	}
	if f := describeFleet(t, client, "f"); f.State != types.FleetStateStopped {
		t.Errorf("fleet is %s, want STOPPED", f.State)
	}
	// Every attempt reached the server and passed the signature check,
	// although the fake clock is now 20 minutes ahead of the client's.
	if sent, counted := counter.attempts("DescribeFleets"), srv.Requests("DescribeFleets"); sent != counted || counted < 8 {
		t.Errorf("the client sent %d DescribeFleets requests and the server accepted %d; want the same, and at least 8 (2 throttled per wait)", sent, counted)
	}
	elapsed := time.Since(began)
	t.Logf("%v on the fake clock in %v of real time, %d DescribeFleets requests", clock.Now().Sub(fakeStart), elapsed, srv.Requests("DescribeFleets"))
	if elapsed > 10*time.Second {
		t.Errorf("the test took %v of real time: something waited in real time (a single waiter delay is 30 s)", elapsed)
	}
}

// TestClientFakeTimeMaxWait checks that a waiter on Server.Sleep gives up
// after its maximum wait on the fake clock, not in real time.
func TestClientFakeTimeMaxWait(t *testing.T) {
	t.Parallel()
	clock := appstreamtest.NewFakeClock(time.Now())
	srv := startServer(t, appstreamtest.WithClock(clock), appstreamtest.WithTransitionTime(2*time.Hour))
	client := newClient(srv)
	createFleet(t, client, fleetInput("f"))
	startFleet(t, client, "f")
	began := clock.Now()
	err := appstream.NewFleetStartedWaiter(client, func(o *appstream.FleetStartedWaiterOptions) { o.Sleep = srv.Sleep }).
		Wait(context.Background(), &appstream.DescribeFleetsInput{Names: []string{"f"}}, time.Hour)
	if err == nil || !strings.Contains(err.Error(), "exceeded max wait time") {
		t.Fatalf("waiter: %v, want it to exceed its maximum wait", err)
	}
	if waited := clock.Now().Sub(began); waited > time.Hour || waited < 50*time.Minute {
		t.Errorf("the waiter waited %v on the fake clock, want nearly its hour", waited)
	}
	if f := describeFleet(t, client, "f"); f.State != types.FleetStateStarting {
		t.Errorf("fleet is %s, want STARTING still", f.State)
	}
}

// TestServerSleep checks Server.Sleep on its own: it moves a FakeClock at
// once, sleeps on the system's clock, and stops for a context that ended.
func TestServerSleep(t *testing.T) {
	t.Parallel()
	t.Run("fake clock", func(t *testing.T) {
		t.Parallel()
		clock := appstreamtest.NewFakeClock(fixedStart)
		srv := startServer(t, appstreamtest.WithClock(clock))
		if err := srv.Sleep(context.Background(), time.Hour); err != nil {
			t.Fatal(err)
		}
		if got := clock.Now(); !got.Equal(fixedStart.Add(time.Hour)) {
			t.Errorf("clock at %v, want an hour later than %v", got, fixedStart)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := srv.Sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
			t.Errorf("Sleep with a cancelled context: %v, want context.Canceled", err)
		}
		if got := clock.Now(); !got.Equal(fixedStart.Add(time.Hour)) {
			t.Errorf("a cancelled Sleep moved the clock to %v", got)
		}
	})
	t.Run("system clock", func(t *testing.T) {
		t.Parallel()
		srv := startServer(t)
		began := time.Now()
		if err := srv.Sleep(context.Background(), 20*time.Millisecond); err != nil {
			t.Fatal(err)
		}
		if elapsed := time.Since(began); elapsed < 20*time.Millisecond {
			t.Errorf("Sleep returned after %v, want 20ms", elapsed)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
		defer cancel()
		if err := srv.Sleep(ctx, time.Hour); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Sleep past the context's deadline: %v, want context.DeadlineExceeded", err)
		}
		if r := aws.Retryer(nil); srv.Retryer(r) != nil {
			t.Error("Retryer wrapped a retryer on the system's clock")
		}
	})
}

// TestWaiterSleepError checks that a waiter's Sleep that fails for a reason
// of its own ends the wait with that error.
func TestWaiterSleepError(t *testing.T) {
	t.Parallel()
	_, c, _ := fakeServer(t)
	createFleet(t, c, fleetInput("f"))
	startFleet(t, c, "f")
	broken := errors.New("the clock broke")
	var delays []time.Duration
	err := appstream.NewFleetStartedWaiter(c).Wait(context.Background(), &appstream.DescribeFleetsInput{Names: []string{"f"}}, time.Hour,
		func(o *appstream.FleetStartedWaiterOptions) {
			o.Sleep = func(_ context.Context, d time.Duration) error {
				delays = append(delays, d)
				return broken
			}
		})
	if !errors.Is(err, broken) {
		t.Errorf("waiter: %v, want the Sleep's error", err)
	}
	if len(delays) != 1 || delays[0] != 30*time.Second {
		t.Errorf("Sleep was asked for %v, want the first delay alone, 30s", delays)
	}
}

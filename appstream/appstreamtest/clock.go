package appstreamtest

import (
	"context"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	smithytime "github.com/aws/smithy-go/time"
)

// Clock tells the server what time it is. The server reads it for fleet state
// transitions, timestamps in responses, the response Date header and the
// SigV4 date check.
type Clock interface {
	Now() time.Time
}

// realClock is the default Clock: the system's time.
type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

// FakeClock is a Clock that moves only when told to, so tests can walk fleets
// through their states without sleeping. It is safe for concurrent use.
type FakeClock struct {
	mu  sync.Mutex
	now time.Time
}

// NewFakeClock returns a FakeClock that reads start until it is moved.
func NewFakeClock(start time.Time) *FakeClock {
	return &FakeClock{now: start}
}

// Now returns the clock's current time.
func (c *FakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock forward by d (backward if d is negative).
func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// Set moves the clock to t.
func (c *FakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

// advancer is a Clock that can be moved forward, as FakeClock can.
type advancer interface {
	Advance(time.Duration)
}

// Sleep waits for d on the server's clock. With a FakeClock (or any Clock
// with an Advance(time.Duration) method) it moves the clock forward by d and
// returns at once; with another clock it waits for d in real time. It
// returns ctx's error if ctx has ended, or ends while waiting.
//
// Give it to the client's waiters, so that their waits between polls pass
// on the server's clock and fleets change state as they wait, without a test
// sleeping or racing the clock against the fleet:
//
//	w := appstream.NewFleetStartedWaiter(client, func(o *appstream.FleetStartedWaiterOptions) { o.Sleep = srv.Sleep })
//
// Time slept this way does not pass on the clients' own clocks, which sign
// their requests; so that they stay within the signature check's 5 minutes,
// the server discounts it in that check and in the Date header of its
// responses. Moving the clock with FakeClock.Advance is not discounted.
func (s *Server) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	clock, ok := s.clock.(advancer)
	if !ok {
		return smithytime.SleepWithContext(ctx, d)
	}
	if d > 0 {
		s.mu.Lock()
		defer s.mu.Unlock()
		clock.Advance(d)
		s.slept += d
	}
	return nil
}

// wireNow is the time the server shows on the wire: its clock, less the time
// clients slept through Sleep.
func (s *Server) wireNow() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.clock.Now().Add(-s.slept)
}

// Retryer returns r, with its waits between attempts passed with Sleep: on
// a FakeClock, a call that is retried, after throttling say, moves the clock
// by the backoff r chooses and retries at once. The decisions are r's. Wrap
// a client's retryer with it:
//
//	client := appstream.NewFromConfig(srv.Config(), func(o *appstream.Options) { o.Retryer = srv.Retryer(o.Retryer) })
//
// With a clock that cannot be moved, it returns r.
func (s *Server) Retryer(r aws.Retryer) aws.Retryer {
	if _, ok := s.clock.(advancer); !ok {
		return r
	}
	return &sleepingRetryer{Retryer: r, srv: s}
}

// sleepingRetryer is a retryer whose delays pass on the server's clock.
type sleepingRetryer struct {
	aws.Retryer
	srv *Server
}

func (r *sleepingRetryer) RetryDelay(attempt int, err error) (time.Duration, error) {
	d, derr := r.Retryer.RetryDelay(attempt, err)
	if derr != nil {
		return d, derr
	}
	return 0, r.srv.Sleep(context.Background(), d)
}

func (r *sleepingRetryer) GetAttemptToken(ctx context.Context) (func(error) error, error) {
	if v2, ok := r.Retryer.(aws.RetryerV2); ok {
		return v2.GetAttemptToken(ctx)
	}
	return r.Retryer.GetInitialToken(), nil
}

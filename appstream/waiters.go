package appstream

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/aws/smithy-go/logging"
	"github.com/aws/smithy-go/middleware"
	smithytime "github.com/aws/smithy-go/time"
	smithywaiter "github.com/aws/smithy-go/waiter"

	"github.com/appstreamkit/appstream-go/types"
)

// FleetStartedWaiterOptions configure a FleetStartedWaiter (and, as
// FleetStoppedWaiterOptions, a FleetStoppedWaiter).
type FleetStartedWaiterOptions struct {
	// APIOptions change the middleware stack of each DescribeFleets call
	// the waiter makes (before ClientOptions apply).
	APIOptions []func(*middleware.Stack) error

	// ClientOptions change the client's options for the waiter's calls.
	ClientOptions []func(*Options)

	// MinDelay is the shortest wait between two polls (30 s by default).
	MinDelay time.Duration

	// MaxDelay is the longest wait between two polls (120 s by default).
	MaxDelay time.Duration

	// LogWaitAttempts logs each poll to the client's logger.
	LogWaitAttempts bool

	// Retryable decides, from the fleets of every page, whether to poll
	// again (true), stop (false), or fail (an error). The default succeeds
	// when every fleet is RUNNING and fails when one is STOPPING or STOPPED
	// (for FleetStoppedWaiter: STOPPED, and STARTING or RUNNING).
	Retryable func(context.Context, *DescribeFleetsInput, *DescribeFleetsOutput, error) (bool, error)

	// Sleep waits between polls; the default is a timer, as
	// smithy-go/time.SleepWithContext. It returns early, with ctx's error,
	// when ctx ends. Tests can make the waits move a fake clock instead, as
	// appstreamtest's Server.Sleep does.
	Sleep func(ctx context.Context, d time.Duration) error
}

// FleetStoppedWaiterOptions configure a FleetStoppedWaiter. Their fields are
// those of FleetStartedWaiterOptions.
type FleetStoppedWaiterOptions FleetStartedWaiterOptions

// FleetStartedWaiter waits until fleets are RUNNING.
type FleetStartedWaiter struct {
	client  DescribeFleetsAPIClient
	options FleetStartedWaiterOptions
}

// NewFleetStartedWaiter returns a waiter for fleets to be RUNNING.
//
// Unlike the official client's, it reads every page of DescribeFleets, so
// that a fleet on a later page is not forgotten.
func NewFleetStartedWaiter(client DescribeFleetsAPIClient, optFns ...func(*FleetStartedWaiterOptions)) *FleetStartedWaiter {
	options := FleetStartedWaiterOptions{MinDelay: 30 * time.Second, MaxDelay: 120 * time.Second, Retryable: fleetStartedRetryable}
	for _, fn := range optFns {
		fn(&options)
	}
	return &FleetStartedWaiter{client: client, options: options}
}

// Wait polls DescribeFleets with params (nil means every fleet) until every
// fleet is RUNNING, a fleet is in a state it cannot reach RUNNING from, a call
// fails, or maxWaitDur or ctx runs out.
func (w *FleetStartedWaiter) Wait(ctx context.Context, params *DescribeFleetsInput, maxWaitDur time.Duration, optFns ...func(*FleetStartedWaiterOptions)) error {
	_, err := w.WaitForOutput(ctx, params, maxWaitDur, optFns...)
	return err
}

// WaitForOutput is Wait, returning the fleets of the last poll (every page
// in one output).
func (w *FleetStartedWaiter) WaitForOutput(ctx context.Context, params *DescribeFleetsInput, maxWaitDur time.Duration, optFns ...func(*FleetStartedWaiterOptions)) (*DescribeFleetsOutput, error) {
	return waitForFleets(ctx, w.client, params, maxWaitDur, "FleetStarted", w.options, optFns)
}

// FleetStoppedWaiter waits until fleets are STOPPED.
type FleetStoppedWaiter struct {
	client  DescribeFleetsAPIClient
	options FleetStoppedWaiterOptions
}

// NewFleetStoppedWaiter returns a waiter for fleets to be STOPPED.
//
// Unlike the official client's, it reads every page of DescribeFleets, so
// that a fleet on a later page is not forgotten.
func NewFleetStoppedWaiter(client DescribeFleetsAPIClient, optFns ...func(*FleetStoppedWaiterOptions)) *FleetStoppedWaiter {
	options := FleetStoppedWaiterOptions{MinDelay: 30 * time.Second, MaxDelay: 120 * time.Second, Retryable: fleetStoppedRetryable}
	for _, fn := range optFns {
		fn(&options)
	}
	return &FleetStoppedWaiter{client: client, options: options}
}

// Wait polls DescribeFleets with params (nil means every fleet) until every
// fleet is STOPPED, a fleet is in a state it cannot reach STOPPED from, a call
// fails, or maxWaitDur or ctx runs out.
func (w *FleetStoppedWaiter) Wait(ctx context.Context, params *DescribeFleetsInput, maxWaitDur time.Duration, optFns ...func(*FleetStoppedWaiterOptions)) error {
	_, err := w.WaitForOutput(ctx, params, maxWaitDur, optFns...)
	return err
}

// WaitForOutput is Wait, returning the fleets of the last poll (every page
// in one output).
func (w *FleetStoppedWaiter) WaitForOutput(ctx context.Context, params *DescribeFleetsInput, maxWaitDur time.Duration, optFns ...func(*FleetStoppedWaiterOptions)) (*DescribeFleetsOutput, error) {
	return waitForFleets(ctx, w.client, params, maxWaitDur, "FleetStopped", w.options, optFns)
}

// waitForFleets polls every page of DescribeFleets until Retryable says to
// stop, with the backoff of smithy-go's waiters, and the waiter's options
// changed by optFns.
func waitForFleets[O FleetStartedWaiterOptions | FleetStoppedWaiterOptions](ctx context.Context, client DescribeFleetsAPIClient,
	params *DescribeFleetsInput, maxWaitDur time.Duration, name string, options O, optFns []func(*O)) (*DescribeFleetsOutput, error) {
	for _, fn := range optFns {
		fn(&options)
	}
	o := FleetStartedWaiterOptions(options)
	if maxWaitDur <= 0 {
		return nil, fmt.Errorf("maximum wait time for waiter must be greater than zero")
	}
	if o.MaxDelay <= 0 {
		o.MaxDelay = 120 * time.Second
	}
	if o.MinDelay <= 0 || o.MinDelay > o.MaxDelay {
		return nil, fmt.Errorf("waiter %s: minimum delay %v must be above zero and at most the maximum delay %v", name, o.MinDelay, o.MaxDelay)
	}
	params = orEmpty(params)
	parent := ctx
	ctx, cancel := context.WithTimeout(parent, maxWaitDur)
	defer cancel()
	exceeded := fmt.Errorf("exceeded max wait time for %s waiter", name)
	if len(o.APIOptions) > 0 {
		o.ClientOptions = append([]func(*Options){WithAPIOptions(o.APIOptions...)}, o.ClientOptions...)
	}
	logger := waiterLogger(client, o.ClientOptions)
	remaining := maxWaitDur
	for attempt := int64(1); ; attempt++ {
		start := time.Now()
		if o.LogWaitAttempts {
			logger.Logf(logging.Debug, "waiter %s: attempt %d", name, attempt)
		}
		out, err := describeEveryFleet(ctx, client, params, o.ClientOptions)
		if err != nil && ctx.Err() != nil && parent.Err() == nil {
			return nil, exceeded
		}
		retry, err := o.Retryable(ctx, params, out, err)
		if err != nil {
			return nil, fmt.Errorf("waiter %s: %w", name, err)
		}
		if !retry {
			return out, nil
		}
		remaining -= time.Since(start)
		if remaining < o.MinDelay || remaining <= 0 {
			return nil, exceeded
		}
		delay, err := smithywaiter.ComputeDelay(attempt, o.MinDelay, o.MaxDelay, remaining)
		if err != nil {
			return nil, fmt.Errorf("waiter %s: computing delay: %w", name, err)
		}
		remaining -= delay
		sleep := o.Sleep
		if sleep == nil {
			sleep = smithytime.SleepWithContext
		}
		if err := sleep(ctx, delay); err != nil {
			switch {
			case parent.Err() != nil:
				return nil, fmt.Errorf("waiter %s: request cancelled while waiting, %w", name, parent.Err())
			case ctx.Err() != nil:
				return nil, exceeded
			}
			return nil, fmt.Errorf("waiter %s: waiting: %w", name, err)
		}
	}
}

// waiterLogger returns the logger of client, when it is a *Client.
func waiterLogger(client DescribeFleetsAPIClient, clientOptions []func(*Options)) logging.Logger {
	c, ok := client.(*Client)
	if !ok {
		return logging.Nop{}
	}
	o := c.Options()
	for _, fn := range clientOptions {
		fn(&o)
	}
	return o.Logger
}

// describeEveryFleet reads every page of DescribeFleets into one output.
func describeEveryFleet(ctx context.Context, client DescribeFleetsAPIClient, params *DescribeFleetsInput, clientOptions []func(*Options)) (*DescribeFleetsOutput, error) {
	all := &DescribeFleetsOutput{}
	for page, err := range NewDescribeFleetsPaginator(client, params).Pages(ctx, clientOptions...) {
		if err != nil {
			return nil, err
		}
		all.Fleets = append(all.Fleets, page.Fleets...)
		all.ResultMetadata = page.ResultMetadata
	}
	return all, nil
}

func fleetStartedRetryable(_ context.Context, _ *DescribeFleetsInput, out *DescribeFleetsOutput, err error) (bool, error) {
	return fleetsIn(out, err, types.FleetStateRunning, types.FleetStateStopping, types.FleetStateStopped)
}

func fleetStoppedRetryable(_ context.Context, _ *DescribeFleetsInput, out *DescribeFleetsOutput, err error) (bool, error) {
	return fleetsIn(out, err, types.FleetStateStopped, types.FleetStateStarting, types.FleetStateRunning)
}

// fleetsIn applies the acceptors of waiters-2.json: success when there are
// fleets and all are in state want, failure when any is in a state of fail,
// an error from DescribeFleets (such as ResourceNotFoundException) ends the
// wait, and anything else polls again.
func fleetsIn(out *DescribeFleetsOutput, err error, want types.FleetState, fail ...types.FleetState) (bool, error) {
	if err != nil {
		return false, err
	}
	all := len(out.Fleets) > 0
	for _, f := range out.Fleets {
		for _, bad := range fail {
			if f.State == bad {
				return false, &FleetStateError{Fleet: f, Want: want}
			}
		}
		all = all && f.State == want
	}
	return !all, nil
}

// FleetStateError is returned by a fleet waiter when a fleet is in a state
// from which it cannot reach the state waited for without another call.
type FleetStateError struct {
	// Fleet is the fleet as last described.
	Fleet types.Fleet
	// Want is the state that was waited for.
	Want types.FleetState
}

func (e *FleetStateError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "fleet %q is %s, so it will not become %s", derefString(e.Fleet.Name), e.Fleet.State, e.Want)
	for i, fe := range e.Fleet.FleetErrors {
		if i == 0 {
			b.WriteString("; fleet errors: ")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s: %s", fe.ErrorCode, derefString(fe.ErrorMessage))
	}
	return b.String()
}

func derefString(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

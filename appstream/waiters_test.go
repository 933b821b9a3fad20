package appstream_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// pollFake answers DescribeFleets from a script: poll i (a walk over every
// page) sees script[min(i, len-1)], a list of pages of fleets.
type pollFake struct {
	mu     sync.Mutex
	script [][][]types.Fleet
	err    error
	polls  int
	calls  int
}

func (f *pollFake) DescribeFleets(ctx context.Context, in *appstream.DescribeFleetsInput, _ ...func(*appstream.Options)) (*appstream.DescribeFleetsOutput, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	pages := f.script[min(f.polls, len(f.script)-1)]
	i := 0
	if in.NextToken != nil {
		i = int((*in.NextToken)[0] - '0')
	}
	out := &appstream.DescribeFleetsOutput{Fleets: pages[i]}
	if i+1 < len(pages) {
		out.NextToken = aws.String(string(rune('0' + i + 1)))
	} else {
		f.polls++
	}
	return out, nil
}

func fleet(name string, state types.FleetState, errs ...types.FleetError) types.Fleet {
	return types.Fleet{Name: aws.String(name), State: state, FleetErrors: errs}
}

func fastStarted(o *appstream.FleetStartedWaiterOptions) {
	o.MinDelay, o.MaxDelay = time.Millisecond, 5*time.Millisecond
}
func fastStopped(o *appstream.FleetStoppedWaiterOptions) {
	o.MinDelay, o.MaxDelay = time.Millisecond, 5*time.Millisecond
}

func TestFleetStartedWaiter(t *testing.T) {
	stopped := fleet("training", types.FleetStateStopped,
		types.FleetError{ErrorCode: types.FleetErrorCodeImageNotFound, ErrorMessage: aws.String("The image does not exist.")})
	cases := map[string]struct {
		script    [][][]types.Fleet
		wantPolls int
		wantErr   string
	}{
		"starting twice then running": {[][][]types.Fleet{
			{{fleet("training", types.FleetStateStarting)}},
			{{fleet("training", types.FleetStateStarting)}},
			{{fleet("training", types.FleetStateRunning)}},
		}, 3, ""},
		"stopped fails at once": {[][][]types.Fleet{{{stopped}}}, 1,
			`waiter FleetStarted: fleet "training" is STOPPED, so it will not become RUNNING; fleet errors: IMAGE_NOT_FOUND: The image does not exist.`},
		"stopping fails": {[][][]types.Fleet{{{fleet("a", types.FleetStateRunning), fleet("b", types.FleetStateStopping)}}}, 1,
			`fleet "b" is STOPPING, so it will not become RUNNING`},
		"a fleet on page 2 still starting keeps waiting": {[][][]types.Fleet{
			{{fleet("a", types.FleetStateRunning)}, {fleet("b", types.FleetStateStarting)}},
			{{fleet("a", types.FleetStateRunning)}, {fleet("b", types.FleetStateRunning)}},
		}, 2, ""},
		"a fleet on page 2 that stopped fails": {[][][]types.Fleet{
			{{fleet("a", types.FleetStateRunning)}, {fleet("b", types.FleetStateStopped)}},
		}, 1, `fleet "b" is STOPPED`},
		"unknown state keeps waiting": {[][][]types.Fleet{
			{{fleet("a", "PENDING_ACTIVATE")}},
			{{fleet("a", types.FleetStateRunning)}},
		}, 2, ""},
		"no fleets keeps waiting": {[][][]types.Fleet{{{}}, {{fleet("a", types.FleetStateRunning)}}}, 2, ""},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f := &pollFake{script: tc.script}
			out, err := appstream.NewFleetStartedWaiter(f, fastStarted).WaitForOutput(context.Background(), nil, time.Minute)
			if tc.wantErr != "" {
				var se *appstream.FleetStateError
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.As(err, &se) {
					t.Fatalf("error %v, want a *FleetStateError containing %q", err, tc.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			} else {
				last := tc.script[len(tc.script)-1]
				var want []types.Fleet
				for _, page := range last {
					want = append(want, page...)
				}
				if diff := cmp.Diff(want, out.Fleets); diff != "" {
					t.Errorf("fleets (-want +got):\n%s", diff)
				}
			}
			if f.polls != tc.wantPolls {
				t.Errorf("%d polls, want %d", f.polls, tc.wantPolls)
			}
		})
	}
}

func TestFleetStoppedWaiter(t *testing.T) {
	cases := map[string]struct {
		script  [][][]types.Fleet
		wantErr string
	}{
		"stopping then stopped": {[][][]types.Fleet{{{fleet("a", types.FleetStateStopping)}}, {{fleet("a", types.FleetStateStopped)}}}, ""},
		"running fails":         {[][][]types.Fleet{{{fleet("a", types.FleetStateRunning)}}}, `fleet "a" is RUNNING, so it will not become STOPPED`},
		"starting fails":        {[][][]types.Fleet{{{fleet("a", types.FleetStateStarting)}}}, `fleet "a" is STARTING`},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			err := appstream.NewFleetStoppedWaiter(&pollFake{script: tc.script}, fastStopped).Wait(context.Background(), nil, time.Minute)
			if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("error %v, want %q", err, tc.wantErr)
			}
		})
	}
}

func TestWaiterEnds(t *testing.T) {
	starting := [][][]types.Fleet{{{fleet("a", types.FleetStateStarting)}}}
	t.Run("deadline", func(t *testing.T) {
		f := &pollFake{script: starting}
		start := time.Now()
		err := appstream.NewFleetStartedWaiter(f, fastStarted).Wait(context.Background(), nil, 50*time.Millisecond)
		if err == nil || err.Error() != "exceeded max wait time for FleetStarted waiter" {
			t.Fatalf("error %v", err)
		}
		if d := time.Since(start); d > 5*time.Second || f.polls < 2 {
			t.Errorf("took %v for %d polls", d, f.polls)
		}
	})
	t.Run("max wait below min delay polls once", func(t *testing.T) {
		f := &pollFake{script: starting}
		err := appstream.NewFleetStartedWaiter(f).Wait(context.Background(), nil, 20*time.Second)
		if err == nil || f.polls != 1 {
			t.Fatalf("error %v after %d polls, want an error after 1", err, f.polls)
		}
	})
	t.Run("resource not found", func(t *testing.T) {
		f := &pollFake{err: &types.ResourceNotFoundException{Message: aws.String("The fleet nope does not exist.")}}
		err := appstream.NewFleetStartedWaiter(f, fastStarted).Wait(context.Background(), &appstream.DescribeFleetsInput{Names: []string{"nope"}}, time.Minute)
		var nf *types.ResourceNotFoundException
		if !errors.As(err, &nf) || f.calls != 1 {
			t.Fatalf("error %v after %d calls, want ResourceNotFoundException after 1", err, f.calls)
		}
	})
	t.Run("cancelled context", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		f := &pollFake{script: starting}
		go func() { time.Sleep(20 * time.Millisecond); cancel() }()
		err := appstream.NewFleetStartedWaiter(f, func(o *appstream.FleetStartedWaiterOptions) { o.MinDelay = time.Hour; o.MaxDelay = 2 * time.Hour }).
			Wait(ctx, nil, 3*time.Hour)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("error %v, want context.Canceled", err)
		}
	})
	t.Run("bad options", func(t *testing.T) {
		w := appstream.NewFleetStartedWaiter(&pollFake{script: starting})
		if err := w.Wait(context.Background(), nil, 0); err == nil {
			t.Error("zero max wait accepted")
		}
		if err := w.Wait(context.Background(), nil, time.Minute, func(o *appstream.FleetStartedWaiterOptions) { o.MinDelay = 3 * time.Minute }); err == nil {
			t.Error("min delay above max delay accepted")
		}
	})
	t.Run("custom retryable", func(t *testing.T) {
		f := &pollFake{script: starting}
		calls := 0
		err := appstream.NewFleetStartedWaiter(f, fastStarted, func(o *appstream.FleetStartedWaiterOptions) {
			o.Retryable = func(_ context.Context, _ *appstream.DescribeFleetsInput, out *appstream.DescribeFleetsOutput, err error) (bool, error) {
				calls++
				return calls < 3, err
			}
		}).Wait(context.Background(), nil, time.Minute)
		if err != nil || f.polls != 3 {
			t.Fatalf("error %v after %d polls", err, f.polls)
		}
	})
}

// The waiter's calls go through the client with ClientOptions and log
// each attempt when asked.
func TestWaiterThroughClient(t *testing.T) {
	logger := &captureLogger{}
	f, client := newFakeService(t, func(n int, _ recorded) reply {
		state := "STARTING"
		if n >= 2 {
			state = "RUNNING"
		}
		return reply{body: `{"Fleets":[{"Name":"training","State":"` + state + `"}]}`}
	}, func(o *appstream.Options) { o.Logger = logger })
	err := appstream.NewFleetStartedWaiter(client, fastStarted, func(o *appstream.FleetStartedWaiterOptions) {
		o.LogWaitAttempts = true
		o.ClientOptions = append(o.ClientOptions, func(o *appstream.Options) { o.AppID = "waiter" })
	}).Wait(context.Background(), &appstream.DescribeFleetsInput{Names: []string{"training"}}, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if f.count() != 3 || !strings.HasSuffix(f.request(t, 0).Header.Get("User-Agent"), "app/waiter") {
		t.Errorf("%d requests, User-Agent %q", f.count(), f.request(t, 0).Header.Get("User-Agent"))
	}
	if !strings.Contains(logger.buf.String(), "waiter FleetStarted: attempt 3") {
		t.Errorf("logs:\n%s", logger.buf.String())
	}
}

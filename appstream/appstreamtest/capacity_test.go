package appstreamtest_test

import (
	"context"
	"fmt"
	"math"
	"runtime"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// TestClientMultiSessionCapacity follows a multi-session fleet of 10 desired
// sessions, 4 to an instance (so 3 instances and 12 slots), as users come
// and go and its capacity changes, checking every count of
// ComputeCapacityStatus and where the sessions sit.
func TestClientMultiSessionCapacity(t *testing.T) {
	t.Parallel()
	srv, c, clock := fakeServer(t)
	ctx := context.Background()
	in := fleetInput("multi")
	in.ComputeCapacity = &types.ComputeCapacity{DesiredSessions: aws.Int32(10)}
	in.MaxSessionsPerInstance = aws.Int32(4)
	createFleet(t, c, in)
	instance := func(k int) string { return fmt.Sprintf("i-00000001%09x", k) }

	users := func(stack string, n int, state types.SessionState) func() error {
		return func() error {
			for i := 0; i < n; i++ {
				srv.AddSession(types.Session{StackName: aws.String(stack), FleetName: aws.String("multi"), State: state})
			}
			return nil
		}
	}
	leave := func(stack string, n int) func() error {
		return func() error {
			if got := srv.RemoveSessions(stack, "multi"); got != n {
				return fmt.Errorf("RemoveSessions(%s) removed %d sessions, want %d", stack, got, n)
			}
			return nil
		}
	}
	desire := func(sessions int32) func() error {
		return func() error {
			_, err := c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: aws.String("multi"),
				ComputeCapacity: &types.ComputeCapacity{DesiredSessions: aws.Int32(sessions)}})
			return err
		}
	}
	steps := []struct {
		name  string
		do    func() error
		want  capacity // instances: Desired, Running, InUse, Available
		slots slots    // Desired, Active, Available, Actual, Draining, DrainActive, DrainUnused
		on    map[string]int
	}{
		{"stopped", func() error { return nil }, capacity{3, 0, 0, 0}, slots{12, 0, 0, 0, 0, 0, 0}, nil},
		{"starting", func() error {
			_, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("multi")})
			return err
		}, capacity{3, 0, 0, 0}, slots{12, 0, 0, 0, 0, 0, 0}, nil},
		{"running", func() error { clock.Advance(transition); return nil }, capacity{3, 3, 0, 3}, slots{12, 0, 12, 12, 0, 0, 0}, nil},
		{"three users share the first instance", users("a", 3, types.SessionStateActive),
			capacity{3, 3, 1, 2}, slots{12, 3, 9, 12, 0, 0, 0}, map[string]int{instance(1): 3}},
		{"the fourth fills it, the fifth takes the second", users("b", 2, types.SessionStateActive),
			capacity{3, 3, 2, 1}, slots{12, 5, 7, 12, 0, 0, 0}, map[string]int{instance(1): 4, instance(2): 1}},
		{"a pending session takes no slot", users("b", 1, types.SessionStatePending),
			capacity{3, 3, 2, 1}, slots{12, 5, 7, 12, 0, 0, 0}, map[string]int{instance(1): 4, instance(2): 1}},
		{"users leaving the first instance leave it in use", leave("a", 3),
			capacity{3, 3, 2, 1}, slots{12, 2, 10, 12, 0, 0, 0}, map[string]int{instance(1): 1, instance(2): 1}},
		{"new users fill the free slots first", users("c", 6, types.SessionStateActive),
			capacity{3, 3, 2, 1}, slots{12, 8, 4, 12, 0, 0, 0}, map[string]int{instance(1): 4, instance(2): 4}},
		{"a full fleet counts no more sessions", users("d", 5, types.SessionStateActive),
			capacity{3, 3, 3, 0}, slots{12, 12, 0, 12, 0, 0, 0}, map[string]int{instance(1): 4, instance(2): 4, instance(3): 4}},
		{"less capacity drains the instances with sessions", desire(4),
			capacity{1, 3, 3, 0}, slots{4, 12, 0, 12, 2, 8, 0}, map[string]int{instance(1): 4, instance(2): 4, instance(3): 4}},
		{"a drained instance goes when its users leave", leave("d", 5),
			capacity{1, 2, 2, 0}, slots{4, 8, 0, 8, 1, 4, 0}, map[string]int{instance(1): 4, instance(2): 4}},
		{"a draining instance keeps its last user", leave("c", 6),
			capacity{1, 2, 2, 0}, slots{4, 2, 3, 5, 1, 1, 3}, map[string]int{instance(1): 1, instance(2): 1}},
		{"more capacity takes the draining instance back", desire(8),
			capacity{2, 2, 2, 0}, slots{8, 2, 6, 8, 0, 0, 0}, map[string]int{instance(1): 1, instance(2): 1}},
		{"desired sessions round up to whole instances", desire(9),
			capacity{3, 3, 2, 1}, slots{12, 2, 10, 12, 0, 0, 0}, map[string]int{instance(1): 1, instance(2): 1}},
		{"stopping keeps the sessions but no slot is available", func() error {
			_, err := c.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String("multi")})
			return err
		}, capacity{3, 3, 2, 0}, slots{12, 2, 0, 2, 0, 0, 0}, map[string]int{instance(1): 1, instance(2): 1}},
		{"stopped", func() error { clock.Advance(transition); return nil }, capacity{3, 0, 0, 0}, slots{12, 0, 0, 0, 0, 0, 0}, nil},
	}
	for _, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			if err := step.do(); err != nil {
				t.Fatal(err)
			}
			f := describeFleet(t, c, "multi")
			if diff := cmp.Diff(step.want, capacityOf(f)); diff != "" {
				t.Errorf("instances (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(step.slots, slotsOf(f)); diff != "" {
				t.Errorf("session slots (-want +got):\n%s", diff)
			}
			on := map[string]int{}
			for _, stack := range []string{"a", "b", "c", "d"} {
				in := &appstream.DescribeSessionsInput{StackName: aws.String(stack), FleetName: aws.String("multi")}
				for s, err := range appstream.NewDescribeSessionsPaginator(c, in).Sessions(ctx) {
					if err != nil {
						t.Fatal(err)
					}
					if s.State == types.SessionStateActive && s.InstanceId != nil && (*s.InstanceId)[:10] == "i-00000001" {
						on[*s.InstanceId]++
					}
				}
			}
			if step.on == nil {
				step.on = map[string]int{}
			}
			if diff := cmp.Diff(step.on, on); diff != "" {
				t.Errorf("ACTIVE sessions on each instance of the fleet (-want +got):\n%s", diff)
			}
		})
	}
}

// TestClientLargestCapacity runs fleets of the largest capacities the model
// allows: their counts saturate at the largest int32 instead of wrapping
// around, and describing them costs what their sessions cost, not memory in
// proportion to their instances (it took 4 GiB per DescribeFleets). Not
// parallel, so that the memory it measures is its own.
func TestClientLargestCapacity(t *testing.T) {
	srv, c, clock := fakeServer(t)
	multi := fleetInput("multi")
	multi.ComputeCapacity = &types.ComputeCapacity{DesiredSessions: aws.Int32(math.MaxInt32)}
	multi.MaxSessionsPerInstance = aws.Int32(2)
	createFleet(t, c, multi)
	single := fleetInput("single")
	single.ComputeCapacity = &types.ComputeCapacity{DesiredInstances: aws.Int32(math.MaxInt32)}
	createFleet(t, c, single)
	startFleet(t, c, "multi")
	startFleet(t, c, "single")
	clock.Advance(transition)
	describeFleet(t, c, "multi") // settles the fleets
	srv.AddSession(types.Session{StackName: aws.String("s"), FleetName: aws.String("multi")})
	srv.AddSession(types.Session{StackName: aws.String("s"), FleetName: aws.String("single")})

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	gotMulti, gotSingle := describeFleet(t, c, "multi"), describeFleet(t, c, "single")
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > 16<<20 {
		t.Errorf("describing the two fleets allocated %d MiB", n>>20)
	}
	const instances = 1 << 30 // 2147483647 sessions, 2 to an instance, rounded up
	want := multiSessionStatus(capacity{instances, instances, 1, instances - 1},
		slots{math.MaxInt32, 1, math.MaxInt32, math.MaxInt32, 0, 0, 0})
	if diff := cmp.Diff(want, gotMulti.ComputeCapacityStatus); diff != "" {
		t.Errorf("multi-session capacity (-want +got):\n%s", diff)
	}
	want = capacityStatus(capacity{math.MaxInt32, math.MaxInt32, 1, math.MaxInt32 - 1})
	if diff := cmp.Diff(want, gotSingle.ComputeCapacityStatus); diff != "" {
		t.Errorf("single-session capacity (-want +got):\n%s", diff)
	}
}

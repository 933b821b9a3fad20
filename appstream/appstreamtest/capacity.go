package appstreamtest

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/appstreamkit/appstream-go/types"
)

// A fleet's capacity, as ComputeCapacityStatus defines it: Desired, Running,
// InUse and Available count instances; for a multi-session fleet (one with
// MaxSessionsPerInstance), the *UserSessions members count session slots,
// MaxSessionsPerInstance to an instance. The server keeps no instances: a
// RUNNING fleet has instances 1 to Desired, named by instanceID, and where
// each ACTIVE session sits follows from the sessions' InstanceId.

// sessionsPerInstance is how many sessions an instance of the fleet holds.
func (f *fleet) sessionsPerInstance() int32 {
	if f.attrs.MaxSessionsPerInstance != nil {
		return *f.attrs.MaxSessionsPerInstance
	}
	return 1
}

// desiredInstances is the number of instances the fleet asks for: its
// DesiredInstances, or the instances its DesiredSessions fill (rounded up).
func (f *fleet) desiredInstances() int32 {
	switch c := f.capacity; {
	case c.DesiredInstances != nil:
		return *c.DesiredInstances
	case c.DesiredSessions != nil:
		m := f.sessionsPerInstance()
		return int32((int64(*c.DesiredSessions) + int64(m) - 1) / int64(m))
	}
	return 0
}

// instanceID names instance k (from 0) of the fleet, as an EC2 instance ID
// unique to the server: the fleet's number, then the instance's.
func (f *fleet) instanceID(k int) string {
	return fmt.Sprintf("i-%08x%09x", f.seq, k+1)
}

// instanceIndex returns k for the fleet's instanceID(k).
func (f *fleet) instanceIndex(id string) (int, bool) {
	rest, ok := strings.CutPrefix(id, f.instanceID(0)[:10])
	if !ok || len(rest) != 9 {
		return 0, false
	}
	n, err := strconv.ParseUint(rest, 16, 36)
	if err != nil || n == 0 {
		return 0, false
	}
	return int(n - 1), true
}

// instanceUse is where a fleet's ACTIVE sessions sit. It holds only the
// instances that have sessions, so that what it costs follows the number
// of sessions, not the fleet's capacity (which may be 2147483647).
type instanceUse struct {
	// running is the number of the fleet's running instances, 0 to
	// running-1; live holds the sessions of those that have any.
	running int
	live    map[int]int32
	// draining holds, for a multi-session fleet, the sessions on each
	// instance beyond the fleet's capacity since it was lowered: such an
	// instance takes no new session and goes once its sessions end.
	draining map[int]int32
}

// instanceUse places the fleet's ACTIVE sessions on its instances: each on
// the instance its InstanceId names while that instance runs and has room;
// the others (sessions added before the fleet ran, or with an InstanceId of
// the caller's) fill the free slots in order; a session beyond the fleet's
// slots is not counted. A single-session fleet drops the sessions of the
// instances a lower capacity removed, a multi-session fleet drains them.
func (s *Server) instanceUse(f *fleet) instanceUse {
	use := instanceUse{live: map[int]int32{}, draining: map[int]int32{}}
	if f.state != types.FleetStateRunning && f.state != types.FleetStateStopping {
		return use
	}
	use.running = int(f.desiredInstances())
	perInstance, multi := f.sessionsPerInstance(), f.attrs.MaxSessionsPerInstance != nil
	unplaced := int32(0)
	for _, sess := range s.sessions {
		if *sess.FleetName != f.name() || sess.State != types.SessionStateActive {
			continue
		}
		k, ok := f.instanceIndex(deref(sess.InstanceId))
		switch {
		case ok && k < use.running && use.live[k] < perInstance:
			use.live[k]++
		case ok && k >= use.running && multi && use.draining[k] < perInstance:
			use.draining[k]++
		default:
			unplaced++
		}
	}
	for k := 0; k < use.running && unplaced > 0; k++ {
		if n := min(perInstance-use.live[k], unplaced); n > 0 {
			use.live[k] += n
			unplaced -= n
		}
	}
	return use
}

// freeInstance returns the ID of the first running instance of the fleet
// with a free slot, for a new ACTIVE session, or "" if there is none.
func (s *Server) freeInstance(f *fleet) string {
	if f.state != types.FleetStateRunning {
		return ""
	}
	use := s.instanceUse(f)
	for k := 0; k < use.running; k++ {
		if use.live[k] < f.sessionsPerInstance() {
			return f.instanceID(k)
		}
	}
	return ""
}

// capacityStatus is the fleet's ComputeCapacityStatus. While STOPPING, the
// instances and their sessions stay until STOPPED, but none is available.
// Counts beyond an int32 (slots of a fleet of 2147483647 instances) are
// reported as 2147483647.
func (s *Server) capacityStatus(f *fleet) *types.ComputeCapacityStatus {
	use := s.instanceUse(f)
	perInstance := int64(f.sessionsPerInstance())
	var active int64
	for _, n := range use.live {
		active += int64(n)
	}
	inUse := int64(len(use.live))
	available := int64(use.running) - inUse
	free := int64(use.running)*perInstance - active
	var drainingActive int64
	for _, n := range use.draining {
		drainingActive += int64(n)
	}
	draining := int64(len(use.draining))
	if f.state == types.FleetStateStopping {
		available, free = 0, 0
	}
	desired := int64(f.desiredInstances())
	c := &types.ComputeCapacityStatus{
		Desired:   count(desired),
		Running:   count(int64(use.running) + draining),
		InUse:     count(inUse + draining),
		Available: count(available),
	}
	if f.attrs.MaxSessionsPerInstance != nil {
		c.DesiredUserSessions = count(desired * perInstance)
		c.ActiveUserSessions = count(active + drainingActive)
		c.AvailableUserSessions = count(free)
		c.ActualUserSessions = count(active + drainingActive + free)
		c.Draining = count(draining)
		c.DrainModeActiveUserSessions = count(drainingActive)
		c.DrainModeUnusedUserSessions = count(draining*perInstance - drainingActive)
	}
	return c
}

// count returns n as an *int32, saturated at math.MaxInt32.
func count(n int64) *int32 { return ptr(int32(min(n, math.MaxInt32))) }

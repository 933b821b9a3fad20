package appstreamtest

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/appstreamkit/appstream-go/types"
)

const (
	defaultSessionLimit = 20
	maxSessionLimit     = 50
)

type describeSessionsInput struct {
	StackName          *string
	FleetName          *string
	UserId             *string
	NextToken          *string
	Limit              *int32
	AuthenticationType types.AuthenticationType
	InstanceId         *string
}

func (in *describeSessionsInput) validate(v *validator) {
	v.required("stackName", in.StackName)
	v.name("stackName", in.StackName)
	v.required("fleetName", in.FleetName)
	v.name("fleetName", in.FleetName)
	v.length("userId", in.UserId, 2, 128)
	v.length("nextToken", in.NextToken, 1, -1)
	v.intRange("limit", in.Limit, 1, maxSessionLimit)
	enum(v, "authenticationType", in.AuthenticationType, in.AuthenticationType.Values())
	v.length("instanceId", in.InstanceId, 1, -1)
}

type describeSessionsOutput struct {
	Sessions  []types.Session
	NextToken *string
}

// storedSession is a session with its place in the server's list; pages
// of DescribeSessions follow that order.
type storedSession struct {
	seq int
	types.Session
}

func (s *Server) describeSessions(in *describeSessionsInput, now time.Time) (any, *apiError) {
	if in.UserId != nil && in.AuthenticationType == "" {
		return nil, clientError("InvalidParameterCombinationException", "UserId requires AuthenticationType.")
	}
	auth := in.AuthenticationType
	if auth == "" {
		auth = types.AuthenticationTypeApi // the service's default: streaming URL users
	}
	query := fmt.Sprintf("%q", []string{*in.StackName, *in.FleetName, deref(in.UserId), deref(in.InstanceId), string(auth)})
	after := 0
	if in.NextToken != nil {
		pos, ok := s.openToken("DescribeSessions", query, *in.NextToken)
		n, err := strconv.Atoi(pos)
		if !ok || err != nil {
			return nil, errInvalidToken
		}
		after = n
	}
	limit := defaultSessionLimit
	if in.Limit != nil {
		limit = int(*in.Limit)
	}

	out := describeSessionsOutput{Sessions: []types.Session{}}
	last := 0
	for _, sess := range s.sessions {
		if sess.seq <= after || *sess.StackName != *in.StackName || *sess.FleetName != *in.FleetName ||
			(in.UserId != nil && deref(sess.UserId) != *in.UserId) ||
			(in.InstanceId != nil && deref(sess.InstanceId) != *in.InstanceId) ||
			sess.AuthenticationType != auth {
			continue
		}
		if len(out.Sessions) == limit {
			token := s.issueToken("DescribeSessions", query, strconv.Itoa(last))
			out.NextToken = &token
			break
		}
		out.Sessions = append(out.Sessions, sess.Session)
		last = sess.seq
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// AddSession stores a streaming session, as if a user had started one, and
// returns it as stored. Members left unset are filled in: Id (a UUID-shaped
// ID), UserId, State (ACTIVE), ConnectionState (CONNECTED),
// AuthenticationType (API, the service's default), InstanceId (for an ACTIVE
// session of a RUNNING fleet, the first of the fleet's instances with a free
// slot; otherwise an ID of the session's own), StartTime (the clock's time)
// and MaxExpirationTime (StartTime plus the fleet's
// MaxUserDurationInSeconds). Set StackName and FleetName: DescribeSessions
// needs both to find the session. The fleet need not exist or be running;
// ACTIVE sessions of a RUNNING fleet count in its capacity (see the package
// documentation). Sessions of a fleet go away when it reaches STOPPED or is
// deleted.
func (s *Server) AddSession(session types.Session) types.Session {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	s.settle(now)
	return deepCopy(s.addSession(deepCopy(session), now))
}

// RemoveSessions ends the sessions of a stack and fleet, as if their users
// had left, and returns how many there were. An empty stack or fleet matches
// any.
func (s *Server) RemoveSessions(stack, fleet string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.clock.Now())
	return s.removeSessions(stack, fleet)
}

func (s *Server) addSession(sess types.Session, start time.Time) types.Session {
	s.sessionSeq++
	seq := s.sessionSeq
	if sess.Id == nil {
		sess.Id = ptr(fmt.Sprintf("00000000-0000-4000-8000-%012x", seq))
	}
	if sess.UserId == nil {
		sess.UserId = ptr(fmt.Sprintf("user%d", seq))
	}
	setDefault(&sess.State, types.SessionStateActive)
	setDefault(&sess.ConnectionState, types.SessionConnectionStateConnected)
	setDefault(&sess.AuthenticationType, types.AuthenticationTypeApi)
	if f, ok := s.fleets[deref(sess.FleetName)]; ok && sess.InstanceId == nil && sess.State == types.SessionStateActive {
		if id := s.freeInstance(f); id != "" {
			sess.InstanceId = &id
		}
	}
	if sess.InstanceId == nil {
		sess.InstanceId = ptr(fmt.Sprintf("i-%017x", seq))
	}
	if sess.StartTime == nil {
		sess.StartTime = ptr(start.Truncate(time.Millisecond).UTC())
	}
	if sess.MaxExpirationTime == nil {
		duration := int32(defaultMaxUserDuration)
		if f, ok := s.fleets[deref(sess.FleetName)]; ok && f.attrs.MaxUserDurationInSeconds != nil {
			duration = *f.attrs.MaxUserDurationInSeconds
		}
		sess.MaxExpirationTime = ptr(sess.StartTime.Add(time.Duration(duration) * time.Second))
	}
	if sess.StackName == nil {
		sess.StackName = ptr("")
	}
	if sess.FleetName == nil {
		sess.FleetName = ptr("")
	}
	s.sessions = append(s.sessions, storedSession{seq: seq, Session: sess})
	return sess
}

// startSessions opens the WithSessionsOnRunning sessions of a fleet that
// reached RUNNING at the given time.
func (s *Server) startSessions(f *fleet, at time.Time) {
	stacks := make([]string, 0, len(s.sessionsOnRunning))
	for stack := range s.sessionsOnRunning {
		stacks = append(stacks, stack)
	}
	sort.Strings(stacks)
	for _, stack := range stacks {
		for i := 0; i < s.sessionsOnRunning[stack]; i++ {
			s.addSession(types.Session{StackName: ptr(stack), FleetName: ptr(f.name())}, at)
		}
	}
}

func (s *Server) removeSessions(stack, fleet string) int {
	kept := s.sessions[:0]
	for _, sess := range s.sessions {
		if (stack == "" || *sess.StackName == stack) && (fleet == "" || *sess.FleetName == fleet) {
			continue
		}
		kept = append(kept, sess)
	}
	removed := len(s.sessions) - len(kept)
	clear(s.sessions[len(kept):])
	s.sessions = kept
	return removed
}

// Paging tokens are opaque to clients: the position (the last fleet name or
// session number returned) in base64, then an HMAC, under a key drawn at
// random for each server, of the operation, the query's filters and the
// position. A token this server did not issue, or issued for another query,
// fails the HMAC.
var errInvalidToken = clientError("ValidationException", "Invalid NextToken: it was not issued by this endpoint for this request.")

func (s *Server) issueToken(op, query, position string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(position)) + "." +
		base64.RawURLEncoding.EncodeToString(s.tokenMAC(op, query, position))
}

func (s *Server) openToken(op, query, token string) (position string, ok bool) {
	p, m, _ := strings.Cut(token, ".")
	pos, err1 := base64.RawURLEncoding.DecodeString(p)
	mac, err2 := base64.RawURLEncoding.DecodeString(m)
	if err1 != nil || err2 != nil || !hmac.Equal(mac, s.tokenMAC(op, query, string(pos))) {
		return "", false
	}
	return string(pos), true
}

func (s *Server) tokenMAC(op, query, position string) []byte {
	h := hmac.New(sha256.New, s.tokenKey)
	fmt.Fprintf(h, "%q %q %q", op, query, position)
	return h.Sum(nil)[:16]
}

// page returns the bounds of a page of keys: those after the position a
// paging token holds (from the start without a token), at most size of them;
// and the token for the next page, nil on the last one. keys must be sorted;
// a token remembers the last key returned, so pages stay consistent while
// keys come and go.
func (s *Server) page(op, query string, keys []string, token *string, size int) (lo, hi int, next *string, err *apiError) {
	if token != nil {
		after, ok := s.openToken(op, query, *token)
		if !ok {
			return 0, 0, nil, errInvalidToken
		}
		lo = sort.Search(len(keys), func(i int) bool { return keys[i] > after })
	}
	if len(keys)-lo <= size {
		return lo, len(keys), nil, nil
	}
	hi = lo + size
	t := s.issueToken(op, query, keys[hi-1])
	return lo, hi, &t, nil
}

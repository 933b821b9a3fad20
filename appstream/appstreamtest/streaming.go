package appstreamtest

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"regexp"
	"time"

	"github.com/appstreamkit/appstream-go/types"
)

// streamingPath is where the streaming URLs of CreateStreamingURL lead, as
// the service's lead to https://appstream2.<region>.aws.amazon.com/authenticate.
const streamingPath = "/authenticate"

// A streaming URL is valid for Validity seconds: 60 by default, from 1 to
// 604800 (a week), as the documentation says.
const (
	defaultValidity = 60
	maxValidity     = 604800
)

const userIDPatternText = `[\w+=,.@-]*`

var userIDPattern = regexp.MustCompile(`^` + userIDPatternText + `$`)

type createStreamingURLInput struct {
	StackName      *string
	FleetName      *string
	UserId         *string
	ApplicationId  *string
	Validity       *int64
	SessionContext *string

	// base is the scheme and host the request reached the server at, where
	// the streaming URL leads.
	base string
}

func (in *createStreamingURLInput) readRequest(r *http.Request) {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	if r.Host != "" {
		in.base = scheme + "://" + r.Host
	}
}

func (in *createStreamingURLInput) validate(v *validator) {
	v.required("stackName", in.StackName)
	v.length("stackName", in.StackName, 1, -1)
	v.required("fleetName", in.FleetName)
	v.length("fleetName", in.FleetName, 1, -1)
	v.required("userId", in.UserId)
	v.length("userId", in.UserId, 2, 32)
	v.pattern("userId", in.UserId, userIDPattern.MatchString, userIDPatternText)
	v.length("applicationId", in.ApplicationId, 1, -1)
	inRange(v, "validity", in.Validity, 1, maxValidity)
	v.length("sessionContext", in.SessionContext, 1, -1)
}

type createStreamingURLOutput struct {
	StreamingURL *string
	Expires      *time.Time
}

// streamingGrant is what a streaming URL carries, signed with the server's
// key as paging tokens are: it cannot be forged or changed.
type streamingGrant struct {
	Stack       string `json:"s"`
	Fleet       string `json:"f"`
	User        string `json:"u"`
	Application string `json:"a,omitempty"`
	Expires     int64  `json:"e"` // Unix milliseconds
}

// createStreamingURL returns a URL on the server that starts a session for
// the user when opened. The fleet must be associated with the stack and
// RUNNING.
func (s *Server) createStreamingURL(in *createStreamingURLInput, now time.Time) (any, *apiError) {
	if _, err := s.connectable(*in.StackName, *in.FleetName); err != nil {
		return nil, err
	}
	validity := int64(defaultValidity)
	if in.Validity != nil {
		validity = *in.Validity
	}
	expires := now.Add(time.Duration(validity) * time.Second).Truncate(time.Millisecond).UTC()
	grant, _ := json.Marshal(streamingGrant{Stack: *in.StackName, Fleet: *in.FleetName, User: *in.UserId,
		Application: deref(in.ApplicationId), Expires: expires.UnixMilli()})
	base := in.base
	if base == "" {
		base = s.URL
	}
	link := base + streamingPath + "?parameters=" + url.QueryEscape(s.issueToken("StreamingURL", "", string(grant)))
	return createStreamingURLOutput{StreamingURL: &link, Expires: &expires}, nil
}

// connectable returns the fleet if users can connect to it through the
// stack now: both exist, they are associated and the fleet is RUNNING.
func (s *Server) connectable(stackName, fleetName string) (*fleet, *apiError) {
	f, err := s.lookupFleet(fleetName)
	if err != nil {
		return nil, err
	}
	if _, err := s.lookupStack(stackName); err != nil {
		return nil, err
	}
	if !s.associations[association{fleet: fleetName, stack: stackName}] {
		return nil, clientError("InvalidParameterCombinationException", "The fleet %s is not associated with the stack %s.", fleetName, stackName)
	}
	if f.state != types.FleetStateRunning {
		return nil, clientError("ResourceNotAvailableException", "The fleet %s is %s; users can connect only to a RUNNING fleet.", fleetName, f.state)
	}
	return f, nil
}

// page is what the streaming URL's page shows.
type page struct {
	Title, Message string
	Rows           [][2]string // the session's members, when there is one
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{.Title}} · AppStream 2.0 local endpoint</title></head>
<body>
<h1>{{.Title}}</h1>
<p>{{.Message}}</p>
{{if .Rows}}<table>
{{range .Rows}}<tr><th align="left">{{index . 0}}</th><td>{{index . 1}}</td></tr>
{{end}}</table>
{{end}}<p><small>appstreamtest, a local AppStream 2.0 endpoint: sessions are real to its API, but nothing is streamed.</small></p>
</body>
</html>
`))

// serveStreamingURL connects the user of a streaming URL: a session appears
// on the URL's stack and fleet, as when a browser opens a real one.
func (s *Server) serveStreamingURL(w http.ResponseWriter, r *http.Request) {
	status, p := s.connect(r.URL.Query().Get("parameters"))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	pageTemplate.Execute(w, p)
}

func (s *Server) connect(token string) (int, page) {
	position, ok := s.openToken("StreamingURL", "", token)
	var g streamingGrant
	if !ok || json.Unmarshal([]byte(position), &g) != nil {
		return http.StatusNotFound, page{Title: "Invalid streaming URL",
			Message: "This streaming URL was not created by this endpoint, or was changed. Create one with CreateStreamingURL."}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	s.settle(now)
	if expires := time.UnixMilli(g.Expires).UTC(); !now.Before(expires) {
		return http.StatusForbidden, page{Title: "Expired streaming URL",
			Message: fmt.Sprintf("This streaming URL for %s expired at %s. Create another with CreateStreamingURL.", g.User, expires.Format(time.RFC3339))}
	}
	f, err := s.connectable(g.Stack, g.Fleet)
	if err != nil {
		return http.StatusConflict, page{Title: "Cannot connect", Message: err.message}
	}
	title := "Reconnected"
	sess := s.activeSession(g)
	if sess == nil {
		if !s.hasRoom(f) {
			return http.StatusServiceUnavailable, page{Title: "No capacity",
				Message: fmt.Sprintf("Every instance of the fleet %s is in use: end a session, or raise the fleet's capacity, and open the URL again.", g.Fleet)}
		}
		title = "Connected"
		s.addSession(types.Session{StackName: &g.Stack, FleetName: &g.Fleet, UserId: &g.User}, now)
		sess = &s.sessions[len(s.sessions)-1].Session
	}
	sess.ConnectionState = types.SessionConnectionStateConnected
	message := fmt.Sprintf("%s is streaming from the fleet %s through the stack %s.", g.User, g.Fleet, g.Stack)
	if g.Application != "" {
		message = fmt.Sprintf("%s is streaming %s from the fleet %s through the stack %s.", g.User, g.Application, g.Fleet, g.Stack)
	}
	return http.StatusOK, page{Title: title, Message: message, Rows: [][2]string{
		{"Session", *sess.Id}, {"User", *sess.UserId}, {"Stack", *sess.StackName}, {"Fleet", *sess.FleetName},
		{"Instance", *sess.InstanceId}, {"State", string(sess.State)}, {"Connection", string(sess.ConnectionState)},
		{"Authentication", string(sess.AuthenticationType)},
		{"Started", sess.StartTime.Format(time.RFC3339)}, {"Ends at the latest", sess.MaxExpirationTime.Format(time.RFC3339)},
	}}
}

// activeSession returns the user's ACTIVE streaming URL session on the
// grant's stack and fleet, or nil: a user who opens a URL again goes back
// to it.
func (s *Server) activeSession(g streamingGrant) *types.Session {
	for i := range s.sessions {
		sess := &s.sessions[i].Session
		if sess.State == types.SessionStateActive && sess.AuthenticationType == types.AuthenticationTypeApi &&
			*sess.StackName == g.Stack && *sess.FleetName == g.Fleet && deref(sess.UserId) == g.User {
			return sess
		}
	}
	return nil
}

// hasRoom tells whether a RUNNING fleet can take one more session: a free
// slot on an instance, or for an ELASTIC fleet fewer ACTIVE sessions than
// MaxConcurrentSessions.
func (s *Server) hasRoom(f *fleet) bool {
	if f.attrs.FleetType != types.FleetTypeElastic {
		return s.freeInstance(f) != ""
	}
	active := int32(0)
	for _, sess := range s.sessions {
		if *sess.FleetName == f.name() && sess.State == types.SessionStateActive {
			active++
		}
	}
	return active < deref32(f.attrs.MaxConcurrentSessions)
}

func deref32(n *int32) int32 {
	if n == nil {
		return 0
	}
	return *n
}

type expireSessionInput struct {
	SessionId *string
}

func (in *expireSessionInput) validate(v *validator) {
	v.required("sessionId", in.SessionId)
	v.length("sessionId", in.SessionId, 1, -1)
}

// expireSession ends a session: it becomes EXPIRED and NOT_CONNECTED, and
// no longer takes capacity. Expiring it again changes nothing.
func (s *Server) expireSession(in *expireSessionInput, now time.Time) (any, *apiError) {
	for i := range s.sessions {
		sess := &s.sessions[i].Session
		if deref(sess.Id) != *in.SessionId {
			continue
		}
		sess.State, sess.ConnectionState = types.SessionStateExpired, types.SessionConnectionStateNotConnected
		return emptyOutput{}, nil
	}
	return nil, clientError("ResourceNotFoundException", "The session %s does not exist.", *in.SessionId)
}

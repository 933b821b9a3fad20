package appstreamtest

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/types"
)

// AccountID is the AWS account that owns the server's resources; it appears
// in their ARNs.
const AccountID = "123456789012"

// DefaultFleetPageSize is how many items a page of DescribeFleets,
// DescribeStacks, ListAssociatedFleets and ListAssociatedStacks holds unless
// WithPageSize says otherwise. It is small so that paging code runs.
const DefaultFleetPageSize = 10

const (
	targetPrefix = "PhotonAdminProxyService."
	maxBodySize  = 1 << 20
)

// Server is a local, in-memory AppStream 2.0 endpoint. Create it with
// NewServer and Close it when done. Its methods are safe for concurrent use.
type Server struct {
	// URL is the server's base URL, such as "http://127.0.0.1:49152".
	URL string

	addr              string
	region            string
	creds             aws.Credentials
	verify            bool
	clock             Clock
	transition        time.Duration
	pageSize          int
	sessionsOnRunning map[string]int
	failures          startFailures
	tokenKey          []byte
	limits            Limits
	extraImages       []types.Image // WithImages', added once the region is known

	httpServer *http.Server
	closed     chan struct{}
	closeOnce  sync.Once

	mu           sync.Mutex
	fleets       map[string]*fleet
	fleetSeq     int
	stacks       map[string]*stack
	associations map[association]bool
	images       map[string]*types.Image
	slept        time.Duration // by Sleep and Retryer, not on the clients' clocks
	sessions     []storedSession
	sessionSeq   int
	faults       []*Fault
	requests     map[string]int
}

// Option configures a Server in NewServer.
type Option func(*Server)

// WithAddress makes the server listen on addr (such as "127.0.0.1:8080")
// instead of an ephemeral port on 127.0.0.1.
func WithAddress(addr string) Option { return func(s *Server) { s.addr = addr } }

// WithRegion sets the region the server serves and expects in signatures.
// The default is "us-east-1".
func WithRegion(region string) Option { return func(s *Server) { s.region = region } }

// WithCredentials sets the only access key pair the server accepts. The
// default is AWS's documented example pair, AKIAIOSFODNN7EXAMPLE and
// wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.
func WithCredentials(accessKeyID, secretAccessKey string) Option {
	return func(s *Server) { s.creds.AccessKeyID, s.creds.SecretAccessKey = accessKeyID, secretAccessKey }
}

// WithSessionToken makes the server require this session token in the
// X-Amz-Security-Token header, as for temporary credentials. Without it, a
// request that carries a token is refused.
func WithSessionToken(token string) Option { return func(s *Server) { s.creds.SessionToken = token } }

// WithoutSignatureVerification makes the server accept requests without
// checking their signatures, or whether they are signed at all.
func WithoutSignatureVerification() Option { return func(s *Server) { s.verify = false } }

// WithClock sets the server's clock (the default is the system's). Note that
// the signature check uses it too: a request signed with the real time is
// refused once the clock is more than 5 minutes away from it, unless the
// client corrects its skew from the response's Date header (aws-sdk-go-v2
// does). Otherwise sign with the server's clock, keep the clock near the real
// time (time passed with Server.Sleep or Server.Retryer does not count), or
// turn the check off with WithoutSignatureVerification.
func WithClock(c Clock) Option { return func(s *Server) { s.clock = c } }

// WithTransitionTime sets how long fleets stay STARTING and STOPPING. The
// default, 0, switches them at the next request.
func WithTransitionTime(d time.Duration) Option { return func(s *Server) { s.transition = d } }

// WithPageSize sets how many items a page holds in the operations whose
// requests cannot choose it: DescribeFleets and DescribeStacks when the
// request names none, ListAssociatedFleets and ListAssociatedStacks
// (DefaultFleetPageSize when n < 1).
func WithPageSize(n int) Option {
	return func(s *Server) {
		if n >= 1 {
			s.pageSize = n
		}
	}
}

// WithFleetPageSize is WithPageSize, under the name it had when DescribeFleets
// was the only operation it paged.
func WithFleetPageSize(n int) Option { return WithPageSize(n) }

// WithSessionsOnRunning makes n ACTIVE sessions of the given stack appear on
// every fleet when it reaches RUNNING; like all of a fleet's sessions, they
// end when it reaches STOPPED. It may be given once per stack.
func WithSessionsOnRunning(stack string, n int) Option {
	return func(s *Server) { s.sessionsOnRunning[stack] = n }
}

// Limits bound what clients can hold of a server that others reach (such as
// local-endpoint on 0.0.0.0); WithLimits sets them. A zero field keeps its
// default.
type Limits struct {
	// ReadHeaderTimeout is how long a client may take to send a request's
	// headers (default 10 s).
	ReadHeaderTimeout time.Duration

	// ReadTimeout is how long a client may take to send a whole request,
	// headers and body (default 30 s).
	ReadTimeout time.Duration

	// IdleTimeout closes a kept-alive connection that has been waiting this
	// long for its next request (default 2 min).
	IdleTimeout time.Duration

	// MaxConnections is how many connections are served at once (default
	// 256). Further connections wait to be accepted until one closes.
	MaxConnections int
}

// The default Limits. Whatever the Limits, a request's headers are cut at
// 64 KiB and its body at 1 MiB.
const (
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultIdleTimeout       = 2 * time.Minute
	DefaultMaxConnections    = 256
	maxHeaderBytes           = 64 << 10
)

// WithLimits sets the server's timeouts and connection cap. They apply to
// the server NewServer and Listen start, not to Handler served otherwise.
// There is no write timeout: a Fault's Delay may hold a request as long as
// it says.
func WithLimits(l Limits) Option {
	return func(s *Server) {
		setIfPositive(&s.limits.ReadHeaderTimeout, l.ReadHeaderTimeout)
		setIfPositive(&s.limits.ReadTimeout, l.ReadTimeout)
		setIfPositive(&s.limits.IdleTimeout, l.IdleTimeout)
		setIfPositive(&s.limits.MaxConnections, l.MaxConnections)
	}
}

func setIfPositive[T time.Duration | int](field *T, v T) {
	if v > 0 {
		*field = v
	}
}

// NewServer starts a server listening on an ephemeral port of 127.0.0.1 (or on
// WithAddress's) and returns it. It panics if it cannot listen, or an option
// is out of range, as httptest.NewServer does; Listen returns the error
// instead.
func NewServer(opts ...Option) *Server {
	s, err := Listen(opts...)
	if err != nil {
		panic("appstreamtest: " + err.Error())
	}
	return s
}

// Listen is NewServer, returning an error when it cannot listen (such as an
// address already in use) or an option is out of range (a negative
// transition time or number of sessions).
func Listen(opts ...Option) (*Server, error) {
	s := &Server{
		addr:   "127.0.0.1:0",
		region: "us-east-1",
		creds: aws.Credentials{
			AccessKeyID:     "AKIAIOSFODNN7EXAMPLE",
			SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
			Source:          "appstreamtest",
		},
		verify:            true,
		clock:             realClock{},
		pageSize:          DefaultFleetPageSize,
		sessionsOnRunning: map[string]int{},
		failures: startFailures{
			missingImages:  map[string]bool{},
			missingSubnets: map[string]bool{},
			fleetErrors:    map[string][]types.FleetErrorCode{},
		},
		tokenKey:     make([]byte, 32),
		closed:       make(chan struct{}),
		fleets:       map[string]*fleet{},
		stacks:       map[string]*stack{},
		associations: map[association]bool{},
		requests:     map[string]int{},
		limits: Limits{
			ReadHeaderTimeout: DefaultReadHeaderTimeout,
			ReadTimeout:       DefaultReadTimeout,
			IdleTimeout:       DefaultIdleTimeout,
			MaxConnections:    DefaultMaxConnections,
		},
	}
	rand.Read(s.tokenKey)
	for _, opt := range opts {
		opt(s)
	}
	if s.transition < 0 {
		return nil, fmt.Errorf("the transition time %v is negative", s.transition)
	}
	for stack, n := range s.sessionsOnRunning {
		if n < 0 {
			return nil, fmt.Errorf("%d sessions on running for stack %q: the number cannot be negative", n, stack)
		}
	}
	s.images = publicImages(s.region)
	for _, img := range s.extraImages {
		if _, err := s.addImage(img, s.clock.Now()); err != nil {
			return nil, err
		}
	}
	l, err := net.Listen("tcp", s.addr)
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s: %w", s.addr, err)
	}
	s.URL = "http://" + l.Addr().String()
	s.httpServer = &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.limits.ReadHeaderTimeout,
		ReadTimeout:       s.limits.ReadTimeout,
		IdleTimeout:       s.limits.IdleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
	}
	go s.httpServer.Serve(newLimitListener(l, s.limits.MaxConnections))
	return s, nil
}

// Close stops the server: it closes the listener and every connection, and
// ends the requests held by a Fault's Delay. It may be called more than once.
func (s *Server) Close() {
	s.closeOnce.Do(func() {
		close(s.closed)
		s.httpServer.Close()
	})
}

// Config returns an aws.Config for the server: its region, its URL as
// BaseEndpoint and the credentials it accepts. Clients built from it, such as
// appstream.NewFromConfig(srv.Config()), talk to the server.
func (s *Server) Config() aws.Config {
	creds := s.creds
	return aws.Config{
		Region:       s.region,
		BaseEndpoint: aws.String(s.URL),
		Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
			return creds, nil
		}),
	}
}

// Region returns the region the server serves.
func (s *Server) Region() string { return s.region }

// Credentials returns the credentials the server accepts.
func (s *Server) Credentials() aws.Credentials { return s.creds }

// Clock returns the server's clock.
func (s *Server) Clock() Clock { return s.clock }

// Handler returns the service as an http.Handler, for callers who serve it
// themselves. It serves any path.
func (s *Server) Handler() http.Handler { return http.HandlerFunc(s.serveHTTP) }

// Fleet returns the named fleet as DescribeFleets would describe it now, and
// whether it exists.
func (s *Server) Fleet(name string) (types.Fleet, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.settle(s.clock.Now())
	f, ok := s.fleets[name]
	if !ok {
		return types.Fleet{}, false
	}
	return deepCopy(*s.view(f)), true
}

// operation runs one API operation on a request body and returns its output,
// ready for encoding/json.
type operation func(s *Server, r *http.Request, body map[string]any) (any, *apiError)

var operations = map[string]operation{
	"CreateFleet":          operationOf((*Server).createFleet),
	"DescribeFleets":       operationOf((*Server).describeFleets),
	"DescribeSessions":     operationOf((*Server).describeSessions),
	"UpdateFleet":          operationOf((*Server).updateFleet),
	"StartFleet":           operationOf((*Server).startFleet),
	"StopFleet":            operationOf((*Server).stopFleet),
	"DeleteFleet":          operationOf((*Server).deleteFleet),
	"CreateStack":          operationOf((*Server).createStack),
	"DescribeStacks":       operationOf((*Server).describeStacks),
	"UpdateStack":          operationOf((*Server).updateStack),
	"DeleteStack":          operationOf((*Server).deleteStack),
	"AssociateFleet":       operationOf((*Server).associateFleet),
	"DisassociateFleet":    operationOf((*Server).disassociateFleet),
	"ListAssociatedStacks": operationOf((*Server).listAssociatedStacks),
	"ListAssociatedFleets": operationOf((*Server).listAssociatedFleets),
	"CreateStreamingURL":   operationOf((*Server).createStreamingURL),
	"ExpireSession":        operationOf((*Server).expireSession),
	"TagResource":          operationOf((*Server).tagResource),
	"UntagResource":        operationOf((*Server).untagResource),
	"ListTagsForResource":  operationOf((*Server).listTagsForResource),
	"DescribeImages":       operationOf((*Server).describeImages),
}

// requestReader is an input that needs the HTTP request it came in, beyond
// its body.
type requestReader interface {
	readRequest(*http.Request)
}

// operationOf wraps what every operation shares around run: decoding and
// validating the input, then running under the lock, after the clock's
// transitions, and encoding the output before the lock is released.
func operationOf[In any, P interface {
	*In
	validate(*validator)
}](run func(*Server, P, time.Time) (any, *apiError)) operation {
	return func(s *Server, r *http.Request, body map[string]any) (any, *apiError) {
		in := P(new(In))
		if err := decodeMember(body, reflect.ValueOf(in).Elem(), ""); err != nil {
			return nil, err
		}
		if rr, ok := any(in).(requestReader); ok {
			rr.readRequest(r)
		}
		var v validator
		in.validate(&v)
		if err := v.err(); err != nil {
			return nil, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		now := s.clock.Now()
		s.settle(now)
		out, err := run(s, in, now)
		if err != nil {
			return nil, err
		}
		wire, _ := encodeMember(reflect.ValueOf(out))
		return wire, nil
	}
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Amzn-RequestId", newRequestID())
	w.Header().Set("Date", s.wireNow().UTC().Format(http.TimeFormat))
	if r.Method == http.MethodGet && r.URL.Path == streamingPath {
		s.serveStreamingURL(w, r)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBodySize+1))
	if err != nil {
		// The client is gone, or too slow (ReadTimeout): close the
		// connection rather than answer a request only partly read.
		dropConnection(w)
		return
	}
	op, apiErr := s.authenticate(r, body)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	if f := s.receive(op); f != nil {
		if !s.sleep(r, f.Delay) {
			return
		}
		if f.DropConnection {
			dropConnection(w)
			return
		}
		if f.TruncateBody {
			tw := &truncatingWriter{ResponseWriter: w, status: http.StatusOK}
			defer tw.flush()
			w = tw
		}
		if f.failsRequest() {
			writeError(w, faultError(f))
			return
		}
	}
	out, apiErr := s.handle(r, op, body)
	if apiErr != nil {
		writeError(w, apiErr)
		return
	}
	encoded, jerr := json.Marshal(out)
	if jerr != nil {
		writeError(w, newError(http.StatusInternalServerError, "InternalFailure", "cannot encode the response: %v", jerr))
		return
	}
	writeJSON(w, http.StatusOK, encoded)
}

// authenticate checks what the service's front end checks before anything
// is counted or run: the body's size, the signature and the operation. It
// returns the operation's name.
func (s *Server) authenticate(r *http.Request, body []byte) (string, *apiError) {
	if len(body) > maxBodySize {
		return "", newError(http.StatusRequestEntityTooLarge, "SerializationException", "The request body is larger than %d bytes.", maxBodySize)
	}
	if s.verify {
		if err := s.verifySignature(r, body); err != nil {
			return "", err
		}
	}
	target := r.Header.Get("X-Amz-Target")
	op, prefixed := strings.CutPrefix(target, targetPrefix)
	if _, ok := operations[op]; !ok || !prefixed || r.Method != http.MethodPost {
		return "", clientError("UnknownOperationException", "Unknown operation: %s %q. AppStream takes POST requests with X-Amz-Target: %s<Operation>.", r.Method, target, targetPrefix)
	}
	return op, nil
}

// handle runs an authenticated request for a known operation.
func (s *Server) handle(r *http.Request, op string, body []byte) (any, *apiError) {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != jsonContentType {
		return nil, clientError("SerializationException", "Unsupported Content-Type %q: AppStream takes %s.", r.Header.Get("Content-Type"), jsonContentType)
	}
	obj, err := parseBody(body)
	if err != nil {
		return nil, err
	}
	return operations[op](s, r, obj)
}

// limitListener serves at most a fixed number of connections at once: Accept
// waits for one of them to close. Connections beyond the cap wait in the
// kernel's listen queue, where they cost the server nothing.
type limitListener struct {
	net.Listener
	slots     chan struct{}
	done      chan struct{}
	closeOnce sync.Once
}

func newLimitListener(l net.Listener, n int) *limitListener {
	return &limitListener{Listener: l, slots: make(chan struct{}, n), done: make(chan struct{})}
}

func (l *limitListener) Accept() (net.Conn, error) {
	select {
	case l.slots <- struct{}{}:
	case <-l.done:
		return nil, net.ErrClosed
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	return &limitConn{Conn: c, release: sync.OnceFunc(func() { <-l.slots })}, nil
}

func (l *limitListener) Close() error {
	l.closeOnce.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// limitConn gives its slot back when it is closed, by the server or after a
// Hijack.
type limitConn struct {
	net.Conn
	release func()
}

func (c *limitConn) Close() error {
	c.release()
	return c.Conn.Close()
}

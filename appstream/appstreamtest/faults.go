package appstreamtest

import (
	"bytes"
	"net/http"
	"strconv"
	"time"
)

// Fault makes the server misbehave for the next Count requests that match it.
// Only requests that pass the signature check and name a known operation
// take faults.
// A Fault with none of Status, Code, Delay, DropConnection and TruncateBody set
// is an internal error (500 InternalFailure).
type Fault struct {
	// Operation is the operation the fault applies to, such as
	// "DescribeFleets"; "" matches every request.
	Operation string

	// Count is how many matching requests the fault applies to. 0 means 1; a
	// negative Count means every matching request until ClearFaults.
	Count int

	// Status, when Status or Code is set, fails the request with this HTTP
	// status (500 when 0), without running the operation.
	Status int

	// Code is the error code of the failure ("InternalFailure" when empty).
	Code string

	// Message is the error message (a generic one when empty).
	Message string

	// Delay holds the request for this long, in real time rather than the
	// server's Clock, before anything else happens: then the request fails,
	// is dropped or is answered normally, as the other fields say. The
	// request is abandoned, unanswered, if the client goes away or the server
	// closes.
	Delay time.Duration

	// DropConnection closes the connection without answering and without
	// running the operation.
	DropConnection bool

	// TruncateBody runs the request as usual (so the operation takes effect),
	// then sends its status and headers with only the first half of the body,
	// and a Content-Length that matches the half: the client gets a
	// well-formed HTTP response with broken JSON.
	TruncateBody bool
}

func (f *Fault) failsRequest() bool {
	return f.Status != 0 || f.Code != "" || (f.Delay == 0 && !f.DropConnection && !f.TruncateBody)
}

// InjectFault queues f. A request takes the first queued fault that matches
// its operation and still has requests to apply to.
func (s *Server) InjectFault(f Fault) {
	if f.Count == 0 {
		f.Count = 1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &f)
}

// ClearFaults removes every queued fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

// Requests returns how many requests for the operation (such as
// "DescribeFleets") the server has received and authenticated, whatever
// became of them next: refused, failed by a fault or answered. Requests that
// fail the signature check, or name no operation the server serves, are not
// counted. The operation "" counts every operation's requests.
func (s *Server) Requests(operation string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if operation == "" {
		n := 0
		for _, c := range s.requests {
			n += c
		}
		return n
	}
	return s.requests[operation]
}

// receive counts an authenticated request for a known operation, and returns
// the fault it takes, if any. The counters are thus one per operation,
// whatever clients send.
func (s *Server) receive(op string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests[op]++
	for i, f := range s.faults {
		if f.Operation != "" && f.Operation != op {
			continue
		}
		taken := *f
		if f.Count--; f.Count == 0 {
			s.faults = append(s.faults[:i], s.faults[i+1:]...)
		}
		return &taken
	}
	return nil
}

// sleep waits for d and reports whether the request should go on.
func (s *Server) sleep(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
	case <-s.closed:
	}
	return false
}

// dropConnection closes the client's connection without an answer.
func dropConnection(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			conn.Close()
			return
		}
	}
	panic(http.ErrAbortHandler) // HTTP/2 or a recorder: net/http aborts the stream
}

func faultError(f *Fault) *apiError {
	e := &apiError{status: f.Status, code: f.Code, message: f.Message}
	if e.status == 0 {
		e.status = http.StatusInternalServerError
	}
	if e.code == "" {
		e.code = "InternalFailure"
	}
	if e.message == "" {
		e.message = "The request processing has failed because of an unknown error, exception or failure."
	}
	return e
}

// truncatingWriter holds a response back so that only half its body is sent.
type truncatingWriter struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (t *truncatingWriter) WriteHeader(status int) { t.status = status }

func (t *truncatingWriter) Write(b []byte) (int, error) { return t.body.Write(b) }

func (t *truncatingWriter) flush() {
	half := t.body.Bytes()[:t.body.Len()/2]
	t.ResponseWriter.Header().Set("Content-Length", strconv.Itoa(len(half)))
	t.ResponseWriter.WriteHeader(t.status)
	t.ResponseWriter.Write(half)
}

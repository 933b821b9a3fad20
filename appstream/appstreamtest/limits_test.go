package appstreamtest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"
)

// TestRequestCountersAreBounded sends what a stranger can send to a server
// others reach: unsigned requests, badly signed ones, and signed ones, each
// naming an operation of its own. None of them may leave state behind, or
// take a fault meant for the test's own client.
func TestRequestCountersAreBounded(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	srv.InjectFault(Fault{Operation: "DescribeFleets", Code: "Injected"})
	padding := strings.Repeat("x", 4096)
	for i := 0; i < 300; i++ {
		target := fmt.Sprintf("Op%d%s", i, padding)
		unsigned := call0(t, newRequest(t, srv, target, `{}`))
		wantError(t, unsigned, http.StatusForbidden, "MissingAuthenticationTokenException", "")

		badlySigned := newRequest(t, srv, target, `{}`)
		signRequest(t, badlySigned, srv.Credentials(), "appstream", "eu-west-1", srv.Clock().Now())
		wantError(t, send(t, badlySigned), http.StatusForbidden, "InvalidSignatureException", "")

		wantError(t, call(t, srv, target, `{}`), http.StatusBadRequest, "UnknownOperationException", "")
	}
	// An unsigned request for a known operation is refused before it is
	// counted or takes the fault.
	wantError(t, call0(t, newRequest(t, srv, "DescribeFleets", `{}`)), http.StatusForbidden, "MissingAuthenticationTokenException", "")
	if got := srv.Requests(""); got != 0 {
		t.Errorf("Requests(\"\") = %d after requests that failed authentication or named no operation, want 0", got)
	}
	srv.mu.Lock()
	counters := len(srv.requests)
	srv.mu.Unlock()
	if counters != 0 {
		t.Errorf("the server keeps %d request counters, want 0", counters)
	}

	wantError(t, call(t, srv, "DescribeFleets", `{}`), http.StatusInternalServerError, "Injected", "")
	mustCall(t, srv, "DescribeFleets", `{}`)
	if got := srv.Requests("DescribeFleets"); got != 2 {
		t.Errorf("Requests(DescribeFleets) = %d, want 2", got)
	}
}

// call0 sends req as it is.
func call0(t *testing.T, req *http.Request) response {
	t.Helper()
	return send(t, req)
}

// TestLimitsClose checks that connections a client stalls, or leaves idle,
// are closed once their timeout passes.
func TestLimitsClose(t *testing.T) {
	t.Parallel()
	const timeout = 200 * time.Millisecond
	cases := map[string]struct {
		send string
		idle bool // complete a request first, then stall
	}{
		"stalled headers": {send: "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: PhotonAdminProxyService.Descr"},
		"stalled body": {send: "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n" +
			"X-Amz-Target: PhotonAdminProxyService.DescribeFleets\r\nContent-Length: 100\r\n\r\n{\"Names\":"},
		"idle keep-alive": {send: "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\n" +
			"X-Amz-Target: PhotonAdminProxyService.DescribeFleets\r\nContent-Length: 2\r\n\r\n{}", idle: true},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t, WithoutSignatureVerification(),
				WithLimits(Limits{ReadHeaderTimeout: timeout, ReadTimeout: timeout, IdleTimeout: timeout}))
			conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if _, err := io.WriteString(conn, tc.send); err != nil {
				t.Fatal(err)
			}
			conn.SetReadDeadline(time.Now().Add(20 * timeout))
			r := bufio.NewReader(conn)
			if tc.idle {
				resp, err := http.ReadResponse(r, nil)
				if err != nil {
					t.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK || resp.Close {
					t.Fatalf("status %d, close %v: want a 200 that keeps the connection", resp.StatusCode, resp.Close)
				}
			}
			start := time.Now()
			rest, err := io.ReadAll(r)
			if errors.Is(err, os.ErrDeadlineExceeded) {
				t.Fatalf("the server still held the connection after %v", time.Since(start))
			}
			if strings.HasPrefix(string(rest), "HTTP/1.1 200") {
				t.Errorf("the server answered a request it did not read whole: %q", rest)
			}
		})
	}
}

// TestLimitsCapConnections checks that the server serves at most
// MaxConnections connections: one more waits until a slot frees.
func TestLimitsCapConnections(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t, WithoutSignatureVerification(), WithLimits(Limits{MaxConnections: 2}))
	addr := strings.TrimPrefix(srv.URL, "http://")
	var held []net.Conn
	for i := 0; i < 2; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		held = append(held, c)
	}
	// Each request of this client has a connection of its own.
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	answered := make(chan error, 1)
	go func() {
		resp, err := client.Do(newRequest(t, srv, "DescribeFleets", `{}`))
		if err == nil {
			resp.Body.Close()
		}
		answered <- err
	}()
	select {
	case err := <-answered:
		t.Fatalf("a third connection was served while two were held (error %v)", err)
	case <-time.After(300 * time.Millisecond):
	}
	held[0].Close()
	select {
	case err := <-answered:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the waiting connection was not served once a slot was free")
	}
}

// TestLimitsDefaults checks the limits a server has unless told otherwise.
func TestLimitsDefaults(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t, WithLimits(Limits{IdleTimeout: time.Second, MaxConnections: -1}))
	h := srv.httpServer
	got := Limits{ReadHeaderTimeout: h.ReadHeaderTimeout, ReadTimeout: h.ReadTimeout, IdleTimeout: h.IdleTimeout, MaxConnections: srv.limits.MaxConnections}
	want := Limits{ReadHeaderTimeout: DefaultReadHeaderTimeout, ReadTimeout: DefaultReadTimeout, IdleTimeout: time.Second, MaxConnections: DefaultMaxConnections}
	if got != want || h.MaxHeaderBytes != 64<<10 || h.WriteTimeout != 0 {
		t.Errorf("limits %+v, MaxHeaderBytes %d, WriteTimeout %v; want %+v, 65536, 0", got, h.MaxHeaderBytes, h.WriteTimeout, want)
	}
}

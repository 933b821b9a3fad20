package appstreamtest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestConfig(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		opts       []Option
		region     string
		creds      aws.Credentials
		addrPrefix string
	}{
		"defaults": {
			region:     "us-east-1",
			creds:      aws.Credentials{AccessKeyID: "AKIAIOSFODNN7EXAMPLE", SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", Source: "appstreamtest"},
			addrPrefix: "http://127.0.0.1:",
		},
		"options": {
			opts:       []Option{WithRegion("eu-west-1"), WithCredentials("AKID", "SECRET"), WithSessionToken("TOKEN"), WithAddress("127.0.0.1:0")},
			region:     "eu-west-1",
			creds:      aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", SessionToken: "TOKEN", Source: "appstreamtest"},
			addrPrefix: "http://127.0.0.1:",
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv := NewServer(tc.opts...)
			defer srv.Close()
			if !strings.HasPrefix(srv.URL, tc.addrPrefix) || strings.HasSuffix(srv.URL, ":0") {
				t.Errorf("URL %q", srv.URL)
			}
			cfg := srv.Config()
			creds, err := cfg.Credentials.Retrieve(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.creds, creds); diff != "" {
				t.Errorf("Config credentials (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.creds, srv.Credentials()); diff != "" {
				t.Errorf("Credentials (-want +got):\n%s", diff)
			}
			if cfg.Region != tc.region || srv.Region() != tc.region || aws.ToString(cfg.BaseEndpoint) != srv.URL {
				t.Errorf("Region %q, Region() %q, BaseEndpoint %q; want %q, %q, %q", cfg.Region, srv.Region(), aws.ToString(cfg.BaseEndpoint), tc.region, tc.region, srv.URL)
			}
			// A client signing with the real time gets through the default clock.
			req := newRequest(t, srv, "DescribeFleets", `{}`)
			signRequest(t, req, creds, "appstream", cfg.Region, time.Now())
			if r := send(t, req); r.Status != http.StatusOK {
				t.Errorf("status %d: %s", r.Status, r.Raw)
			}
		})
	}
}

func TestNewServerPanicsWhenItCannotListen(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("NewServer did not panic")
		}
	}()
	NewServer(WithAddress("256.0.0.1:1")).Close()
}

func TestListenRefusesOutOfRangeOptions(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		opt  Option
		says string
	}{
		"negative transition":          {WithTransitionTime(-time.Second), "the transition time -1s is negative"},
		"negative sessions on running": {WithSessionsOnRunning("stack", -1), `-1 sessions on running for stack "stack"`},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, err := Listen(tc.opt)
			if err == nil {
				srv.Close()
				t.Fatal("Listen accepted the option")
			}
			if !strings.Contains(err.Error(), tc.says) {
				t.Errorf("error %q does not say %q", err, tc.says)
			}
		})
	}
}

func TestClose(t *testing.T) {
	t.Parallel()
	srv := NewServer()
	srv.Close()
	srv.Close() // a second Close is harmless
	req := newRequest(t, srv, "DescribeFleets", `{}`)
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
		t.Error("the closed server answered")
	}
}

func TestHandler(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	mounted := httptest.NewServer(http.StripPrefix("/appstream", srv.Handler()))
	defer mounted.Close()
	req := newRequest(t, srv, "DescribeFleets", `{}`)
	req.URL.Host = strings.TrimPrefix(mounted.URL, "http://")
	req.URL.Path = "/appstream/"
	sign(t, srv, req)
	if r := send(t, req); r.Status != http.StatusOK {
		t.Errorf("status %d: %s", r.Status, r.Raw)
	}
}

func TestFakeClock(t *testing.T) {
	t.Parallel()
	c := NewFakeClock(testStart)
	c.Advance(time.Hour)
	if got := c.Now(); !got.Equal(testStart.Add(time.Hour)) {
		t.Errorf("after Advance: %v", got)
	}
	c.Set(testStart)
	if got := c.Now(); !got.Equal(testStart) {
		t.Errorf("after Set: %v", got)
	}
	srv, _ := newTestServer(t, WithClock(c))
	if srv.Clock() != Clock(c) {
		t.Error("Clock() is not the clock given")
	}
}

func TestFleetAccessor(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	if _, ok := srv.Fleet("f"); ok {
		t.Error("Fleet of a fleet that does not exist reports true")
	}
	createFleet(t, srv, "f", map[string]any{"VpcConfig": map[string]any{"SubnetIds": []string{"subnet-1"}}})
	f, ok := srv.Fleet("f")
	if !ok || *f.Name != "f" || *f.ComputeCapacityStatus.Desired != 2 || f.State != "STOPPED" {
		t.Fatalf("Fleet(f) = %+v, %v", f, ok)
	}
	*f.Name = "changed"
	f.VpcConfig.SubnetIds[0] = "changed"
	again, _ := srv.Fleet("f")
	if *again.Name != "f" || again.VpcConfig.SubnetIds[0] != "subnet-1" {
		t.Error("changing what Fleet returned changed the server's fleet")
	}
}

func TestDeepCopy(t *testing.T) {
	t.Parallel()
	type inner struct{ S []string }
	type value struct {
		P *inner
		M map[string]*int
		T time.Time
	}
	n := 1
	in := value{P: &inner{S: []string{"a"}}, M: map[string]*int{"k": &n}, T: testStart}
	out := deepCopy(in)
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("copy differs (-in +out):\n%s", diff)
	}
	out.P.S[0], *out.M["k"] = "b", 2
	if in.P.S[0] != "a" || n != 1 {
		t.Error("the copy shares memory with the original")
	}
}

// TestConcurrentRequests is meant for -race: many clients create, update and
// describe fleets and sessions at once.
func TestConcurrentRequests(t *testing.T) {
	t.Parallel()
	srv, clock := newTestServer(t, WithFleetPageSize(7), WithSessionsOnRunning("stack", 1))
	const workers, fleetsEach = 8, 6
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < fleetsEach; i++ {
				name := fmt.Sprintf("w%d-f%d", w, i)
				for _, step := range []struct {
					op   string
					body map[string]any
				}{
					{"CreateFleet", map[string]any{"Name": name, "ImageName": ImageWindowsServer2019, "InstanceType": "stream.standard.small", "ComputeCapacity": map[string]any{"DesiredInstances": 2}}},
					{"UpdateFleet", map[string]any{"Name": name, "DisplayName": name}},
					{"StartFleet", map[string]any{"Name": name}},
					{"DescribeFleets", map[string]any{}},
					{"DescribeSessions", map[string]any{"StackName": "stack", "FleetName": name}},
				} {
					req := newRequest(t, srv, step.op, step.body)
					sign(t, srv, req)
					resp, err := http.DefaultClient.Do(req)
					if err != nil {
						t.Error(err)
						return
					}
					resp.Body.Close()
					if resp.StatusCode != http.StatusOK {
						t.Errorf("%s %s: status %d", step.op, name, resp.StatusCode)
					}
				}
				srv.AddSession(sessionOn("other", name))
				srv.Fleet(name)
				srv.Requests("")
				clock.Advance(time.Millisecond)
			}
		}()
	}
	wg.Wait()

	var names []string
	body := map[string]any{}
	for {
		out := mustCall(t, srv, "DescribeFleets", body)
		for _, f := range out["Fleets"].([]any) {
			f := f.(map[string]any)
			if f["State"] != "RUNNING" || f["DisplayName"] != f["Name"] {
				t.Errorf("fleet %v is %v with display name %v", f["Name"], f["State"], f["DisplayName"])
			}
			names = append(names, f["Name"].(string))
		}
		if out["NextToken"] == nil {
			break
		}
		body = map[string]any{"NextToken": out["NextToken"]}
	}
	var want []string
	for w := 0; w < workers; w++ {
		for i := 0; i < fleetsEach; i++ {
			want = append(want, fmt.Sprintf("w%d-f%d", w, i))
		}
	}
	if diff := cmp.Diff(want, names, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("fleets (-want +got):\n%s", diff)
	}
	if got, want := srv.Requests("CreateFleet"), workers*fleetsEach; got != want {
		t.Errorf("Requests(CreateFleet) = %d, want %d", got, want)
	}
}

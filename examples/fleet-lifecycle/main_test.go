package main

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// newWorkflow returns a workflow on a local endpoint whose fleets take
// transition to start and stop.
func newWorkflow(t *testing.T, transition, timeout time.Duration) (*workflow, *appstreamtest.Server, *bytes.Buffer) {
	srv := appstreamtest.NewServer(appstreamtest.WithTransitionTime(transition))
	t.Cleanup(srv.Close)
	out := &bytes.Buffer{}
	return &workflow{client: appstream.NewFromConfig(srv.Config()), fleet: "f", stack: "s", instanceType: "stream.standard.small",
		platform: types.PlatformTypeWindowsServer2019, user: "alice", minDelay: 10 * time.Millisecond, timeout: timeout,
		out: out, open: get}, srv, out
}

// leftBehind fails the test if the fleet or the stack still exists.
func leftBehind(t *testing.T, srv *appstreamtest.Server) {
	t.Helper()
	if _, exists := srv.Fleet("f"); exists {
		t.Error("the fleet was left behind")
	}
	if _, exists := srv.Stack("s"); exists {
		t.Error("the stack was left behind")
	}
}

func TestRun(t *testing.T) {
	w, srv, out := newWorkflow(t, 30*time.Millisecond, time.Minute)
	if err := w.run(context.Background()); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	leftBehind(t, srv)
	for _, op := range []string{"DescribeImages", "CreateFleet", "CreateStack", "AssociateFleet", "TagResource", "ListTagsForResource",
		"StartFleet", "UpdateFleet", "CreateStreamingURL", "ExpireSession", "StopFleet", "UntagResource", "DisassociateFleet",
		"DeleteStack", "DeleteFleet"} {
		if got := srv.Requests(op); got != 1 {
			t.Errorf("%s: %d requests, want 1", op, got)
		}
	}
	if srv.Requests("DescribeSessions") < 1 {
		t.Error("the session was not listed")
	}
	for _, says := range []string{
		"image " + appstreamtest.ImageWindowsServer2019 + " (WINDOWS_SERVER_2019, AVAILABLE)",
		"the fleet's tags: map[example:fleet-lifecycle stack:s]",
		"user alice, ACTIVE, CONNECTED, on instance i-",
		"in use 1, available 1",
		"expired session ",
		"deleted stack s",
		"deleted fleet f",
	} {
		if !strings.Contains(out.String(), says) {
			t.Errorf("the output does not say %q:\n%s", says, out)
		}
	}
}

// TestFindImage picks images by platform and instance type, or by name.
func TestFindImage(t *testing.T) {
	w, _, _ := newWorkflow(t, 0, time.Minute)
	for _, tc := range []struct {
		platform     types.PlatformType
		instanceType string
		image        string
		want         string
	}{
		{types.PlatformTypeWindowsServer2019, "stream.standard.small", "", appstreamtest.ImageWindowsServer2019},
		{types.PlatformTypeWindowsServer2019, "stream.graphics.g4dn.xlarge", "", appstreamtest.ImageGraphicsG4dnWindows2019},
		{types.PlatformTypeWindowsServer2022, "stream.standard.small", "", appstreamtest.ImageWindowsServer2022},
		{types.PlatformTypeAmazonLinux2, "stream.standard.small", "", appstreamtest.ImageAmazonLinux2},
		{types.PlatformTypeWindowsServer2019, "stream.standard.small", appstreamtest.ImageWindowsServer2019Previous, appstreamtest.ImageWindowsServer2019Previous},
	} {
		w.platform, w.instanceType, w.image = tc.platform, tc.instanceType, tc.image
		img, err := w.findImage(context.Background())
		if err != nil || *img.Name != tc.want {
			t.Errorf("%s %s %q: %v, %v; want %s", tc.platform, tc.instanceType, tc.image, img.Name, err, tc.want)
		}
	}
	w.image = "Missing"
	if _, err := w.findImage(context.Background()); err == nil {
		t.Error("an -image that does not exist was found")
	}
	w.image, w.platform = "", types.PlatformTypeRhel8
	if _, err := w.findImage(context.Background()); err == nil || !strings.Contains(err.Error(), "no AVAILABLE public image of platform RHEL8") {
		t.Errorf("no image of the platform: %v", err)
	}
}

// A step that fails leaves nothing behind.
func TestRunCleansUpAfterAFailure(t *testing.T) {
	cases := map[string]func(*workflow, *appstreamtest.Server){
		"the fleet does not start in time": func(w *workflow, _ *appstreamtest.Server) { w.timeout = 20 * time.Millisecond },
		"no streaming URL": func(_ *workflow, srv *appstreamtest.Server) {
			srv.InjectFault(appstreamtest.Fault{Operation: "CreateStreamingURL", Status: http.StatusBadRequest, Code: "OperationNotPermittedException"})
		},
		"the user never connects": func(w *workflow, _ *appstreamtest.Server) {
			w.open = func(context.Context, string) error { return nil }
			w.timeout = 300 * time.Millisecond
		},
		"the stack exists": func(w *workflow, _ *appstreamtest.Server) {
			if _, err := w.client.CreateStack(context.Background(), &appstream.CreateStackInput{Name: &w.stack}); err != nil {
				panic(err)
			}
		},
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			w, srv, out := newWorkflow(t, 100*time.Millisecond, 10*time.Second)
			change(w, srv)
			err := w.run(context.Background())
			if err == nil {
				t.Fatalf("the run succeeded:\n%s", out)
			}
			if name == "the stack exists" {
				if !strings.Contains(err.Error(), `a stack named "s" exists already`) {
					t.Errorf("error %v", err)
				}
				if _, exists := srv.Fleet("f"); exists {
					t.Error("the fleet was left behind")
				}
				return
			}
			leftBehind(t, srv)
		})
	}
}

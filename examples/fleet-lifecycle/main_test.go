package main

import (
	"context"
	"testing"
	"time"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
)

func TestRun(t *testing.T) {
	srv := appstreamtest.NewServer(appstreamtest.WithTransitionTime(30*time.Millisecond), appstreamtest.WithSessionsOnRunning("stack", 2))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	if err := run(context.Background(), client, "f", appstreamtest.ImageWindowsServer2019, "stream.standard.small", "stack", 10*time.Millisecond, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, exists := srv.Fleet("f"); exists {
		t.Error("the fleet still exists")
	}
	for op, want := range map[string]int{"CreateFleet": 1, "StartFleet": 1, "UpdateFleet": 1, "DescribeSessions": 1, "StopFleet": 1, "DeleteFleet": 1} {
		if got := srv.Requests(op); got != want {
			t.Errorf("%s: %d requests, want %d", op, got, want)
		}
	}
}

// A step that fails leaves no fleet behind.
func TestRunCleansUpAfterAFailure(t *testing.T) {
	srv := appstreamtest.NewServer(appstreamtest.WithTransitionTime(200 * time.Millisecond))
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	err := run(context.Background(), client, "f", appstreamtest.ImageWindowsServer2019, "stream.standard.small", "stack", 10*time.Millisecond, 20*time.Millisecond)
	if err == nil {
		t.Fatal("the FleetStarted wait did not time out")
	}
	if _, exists := srv.Fleet("f"); exists {
		t.Error("the fleet was left behind")
	}
}

package main

import (
	"context"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

func TestReport(t *testing.T) {
	srv := appstreamtest.NewServer()
	defer srv.Close()
	client := appstream.NewFromConfig(srv.Config())
	ctx := context.Background()
	if err := addSampleSessions(ctx, client, srv, "stack", "fleet"); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	in := &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"), Limit: aws.Int32(10)}
	if err := report(ctx, &out, client, in); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 27 || !strings.HasPrefix(lines[0], "SESSION ") || lines[26] != "25 sessions on stack stack, fleet fleet" {
		t.Fatalf("report:\n%s", out.String())
	}
	if !strings.Contains(lines[25], "student25@example.com") || srv.Requests("DescribeSessions") != 3 {
		t.Errorf("last row %q, %d pages read (want 3 of 10)", lines[25], srv.Requests("DescribeSessions"))
	}

	out.Reset()
	in = &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet"),
		UserId: aws.String("student07@example.com"), AuthenticationType: types.AuthenticationTypeApi}
	if err := report(ctx, &out, client, in); err != nil || !strings.HasSuffix(out.String(), "1 sessions on stack stack, fleet fleet\n") {
		t.Errorf("report for one user: %v\n%s", err, out.String())
	}
}

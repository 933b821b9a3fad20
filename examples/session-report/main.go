// Command session-report prints every streaming session of an AppStream 2.0
// stack and fleet as a table, walking all pages with the Sessions iterator.
//
// With no flags it runs offline, against a local endpoint (appstreamtest)
// started in the process and filled with sample sessions. With -aws it reads
// the real service through config.LoadDefaultConfig.
//
//	go run ./examples/session-report
//	go run ./examples/session-report -aws -stack my-stack -fleet my-fleet
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

func main() {
	var (
		useAWS   = flag.Bool("aws", false, "read the real AppStream service (config.LoadDefaultConfig) instead of a local endpoint")
		stack    = flag.String("stack", "local-stack", "stack whose sessions are listed")
		fleet    = flag.String("fleet", "report-fleet", "fleet whose sessions are listed")
		user     = flag.String("user", "", "list only this user's sessions (needs -auth)")
		auth     = flag.String("auth", "", "authentication type of the sessions: API (the service's default), SAML, USERPOOL or AWS_AD")
		pageSize = flag.Int("page-size", 20, "sessions per DescribeSessions call (1 to 50)")
	)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: session-report [flags]\n\n"+
			"Prints the streaming sessions of a stack and fleet as a table. Without -aws, it reads\n"+
			"a local AppStream endpoint started in this process with sample sessions.\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	ctx := context.Background()
	var client *appstream.Client
	if *useAWS {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			fmt.Fprintln(os.Stderr, "session-report: loading the AWS configuration:", err)
			os.Exit(1)
		}
		client = appstream.NewFromConfig(cfg)
	} else {
		srv := appstreamtest.NewServer()
		defer srv.Close()
		client = appstream.NewFromConfig(srv.Config())
		if err := addSampleSessions(ctx, client, srv, *stack, *fleet); err != nil {
			fmt.Fprintln(os.Stderr, "session-report:", err)
			os.Exit(1)
		}
	}

	in := &appstream.DescribeSessionsInput{
		StackName:          aws.String(*stack),
		FleetName:          aws.String(*fleet),
		AuthenticationType: types.AuthenticationType(*auth),
		Limit:              aws.Int32(int32(*pageSize)),
	}
	if *user != "" {
		in.UserId = aws.String(*user)
	}
	if err := report(ctx, os.Stdout, client, in); err != nil {
		fmt.Fprintln(os.Stderr, "session-report:", err)
		os.Exit(1)
	}
}

// report writes the sessions that in selects to out, as a table.
func report(ctx context.Context, out io.Writer, client *appstream.Client, in *appstream.DescribeSessionsInput) error {
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "SESSION\tUSER\tAUTH\tSTATE\tCONNECTION\tINSTANCE\tSTARTED")
	count := 0
	for s, err := range appstream.NewDescribeSessionsPaginator(client, in).Sessions(ctx) {
		if err != nil {
			return err
		}
		count++
		started := "-"
		if s.StartTime != nil {
			started = s.StartTime.Format(time.RFC3339)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", aws.ToString(s.Id), aws.ToString(s.UserId), s.AuthenticationType,
			s.State, s.ConnectionState, aws.ToString(s.InstanceId), started)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(out, "%d sessions on stack %s, fleet %s\n", count, aws.ToString(in.StackName), aws.ToString(in.FleetName))
	return err
}

// addSampleSessions creates and starts the fleet on the local endpoint and
// gives it sessions of several users; the report then pages through them.
func addSampleSessions(ctx context.Context, client *appstream.Client, srv *appstreamtest.Server, stack, fleet string) error {
	if _, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{
		Name:            aws.String(fleet),
		ImageName:       aws.String("AppStream-WinServer2019-06-17-2024"),
		InstanceType:    aws.String("stream.standard.medium"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(30)},
	}); err != nil {
		return err
	}
	if _, err := client.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String(fleet)}); err != nil {
		return err
	}
	states := []types.SessionState{types.SessionStateActive, types.SessionStateActive, types.SessionStatePending}
	for i := range 25 {
		srv.AddSession(types.Session{
			StackName:       aws.String(stack),
			FleetName:       aws.String(fleet),
			UserId:          aws.String(fmt.Sprintf("student%02d@example.com", i+1)),
			State:           states[i%len(states)],
			ConnectionState: []types.SessionConnectionState{types.SessionConnectionStateConnected, types.SessionConnectionStateNotConnected}[i%2],
		})
	}
	return nil
}

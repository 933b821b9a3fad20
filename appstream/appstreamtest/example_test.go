package appstreamtest_test

import (
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// A test server with a fake clock: fleets take ten minutes to start or stop,
// and the test moves the clock instead of sleeping. Build the client under
// test from srv.Config().
func ExampleNewServer() {
	clock := appstreamtest.NewFakeClock(time.Now())
	srv := appstreamtest.NewServer(
		appstreamtest.WithClock(clock),
		appstreamtest.WithTransitionTime(10*time.Minute),
	)
	defer srv.Close()

	cfg := srv.Config() // for appstream.NewFromConfig(cfg)
	fmt.Println(cfg.Region, aws.ToString(cfg.BaseEndpoint) == srv.URL)
	// Output: us-east-1 true
}

// Sessions stand in for streaming users; the server fills in what is left
// unset.
func ExampleServer_AddSession() {
	srv := appstreamtest.NewServer()
	defer srv.Close()

	s := srv.AddSession(types.Session{StackName: aws.String("stack"), FleetName: aws.String("fleet"), UserId: aws.String("alice")})
	fmt.Println(*s.Id, s.State, s.AuthenticationType, *s.InstanceId)
	// Output: 00000000-0000-4000-8000-000000000001 ACTIVE API i-00000000000000001
}

// Faults make the next requests fail, so a client's retries can be counted.
func ExampleServer_InjectFault() {
	srv := appstreamtest.NewServer()
	defer srv.Close()

	srv.InjectFault(appstreamtest.Fault{Operation: "DescribeFleets", Count: 2, Status: 503, Code: "ServiceUnavailable"})
	// ... call DescribeFleets with the client under test, then:
	fmt.Println(srv.Requests("DescribeFleets"))
	// Output: 0
}

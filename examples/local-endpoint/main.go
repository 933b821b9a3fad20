// Command local-endpoint serves a local AppStream 2.0 endpoint
// (appstreamtest) for other tools: the AWS CLI with --endpoint-url, any AWS
// SDK, or a program under test. Fleets move through STARTING and STOPPING in
// -transition, and -sessions sample sessions appear on each fleet under stack
// local-stack when it reaches RUNNING.
//
//	go run ./examples/local-endpoint
//	AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY \
//	  aws appstream describe-fleets --region us-east-1 --endpoint-url http://127.0.0.1:4599
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
)

func main() {
	var (
		addr       = flag.String("addr", "127.0.0.1:4599", "address to listen on")
		region     = flag.String("region", "us-east-1", "region the endpoint serves (and expects in signatures)")
		transition = flag.Duration("transition", 3*time.Second, "how long fleets stay STARTING and STOPPING (0s switches at once)")
		sessions   = flag.Int("sessions", 0, "sessions that appear on each fleet, under stack local-stack, when it reaches RUNNING")
		verify     = flag.Bool("verify-signatures", true, "check SigV4 signatures against the credentials printed at start")
	)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: local-endpoint [flags]\n\n"+
			"Serves a local, in-memory AppStream 2.0 endpoint until interrupted (Ctrl-C), for the\n"+
			"AWS CLI (--endpoint-url), any AWS SDK, or a program under test.\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	opts := []appstreamtest.Option{
		appstreamtest.WithAddress(*addr),
		appstreamtest.WithRegion(*region),
		appstreamtest.WithTransitionTime(*transition),
	}
	if *sessions > 0 {
		opts = append(opts, appstreamtest.WithSessionsOnRunning("local-stack", *sessions))
	}
	if !*verify {
		opts = append(opts, appstreamtest.WithoutSignatureVerification())
	}
	srv, err := appstreamtest.Listen(opts...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "local-endpoint:", err)
		os.Exit(1)
	}
	defer srv.Close()

	creds := srv.Credentials()
	fmt.Printf("AppStream endpoint listening at %s (region %s)\n", srv.URL, srv.Region())
	if *verify {
		fmt.Printf("Sign requests with these credentials (AWS's documented example pair):\n"+
			"  export AWS_ACCESS_KEY_ID=%s\n  export AWS_SECRET_ACCESS_KEY=%s\n", creds.AccessKeyID, creds.SecretAccessKey)
	} else {
		fmt.Println("Signatures are not checked: any credentials will do.")
	}
	fmt.Printf("Then, for example:\n  aws appstream describe-fleets --region %s --endpoint-url %s\n"+
		"or set AWS_ENDPOINT_URL_APPSTREAM=%s for any AWS SDK.\nPress Ctrl-C to stop.\n", srv.Region(), srv.URL, srv.URL)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	fmt.Println("\nstopping")
}

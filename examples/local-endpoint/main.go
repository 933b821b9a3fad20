// Command local-endpoint serves a local AppStream 2.0 endpoint
// (appstreamtest) for other tools: the AWS CLI with --endpoint-url, any AWS
// SDK, or a program under test. It serves fleets, stacks, associations,
// streaming URLs, sessions, tags and images. Fleets move through STARTING and
// STOPPING in -transition, and -sessions sample sessions appear on each fleet
// under stack local-stack when it reaches RUNNING. The streaming URLs of
// CreateStreamingURL lead to this endpoint: opening one (a browser, curl)
// starts a session for its user. Fleets run the images of DescribeImages, a
// catalog of public base images to which -image adds images of your own.
// -missing-image, -missing-subnet and -fleet-error make fleets fail to
// start: they go back to STOPPED with FleetErrors, as the service reports
// them.
//
//	go run ./examples/local-endpoint
//	unset AWS_SESSION_TOKEN AWS_PROFILE
//	AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY \
//	  aws appstream describe-fleets --region us-east-1 --endpoint-url http://127.0.0.1:4599
//
// Reached from other machines (-addr 0.0.0.0:4599), it bounds what clients
// can hold of it (see appstreamtest.Limits); keep -verify-signatures on
// there, or anyone who reaches the port can create fleets.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

func main() {
	var (
		addr       = flag.String("addr", "127.0.0.1:4599", "address to listen on")
		region     = flag.String("region", "us-east-1", "region the endpoint serves (and expects in signatures)")
		transition = flag.Duration("transition", 3*time.Second, "how long fleets stay STARTING and STOPPING (0s switches at once)")
		sessions   = flag.Int("sessions", 0, "sessions that appear on each fleet, under stack local-stack, when it reaches RUNNING")
		verify     = flag.Bool("verify-signatures", true, "check SigV4 signatures against the credentials printed at start")
		extra      listFlag
		images     listFlag
		subnets    listFlag
		fleetErrs  listFlag
	)
	flag.Var(&extra, "image", "an image of your own, `name[=PLATFORM]`, added to the catalog of public base images as a PRIVATE,\n"+
		"AVAILABLE image (platform WINDOWS_SERVER_2019 unless given) (repeatable)")
	flag.Var(&images, "missing-image", "an image `name` that fleets may use but that does not exist: they fail to start with IMAGE_NOT_FOUND (repeatable)")
	flag.Var(&subnets, "missing-subnet", "a subnet `id` that does not exist: fleets using it fail to start with SUBNET_NOT_FOUND (repeatable)")
	flag.Var(&fleetErrs, "fleet-error", "every start of the fleet in `fleet=CODE[,CODE...]` fails with those fleet errors,\n"+
		"such as NETWORK_INTERFACE_LIMIT_EXCEEDED (repeatable)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: local-endpoint [flags]\n\n"+
			"Serves a local, in-memory AppStream 2.0 endpoint until interrupted (Ctrl-C), for the\n"+
			"AWS CLI (--endpoint-url), any AWS SDK, or a program under test: fleets, stacks, streaming\n"+
			"URLs that start sessions when opened, sessions, tags, and a catalog of public base images.\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *transition < 0 || *sessions < 0 {
		fmt.Fprintf(os.Stderr, "local-endpoint: -transition (%v) and -sessions (%d) cannot be negative\n", *transition, *sessions)
		os.Exit(2)
	}

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
	for _, spec := range extra {
		img, err := parseImage(spec)
		if err != nil {
			fmt.Fprintln(os.Stderr, "local-endpoint: -image:", err)
			os.Exit(2)
		}
		opts = append(opts, appstreamtest.WithImages(img))
	}
	opts = append(opts, appstreamtest.WithMissingImages(images...), appstreamtest.WithMissingSubnets(subnets...))
	for _, spec := range fleetErrs {
		fleet, codes, err := parseFleetErrors(spec)
		if err != nil {
			fmt.Fprintln(os.Stderr, "local-endpoint: -fleet-error:", err)
			os.Exit(2)
		}
		opts = append(opts, appstreamtest.WithFleetErrors(fleet, codes...))
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
		fmt.Printf("Sign requests with these credentials (AWS's documented example pair), and no session token:\n"+
			"  export AWS_ACCESS_KEY_ID=%s\n  export AWS_SECRET_ACCESS_KEY=%s\n  unset AWS_SESSION_TOKEN AWS_PROFILE\n",
			creds.AccessKeyID, creds.SecretAccessKey)
	} else {
		fmt.Println("Signatures are not checked: any credentials will do.")
	}
	fmt.Printf("Then, for example:\n  aws appstream describe-images --region %s --endpoint-url %s\n"+
		"or set AWS_ENDPOINT_URL_APPSTREAM=%s for any AWS SDK.\n"+
		"Streaming URLs lead here: open one (a browser, curl) to start its user's session.\nPress Ctrl-C to stop.\n",
		srv.Region(), srv.URL, srv.URL)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	fmt.Println("\nstopping")
}

// listFlag is a flag that may be given more than once.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// parseFleetErrors reads "fleet=CODE[,CODE...]", with codes of the model's
// FleetErrorCode.
func parseFleetErrors(spec string) (string, []types.FleetErrorCode, error) {
	fleet, list, ok := strings.Cut(spec, "=")
	if !ok || fleet == "" || list == "" {
		return "", nil, fmt.Errorf("%q is not fleet=CODE[,CODE...]", spec)
	}
	var codes []types.FleetErrorCode
	for _, c := range strings.Split(list, ",") {
		code := types.FleetErrorCode(strings.TrimSpace(c))
		if !slices.Contains(code.Values(), code) {
			return "", nil, fmt.Errorf("%q is not a fleet error code; the codes are %v", code, code.Values())
		}
		codes = append(codes, code)
	}
	return fleet, codes, nil
}

// parseImage reads "name[=PLATFORM]", with a platform of the model's
// PlatformType.
func parseImage(spec string) (types.Image, error) {
	name, platform, _ := strings.Cut(spec, "=")
	img := types.Image{Name: &name, Platform: types.PlatformType(platform)}
	if platform != "" && !slices.Contains(img.Platform.Values(), img.Platform) {
		return img, fmt.Errorf("%q is not a platform; the platforms are %v", platform, img.Platform.Values())
	}
	return img, nil
}

package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// build builds the command once for the package's tests.
var build = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "local-endpoint")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "local-endpoint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

func TestMain(m *testing.M) {
	code := m.Run()
	if bin, err := build(); err == nil {
		os.RemoveAll(filepath.Dir(bin))
	}
	os.Exit(code)
}

// endpoint is a running local-endpoint command.
type endpoint struct {
	cmd    *exec.Cmd
	lines  *bufio.Scanner
	client *appstream.Client
	url    string
}

// start runs the command with args, on a free port, and returns it with a
// client built from the endpoint and credentials it prints.
func start(t *testing.T, args ...string) *endpoint {
	t.Helper()
	bin, err := build()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, append([]string{"-addr", "127.0.0.1:0"}, args...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := bufio.NewScanner(stdout)
	var url, key, secret string
	for lines.Scan() && (url == "" || key == "" || secret == "") {
		line := strings.TrimSpace(lines.Text())
		if rest, ok := strings.CutPrefix(line, "AppStream endpoint listening at "); ok {
			url, _, _ = strings.Cut(rest, " ")
		}
		key = valueOf(line, "export AWS_ACCESS_KEY_ID=", key)
		secret = valueOf(line, "export AWS_SECRET_ACCESS_KEY=", secret)
	}
	if url == "" || key == "" || secret == "" {
		t.Fatalf("the command did not print its endpoint and credentials (url %q)", url)
	}
	client := appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(url),
		Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
			return aws.Credentials{AccessKeyID: key, SecretAccessKey: secret}, nil
		})})
	return &endpoint{cmd: cmd, lines: lines, client: client, url: url}
}

// TestServeAndStop runs the command, uses the endpoint it prints with the
// credentials it prints, and stops it with SIGINT, as Ctrl-C does.
func TestServeAndStop(t *testing.T) {
	e := start(t, "-transition", "0s", "-sessions", "2")
	client, cmd, lines := e.client, e.cmd, e.lines
	ctx := context.Background()
	name := aws.String("f")
	if _, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{Name: name, ImageName: aws.String(appstreamtest.ImageWindowsServer2019), InstanceType: aws.String("stream.standard.small"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(2)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.StartFleet(ctx, &appstream.StartFleetInput{Name: name}); err != nil {
		t.Fatal(err)
	}
	out, err := client.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("local-stack"), FleetName: name})
	if err != nil || len(out.Sessions) != 2 {
		t.Fatalf("sessions %v, error %v; want the 2 of -sessions", out, err)
	}

	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		for lines.Scan() {
		}
		done <- cmd.Wait()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("exit after SIGINT: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the command did not stop after SIGINT")
	}
}

// TestFleetErrorFlags makes fleets fail to start with the flags, and checks
// the errors DescribeFleets reports.
func TestFleetErrorFlags(t *testing.T) {
	e := start(t, "-transition", "0s", "-missing-image", "Gone-Image", "-missing-subnet", "subnet-gone",
		"-fleet-error", "limited=NETWORK_INTERFACE_LIMIT_EXCEEDED,IAM_SERVICE_ROLE_IS_MISSING")
	ctx := context.Background()
	fleets := map[string]func(*appstream.CreateFleetInput){
		"no-image": func(in *appstream.CreateFleetInput) { in.ImageName = aws.String("Gone-Image") },
		"no-subnet": func(in *appstream.CreateFleetInput) {
			in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-gone"}}
		},
		"limited": func(*appstream.CreateFleetInput) {},
		"healthy": func(*appstream.CreateFleetInput) {},
	}
	for name, change := range fleets {
		in := &appstream.CreateFleetInput{Name: aws.String(name), ImageName: aws.String(appstreamtest.ImageWindowsServer2019), InstanceType: aws.String("stream.standard.small"),
			ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(1)}}
		change(in)
		if _, err := e.client.CreateFleet(ctx, in); err != nil {
			t.Fatal(err)
		}
		if _, err := e.client.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String(name)}); err != nil {
			t.Fatal(err)
		}
	}
	out, err := e.client.DescribeFleets(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range out.Fleets {
		var codes []string
		for _, fe := range f.FleetErrors {
			codes = append(codes, string(fe.ErrorCode))
		}
		got[*f.Name] = string(f.State) + " " + strings.Join(codes, ",")
	}
	want := map[string]string{
		"no-image":  "STOPPED IMAGE_NOT_FOUND",
		"no-subnet": "STOPPED SUBNET_NOT_FOUND",
		"limited":   "STOPPED NETWORK_INTERFACE_LIMIT_EXCEEDED,IAM_SERVICE_ROLE_IS_MISSING",
		"healthy":   "RUNNING ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fleets after StartFleet (-want +got):\n%s", diff)
	}
}

// TestStreamingURLsAndImages adds an image with -image, runs a fleet of it,
// and opens a streaming URL, which must lead to the address the command
// listens on.
func TestStreamingURLsAndImages(t *testing.T) {
	e := start(t, "-transition", "0s", "-image", "Team-Image=AMAZON_LINUX2", "-image", "Other-Image")
	ctx := context.Background()
	images, err := e.client.DescribeImages(ctx, &appstream.DescribeImagesInput{Type: types.VisibilityTypePrivate})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]types.PlatformType{}
	for _, img := range images.Images {
		got[*img.Name] = img.Platform
	}
	if want := map[string]types.PlatformType{"Team-Image": "AMAZON_LINUX2", "Other-Image": "WINDOWS_SERVER_2019"}; !cmp.Equal(want, got) {
		t.Errorf("private images %v, want %v", got, want)
	}
	fleet, stack := aws.String("f"), aws.String("s")
	if _, err := e.client.CreateFleet(ctx, &appstream.CreateFleetInput{Name: fleet, ImageName: aws.String("Team-Image"), InstanceType: aws.String("stream.standard.small"),
		ComputeCapacity: &types.ComputeCapacity{DesiredInstances: aws.Int32(1)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.CreateStack(ctx, &appstream.CreateStackInput{Name: stack}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: fleet, StackName: stack}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.StartFleet(ctx, &appstream.StartFleetInput{Name: fleet}); err != nil {
		t.Fatal(err)
	}
	link, err := e.client.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: stack, FleetName: fleet, UserId: aws.String("alice")})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(*link.StreamingURL, e.url+"/authenticate?") {
		t.Errorf("streaming URL %s does not lead to %s", *link.StreamingURL, e.url)
	}
	resp, err := http.Get(*link.StreamingURL)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "alice is streaming") {
		t.Errorf("GET %s: %s\n%s", *link.StreamingURL, resp.Status, page)
	}
	sessions, err := e.client.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: stack, FleetName: fleet})
	if err != nil || len(sessions.Sessions) != 1 || *sessions.Sessions[0].UserId != "alice" {
		t.Errorf("sessions after opening the URL: %+v, %v", sessions, err)
	}
}

// TestBadFlags checks that the command refuses flag values it cannot use,
// with exit status 2 and a message naming the flag.
func TestBadFlags(t *testing.T) {
	bin, err := build()
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]struct {
		args []string
		says string
	}{
		"unknown fleet error code": {[]string{"-fleet-error", "f=OUT_OF_LUCK"}, `-fleet-error: "OUT_OF_LUCK" is not a fleet error code`},
		"fleet error without code": {[]string{"-fleet-error", "f"}, `-fleet-error: "f" is not fleet=CODE[,CODE...]`},
		"negative transition":      {[]string{"-transition", "-1s"}, "-transition (-1s) and -sessions (0) cannot be negative"},
		"negative sessions":        {[]string{"-sessions", "-2"}, "-transition (3s) and -sessions (-2) cannot be negative"},
		"unknown platform":         {[]string{"-image", "Mine=BEOS"}, `-image: "BEOS" is not a platform`},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			out, err := exec.Command(bin, append(tc.args, "-addr", "127.0.0.1:0")...).CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 2 {
				t.Fatalf("exit %v, want status 2; output:\n%s", err, out)
			}
			if !strings.Contains(string(out), tc.says) {
				t.Errorf("output %q does not say %q", out, tc.says)
			}
		})
	}
}

func valueOf(line, prefix, old string) string {
	if v, ok := strings.CutPrefix(line, prefix); ok {
		return v
	}
	return old
}

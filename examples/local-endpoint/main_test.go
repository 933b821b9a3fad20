package main

import (
	"bufio"
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// TestServeAndStop runs the command, uses the endpoint it prints with the
// credentials it prints, and stops it with SIGINT, as Ctrl-C does.
func TestServeAndStop(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "local-endpoint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-transition", "0s", "-sessions", "2")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
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
	ctx := context.Background()
	name := aws.String("f")
	if _, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{Name: name, ImageName: aws.String("i"), InstanceType: aws.String("stream.standard.small"),
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

func valueOf(line, prefix, old string) string {
	if v, ok := strings.CutPrefix(line, prefix); ok {
		return v
	}
	return old
}

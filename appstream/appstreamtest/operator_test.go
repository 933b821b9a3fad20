package appstreamtest_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// operatorCalls makes one successful call of each of the operator's
// operations, in an order where each succeeds, on a server where the fleet
// "f" runs.
var operatorCalls = []struct {
	op   string
	call func(context.Context, *appstream.Client) error
}{
	{"DescribeImages", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.DescribeImages(ctx, &appstream.DescribeImagesInput{Type: types.VisibilityTypePublic})
		return err
	}},
	{"CreateStack", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.CreateStack(ctx, &appstream.CreateStackInput{Name: aws.String("s")})
		return err
	}},
	{"UpdateStack", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.UpdateStack(ctx, &appstream.UpdateStackInput{Name: aws.String("s"), DisplayName: aws.String("S")})
		return err
	}},
	{"DescribeStacks", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.DescribeStacks(ctx, &appstream.DescribeStacksInput{})
		return err
	}},
	{"AssociateFleet", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: aws.String("f"), StackName: aws.String("s")})
		return err
	}},
	{"ListAssociatedStacks", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.ListAssociatedStacks(ctx, &appstream.ListAssociatedStacksInput{FleetName: aws.String("f")})
		return err
	}},
	{"ListAssociatedFleets", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.ListAssociatedFleets(ctx, &appstream.ListAssociatedFleetsInput{StackName: aws.String("s")})
		return err
	}},
	{"CreateStreamingURL", func(ctx context.Context, c *appstream.Client) error {
		out, err := c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: aws.String("s"), FleetName: aws.String("f"), UserId: aws.String("alice")})
		if err == nil {
			var resp *http.Response
			if resp, err = http.Get(*out.StreamingURL); err == nil {
				resp.Body.Close()
			}
		}
		return err
	}},
	{"ExpireSession", func(ctx context.Context, c *appstream.Client) error {
		out, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f")})
		if err != nil {
			return err
		}
		_, err = c.ExpireSession(ctx, &appstream.ExpireSessionInput{SessionId: out.Sessions[0].Id})
		return err
	}},
	{"TagResource", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String("arn:aws:appstream:us-east-1:123456789012:stack/s"), Tags: map[string]string{"k": "v"}})
		return err
	}},
	{"ListTagsForResource", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.ListTagsForResource(ctx, &appstream.ListTagsForResourceInput{ResourceArn: aws.String("arn:aws:appstream:us-east-1:123456789012:stack/s")})
		return err
	}},
	{"UntagResource", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: aws.String("arn:aws:appstream:us-east-1:123456789012:stack/s"), TagKeys: []string{"k"}})
		return err
	}},
	{"DisassociateFleet", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: aws.String("f"), StackName: aws.String("s")})
		return err
	}},
	{"DeleteStack", func(ctx context.Context, c *appstream.Client) error {
		_, err := c.DeleteStack(ctx, &appstream.DeleteStackInput{Name: aws.String("s")})
		return err
	}},
}

// TestClientOperatorFaultsAndCounts checks that the operator's operations
// take faults, are retried by the client and counted, as the fleet
// operations are: each call meets a 503 first.
func TestClientOperatorFaultsAndCounts(t *testing.T) {
	srv, c, clock := fakeServer(t)
	ctx := context.Background()
	createFleet(t, c, fleetInput("f"))
	startFleet(t, c, "f")
	clock.Advance(transition)
	for _, oc := range operatorCalls {
		srv.InjectFault(appstreamtest.Fault{Operation: oc.op, Status: http.StatusServiceUnavailable, Code: "ServiceUnavailable"})
		if err := oc.call(ctx, c); err != nil {
			t.Fatalf("%s after one 503: %v", oc.op, err)
		}
		if got := srv.Requests(oc.op); got != 2 {
			t.Errorf("%s: %d requests, want 2 (the 503 and its retry)", oc.op, got)
		}
	}
	if len(operatorCalls) != 14 {
		t.Errorf("%d operations, want the 14 of the operator's surface", len(operatorCalls))
	}
}

// TestClientOperatorSignatures checks that the operator's operations are
// signed and checked as the others: a client with the wrong secret is
// refused and changes nothing.
func TestClientOperatorSignatures(t *testing.T) {
	srv := startServer(t)
	good := newClient(srv)
	creds := srv.Credentials()
	creds.SecretAccessKey = "wrong"
	bad := newClient(srv, withCredentials(creds))
	ctx := context.Background()
	createFleet(t, good, fleetInput("f"))
	startFleet(t, good, "f")
	for _, oc := range operatorCalls {
		err := oc.call(ctx, bad)
		checkErr(t, err, genericError("InvalidSignatureException"))
		if statusOf(err) != http.StatusForbidden {
			t.Errorf("%s with a wrong secret: status %d, want 403", oc.op, statusOf(err))
		}
		if err := oc.call(ctx, good); err != nil {
			t.Fatalf("%s: %v", oc.op, err)
		}
	}
	if got := srv.Requests("CreateStack"); got != 1 {
		t.Errorf("CreateStack: %d requests counted, want 1 (refused ones are not)", got)
	}
}

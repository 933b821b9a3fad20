package appstreamtest_test

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

func associate(t testing.TB, c *appstream.Client, fleet, stack string) {
	t.Helper()
	if _, err := c.AssociateFleet(context.Background(), &appstream.AssociateFleetInput{FleetName: aws.String(fleet), StackName: aws.String(stack)}); err != nil {
		t.Fatalf("AssociateFleet(%s, %s): %v", fleet, stack, err)
	}
}

// associatedStacks lists a fleet's stacks with the Names iterator.
func associatedStacks(t testing.TB, c *appstream.Client, fleet string) []string {
	t.Helper()
	names := []string{}
	for name, err := range appstream.NewListAssociatedStacksPaginator(c, &appstream.ListAssociatedStacksInput{FleetName: aws.String(fleet)}).Names(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

func associatedFleets(t testing.TB, c *appstream.Client, stack string) []string {
	t.Helper()
	names := []string{}
	for name, err := range appstream.NewListAssociatedFleetsPaginator(c, &appstream.ListAssociatedFleetsInput{StackName: aws.String(stack)}).Names(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	return names
}

// TestClientAssociations associates fleets and stacks both ways, lists them
// page by page, and takes them apart.
func TestClientAssociations(t *testing.T) {
	_, c, _ := fakeServer(t, appstreamtest.WithPageSize(2))
	ctx := context.Background()
	for _, f := range []string{"f1", "f2"} {
		createFleet(t, c, fleetInput(f))
	}
	for _, s := range []string{"s3", "s1", "s2"} {
		createStack(t, c, &appstream.CreateStackInput{Name: aws.String(s)})
	}
	associate(t, c, "f1", "s3")
	associate(t, c, "f1", "s1")
	associate(t, c, "f1", "s2")
	associate(t, c, "f2", "s1")
	associate(t, c, "f2", "s1") // again: nothing changes

	page, err := c.ListAssociatedStacks(ctx, &appstream.ListAssociatedStacksInput{FleetName: aws.String("f1")})
	if err != nil || !cmp.Equal(page.Names, []string{"s1", "s2"}) || page.NextToken == nil {
		t.Fatalf("first page of f1's stacks: %+v, %v; want s1, s2 and a token", page, err)
	}
	last, err := c.ListAssociatedStacks(ctx, &appstream.ListAssociatedStacksInput{FleetName: aws.String("f1"), NextToken: page.NextToken})
	if err != nil || !cmp.Equal(last.Names, []string{"s3"}) || last.NextToken != nil {
		t.Errorf("second page of f1's stacks: %+v, %v; want s3 and no token", last, err)
	}
	// A token is for the fleet it was issued for.
	_, err = c.ListAssociatedStacks(ctx, &appstream.ListAssociatedStacksInput{FleetName: aws.String("f2"), NextToken: page.NextToken})
	wantAPIError(t, err, genericError("ValidationException"), "Invalid NextToken")
	_, err = c.ListAssociatedFleets(ctx, &appstream.ListAssociatedFleetsInput{StackName: aws.String("s1"), NextToken: page.NextToken})
	wantAPIError(t, err, genericError("ValidationException"), "Invalid NextToken")

	for fleet, want := range map[string][]string{"f1": {"s1", "s2", "s3"}, "f2": {"s1"}, "unknown": {}} {
		if got := associatedStacks(t, c, fleet); !cmp.Equal(want, got) {
			t.Errorf("stacks of %s: %v, want %v", fleet, got, want)
		}
	}
	for stack, want := range map[string][]string{"s1": {"f1", "f2"}, "s2": {"f1"}, "s3": {"f1"}, "unknown": {}} {
		if got := associatedFleets(t, c, stack); !cmp.Equal(want, got) {
			t.Errorf("fleets of %s: %v, want %v", stack, got, want)
		}
	}
	empty, err := c.ListAssociatedFleets(ctx, &appstream.ListAssociatedFleetsInput{StackName: aws.String("unknown")})
	if err != nil || empty.Names == nil || len(empty.Names) != 0 {
		t.Errorf("fleets of an unknown stack: %+v, %v; want an empty list", empty, err)
	}

	if _, err := c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: aws.String("f1"), StackName: aws.String("s1")}); err != nil {
		t.Fatal(err)
	}
	if got := associatedFleets(t, c, "s1"); !cmp.Equal([]string{"f2"}, got) {
		t.Errorf("fleets of s1 after disassociating f1: %v", got)
	}
	if got := associatedStacks(t, c, "f1"); !cmp.Equal([]string{"s2", "s3"}, got) {
		t.Errorf("stacks of f1 after disassociating s1: %v", got)
	}
}

func TestClientAssociationErrors(t *testing.T) {
	notFound := errorOf[*types.ResourceNotFoundException]()
	_, c, _ := fakeServer(t)
	ctx := context.Background()
	createFleet(t, c, fleetInput("f"))
	createStack(t, c, &appstream.CreateStackInput{Name: aws.String("s")})
	for _, tc := range []struct{ fleet, stack, message string }{
		{"gone", "s", "The fleet gone does not exist."},
		{"f", "gone", "The stack gone does not exist."},
	} {
		_, err := c.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: aws.String(tc.fleet), StackName: aws.String(tc.stack)})
		wantAPIError(t, err, notFound, tc.message)
		_, err = c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: aws.String(tc.fleet), StackName: aws.String(tc.stack)})
		wantAPIError(t, err, notFound, tc.message)
	}
	_, err := c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: aws.String("f"), StackName: aws.String("s")})
	wantAPIError(t, err, notFound, "The fleet f is not associated with the stack s.")
	_, err = c.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: aws.String(""), StackName: aws.String("s")})
	wantAPIError(t, err, genericError("ValidationException"), "Value '' at 'fleetName' failed to satisfy constraint: Member must have length greater than or equal to 1")
	_, err = c.ListAssociatedStacks(ctx, &appstream.ListAssociatedStacksInput{FleetName: aws.String("f"), NextToken: aws.String("")})
	wantAPIError(t, err, genericError("ValidationException"), "at 'nextToken' failed to satisfy constraint")

	// An associated fleet cannot be deleted, even STOPPED.
	associate(t, c, "f", "s")
	_, err = c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String("f")})
	wantAPIError(t, err, errorOf[*types.ResourceInUseException](), "The fleet f is associated with the stacks s; disassociate them before deleting it.")
	if _, err := c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: aws.String("f"), StackName: aws.String("s")}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String("f")}); err != nil {
		t.Fatalf("DeleteFleet after disassociating: %v", err)
	}
}

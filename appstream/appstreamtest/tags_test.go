package appstreamtest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

func tagsOf(t testing.TB, c *appstream.Client, arn string) map[string]string {
	t.Helper()
	out, err := c.ListTagsForResource(context.Background(), &appstream.ListTagsForResourceInput{ResourceArn: aws.String(arn)})
	if err != nil {
		t.Fatalf("ListTagsForResource(%s): %v", arn, err)
	}
	return out.Tags
}

// TestClientTags tags fleets and stacks at creation and afterwards.
func TestClientTags(t *testing.T) {
	_, c, _ := fakeServer(t)
	ctx := context.Background()
	in := fleetInput("f")
	in.Tags = map[string]string{"team": "training", "cost-center": "42"}
	fleetArn := *createFleet(t, c, in).Arn
	stackArn := *createStack(t, c, &appstream.CreateStackInput{Name: aws.String("s"), Tags: map[string]string{"team": "support"}}).Arn
	bare := *createStack(t, c, &appstream.CreateStackInput{Name: aws.String("bare")}).Arn

	if got := tagsOf(t, c, fleetArn); !cmp.Equal(in.Tags, got) {
		t.Errorf("fleet tags %v, want %v", got, in.Tags)
	}
	if got := tagsOf(t, c, stackArn); !cmp.Equal(map[string]string{"team": "support"}, got) {
		t.Errorf("stack tags %v", got)
	}
	if got := tagsOf(t, c, bare); got == nil || len(got) != 0 {
		t.Errorf("tags of an untagged stack: %#v, want an empty map", got)
	}

	if _, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String(fleetArn),
		Tags: map[string]string{"team": "sales", "env": "", "Ünïcode key": "a/b:c=d+e-f@g h"}}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"team": "sales", "cost-center": "42", "env": "", "Ünïcode key": "a/b:c=d+e-f@g h"}
	if got := tagsOf(t, c, fleetArn); !cmp.Equal(want, got) {
		t.Errorf("fleet tags after TagResource (-want +got):\n%s", cmp.Diff(want, got))
	}
	if _, err := c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: aws.String(fleetArn), TagKeys: []string{"env", "never-set"}}); err != nil {
		t.Fatal(err)
	}
	delete(want, "env")
	if got := tagsOf(t, c, fleetArn); !cmp.Equal(want, got) {
		t.Errorf("fleet tags after UntagResource (-want +got):\n%s", cmp.Diff(want, got))
	}
	if got := tagsOf(t, c, stackArn); !cmp.Equal(map[string]string{"team": "support"}, got) {
		t.Errorf("the stack's tags changed with the fleet's: %v", got)
	}

	// A deleted resource's ARN finds nothing, and a new resource of the same
	// name starts without tags.
	if _, err := c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String("f")}); err != nil {
		t.Fatal(err)
	}
	_, err := c.ListTagsForResource(ctx, &appstream.ListTagsForResourceInput{ResourceArn: aws.String(fleetArn)})
	wantAPIError(t, err, errorOf[*types.ResourceNotFoundException](), "The resource "+fleetArn+" does not exist.")
	createFleet(t, c, fleetInput("f"))
	if got := tagsOf(t, c, fleetArn); len(got) != 0 {
		t.Errorf("a new fleet f has the old one's tags: %v", got)
	}
}

// TestClientTagLimits checks the 50 tags of a resource and the model's
// constraints on keys and values.
func TestClientTagLimits(t *testing.T) {
	_, c, _ := fakeServer(t)
	ctx := context.Background()
	arn := *createStack(t, c, &appstream.CreateStackInput{Name: aws.String("s"), Tags: manyTags(49)}).Arn
	_, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String(arn), Tags: map[string]string{"a": "1", "b": "2"}})
	wantAPIError(t, err, errorOf[*types.LimitExceededException](), "would have 51 tags; a resource can have at most 50")
	if got := tagsOf(t, c, arn); len(got) != 49 {
		t.Errorf("%d tags after a refused TagResource, want 49", len(got))
	}
	if _, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String(arn), Tags: map[string]string{"a": "1", "key-00": "changed"}}); err != nil {
		t.Fatalf("the 50th tag and a changed one: %v", err)
	}
	if got := tagsOf(t, c, arn); len(got) != 50 || got["key-00"] != "changed" {
		t.Errorf("%d tags, key-00=%q; want 50, changed", len(got), got["key-00"])
	}

	validation := genericError("ValidationException")
	for name, tc := range map[string]struct {
		call    func() error
		message string
	}{
		"aws: prefix": {func() error {
			_, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String(arn), Tags: map[string]string{"aws:owner": "x"}})
			return err
		}, "Value 'aws:owner' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ^(^(?!aws:).[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$]"},
		"key of 129": {func() error {
			_, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String(arn), Tags: map[string]string{strings.Repeat("k", 129): "x"}})
			return err
		}, "Map keys must satisfy constraint: [Member must have length less than or equal to 128]"},
		"value of 257": {func() error {
			_, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String(arn), Tags: map[string]string{"k": strings.Repeat("v", 257)}})
			return err
		}, "Map values must satisfy constraint: [Member must have length less than or equal to 256]"},
		"value pattern": {func() error {
			_, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String(arn), Tags: map[string]string{"k": "a#b"}})
			return err
		}, "Value 'a#b' at 'tags' failed to satisfy constraint: Map values must satisfy constraint: [Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$]"},
		"51 tags in one request": {func() error {
			_, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String(arn), Tags: manyTags(51)})
			return err
		}, "at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"},
		"51 keys to remove": {func() error {
			keys := make([]string, 51)
			for i := range keys {
				keys[i] = "k"
			}
			_, err := c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: aws.String(arn), TagKeys: keys})
			return err
		}, "at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50"},
		"aws: key to remove": {func() error {
			_, err := c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: aws.String(arn), TagKeys: []string{"ok", "aws:x"}})
			return err
		}, "Value 'aws:x' at 'tagKeys.2.member' failed to satisfy constraint: Member must satisfy regular expression pattern"},
		"empty key to remove": {func() error {
			_, err := c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: aws.String(arn), TagKeys: []string{""}})
			return err
		}, "Value '' at 'tagKeys.1.member' failed to satisfy constraint: Member must have length greater than or equal to 1"},
	} {
		err := tc.call()
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		wantAPIError(t, err, validation, tc.message)
	}
	if got := tagsOf(t, c, arn); len(got) != 50 {
		t.Errorf("refused requests changed the tags: %d", len(got))
	}
}

// TestClientTagUnknownResources checks the three tag operations against
// ARNs of nothing the server tags.
func TestClientTagUnknownResources(t *testing.T) {
	_, c, _ := fakeServer(t)
	ctx := context.Background()
	notFound := errorOf[*types.ResourceNotFoundException]()
	createFleet(t, c, fleetInput("f")) // in us-east-1, not eu-west-1
	for _, arn := range []string{
		"arn:aws:appstream:us-east-1:123456789012:fleet/none",
		"arn:aws:appstream:us-east-1:123456789012:stack/none",
		"arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-06-17-2024",
		"arn:aws:appstream:eu-west-1:123456789012:fleet/f",
	} {
		_, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: aws.String(arn), Tags: map[string]string{"k": "v"}})
		wantAPIError(t, err, notFound, "The resource "+arn+" does not exist.")
		_, err = c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: aws.String(arn), TagKeys: []string{"k"}})
		wantAPIError(t, err, notFound, "does not exist")
		_, err = c.ListTagsForResource(ctx, &appstream.ListTagsForResourceInput{ResourceArn: aws.String(arn)})
		wantAPIError(t, err, notFound, "does not exist")
	}
}

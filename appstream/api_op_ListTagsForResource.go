package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// ListTagsForResource returns the tags of a fleet, stack, image or image
// builder.
func (c *Client) ListTagsForResource(ctx context.Context, params *ListTagsForResourceInput, optFns ...func(*Options)) (*ListTagsForResourceOutput, error) {
	return invoke(ctx, c, opListTagsForResource, orEmpty(params), &ListTagsForResourceOutput{}, optFns)
}

var opListTagsForResource = &awsjson.Operation{Name: "ListTagsForResource", Error: modeledErrors("ResourceNotFoundException")}

// ListTagsForResourceInput is the input of ListTagsForResource.
type ListTagsForResourceInput struct {
	// ResourceArn is the ARN of the resource. It is required.
	ResourceArn *string
}

// ListTagsForResourceOutput is the output of ListTagsForResource.
type ListTagsForResourceOutput struct {
	// Tags are the resource's tags.
	Tags map[string]string

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *ListTagsForResourceInput) validate() error {
	v := newValidation("ListTagsForResourceInput")
	v.require("ResourceArn", in.ResourceArn != nil)
	return v.err()
}

func (in *ListTagsForResourceInput) encode(e *wire.Encoder) { e.String("ResourceArn", in.ResourceArn) }

func (out *ListTagsForResourceOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (out *ListTagsForResourceOutput) decode(d *wire.Decoder) {
	for d.More() {
		if d.Key() == "Tags" {
			out.Tags = wire.StringMap[string](d)
		} else {
			d.Skip()
		}
	}
}

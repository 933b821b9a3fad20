package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// UntagResource removes tags, by key, from a fleet, stack, image or image
// builder.
func (c *Client) UntagResource(ctx context.Context, params *UntagResourceInput, optFns ...func(*Options)) (*UntagResourceOutput, error) {
	return invoke(ctx, c, opUntagResource, orEmpty(params), &UntagResourceOutput{}, optFns)
}

var opUntagResource = &awsjson.Operation{Name: "UntagResource", Error: modeledErrors("ResourceNotFoundException")}

// UntagResourceInput is the input of UntagResource.
type UntagResourceInput struct {
	// ResourceArn is the ARN of the resource. It is required.
	ResourceArn *string

	// TagKeys lists the keys of the tags to remove (1 to 50). It is required.
	TagKeys []string
}

// UntagResourceOutput is the output of UntagResource. It carries no data but the request ID.
type UntagResourceOutput struct {
	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *UntagResourceInput) validate() error {
	v := newValidation("UntagResourceInput")
	v.require("ResourceArn", in.ResourceArn != nil)
	v.require("TagKeys", in.TagKeys != nil)
	return v.err()
}

func (in *UntagResourceInput) encode(e *wire.Encoder) {
	e.String("ResourceArn", in.ResourceArn)
	wire.Strings(e, "TagKeys", in.TagKeys)
}

func (out *UntagResourceOutput) decode(d *wire.Decoder)         { wire.SkipMembers(d) }
func (out *UntagResourceOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// TagResource adds tags to a fleet, stack, image or image builder, or
// changes the value of the keys it already has.
func (c *Client) TagResource(ctx context.Context, params *TagResourceInput, optFns ...func(*Options)) (*TagResourceOutput, error) {
	return invoke(ctx, c, opTagResource, orEmpty(params), &TagResourceOutput{}, optFns)
}

var opTagResource = &awsjson.Operation{
	Name:  "TagResource",
	Error: modeledErrors("InvalidAccountStatusException", "LimitExceededException", "ResourceNotFoundException"),
}

// TagResourceInput is the input of TagResource.
type TagResourceInput struct {
	// ResourceArn is the ARN of the resource. It is required.
	ResourceArn *string

	// Tags are the tags to set (1 to 50). Keys cannot start with "aws:"; a
	// value may be empty. It is required.
	Tags map[string]string
}

// TagResourceOutput is the output of TagResource. It carries no data but the request ID.
type TagResourceOutput struct {
	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *TagResourceInput) validate() error {
	v := newValidation("TagResourceInput")
	v.require("ResourceArn", in.ResourceArn != nil)
	v.require("Tags", in.Tags != nil)
	return v.err()
}

func (in *TagResourceInput) encode(e *wire.Encoder) {
	e.String("ResourceArn", in.ResourceArn)
	e.StringMap("Tags", in.Tags)
}

func (out *TagResourceOutput) decode(d *wire.Decoder)         { wire.SkipMembers(d) }
func (out *TagResourceOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

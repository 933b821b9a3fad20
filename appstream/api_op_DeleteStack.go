package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// DeleteStack deletes a stack: its users lose access, and reservations for
// its sessions are released. Disassociate its fleets first (DisassociateFleet).
func (c *Client) DeleteStack(ctx context.Context, params *DeleteStackInput, optFns ...func(*Options)) (*DeleteStackOutput, error) {
	return invoke(ctx, c, opDeleteStack, orEmpty(params), &DeleteStackOutput{}, optFns)
}

var opDeleteStack = &awsjson.Operation{
	Name: "DeleteStack",
	Error: modeledErrors("ConcurrentModificationException", "OperationNotPermittedException",
		"ResourceInUseException", "ResourceNotFoundException"),
}

// DeleteStackInput is the input of DeleteStack.
type DeleteStackInput struct {
	// Name is the name of the stack to delete. It is required.
	Name *string
}

// DeleteStackOutput is the output of DeleteStack. It carries no data but the request ID.
type DeleteStackOutput struct {
	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *DeleteStackInput) validate() error {
	v := newValidation("DeleteStackInput")
	v.require("Name", in.Name != nil)
	return v.err()
}

func (in *DeleteStackInput) encode(e *wire.Encoder) { e.String("Name", in.Name) }

func (out *DeleteStackOutput) decode(d *wire.Decoder)         { wire.SkipMembers(d) }
func (out *DeleteStackOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

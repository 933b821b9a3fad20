package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// DeleteFleet deletes a fleet. The fleet must be STOPPED; otherwise the service answers
// ResourceInUseException.
func (c *Client) DeleteFleet(ctx context.Context, params *DeleteFleetInput, optFns ...func(*Options)) (*DeleteFleetOutput, error) {
	return invoke(ctx, c, opDeleteFleet, orEmpty(params), &DeleteFleetOutput{}, optFns)
}

var opDeleteFleet = &awsjson.Operation{
	Name:  "DeleteFleet",
	Error: modeledErrors("ConcurrentModificationException", "ResourceInUseException", "ResourceNotFoundException"),
}

// DeleteFleetInput is the input of DeleteFleet.
type DeleteFleetInput struct {
	// Name is the name of the fleet to delete. It is required.
	Name *string
}

// DeleteFleetOutput is the output of DeleteFleet. It carries no data but the request ID.
type DeleteFleetOutput struct {
	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *DeleteFleetInput) validate() error {
	v := newValidation("DeleteFleetInput")
	v.require("Name", in.Name != nil)
	return v.err()
}

func (in *DeleteFleetInput) encode(e *wire.Encoder) { e.String("Name", in.Name) }

func (out *DeleteFleetOutput) decode(d *wire.Decoder)         { wire.SkipMembers(d) }
func (out *DeleteFleetOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

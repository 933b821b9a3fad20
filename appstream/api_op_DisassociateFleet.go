package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// DisassociateFleet ends the association of a fleet with a stack: the
// stack's users can no longer stream from the fleet.
func (c *Client) DisassociateFleet(ctx context.Context, params *DisassociateFleetInput, optFns ...func(*Options)) (*DisassociateFleetOutput, error) {
	return invoke(ctx, c, opDisassociateFleet, orEmpty(params), &DisassociateFleetOutput{}, optFns)
}

var opDisassociateFleet = &awsjson.Operation{
	Name: "DisassociateFleet",
	Error: modeledErrors("ConcurrentModificationException", "OperationNotPermittedException",
		"ResourceInUseException", "ResourceNotFoundException"),
}

// DisassociateFleetInput is the input of DisassociateFleet.
type DisassociateFleetInput struct {
	// FleetName is the fleet's name. It is required.
	FleetName *string

	// StackName is the stack's name. It is required.
	StackName *string
}

// DisassociateFleetOutput is the output of DisassociateFleet. It carries no data but the request ID.
type DisassociateFleetOutput struct {
	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *DisassociateFleetInput) validate() error {
	v := newValidation("DisassociateFleetInput")
	v.require("FleetName", in.FleetName != nil)
	v.require("StackName", in.StackName != nil)
	return v.err()
}

func (in *DisassociateFleetInput) encode(e *wire.Encoder) {
	e.String("FleetName", in.FleetName)
	e.String("StackName", in.StackName)
}

func (out *DisassociateFleetOutput) decode(d *wire.Decoder)         { wire.SkipMembers(d) }
func (out *DisassociateFleetOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// AssociateFleet associates a fleet with a stack, so that the stack's users
// can stream from the fleet.
func (c *Client) AssociateFleet(ctx context.Context, params *AssociateFleetInput, optFns ...func(*Options)) (*AssociateFleetOutput, error) {
	return invoke(ctx, c, opAssociateFleet, orEmpty(params), &AssociateFleetOutput{}, optFns)
}

var opAssociateFleet = &awsjson.Operation{
	Name: "AssociateFleet",
	Error: modeledErrors("ConcurrentModificationException", "IncompatibleImageException",
		"InvalidAccountStatusException", "LimitExceededException", "OperationNotPermittedException",
		"ResourceNotFoundException"),
}

// AssociateFleetInput is the input of AssociateFleet.
type AssociateFleetInput struct {
	// FleetName is the fleet's name. It is required.
	FleetName *string

	// StackName is the stack's name. It is required.
	StackName *string
}

// AssociateFleetOutput is the output of AssociateFleet. It carries no data but the request ID.
type AssociateFleetOutput struct {
	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *AssociateFleetInput) validate() error {
	v := newValidation("AssociateFleetInput")
	v.require("FleetName", in.FleetName != nil)
	v.require("StackName", in.StackName != nil)
	return v.err()
}

func (in *AssociateFleetInput) encode(e *wire.Encoder) {
	e.String("FleetName", in.FleetName)
	e.String("StackName", in.StackName)
}

func (out *AssociateFleetOutput) decode(d *wire.Decoder)         { wire.SkipMembers(d) }
func (out *AssociateFleetOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

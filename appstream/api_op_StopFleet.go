package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// StopFleet stops a running fleet. The fleet is STOPPING when the call returns and STOPPED once its
// instances are gone; wait for that with NewFleetStoppedWaiter.
func (c *Client) StopFleet(ctx context.Context, params *StopFleetInput, optFns ...func(*Options)) (*StopFleetOutput, error) {
	return invoke(ctx, c, opStopFleet, orEmpty(params), &StopFleetOutput{}, optFns)
}

var opStopFleet = &awsjson.Operation{
	Name:  "StopFleet",
	Error: modeledErrors("ConcurrentModificationException", "ResourceNotFoundException"),
}

// StopFleetInput is the input of StopFleet.
type StopFleetInput struct {
	// Name is the name of the fleet to stop. It is required.
	Name *string
}

// StopFleetOutput is the output of StopFleet. It carries no data but the request ID.
type StopFleetOutput struct {
	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *StopFleetInput) validate() error {
	v := newValidation("StopFleetInput")
	v.require("Name", in.Name != nil)
	return v.err()
}

func (in *StopFleetInput) encode(e *wire.Encoder) { e.String("Name", in.Name) }

func (out *StopFleetOutput) decode(d *wire.Decoder)         { wire.SkipMembers(d) }
func (out *StopFleetOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// StartFleet starts a stopped fleet. The fleet is STARTING when the call returns and RUNNING once its
// instances are up; wait for that with NewFleetStartedWaiter. A fleet that cannot start (its image or
// subnet is gone, say) goes back to STOPPED with FleetErrors, and the waiter returns a FleetStateError
// that names them.
func (c *Client) StartFleet(ctx context.Context, params *StartFleetInput, optFns ...func(*Options)) (*StartFleetOutput, error) {
	return invoke(ctx, c, opStartFleet, orEmpty(params), &StartFleetOutput{}, optFns)
}

var opStartFleet = &awsjson.Operation{
	Name:  "StartFleet",
	Error: modeledErrors("ConcurrentModificationException", "InvalidAccountStatusException", "InvalidRoleException", "LimitExceededException", "OperationNotPermittedException", "RequestLimitExceededException", "ResourceNotAvailableException", "ResourceNotFoundException"),
}

// StartFleetInput is the input of StartFleet.
type StartFleetInput struct {
	// Name is the name of the fleet to start. It is required.
	Name *string
}

// StartFleetOutput is the output of StartFleet. It carries no data but the request ID.
type StartFleetOutput struct {
	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *StartFleetInput) validate() error {
	v := newValidation("StartFleetInput")
	v.require("Name", in.Name != nil)
	return v.err()
}

func (in *StartFleetInput) encode(e *wire.Encoder) { e.String("Name", in.Name) }

func (out *StartFleetOutput) decode(d *wire.Decoder)         { wire.SkipMembers(d) }
func (out *StartFleetOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

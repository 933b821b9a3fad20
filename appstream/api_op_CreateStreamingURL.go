package appstream

import (
	"context"
	"time"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// CreateStreamingURL creates a temporary URL that starts a streaming session
// for a user of a stack and fleet, without setting the user up first. The
// fleet must be associated with the stack and running.
func (c *Client) CreateStreamingURL(ctx context.Context, params *CreateStreamingURLInput, optFns ...func(*Options)) (*CreateStreamingURLOutput, error) {
	return invoke(ctx, c, opCreateStreamingURL, orEmpty(params), &CreateStreamingURLOutput{}, optFns)
}

var opCreateStreamingURL = &awsjson.Operation{
	Name: "CreateStreamingURL",
	Error: modeledErrors("InvalidParameterCombinationException", "OperationNotPermittedException",
		"ResourceNotAvailableException", "ResourceNotFoundException"),
}

// CreateStreamingURLInput is the input of CreateStreamingURL.
type CreateStreamingURLInput struct {
	// FleetName is the fleet's name. It is required.
	FleetName *string

	// StackName is the stack's name. It is required.
	StackName *string

	// UserId identifies the user (2 to 32 characters). It is required.
	UserId *string

	// ApplicationId is the application to launch once the session starts, or
	// Desktop for the desktop of a DESKTOP fleet.
	ApplicationId *string

	// SessionContext is passed to the session's applications.
	SessionContext *string

	// Validity is how long the URL is valid, in seconds: 1 to 604800, 60
	// when nil.
	Validity *int64
}

// CreateStreamingURLOutput is the output of CreateStreamingURL.
type CreateStreamingURLOutput struct {
	// Expires is when the URL expires, in UTC.
	Expires *time.Time

	// StreamingURL is the URL that starts the session.
	StreamingURL *string

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *CreateStreamingURLInput) validate() error {
	v := newValidation("CreateStreamingURLInput")
	v.require("StackName", in.StackName != nil)
	v.require("FleetName", in.FleetName != nil)
	v.require("UserId", in.UserId != nil)
	return v.err()
}

func (in *CreateStreamingURLInput) encode(e *wire.Encoder) {
	e.String("ApplicationId", in.ApplicationId)
	e.String("FleetName", in.FleetName)
	e.String("SessionContext", in.SessionContext)
	e.String("StackName", in.StackName)
	e.String("UserId", in.UserId)
	e.Int64("Validity", in.Validity)
}

func (out *CreateStreamingURLOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (out *CreateStreamingURLOutput) decode(d *wire.Decoder) {
	for d.More() {
		switch d.Key() {
		case "Expires":
			out.Expires = d.TimePtr()
		case "StreamingURL":
			out.StreamingURL = d.StringPtr()
		default:
			d.Skip()
		}
	}
}

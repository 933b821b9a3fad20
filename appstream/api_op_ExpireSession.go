package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// ExpireSession ends a streaming session at once. Find its ID with
// DescribeSessions.
func (c *Client) ExpireSession(ctx context.Context, params *ExpireSessionInput, optFns ...func(*Options)) (*ExpireSessionOutput, error) {
	return invoke(ctx, c, opExpireSession, orEmpty(params), &ExpireSessionOutput{}, optFns)
}

var opExpireSession = &awsjson.Operation{Name: "ExpireSession", Error: modeledErrors()}

// ExpireSessionInput is the input of ExpireSession.
type ExpireSessionInput struct {
	// SessionId is the session's ID. It is required.
	SessionId *string
}

// ExpireSessionOutput is the output of ExpireSession. It carries no data but the request ID.
type ExpireSessionOutput struct {
	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *ExpireSessionInput) validate() error {
	v := newValidation("ExpireSessionInput")
	v.require("SessionId", in.SessionId != nil)
	return v.err()
}

func (in *ExpireSessionInput) encode(e *wire.Encoder) { e.String("SessionId", in.SessionId) }

func (out *ExpireSessionOutput) decode(d *wire.Decoder)         { wire.SkipMembers(d) }
func (out *ExpireSessionOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

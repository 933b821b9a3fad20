package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// DescribeSessions lists the streaming sessions of a stack and fleet, one
// page at a time (20 sessions by default, at most 50). To walk every page,
// use NewDescribeSessionsPaginator or its Sessions iterator.
func (c *Client) DescribeSessions(ctx context.Context, params *DescribeSessionsInput, optFns ...func(*Options)) (*DescribeSessionsOutput, error) {
	if params == nil {
		params = &DescribeSessionsInput{}
	}
	return invoke(ctx, c, opDescribeSessions, params, &DescribeSessionsOutput{}, optFns)
}

var opDescribeSessions = &awsjson.Operation{
	Name:  "DescribeSessions",
	Error: modeledErrors("InvalidParameterCombinationException"),
}

// DescribeSessionsInput is the input of DescribeSessions.
type DescribeSessionsInput struct {
	// FleetName is the fleet's name. It is required.
	FleetName *string

	// StackName is the stack's name. It is required.
	StackName *string

	// AuthenticationType selects the sessions of users who signed in this
	// way. The service assumes API when it is empty.
	AuthenticationType types.AuthenticationType

	// InstanceId selects the sessions of one instance.
	InstanceId *string

	// Limit is the page size: 20 when nil, at most 50.
	Limit *int32

	// NextToken is the token of the page to read, from a previous output.
	NextToken *string

	// UserId selects the sessions of one user. AuthenticationType must be
	// set with it.
	UserId *string
}

// DescribeSessionsOutput is the output of DescribeSessions.
type DescribeSessionsOutput struct {
	// NextToken is the token of the next page, or nil after the last page.
	NextToken *string

	// Sessions lists the sessions of this page.
	Sessions []types.Session

	// ResultMetadata holds the request ID; read it with
	// awsmiddleware.GetRequestIDMetadata.
	ResultMetadata middleware.Metadata
}

func (in *DescribeSessionsInput) validate() error {
	v := newValidation("DescribeSessionsInput")
	v.require("FleetName", in.FleetName != nil)
	v.require("StackName", in.StackName != nil)
	return v.err()
}

func (in *DescribeSessionsInput) encode(e *wire.Encoder) {
	wire.Enum(e, "AuthenticationType", in.AuthenticationType)
	e.String("FleetName", in.FleetName)
	e.String("InstanceId", in.InstanceId)
	e.Int32("Limit", in.Limit)
	e.String("NextToken", in.NextToken)
	e.String("StackName", in.StackName)
	e.String("UserId", in.UserId)
}

func (out *DescribeSessionsOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (out *DescribeSessionsOutput) decode(d *wire.Decoder) {
	for d.More() {
		switch d.Key() {
		case "NextToken":
			out.NextToken = d.StringPtr()
		case "Sessions":
			out.Sessions = wire.DecodeSessions(d)
		default:
			d.Skip()
		}
	}
}

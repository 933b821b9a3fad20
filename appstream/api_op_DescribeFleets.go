package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// DescribeFleets describes the named fleets, or every fleet of the account
// when no name is given, one page at a time. To walk every page, use
// NewDescribeFleetsPaginator or its Fleets iterator.
func (c *Client) DescribeFleets(ctx context.Context, params *DescribeFleetsInput, optFns ...func(*Options)) (*DescribeFleetsOutput, error) {
	if params == nil {
		params = &DescribeFleetsInput{}
	}
	return invoke(ctx, c, opDescribeFleets, params, &DescribeFleetsOutput{}, optFns)
}

var opDescribeFleets = &awsjson.Operation{
	Name:  "DescribeFleets",
	Error: modeledErrors("ResourceNotFoundException"),
}

// DescribeFleetsInput is the input of DescribeFleets.
type DescribeFleetsInput struct {
	// Names lists the fleets to describe; empty means every fleet.
	Names []string

	// NextToken is the token of the page to read, from a previous output.
	NextToken *string
}

// DescribeFleetsOutput is the output of DescribeFleets.
type DescribeFleetsOutput struct {
	// Fleets lists the fleets of this page.
	Fleets []types.Fleet

	// NextToken is the token of the next page, or nil after the last page.
	NextToken *string

	// ResultMetadata holds the request ID; read it with
	// awsmiddleware.GetRequestIDMetadata.
	ResultMetadata middleware.Metadata
}

func (in *DescribeFleetsInput) validate() error { return nil }

func (in *DescribeFleetsInput) encode(e *wire.Encoder) {
	wire.Strings(e, "Names", in.Names)
	e.String("NextToken", in.NextToken)
}

func (out *DescribeFleetsOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (out *DescribeFleetsOutput) decode(d *wire.Decoder) {
	for d.More() {
		switch d.Key() {
		case "Fleets":
			out.Fleets = wire.DecodeFleets(d)
		case "NextToken":
			out.NextToken = d.StringPtr()
		default:
			d.Skip()
		}
	}
}

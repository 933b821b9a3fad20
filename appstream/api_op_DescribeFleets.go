package appstream

import (
	"context"
	"iter"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// DescribeFleets describes the named fleets, or every fleet of the account
// when no name is given, one page at a time. To walk every page, use
// NewDescribeFleetsPaginator or its Fleets iterator.
func (c *Client) DescribeFleets(ctx context.Context, params *DescribeFleetsInput, optFns ...func(*Options)) (*DescribeFleetsOutput, error) {
	return invoke(ctx, c, opDescribeFleets, orEmpty(params), &DescribeFleetsOutput{}, optFns)
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

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *DescribeFleetsInput) validate() error { return nil }

func (in *DescribeFleetsInput) encode(e *wire.Encoder) {
	wire.Strings(e, "Names", in.Names)
	e.String("NextToken", in.NextToken)
}

func (out *DescribeFleetsOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (out *DescribeFleetsOutput) decode(d *wire.Decoder) {
	wire.DecodePage(d, "Fleets", wire.DecodeFleets, &out.Fleets, &out.NextToken)
}

// DescribeFleetsAPIClient is the client that DescribeFleets paginators,
// iterators and waiters need. *Client satisfies it; tests can fake it.
type DescribeFleetsAPIClient interface {
	DescribeFleets(context.Context, *DescribeFleetsInput, ...func(*Options)) (*DescribeFleetsOutput, error)
}

var _ DescribeFleetsAPIClient = (*Client)(nil)

// DescribeFleetsPaginatorOptions configure a DescribeFleetsPaginator.
type DescribeFleetsPaginatorOptions struct {
	// StopOnDuplicateToken ends paging when the service returns a token it
	// returned before, instead of looping forever. It is true by default
	// here (false in the official client's paginators).
	StopOnDuplicateToken bool
}

// DescribeFleetsPaginator reads the pages of DescribeFleets.
type DescribeFleetsPaginator struct {
	paginator[*DescribeFleetsOutput, types.Fleet]
}

// NewDescribeFleetsPaginator returns a paginator over the pages of
// DescribeFleets with params (nil reads every fleet), starting at
// params.NextToken. params is copied: later changes to it do not matter.
func NewDescribeFleetsPaginator(client DescribeFleetsAPIClient, params *DescribeFleetsInput, optFns ...func(*DescribeFleetsPaginatorOptions)) *DescribeFleetsPaginator {
	in := *orEmpty(params)
	options := DescribeFleetsPaginatorOptions{StopOnDuplicateToken: true}
	for _, fn := range optFns {
		fn(&options)
	}
	p := &DescribeFleetsPaginator{}
	p.start(in.NextToken, options.StopOnDuplicateToken,
		func(ctx context.Context, token *string, optFns []func(*Options)) (*DescribeFleetsOutput, error) {
			req := in
			req.NextToken = token
			return client.DescribeFleets(ctx, &req, optFns...)
		})
	return p
}

// NextPage reads the next page. After an error the paginator stays on the
// same page, so NextPage can be called again to retry it.
func (p *DescribeFleetsPaginator) NextPage(ctx context.Context, optFns ...func(*Options)) (*DescribeFleetsOutput, error) {
	return p.nextPage(ctx, optFns)
}

// Pages returns an iterator over the remaining pages. An error is yielded
// once, and ends the iteration; breaking out of the loop makes no further
// request.
func (p *DescribeFleetsPaginator) Pages(ctx context.Context, optFns ...func(*Options)) iter.Seq2[*DescribeFleetsOutput, error] {
	return p.pages(ctx, optFns)
}

func (out *DescribeFleetsOutput) page() (*string, []types.Fleet) { return out.NextToken, out.Fleets }

// Fleets returns an iterator over the fleets of the remaining pages, in
// order:
//
//	for fleet, err := range appstream.NewDescribeFleetsPaginator(client, nil).Fleets(ctx) {
//		if err != nil {
//			return err
//		}
//		fmt.Println(*fleet.Name, fleet.State)
//	}
//
// An error is yielded once (with a zero Fleet), and ends the iteration;
// breaking out of the loop makes no further request. Ranging again goes on
// with the item after the last one yielded, on the same page or the next.
func (p *DescribeFleetsPaginator) Fleets(ctx context.Context, optFns ...func(*Options)) iter.Seq2[types.Fleet, error] {
	return p.items(ctx, optFns)
}

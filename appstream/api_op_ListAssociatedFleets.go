package appstream

import (
	"context"
	"iter"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// ListAssociatedFleets lists the names of the fleets associated with a
// stack, one page at a time. To walk every page, use
// NewListAssociatedFleetsPaginator or its Names iterator.
func (c *Client) ListAssociatedFleets(ctx context.Context, params *ListAssociatedFleetsInput, optFns ...func(*Options)) (*ListAssociatedFleetsOutput, error) {
	return invoke(ctx, c, opListAssociatedFleets, orEmpty(params), &ListAssociatedFleetsOutput{}, optFns)
}

var opListAssociatedFleets = &awsjson.Operation{Name: "ListAssociatedFleets", Error: modeledErrors()}

// ListAssociatedFleetsInput is the input of ListAssociatedFleets.
type ListAssociatedFleetsInput struct {
	// StackName is the stack's name. It is required.
	StackName *string

	// NextToken is the token of the page to read, from a previous output.
	NextToken *string
}

// ListAssociatedFleetsOutput is the output of ListAssociatedFleets.
type ListAssociatedFleetsOutput struct {
	// Names lists the fleets of this page.
	Names []string

	// NextToken is the token of the next page, or nil after the last page.
	NextToken *string

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *ListAssociatedFleetsInput) validate() error {
	v := newValidation("ListAssociatedFleetsInput")
	v.require("StackName", in.StackName != nil)
	return v.err()
}

func (in *ListAssociatedFleetsInput) encode(e *wire.Encoder) {
	e.String("NextToken", in.NextToken)
	e.String("StackName", in.StackName)
}

func (out *ListAssociatedFleetsOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (out *ListAssociatedFleetsOutput) decode(d *wire.Decoder) {
	wire.DecodePage(d, "Names", wire.StringList[string], &out.Names, &out.NextToken)
}

// ListAssociatedFleetsAPIClient is the client that ListAssociatedFleets
// paginators and iterators need. *Client satisfies it; tests can fake it.
type ListAssociatedFleetsAPIClient interface {
	ListAssociatedFleets(context.Context, *ListAssociatedFleetsInput, ...func(*Options)) (*ListAssociatedFleetsOutput, error)
}

var _ ListAssociatedFleetsAPIClient = (*Client)(nil)

// ListAssociatedFleetsPaginatorOptions configure a ListAssociatedFleetsPaginator.
type ListAssociatedFleetsPaginatorOptions struct {
	// StopOnDuplicateToken ends paging when the service returns a token it
	// returned before, instead of looping forever. It is true by default.
	StopOnDuplicateToken bool
}

// ListAssociatedFleetsPaginator reads the pages of ListAssociatedFleets.
// The official client has none.
type ListAssociatedFleetsPaginator struct {
	paginator[*ListAssociatedFleetsOutput, string]
}

// NewListAssociatedFleetsPaginator returns a paginator over the pages of
// ListAssociatedFleets with params, starting at params.NextToken. params is
// copied: later changes to it do not matter.
func NewListAssociatedFleetsPaginator(client ListAssociatedFleetsAPIClient, params *ListAssociatedFleetsInput, optFns ...func(*ListAssociatedFleetsPaginatorOptions)) *ListAssociatedFleetsPaginator {
	in := *orEmpty(params)
	options := ListAssociatedFleetsPaginatorOptions{StopOnDuplicateToken: true}
	for _, fn := range optFns {
		fn(&options)
	}
	p := &ListAssociatedFleetsPaginator{}
	p.start(in.NextToken, options.StopOnDuplicateToken,
		func(ctx context.Context, token *string, optFns []func(*Options)) (*ListAssociatedFleetsOutput, error) {
			req := in
			req.NextToken = token
			return client.ListAssociatedFleets(ctx, &req, optFns...)
		})
	return p
}

// NextPage reads the next page. After an error the paginator stays on the
// same page, so NextPage can be called again to retry it.
func (p *ListAssociatedFleetsPaginator) NextPage(ctx context.Context, optFns ...func(*Options)) (*ListAssociatedFleetsOutput, error) {
	return p.nextPage(ctx, optFns)
}

// Pages returns an iterator over the remaining pages. An error is yielded
// once, and ends the iteration; breaking out of the loop makes no further
// request.
func (p *ListAssociatedFleetsPaginator) Pages(ctx context.Context, optFns ...func(*Options)) iter.Seq2[*ListAssociatedFleetsOutput, error] {
	return p.pages(ctx, optFns)
}

func (out *ListAssociatedFleetsOutput) page() (*string, []string) { return out.NextToken, out.Names }

// Names returns an iterator over the fleet names of the remaining pages, in
// order. An error is yielded once (with ""), and ends the iteration;
// breaking out of the loop makes no further request. Ranging again goes on
// with the item after the last one yielded, on the same page or the next.
func (p *ListAssociatedFleetsPaginator) Names(ctx context.Context, optFns ...func(*Options)) iter.Seq2[string, error] {
	return p.items(ctx, optFns)
}

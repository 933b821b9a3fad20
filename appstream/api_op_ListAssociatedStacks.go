package appstream

import (
	"context"
	"iter"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// ListAssociatedStacks lists the names of the stacks a fleet is associated
// with, one page at a time. To walk every page, use
// NewListAssociatedStacksPaginator or its Names iterator.
func (c *Client) ListAssociatedStacks(ctx context.Context, params *ListAssociatedStacksInput, optFns ...func(*Options)) (*ListAssociatedStacksOutput, error) {
	return invoke(ctx, c, opListAssociatedStacks, orEmpty(params), &ListAssociatedStacksOutput{}, optFns)
}

var opListAssociatedStacks = &awsjson.Operation{Name: "ListAssociatedStacks", Error: modeledErrors()}

// ListAssociatedStacksInput is the input of ListAssociatedStacks.
type ListAssociatedStacksInput struct {
	// FleetName is the fleet's name. It is required.
	FleetName *string

	// NextToken is the token of the page to read, from a previous output.
	NextToken *string
}

// ListAssociatedStacksOutput is the output of ListAssociatedStacks.
type ListAssociatedStacksOutput struct {
	// Names lists the stacks of this page.
	Names []string

	// NextToken is the token of the next page, or nil after the last page.
	NextToken *string

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *ListAssociatedStacksInput) validate() error {
	v := newValidation("ListAssociatedStacksInput")
	v.require("FleetName", in.FleetName != nil)
	return v.err()
}

func (in *ListAssociatedStacksInput) encode(e *wire.Encoder) {
	e.String("FleetName", in.FleetName)
	e.String("NextToken", in.NextToken)
}

func (out *ListAssociatedStacksOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (out *ListAssociatedStacksOutput) decode(d *wire.Decoder) {
	wire.DecodePage(d, "Names", wire.StringList[string], &out.Names, &out.NextToken)
}

// ListAssociatedStacksAPIClient is the client that ListAssociatedStacks
// paginators and iterators need. *Client satisfies it; tests can fake it.
type ListAssociatedStacksAPIClient interface {
	ListAssociatedStacks(context.Context, *ListAssociatedStacksInput, ...func(*Options)) (*ListAssociatedStacksOutput, error)
}

var _ ListAssociatedStacksAPIClient = (*Client)(nil)

// ListAssociatedStacksPaginatorOptions configure a ListAssociatedStacksPaginator.
type ListAssociatedStacksPaginatorOptions struct {
	// StopOnDuplicateToken ends paging when the service returns a token it
	// returned before, instead of looping forever. It is true by default.
	StopOnDuplicateToken bool
}

// ListAssociatedStacksPaginator reads the pages of ListAssociatedStacks.
// The official client has none.
type ListAssociatedStacksPaginator struct {
	paginator[*ListAssociatedStacksOutput, string]
}

// NewListAssociatedStacksPaginator returns a paginator over the pages of
// ListAssociatedStacks with params, starting at params.NextToken. params is
// copied: later changes to it do not matter.
func NewListAssociatedStacksPaginator(client ListAssociatedStacksAPIClient, params *ListAssociatedStacksInput, optFns ...func(*ListAssociatedStacksPaginatorOptions)) *ListAssociatedStacksPaginator {
	in := *orEmpty(params)
	options := ListAssociatedStacksPaginatorOptions{StopOnDuplicateToken: true}
	for _, fn := range optFns {
		fn(&options)
	}
	p := &ListAssociatedStacksPaginator{}
	p.start(in.NextToken, options.StopOnDuplicateToken,
		func(ctx context.Context, token *string, optFns []func(*Options)) (*ListAssociatedStacksOutput, error) {
			req := in
			req.NextToken = token
			return client.ListAssociatedStacks(ctx, &req, optFns...)
		})
	return p
}

// NextPage reads the next page. After an error the paginator stays on the
// same page, so NextPage can be called again to retry it.
func (p *ListAssociatedStacksPaginator) NextPage(ctx context.Context, optFns ...func(*Options)) (*ListAssociatedStacksOutput, error) {
	return p.nextPage(ctx, optFns)
}

// Pages returns an iterator over the remaining pages. An error is yielded
// once, and ends the iteration; breaking out of the loop makes no further
// request.
func (p *ListAssociatedStacksPaginator) Pages(ctx context.Context, optFns ...func(*Options)) iter.Seq2[*ListAssociatedStacksOutput, error] {
	return p.pages(ctx, optFns)
}

func (out *ListAssociatedStacksOutput) page() (*string, []string) { return out.NextToken, out.Names }

// Names returns an iterator over the stack names of the remaining pages, in
// order. An error is yielded once (with ""), and ends the iteration;
// breaking out of the loop makes no further request. Ranging again goes on
// with the item after the last one yielded, on the same page or the next.
func (p *ListAssociatedStacksPaginator) Names(ctx context.Context, optFns ...func(*Options)) iter.Seq2[string, error] {
	return p.items(ctx, optFns)
}

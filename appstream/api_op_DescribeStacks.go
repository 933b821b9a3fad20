package appstream

import (
	"context"
	"iter"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// DescribeStacks describes the named stacks, or every stack of the account
// when no name is given, one page at a time. To walk every page, use
// NewDescribeStacksPaginator or its Stacks iterator.
func (c *Client) DescribeStacks(ctx context.Context, params *DescribeStacksInput, optFns ...func(*Options)) (*DescribeStacksOutput, error) {
	return invoke(ctx, c, opDescribeStacks, orEmpty(params), &DescribeStacksOutput{}, optFns)
}

var opDescribeStacks = &awsjson.Operation{
	Name:  "DescribeStacks",
	Error: modeledErrors("ResourceNotFoundException"),
}

// DescribeStacksInput is the input of DescribeStacks.
type DescribeStacksInput struct {
	// Names lists the stacks to describe; empty means every stack.
	Names []string

	// NextToken is the token of the page to read, from a previous output.
	NextToken *string
}

// DescribeStacksOutput is the output of DescribeStacks.
type DescribeStacksOutput struct {
	// NextToken is the token of the next page, or nil after the last page.
	NextToken *string

	// Stacks lists the stacks of this page.
	Stacks []types.Stack

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *DescribeStacksInput) validate() error { return nil }

func (in *DescribeStacksInput) encode(e *wire.Encoder) {
	wire.Strings(e, "Names", in.Names)
	e.String("NextToken", in.NextToken)
}

func (out *DescribeStacksOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (out *DescribeStacksOutput) decode(d *wire.Decoder) {
	wire.DecodePage(d, "Stacks", wire.DecodeStacks, &out.Stacks, &out.NextToken)
}

// DescribeStacksAPIClient is the client that DescribeStacks paginators and
// iterators need. *Client satisfies it; tests can fake it.
type DescribeStacksAPIClient interface {
	DescribeStacks(context.Context, *DescribeStacksInput, ...func(*Options)) (*DescribeStacksOutput, error)
}

var _ DescribeStacksAPIClient = (*Client)(nil)

// DescribeStacksPaginatorOptions configure a DescribeStacksPaginator.
type DescribeStacksPaginatorOptions struct {
	// StopOnDuplicateToken ends paging when the service returns a token it
	// returned before, instead of looping forever. It is true by default.
	StopOnDuplicateToken bool
}

// DescribeStacksPaginator reads the pages of DescribeStacks. The official
// client has none.
type DescribeStacksPaginator struct {
	paginator[*DescribeStacksOutput, types.Stack]
}

// NewDescribeStacksPaginator returns a paginator over the pages of
// DescribeStacks with params (nil reads every stack), starting at
// params.NextToken. params is copied: later changes to it do not matter.
func NewDescribeStacksPaginator(client DescribeStacksAPIClient, params *DescribeStacksInput, optFns ...func(*DescribeStacksPaginatorOptions)) *DescribeStacksPaginator {
	in := *orEmpty(params)
	options := DescribeStacksPaginatorOptions{StopOnDuplicateToken: true}
	for _, fn := range optFns {
		fn(&options)
	}
	p := &DescribeStacksPaginator{}
	p.start(in.NextToken, options.StopOnDuplicateToken,
		func(ctx context.Context, token *string, optFns []func(*Options)) (*DescribeStacksOutput, error) {
			req := in
			req.NextToken = token
			return client.DescribeStacks(ctx, &req, optFns...)
		})
	return p
}

// NextPage reads the next page. After an error the paginator stays on the
// same page, so NextPage can be called again to retry it.
func (p *DescribeStacksPaginator) NextPage(ctx context.Context, optFns ...func(*Options)) (*DescribeStacksOutput, error) {
	return p.nextPage(ctx, optFns)
}

// Pages returns an iterator over the remaining pages. An error is yielded
// once, and ends the iteration; breaking out of the loop makes no further
// request.
func (p *DescribeStacksPaginator) Pages(ctx context.Context, optFns ...func(*Options)) iter.Seq2[*DescribeStacksOutput, error] {
	return p.pages(ctx, optFns)
}

func (out *DescribeStacksOutput) page() (*string, []types.Stack) { return out.NextToken, out.Stacks }

// Stacks returns an iterator over the stacks of the remaining pages, in
// order. An error is yielded once (with a zero Stack), and ends the
// iteration; breaking out of the loop makes no further request. Ranging again
// goes on with the item after the last one yielded, on the same page or the
// next.
func (p *DescribeStacksPaginator) Stacks(ctx context.Context, optFns ...func(*Options)) iter.Seq2[types.Stack, error] {
	return p.items(ctx, optFns)
}

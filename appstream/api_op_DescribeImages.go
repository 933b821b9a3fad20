package appstream

import (
	"context"
	"iter"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// DescribeImages describes the images named by Names or Arns, or every image
// the account can use, one page at a time (at most 25 images a page). To walk
// every page, use NewDescribeImagesPaginator or its Images iterator.
func (c *Client) DescribeImages(ctx context.Context, params *DescribeImagesInput, optFns ...func(*Options)) (*DescribeImagesOutput, error) {
	return invoke(ctx, c, opDescribeImages, orEmpty(params), &DescribeImagesOutput{}, optFns)
}

var opDescribeImages = &awsjson.Operation{
	Name:  "DescribeImages",
	Error: modeledErrors("InvalidParameterCombinationException", "ResourceNotFoundException"),
}

// DescribeImagesInput is the input of DescribeImages.
type DescribeImagesInput struct {
	// Arns lists the ARNs of the public, private or shared images to describe.
	Arns []string

	// MaxResults is the page size (0 to 25).
	MaxResults *int32

	// Names lists the names of the public or private images to describe.
	Names []string

	// NextToken is the token of the page to read, from a previous output.
	NextToken *string

	// Type selects PUBLIC, PRIVATE or SHARED images.
	Type types.VisibilityType
}

// DescribeImagesOutput is the output of DescribeImages.
type DescribeImagesOutput struct {
	// Images lists the images of this page.
	Images []types.Image

	// NextToken is the token of the next page, or nil after the last page.
	NextToken *string

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *DescribeImagesInput) validate() error { return nil }

func (in *DescribeImagesInput) encode(e *wire.Encoder) {
	wire.Strings(e, "Arns", in.Arns)
	e.Int32("MaxResults", in.MaxResults)
	wire.Strings(e, "Names", in.Names)
	e.String("NextToken", in.NextToken)
	wire.Enum(e, "Type", in.Type)
}

func (out *DescribeImagesOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (out *DescribeImagesOutput) decode(d *wire.Decoder) {
	wire.DecodePage(d, "Images", wire.DecodeImages, &out.Images, &out.NextToken)
}

// DescribeImagesAPIClient is the client that DescribeImages paginators and
// iterators need. *Client satisfies it; tests can fake it.
type DescribeImagesAPIClient interface {
	DescribeImages(context.Context, *DescribeImagesInput, ...func(*Options)) (*DescribeImagesOutput, error)
}

var _ DescribeImagesAPIClient = (*Client)(nil)

// DescribeImagesPaginatorOptions configure a DescribeImagesPaginator.
type DescribeImagesPaginatorOptions struct {
	// Limit is the page size, sent as MaxResults when it is above 0. It
	// starts as the input's MaxResults.
	Limit int32

	// StopOnDuplicateToken ends paging when the service returns a token it
	// returned before, instead of looping forever. It is true by default
	// here (false in the official client's paginators).
	StopOnDuplicateToken bool
}

// DescribeImagesPaginator reads the pages of DescribeImages.
type DescribeImagesPaginator struct {
	paginator[*DescribeImagesOutput, types.Image]
}

// NewDescribeImagesPaginator returns a paginator over the pages of
// DescribeImages with params (nil reads every image), starting at
// params.NextToken. params is copied: later changes to it do not matter.
func NewDescribeImagesPaginator(client DescribeImagesAPIClient, params *DescribeImagesInput, optFns ...func(*DescribeImagesPaginatorOptions)) *DescribeImagesPaginator {
	in := *orEmpty(params)
	options := DescribeImagesPaginatorOptions{StopOnDuplicateToken: true}
	if in.MaxResults != nil {
		options.Limit = *in.MaxResults
	}
	for _, fn := range optFns {
		fn(&options)
	}
	p := &DescribeImagesPaginator{}
	p.start(in.NextToken, options.StopOnDuplicateToken,
		func(ctx context.Context, token *string, optFns []func(*Options)) (*DescribeImagesOutput, error) {
			req := in
			req.NextToken, req.MaxResults = token, pageSize(options.Limit)
			return client.DescribeImages(ctx, &req, optFns...)
		})
	return p
}

// NextPage reads the next page. After an error the paginator stays on the
// same page, so NextPage can be called again to retry it.
func (p *DescribeImagesPaginator) NextPage(ctx context.Context, optFns ...func(*Options)) (*DescribeImagesOutput, error) {
	return p.nextPage(ctx, optFns)
}

// Pages returns an iterator over the remaining pages. An error is yielded
// once, and ends the iteration; breaking out of the loop makes no further
// request.
func (p *DescribeImagesPaginator) Pages(ctx context.Context, optFns ...func(*Options)) iter.Seq2[*DescribeImagesOutput, error] {
	return p.pages(ctx, optFns)
}

func (out *DescribeImagesOutput) page() (*string, []types.Image) { return out.NextToken, out.Images }

// Images returns an iterator over the images of the remaining pages, in
// order. An error is yielded once (with a zero Image), and ends the
// iteration; breaking out of the loop makes no further request. Ranging again
// goes on with the item after the last one yielded, on the same page or the
// next.
func (p *DescribeImagesPaginator) Images(ctx context.Context, optFns ...func(*Options)) iter.Seq2[types.Image, error] {
	return p.items(ctx, optFns)
}

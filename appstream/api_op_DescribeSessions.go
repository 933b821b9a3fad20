package appstream

import (
	"context"
	"iter"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// DescribeSessions lists the streaming sessions of a stack and fleet, one
// page at a time (20 sessions by default, at most 50). To walk every page,
// use NewDescribeSessionsPaginator or its Sessions iterator.
func (c *Client) DescribeSessions(ctx context.Context, params *DescribeSessionsInput, optFns ...func(*Options)) (*DescribeSessionsOutput, error) {
	return invoke(ctx, c, opDescribeSessions, orEmpty(params), &DescribeSessionsOutput{}, optFns)
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

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *DescribeSessionsInput) validate() error {
	v := newValidation("DescribeSessionsInput")
	v.require("StackName", in.StackName != nil)
	v.require("FleetName", in.FleetName != nil)
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
	wire.DecodePage(d, "Sessions", wire.DecodeSessions, &out.Sessions, &out.NextToken)
}

// DescribeSessionsAPIClient is the client that DescribeSessions paginators
// and iterators need. *Client satisfies it; tests can fake it.
type DescribeSessionsAPIClient interface {
	DescribeSessions(context.Context, *DescribeSessionsInput, ...func(*Options)) (*DescribeSessionsOutput, error)
}

var _ DescribeSessionsAPIClient = (*Client)(nil)

// DescribeSessionsPaginatorOptions configure a DescribeSessionsPaginator.
type DescribeSessionsPaginatorOptions struct {
	// Limit is the page size, sent when it is above 0 (the service takes at
	// most 50). It starts as the input's Limit.
	Limit int32

	// StopOnDuplicateToken ends paging when the service returns a token it
	// returned before, instead of looping forever. It is true by default
	// here (false in the official client's paginators).
	StopOnDuplicateToken bool
}

// DescribeSessionsPaginator reads the pages of DescribeSessions.
type DescribeSessionsPaginator struct {
	paginator[*DescribeSessionsOutput, types.Session]
}

// NewDescribeSessionsPaginator returns a paginator over the pages of
// DescribeSessions with params, starting at params.NextToken. params is
// copied: later changes to it do not matter.
func NewDescribeSessionsPaginator(client DescribeSessionsAPIClient, params *DescribeSessionsInput, optFns ...func(*DescribeSessionsPaginatorOptions)) *DescribeSessionsPaginator {
	in := *orEmpty(params)
	options := DescribeSessionsPaginatorOptions{StopOnDuplicateToken: true}
	if in.Limit != nil {
		options.Limit = *in.Limit
	}
	for _, fn := range optFns {
		fn(&options)
	}
	p := &DescribeSessionsPaginator{}
	p.start(in.NextToken, options.StopOnDuplicateToken,
		func(ctx context.Context, token *string, optFns []func(*Options)) (*DescribeSessionsOutput, error) {
			req := in
			req.NextToken, req.Limit = token, pageSize(options.Limit)
			return client.DescribeSessions(ctx, &req, optFns...)
		})
	return p
}

// NextPage reads the next page. After an error the paginator stays on the
// same page, so NextPage can be called again to retry it.
func (p *DescribeSessionsPaginator) NextPage(ctx context.Context, optFns ...func(*Options)) (*DescribeSessionsOutput, error) {
	return p.nextPage(ctx, optFns)
}

// Pages returns an iterator over the remaining pages. An error is yielded
// once, and ends the iteration; breaking out of the loop makes no further
// request.
func (p *DescribeSessionsPaginator) Pages(ctx context.Context, optFns ...func(*Options)) iter.Seq2[*DescribeSessionsOutput, error] {
	return p.pages(ctx, optFns)
}

func (out *DescribeSessionsOutput) page() (*string, []types.Session) {
	return out.NextToken, out.Sessions
}

// Sessions returns an iterator over the sessions of the remaining pages, in
// order:
//
//	in := &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String("fleet")}
//	for s, err := range appstream.NewDescribeSessionsPaginator(client, in).Sessions(ctx) {
//		if err != nil {
//			return err
//		}
//		fmt.Println(*s.UserId, s.State)
//	}
//
// An error is yielded once (with a zero Session), and ends the iteration;
// breaking out of the loop makes no further request. Ranging again goes on
// with the item after the last one yielded, on the same page or the next.
func (p *DescribeSessionsPaginator) Sessions(ctx context.Context, optFns ...func(*Options)) iter.Seq2[types.Session, error] {
	return p.items(ctx, optFns)
}

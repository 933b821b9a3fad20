package appstream_test

import (
	"context"
	"iter"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
)

func (f *listFake) ListAssociatedStacks(_ context.Context, in *appstream.ListAssociatedStacksInput, _ ...func(*appstream.Options)) (*appstream.ListAssociatedStacksOutput, error) {
	f.sent = append(f.sent, *in)
	names, next, err := f.pages.page(in.NextToken)
	if err != nil {
		return nil, err
	}
	return &appstream.ListAssociatedStacksOutput{Names: names, NextToken: next}, nil
}

func (f *listFake) ListAssociatedFleets(_ context.Context, in *appstream.ListAssociatedFleetsInput, _ ...func(*appstream.Options)) (*appstream.ListAssociatedFleetsOutput, error) {
	f.sent = append(f.sent, *in)
	names, next, err := f.pages.page(in.NextToken)
	if err != nil {
		return nil, err
	}
	return &appstream.ListAssociatedFleetsOutput{Names: names, NextToken: next}, nil
}

func init() {
	fleet, stack := aws.String("training"), aws.String("training-stack")
	associate := &appstream.AssociateFleetInput{FleetName: fleet, StackName: stack}
	disassociate := &appstream.DisassociateFleetInput{FleetName: fleet, StackName: stack}
	listStacks := &appstream.ListAssociatedStacksInput{FleetName: fleet}
	listFleets := &appstream.ListAssociatedFleetsInput{StackName: stack}
	wireCases = append(wireCases,
		wireCase{"AssociateFleet", "AssociateFleet", opCall((*appstream.Client).AssociateFleet, associate)},
		wireCase{"DisassociateFleet", "DisassociateFleet", opCall((*appstream.Client).DisassociateFleet, disassociate)},
		wireCase{"ListAssociatedStacks-all", "ListAssociatedStacks", opCall((*appstream.Client).ListAssociatedStacks,
			&appstream.ListAssociatedStacksInput{FleetName: fleet, NextToken: aws.String("t1")})},
		wireCase{"ListAssociatedStacks-required", "ListAssociatedStacks", opCall((*appstream.Client).ListAssociatedStacks, listStacks)},
		wireCase{"ListAssociatedFleets-all", "ListAssociatedFleets", opCall((*appstream.Client).ListAssociatedFleets,
			&appstream.ListAssociatedFleetsInput{StackName: stack, NextToken: aws.String("t1")})},
		wireCase{"ListAssociatedFleets-required", "ListAssociatedFleets", opCall((*appstream.Client).ListAssociatedFleets, listFleets)},
	)

	errorProbes["AssociateFleet"] = errorProbe{opCall((*appstream.Client).AssociateFleet, associate), "IncompatibleImageException"}
	errorProbes["DisassociateFleet"] = errorProbe{opCall((*appstream.Client).DisassociateFleet, disassociate), "ResourceInUseException"}
	errorProbes["ListAssociatedStacks"] = errorProbe{opCall((*appstream.Client).ListAssociatedStacks, listStacks), ""}
	errorProbes["ListAssociatedFleets"] = errorProbe{opCall((*appstream.Client).ListAssociatedFleets, listFleets), ""}

	outputChecks["AssociateFleet"] = outputCheck{`{}`, outcome((*appstream.Client).AssociateFleet, associate), &appstream.AssociateFleetOutput{}}
	outputChecks["DisassociateFleet"] = outputCheck{`{"Unknown":1}`, outcome((*appstream.Client).DisassociateFleet, disassociate), &appstream.DisassociateFleetOutput{}}
	outputChecks["ListAssociatedStacks"] = outputCheck{`{"Names":["s1","s\u00e92"],"NextToken":"t2","Unknown":[]}`,
		outcome((*appstream.Client).ListAssociatedStacks, listStacks), &appstream.ListAssociatedStacksOutput{Names: []string{"s1", "sé2"}, NextToken: aws.String("t2")}}
	outputChecks["ListAssociatedFleets"] = outputCheck{`{"Unknown":{},"Names":["f1"]}`,
		outcome((*appstream.Client).ListAssociatedFleets, listFleets), &appstream.ListAssociatedFleetsOutput{Names: []string{"f1"}}}

	for name, in := range map[string]invalidInput{
		"AssociateFleet nil":              {opCall((*appstream.Client).AssociateFleet, nil), missing("AssociateFleet", "FleetName", "StackName")},
		"AssociateFleet without stack":    {opCall((*appstream.Client).AssociateFleet, &appstream.AssociateFleetInput{FleetName: fleet}), missing("AssociateFleet", "StackName")},
		"DisassociateFleet nil":           {opCall((*appstream.Client).DisassociateFleet, nil), missing("DisassociateFleet", "FleetName", "StackName")},
		"DisassociateFleet without fleet": {opCall((*appstream.Client).DisassociateFleet, &appstream.DisassociateFleetInput{StackName: stack}), missing("DisassociateFleet", "FleetName")},
		"ListAssociatedStacks nil":        {opCall((*appstream.Client).ListAssociatedStacks, nil), missing("ListAssociatedStacks", "FleetName")},
		"ListAssociatedFleets token only": {opCall((*appstream.Client).ListAssociatedFleets, &appstream.ListAssociatedFleetsInput{NextToken: aws.String("t")}), missing("ListAssociatedFleets", "StackName")},
	} {
		invalidInputs[name] = in
	}

	listPaginators["ListAssociatedStacks"] = listPaginator{
		items: func(f *listFake, stop bool) (hasMorePages, iter.Seq2[string, error]) {
			p := appstream.NewListAssociatedStacksPaginator(f, &appstream.ListAssociatedStacksInput{FleetName: fleet},
				func(o *appstream.ListAssociatedStacksPaginatorOptions) { o.StopOnDuplicateToken = stop })
			return p, p.Names(context.Background())
		},
		sent: func(token *string) any {
			return appstream.ListAssociatedStacksInput{FleetName: fleet, NextToken: token}
		},
	}
	listPaginators["ListAssociatedFleets"] = listPaginator{
		items: func(f *listFake, stop bool) (hasMorePages, iter.Seq2[string, error]) {
			p := appstream.NewListAssociatedFleetsPaginator(f, &appstream.ListAssociatedFleetsInput{StackName: stack},
				func(o *appstream.ListAssociatedFleetsPaginatorOptions) { o.StopOnDuplicateToken = stop })
			return p, p.Names(context.Background())
		},
		sent: func(token *string) any {
			return appstream.ListAssociatedFleetsInput{StackName: stack, NextToken: token}
		},
	}
}

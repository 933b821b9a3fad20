package appstream_test

import (
	"context"
	"fmt"
	"iter"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

func (f *listFake) DescribeImages(_ context.Context, in *appstream.DescribeImagesInput, _ ...func(*appstream.Options)) (*appstream.DescribeImagesOutput, error) {
	f.sent = append(f.sent, *in)
	names, next, err := f.pages.page(in.NextToken)
	if err != nil {
		return nil, err
	}
	out := &appstream.DescribeImagesOutput{NextToken: next}
	for _, n := range names {
		out.Images = append(out.Images, types.Image{Name: aws.String(n)})
	}
	return out, nil
}

// imageJSON is an image as the service returns it, with an unknown member.
const imageJSON = `{"Applications":[{"DisplayName":"Firefox","Enabled":true,"Metadata":{"publisher":"Mozilla"},"Name":"firefox","Platforms":["WINDOWS_SERVER_2019"]}],` +
	`"Arn":"arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-10-13-2025","CreatedTime":1760313600,"ImagePermissions":{"allowFleet":true,"allowImageBuilder":false},` +
	`"ImageBuilderSupported":true,"Name":"AppStream-WinServer2019-10-13-2025","Platform":"WINDOWS_SERVER_2019","State":"AVAILABLE","Visibility":"PUBLIC","AddedIn2031":"x"}`

var imageDecoded = types.Image{
	Applications: []types.Application{{DisplayName: aws.String("Firefox"), Enabled: aws.Bool(true), Metadata: map[string]string{"publisher": "Mozilla"},
		Name: aws.String("firefox"), Platforms: []types.PlatformType{types.PlatformTypeWindowsServer2019}}},
	Arn:                   aws.String("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-10-13-2025"),
	CreatedTime:           aws.Time(time.Date(2025, 10, 13, 0, 0, 0, 0, time.UTC)),
	ImagePermissions:      &types.ImagePermissions{AllowFleet: aws.Bool(true), AllowImageBuilder: aws.Bool(false)},
	ImageBuilderSupported: aws.Bool(true),
	Name:                  aws.String("AppStream-WinServer2019-10-13-2025"),
	Platform:              types.PlatformTypeWindowsServer2019,
	State:                 types.ImageStateAvailable,
	Visibility:            types.VisibilityTypePublic,
}

func init() {
	all := &appstream.DescribeImagesInput{
		Arns: []string{"arn:aws:appstream:us-east-1::image/Base"}, MaxResults: aws.Int32(25), Names: []string{"Base", "Other"},
		NextToken: aws.String("t1"), Type: types.VisibilityTypeShared,
	}
	wireCases = append(wireCases,
		wireCase{"DescribeImages-all", "DescribeImages", opCall((*appstream.Client).DescribeImages, all)},
		wireCase{"DescribeImages-nil", "DescribeImages", opCall((*appstream.Client).DescribeImages, nil)},
		wireCase{"DescribeImages-zero-max-empty-lists", "DescribeImages", opCall((*appstream.Client).DescribeImages,
			&appstream.DescribeImagesInput{Arns: []string{}, Names: []string{}, MaxResults: aws.Int32(0)})},
	)
	errorProbes["DescribeImages"] = errorProbe{opCall((*appstream.Client).DescribeImages, nil), "InvalidParameterCombinationException"}
	outputChecks["DescribeImages"] = outputCheck{`{"Images":[` + imageJSON + `,null],"NextToken":"t2"}`, outcome((*appstream.Client).DescribeImages, all),
		&appstream.DescribeImagesOutput{Images: []types.Image{imageDecoded, {}}, NextToken: aws.String("t2")}}

	listPaginators["DescribeImages"] = listPaginator{
		items: func(f *listFake, stop bool) (hasMorePages, iter.Seq2[string, error]) {
			p := appstream.NewDescribeImagesPaginator(f, &appstream.DescribeImagesInput{Type: types.VisibilityTypePublic, MaxResults: aws.Int32(2)},
				func(o *appstream.DescribeImagesPaginatorOptions) { o.StopOnDuplicateToken = stop })
			return p, names(p.Images(context.Background()), func(i types.Image) *string { return i.Name })
		},
		sent: func(token *string) any {
			return appstream.DescribeImagesInput{Type: types.VisibilityTypePublic, MaxResults: aws.Int32(2), NextToken: token}
		},
	}
}

func TestDescribeImagesPaginatorLimit(t *testing.T) {
	limit := func(n int32) func(*appstream.DescribeImagesPaginatorOptions) {
		return func(o *appstream.DescribeImagesPaginatorOptions) { o.Limit = n }
	}
	cases := map[string]struct {
		params *appstream.DescribeImagesInput
		opts   []func(*appstream.DescribeImagesPaginatorOptions)
		want   *int32
	}{
		"no limit":                      {nil, nil, nil},
		"limit from MaxResults":         {&appstream.DescribeImagesInput{MaxResults: aws.Int32(10)}, nil, aws.Int32(10)},
		"limit from option":             {&appstream.DescribeImagesInput{MaxResults: aws.Int32(10)}, []func(*appstream.DescribeImagesPaginatorOptions){limit(25)}, aws.Int32(25)},
		"zero option limit is not sent": {&appstream.DescribeImagesInput{MaxResults: aws.Int32(10)}, []func(*appstream.DescribeImagesPaginatorOptions){limit(0)}, nil},
		"zero MaxResults is not sent":   {&appstream.DescribeImagesInput{MaxResults: aws.Int32(0)}, nil, nil},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f := newListFake(threePages())
			p := appstream.NewDescribeImagesPaginator(f, tc.params, tc.opts...)
			got, errs := collect(names(p.Images(context.Background()), func(i types.Image) *string { return i.Name }), 0)
			if len(errs) > 0 || len(got) != 5 {
				t.Fatalf("images %v, errors %v", got, errs)
			}
			for i, sent := range f.sent {
				if diff := cmp.Diff(tc.want, sent.(appstream.DescribeImagesInput).MaxResults); diff != "" {
					t.Errorf("call %d: MaxResults (-want +got):\n%s", i, diff)
				}
			}
		})
	}
}

// TestListPaginatorsOnTheWire reads two pages with each new paginator
// through the client, and checks the bodies sent.
func TestListPaginatorsOnTheWire(t *testing.T) {
	cases := map[string]struct {
		pages func(n int) string
		items func(*appstream.Client) iter.Seq2[string, error]
		sent  []string
	}{
		"DescribeStacks": {
			func(n int) string { return fmt.Sprintf(`{"Stacks":[{"Name":"s%d"}]%s}`, n, nextToken(n)) },
			func(c *appstream.Client) iter.Seq2[string, error] {
				return names(appstream.NewDescribeStacksPaginator(c, nil).Stacks(context.Background()), func(s types.Stack) *string { return s.Name })
			},
			[]string{`{}`, `{"NextToken":"t1"}`},
		},
		"ListAssociatedStacks": {
			func(n int) string { return fmt.Sprintf(`{"Names":["s%d"]%s}`, n, nextToken(n)) },
			func(c *appstream.Client) iter.Seq2[string, error] {
				return appstream.NewListAssociatedStacksPaginator(c, &appstream.ListAssociatedStacksInput{FleetName: aws.String("f")}).Names(context.Background())
			},
			[]string{`{"FleetName":"f"}`, `{"FleetName":"f","NextToken":"t1"}`},
		},
		"ListAssociatedFleets": {
			func(n int) string { return fmt.Sprintf(`{"Names":["s%d"]%s}`, n, nextToken(n)) },
			func(c *appstream.Client) iter.Seq2[string, error] {
				return appstream.NewListAssociatedFleetsPaginator(c, &appstream.ListAssociatedFleetsInput{StackName: aws.String("s")}).Names(context.Background())
			},
			[]string{`{"StackName":"s"}`, `{"NextToken":"t1","StackName":"s"}`},
		},
		"DescribeImages": {
			func(n int) string { return fmt.Sprintf(`{"Images":[{"Name":"s%d"}]%s}`, n, nextToken(n)) },
			func(c *appstream.Client) iter.Seq2[string, error] {
				p := appstream.NewDescribeImagesPaginator(c, &appstream.DescribeImagesInput{Type: types.VisibilityTypePublic}, func(o *appstream.DescribeImagesPaginatorOptions) { o.Limit = 1 })
				return names(p.Images(context.Background()), func(i types.Image) *string { return i.Name })
			},
			[]string{`{"MaxResults":1,"Type":"PUBLIC"}`, `{"MaxResults":1,"NextToken":"t1","Type":"PUBLIC"}`},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f, client := newFakeService(t, func(n int, _ recorded) reply { return reply{body: tc.pages(n)} })
			got, errs := collect(tc.items(client), 0)
			if diff := cmp.Diff([]string{"s0", "s1"}, got); diff != "" || len(errs) > 0 {
				t.Errorf("items (-want +got):\n%s\nerrors %v", diff, errs)
			}
			for i, want := range tc.sent {
				if got := string(f.request(t, i).Body); got != want {
					t.Errorf("request %d: %s, want %s", i, got, want)
				}
			}
			if f.count() != len(tc.sent) {
				t.Errorf("%d requests, want %d", f.count(), len(tc.sent))
			}
		})
	}
}

// nextToken is the NextToken member of page n of two.
func nextToken(n int) string {
	if n == 0 {
		return `,"NextToken":"t1"`
	}
	return ""
}

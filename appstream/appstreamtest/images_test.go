package appstreamtest_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// catalog are the names of the public images, sorted.
var catalog = []string{
	appstreamtest.ImageAmazonLinux2,
	appstreamtest.ImageGraphicsG4dnWindows2019,
	appstreamtest.ImageWindowsServer2019Previous,
	appstreamtest.ImageWindowsServer2019,
	appstreamtest.ImageWindowsServer2022,
}

func imageNames(images []types.Image) []string {
	names := []string{}
	for _, img := range images {
		names = append(names, *img.Name)
	}
	return names
}

// TestClientDescribeImages lists the catalog, whole and page by page, and
// checks one image member by member.
func TestClientDescribeImages(t *testing.T) {
	_, c, _ := fakeServer(t)
	ctx := context.Background()
	out, err := c.DescribeImages(ctx, &appstream.DescribeImagesInput{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(catalog, imageNames(out.Images)); diff != "" || out.NextToken != nil {
		t.Errorf("the catalog (-want +got):\n%s\nNextToken %v", diff, out.NextToken)
	}
	released := time.Date(2024, 6, 17, 0, 0, 0, 0, time.UTC)
	want := types.Image{
		Name:                        aws.String("AppStream-WinServer2022-06-17-2024"),
		Arn:                         aws.String("arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-06-17-2024"),
		DisplayName:                 aws.String("Windows Server 2022 Base - 06-17-2024"),
		Description:                 aws.String("AppStream 2.0 public base image: Windows Server 2022 Base - 06-17-2024"),
		State:                       types.ImageStateAvailable,
		Visibility:                  types.VisibilityTypePublic,
		ImageType:                   types.ImageTypeNative,
		Platform:                    types.PlatformTypeWindowsServer2022,
		ImageBuilderSupported:       aws.Bool(true),
		CreatedTime:                 aws.Time(released.Add(19*time.Hour + 42*time.Minute)),
		PublicBaseImageReleasedDate: aws.Time(released),
		AppstreamAgentVersion:       aws.String("06-17-2024"),
		LatestAppstreamAgentVersion: types.LatestAppstreamAgentVersionTrue,
		SupportedInstanceFamilies:   []string{"GENERAL_PURPOSE", "COMPUTE_OPTIMIZED", "MEMORY_OPTIMIZED"},
		DynamicAppProvidersEnabled:  types.DynamicAppProvidersEnabledDisabled,
		ImageSharedWithOthers:       types.ImageSharedWithOthersFalse,
		ManagedSoftwareIncluded:     aws.Bool(false),
	}
	if diff := cmp.Diff(want, out.Images[4]); diff != "" {
		t.Errorf("the Windows Server 2022 image (-want +got):\n%s", diff)
	}
	platforms := map[types.PlatformType]int{}
	for _, img := range out.Images {
		platforms[img.Platform]++
	}
	if want := map[types.PlatformType]int{"WINDOWS_SERVER_2019": 3, "WINDOWS_SERVER_2022": 1, "AMAZON_LINUX2": 1}; !cmp.Equal(want, platforms) {
		t.Errorf("platforms %v, want %v", platforms, want)
	}

	var pages [][]string
	p := appstream.NewDescribeImagesPaginator(c, &appstream.DescribeImagesInput{MaxResults: aws.Int32(2)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, imageNames(page.Images))
	}
	if diff := cmp.Diff([][]string{catalog[:2], catalog[2:4], catalog[4:]}, pages); diff != "" {
		t.Errorf("pages of 2 (-want +got):\n%s", diff)
	}
	var all []string
	for img, err := range appstream.NewDescribeImagesPaginator(c, nil, func(o *appstream.DescribeImagesPaginatorOptions) { o.Limit = 3 }).Images(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, *img.Name)
	}
	if diff := cmp.Diff(catalog, all); diff != "" {
		t.Errorf("Images iterator (-want +got):\n%s", diff)
	}
	zero, err := c.DescribeImages(ctx, &appstream.DescribeImagesInput{MaxResults: aws.Int32(0)})
	if err != nil || len(zero.Images) != 5 {
		t.Errorf("MaxResults 0: %d images, %v; want the whole catalog in a page of 25", len(zero.Images), err)
	}
}

// TestClientDescribeImagesFilters asks for images by name, ARN and type.
func TestClientDescribeImagesFilters(t *testing.T) {
	_, c, _ := fakeServer(t, appstreamtest.WithImages(types.Image{Name: aws.String("Our-Image")}))
	ctx := context.Background()
	arnOf := func(name string) string { return "arn:aws:appstream:us-east-1::image/" + name }
	for name, tc := range map[string]struct {
		in   *appstream.DescribeImagesInput
		want []string
	}{
		"names, in the order asked": {&appstream.DescribeImagesInput{Names: []string{catalog[3], "Our-Image", catalog[0], catalog[3]}},
			[]string{catalog[3], "Our-Image", catalog[0]}},
		"ARNs": {&appstream.DescribeImagesInput{Arns: []string{arnOf(catalog[1]), "arn:aws:appstream:us-east-1:123456789012:image/Our-Image"}},
			[]string{catalog[1], "Our-Image"}},
		"public":           {&appstream.DescribeImagesInput{Type: types.VisibilityTypePublic}, catalog},
		"private":          {&appstream.DescribeImagesInput{Type: types.VisibilityTypePrivate}, []string{"Our-Image"}},
		"shared":           {&appstream.DescribeImagesInput{Type: types.VisibilityTypeShared}, []string{}},
		"names of a type":  {&appstream.DescribeImagesInput{Names: []string{"Our-Image", catalog[0]}, Type: types.VisibilityTypePrivate}, []string{"Our-Image"}},
		"everything":       {&appstream.DescribeImagesInput{}, append(append([]string{}, catalog...), "Our-Image")},
		"names in pages 1": {&appstream.DescribeImagesInput{Names: []string{catalog[4], catalog[0], catalog[2]}, MaxResults: aws.Int32(2)}, []string{catalog[4], catalog[0]}},
	} {
		out, err := c.DescribeImages(ctx, tc.in)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if diff := cmp.Diff(tc.want, imageNames(out.Images)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	var named []string
	in := &appstream.DescribeImagesInput{Names: []string{catalog[4], catalog[0], catalog[2]}, MaxResults: aws.Int32(2)}
	for img, err := range appstream.NewDescribeImagesPaginator(c, in).Images(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		named = append(named, *img.Name)
	}
	if want := []string{catalog[4], catalog[0], catalog[2]}; !cmp.Equal(want, named) {
		t.Errorf("named images in pages of 2: %v, want %v", named, want)
	}

	notFound := errorOf[*types.ResourceNotFoundException]()
	_, err := c.DescribeImages(ctx, &appstream.DescribeImagesInput{Names: []string{catalog[0], "AppStream-WinServer2016-01-01-2020"}})
	wantAPIError(t, err, notFound, "The image AppStream-WinServer2016-01-01-2020 does not exist.")
	_, err = c.DescribeImages(ctx, &appstream.DescribeImagesInput{Arns: []string{arnOf("Nothing")}})
	wantAPIError(t, err, notFound, "The image arn:aws:appstream:us-east-1::image/Nothing does not exist.")
	_, err = c.DescribeImages(ctx, &appstream.DescribeImagesInput{Names: []string{catalog[0]}, Arns: []string{arnOf(catalog[0])}})
	wantAPIError(t, err, errorOf[*types.InvalidParameterCombinationException](), "Specify Names or Arns, not both.")
	first, err := c.DescribeImages(ctx, &appstream.DescribeImagesInput{MaxResults: aws.Int32(1)})
	if err != nil || first.NextToken == nil {
		t.Fatalf("first page: %v, %v", first, err)
	}
	_, err = c.DescribeImages(ctx, &appstream.DescribeImagesInput{Type: types.VisibilityTypePublic, NextToken: first.NextToken})
	wantAPIError(t, err, genericError("ValidationException"), "Invalid NextToken")
	_, err = c.DescribeImages(ctx, &appstream.DescribeImagesInput{MaxResults: aws.Int32(26)})
	wantAPIError(t, err, genericError("ValidationException"), "Value '26' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 25")
}

// TestAddImage adds images of the test's own, with and without the members
// the server fills in.
func TestAddImage(t *testing.T) {
	srv, c, _ := fakeServer(t)
	added, err := srv.AddImage(types.Image{Name: aws.String("Team-Image"), DisplayName: aws.String("Team"),
		ImagePermissions: &types.ImagePermissions{AllowFleet: aws.Bool(true), AllowImageBuilder: aws.Bool(false)}})
	if err != nil {
		t.Fatal(err)
	}
	want := types.Image{Name: aws.String("Team-Image"), DisplayName: aws.String("Team"),
		Arn:        aws.String("arn:aws:appstream:us-east-1:123456789012:image/Team-Image"),
		Visibility: types.VisibilityTypePrivate, State: types.ImageStateAvailable, Platform: types.PlatformTypeWindowsServer2019,
		CreatedTime:      aws.Time(fixedStart.Truncate(time.Millisecond)),
		ImagePermissions: &types.ImagePermissions{AllowFleet: aws.Bool(true), AllowImageBuilder: aws.Bool(false)}}
	if diff := cmp.Diff(want, added); diff != "" {
		t.Errorf("AddImage (-want +got):\n%s", diff)
	}
	out, err := c.DescribeImages(context.Background(), &appstream.DescribeImagesInput{Names: []string{"Team-Image"}})
	if err != nil || len(out.Images) != 1 {
		t.Fatalf("DescribeImages: %v, %v", out, err)
	}
	if diff := cmp.Diff(want, out.Images[0]); diff != "" {
		t.Errorf("DescribeImages, through the wire (-want +got):\n%s", diff)
	}

	public, err := srv.AddImage(types.Image{Name: aws.String("Public-Image"), Visibility: types.VisibilityTypePublic,
		Platform: types.PlatformTypeAmazonLinux2, State: types.ImageStatePending})
	if err != nil || *public.Arn != "arn:aws:appstream:us-east-1::image/Public-Image" || public.State != types.ImageStatePending {
		t.Errorf("a PUBLIC PENDING image: %+v, %v", public, err)
	}
	for name, img := range map[string]types.Image{
		"no name":        {},
		"bad name":       {Name: aws.String("bad name")},
		"same name":      {Name: aws.String("Team-Image")},
		"a catalog name": {Name: aws.String(appstreamtest.ImageWindowsServer2019)},
		"same ARN":       {Name: aws.String("Other"), Arn: aws.String("arn:aws:appstream:us-east-1:123456789012:image/Team-Image")},
	} {
		if _, err := srv.AddImage(img); err == nil {
			t.Errorf("%s: AddImage accepted %+v", name, img)
		}
	}
	if _, err := appstreamtest.Listen(appstreamtest.WithImages(types.Image{Name: aws.String("-x")})); err == nil ||
		!strings.Contains(err.Error(), "an image needs a Name that matches") {
		t.Errorf("Listen with a bad image: %v", err)
	}
}

// TestClientFleetImages checks that fleets run only the catalog's AVAILABLE
// images, and take their platform.
func TestClientFleetImages(t *testing.T) {
	_, c, _ := fakeServer(t,
		appstreamtest.WithImages(types.Image{Name: aws.String("Pending-Image"), State: types.ImageStatePending}),
		appstreamtest.WithMissingImages("Deleted-Image"))
	ctx := context.Background()
	notFound := errorOf[*types.ResourceNotFoundException]()

	for _, tc := range map[string]struct {
		change  func(*appstream.CreateFleetInput)
		want    *errCheck
		message string
	}{
		"unknown name": {func(in *appstream.CreateFleetInput) { in.ImageName = aws.String("AppStream-WinServer2019-Base") }, notFound,
			"The image AppStream-WinServer2019-Base does not exist."},
		"unknown ARN": {func(in *appstream.CreateFleetInput) {
			in.ImageName, in.ImageArn = nil, aws.String("arn:aws:appstream:us-east-1:123456789012:image/Nothing")
		}, notFound, "The image arn:aws:appstream:us-east-1:123456789012:image/Nothing does not exist."},
		"ARN of another region": {func(in *appstream.CreateFleetInput) {
			in.ImageName, in.ImageArn = nil, aws.String("arn:aws:appstream:eu-west-1::image/"+appstreamtest.ImageWindowsServer2019)
		}, notFound, "does not exist."},
		"PENDING image": {func(in *appstream.CreateFleetInput) { in.ImageName = aws.String("Pending-Image") }, errorOf[*types.ResourceNotAvailableException](),
			"The image Pending-Image is PENDING; only an AVAILABLE image can run a fleet."},
	} {
		in := fleetInput("refused")
		tc.change(in)
		_, err := c.CreateFleet(ctx, in)
		wantAPIError(t, err, tc.want, tc.message)
		_, err = c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{"refused"}})
		checkErr(t, err, notFound)
	}

	linux := fleetInput("linux")
	linux.ImageName = aws.String(appstreamtest.ImageAmazonLinux2)
	if f := createFleet(t, c, linux); f.Platform != types.PlatformTypeAmazonLinux2 {
		t.Errorf("a fleet of the Amazon Linux 2 image: platform %s, want AMAZON_LINUX2", f.Platform)
	}
	byArn := fleetInput("by-arn")
	byArn.ImageName, byArn.ImageArn = nil, aws.String("arn:aws:appstream:us-east-1::image/"+appstreamtest.ImageWindowsServer2022)
	if f := createFleet(t, c, byArn); f.Platform != types.PlatformTypeWindowsServer2022 || *f.ImageArn != *byArn.ImageArn {
		t.Errorf("a fleet of the Windows Server 2022 image by ARN: %s, %s", f.Platform, aws.ToString(f.ImageArn))
	}
	// WithMissingImages: images deleted since fleets were made of them.
	deleted := fleetInput("deleted")
	deleted.ImageName = aws.String("Deleted-Image")
	if f := createFleet(t, c, deleted); f.Platform != types.PlatformTypeWindowsServer2019 {
		t.Errorf("a fleet of a deleted image: platform %s, want the default", f.Platform)
	}
	_, err := c.DescribeImages(ctx, &appstream.DescribeImagesInput{Names: []string{"Deleted-Image"}})
	checkErr(t, err, notFound)

	_, err = c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: aws.String("linux"), ImageName: aws.String("Nothing"), DisplayName: aws.String("changed")})
	wantAPIError(t, err, notFound, "The image Nothing does not exist.")
	_, err = c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: aws.String("linux"), ImageName: aws.String("Pending-Image")})
	checkErr(t, err, errorOf[*types.ResourceNotAvailableException]())
	if f := describeFleet(t, c, "linux"); *f.ImageName != appstreamtest.ImageAmazonLinux2 || f.DisplayName != nil {
		t.Errorf("a refused UpdateFleet changed the fleet: %s, %v", *f.ImageName, f.DisplayName)
	}
	out, err := c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: aws.String("linux"), ImageName: aws.String(appstreamtest.ImageWindowsServer2019Previous)})
	if err != nil || *out.Fleet.ImageName != appstreamtest.ImageWindowsServer2019Previous {
		t.Errorf("UpdateFleet to a catalog image: %v", err)
	}
}

package appstreamtest

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/appstreamkit/appstream-go/types"
)

// The public base images of the server's catalog, the images AppStream
// provides in every region: DescribeImages lists them, and CreateFleet and
// UpdateFleet accept them (and those added with WithImages or AddImage).
const (
	ImageWindowsServer2019         = "AppStream-WinServer2019-06-17-2024"
	ImageWindowsServer2019Previous = "AppStream-WinServer2019-06-12-2023"
	ImageWindowsServer2022         = "AppStream-WinServer2022-06-17-2024"
	ImageAmazonLinux2              = "AppStream-AmazonLinux2-09-21-2022"
	ImageGraphicsG4dnWindows2019   = "AppStream-Graphics-G4dn-WinServer2019-06-17-2024"
)

// maxImagePage is DescribeImages' page size when MaxResults is unset or 0:
// the model's maximum.
const maxImagePage = 25

// publicImages returns the catalog of public base images, with their ARNs in
// region. Public images have no account in their ARNs.
func publicImages(region string) map[string]*types.Image {
	base := []struct {
		name, display string
		platform      types.PlatformType
		released      time.Time
		latest        bool
		families      []string
	}{
		{ImageWindowsServer2019Previous, "Windows Server 2019 Base - 06-12-2023", types.PlatformTypeWindowsServer2019,
			time.Date(2023, 6, 12, 0, 0, 0, 0, time.UTC), false, []string{"GENERAL_PURPOSE", "COMPUTE_OPTIMIZED", "MEMORY_OPTIMIZED"}},
		{ImageWindowsServer2019, "Windows Server 2019 Base - 06-17-2024", types.PlatformTypeWindowsServer2019,
			time.Date(2024, 6, 17, 0, 0, 0, 0, time.UTC), true, []string{"GENERAL_PURPOSE", "COMPUTE_OPTIMIZED", "MEMORY_OPTIMIZED"}},
		{ImageWindowsServer2022, "Windows Server 2022 Base - 06-17-2024", types.PlatformTypeWindowsServer2022,
			time.Date(2024, 6, 17, 0, 0, 0, 0, time.UTC), true, []string{"GENERAL_PURPOSE", "COMPUTE_OPTIMIZED", "MEMORY_OPTIMIZED"}},
		{ImageAmazonLinux2, "Amazon Linux 2 Base - 09-21-2022", types.PlatformTypeAmazonLinux2,
			time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC), true, []string{"GENERAL_PURPOSE", "COMPUTE_OPTIMIZED", "MEMORY_OPTIMIZED"}},
		{ImageGraphicsG4dnWindows2019, "Graphics G4dn Windows Server 2019 - 06-17-2024", types.PlatformTypeWindowsServer2019,
			time.Date(2024, 6, 17, 0, 0, 0, 0, time.UTC), true, []string{"GRAPHICS_G4"}},
	}
	images := map[string]*types.Image{}
	for _, b := range base {
		latest := types.LatestAppstreamAgentVersionFalse
		if b.latest {
			latest = types.LatestAppstreamAgentVersionTrue
		}
		images[b.name] = &types.Image{
			Name:                        ptr(b.name),
			Arn:                         ptr(fmt.Sprintf("arn:aws:appstream:%s::image/%s", region, b.name)),
			DisplayName:                 ptr(b.display),
			Description:                 ptr("AppStream 2.0 public base image: " + b.display),
			State:                       types.ImageStateAvailable,
			Visibility:                  types.VisibilityTypePublic,
			ImageType:                   types.ImageTypeNative,
			Platform:                    b.platform,
			ImageBuilderSupported:       ptr(true),
			CreatedTime:                 ptr(b.released.Add(19*time.Hour + 42*time.Minute)),
			PublicBaseImageReleasedDate: ptr(b.released),
			AppstreamAgentVersion:       ptr(b.released.Format("01-02-2006")),
			LatestAppstreamAgentVersion: latest,
			SupportedInstanceFamilies:   b.families,
			DynamicAppProvidersEnabled:  types.DynamicAppProvidersEnabledDisabled,
			ImageSharedWithOthers:       types.ImageSharedWithOthersFalse,
			ManagedSoftwareIncluded:     ptr(false),
		}
	}
	return images
}

// WithImages adds images of the caller's to the server's catalog, as
// AddImage does; Listen fails if one of them cannot be added.
func WithImages(images ...types.Image) Option {
	return func(s *Server) { s.extraImages = append(s.extraImages, images...) }
}

// AddImage adds an image to the server's catalog, as if the account had
// created it with an image builder, and returns it as DescribeImages will
// describe it. Name is required, and no image of the catalog may have the
// same name or ARN. Members left unset are filled in: Arn (an image of the
// account, arn:aws:appstream:<region>:123456789012:image/<Name>, or without
// the account for a PUBLIC one), Visibility (PRIVATE), State (AVAILABLE),
// Platform (WINDOWS_SERVER_2019) and CreatedTime (the clock's time). An image
// that is not AVAILABLE is listed, but no fleet can use it.
func (s *Server) AddImage(img types.Image) (types.Image, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	added, err := s.addImage(img, s.clock.Now())
	if err != nil {
		return types.Image{}, err
	}
	return deepCopy(*added), nil
}

func (s *Server) addImage(img types.Image, now time.Time) (*types.Image, error) {
	img = deepCopy(img)
	if img.Name == nil || !namePattern.MatchString(*img.Name) {
		return nil, fmt.Errorf("an image needs a Name that matches %s, not %q", namePatternText, deref(img.Name))
	}
	setDefault(&img.Visibility, types.VisibilityTypePrivate)
	if img.Arn == nil {
		account := AccountID
		if img.Visibility == types.VisibilityTypePublic {
			account = ""
		}
		img.Arn = ptr(fmt.Sprintf("arn:aws:appstream:%s:%s:image/%s", s.region, account, *img.Name))
	}
	for _, other := range s.images {
		if *other.Name == *img.Name || *other.Arn == *img.Arn {
			return nil, fmt.Errorf("the catalog has an image named %s already, or with the ARN %s", *other.Name, *other.Arn)
		}
	}
	setDefault(&img.State, types.ImageStateAvailable)
	setDefault(&img.Platform, types.PlatformTypeWindowsServer2019)
	if img.CreatedTime == nil {
		img.CreatedTime = ptr(now.Truncate(time.Millisecond).UTC())
	}
	s.images[*img.Name] = &img
	return &img, nil
}

// imageOf checks the image that a CreateFleet or UpdateFleet request names,
// by name or by ARN, and returns it: it must be in the catalog and
// AVAILABLE. An image of WithMissingImages stands for one deleted since the
// fleet was created: it is accepted, and the result is nil.
func (s *Server) imageOf(name, arn *string) (*types.Image, *apiError) {
	wanted, byArn := name, false
	if name == nil {
		wanted, byArn = arn, true
	}
	if wanted == nil {
		return nil, nil
	}
	if _, n, _ := strings.Cut(*wanted, ":image/"); s.failures.missingImages[*wanted] || (byArn && s.failures.missingImages[n]) {
		return nil, nil
	}
	img, err := s.findImage(*wanted, byArn)
	if err != nil {
		return nil, err
	}
	if img.State != types.ImageStateAvailable {
		return nil, clientError("ResourceNotAvailableException", "The image %s is %s; only an AVAILABLE image can run a fleet.", *wanted, img.State)
	}
	return img, nil
}

type describeImagesInput struct {
	Names      []string
	Arns       []string
	Type       types.VisibilityType
	NextToken  *string
	MaxResults *int32
}

func (in *describeImagesInput) validate(v *validator) {
	v.each("names", in.Names, func(path string, s *string) { v.length(path, s, 1, -1) })
	v.each("arns", in.Arns, v.arn)
	enum(v, "type", in.Type, in.Type.Values())
	v.length("nextToken", in.NextToken, 1, -1)
	v.intRange("maxResults", in.MaxResults, 0, maxImagePage)
}

type describeImagesOutput struct {
	Images    []types.Image
	NextToken *string
}

// describeImages lists the catalog's images sorted by name, or those named
// (by Names or by Arns) in the order asked; Type keeps those of one
// visibility. Pages hold MaxResults images (25 when 0 or unset).
func (s *Server) describeImages(in *describeImagesInput, now time.Time) (any, *apiError) {
	if in.Names != nil && in.Arns != nil {
		return nil, clientError("InvalidParameterCombinationException", "Specify Names or Arns, not both.")
	}
	size := maxImagePage
	if in.MaxResults != nil && *in.MaxResults > 0 {
		size = int(*in.MaxResults)
	}
	var selected []*types.Image
	var keys []string
	if wanted := slices.Concat(in.Names, in.Arns); len(wanted) > 0 {
		// Named images: keys are their places in the request, so pages follow
		// its order.
		for _, w := range wanted {
			img, err := s.findImage(w, in.Arns != nil)
			if err != nil {
				return nil, err
			}
			if (in.Type == "" || img.Visibility == in.Type) && !slices.Contains(selected, img) {
				keys = append(keys, fmt.Sprintf("%08d", len(selected)))
				selected = append(selected, img)
			}
		}
	} else {
		for _, name := range sortedKeys(s.images) {
			if img := s.images[name]; in.Type == "" || img.Visibility == in.Type {
				keys = append(keys, name)
				selected = append(selected, img)
			}
		}
	}
	query := fmt.Sprintf("%q", [][]string{in.Names, in.Arns, {string(in.Type)}})
	lo, hi, next, err := s.page("DescribeImages", query, keys, in.NextToken, size)
	if err != nil {
		return nil, err
	}
	out := describeImagesOutput{Images: []types.Image{}, NextToken: next}
	for _, img := range selected[lo:hi] {
		out.Images = append(out.Images, *img)
	}
	return out, nil
}

func (s *Server) findImage(nameOrArn string, byArn bool) (*types.Image, *apiError) {
	for _, img := range s.images {
		if (!byArn && *img.Name == nameOrArn) || (byArn && *img.Arn == nameOrArn) {
			return img, nil
		}
	}
	return nil, clientError("ResourceNotFoundException", "The image %s does not exist.", nameOrArn)
}

package wire

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/types"
)

func TestDecodeImageEveryMember(t *testing.T) {
	got, err := decodeOne("["+readTestdata(t, "image-full.json")+"]", DecodeImages)
	if err != nil {
		t.Fatal(err)
	}
	want := []types.Image{{
		Applications: []types.Application{{
			AppBlockArn:      ptr("arn:aws:appstream:us-east-1:123456789012:app-block/firefox"),
			Arn:              ptr("arn:aws:appstream:us-east-1:123456789012:application/firefox"),
			CreatedTime:      ptr(time.Date(2025, 11, 27, 7, 0, 0, 0, time.UTC)),
			Description:      ptr("Web browser"),
			DisplayName:      ptr("Firefox"),
			Enabled:          ptr(true),
			IconS3Location:   &types.S3Location{S3Bucket: ptr("icons"), S3Key: ptr("firefox.png")},
			IconURL:          ptr("https://icons.example.com/firefox.png?sig=abc"),
			InstanceFamilies: []string{"GENERAL_PURPOSE"},
			LaunchParameters: ptr("--private-window"),
			LaunchPath:       ptr(`C:\Program Files\Mozilla Firefox\firefox.exe`),
			Metadata:         map[string]string{"publisher": "Mozilla", "empty": ""},
			Name:             ptr("firefox"),
			Platforms:        []types.PlatformType{types.PlatformTypeWindowsServer2019, "SOME_FUTURE_OS"},
			WorkingDirectory: ptr(`C:\Users\PhotonUser`),
		}},
		AppstreamAgentVersion:      ptr("10-13-2025"),
		Arn:                        ptr("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-10-13-2025"),
		BaseImageArn:               ptr("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-Base"),
		CreatedTime:                ptr(time.Date(2025, 10, 13, 0, 0, 0, 500e6, time.UTC)),
		Description:                ptr("Windows Server 2019 base image"),
		DisplayName:                ptr("Windows Server 2019 (October 2025)"),
		DynamicAppProvidersEnabled: types.DynamicAppProvidersEnabledDisabled,
		ImageBuilderName:           ptr("builder-1"),
		ImageBuilderSupported:      ptr(true),
		ImageErrors: []types.ResourceError{{
			ErrorCode: types.FleetErrorCodeImageNotFound, ErrorMessage: ptr("The base image is gone."),
			ErrorTimestamp: ptr(time.Date(2025, 10, 13, 0, 1, 40, 0, time.UTC)),
		}},
		// allowFleet travels in lower camel case: "AllowFleet" is another member.
		ImagePermissions:            &types.ImagePermissions{AllowFleet: ptr(true), AllowImageBuilder: ptr(false)},
		ImageSharedWithOthers:       types.ImageSharedWithOthersFalse,
		ImageType:                   types.ImageTypeNative,
		LatestAppstreamAgentVersion: types.LatestAppstreamAgentVersionTrue,
		ManagedSoftwareIncluded:     ptr(false),
		Name:                        ptr("AppStream-WinServer2019-10-13-2025"),
		Platform:                    types.PlatformTypeWindowsServer2019,
		PublicBaseImageReleasedDate: ptr(time.Date(2025, 10, 12, 0, 0, 0, 0, time.UTC)),
		State:                       types.ImageStateAvailable,
		StateChangeReason:           &types.ImageStateChangeReason{Code: types.ImageStateChangeReasonCodeImageCopyFailure, Message: ptr("copy failed")},
		SupportedInstanceFamilies:   []string{"GENERAL_PURPOSE", "GRAPHICS_G4"},
		Visibility:                  types.VisibilityTypePublic,
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("images (-want +got):\n%s", diff)
	}
}

func TestDecodeImagesNullsAndErrors(t *testing.T) {
	cases := map[string]struct {
		doc     string
		want    []types.Image
		wantErr string
	}{
		"null":         {`null`, nil, ""},
		"null element": {`[null,{"Name":"i"}]`, []types.Image{{}, {Name: ptr("i")}}, ""},
		"every member null": {
			`[{"Applications":null,"AppstreamAgentVersion":null,"Arn":null,"BaseImageArn":null,"CreatedTime":null,"Description":null,"DisplayName":null,` +
				`"DynamicAppProvidersEnabled":null,"ImageBuilderName":null,"ImageBuilderSupported":null,"ImageErrors":null,"ImagePermissions":null,` +
				`"ImageSharedWithOthers":null,"ImageType":null,"LatestAppstreamAgentVersion":null,"ManagedSoftwareIncluded":null,"Name":null,"Platform":null,` +
				`"PublicBaseImageReleasedDate":null,"State":null,"StateChangeReason":null,"SupportedInstanceFamilies":null,"Visibility":null}]`,
			[]types.Image{{}}, "",
		},
		"application nulls and empties": {
			`[{"Applications":[{"Metadata":{},"Platforms":[],"IconS3Location":null,"Enabled":null},{"Metadata":null}],"ImagePermissions":{}}]`,
			[]types.Image{{Applications: []types.Application{{Metadata: map[string]string{}, Platforms: []types.PlatformType{}}, {}}, ImagePermissions: &types.ImagePermissions{}}}, "",
		},
		"unknown enum values":      {`[{"State":"ARCHIVED","Visibility":"ORG","ImageType":"X"}]`, []types.Image{{State: "ARCHIVED", Visibility: "ORG", ImageType: "X"}}, ""},
		"metadata value as number": {`[{"Applications":[{"Metadata":{"a":1}}]}]`, nil, "[0].Applications[0].Metadata.a: expected a string, found number"},
		"metadata as array":        {`[{"Applications":[{"Metadata":["a"]}]}]`, nil, "[0].Applications[0].Metadata: expected object, found array"},
		"permission as string":     {`[{"ImagePermissions":{"allowFleet":"yes"}}]`, nil, "[0].ImagePermissions.allowFleet: expected a boolean, found string"},
		"error time as string":     {`[{"ImageErrors":[{"ErrorTimestamp":"now"}]}]`, nil, "[0].ImageErrors[0].ErrorTimestamp: expected a timestamp in epoch seconds, found string"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := decodeOne(tc.doc, DecodeImages)
			checkDecoded(t, got, err, tc.want, tc.wantErr)
		})
	}
}

// FuzzDecodeImages checks that decoding a page of images never panics and
// never accepts invalid JSON.
func FuzzDecodeImages(f *testing.F) {
	f.Add("[" + readTestdata(f, "image-full.json") + "]")
	f.Add(`[{"Name":"i","Applications":[{"Metadata":{"k":"v"}}]},null]`)
	f.Fuzz(func(t *testing.T, doc string) {
		if _, err := decodeOne(doc, DecodeImages); err == nil && !json.Valid([]byte(doc)) {
			t.Fatalf("accepted invalid JSON %q", doc)
		}
	})
}

// FuzzStringMap checks, for any input, that a map decoded from a valid
// document holds what encoding/json reads, and that invalid JSON is refused.
func FuzzStringMap(f *testing.F) {
	f.Add(`{"team":"ops","cost-center":"42"}`)
	f.Add(`{"k":null,"\ud83d\ude00":"\u2028"}`)
	f.Fuzz(func(t *testing.T, doc string) {
		got, err := decodeOne(doc, StringMap[string])
		if err != nil {
			return
		}
		if !json.Valid([]byte(doc)) {
			t.Fatalf("accepted invalid JSON %q", doc)
		}
		var want map[string]*string
		if json.Unmarshal([]byte(doc), &want) != nil {
			return
		}
		if len(want) != len(got) {
			t.Fatalf("%d entries, encoding/json reads %d", len(got), len(want))
		}
		for k, v := range want {
			if g, ok := got[k]; !ok || (v != nil && *v != g) {
				t.Fatalf("%q: %q, encoding/json reads %v", k, g, v)
			}
		}
	})
}

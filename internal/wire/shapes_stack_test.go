package wire

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/types"
)

func TestDecodeStackEveryMember(t *testing.T) {
	result := func(d *Decoder) *types.Stack {
		d.Object()
		return DecodeStackResult(d)
	}
	got, err := decodeOne(`{"Unknown":[1],"Stack":`+readTestdata(t, "stack-full.json")+`,"Next":{}}`, result)
	if err != nil {
		t.Fatal(err)
	}
	want := &types.Stack{
		AccessEndpoints: []types.AccessEndpoint{{EndpointType: types.AccessEndpointTypeStreaming, VpceId: ptr("vpce-0123456789abcdef0")}},
		AgentAccessConfig: &types.AgentAccessConfig{
			S3BucketArn: ptr("arn:aws:s3:::agent-screenshots"), ScreenImageFormat: types.ScreenImageFormatPng,
			ScreenResolution: types.ScreenResolutionW1280xH720, ScreenshotsUploadEnabled: ptr(true),
			Settings: []types.AgentAccessSetting{
				{AgentAction: types.AgentActionComputerVision, Permission: types.PermissionEnabled},
				{AgentAction: types.AgentActionComputerInput, Permission: types.PermissionDisabled},
			},
			UserControlMode: types.UserControlModeViewStop,
		},
		ApplicationSettings: &types.ApplicationSettingsResponse{
			Enabled: ptr(true), S3BucketName: ptr("appstream-app-settings-us-east-1-123456789012-abcdefgh"), SettingsGroup: ptr("training"),
		},
		Arn: ptr("arn:aws:appstream:us-east-1:123456789012:stack/training-stack"),
		ContentRedirection: &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{
			AllowedUrls: []string{"https://*.example.com/*"}, DeniedUrls: []string{"https://ads.example.com/*"}, Enabled: ptr(true),
		}},
		CreatedTime:      ptr(time.Date(2025, 11, 27, 7, 0, 0, 123e6, time.UTC)),
		Description:      ptr("Training \"stack\" café"),
		DisplayName:      ptr("Training"),
		EmbedHostDomains: []string{"portal.example.com", "*.example.org"},
		FeedbackURL:      ptr("https://example.com/feedback"),
		Name:             ptr("training-stack"),
		RedirectURL:      ptr("https://example.com/bye"),
		StackErrors: []types.StackError{
			{ErrorCode: types.StackErrorCodeStorageConnectorError, ErrorMessage: ptr("The home folder bucket is not reachable.")},
			{ErrorCode: "SOME_FUTURE_CODE"},
		},
		StorageConnectors: []types.StorageConnector{
			{ConnectorType: types.StorageConnectorTypeHomefolders, ResourceIdentifier: ptr("arn:aws:s3:::appstream2-36fb080bb8-us-east-1-123456789012")},
			{ConnectorType: types.StorageConnectorTypeOneDrive, Domains: []string{"example.com"}, DomainsRequireAdminConsent: []string{"corp.example.com"}},
		},
		StreamingExperienceSettings: &types.StreamingExperienceSettings{PreferredProtocol: types.PreferredProtocolUdp},
		UserSettings: []types.UserSetting{
			{Action: types.ActionClipboardCopyFromLocalDevice, MaximumLength: ptr[int32](20971520), Permission: types.PermissionEnabled},
			{Action: types.ActionFileDownload, Permission: types.PermissionDisabled},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stack (-want +got):\n%s", diff)
	}
}

func TestDecodeStacksNullsAndErrors(t *testing.T) {
	cases := map[string]struct {
		doc     string
		want    []types.Stack
		wantErr string
	}{
		"null":                 {`null`, nil, ""},
		"empty":                {`[]`, []types.Stack{}, ""},
		"null element is zero": {`[{"Name":"a"},null]`, []types.Stack{{Name: ptr("a")}, {}}, ""},
		"every member null": {
			`[{"AccessEndpoints":null,"AgentAccessConfig":null,"ApplicationSettings":null,"Arn":null,"ContentRedirection":null,"CreatedTime":null,` +
				`"Description":null,"DisplayName":null,"EmbedHostDomains":null,"FeedbackURL":null,"Name":null,"RedirectURL":null,"StackErrors":null,` +
				`"StorageConnectors":null,"StreamingExperienceSettings":null,"UserSettings":null}]`,
			[]types.Stack{{}}, "",
		},
		"nested nulls and empty lists": {
			`[{"AgentAccessConfig":{"Settings":[],"ScreenResolution":null},"ContentRedirection":{"HostToClient":null},"UserSettings":[{"MaximumLength":null}],"StorageConnectors":[{"Domains":[]}]}]`,
			[]types.Stack{{
				AgentAccessConfig:  &types.AgentAccessConfig{Settings: []types.AgentAccessSetting{}},
				ContentRedirection: &types.ContentRedirection{},
				UserSettings:       []types.UserSetting{{}},
				StorageConnectors:  []types.StorageConnector{{Domains: []string{}}},
			}}, "",
		},
		"unknown enum values": {
			`[{"AccessEndpoints":[{"EndpointType":"PRIVATE_LINK"}],"StreamingExperienceSettings":{"PreferredProtocol":"QUIC"}}]`,
			[]types.Stack{{AccessEndpoints: []types.AccessEndpoint{{EndpointType: "PRIVATE_LINK"}}, StreamingExperienceSettings: &types.StreamingExperienceSettings{PreferredProtocol: "QUIC"}}}, "",
		},
		"length beyond int32": {`[{"UserSettings":[{"MaximumLength":4294967297}]}]`, nil, "[0].UserSettings[0].MaximumLength: 4294967297 is out of range for a 32-bit integer"},
		"enabled as string":   {`[{"ContentRedirection":{"HostToClient":{"Enabled":"true"}}}]`, nil, "[0].ContentRedirection.HostToClient.Enabled: expected a boolean, found string"},
		"settings as object":  {`[{"AgentAccessConfig":{"Settings":{}}}]`, nil, "[0].AgentAccessConfig.Settings: expected array, found object"},
		"time as string":      {`[{"CreatedTime":"2025-11-27"}]`, nil, "[0].CreatedTime: expected a timestamp in epoch seconds, found string"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := decodeOne(tc.doc, DecodeStacks)
			checkDecoded(t, got, err, tc.want, tc.wantErr)
		})
	}
}

func TestDecodePage(t *testing.T) {
	type page struct {
		Names []string
		Next  *string
	}
	cases := map[string]struct {
		doc     string
		want    page
		wantErr string
	}{
		"names and token": {`{"Names":["a","b"],"NextToken":"t2","Other":{"x":[]}}`, page{[]string{"a", "b"}, ptr("t2")}, ""},
		"nulls":           {`{"Names":null,"NextToken":null}`, page{}, ""},
		"empty":           {`{"Names":[]}`, page{Names: []string{}}, ""},
		"no members":      {`{}`, page{}, ""},
		"names as string": {`{"Names":"a"}`, page{}, "Names: expected array, found string"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := decodeOne(tc.doc, func(d *Decoder) page {
				var p page
				if d.Object() {
					DecodePage(d, "Names", StringList[string], &p.Names, &p.Next)
				}
				return p
			})
			checkDecoded(t, got, err, tc.want, tc.wantErr)
		})
	}
}

func TestEncodeStackShapes(t *testing.T) {
	cases := map[string]struct {
		write func(*Encoder)
		want  string
	}{
		"every member": {func(e *Encoder) {
			Objects(e, "AccessEndpoints", []types.AccessEndpoint{{EndpointType: types.AccessEndpointTypeStreaming, VpceId: ptr("vpce-1")}, {}}, EncodeAccessEndpoint)
			Object(e, "AgentAccessConfig", &types.AgentAccessConfig{
				ScreenImageFormat: types.ScreenImageFormatJpeg, ScreenResolution: types.ScreenResolutionW1280xH720,
				Settings:    []types.AgentAccessSetting{{AgentAction: types.AgentActionForwardMcpTools, Permission: types.PermissionEnabled}},
				S3BucketArn: ptr("arn:aws:s3:::b"), ScreenshotsUploadEnabled: ptr(false), UserControlMode: types.UserControlModeViewOnly,
			}, EncodeAgentAccessConfig)
			Object(e, "ApplicationSettings", &types.ApplicationSettings{Enabled: ptr(false), SettingsGroup: ptr("g")}, EncodeApplicationSettings)
			Object(e, "ContentRedirection", &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{
				Enabled: ptr(true), AllowedUrls: []string{"https://a/*"}, DeniedUrls: []string{},
			}}, EncodeContentRedirection)
			Objects(e, "StorageConnectors", []types.StorageConnector{{
				ConnectorType: types.StorageConnectorTypeGoogleDrive, Domains: []string{"example.com"}, DomainsRequireAdminConsent: []string{}, ResourceIdentifier: ptr("r"),
			}}, EncodeStorageConnector)
			Object(e, "StreamingExperienceSettings", &types.StreamingExperienceSettings{PreferredProtocol: types.PreferredProtocolTcp}, EncodeStreamingExperienceSettings)
			Objects(e, "UserSettings", []types.UserSetting{{Action: types.ActionPrintingToLocalDevice, Permission: types.PermissionDisabled, MaximumLength: ptr[int32](0)}}, EncodeUserSetting)
		}, `{"AccessEndpoints":[{"EndpointType":"STREAMING","VpceId":"vpce-1"},{}],` +
			`"AgentAccessConfig":{"S3BucketArn":"arn:aws:s3:::b","ScreenImageFormat":"JPEG","ScreenResolution":"W_1280xH_720","ScreenshotsUploadEnabled":false,` +
			`"Settings":[{"AgentAction":"FORWARD_MCP_TOOLS","Permission":"ENABLED"}],"UserControlMode":"VIEW_ONLY"},` +
			`"ApplicationSettings":{"Enabled":false,"SettingsGroup":"g"},` +
			`"ContentRedirection":{"HostToClient":{"AllowedUrls":["https://a/*"],"DeniedUrls":[],"Enabled":true}},` +
			`"StorageConnectors":[{"ConnectorType":"GOOGLE_DRIVE","Domains":["example.com"],"DomainsRequireAdminConsent":[],"ResourceIdentifier":"r"}],` +
			`"StreamingExperienceSettings":{"PreferredProtocol":"TCP"},` +
			`"UserSettings":[{"Action":"PRINTING_TO_LOCAL_DEVICE","MaximumLength":0,"Permission":"DISABLED"}]}`},
		"update config": {func(e *Encoder) {
			Object(e, "AgentAccessConfig", &types.AgentAccessConfigForUpdate{
				S3BucketArn: ptr("arn"), ScreenImageFormat: types.ScreenImageFormatPng, ScreenResolution: "W_1920xH_1080",
				ScreenshotsUploadEnabled: ptr(true), Settings: []types.AgentAccessSetting{}, UserControlMode: types.UserControlModeDisabled,
			}, EncodeAgentAccessConfigForUpdate)
		}, `{"AgentAccessConfig":{"S3BucketArn":"arn","ScreenImageFormat":"PNG","ScreenResolution":"W_1920xH_1080","ScreenshotsUploadEnabled":true,"Settings":[],"UserControlMode":"DISABLED"}}`},
		"empty structures and lists": {func(e *Encoder) {
			Object(e, "AgentAccessConfig", &types.AgentAccessConfigForUpdate{}, EncodeAgentAccessConfigForUpdate)
			Object(e, "ContentRedirection", &types.ContentRedirection{}, EncodeContentRedirection)
			Objects(e, "StorageConnectors", []types.StorageConnector{}, EncodeStorageConnector)
			Objects[types.UserSetting](e, "UserSettings", nil, EncodeUserSetting)
		}, `{"AgentAccessConfig":{},"ContentRedirection":{},"StorageConnectors":[]}`},
		"int64": {func(e *Encoder) {
			e.Int64("A", ptr[int64](-9223372036854775808))
			e.Int64("B", nil)
			e.Int64("C", ptr[int64](9223372036854775807))
		}, `{"A":-9223372036854775808,"C":9223372036854775807}`},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			e := NewEncoder(nil)
			e.ObjectStart()
			tc.write(e)
			e.ObjectEnd()
			if diff := cmp.Diff(tc.want, string(e.Bytes())); diff != "" {
				t.Errorf("document (-want +got):\n%s", diff)
			}
			if !json.Valid(e.Bytes()) {
				t.Errorf("invalid JSON: %s", e.Bytes())
			}
		})
	}
}

// FuzzDecodeStacks checks that decoding a page of stacks never panics and
// never accepts invalid JSON.
func FuzzDecodeStacks(f *testing.F) {
	f.Add("[" + readTestdata(f, "stack-full.json") + "]")
	f.Add(`[{"Name":"s","UserSettings":[{"Action":"FILE_UPLOAD","MaximumLength":1}]},null]`)
	f.Fuzz(func(t *testing.T, doc string) {
		if _, err := decodeOne(doc, DecodeStacks); err == nil && !json.Valid([]byte(doc)) {
			t.Fatalf("accepted invalid JSON %q", doc)
		}
	})
}

package appstreamtest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/appstream/appstreamtest"
	"github.com/appstreamkit/appstream-go/types"
)

// messageOf returns the message of the service error in err's chain.
func messageOf(err error) string {
	var api smithy.APIError
	if errors.As(err, &api) {
		return api.ErrorMessage()
	}
	return ""
}

// wantAPIError checks that err is the service error want, with a message
// that contains message.
func wantAPIError(t testing.TB, err error, want *errCheck, message string) {
	t.Helper()
	checkErr(t, err, want)
	if got := messageOf(err); !strings.Contains(got, message) {
		t.Errorf("message %q, want it to contain %q", got, message)
	}
}

func createStack(t testing.TB, c *appstream.Client, in *appstream.CreateStackInput) types.Stack {
	t.Helper()
	out, err := c.CreateStack(context.Background(), in)
	if err != nil {
		t.Fatalf("CreateStack(%s): %v", aws.ToString(in.Name), err)
	}
	return *out.Stack
}

func describeStack(t testing.TB, c *appstream.Client, name string) types.Stack {
	t.Helper()
	out, err := c.DescribeStacks(context.Background(), &appstream.DescribeStacksInput{Names: []string{name}})
	if err != nil || len(out.Stacks) != 1 {
		t.Fatalf("DescribeStacks(%s): %v, %v", name, out, err)
	}
	return out.Stacks[0]
}

// fullStackInput sets every member of CreateStack, valid together.
func fullStackInput(name string) *appstream.CreateStackInput {
	return &appstream.CreateStackInput{
		Name:        aws.String(name),
		Description: aws.String("Training rooms"),
		DisplayName: aws.String("Training"),
		StorageConnectors: []types.StorageConnector{
			{ConnectorType: types.StorageConnectorTypeHomefolders},
			{ConnectorType: types.StorageConnectorTypeOneDrive, Domains: []string{"example.com"}, DomainsRequireAdminConsent: []string{"example.com"}},
		},
		RedirectURL: aws.String("https://example.com/bye"),
		FeedbackURL: aws.String("https://example.com/feedback"),
		UserSettings: []types.UserSetting{
			{Action: types.ActionClipboardCopyFromLocalDevice, Permission: types.PermissionEnabled, MaximumLength: aws.Int32(1000)},
			{Action: types.ActionFileDownload, Permission: types.PermissionDisabled},
		},
		ApplicationSettings:         &types.ApplicationSettings{Enabled: aws.Bool(true), SettingsGroup: aws.String("training")},
		Tags:                        map[string]string{"team": "training"},
		AccessEndpoints:             []types.AccessEndpoint{{EndpointType: types.AccessEndpointTypeStreaming, VpceId: aws.String("vpce-0a1b2c")}},
		EmbedHostDomains:            []string{"portal.example.com"},
		StreamingExperienceSettings: &types.StreamingExperienceSettings{PreferredProtocol: types.PreferredProtocolUdp},
		ContentRedirection: &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{
			Enabled: aws.Bool(true), AllowedUrls: []string{"https://*.example.com"}, DeniedUrls: []string{"*"}}},
		AgentAccessConfig: &types.AgentAccessConfig{
			Settings: []types.AgentAccessSetting{
				{AgentAction: types.AgentActionComputerVision, Permission: types.PermissionEnabled},
				{AgentAction: types.AgentActionComputerInput, Permission: types.PermissionEnabled},
			},
			ScreenResolution: types.ScreenResolutionW1280xH720, ScreenImageFormat: types.ScreenImageFormatPng,
			ScreenshotsUploadEnabled: aws.Bool(true), S3BucketArn: aws.String("arn:aws:s3:::agent-shots"),
			UserControlMode: types.UserControlModeViewStop,
		},
	}
}

// TestClientCreateStack checks the stack CreateStack returns against what
// DescribeStacks and Server.Stack describe, with every member and with the
// least.
func TestClientCreateStack(t *testing.T) {
	srv, c, _ := fakeServer(t)
	ctx := context.Background()
	created := createStack(t, c, fullStackInput("full"))
	in := fullStackInput("full")
	want := types.Stack{
		Name:        aws.String("full"),
		Arn:         aws.String("arn:aws:appstream:us-east-1:123456789012:stack/full"),
		CreatedTime: aws.Time(fixedStart.Truncate(time.Millisecond)),
		Description: in.Description, DisplayName: in.DisplayName,
		StorageConnectors: []types.StorageConnector{
			{ConnectorType: types.StorageConnectorTypeHomefolders, ResourceIdentifier: aws.String("arn:aws:s3:::appstream2-36fb080bb8-us-east-1-123456789012")},
			in.StorageConnectors[1],
		},
		RedirectURL: in.RedirectURL, FeedbackURL: in.FeedbackURL, UserSettings: in.UserSettings,
		ApplicationSettings: &types.ApplicationSettingsResponse{Enabled: aws.Bool(true), SettingsGroup: aws.String("training"),
			S3BucketName: aws.String("appstream-app-settings-us-east-1-123456789012-6nh0lbv5")},
		AccessEndpoints: in.AccessEndpoints, EmbedHostDomains: in.EmbedHostDomains,
		StreamingExperienceSettings: in.StreamingExperienceSettings, ContentRedirection: in.ContentRedirection,
		AgentAccessConfig: in.AgentAccessConfig,
	}
	if diff := cmp.Diff(want, created); diff != "" {
		t.Errorf("CreateStack (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, describeStack(t, c, "full")); diff != "" {
		t.Errorf("DescribeStacks (-want +got):\n%s", diff)
	}
	if got, ok := srv.Stack("full"); !ok || !cmp.Equal(want, got) {
		t.Errorf("Server.Stack: %v, %v", ok, cmp.Diff(want, got))
	}

	minimal := createStack(t, c, &appstream.CreateStackInput{Name: aws.String("min")})
	wantMin := types.Stack{Name: aws.String("min"), Arn: aws.String("arn:aws:appstream:us-east-1:123456789012:stack/min"),
		CreatedTime: aws.Time(fixedStart.Truncate(time.Millisecond))}
	if diff := cmp.Diff(wantMin, minimal); diff != "" {
		t.Errorf("CreateStack with Name only (-want +got):\n%s", diff)
	}
	disabled := createStack(t, c, &appstream.CreateStackInput{Name: aws.String("no-settings"),
		ApplicationSettings: &types.ApplicationSettings{Enabled: aws.Bool(false)}})
	if s := disabled.ApplicationSettings; s == nil || aws.ToBool(s.Enabled) || s.S3BucketName != nil {
		t.Errorf("ApplicationSettings disabled: %+v, want Enabled false and no bucket", s)
	}

	_, err := c.CreateStack(ctx, &appstream.CreateStackInput{Name: aws.String("min"), Description: aws.String("again")})
	wantAPIError(t, err, errorOf[*types.ResourceAlreadyExistsException](), "The stack min already exists.")
	if got := describeStack(t, c, "min"); got.Description != nil {
		t.Errorf("the failed CreateStack changed the stack: %+v", got)
	}
	if _, ok := srv.Stack("none"); ok {
		t.Error("Server.Stack found a stack that does not exist")
	}
}

// TestClientCreateStackRefused checks the values and combinations that
// CreateStack refuses, and that a refused request creates nothing. The
// client checks required members itself (see TestStackRequiredMembers for
// the server's own check).
func TestClientCreateStackRefused(t *testing.T) {
	validation := genericError("ValidationException")
	combination := errorOf[*types.InvalidParameterCombinationException]()
	cases := map[string]struct {
		change  func(*appstream.CreateStackInput)
		want    *errCheck
		message string
	}{
		"name pattern": {func(in *appstream.CreateStackInput) { in.Name = aws.String("-stack") }, validation,
			"Value '-stack' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"},
		"description of 257": {func(in *appstream.CreateStackInput) { in.Description = aws.String(strings.Repeat("d", 257)) }, validation,
			"at 'description' failed to satisfy constraint: Member must have length less than or equal to 256"},
		"display name of 101": {func(in *appstream.CreateStackInput) { in.DisplayName = aws.String(strings.Repeat("d", 101)) }, validation,
			"at 'displayName' failed to satisfy constraint: Member must have length less than or equal to 100"},
		"redirect URL of 1001": {func(in *appstream.CreateStackInput) { in.RedirectURL = aws.String(strings.Repeat("u", 1001)) }, validation,
			"at 'redirectURL' failed to satisfy constraint: Member must have length less than or equal to 1000"},
		"connector type": {func(in *appstream.CreateStackInput) {
			in.StorageConnectors = []types.StorageConnector{{ConnectorType: "DROPBOX"}}
		}, validation, "Value 'DROPBOX' at 'storageConnectors.1.member.connectorType' failed to satisfy constraint: Member must satisfy enum value set: [HOMEFOLDERS, GOOGLE_DRIVE, ONE_DRIVE]"},
		"51 domains": {func(in *appstream.CreateStackInput) {
			in.StorageConnectors = []types.StorageConnector{{ConnectorType: types.StorageConnectorTypeGoogleDrive, Domains: make([]string, 51)}}
		}, validation, "at 'storageConnectors.1.member.domains' failed to satisfy constraint: Member must have length less than or equal to 50"},
		"empty user settings": {func(in *appstream.CreateStackInput) { in.UserSettings = []types.UserSetting{} }, validation,
			"Value '[]' at 'userSettings' failed to satisfy constraint: Member must have length greater than or equal to 1"},
		"action": {func(in *appstream.CreateStackInput) {
			in.UserSettings = []types.UserSetting{{Action: "SCREEN_CAPTURE", Permission: types.PermissionEnabled}}
		}, validation, "Value 'SCREEN_CAPTURE' at 'userSettings.1.member.action' failed to satisfy constraint: Member must satisfy enum value set: [CLIPBOARD_COPY_FROM_LOCAL_DEVICE, "},
		"maximum length 0": {func(in *appstream.CreateStackInput) {
			in.UserSettings = []types.UserSetting{{Action: types.ActionClipboardCopyToLocalDevice, Permission: types.PermissionEnabled, MaximumLength: aws.Int32(0)}}
		}, validation, "Value '0' at 'userSettings.1.member.maximumLength' failed to satisfy constraint: Member must have value greater than or equal to 1"},
		"maximum length over 20 MB": {func(in *appstream.CreateStackInput) {
			in.UserSettings = []types.UserSetting{{Action: types.ActionClipboardCopyToLocalDevice, Permission: types.PermissionEnabled, MaximumLength: aws.Int32(20971521)}}
		}, validation, "Member must have value less than or equal to 20971520"},
		"settings group of 101": {func(in *appstream.CreateStackInput) {
			in.ApplicationSettings = &types.ApplicationSettings{Enabled: aws.Bool(true), SettingsGroup: aws.String(strings.Repeat("g", 101))}
		}, validation, "at 'applicationSettings.settingsGroup' failed to satisfy constraint: Member must have length less than or equal to 100"},
		"five access endpoints": {func(in *appstream.CreateStackInput) {
			in.AccessEndpoints = make([]types.AccessEndpoint, 5)
			for i := range in.AccessEndpoints {
				in.AccessEndpoints[i].EndpointType = types.AccessEndpointTypeStreaming
			}
		}, validation, "Value '[AccessEndpoint(endpointType=STREAMING, vpceId=null), AccessEndpoint("},
		"embed host domain pattern": {func(in *appstream.CreateStackInput) { in.EmbedHostDomains = []string{"localhost"} }, validation,
			"Value 'localhost' at 'embedHostDomains.1.member' failed to satisfy constraint: Member must satisfy regular expression pattern: "},
		"21 embed host domains": {func(in *appstream.CreateStackInput) {
			in.EmbedHostDomains = nil
			for i := range 21 {
				in.EmbedHostDomains = append(in.EmbedHostDomains, fmt.Sprintf("d%d.example.com", i))
			}
		}, validation, "at 'embedHostDomains' failed to satisfy constraint: Member must have length less than or equal to 20"},
		"protocol": {func(in *appstream.CreateStackInput) {
			in.StreamingExperienceSettings = &types.StreamingExperienceSettings{PreferredProtocol: "QUIC"}
		}, validation, "at 'streamingExperienceSettings.preferredProtocol' failed to satisfy constraint: Member must satisfy enum value set: [TCP, UDP]"},
		"URL pattern": {func(in *appstream.CreateStackInput) {
			in.ContentRedirection = &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{Enabled: aws.Bool(true), AllowedUrls: []string{"ftp://x"}}}
		}, validation, "Value 'ftp://x' at 'contentRedirection.hostToClient.allowedUrls.1.member' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(\\*|https?://[^\\s,;]+)$"},
		"S3 bucket ARN": {func(in *appstream.CreateStackInput) { in.AgentAccessConfig.S3BucketArn = aws.String("arn:aws:s3:::B") }, validation,
			"Value 'arn:aws:s3:::B' at 'agentAccessConfig.s3BucketArn' failed to satisfy constraint"},
		"agent action": {func(in *appstream.CreateStackInput) {
			in.AgentAccessConfig.Settings = []types.AgentAccessSetting{{AgentAction: "TYPING", Permission: types.PermissionEnabled}}
		}, validation, "Value 'TYPING' at 'agentAccessConfig.settings.1.member.agentAction' failed to satisfy constraint"},
		"no agent settings": {func(in *appstream.CreateStackInput) { in.AgentAccessConfig.Settings = []types.AgentAccessSetting{} }, validation,
			"Value '[]' at 'agentAccessConfig.settings' failed to satisfy constraint: Member must have length greater than or equal to 1"},
		"tag key with aws: prefix": {func(in *appstream.CreateStackInput) { in.Tags = map[string]string{"aws:team": "x"} }, validation,
			"Value 'aws:team' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern"},
		"51 tags": {func(in *appstream.CreateStackInput) { in.Tags = manyTags(51) }, validation,
			"at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"},
		"two errors at once": {func(in *appstream.CreateStackInput) {
			in.Name, in.FeedbackURL = aws.String("a b"), aws.String(strings.Repeat("u", 1001))
		},
			validation, "2 validation errors detected: "},

		"maximum length of another action": {func(in *appstream.CreateStackInput) {
			in.UserSettings = []types.UserSetting{{Action: types.ActionFileUpload, Permission: types.PermissionEnabled, MaximumLength: aws.Int32(10)}}
		}, combination, "MaximumLength applies only to the CLIPBOARD_COPY_FROM_LOCAL_DEVICE and CLIPBOARD_COPY_TO_LOCAL_DEVICE actions, not FILE_UPLOAD."},
		"maximum length when disabled": {func(in *appstream.CreateStackInput) {
			in.UserSettings = []types.UserSetting{{Action: types.ActionClipboardCopyToLocalDevice, Permission: types.PermissionDisabled, MaximumLength: aws.Int32(10)}}
		}, combination, "MaximumLength cannot be set when the permission of CLIPBOARD_COPY_TO_LOCAL_DEVICE is DISABLED."},
		"an action twice": {func(in *appstream.CreateStackInput) {
			in.UserSettings = append(in.UserSettings, types.UserSetting{Action: types.ActionFileDownload, Permission: types.PermissionEnabled})
		}, combination, "UserSettings names the action FILE_DOWNLOAD more than once."},
		"a connector type twice": {func(in *appstream.CreateStackInput) {
			in.StorageConnectors = append(in.StorageConnectors, types.StorageConnector{ConnectorType: types.StorageConnectorTypeHomefolders})
		}, combination, "StorageConnectors names the connector type HOMEFOLDERS more than once."},
		"admin consent for Google Drive": {func(in *appstream.CreateStackInput) {
			in.StorageConnectors = []types.StorageConnector{{ConnectorType: types.StorageConnectorTypeGoogleDrive, DomainsRequireAdminConsent: []string{"example.com"}}}
		}, combination, "DomainsRequireAdminConsent applies only to ONE_DRIVE storage connectors, not GOOGLE_DRIVE."},
		"computer input without vision": {func(in *appstream.CreateStackInput) {
			in.AgentAccessConfig.Settings[0].Permission = types.PermissionDisabled
		}, combination, "AgentAccessConfig: enabling COMPUTER_INPUT requires enabling COMPUTER_VISION."},
		"screenshots without a bucket": {func(in *appstream.CreateStackInput) { in.AgentAccessConfig.S3BucketArn = nil }, combination,
			"AgentAccessConfig: S3BucketArn is required when ScreenshotsUploadEnabled is true."},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, c, _ := fakeServer(t)
			in := fullStackInput("refused")
			tc.change(in)
			_, err := c.CreateStack(context.Background(), in)
			wantAPIError(t, err, tc.want, tc.message)
			if _, ok := srv.Stack(aws.ToString(in.Name)); ok {
				t.Error("the refused CreateStack created the stack")
			}
		})
	}
}

func manyTags(n int) map[string]string {
	tags := map[string]string{}
	for i := range n {
		tags[fmt.Sprintf("key-%02d", i)] = "v"
	}
	return tags
}

// TestClientDescribeStacks pages through every stack, asks for some by
// name, and checks the errors.
func TestClientDescribeStacks(t *testing.T) {
	_, c, _ := fakeServer(t, appstreamtest.WithPageSize(2))
	ctx := context.Background()
	for _, name := range []string{"e", "b", "d", "a", "c"} {
		createStack(t, c, &appstream.CreateStackInput{Name: aws.String(name)})
	}
	var pages [][]string
	p := appstream.NewDescribeStacksPaginator(c, nil)
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, s := range page.Stacks {
			names = append(names, *s.Name)
		}
		pages = append(pages, names)
	}
	if diff := cmp.Diff([][]string{{"a", "b"}, {"c", "d"}, {"e"}}, pages); diff != "" {
		t.Errorf("pages (-want +got):\n%s", diff)
	}
	var all []string
	for s, err := range appstream.NewDescribeStacksPaginator(c, nil).Stacks(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, *s.Name)
	}
	if diff := cmp.Diff([]string{"a", "b", "c", "d", "e"}, all); diff != "" {
		t.Errorf("Stacks iterator (-want +got):\n%s", diff)
	}

	// A stack that comes between pages is listed once the paging reaches its
	// place; one deleted before is not.
	first, err := c.DescribeStacks(ctx, &appstream.DescribeStacksInput{})
	if err != nil {
		t.Fatal(err)
	}
	createStack(t, c, &appstream.CreateStackInput{Name: aws.String("bb")})
	if _, err := c.DeleteStack(ctx, &appstream.DeleteStackInput{Name: aws.String("c")}); err != nil {
		t.Fatal(err)
	}
	second, err := c.DescribeStacks(ctx, &appstream.DescribeStacksInput{NextToken: first.NextToken})
	if err != nil || len(second.Stacks) != 2 || *second.Stacks[0].Name != "bb" || *second.Stacks[1].Name != "d" {
		t.Errorf("second page after changes: %+v, %v; want bb, d", second, err)
	}

	named, err := c.DescribeStacks(ctx, &appstream.DescribeStacksInput{Names: []string{"d", "a", "d"}})
	if err != nil || len(named.Stacks) != 2 || *named.Stacks[0].Name != "d" || *named.Stacks[1].Name != "a" || named.NextToken != nil {
		t.Errorf("DescribeStacks d, a, d: %+v, %v; want d then a in one page", named, err)
	}
	_, err = c.DescribeStacks(ctx, &appstream.DescribeStacksInput{Names: []string{"a", "missing"}})
	wantAPIError(t, err, errorOf[*types.ResourceNotFoundException](), "The stack missing does not exist.")
	_, err = c.DescribeStacks(ctx, &appstream.DescribeStacksInput{Names: []string{"a"}, NextToken: first.NextToken})
	wantAPIError(t, err, genericError("ValidationException"), "Invalid NextToken")
	_, err = c.DescribeStacks(ctx, &appstream.DescribeStacksInput{NextToken: aws.String("forged")})
	wantAPIError(t, err, genericError("ValidationException"), "Invalid NextToken")
	// A DescribeFleets token does not page stacks.
	createFleet(t, c, fleetInput("f1"))
	createFleet(t, c, fleetInput("f2"))
	createFleet(t, c, fleetInput("f3"))
	fleets, err := c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{})
	if err != nil || fleets.NextToken == nil {
		t.Fatalf("DescribeFleets: %v, %v", fleets, err)
	}
	_, err = c.DescribeStacks(ctx, &appstream.DescribeStacksInput{NextToken: fleets.NextToken})
	wantAPIError(t, err, genericError("ValidationException"), "Invalid NextToken")
}

// TestClientUpdateStack changes and deletes each attribute.
func TestClientUpdateStack(t *testing.T) {
	in := fullStackInput("s")
	cases := map[string]struct {
		update func(*appstream.UpdateStackInput)
		want   func(*types.Stack)
	}{
		"nothing": {func(*appstream.UpdateStackInput) {}, func(*types.Stack) {}},
		"description and display name": {
			func(u *appstream.UpdateStackInput) {
				u.Description, u.DisplayName = aws.String("new"), aws.String("New")
			},
			func(s *types.Stack) { s.Description, s.DisplayName = aws.String("new"), aws.String("New") }},
		"a storage connector replaced by type, another added": {
			func(u *appstream.UpdateStackInput) {
				u.StorageConnectors = []types.StorageConnector{
					{ConnectorType: types.StorageConnectorTypeOneDrive, Domains: []string{"new.example.com"}},
					{ConnectorType: types.StorageConnectorTypeGoogleDrive, Domains: []string{"example.com"}},
				}
			},
			func(s *types.Stack) {
				s.StorageConnectors[1] = types.StorageConnector{ConnectorType: types.StorageConnectorTypeOneDrive, Domains: []string{"new.example.com"}}
				s.StorageConnectors = append(s.StorageConnectors, types.StorageConnector{ConnectorType: types.StorageConnectorTypeGoogleDrive, Domains: []string{"example.com"}})
			}},
		"DeleteStorageConnectors": {
			func(u *appstream.UpdateStackInput) { u.DeleteStorageConnectors = aws.Bool(true) },
			func(s *types.Stack) { s.StorageConnectors = nil }},
		"DeleteStorageConnectors then a new one": {
			func(u *appstream.UpdateStackInput) {
				u.DeleteStorageConnectors = aws.Bool(true)
				u.StorageConnectors = []types.StorageConnector{{ConnectorType: types.StorageConnectorTypeGoogleDrive}}
			},
			func(s *types.Stack) {
				s.StorageConnectors = []types.StorageConnector{{ConnectorType: types.StorageConnectorTypeGoogleDrive}}
			}},
		"DeleteStorageConnectors false": {
			func(u *appstream.UpdateStackInput) { u.DeleteStorageConnectors = aws.Bool(false) },
			func(*types.Stack) {}},
		"a user setting changed, another added": {
			func(u *appstream.UpdateStackInput) {
				u.UserSettings = []types.UserSetting{
					{Action: types.ActionFileDownload, Permission: types.PermissionEnabled},
					{Action: types.ActionPrintingToLocalDevice, Permission: types.PermissionDisabled},
				}
			},
			func(s *types.Stack) {
				s.UserSettings[1].Permission = types.PermissionEnabled
				s.UserSettings = append(s.UserSettings, types.UserSetting{Action: types.ActionPrintingToLocalDevice, Permission: types.PermissionDisabled})
			}},
		"application settings off": {
			func(u *appstream.UpdateStackInput) {
				u.ApplicationSettings = &types.ApplicationSettings{Enabled: aws.Bool(false)}
			},
			func(s *types.Stack) {
				s.ApplicationSettings = &types.ApplicationSettingsResponse{Enabled: aws.Bool(false)}
			}},
		"URLs, endpoints, domains, protocol, redirection": {
			func(u *appstream.UpdateStackInput) {
				u.RedirectURL, u.FeedbackURL = aws.String("https://new/bye"), aws.String("https://new/feedback")
				u.AccessEndpoints = []types.AccessEndpoint{{EndpointType: types.AccessEndpointTypeStreaming}}
				u.EmbedHostDomains = []string{"a.example.com", "b.example.com"}
				u.StreamingExperienceSettings = &types.StreamingExperienceSettings{PreferredProtocol: types.PreferredProtocolTcp}
				u.ContentRedirection = &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{Enabled: aws.Bool(false)}}
			},
			func(s *types.Stack) {
				s.RedirectURL, s.FeedbackURL = aws.String("https://new/bye"), aws.String("https://new/feedback")
				s.AccessEndpoints = []types.AccessEndpoint{{EndpointType: types.AccessEndpointTypeStreaming}}
				s.EmbedHostDomains = []string{"a.example.com", "b.example.com"}
				s.StreamingExperienceSettings = &types.StreamingExperienceSettings{PreferredProtocol: types.PreferredProtocolTcp}
				s.ContentRedirection = &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{Enabled: aws.Bool(false)}}
			}},
		"agent access, member by member": {
			func(u *appstream.UpdateStackInput) {
				u.AgentAccessConfig = &types.AgentAccessConfigForUpdate{ScreenImageFormat: types.ScreenImageFormatJpeg, ScreenshotsUploadEnabled: aws.Bool(false)}
			},
			func(s *types.Stack) {
				s.AgentAccessConfig.ScreenImageFormat, s.AgentAccessConfig.ScreenshotsUploadEnabled = types.ScreenImageFormatJpeg, aws.Bool(false)
			}},
		"every attribute deleted": {
			func(u *appstream.UpdateStackInput) { u.AttributesToDelete = types.StackAttribute("").Values() },
			func(s *types.Stack) {
				*s = types.Stack{Name: s.Name, Arn: s.Arn, CreatedTime: s.CreatedTime, Description: s.Description, DisplayName: s.DisplayName,
					ApplicationSettings: s.ApplicationSettings}
			}},
		"one connector deleted": {
			func(u *appstream.UpdateStackInput) {
				u.AttributesToDelete = []types.StackAttribute{types.StackAttributeStorageConnectorHomefolders, types.StackAttributeStorageConnectorGoogleDrive}
			},
			func(s *types.Stack) { s.StorageConnectors = s.StorageConnectors[1:] }},
		"THEME_NAME and IAM_ROLE_ARN delete nothing a stack has": {
			func(u *appstream.UpdateStackInput) {
				u.AttributesToDelete = []types.StackAttribute{types.StackAttributeThemeName, types.StackAttributeIamRoleArn}
			},
			func(*types.Stack) {}},
		"deleted, then set": {
			func(u *appstream.UpdateStackInput) {
				u.AttributesToDelete = []types.StackAttribute{types.StackAttributeRedirectUrl, types.StackAttributeUserSettings}
				u.RedirectURL = aws.String("https://again")
				u.UserSettings = []types.UserSetting{{Action: types.ActionFileUpload, Permission: types.PermissionDisabled}}
			},
			func(s *types.Stack) {
				s.RedirectURL = aws.String("https://again")
				s.UserSettings = []types.UserSetting{{Action: types.ActionFileUpload, Permission: types.PermissionDisabled}}
			}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, c, _ := fakeServer(t)
			want := createStack(t, c, in)
			tc.want(&want)
			u := &appstream.UpdateStackInput{Name: aws.String("s")}
			tc.update(u)
			out, err := c.UpdateStack(context.Background(), u)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, *out.Stack); diff != "" {
				t.Errorf("UpdateStack (-want +got):\n%s", diff)
			}
			if got, _ := srv.Stack("s"); !cmp.Equal(want, got) {
				t.Errorf("Server.Stack after the update (-want +got):\n%s", cmp.Diff(want, got))
			}
		})
	}
}

// TestClientUpdateStackRefused checks what UpdateStack refuses, on the stack
// as the update would leave it, and that a refused update changes nothing.
func TestClientUpdateStackRefused(t *testing.T) {
	combination := errorOf[*types.InvalidParameterCombinationException]()
	cases := map[string]struct {
		update  func(*appstream.UpdateStackInput)
		want    *errCheck
		message string
	}{
		"unknown stack": {func(u *appstream.UpdateStackInput) { u.Name = aws.String("gone") },
			errorOf[*types.ResourceNotFoundException](), "The stack gone does not exist."},
		"attribute to delete": {func(u *appstream.UpdateStackInput) { u.AttributesToDelete = []types.StackAttribute{"THEME"} },
			genericError("ValidationException"), "Value 'THEME' at 'attributesToDelete.1.member' failed to satisfy constraint: Member must satisfy enum value set: [STORAGE_CONNECTORS, "},
		"agent settings pattern": {func(u *appstream.UpdateStackInput) {
			u.AgentAccessConfig = &types.AgentAccessConfigForUpdate{S3BucketArn: aws.String("bucket")}
		}, genericError("ValidationException"), "Value 'bucket' at 'agentAccessConfig.s3BucketArn' failed to satisfy constraint"},
		"screenshots on, bucket deleted": {func(u *appstream.UpdateStackInput) {
			u.AgentAccessConfig = &types.AgentAccessConfigForUpdate{ScreenshotsUploadEnabled: aws.Bool(true)}
			u.AttributesToDelete = []types.StackAttribute{types.StackAttributeAgentAccessConfig}
		}, combination, "AgentAccessConfig needs Settings, ScreenResolution and ScreenImageFormat"},
		"computer input without vision": {func(u *appstream.UpdateStackInput) {
			u.AgentAccessConfig = &types.AgentAccessConfigForUpdate{Settings: []types.AgentAccessSetting{{AgentAction: types.AgentActionComputerInput, Permission: types.PermissionEnabled}}}
		}, combination, "enabling COMPUTER_INPUT requires enabling COMPUTER_VISION"},
		"maximum length on the stack's disabled clipboard": {func(u *appstream.UpdateStackInput) {
			u.UserSettings = []types.UserSetting{{Action: types.ActionClipboardCopyFromLocalDevice, Permission: types.PermissionDisabled, MaximumLength: aws.Int32(5)}}
		}, combination, "MaximumLength cannot be set when the permission of CLIPBOARD_COPY_FROM_LOCAL_DEVICE is DISABLED."},
		"admin consent on the stack's Google Drive": {func(u *appstream.UpdateStackInput) {
			u.StorageConnectors = []types.StorageConnector{{ConnectorType: types.StorageConnectorTypeGoogleDrive, DomainsRequireAdminConsent: []string{"a"}}}
		}, combination, "DomainsRequireAdminConsent applies only to ONE_DRIVE"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, c, _ := fakeServer(t)
			before := createStack(t, c, fullStackInput("s"))
			u := &appstream.UpdateStackInput{Name: aws.String("s"), Description: aws.String("changed")}
			tc.update(u)
			_, err := c.UpdateStack(context.Background(), u)
			wantAPIError(t, err, tc.want, tc.message)
			if after, _ := srv.Stack("s"); !cmp.Equal(before, after) {
				t.Errorf("the refused update changed the stack (-before +after):\n%s", cmp.Diff(before, after))
			}
		})
	}

	// A stack without agent access gets one from a complete update only.
	_, c, _ := fakeServer(t)
	createStack(t, c, &appstream.CreateStackInput{Name: aws.String("plain")})
	_, err := c.UpdateStack(context.Background(), &appstream.UpdateStackInput{Name: aws.String("plain"),
		AgentAccessConfig: &types.AgentAccessConfigForUpdate{ScreenImageFormat: types.ScreenImageFormatPng}})
	wantAPIError(t, err, combination, "AgentAccessConfig needs Settings, ScreenResolution and ScreenImageFormat")
	full := &types.AgentAccessConfigForUpdate{ScreenImageFormat: types.ScreenImageFormatPng, ScreenResolution: types.ScreenResolutionW1280xH720,
		Settings: []types.AgentAccessSetting{{AgentAction: types.AgentActionComputerVision, Permission: types.PermissionEnabled}}}
	out, err := c.UpdateStack(context.Background(), &appstream.UpdateStackInput{Name: aws.String("plain"), AgentAccessConfig: full})
	if err != nil || out.Stack.AgentAccessConfig == nil || out.Stack.AgentAccessConfig.ScreenResolution != types.ScreenResolutionW1280xH720 {
		t.Errorf("a complete agent access update: %+v, %v", out, err)
	}
}

// TestClientDeleteStack deletes stacks, and refuses while a fleet is
// associated.
func TestClientDeleteStack(t *testing.T) {
	srv, c, _ := fakeServer(t)
	ctx := context.Background()
	createStack(t, c, &appstream.CreateStackInput{Name: aws.String("s")})
	createFleet(t, c, fleetInput("f"))
	associate(t, c, "f", "s")
	_, err := c.DeleteStack(ctx, &appstream.DeleteStackInput{Name: aws.String("s")})
	wantAPIError(t, err, errorOf[*types.ResourceInUseException](), "The stack s is associated with the fleets f; disassociate them before deleting it.")
	if _, ok := srv.Stack("s"); !ok {
		t.Fatal("the refused DeleteStack deleted the stack")
	}
	if _, err := c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: aws.String("f"), StackName: aws.String("s")}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.DeleteStack(ctx, &appstream.DeleteStackInput{Name: aws.String("s")}); err != nil {
		t.Fatal(err)
	}
	if _, ok := srv.Stack("s"); ok {
		t.Error("the stack is still there")
	}
	_, err = c.DescribeStacks(ctx, &appstream.DescribeStacksInput{Names: []string{"s"}})
	checkErr(t, err, errorOf[*types.ResourceNotFoundException]())
	_, err = c.DeleteStack(ctx, &appstream.DeleteStackInput{Name: aws.String("s")})
	wantAPIError(t, err, errorOf[*types.ResourceNotFoundException](), "The stack s does not exist.")
	// A stack created again under the same name starts afresh.
	again := createStack(t, c, &appstream.CreateStackInput{Name: aws.String("s")})
	if again.Description != nil {
		t.Errorf("the new stack s: %+v", again)
	}
}

package appstream_test

import (
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// Inputs of the stack operations with every member set.
var (
	createStackAll = &appstream.CreateStackInput{
		Name:            aws.String("training-stack"),
		AccessEndpoints: []types.AccessEndpoint{{EndpointType: types.AccessEndpointTypeStreaming, VpceId: aws.String("vpce-0123456789abcdef0")}},
		AgentAccessConfig: &types.AgentAccessConfig{
			ScreenImageFormat: types.ScreenImageFormatPng, ScreenResolution: types.ScreenResolutionW1280xH720,
			Settings: []types.AgentAccessSetting{
				{AgentAction: types.AgentActionComputerVision, Permission: types.PermissionEnabled},
				{AgentAction: types.AgentActionComputerInput, Permission: types.PermissionDisabled},
			},
			S3BucketArn: aws.String("arn:aws:s3:::agent-screenshots"), ScreenshotsUploadEnabled: aws.Bool(true),
			UserControlMode: types.UserControlModeViewOnly,
		},
		ApplicationSettings: &types.ApplicationSettings{Enabled: aws.Bool(true), SettingsGroup: aws.String("training")},
		ContentRedirection: &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{
			Enabled: aws.Bool(true), AllowedUrls: []string{"https://*.example.com/*"}, DeniedUrls: []string{},
		}},
		Description:      aws.String("Stack for \"training\" <team> & co\n"),
		DisplayName:      aws.String("Training"),
		EmbedHostDomains: []string{"portal.example.com"},
		FeedbackURL:      aws.String("https://example.com/feedback?a=1&b=2"),
		RedirectURL:      aws.String("https://example.com/bye"),
		StorageConnectors: []types.StorageConnector{
			{ConnectorType: types.StorageConnectorTypeHomefolders},
			{ConnectorType: types.StorageConnectorTypeOneDrive, Domains: []string{"example.com"}, DomainsRequireAdminConsent: []string{"corp.example.com"}, ResourceIdentifier: aws.String("r-1")},
		},
		StreamingExperienceSettings: &types.StreamingExperienceSettings{PreferredProtocol: types.PreferredProtocolUdp},
		Tags:                        map[string]string{"team": "training", "cost-center": "42"},
		UserSettings: []types.UserSetting{
			{Action: types.ActionClipboardCopyFromLocalDevice, Permission: types.PermissionEnabled, MaximumLength: aws.Int32(0)},
			{Action: types.ActionFileDownload, Permission: types.PermissionDisabled},
		},
	}
	updateStackAll = &appstream.UpdateStackInput{
		Name:            aws.String("training-stack"),
		AccessEndpoints: []types.AccessEndpoint{},
		AgentAccessConfig: &types.AgentAccessConfigForUpdate{
			S3BucketArn: aws.String("arn:aws:s3:::b"), ScreenImageFormat: types.ScreenImageFormatJpeg, ScreenResolution: types.ScreenResolutionW1280xH720,
			ScreenshotsUploadEnabled: aws.Bool(false), Settings: []types.AgentAccessSetting{{AgentAction: types.AgentActionForwardMcpTools, Permission: types.PermissionEnabled}},
			UserControlMode: types.UserControlModeViewStop,
		},
		ApplicationSettings:         &types.ApplicationSettings{Enabled: aws.Bool(false)},
		AttributesToDelete:          []types.StackAttribute{types.StackAttributeStorageConnectorGoogleDrive, types.StackAttributeAgentAccessConfig},
		ContentRedirection:          &types.ContentRedirection{},
		DeleteStorageConnectors:     aws.Bool(false),
		Description:                 aws.String("updated"),
		DisplayName:                 aws.String("Training 2"),
		EmbedHostDomains:            []string{},
		FeedbackURL:                 aws.String(""),
		RedirectURL:                 aws.String("https://example.com/again"),
		StorageConnectors:           []types.StorageConnector{{ConnectorType: types.StorageConnectorTypeGoogleDrive, Domains: []string{}}},
		StreamingExperienceSettings: &types.StreamingExperienceSettings{},
		UserSettings:                []types.UserSetting{{Action: types.ActionAutoTimeZoneRedirection, Permission: types.PermissionEnabled}},
	}
)

// stackJSON is a stack as the service returns it, with an unknown member.
const stackJSON = `{"AccessEndpoints":[{"EndpointType":"STREAMING","VpceId":"vpce-1"}],` +
	`"ApplicationSettings":{"Enabled":true,"S3BucketName":"appstream-app-settings-us-east-1-123456789012-abcdefgh","SettingsGroup":"training"},` +
	`"Arn":"arn:aws:appstream:us-east-1:123456789012:stack/training-stack","CreatedTime":1.7642268001E9,"Name":"training-stack",` +
	`"StorageConnectors":[{"ConnectorType":"HOMEFOLDERS"}],"UserSettings":[{"Action":"FILE_UPLOAD","Permission":"DISABLED"}],"AddedIn2031":{"x":[1]}}`

var stackDecoded = &types.Stack{
	Name:                aws.String("training-stack"),
	AccessEndpoints:     []types.AccessEndpoint{{EndpointType: types.AccessEndpointTypeStreaming, VpceId: aws.String("vpce-1")}},
	ApplicationSettings: &types.ApplicationSettingsResponse{Enabled: aws.Bool(true), S3BucketName: aws.String("appstream-app-settings-us-east-1-123456789012-abcdefgh"), SettingsGroup: aws.String("training")},
	Arn:                 aws.String("arn:aws:appstream:us-east-1:123456789012:stack/training-stack"),
	CreatedTime:         aws.Time(time.Date(2025, 11, 27, 7, 0, 0, 100e6, time.UTC)),
	StorageConnectors:   []types.StorageConnector{{ConnectorType: types.StorageConnectorTypeHomefolders}},
	UserSettings:        []types.UserSetting{{Action: types.ActionFileUpload, Permission: types.PermissionDisabled}},
}

func init() {
	name := aws.String("training-stack")
	wireCases = append(wireCases,
		wireCase{"CreateStack-all", "CreateStack", opCall((*appstream.Client).CreateStack, createStackAll)},
		wireCase{"CreateStack-required", "CreateStack", opCall((*appstream.Client).CreateStack, &appstream.CreateStackInput{Name: name})},
		wireCase{"UpdateStack-all", "UpdateStack", opCall((*appstream.Client).UpdateStack, updateStackAll)},
		wireCase{"UpdateStack-required", "UpdateStack", opCall((*appstream.Client).UpdateStack, &appstream.UpdateStackInput{Name: name})},
		wireCase{"DescribeStacks-all", "DescribeStacks", opCall((*appstream.Client).DescribeStacks, &appstream.DescribeStacksInput{Names: []string{"a", "b"}, NextToken: aws.String("t1")})},
		wireCase{"DescribeStacks-nil", "DescribeStacks", opCall((*appstream.Client).DescribeStacks, nil)},
		wireCase{"DeleteStack", "DeleteStack", opCall((*appstream.Client).DeleteStack, &appstream.DeleteStackInput{Name: name})},
	)

	errorProbes["CreateStack"] = errorProbe{opCall((*appstream.Client).CreateStack, &appstream.CreateStackInput{Name: name}), "ResourceAlreadyExistsException"}
	errorProbes["UpdateStack"] = errorProbe{opCall((*appstream.Client).UpdateStack, &appstream.UpdateStackInput{Name: name}), "IncompatibleImageException"}
	errorProbes["DescribeStacks"] = errorProbe{opCall((*appstream.Client).DescribeStacks, nil), "ResourceNotFoundException"}
	errorProbes["DeleteStack"] = errorProbe{opCall((*appstream.Client).DeleteStack, &appstream.DeleteStackInput{Name: name}), "ResourceInUseException"}

	outputChecks["CreateStack"] = outputCheck{`{"Stack":` + stackJSON + `}`,
		outcome((*appstream.Client).CreateStack, &appstream.CreateStackInput{Name: name}), &appstream.CreateStackOutput{Stack: stackDecoded}}
	outputChecks["UpdateStack"] = outputCheck{`{"Other":null,"Stack":` + stackJSON + `}`,
		outcome((*appstream.Client).UpdateStack, &appstream.UpdateStackInput{Name: name}), &appstream.UpdateStackOutput{Stack: stackDecoded}}
	outputChecks["DescribeStacks"] = outputCheck{`{"Stacks":[` + stackJSON + `,null],"NextToken":"t2","Other":[]}`,
		outcome((*appstream.Client).DescribeStacks, nil), &appstream.DescribeStacksOutput{Stacks: []types.Stack{*stackDecoded, {}}, NextToken: aws.String("t2")}}
	outputChecks["DeleteStack"] = outputCheck{`{"Other":{"a":1}}`,
		outcome((*appstream.Client).DeleteStack, &appstream.DeleteStackInput{Name: name}), &appstream.DeleteStackOutput{}}

	for name, in := range map[string]invalidInput{
		"CreateStack nil": {opCall((*appstream.Client).CreateStack, nil), missing("CreateStack", "Name")},
		"CreateStack nested": {opCall((*appstream.Client).CreateStack, &appstream.CreateStackInput{
			StorageConnectors:   []types.StorageConnector{{ConnectorType: types.StorageConnectorTypeHomefolders}, {Domains: []string{"d"}}},
			UserSettings:        []types.UserSetting{{}, {Action: types.ActionFileUpload}},
			ApplicationSettings: &types.ApplicationSettings{SettingsGroup: aws.String("g")},
			AccessEndpoints:     []types.AccessEndpoint{{VpceId: aws.String("v")}},
			ContentRedirection:  &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{}},
			AgentAccessConfig:   &types.AgentAccessConfig{Settings: []types.AgentAccessSetting{{Permission: types.PermissionEnabled}, {}}},
		}), missing("CreateStack", "Name", "StorageConnectors[1].ConnectorType", "UserSettings[0].Action", "UserSettings[0].Permission",
			"UserSettings[1].Permission", "ApplicationSettings.Enabled", "AccessEndpoints[0].EndpointType", "ContentRedirection.HostToClient.Enabled",
			"AgentAccessConfig.Settings[0].AgentAction", "AgentAccessConfig.Settings[1].AgentAction", "AgentAccessConfig.Settings[1].Permission",
			"AgentAccessConfig.ScreenResolution", "AgentAccessConfig.ScreenImageFormat")},
		"CreateStack agent config without settings": {opCall((*appstream.Client).CreateStack, &appstream.CreateStackInput{
			Name: name, AgentAccessConfig: &types.AgentAccessConfig{ScreenResolution: types.ScreenResolutionW1280xH720, ScreenImageFormat: types.ScreenImageFormatPng},
		}), missing("CreateStack", "AgentAccessConfig.Settings")},
		"UpdateStack nil": {opCall((*appstream.Client).UpdateStack, nil), missing("UpdateStack", "Name")},
		"UpdateStack nested": {opCall((*appstream.Client).UpdateStack, &appstream.UpdateStackInput{
			Name:                name,
			StorageConnectors:   []types.StorageConnector{{}},
			UserSettings:        []types.UserSetting{{Permission: types.PermissionDisabled}},
			ApplicationSettings: &types.ApplicationSettings{},
			AccessEndpoints:     []types.AccessEndpoint{{}, {}},
			ContentRedirection:  &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{AllowedUrls: []string{"x"}}},
			// Unlike CreateStack's, an update's config needs no Settings,
			// resolution or format; a setting still needs its members.
			AgentAccessConfig: &types.AgentAccessConfigForUpdate{Settings: []types.AgentAccessSetting{{AgentAction: types.AgentActionComputerVision}}},
		}), missing("UpdateStack", "StorageConnectors[0].ConnectorType", "UserSettings[0].Action", "ApplicationSettings.Enabled",
			"AccessEndpoints[0].EndpointType", "AccessEndpoints[1].EndpointType", "ContentRedirection.HostToClient.Enabled",
			"AgentAccessConfig.Settings[0].Permission")},
		"DeleteStack nil": {opCall((*appstream.Client).DeleteStack, nil), missing("DeleteStack", "Name")},
	} {
		invalidInputs[name] = in
	}
}

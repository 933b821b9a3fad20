package main

// The operator's operations (issue 7): stacks, fleet–stack associations,
// streaming URLs, session expiry, tags and images. The fake service answers
// the resources named "*-full" with every member, and fails those named
// "err-CODE" with CODE.

import (
	"context"
	"fmt"
	"slices"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/appstream"
	"github.com/aws/aws-sdk-go-v2/service/appstream/types"
)

func operator(ctx context.Context, c *appstream.Client) {
	stacks(ctx, c)
	associations(ctx, c)
	streamingAndSessions(ctx, c)
	tags(ctx, c)
	images(ctx, c)
	operatorErrorMatrix(ctx, c)
	operatorEnums()
}

func stringMap(m map[string]string) string {
	if m == nil {
		return "<nil>"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	s := "map["
	for i, k := range keys {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%q:%q", k, m[k])
	}
	return s + fmt.Sprintf("] (len %d)", len(m))
}

func printStack(ind string, s *types.Stack) {
	if s == nil {
		p("%sStack <nil>", ind)
		return
	}
	p("%sName=%s Arn=%s", ind, str(s.Name), str(s.Arn))
	p("%sAccessEndpoints nil=%v len=%d", ind, s.AccessEndpoints == nil, len(s.AccessEndpoints))
	var endpoints []types.AccessEndpoint = s.AccessEndpoints
	for i, e := range endpoints {
		p("%s  [%d] EndpointType=%q (streaming: %v) VpceId=%s", ind, i, e.EndpointType, e.EndpointType == types.AccessEndpointTypeStreaming, str(e.VpceId))
	}
	var agent *types.AgentAccessConfig = s.AgentAccessConfig
	if agent != nil {
		p("%sAgentAccessConfig.ScreenImageFormat=%q ScreenResolution=%q S3BucketArn=%s ScreenshotsUploadEnabled=%s Settings nil=%v",
			ind, agent.ScreenImageFormat, agent.ScreenResolution, str(agent.S3BucketArn), boolean(agent.ScreenshotsUploadEnabled), agent.Settings == nil)
		var settings []types.AgentAccessSetting = agent.Settings
		for i, st := range settings {
			p("%s  [%d] AgentAction=%q Permission=%q", ind, i, st.AgentAction, st.Permission)
		}
	} else {
		p("%sAgentAccessConfig=<nil>", ind)
	}
	var app *types.ApplicationSettingsResponse = s.ApplicationSettings
	if app != nil {
		p("%sApplicationSettings.Enabled=%s S3BucketName=%s SettingsGroup=%s", ind, boolean(app.Enabled), str(app.S3BucketName), str(app.SettingsGroup))
	} else {
		p("%sApplicationSettings=<nil>", ind)
	}
	var redirection *types.ContentRedirection = s.ContentRedirection
	switch {
	case redirection == nil:
		p("%sContentRedirection=<nil>", ind)
	case redirection.HostToClient == nil:
		p("%sContentRedirection.HostToClient=<nil>", ind)
	default:
		var h *types.UrlRedirectionConfig = redirection.HostToClient
		p("%sContentRedirection.HostToClient.Enabled=%s AllowedUrls=%s DeniedUrls=%s", ind, boolean(h.Enabled), strs(h.AllowedUrls), strs(h.DeniedUrls))
	}
	p("%sCreatedTime=%s", ind, tm(s.CreatedTime))
	p("%sDescription=%s DisplayName=%s", ind, str(s.Description), str(s.DisplayName))
	p("%sEmbedHostDomains=%s", ind, strs(s.EmbedHostDomains))
	p("%sFeedbackURL=%s RedirectURL=%s", ind, str(s.FeedbackURL), str(s.RedirectURL))
	p("%sStackErrors nil=%v len=%d", ind, s.StackErrors == nil, len(s.StackErrors))
	var stackErrors []types.StackError = s.StackErrors
	for i, e := range stackErrors {
		p("%s  [%d] ErrorCode=%q ErrorMessage=%s", ind, i, e.ErrorCode, str(e.ErrorMessage))
	}
	p("%sStorageConnectors nil=%v len=%d", ind, s.StorageConnectors == nil, len(s.StorageConnectors))
	var connectors []types.StorageConnector = s.StorageConnectors
	for i, sc := range connectors {
		p("%s  [%d] ConnectorType=%q Domains=%s DomainsRequireAdminConsent=%s ResourceIdentifier=%s",
			ind, i, sc.ConnectorType, strs(sc.Domains), strs(sc.DomainsRequireAdminConsent), str(sc.ResourceIdentifier))
	}
	var streaming *types.StreamingExperienceSettings = s.StreamingExperienceSettings
	if streaming != nil {
		p("%sStreamingExperienceSettings.PreferredProtocol=%q", ind, streaming.PreferredProtocol)
	} else {
		p("%sStreamingExperienceSettings=<nil>", ind)
	}
	p("%sUserSettings nil=%v len=%d", ind, s.UserSettings == nil, len(s.UserSettings))
	var users []types.UserSetting = s.UserSettings
	for i, u := range users {
		p("%s  [%d] Action=%q Permission=%q MaximumLength=%s", ind, i, u.Action, u.Permission, i32(u.MaximumLength))
	}
}

func printImage(ind string, im types.Image) {
	p("%sName=%s Arn=%s BaseImageArn=%s", ind, str(im.Name), str(im.Arn), str(im.BaseImageArn))
	p("%sAppstreamAgentVersion=%s LatestAppstreamAgentVersion=%q", ind, str(im.AppstreamAgentVersion), im.LatestAppstreamAgentVersion)
	p("%sCreatedTime=%s PublicBaseImageReleasedDate=%s", ind, tm(im.CreatedTime), tm(im.PublicBaseImageReleasedDate))
	p("%sDescription=%s DisplayName=%s", ind, str(im.Description), str(im.DisplayName))
	p("%sDynamicAppProvidersEnabled=%q ImageSharedWithOthers=%q ImageType=%q", ind, im.DynamicAppProvidersEnabled, im.ImageSharedWithOthers, im.ImageType)
	p("%sImageBuilderName=%s ImageBuilderSupported=%s ManagedSoftwareIncluded=%s", ind, str(im.ImageBuilderName), boolean(im.ImageBuilderSupported), boolean(im.ManagedSoftwareIncluded))
	p("%sPlatform=%q State=%q (available: %v) Visibility=%q", ind, im.Platform, im.State, im.State == types.ImageStateAvailable, im.Visibility)
	p("%sSupportedInstanceFamilies=%s", ind, strs(im.SupportedInstanceFamilies))
	var perms *types.ImagePermissions = im.ImagePermissions
	if perms != nil {
		p("%sImagePermissions.AllowFleet=%s AllowImageBuilder=%s", ind, boolean(perms.AllowFleet), boolean(perms.AllowImageBuilder))
	} else {
		p("%sImagePermissions=<nil>", ind)
	}
	var reason *types.ImageStateChangeReason = im.StateChangeReason
	if reason != nil {
		p("%sStateChangeReason.Code=%q Message=%s", ind, reason.Code, str(reason.Message))
	} else {
		p("%sStateChangeReason=<nil>", ind)
	}
	p("%sImageErrors nil=%v len=%d", ind, im.ImageErrors == nil, len(im.ImageErrors))
	var imageErrors []types.ResourceError = im.ImageErrors
	for i, e := range imageErrors {
		p("%s  [%d] ErrorCode=%q ErrorMessage=%s ErrorTimestamp=%s", ind, i, e.ErrorCode, str(e.ErrorMessage), tm(e.ErrorTimestamp))
	}
	p("%sApplications nil=%v len=%d", ind, im.Applications == nil, len(im.Applications))
	var apps []types.Application = im.Applications
	for i, a := range apps {
		p("%s  [%d] Name=%s DisplayName=%s Arn=%s AppBlockArn=%s", ind, i, str(a.Name), str(a.DisplayName), str(a.Arn), str(a.AppBlockArn))
		p("%s      CreatedTime=%s Description=%s Enabled=%s", ind, tm(a.CreatedTime), str(a.Description), boolean(a.Enabled))
		var icon *types.S3Location = a.IconS3Location
		if icon != nil {
			p("%s      IconS3Location.S3Bucket=%s S3Key=%s", ind, str(icon.S3Bucket), str(icon.S3Key))
		} else {
			p("%s      IconS3Location=<nil>", ind)
		}
		p("%s      IconURL=%s InstanceFamilies=%s", ind, str(a.IconURL), strs(a.InstanceFamilies))
		p("%s      LaunchParameters=%s LaunchPath=%s WorkingDirectory=%s", ind, str(a.LaunchParameters), str(a.LaunchPath), str(a.WorkingDirectory))
		var platforms []types.PlatformType = a.Platforms
		p("%s      Metadata=%s Platforms=%q (nil %v)", ind, stringMap(a.Metadata), platforms, platforms == nil)
	}
}

// fullStackSettings returns every member that CreateStack and UpdateStack
// share, with escapes, zero values and empty lists.
func fullStackSettings() ([]types.AccessEndpoint, *types.ApplicationSettings, *types.ContentRedirection, []types.StorageConnector, *types.StreamingExperienceSettings, []types.UserSetting) {
	return []types.AccessEndpoint{{EndpointType: types.AccessEndpointTypeStreaming, VpceId: aws.String("vpce-0123456789abcdef0")}},
		&types.ApplicationSettings{Enabled: aws.Bool(true), SettingsGroup: aws.String("training")},
		&types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{
			Enabled: aws.Bool(false), AllowedUrls: []string{"https://*.example.com/*"}, DeniedUrls: []string{},
		}},
		[]types.StorageConnector{
			{ConnectorType: types.StorageConnectorTypeHomefolders},
			{ConnectorType: types.StorageConnectorTypeOneDrive, Domains: []string{"example.com"}, DomainsRequireAdminConsent: []string{"corp.example.com"},
				ResourceIdentifier: aws.String("arn:aws:s3:::home")},
			{ConnectorType: types.StorageConnectorTypeGoogleDrive, Domains: []string{}},
		},
		&types.StreamingExperienceSettings{PreferredProtocol: types.PreferredProtocolUdp},
		[]types.UserSetting{
			{Action: types.ActionClipboardCopyFromLocalDevice, Permission: types.PermissionEnabled, MaximumLength: aws.Int32(0)},
			{Action: types.ActionFileDownload, Permission: types.PermissionDisabled},
		}
}

func stacks(ctx context.Context, c *appstream.Client) {
	section("stacks")
	endpoints, app, redirection, connectors, streaming, users := fullStackSettings()
	var created *appstream.CreateStackOutput
	created, err := c.CreateStack(ctx, &appstream.CreateStackInput{
		Name:            aws.String("stack-full"),
		AccessEndpoints: endpoints,
		AgentAccessConfig: &types.AgentAccessConfig{
			ScreenImageFormat: types.ScreenImageFormatPng, ScreenResolution: types.ScreenResolutionW1280xH720,
			Settings: []types.AgentAccessSetting{
				{AgentAction: types.AgentActionComputerVision, Permission: types.PermissionEnabled},
				{AgentAction: types.AgentActionComputerInput, Permission: types.PermissionDisabled},
			},
			S3BucketArn: aws.String("arn:aws:s3:::agent-screenshots"), ScreenshotsUploadEnabled: aws.Bool(true),
		},
		ApplicationSettings:         app,
		ContentRedirection:          redirection,
		Description:                 aws.String("Stack <full> & \"quoted\" \\ caf\u00e9 \U0001F600 \u2028 tab\tnl\n/"),
		DisplayName:                 aws.String("Full stack"),
		EmbedHostDomains:            []string{"portal.example.com", "*.example.org"},
		FeedbackURL:                 aws.String("https://example.com/feedback?a=1&b=2"),
		RedirectURL:                 aws.String(""),
		StorageConnectors:           connectors,
		StreamingExperienceSettings: streaming,
		Tags:                        map[string]string{"team/owner": "ops & infra <a>"},
		UserSettings:                users,
	})
	printErr("CreateStack every member", err)
	if err == nil {
		p("  %s", requestID(created.ResultMetadata))
		printStack("  ", created.Stack)
	}
	created, err = c.CreateStack(ctx, &appstream.CreateStackInput{Name: aws.String("stack-min")})
	printErr("CreateStack required members", err)
	if err == nil {
		printStack("  ", created.Stack)
	}
	_, err = c.CreateStack(ctx, nil)
	printErr("CreateStack nil input", err)
	_, err = c.CreateStack(ctx, &appstream.CreateStackInput{
		StorageConnectors:   []types.StorageConnector{{ConnectorType: types.StorageConnectorTypeHomefolders}, {Domains: []string{"d"}}},
		UserSettings:        []types.UserSetting{{}, {Action: types.ActionFileUpload}},
		ApplicationSettings: &types.ApplicationSettings{SettingsGroup: aws.String("g")},
		AccessEndpoints:     []types.AccessEndpoint{{VpceId: aws.String("v")}},
		ContentRedirection:  &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{}},
		AgentAccessConfig:   &types.AgentAccessConfig{Settings: []types.AgentAccessSetting{{Permission: types.PermissionEnabled}, {}}},
	})
	printErr("CreateStack nested members missing", err)
	_, err = c.CreateStack(ctx, &appstream.CreateStackInput{Name: aws.String("stack-agent"), AgentAccessConfig: &types.AgentAccessConfig{}})
	printErr("CreateStack empty AgentAccessConfig", err)

	var updated *appstream.UpdateStackOutput
	updated, err = c.UpdateStack(ctx, &appstream.UpdateStackInput{
		Name:            aws.String("stack-full"),
		AccessEndpoints: []types.AccessEndpoint{},
		AgentAccessConfig: &types.AgentAccessConfigForUpdate{
			S3BucketArn: aws.String("arn:aws:s3:::b"), ScreenImageFormat: types.ScreenImageFormatJpeg, ScreenResolution: types.ScreenResolutionW1280xH720,
			ScreenshotsUploadEnabled: aws.Bool(false), Settings: []types.AgentAccessSetting{},
		},
		ApplicationSettings:         &types.ApplicationSettings{Enabled: aws.Bool(false)},
		AttributesToDelete:          []types.StackAttribute{types.StackAttributeStorageConnectorGoogleDrive, types.StackAttributeThemeName},
		ContentRedirection:          &types.ContentRedirection{},
		DeleteStorageConnectors:     aws.Bool(false),
		Description:                 aws.String("invalid UTF-8: \xff\xfe"),
		DisplayName:                 aws.String("Updated \u00e9 stack"),
		EmbedHostDomains:            []string{},
		FeedbackURL:                 aws.String("https://example.com/f"),
		RedirectURL:                 aws.String("https://example.com/r"),
		StorageConnectors:           []types.StorageConnector{},
		StreamingExperienceSettings: &types.StreamingExperienceSettings{},
		UserSettings:                []types.UserSetting{{Action: types.ActionAutoTimeZoneRedirection, Permission: types.PermissionEnabled, MaximumLength: aws.Int32(-1)}},
	})
	printErr("UpdateStack every member", err)
	if err == nil {
		p("  %s", requestID(updated.ResultMetadata))
		printStack("  ", updated.Stack)
	}
	updated, err = c.UpdateStack(ctx, &appstream.UpdateStackInput{Name: aws.String("stack-min")})
	printErr("UpdateStack Name only", err)
	if err == nil {
		printStack("  ", updated.Stack)
	}
	_, err = c.UpdateStack(ctx, nil)
	printErr("UpdateStack nil input", err)
	_, err = c.UpdateStack(ctx, &appstream.UpdateStackInput{
		StorageConnectors:   []types.StorageConnector{{}},
		UserSettings:        []types.UserSetting{{Permission: types.PermissionDisabled}},
		ApplicationSettings: &types.ApplicationSettings{},
		AccessEndpoints:     []types.AccessEndpoint{{}, {}},
		ContentRedirection:  &types.ContentRedirection{HostToClient: &types.UrlRedirectionConfig{AllowedUrls: []string{"x"}}},
		AgentAccessConfig:   &types.AgentAccessConfigForUpdate{Settings: []types.AgentAccessSetting{{AgentAction: types.AgentActionComputerVision}}},
	})
	printErr("UpdateStack nested members missing", err)

	var described *appstream.DescribeStacksOutput
	described, err = c.DescribeStacks(ctx, &appstream.DescribeStacksInput{Names: []string{"stack-full", "stack-min"}, NextToken: aws.String("page-1")})
	printErr("DescribeStacks every member", err)
	if err == nil {
		p("  %s NextToken=%s Stacks nil=%v len=%d", requestID(described.ResultMetadata), str(described.NextToken), described.Stacks == nil, len(described.Stacks))
		for i := range described.Stacks {
			p("  stack [%d]", i)
			printStack("    ", &described.Stacks[i])
		}
	}
	described, err = c.DescribeStacks(ctx, nil)
	printErr("DescribeStacks nil input", err)
	if err == nil {
		p("  NextToken=%s Stacks nil=%v len=%d", str(described.NextToken), described.Stacks == nil, len(described.Stacks))
	}
	described, err = c.DescribeStacks(ctx, &appstream.DescribeStacksInput{Names: []string{}})
	printErr("DescribeStacks empty Names", err)
	if err == nil {
		p("  NextToken=%s Stacks nil=%v len=%d", str(described.NextToken), described.Stacks == nil, len(described.Stacks))
	}

	var deleted *appstream.DeleteStackOutput
	deleted, err = c.DeleteStack(ctx, &appstream.DeleteStackInput{Name: aws.String("stack-full")})
	printErr("DeleteStack", err)
	if err == nil {
		p("  %s", requestID(deleted.ResultMetadata))
	}
	_, err = c.DeleteStack(ctx, nil)
	printErr("DeleteStack nil input", err)
}

func associations(ctx context.Context, c *appstream.Client) {
	section("associations")
	var associated *appstream.AssociateFleetOutput
	associated, err := c.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: aws.String("fleet-full"), StackName: aws.String("stack-full")})
	printErr("AssociateFleet", err)
	if err == nil {
		p("  %s", requestID(associated.ResultMetadata))
	}
	_, err = c.AssociateFleet(ctx, nil)
	printErr("AssociateFleet nil input", err)
	_, err = c.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: aws.String("fleet-full")})
	printErr("AssociateFleet without StackName", err)

	var disassociated *appstream.DisassociateFleetOutput
	disassociated, err = c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: aws.String("fleet-full"), StackName: aws.String("stack-full")})
	printErr("DisassociateFleet", err)
	if err == nil {
		p("  %s", requestID(disassociated.ResultMetadata))
	}
	_, err = c.DisassociateFleet(ctx, nil)
	printErr("DisassociateFleet nil input", err)

	// The official client has no paginator for these: page by hand.
	stacksIn := &appstream.ListAssociatedStacksInput{FleetName: aws.String("fleet-full")}
	for page := 1; page <= 3; page++ {
		var out *appstream.ListAssociatedStacksOutput
		out, err = c.ListAssociatedStacks(ctx, stacksIn)
		printErr(fmt.Sprintf("ListAssociatedStacks page %d", page), err)
		if err != nil {
			break
		}
		p("  %s Names=%s NextToken=%s", requestID(out.ResultMetadata), strs(out.Names), str(out.NextToken))
		if out.NextToken == nil {
			break
		}
		stacksIn.NextToken = out.NextToken
	}
	_, err = c.ListAssociatedStacks(ctx, nil)
	printErr("ListAssociatedStacks nil input", err)

	fleetsIn := &appstream.ListAssociatedFleetsInput{StackName: aws.String("stack-full"), NextToken: aws.String("n-2")}
	var fleets *appstream.ListAssociatedFleetsOutput
	fleets, err = c.ListAssociatedFleets(ctx, fleetsIn)
	printErr("ListAssociatedFleets every member", err)
	if err == nil {
		p("  %s Names=%s NextToken=%s", requestID(fleets.ResultMetadata), strs(fleets.Names), str(fleets.NextToken))
	}
	fleets, err = c.ListAssociatedFleets(ctx, &appstream.ListAssociatedFleetsInput{StackName: aws.String("stack-min")})
	printErr("ListAssociatedFleets required members", err)
	if err == nil {
		p("  Names=%s NextToken=%s", strs(fleets.Names), str(fleets.NextToken))
	}
	_, err = c.ListAssociatedFleets(ctx, nil)
	printErr("ListAssociatedFleets nil input", err)
}

func streamingAndSessions(ctx context.Context, c *appstream.Client) {
	section("streaming URLs and sessions")
	var url *appstream.CreateStreamingURLOutput
	url, err := c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{
		FleetName: aws.String("fleet-full"), StackName: aws.String("stack-full"), UserId: aws.String("alice@example.com"),
		ApplicationId: aws.String("Desktop"), SessionContext: aws.String(`{"lang":"fr","x":"<&>"}`), Validity: aws.Int64(1 << 40),
	})
	printErr("CreateStreamingURL every member", err)
	if err == nil {
		p("  %s StreamingURL=%s Expires=%s", requestID(url.ResultMetadata), str(url.StreamingURL), tm(url.Expires))
	}
	url, err = c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{FleetName: aws.String("fleet-min"), StackName: aws.String("stack-min"), UserId: aws.String("bob")})
	printErr("CreateStreamingURL required members", err)
	if err == nil {
		p("  StreamingURL=%s Expires=%s", str(url.StreamingURL), tm(url.Expires))
	}
	_, err = c.CreateStreamingURL(ctx, nil)
	printErr("CreateStreamingURL nil input", err)
	_, err = c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{StackName: aws.String("s"), Validity: aws.Int64(0)})
	printErr("CreateStreamingURL without FleetName and UserId", err)

	var expired *appstream.ExpireSessionOutput
	expired, err = c.ExpireSession(ctx, &appstream.ExpireSessionInput{SessionId: aws.String("5c3b9b7e-1d2f-4a8b-9c0d-111111111111")})
	printErr("ExpireSession", err)
	if err == nil {
		p("  %s", requestID(expired.ResultMetadata))
	}
	_, err = c.ExpireSession(ctx, nil)
	printErr("ExpireSession nil input", err)
}

func tags(ctx context.Context, c *appstream.Client) {
	section("tags")
	arn := aws.String("arn:aws:appstream:us-east-1:123456789012:stack/stack-full")
	// One tag a map: the official client writes maps in Go's random order.
	var tagged *appstream.TagResourceOutput
	tagged, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: arn, Tags: map[string]string{"team/owner": "ops & infra <a> caf\u00e9"}})
	printErr("TagResource", err)
	if err == nil {
		p("  %s", requestID(tagged.ResultMetadata))
	}
	_, err = c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: arn, Tags: map[string]string{}})
	printErr("TagResource empty Tags", err)
	_, err = c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: arn})
	printErr("TagResource nil Tags", err)
	_, err = c.TagResource(ctx, nil)
	printErr("TagResource nil input", err)

	var untagged *appstream.UntagResourceOutput
	untagged, err = c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: arn, TagKeys: []string{"team/owner", "env"}})
	printErr("UntagResource", err)
	if err == nil {
		p("  %s", requestID(untagged.ResultMetadata))
	}
	_, err = c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: arn, TagKeys: []string{}})
	printErr("UntagResource empty TagKeys", err)
	_, err = c.UntagResource(ctx, nil)
	printErr("UntagResource nil input", err)

	var listed *appstream.ListTagsForResourceOutput
	listed, err = c.ListTagsForResource(ctx, &appstream.ListTagsForResourceInput{ResourceArn: arn})
	printErr("ListTagsForResource", err)
	if err == nil {
		p("  %s Tags=%s", requestID(listed.ResultMetadata), stringMap(listed.Tags))
	}
	listed, err = c.ListTagsForResource(ctx, &appstream.ListTagsForResourceInput{ResourceArn: aws.String("arn:aws:appstream:us-east-1:123456789012:fleet/fleet-min")})
	printErr("ListTagsForResource without tags", err)
	if err == nil {
		p("  Tags=%s", stringMap(listed.Tags))
	}
	_, err = c.ListTagsForResource(ctx, nil)
	printErr("ListTagsForResource nil input", err)
}

func images(ctx context.Context, c *appstream.Client) {
	section("images")
	var out *appstream.DescribeImagesOutput
	out, err := c.DescribeImages(ctx, &appstream.DescribeImagesInput{
		Arns: []string{"arn:aws:appstream:us-east-1::image/image-full"}, MaxResults: aws.Int32(25), Names: []string{"image-full"},
		NextToken: aws.String("img-1"), Type: types.VisibilityTypeShared,
	})
	printErr("DescribeImages every member", err)
	if err == nil {
		p("  %s NextToken=%s Images nil=%v len=%d", requestID(out.ResultMetadata), str(out.NextToken), out.Images == nil, len(out.Images))
		for i, im := range out.Images {
			p("  image [%d]", i)
			printImage("    ", im)
		}
	}
	out, err = c.DescribeImages(ctx, &appstream.DescribeImagesInput{Arns: []string{}, Names: []string{}, MaxResults: aws.Int32(0)})
	printErr("DescribeImages empty lists", err)
	if err == nil {
		p("  NextToken=%s Images len=%d", str(out.NextToken), len(out.Images))
	}

	// The paginator, with a Limit from MaxResults and one set by an option.
	var client appstream.DescribeImagesAPIClient = c
	for _, opt := range []func(*appstream.DescribeImagesPaginatorOptions){
		func(o *appstream.DescribeImagesPaginatorOptions) {},
		func(o *appstream.DescribeImagesPaginatorOptions) { o.Limit, o.StopOnDuplicateToken = 3, true },
	} {
		var opts appstream.DescribeImagesPaginatorOptions
		var paginator *appstream.DescribeImagesPaginator = appstream.NewDescribeImagesPaginator(client,
			&appstream.DescribeImagesInput{Type: types.VisibilityTypePublic, MaxResults: aws.Int32(2)},
			opt, func(o *appstream.DescribeImagesPaginatorOptions) { opts = *o })
		p("DescribeImagesPaginator Limit=%d", opts.Limit)
		for paginator.HasMorePages() {
			page, err := paginator.NextPage(ctx)
			printErr("  NextPage", err)
			if err != nil {
				break
			}
			for _, im := range page.Images {
				p("    %s", str(im.Name))
			}
		}
		_, err := paginator.NextPage(ctx)
		p("  NextPage after the last page: error %v", err != nil)
	}
	_, err = c.DescribeImages(ctx, nil)
	printErr("DescribeImages nil input", err)
}

// operatorErrorMatrix makes every operation fail with every error code, to
// check which exceptions each operation models, then with the two limit
// errors, with a retryer that retries nothing (the clients retry them
// differently on purpose).
func operatorErrorMatrix(ctx context.Context, c *appstream.Client) {
	section("operator error matrix")
	calls := func(name string) map[string]func(...func(*appstream.Options)) error {
		n := aws.String(name)
		arn := aws.String("arn:aws:appstream:us-east-1:123456789012:stack/" + name)
		return map[string]func(...func(*appstream.Options)) error{
			"CreateStack": func(o ...func(*appstream.Options)) error {
				_, err := c.CreateStack(ctx, &appstream.CreateStackInput{Name: n}, o...)
				return err
			},
			"UpdateStack": func(o ...func(*appstream.Options)) error {
				_, err := c.UpdateStack(ctx, &appstream.UpdateStackInput{Name: n}, o...)
				return err
			},
			"DescribeStacks": func(o ...func(*appstream.Options)) error {
				_, err := c.DescribeStacks(ctx, &appstream.DescribeStacksInput{Names: []string{name}}, o...)
				return err
			},
			"DeleteStack": func(o ...func(*appstream.Options)) error {
				_, err := c.DeleteStack(ctx, &appstream.DeleteStackInput{Name: n}, o...)
				return err
			},
			"AssociateFleet": func(o ...func(*appstream.Options)) error {
				_, err := c.AssociateFleet(ctx, &appstream.AssociateFleetInput{FleetName: n, StackName: aws.String("stack")}, o...)
				return err
			},
			"DisassociateFleet": func(o ...func(*appstream.Options)) error {
				_, err := c.DisassociateFleet(ctx, &appstream.DisassociateFleetInput{FleetName: n, StackName: aws.String("stack")}, o...)
				return err
			},
			"ListAssociatedStacks": func(o ...func(*appstream.Options)) error {
				_, err := c.ListAssociatedStacks(ctx, &appstream.ListAssociatedStacksInput{FleetName: n}, o...)
				return err
			},
			"ListAssociatedFleets": func(o ...func(*appstream.Options)) error {
				_, err := c.ListAssociatedFleets(ctx, &appstream.ListAssociatedFleetsInput{StackName: n}, o...)
				return err
			},
			"CreateStreamingURL": func(o ...func(*appstream.Options)) error {
				_, err := c.CreateStreamingURL(ctx, &appstream.CreateStreamingURLInput{FleetName: n, StackName: aws.String("stack"), UserId: aws.String("u1")}, o...)
				return err
			},
			"ExpireSession": func(o ...func(*appstream.Options)) error {
				_, err := c.ExpireSession(ctx, &appstream.ExpireSessionInput{SessionId: n}, o...)
				return err
			},
			"TagResource": func(o ...func(*appstream.Options)) error {
				_, err := c.TagResource(ctx, &appstream.TagResourceInput{ResourceArn: arn, Tags: map[string]string{"k": "v"}}, o...)
				return err
			},
			"UntagResource": func(o ...func(*appstream.Options)) error {
				_, err := c.UntagResource(ctx, &appstream.UntagResourceInput{ResourceArn: arn, TagKeys: []string{"k"}}, o...)
				return err
			},
			"ListTagsForResource": func(o ...func(*appstream.Options)) error {
				_, err := c.ListTagsForResource(ctx, &appstream.ListTagsForResourceInput{ResourceArn: arn}, o...)
				return err
			},
			"DescribeImages": func(o ...func(*appstream.Options)) error {
				_, err := c.DescribeImages(ctx, &appstream.DescribeImagesInput{Names: []string{name}}, o...)
				return err
			},
		}
	}
	ops := []string{"CreateStack", "UpdateStack", "DescribeStacks", "DeleteStack", "AssociateFleet", "DisassociateFleet",
		"ListAssociatedStacks", "ListAssociatedFleets", "CreateStreamingURL", "ExpireSession", "TagResource", "UntagResource",
		"ListTagsForResource", "DescribeImages"}
	noRetries := func(o *appstream.Options) { o.Retryer = aws.NopRetryer{} }
	for _, code := range append(errorCodes, "LimitExceededException", "RequestLimitExceededException") {
		name := "err-" + code
		byOp := calls(name)
		for _, op := range ops {
			printErr(op+" "+name, byOp[op](noRetries))
		}
	}
}

func operatorEnums() {
	section("operator enums")
	p("AccessEndpointType.Values=%q constants=%q", types.AccessEndpointType("").Values(), []types.AccessEndpointType{types.AccessEndpointTypeStreaming})
	p("Action.Values=%q", types.Action("").Values())
	p("Action constants=%q", []types.Action{types.ActionClipboardCopyFromLocalDevice, types.ActionClipboardCopyToLocalDevice, types.ActionFileUpload,
		types.ActionFileDownload, types.ActionPrintingToLocalDevice, types.ActionDomainPasswordSignin, types.ActionDomainSmartCardSignin,
		types.ActionAutoTimeZoneRedirection})
	// The current model adds FORWARD_MCP_TOOLS, which v1.60.1 lacks: only
	// the values both know are compared.
	p("AgentAction.Values[:2]=%q constants=%q", types.AgentAction("").Values()[:2],
		[]types.AgentAction{types.AgentActionComputerVision, types.AgentActionComputerInput})
	p("DynamicAppProvidersEnabled.Values=%q constants=%q", types.DynamicAppProvidersEnabled("").Values(),
		[]types.DynamicAppProvidersEnabled{types.DynamicAppProvidersEnabledEnabled, types.DynamicAppProvidersEnabledDisabled})
	p("ImageSharedWithOthers.Values=%q constants=%q", types.ImageSharedWithOthers("").Values(),
		[]types.ImageSharedWithOthers{types.ImageSharedWithOthersTrue, types.ImageSharedWithOthersFalse})
	p("ImageState.Values=%q", types.ImageState("").Values())
	p("ImageState constants=%q", []types.ImageState{types.ImageStatePending, types.ImageStateAvailable, types.ImageStateFailed, types.ImageStateCopying,
		types.ImageStateDeleting, types.ImageStateCreating, types.ImageStateImporting, types.ImageStateValidating})
	p("ImageStateChangeReasonCode.Values=%q", types.ImageStateChangeReasonCode("").Values())
	p("ImageStateChangeReasonCode constants=%q", []types.ImageStateChangeReasonCode{types.ImageStateChangeReasonCodeInternalError,
		types.ImageStateChangeReasonCodeImageBuilderNotAvailable, types.ImageStateChangeReasonCodeImageCopyFailure,
		types.ImageStateChangeReasonCodeImageUpdateFailure, types.ImageStateChangeReasonCodeImageImportFailure})
	p("ImageType.Values=%q constants=%q", types.ImageType("").Values(), []types.ImageType{types.ImageTypeCustom, types.ImageTypeNative, types.ImageTypeByol})
	p("LatestAppstreamAgentVersion.Values=%q constants=%q", types.LatestAppstreamAgentVersion("").Values(),
		[]types.LatestAppstreamAgentVersion{types.LatestAppstreamAgentVersionTrue, types.LatestAppstreamAgentVersionFalse})
	p("Permission.Values=%q constants=%q", types.Permission("").Values(), []types.Permission{types.PermissionEnabled, types.PermissionDisabled})
	p("PreferredProtocol.Values=%q constants=%q", types.PreferredProtocol("").Values(), []types.PreferredProtocol{types.PreferredProtocolTcp, types.PreferredProtocolUdp})
	p("ScreenImageFormat.Values=%q constants=%q", types.ScreenImageFormat("").Values(), []types.ScreenImageFormat{types.ScreenImageFormatPng, types.ScreenImageFormatJpeg})
	p("ScreenResolution.Values=%q constants=%q", types.ScreenResolution("").Values(), []types.ScreenResolution{types.ScreenResolutionW1280xH720})
	p("StackAttribute.Values=%q", types.StackAttribute("").Values())
	p("StackAttribute constants=%q", []types.StackAttribute{types.StackAttributeStorageConnectors, types.StackAttributeStorageConnectorHomefolders,
		types.StackAttributeStorageConnectorGoogleDrive, types.StackAttributeStorageConnectorOneDrive, types.StackAttributeRedirectUrl,
		types.StackAttributeFeedbackUrl, types.StackAttributeThemeName, types.StackAttributeUserSettings, types.StackAttributeEmbedHostDomains,
		types.StackAttributeIamRoleArn, types.StackAttributeAccessEndpoints, types.StackAttributeStreamingExperienceSettings,
		types.StackAttributeContentRedirection, types.StackAttributeAgentAccessConfig})
	p("StackErrorCode.Values=%q constants=%q", types.StackErrorCode("").Values(),
		[]types.StackErrorCode{types.StackErrorCodeStorageConnectorError, types.StackErrorCodeInternalServiceError})
	p("StorageConnectorType.Values=%q constants=%q", types.StorageConnectorType("").Values(),
		[]types.StorageConnectorType{types.StorageConnectorTypeHomefolders, types.StorageConnectorTypeGoogleDrive, types.StorageConnectorTypeOneDrive})
	p("VisibilityType.Values=%q constants=%q", types.VisibilityType("").Values(),
		[]types.VisibilityType{types.VisibilityTypePublic, types.VisibilityTypePrivate, types.VisibilityTypeShared})
}

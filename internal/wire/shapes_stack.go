package wire

import "github.com/appstreamkit/appstream-go/types"

// The codecs of stacks. Members are written in alphabetical order, as the
// official client writes them.

// EncodeAccessEndpoint writes the members of an AccessEndpoint.
func EncodeAccessEndpoint(e *Encoder, v *types.AccessEndpoint) {
	Enum(e, "EndpointType", v.EndpointType)
	e.String("VpceId", v.VpceId)
}

// EncodeAgentAccessConfig writes the members of an AgentAccessConfig.
func EncodeAgentAccessConfig(e *Encoder, v *types.AgentAccessConfig) {
	e.String("S3BucketArn", v.S3BucketArn)
	Enum(e, "ScreenImageFormat", v.ScreenImageFormat)
	Enum(e, "ScreenResolution", v.ScreenResolution)
	e.Bool("ScreenshotsUploadEnabled", v.ScreenshotsUploadEnabled)
	Objects(e, "Settings", v.Settings, encodeAgentAccessSetting)
	Enum(e, "UserControlMode", v.UserControlMode)
}

// EncodeAgentAccessConfigForUpdate writes the members of an
// AgentAccessConfigForUpdate.
func EncodeAgentAccessConfigForUpdate(e *Encoder, v *types.AgentAccessConfigForUpdate) {
	e.String("S3BucketArn", v.S3BucketArn)
	Enum(e, "ScreenImageFormat", v.ScreenImageFormat)
	Enum(e, "ScreenResolution", v.ScreenResolution)
	e.Bool("ScreenshotsUploadEnabled", v.ScreenshotsUploadEnabled)
	Objects(e, "Settings", v.Settings, encodeAgentAccessSetting)
	Enum(e, "UserControlMode", v.UserControlMode)
}

func encodeAgentAccessSetting(e *Encoder, v *types.AgentAccessSetting) {
	Enum(e, "AgentAction", v.AgentAction)
	Enum(e, "Permission", v.Permission)
}

// EncodeApplicationSettings writes the members of an ApplicationSettings.
func EncodeApplicationSettings(e *Encoder, v *types.ApplicationSettings) {
	e.Bool("Enabled", v.Enabled)
	e.String("SettingsGroup", v.SettingsGroup)
}

// EncodeContentRedirection writes the members of a ContentRedirection.
func EncodeContentRedirection(e *Encoder, v *types.ContentRedirection) {
	Object(e, "HostToClient", v.HostToClient, encodeUrlRedirectionConfig)
}

func encodeUrlRedirectionConfig(e *Encoder, v *types.UrlRedirectionConfig) {
	Strings(e, "AllowedUrls", v.AllowedUrls)
	Strings(e, "DeniedUrls", v.DeniedUrls)
	e.Bool("Enabled", v.Enabled)
}

// EncodeStorageConnector writes the members of a StorageConnector.
func EncodeStorageConnector(e *Encoder, v *types.StorageConnector) {
	Enum(e, "ConnectorType", v.ConnectorType)
	Strings(e, "Domains", v.Domains)
	Strings(e, "DomainsRequireAdminConsent", v.DomainsRequireAdminConsent)
	e.String("ResourceIdentifier", v.ResourceIdentifier)
}

// EncodeStreamingExperienceSettings writes the members of a
// StreamingExperienceSettings.
func EncodeStreamingExperienceSettings(e *Encoder, v *types.StreamingExperienceSettings) {
	Enum(e, "PreferredProtocol", v.PreferredProtocol)
}

// EncodeUserSetting writes the members of a UserSetting.
func EncodeUserSetting(e *Encoder, v *types.UserSetting) {
	Enum(e, "Action", v.Action)
	e.Int32("MaximumLength", v.MaximumLength)
	Enum(e, "Permission", v.Permission)
}

// DecodeStackResult reads the members of a result whose one member is Stack.
func DecodeStackResult(d *Decoder) *types.Stack {
	var stack *types.Stack
	for d.More() {
		if d.Key() == "Stack" {
			stack = object(d, decodeStack)
		} else {
			d.Skip()
		}
	}
	return stack
}

// DecodeStacks reads an array of Stack objects.
func DecodeStacks(d *Decoder) []types.Stack { return list(d, decodeStack) }

func decodeStack(d *Decoder, v *types.Stack) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "AccessEndpoints":
			v.AccessEndpoints = list(d, decodeAccessEndpoint)
		case "AgentAccessConfig":
			v.AgentAccessConfig = object(d, decodeAgentAccessConfig)
		case "ApplicationSettings":
			v.ApplicationSettings = object(d, decodeApplicationSettingsResponse)
		case "Arn":
			v.Arn = d.StringPtr()
		case "ContentRedirection":
			v.ContentRedirection = object(d, decodeContentRedirection)
		case "CreatedTime":
			v.CreatedTime = d.TimePtr()
		case "Description":
			v.Description = d.StringPtr()
		case "DisplayName":
			v.DisplayName = d.StringPtr()
		case "EmbedHostDomains":
			v.EmbedHostDomains = StringList[string](d)
		case "FeedbackURL":
			v.FeedbackURL = d.StringPtr()
		case "Name":
			v.Name = d.StringPtr()
		case "RedirectURL":
			v.RedirectURL = d.StringPtr()
		case "StackErrors":
			v.StackErrors = list(d, decodeStackError)
		case "StorageConnectors":
			v.StorageConnectors = list(d, decodeStorageConnector)
		case "StreamingExperienceSettings":
			v.StreamingExperienceSettings = object(d, decodeStreamingExperienceSettings)
		case "UserSettings":
			v.UserSettings = list(d, decodeUserSetting)
		default:
			d.Skip()
		}
	}
	return true
}

func decodeAccessEndpoint(d *Decoder, v *types.AccessEndpoint) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "EndpointType":
			v.EndpointType = types.AccessEndpointType(d.Str())
		case "VpceId":
			v.VpceId = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeAgentAccessConfig(d *Decoder, v *types.AgentAccessConfig) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "S3BucketArn":
			v.S3BucketArn = d.StringPtr()
		case "ScreenImageFormat":
			v.ScreenImageFormat = types.ScreenImageFormat(d.Str())
		case "ScreenResolution":
			v.ScreenResolution = types.ScreenResolution(d.Str())
		case "ScreenshotsUploadEnabled":
			v.ScreenshotsUploadEnabled = d.BoolPtr()
		case "Settings":
			v.Settings = list(d, decodeAgentAccessSetting)
		case "UserControlMode":
			v.UserControlMode = types.UserControlMode(d.Str())
		default:
			d.Skip()
		}
	}
	return true
}

func decodeAgentAccessSetting(d *Decoder, v *types.AgentAccessSetting) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "AgentAction":
			v.AgentAction = types.AgentAction(d.Str())
		case "Permission":
			v.Permission = types.Permission(d.Str())
		default:
			d.Skip()
		}
	}
	return true
}

func decodeApplicationSettingsResponse(d *Decoder, v *types.ApplicationSettingsResponse) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "Enabled":
			v.Enabled = d.BoolPtr()
		case "S3BucketName":
			v.S3BucketName = d.StringPtr()
		case "SettingsGroup":
			v.SettingsGroup = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeContentRedirection(d *Decoder, v *types.ContentRedirection) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "HostToClient":
			v.HostToClient = object(d, decodeUrlRedirectionConfig)
		default:
			d.Skip()
		}
	}
	return true
}

func decodeStackError(d *Decoder, v *types.StackError) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "ErrorCode":
			v.ErrorCode = types.StackErrorCode(d.Str())
		case "ErrorMessage":
			v.ErrorMessage = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeStorageConnector(d *Decoder, v *types.StorageConnector) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "ConnectorType":
			v.ConnectorType = types.StorageConnectorType(d.Str())
		case "Domains":
			v.Domains = StringList[string](d)
		case "DomainsRequireAdminConsent":
			v.DomainsRequireAdminConsent = StringList[string](d)
		case "ResourceIdentifier":
			v.ResourceIdentifier = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeStreamingExperienceSettings(d *Decoder, v *types.StreamingExperienceSettings) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "PreferredProtocol":
			v.PreferredProtocol = types.PreferredProtocol(d.Str())
		default:
			d.Skip()
		}
	}
	return true
}

func decodeUrlRedirectionConfig(d *Decoder, v *types.UrlRedirectionConfig) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "AllowedUrls":
			v.AllowedUrls = StringList[string](d)
		case "DeniedUrls":
			v.DeniedUrls = StringList[string](d)
		case "Enabled":
			v.Enabled = d.BoolPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeUserSetting(d *Decoder, v *types.UserSetting) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "Action":
			v.Action = types.Action(d.Str())
		case "MaximumLength":
			v.MaximumLength = d.Int32Ptr()
		case "Permission":
			v.Permission = types.Permission(d.Str())
		default:
			d.Skip()
		}
	}
	return true
}

package types

import "time"

// The structures and enums of stacks: what CreateStack, UpdateStack and
// DescribeStacks send and receive.

// AccessEndpoint is an interface VPC endpoint through which the users of a
// stack connect, instead of the public internet.
type AccessEndpoint struct {
	// EndpointType is the type of the endpoint. It is required.
	EndpointType AccessEndpointType

	// VpceId is the ID of the VPC endpoint.
	VpceId *string
}

// AgentAccessConfig is the agent access configuration of a stack: what AI
// agents may do in its streaming sessions.
type AgentAccessConfig struct {
	// ScreenImageFormat is the image format of screen captures. It is required.
	ScreenImageFormat ScreenImageFormat

	// ScreenResolution is the screen resolution of the agent's environment.
	// It is required.
	ScreenResolution ScreenResolution

	// Settings enable or disable each agent action (at least one). It is
	// required.
	Settings []AgentAccessSetting

	// S3BucketArn is the S3 bucket where screenshots are stored; required
	// when ScreenshotsUploadEnabled is true.
	S3BucketArn *string

	// ScreenshotsUploadEnabled uploads agent screenshots to S3BucketArn.
	ScreenshotsUploadEnabled *bool

	// UserControlMode is how users can interact with agent sessions. It is
	// newer than the official client v1.60.1, which lacks it.
	UserControlMode UserControlMode
}

// AgentAccessConfigForUpdate is the part of a stack's agent access
// configuration that UpdateStack changes: only the members set.
type AgentAccessConfigForUpdate struct {
	// S3BucketArn is the S3 bucket where screenshots are stored.
	S3BucketArn *string

	// ScreenImageFormat is the image format of screen captures.
	ScreenImageFormat ScreenImageFormat

	// ScreenResolution is the screen resolution of the agent's environment.
	ScreenResolution ScreenResolution

	// ScreenshotsUploadEnabled uploads agent screenshots to S3BucketArn.
	ScreenshotsUploadEnabled *bool

	// Settings enable or disable each agent action.
	Settings []AgentAccessSetting

	// UserControlMode is how users can interact with agent sessions. It is
	// newer than the official client v1.60.1, which lacks it.
	UserControlMode UserControlMode
}

// AgentAccessSetting enables or disables one agent action.
type AgentAccessSetting struct {
	// AgentAction is the action. COMPUTER_INPUT needs COMPUTER_VISION. It is
	// required.
	AgentAction AgentAction

	// Permission enables or disables it. It is required.
	Permission Permission
}

// ApplicationSettings are the persistent application settings of a stack's
// users, as CreateStack and UpdateStack set them.
type ApplicationSettings struct {
	// Enabled turns persistent application settings on or off. It is required.
	Enabled *bool

	// SettingsGroup is the path prefix in the settings bucket; stacks with the
	// same group share the settings.
	SettingsGroup *string
}

// ApplicationSettingsResponse are the persistent application settings of a
// stack's users, as the service reports them.
type ApplicationSettingsResponse struct {
	// Enabled tells whether persistent application settings are on.
	Enabled *bool

	// S3BucketName is the bucket where the settings are stored, created the
	// first time settings are enabled in the account and region.
	S3BucketName *string

	// SettingsGroup is the path prefix in the settings bucket.
	SettingsGroup *string
}

// ContentRedirection configures URL redirection between the streaming
// session and the user's device.
type ContentRedirection struct {
	// HostToClient redirects URLs from the remote desktop to the local browser.
	HostToClient *UrlRedirectionConfig
}

// Stack describes a stack: the settings that users stream a fleet with.
type Stack struct {
	// Name is the stack's unique name. The service always sends it.
	Name *string

	// AccessEndpoints lists the interface VPC endpoints that users must
	// connect through (at most 4).
	AccessEndpoints []AccessEndpoint

	// AgentAccessConfig is the agent access configuration, if agents are allowed.
	AgentAccessConfig *AgentAccessConfig

	// ApplicationSettings are the users' persistent application settings.
	ApplicationSettings *ApplicationSettingsResponse

	// Arn is the stack's Amazon Resource Name.
	Arn *string

	// ContentRedirection configures URL redirection.
	ContentRedirection *ContentRedirection

	// CreatedTime is when the stack was created.
	CreatedTime *time.Time

	// Description is the description shown to administrators.
	Description *string

	// DisplayName is the name shown to users.
	DisplayName *string

	// EmbedHostDomains lists the domains where streaming sessions may be
	// embedded in an iframe.
	EmbedHostDomains []string

	// FeedbackURL is where the Send Feedback link leads; without it there is
	// no link.
	FeedbackURL *string

	// RedirectURL is where users go after their streaming session ends.
	RedirectURL *string

	// StackErrors lists the errors that the stack ran into.
	StackErrors []StackError

	// StorageConnectors lists the persistent storage enabled for users.
	StorageConnectors []StorageConnector

	// StreamingExperienceSettings holds the preferred streaming protocol.
	StreamingExperienceSettings *StreamingExperienceSettings

	// UserSettings lists the actions enabled or disabled for users (all are
	// enabled by default).
	UserSettings []UserSetting
}

// StackError is an error that a stack ran into.
type StackError struct {
	// ErrorCode is the error's code.
	ErrorCode StackErrorCode

	// ErrorMessage is the error's message.
	ErrorMessage *string
}

// StorageConnector enables persistent storage for a stack's users.
type StorageConnector struct {
	// ConnectorType is HOMEFOLDERS, GOOGLE_DRIVE or ONE_DRIVE. It is required.
	ConnectorType StorageConnectorType

	// Domains lists the account's domains (Google Drive, OneDrive).
	Domains []string

	// DomainsRequireAdminConsent lists the OneDrive for Business domains that
	// need admin consent to link an account (ONE_DRIVE only).
	DomainsRequireAdminConsent []string

	// ResourceIdentifier is the ARN of the storage connector.
	ResourceIdentifier *string
}

// StreamingExperienceSettings holds the streaming protocol a stack prefers.
type StreamingExperienceSettings struct {
	// PreferredProtocol is TCP or UDP (UDP only in the Windows native client).
	PreferredProtocol PreferredProtocol
}

// UrlRedirectionConfig configures URL redirection in one direction. The
// denied patterns take precedence over the allowed ones.
type UrlRedirectionConfig struct {
	// Enabled turns redirection on or off. It is required.
	Enabled *bool

	// AllowedUrls lists the URL patterns that are redirected.
	AllowedUrls []string

	// DeniedUrls lists the URL patterns that are never redirected.
	DeniedUrls []string
}

// UserSetting enables or disables an action for users during their
// streaming sessions.
type UserSetting struct {
	// Action is the action. It is required.
	Action Action

	// Permission enables or disables it. It is required.
	Permission Permission

	// MaximumLength is the most characters users may copy to or from the
	// session (clipboard actions only; 20,971,520 by default).
	MaximumLength *int32
}

// AccessEndpointType is the type of an interface VPC endpoint.
type AccessEndpointType string

// Values of AccessEndpointType.
const (
	AccessEndpointTypeStreaming AccessEndpointType = "STREAMING"
)

// Values returns the values of AccessEndpointType this module knows; others are kept as received.
func (AccessEndpointType) Values() []AccessEndpointType {
	return []AccessEndpointType{AccessEndpointTypeStreaming}
}

// Action is a user action that a stack enables or disables in streaming sessions.
type Action string

// Values of Action.
const (
	ActionClipboardCopyFromLocalDevice Action = "CLIPBOARD_COPY_FROM_LOCAL_DEVICE"
	ActionClipboardCopyToLocalDevice   Action = "CLIPBOARD_COPY_TO_LOCAL_DEVICE"
	ActionFileUpload                   Action = "FILE_UPLOAD"
	ActionFileDownload                 Action = "FILE_DOWNLOAD"
	ActionPrintingToLocalDevice        Action = "PRINTING_TO_LOCAL_DEVICE"
	ActionDomainPasswordSignin         Action = "DOMAIN_PASSWORD_SIGNIN"
	ActionDomainSmartCardSignin        Action = "DOMAIN_SMART_CARD_SIGNIN"
	ActionAutoTimeZoneRedirection      Action = "AUTO_TIME_ZONE_REDIRECTION"
)

// Values returns the values of Action this module knows; others are kept as received.
func (Action) Values() []Action {
	return []Action{
		ActionClipboardCopyFromLocalDevice, ActionClipboardCopyToLocalDevice, ActionFileUpload,
		ActionFileDownload, ActionPrintingToLocalDevice, ActionDomainPasswordSignin,
		ActionDomainSmartCardSignin, ActionAutoTimeZoneRedirection,
	}
}

// AgentAction is an action that an AI agent may take in a streaming session.
type AgentAction string

// Values of AgentAction.
const (
	AgentActionComputerVision  AgentAction = "COMPUTER_VISION"
	AgentActionComputerInput   AgentAction = "COMPUTER_INPUT"
	AgentActionForwardMcpTools AgentAction = "FORWARD_MCP_TOOLS"
)

// Values returns the values of AgentAction this module knows; others are kept as received.
func (AgentAction) Values() []AgentAction {
	return []AgentAction{AgentActionComputerVision, AgentActionComputerInput, AgentActionForwardMcpTools}
}

// Permission tells whether an action is enabled or disabled.
type Permission string

// Values of Permission.
const (
	PermissionEnabled  Permission = "ENABLED"
	PermissionDisabled Permission = "DISABLED"
)

// Values returns the values of Permission this module knows; others are kept as received.
func (Permission) Values() []Permission {
	return []Permission{PermissionEnabled, PermissionDisabled}
}

// PreferredProtocol is the streaming protocol a stack prefers.
type PreferredProtocol string

// Values of PreferredProtocol.
const (
	PreferredProtocolTcp PreferredProtocol = "TCP"
	PreferredProtocolUdp PreferredProtocol = "UDP"
)

// Values returns the values of PreferredProtocol this module knows; others are kept as received.
func (PreferredProtocol) Values() []PreferredProtocol {
	return []PreferredProtocol{PreferredProtocolTcp, PreferredProtocolUdp}
}

// ScreenImageFormat is the image format of an agent's screen captures.
type ScreenImageFormat string

// Values of ScreenImageFormat.
const (
	ScreenImageFormatPng  ScreenImageFormat = "PNG"
	ScreenImageFormatJpeg ScreenImageFormat = "JPEG"
)

// Values returns the values of ScreenImageFormat this module knows; others are kept as received.
func (ScreenImageFormat) Values() []ScreenImageFormat {
	return []ScreenImageFormat{ScreenImageFormatPng, ScreenImageFormatJpeg}
}

// ScreenResolution is the screen resolution of an agent's streaming environment.
type ScreenResolution string

// Values of ScreenResolution.
const (
	ScreenResolutionW1280xH720 ScreenResolution = "W_1280xH_720"
)

// Values returns the values of ScreenResolution this module knows; others are kept as received.
func (ScreenResolution) Values() []ScreenResolution {
	return []ScreenResolution{ScreenResolutionW1280xH720}
}

// StackAttribute names a stack attribute that UpdateStack can delete (UpdateStackInput.AttributesToDelete).
type StackAttribute string

// Values of StackAttribute.
const (
	StackAttributeStorageConnectors           StackAttribute = "STORAGE_CONNECTORS"
	StackAttributeStorageConnectorHomefolders StackAttribute = "STORAGE_CONNECTOR_HOMEFOLDERS"
	StackAttributeStorageConnectorGoogleDrive StackAttribute = "STORAGE_CONNECTOR_GOOGLE_DRIVE"
	StackAttributeStorageConnectorOneDrive    StackAttribute = "STORAGE_CONNECTOR_ONE_DRIVE"
	StackAttributeRedirectUrl                 StackAttribute = "REDIRECT_URL"
	StackAttributeFeedbackUrl                 StackAttribute = "FEEDBACK_URL"
	StackAttributeThemeName                   StackAttribute = "THEME_NAME"
	StackAttributeUserSettings                StackAttribute = "USER_SETTINGS"
	StackAttributeEmbedHostDomains            StackAttribute = "EMBED_HOST_DOMAINS"
	StackAttributeIamRoleArn                  StackAttribute = "IAM_ROLE_ARN"
	StackAttributeAccessEndpoints             StackAttribute = "ACCESS_ENDPOINTS"
	StackAttributeStreamingExperienceSettings StackAttribute = "STREAMING_EXPERIENCE_SETTINGS"
	StackAttributeContentRedirection          StackAttribute = "CONTENT_REDIRECTION"
	StackAttributeAgentAccessConfig           StackAttribute = "AGENT_ACCESS_CONFIG"
)

// Values returns the values of StackAttribute this module knows; others are kept as received.
func (StackAttribute) Values() []StackAttribute {
	return []StackAttribute{
		StackAttributeStorageConnectors, StackAttributeStorageConnectorHomefolders,
		StackAttributeStorageConnectorGoogleDrive, StackAttributeStorageConnectorOneDrive,
		StackAttributeRedirectUrl, StackAttributeFeedbackUrl, StackAttributeThemeName,
		StackAttributeUserSettings, StackAttributeEmbedHostDomains, StackAttributeIamRoleArn,
		StackAttributeAccessEndpoints, StackAttributeStreamingExperienceSettings,
		StackAttributeContentRedirection, StackAttributeAgentAccessConfig,
	}
}

// StackErrorCode is the code of a StackError.
type StackErrorCode string

// Values of StackErrorCode.
const (
	StackErrorCodeStorageConnectorError StackErrorCode = "STORAGE_CONNECTOR_ERROR"
	StackErrorCodeInternalServiceError  StackErrorCode = "INTERNAL_SERVICE_ERROR"
)

// Values returns the values of StackErrorCode this module knows; others are kept as received.
func (StackErrorCode) Values() []StackErrorCode {
	return []StackErrorCode{StackErrorCodeStorageConnectorError, StackErrorCodeInternalServiceError}
}

// StorageConnectorType is the type of a storage connector.
type StorageConnectorType string

// Values of StorageConnectorType.
const (
	StorageConnectorTypeHomefolders StorageConnectorType = "HOMEFOLDERS"
	StorageConnectorTypeGoogleDrive StorageConnectorType = "GOOGLE_DRIVE"
	StorageConnectorTypeOneDrive    StorageConnectorType = "ONE_DRIVE"
)

// Values returns the values of StorageConnectorType this module knows; others are kept as received.
func (StorageConnectorType) Values() []StorageConnectorType {
	return []StorageConnectorType{
		StorageConnectorTypeHomefolders, StorageConnectorTypeGoogleDrive, StorageConnectorTypeOneDrive,
	}
}

// UserControlMode is how users can interact with agent sessions.
type UserControlMode string

// Values of UserControlMode.
const (
	UserControlModeViewOnly UserControlMode = "VIEW_ONLY"
	UserControlModeViewStop UserControlMode = "VIEW_STOP"
	UserControlModeDisabled UserControlMode = "DISABLED"
)

// Values returns the values of UserControlMode this module knows; others are kept as received.
func (UserControlMode) Values() []UserControlMode {
	return []UserControlMode{UserControlModeViewOnly, UserControlModeViewStop, UserControlModeDisabled}
}

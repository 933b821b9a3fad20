package types_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/types"
)

// TestStackAndImageEnums checks each enum of stacks and images against the
// current model's values, in the model's order, both through Values() and
// through the constants.
func TestStackAndImageEnums(t *testing.T) {
	cases := map[string]struct{ values, constants, model []string }{
		"AccessEndpointType": {
			strs(types.AccessEndpointType("").Values()),
			strs([]types.AccessEndpointType{types.AccessEndpointTypeStreaming}),
			[]string{"STREAMING"},
		},
		"Action": {
			strs(types.Action("").Values()),
			strs([]types.Action{types.ActionClipboardCopyFromLocalDevice, types.ActionClipboardCopyToLocalDevice, types.ActionFileUpload, types.ActionFileDownload, types.ActionPrintingToLocalDevice, types.ActionDomainPasswordSignin, types.ActionDomainSmartCardSignin, types.ActionAutoTimeZoneRedirection}),
			[]string{"CLIPBOARD_COPY_FROM_LOCAL_DEVICE", "CLIPBOARD_COPY_TO_LOCAL_DEVICE", "FILE_UPLOAD", "FILE_DOWNLOAD", "PRINTING_TO_LOCAL_DEVICE", "DOMAIN_PASSWORD_SIGNIN", "DOMAIN_SMART_CARD_SIGNIN", "AUTO_TIME_ZONE_REDIRECTION"},
		},
		"AgentAction": {
			strs(types.AgentAction("").Values()),
			strs([]types.AgentAction{types.AgentActionComputerVision, types.AgentActionComputerInput, types.AgentActionForwardMcpTools}),
			[]string{"COMPUTER_VISION", "COMPUTER_INPUT", "FORWARD_MCP_TOOLS"},
		},
		"Permission": {
			strs(types.Permission("").Values()),
			strs([]types.Permission{types.PermissionEnabled, types.PermissionDisabled}),
			[]string{"ENABLED", "DISABLED"},
		},
		"PreferredProtocol": {
			strs(types.PreferredProtocol("").Values()),
			strs([]types.PreferredProtocol{types.PreferredProtocolTcp, types.PreferredProtocolUdp}),
			[]string{"TCP", "UDP"},
		},
		"ScreenImageFormat": {
			strs(types.ScreenImageFormat("").Values()),
			strs([]types.ScreenImageFormat{types.ScreenImageFormatPng, types.ScreenImageFormatJpeg}),
			[]string{"PNG", "JPEG"},
		},
		"ScreenResolution": {
			strs(types.ScreenResolution("").Values()),
			strs([]types.ScreenResolution{types.ScreenResolutionW1280xH720}),
			[]string{"W_1280xH_720"},
		},
		"StackAttribute": {
			strs(types.StackAttribute("").Values()),
			strs([]types.StackAttribute{types.StackAttributeStorageConnectors, types.StackAttributeStorageConnectorHomefolders, types.StackAttributeStorageConnectorGoogleDrive, types.StackAttributeStorageConnectorOneDrive, types.StackAttributeRedirectUrl, types.StackAttributeFeedbackUrl, types.StackAttributeThemeName, types.StackAttributeUserSettings, types.StackAttributeEmbedHostDomains, types.StackAttributeIamRoleArn, types.StackAttributeAccessEndpoints, types.StackAttributeStreamingExperienceSettings, types.StackAttributeContentRedirection, types.StackAttributeAgentAccessConfig}),
			[]string{"STORAGE_CONNECTORS", "STORAGE_CONNECTOR_HOMEFOLDERS", "STORAGE_CONNECTOR_GOOGLE_DRIVE", "STORAGE_CONNECTOR_ONE_DRIVE", "REDIRECT_URL", "FEEDBACK_URL", "THEME_NAME", "USER_SETTINGS", "EMBED_HOST_DOMAINS", "IAM_ROLE_ARN", "ACCESS_ENDPOINTS", "STREAMING_EXPERIENCE_SETTINGS", "CONTENT_REDIRECTION", "AGENT_ACCESS_CONFIG"},
		},
		"StackErrorCode": {
			strs(types.StackErrorCode("").Values()),
			strs([]types.StackErrorCode{types.StackErrorCodeStorageConnectorError, types.StackErrorCodeInternalServiceError}),
			[]string{"STORAGE_CONNECTOR_ERROR", "INTERNAL_SERVICE_ERROR"},
		},
		"StorageConnectorType": {
			strs(types.StorageConnectorType("").Values()),
			strs([]types.StorageConnectorType{types.StorageConnectorTypeHomefolders, types.StorageConnectorTypeGoogleDrive, types.StorageConnectorTypeOneDrive}),
			[]string{"HOMEFOLDERS", "GOOGLE_DRIVE", "ONE_DRIVE"},
		},
		"UserControlMode": {
			strs(types.UserControlMode("").Values()),
			strs([]types.UserControlMode{types.UserControlModeViewOnly, types.UserControlModeViewStop, types.UserControlModeDisabled}),
			[]string{"VIEW_ONLY", "VIEW_STOP", "DISABLED"},
		},
		"DynamicAppProvidersEnabled": {
			strs(types.DynamicAppProvidersEnabled("").Values()),
			strs([]types.DynamicAppProvidersEnabled{types.DynamicAppProvidersEnabledEnabled, types.DynamicAppProvidersEnabledDisabled}),
			[]string{"ENABLED", "DISABLED"},
		},
		"ImageSharedWithOthers": {
			strs(types.ImageSharedWithOthers("").Values()),
			strs([]types.ImageSharedWithOthers{types.ImageSharedWithOthersTrue, types.ImageSharedWithOthersFalse}),
			[]string{"TRUE", "FALSE"},
		},
		"ImageState": {
			strs(types.ImageState("").Values()),
			strs([]types.ImageState{types.ImageStatePending, types.ImageStateAvailable, types.ImageStateFailed, types.ImageStateCopying, types.ImageStateDeleting, types.ImageStateCreating, types.ImageStateImporting, types.ImageStateValidating}),
			[]string{"PENDING", "AVAILABLE", "FAILED", "COPYING", "DELETING", "CREATING", "IMPORTING", "VALIDATING"},
		},
		"ImageStateChangeReasonCode": {
			strs(types.ImageStateChangeReasonCode("").Values()),
			strs([]types.ImageStateChangeReasonCode{types.ImageStateChangeReasonCodeInternalError, types.ImageStateChangeReasonCodeImageBuilderNotAvailable, types.ImageStateChangeReasonCodeImageCopyFailure, types.ImageStateChangeReasonCodeImageUpdateFailure, types.ImageStateChangeReasonCodeImageImportFailure}),
			[]string{"INTERNAL_ERROR", "IMAGE_BUILDER_NOT_AVAILABLE", "IMAGE_COPY_FAILURE", "IMAGE_UPDATE_FAILURE", "IMAGE_IMPORT_FAILURE"},
		},
		"ImageType": {
			strs(types.ImageType("").Values()),
			strs([]types.ImageType{types.ImageTypeCustom, types.ImageTypeNative, types.ImageTypeByol}),
			[]string{"CUSTOM", "NATIVE", "BYOL"},
		},
		"LatestAppstreamAgentVersion": {
			strs(types.LatestAppstreamAgentVersion("").Values()),
			strs([]types.LatestAppstreamAgentVersion{types.LatestAppstreamAgentVersionTrue, types.LatestAppstreamAgentVersionFalse}),
			[]string{"TRUE", "FALSE"},
		},
		"VisibilityType": {
			strs(types.VisibilityType("").Values()),
			strs([]types.VisibilityType{types.VisibilityTypePublic, types.VisibilityTypePrivate, types.VisibilityTypeShared}),
			[]string{"PUBLIC", "PRIVATE", "SHARED"},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if diff := cmp.Diff(tc.model, tc.values); diff != "" {
				t.Errorf("Values() (-model +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.model, tc.constants); diff != "" {
				t.Errorf("constants (-model +got):\n%s", diff)
			}
		})
	}
}

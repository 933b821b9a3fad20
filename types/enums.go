package types

// AuthenticationType is how a streaming user signed in.
type AuthenticationType string

// Values of AuthenticationType.
const (
	AuthenticationTypeApi      AuthenticationType = "API"
	AuthenticationTypeSaml     AuthenticationType = "SAML"
	AuthenticationTypeUserpool AuthenticationType = "USERPOOL"
	AuthenticationTypeAwsAd    AuthenticationType = "AWS_AD"
)

// Values returns the values of AuthenticationType this module knows; others are kept as received.
func (AuthenticationType) Values() []AuthenticationType {
	return []AuthenticationType{
		AuthenticationTypeApi, AuthenticationTypeSaml, AuthenticationTypeUserpool, AuthenticationTypeAwsAd,
	}
}

// FleetAttribute names a fleet attribute that UpdateFleet can delete (UpdateFleetInput.AttributesToDelete).
type FleetAttribute string

// Values of FleetAttribute.
const (
	FleetAttributeVpcConfiguration                 FleetAttribute = "VPC_CONFIGURATION"
	FleetAttributeVpcConfigurationSecurityGroupIds FleetAttribute = "VPC_CONFIGURATION_SECURITY_GROUP_IDS"
	FleetAttributeDomainJoinInfo                   FleetAttribute = "DOMAIN_JOIN_INFO"
	FleetAttributeIamRoleArn                       FleetAttribute = "IAM_ROLE_ARN"
	FleetAttributeUsbDeviceFilterStrings           FleetAttribute = "USB_DEVICE_FILTER_STRINGS"
	FleetAttributeSessionScriptS3Location          FleetAttribute = "SESSION_SCRIPT_S3_LOCATION"
	FleetAttributeMaxSessionsPerInstance           FleetAttribute = "MAX_SESSIONS_PER_INSTANCE"
	FleetAttributeVolumeConfiguration              FleetAttribute = "VOLUME_CONFIGURATION"
)

// Values returns the values of FleetAttribute this module knows; others are kept as received.
func (FleetAttribute) Values() []FleetAttribute {
	return []FleetAttribute{
		FleetAttributeVpcConfiguration, FleetAttributeVpcConfigurationSecurityGroupIds,
		FleetAttributeDomainJoinInfo, FleetAttributeIamRoleArn, FleetAttributeUsbDeviceFilterStrings,
		FleetAttributeSessionScriptS3Location, FleetAttributeMaxSessionsPerInstance,
		FleetAttributeVolumeConfiguration,
	}
}

// FleetErrorCode is the code of a FleetError.
type FleetErrorCode string

// Values of FleetErrorCode.
const (
	FleetErrorCodeIamServiceRoleMissingEniDescribeAction            FleetErrorCode = "IAM_SERVICE_ROLE_MISSING_ENI_DESCRIBE_ACTION"
	FleetErrorCodeIamServiceRoleMissingEniCreateAction              FleetErrorCode = "IAM_SERVICE_ROLE_MISSING_ENI_CREATE_ACTION"
	FleetErrorCodeIamServiceRoleMissingEniDeleteAction              FleetErrorCode = "IAM_SERVICE_ROLE_MISSING_ENI_DELETE_ACTION"
	FleetErrorCodeNetworkInterfaceLimitExceeded                     FleetErrorCode = "NETWORK_INTERFACE_LIMIT_EXCEEDED"
	FleetErrorCodeInternalServiceError                              FleetErrorCode = "INTERNAL_SERVICE_ERROR"
	FleetErrorCodeIamServiceRoleIsMissing                           FleetErrorCode = "IAM_SERVICE_ROLE_IS_MISSING"
	FleetErrorCodeMachineRoleIsMissing                              FleetErrorCode = "MACHINE_ROLE_IS_MISSING"
	FleetErrorCodeStsDisabledInRegion                               FleetErrorCode = "STS_DISABLED_IN_REGION"
	FleetErrorCodeSubnetHasInsufficientIpAddresses                  FleetErrorCode = "SUBNET_HAS_INSUFFICIENT_IP_ADDRESSES"
	FleetErrorCodeIamServiceRoleMissingDescribeSubnetAction         FleetErrorCode = "IAM_SERVICE_ROLE_MISSING_DESCRIBE_SUBNET_ACTION"
	FleetErrorCodeSubnetNotFound                                    FleetErrorCode = "SUBNET_NOT_FOUND"
	FleetErrorCodeImageNotFound                                     FleetErrorCode = "IMAGE_NOT_FOUND"
	FleetErrorCodeInvalidSubnetConfiguration                        FleetErrorCode = "INVALID_SUBNET_CONFIGURATION"
	FleetErrorCodeSecurityGroupsNotFound                            FleetErrorCode = "SECURITY_GROUPS_NOT_FOUND"
	FleetErrorCodeIgwNotAttached                                    FleetErrorCode = "IGW_NOT_ATTACHED"
	FleetErrorCodeIamServiceRoleMissingDescribeSecurityGroupsAction FleetErrorCode = "IAM_SERVICE_ROLE_MISSING_DESCRIBE_SECURITY_GROUPS_ACTION"
	FleetErrorCodeFleetStopped                                      FleetErrorCode = "FLEET_STOPPED"
	FleetErrorCodeFleetInstanceProvisioningFailure                  FleetErrorCode = "FLEET_INSTANCE_PROVISIONING_FAILURE"
	FleetErrorCodeDomainJoinErrorFileNotFound                       FleetErrorCode = "DOMAIN_JOIN_ERROR_FILE_NOT_FOUND"
	FleetErrorCodeDomainJoinErrorAccessDenied                       FleetErrorCode = "DOMAIN_JOIN_ERROR_ACCESS_DENIED"
	FleetErrorCodeDomainJoinErrorLogonFailure                       FleetErrorCode = "DOMAIN_JOIN_ERROR_LOGON_FAILURE"
	FleetErrorCodeDomainJoinErrorInvalidParameter                   FleetErrorCode = "DOMAIN_JOIN_ERROR_INVALID_PARAMETER"
	FleetErrorCodeDomainJoinErrorMoreData                           FleetErrorCode = "DOMAIN_JOIN_ERROR_MORE_DATA"
	FleetErrorCodeDomainJoinErrorNoSuchDomain                       FleetErrorCode = "DOMAIN_JOIN_ERROR_NO_SUCH_DOMAIN"
	FleetErrorCodeDomainJoinErrorNotSupported                       FleetErrorCode = "DOMAIN_JOIN_ERROR_NOT_SUPPORTED"
	FleetErrorCodeDomainJoinNerrInvalidWorkgroupName                FleetErrorCode = "DOMAIN_JOIN_NERR_INVALID_WORKGROUP_NAME"
	FleetErrorCodeDomainJoinNerrWorkstationNotStarted               FleetErrorCode = "DOMAIN_JOIN_NERR_WORKSTATION_NOT_STARTED"
	FleetErrorCodeDomainJoinErrorDsMachineAccountQuotaExceeded      FleetErrorCode = "DOMAIN_JOIN_ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED"
	FleetErrorCodeDomainJoinNerrPasswordExpired                     FleetErrorCode = "DOMAIN_JOIN_NERR_PASSWORD_EXPIRED"
	FleetErrorCodeDomainJoinInternalServiceError                    FleetErrorCode = "DOMAIN_JOIN_INTERNAL_SERVICE_ERROR"
	FleetErrorCodeValidationError                                   FleetErrorCode = "VALIDATION_ERROR"
)

// Values returns the values of FleetErrorCode this module knows; others are kept as received.
func (FleetErrorCode) Values() []FleetErrorCode {
	return []FleetErrorCode{
		FleetErrorCodeIamServiceRoleMissingEniDescribeAction,
		FleetErrorCodeIamServiceRoleMissingEniCreateAction,
		FleetErrorCodeIamServiceRoleMissingEniDeleteAction, FleetErrorCodeNetworkInterfaceLimitExceeded,
		FleetErrorCodeInternalServiceError, FleetErrorCodeIamServiceRoleIsMissing,
		FleetErrorCodeMachineRoleIsMissing, FleetErrorCodeStsDisabledInRegion,
		FleetErrorCodeSubnetHasInsufficientIpAddresses,
		FleetErrorCodeIamServiceRoleMissingDescribeSubnetAction, FleetErrorCodeSubnetNotFound,
		FleetErrorCodeImageNotFound, FleetErrorCodeInvalidSubnetConfiguration,
		FleetErrorCodeSecurityGroupsNotFound, FleetErrorCodeIgwNotAttached,
		FleetErrorCodeIamServiceRoleMissingDescribeSecurityGroupsAction, FleetErrorCodeFleetStopped,
		FleetErrorCodeFleetInstanceProvisioningFailure, FleetErrorCodeDomainJoinErrorFileNotFound,
		FleetErrorCodeDomainJoinErrorAccessDenied, FleetErrorCodeDomainJoinErrorLogonFailure,
		FleetErrorCodeDomainJoinErrorInvalidParameter, FleetErrorCodeDomainJoinErrorMoreData,
		FleetErrorCodeDomainJoinErrorNoSuchDomain, FleetErrorCodeDomainJoinErrorNotSupported,
		FleetErrorCodeDomainJoinNerrInvalidWorkgroupName, FleetErrorCodeDomainJoinNerrWorkstationNotStarted,
		FleetErrorCodeDomainJoinErrorDsMachineAccountQuotaExceeded,
		FleetErrorCodeDomainJoinNerrPasswordExpired, FleetErrorCodeDomainJoinInternalServiceError,
		FleetErrorCodeValidationError,
	}
}

// FleetState is the lifecycle state of a fleet.
type FleetState string

// Values of FleetState.
const (
	FleetStateStarting FleetState = "STARTING"
	FleetStateRunning  FleetState = "RUNNING"
	FleetStateStopping FleetState = "STOPPING"
	FleetStateStopped  FleetState = "STOPPED"
)

// Values returns the values of FleetState this module knows; others are kept as received.
func (FleetState) Values() []FleetState {
	return []FleetState{FleetStateStarting, FleetStateRunning, FleetStateStopping, FleetStateStopped}
}

// FleetType is how a fleet provides instances: always on, on demand or elastic.
type FleetType string

// Values of FleetType.
const (
	FleetTypeAlwaysOn FleetType = "ALWAYS_ON"
	FleetTypeOnDemand FleetType = "ON_DEMAND"
	FleetTypeElastic  FleetType = "ELASTIC"
)

// Values returns the values of FleetType this module knows; others are kept as received.
func (FleetType) Values() []FleetType {
	return []FleetType{FleetTypeAlwaysOn, FleetTypeOnDemand, FleetTypeElastic}
}

// InstanceDrainStatus tells whether the instance running a session is being
// drained (multi-session fleets).
type InstanceDrainStatus string

// Values of InstanceDrainStatus.
const (
	InstanceDrainStatusActive        InstanceDrainStatus = "ACTIVE"
	InstanceDrainStatusDraining      InstanceDrainStatus = "DRAINING"
	InstanceDrainStatusNotApplicable InstanceDrainStatus = "NOT_APPLICABLE"
)

// Values returns the values of InstanceDrainStatus this module knows; others are kept as received.
func (InstanceDrainStatus) Values() []InstanceDrainStatus {
	return []InstanceDrainStatus{
		InstanceDrainStatusActive, InstanceDrainStatusDraining, InstanceDrainStatusNotApplicable,
	}
}

// PlatformType is the operating system of a fleet's instances (or of an
// image). ELASTIC fleets support WINDOWS_SERVER_2019, AMAZON_LINUX2 and
// UBUNTU_PRO_2404.
type PlatformType string

// Values of PlatformType.
const (
	PlatformTypeWindows           PlatformType = "WINDOWS"
	PlatformTypeWindowsServer2016 PlatformType = "WINDOWS_SERVER_2016"
	PlatformTypeWindowsServer2019 PlatformType = "WINDOWS_SERVER_2019"
	PlatformTypeWindowsServer2022 PlatformType = "WINDOWS_SERVER_2022"
	PlatformTypeWindowsServer2025 PlatformType = "WINDOWS_SERVER_2025"
	PlatformTypeAmazonLinux2      PlatformType = "AMAZON_LINUX2"
	PlatformTypeRhel8             PlatformType = "RHEL8"
	PlatformTypeRockyLinux8       PlatformType = "ROCKY_LINUX8"
	PlatformTypeUbuntuPro2404     PlatformType = "UBUNTU_PRO_2404"
)

// Values returns the values of PlatformType this module knows; others are kept as received.
func (PlatformType) Values() []PlatformType {
	return []PlatformType{
		PlatformTypeWindows, PlatformTypeWindowsServer2016, PlatformTypeWindowsServer2019,
		PlatformTypeWindowsServer2022, PlatformTypeWindowsServer2025, PlatformTypeAmazonLinux2,
		PlatformTypeRhel8, PlatformTypeRockyLinux8, PlatformTypeUbuntuPro2404,
	}
}

// SessionConnectionState tells whether a user is connected to a streaming session.
type SessionConnectionState string

// Values of SessionConnectionState.
const (
	SessionConnectionStateConnected    SessionConnectionState = "CONNECTED"
	SessionConnectionStateNotConnected SessionConnectionState = "NOT_CONNECTED"
)

// Values returns the values of SessionConnectionState this module knows; others are kept as received.
func (SessionConnectionState) Values() []SessionConnectionState {
	return []SessionConnectionState{SessionConnectionStateConnected, SessionConnectionStateNotConnected}
}

// SessionState is the state of a streaming session.
type SessionState string

// Values of SessionState.
const (
	SessionStateActive  SessionState = "ACTIVE"
	SessionStatePending SessionState = "PENDING"
	SessionStateExpired SessionState = "EXPIRED"
)

// Values returns the values of SessionState this module knows; others are kept as received.
func (SessionState) Values() []SessionState {
	return []SessionState{SessionStateActive, SessionStatePending, SessionStateExpired}
}

// StreamView is what users see when they stream: only the windows of the
// applications they open (APP), or the operating system's desktop (DESKTOP).
type StreamView string

// Values of StreamView.
const (
	StreamViewApp     StreamView = "APP"
	StreamViewDesktop StreamView = "DESKTOP"
)

// Values returns the values of StreamView this module knows; others are kept as received.
func (StreamView) Values() []StreamView {
	return []StreamView{StreamViewApp, StreamViewDesktop}
}

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

// Values returns the values of AuthenticationType known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (AuthenticationType) Values() []AuthenticationType {
	return []AuthenticationType{
		"API",
		"SAML",
		"USERPOOL",
		"AWS_AD",
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

// Values returns the values of FleetAttribute known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (FleetAttribute) Values() []FleetAttribute {
	return []FleetAttribute{
		"VPC_CONFIGURATION",
		"VPC_CONFIGURATION_SECURITY_GROUP_IDS",
		"DOMAIN_JOIN_INFO",
		"IAM_ROLE_ARN",
		"USB_DEVICE_FILTER_STRINGS",
		"SESSION_SCRIPT_S3_LOCATION",
		"MAX_SESSIONS_PER_INSTANCE",
		"VOLUME_CONFIGURATION",
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

// Values returns the values of FleetErrorCode known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (FleetErrorCode) Values() []FleetErrorCode {
	return []FleetErrorCode{
		"IAM_SERVICE_ROLE_MISSING_ENI_DESCRIBE_ACTION",
		"IAM_SERVICE_ROLE_MISSING_ENI_CREATE_ACTION",
		"IAM_SERVICE_ROLE_MISSING_ENI_DELETE_ACTION",
		"NETWORK_INTERFACE_LIMIT_EXCEEDED",
		"INTERNAL_SERVICE_ERROR",
		"IAM_SERVICE_ROLE_IS_MISSING",
		"MACHINE_ROLE_IS_MISSING",
		"STS_DISABLED_IN_REGION",
		"SUBNET_HAS_INSUFFICIENT_IP_ADDRESSES",
		"IAM_SERVICE_ROLE_MISSING_DESCRIBE_SUBNET_ACTION",
		"SUBNET_NOT_FOUND",
		"IMAGE_NOT_FOUND",
		"INVALID_SUBNET_CONFIGURATION",
		"SECURITY_GROUPS_NOT_FOUND",
		"IGW_NOT_ATTACHED",
		"IAM_SERVICE_ROLE_MISSING_DESCRIBE_SECURITY_GROUPS_ACTION",
		"FLEET_STOPPED",
		"FLEET_INSTANCE_PROVISIONING_FAILURE",
		"DOMAIN_JOIN_ERROR_FILE_NOT_FOUND",
		"DOMAIN_JOIN_ERROR_ACCESS_DENIED",
		"DOMAIN_JOIN_ERROR_LOGON_FAILURE",
		"DOMAIN_JOIN_ERROR_INVALID_PARAMETER",
		"DOMAIN_JOIN_ERROR_MORE_DATA",
		"DOMAIN_JOIN_ERROR_NO_SUCH_DOMAIN",
		"DOMAIN_JOIN_ERROR_NOT_SUPPORTED",
		"DOMAIN_JOIN_NERR_INVALID_WORKGROUP_NAME",
		"DOMAIN_JOIN_NERR_WORKSTATION_NOT_STARTED",
		"DOMAIN_JOIN_ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED",
		"DOMAIN_JOIN_NERR_PASSWORD_EXPIRED",
		"DOMAIN_JOIN_INTERNAL_SERVICE_ERROR",
		"VALIDATION_ERROR",
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

// Values returns the values of FleetState known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (FleetState) Values() []FleetState {
	return []FleetState{
		"STARTING",
		"RUNNING",
		"STOPPING",
		"STOPPED",
	}
}

// FleetType is how a fleet provides instances: always on, on demand or elastic.
type FleetType string

// Values of FleetType.
const (
	FleetTypeAlwaysOn FleetType = "ALWAYS_ON"
	FleetTypeOnDemand FleetType = "ON_DEMAND"
	FleetTypeElastic  FleetType = "ELASTIC"
)

// Values returns the values of FleetType known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (FleetType) Values() []FleetType {
	return []FleetType{
		"ALWAYS_ON",
		"ON_DEMAND",
		"ELASTIC",
	}
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

// Values returns the values of InstanceDrainStatus known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (InstanceDrainStatus) Values() []InstanceDrainStatus {
	return []InstanceDrainStatus{
		"ACTIVE",
		"DRAINING",
		"NOT_APPLICABLE",
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

// Values returns the values of PlatformType known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (PlatformType) Values() []PlatformType {
	return []PlatformType{
		"WINDOWS",
		"WINDOWS_SERVER_2016",
		"WINDOWS_SERVER_2019",
		"WINDOWS_SERVER_2022",
		"WINDOWS_SERVER_2025",
		"AMAZON_LINUX2",
		"RHEL8",
		"ROCKY_LINUX8",
		"UBUNTU_PRO_2404",
	}
}

// SessionConnectionState tells whether a user is connected to a streaming session.
type SessionConnectionState string

// Values of SessionConnectionState.
const (
	SessionConnectionStateConnected    SessionConnectionState = "CONNECTED"
	SessionConnectionStateNotConnected SessionConnectionState = "NOT_CONNECTED"
)

// Values returns the values of SessionConnectionState known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (SessionConnectionState) Values() []SessionConnectionState {
	return []SessionConnectionState{
		"CONNECTED",
		"NOT_CONNECTED",
	}
}

// SessionState is the state of a streaming session.
type SessionState string

// Values of SessionState.
const (
	SessionStateActive  SessionState = "ACTIVE"
	SessionStatePending SessionState = "PENDING"
	SessionStateExpired SessionState = "EXPIRED"
)

// Values returns the values of SessionState known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (SessionState) Values() []SessionState {
	return []SessionState{
		"ACTIVE",
		"PENDING",
		"EXPIRED",
	}
}

// StreamView is what users see when they stream: only the windows of the
// applications they open (APP), or the operating system's desktop (DESKTOP).
type StreamView string

// Values of StreamView.
const (
	StreamViewApp     StreamView = "APP"
	StreamViewDesktop StreamView = "DESKTOP"
)

// Values returns the values of StreamView known to this version of the module.
// A value received from the service that is not listed here is kept as it came.
func (StreamView) Values() []StreamView {
	return []StreamView{
		"APP",
		"DESKTOP",
	}
}

// Package types holds the structures, enums and errors of the AppStream 2.0 API
// (2016-12-01) that the appstream package's operations send and receive.
//
// Names and Go types are those of github.com/aws/aws-sdk-go-v2/service/appstream/types:
// scalars are pointers (nil means "not set"), lists are slices of values, and
// enums are string types that keep values this module does not know.
//
// The exceptions (ResourceNotFoundException and the other types named
// ...Exception) are smithy.APIError values that errors.As finds. Message is
// the service's explanation, which ErrorMessage returns ("" when nil).
// ErrorCode returns the type's name (also on a nil pointer), or
// ErrorCodeOverride when set. Error returns "Code: message", as the official
// client does, and ErrorFault returns smithy.FaultClient.
package types

import "time"

// ComputeCapacity is the capacity asked for a fleet. Set DesiredInstances for
// single-session fleets, or DesiredSessions for multi-session fleets: one of
// them, not both.
type ComputeCapacity struct {
	// DesiredInstances is the number of streaming instances wanted.
	DesiredInstances *int32

	// DesiredSessions is the number of user sessions wanted. Only
	// multi-session fleets (with MaxSessionsPerInstance) allow it.
	DesiredSessions *int32
}

// ComputeCapacityStatus is the capacity of a fleet as the service reports it.
// Desired, Running, InUse and Available count instances; the members about
// user sessions and drain mode count session slots, and apply only to
// multi-session fleets.
type ComputeCapacityStatus struct {
	// Desired is the number of instances wanted. The service always sends it.
	Desired *int32

	// ActiveUserSessions is the number of session slots in use for streaming
	// (multi-session fleets).
	ActiveUserSessions *int32

	// ActualUserSessions is the number of session slots available for
	// streaming or streaming: AvailableUserSessions plus ActiveUserSessions
	// (multi-session fleets).
	ActualUserSessions *int32

	// Available is the number of instances available for streaming.
	Available *int32

	// AvailableUserSessions is the number of idle session slots available for
	// new sessions: ActualUserSessions less ActiveUserSessions (multi-session
	// fleets).
	AvailableUserSessions *int32

	// DesiredUserSessions is the number of session slots running or pending:
	// the sessions the fleet can hold in a steady state (multi-session
	// fleets).
	DesiredUserSessions *int32

	// DrainModeActiveUserSessions is the number of active sessions on instances
	// in drain mode (multi-session fleets).
	DrainModeActiveUserSessions *int32

	// DrainModeUnusedUserSessions is the number of unused session slots on
	// instances in drain mode, which take no new session (multi-session
	// fleets).
	DrainModeUnusedUserSessions *int32

	// Draining is the number of instances in drain mode (multi-session
	// fleets).
	Draining *int32

	// InUse is the number of instances streaming to a user.
	InUse *int32

	// Running is the total number of running instances.
	Running *int32
}

// DomainJoinInfo names the Active Directory domain a fleet's instances join.
type DomainJoinInfo struct {
	// DirectoryName is the fully qualified name of the directory, such as corp.example.com.
	DirectoryName *string

	// OrganizationalUnitDistinguishedName is the distinguished name of the
	// organizational unit for computer accounts.
	OrganizationalUnitDistinguishedName *string
}

// Fleet describes a fleet of streaming instances.
type Fleet struct {
	// Arn is the fleet's Amazon Resource Name. The service always sends it.
	Arn *string

	// ComputeCapacityStatus is the fleet's capacity. The service always sends it.
	ComputeCapacityStatus *ComputeCapacityStatus

	// InstanceType is the instance type, such as stream.standard.medium. The
	// service always sends it.
	InstanceType *string

	// Name is the fleet's unique name. The service always sends it.
	Name *string

	// State is the fleet's state. The service always sends it.
	State FleetState

	// CreatedTime is when the fleet was created.
	CreatedTime *time.Time

	// Description is the description shown to administrators.
	Description *string

	// DisableIMDSV1 tells whether IMDSv1 is disabled on the fleet's instances.
	DisableIMDSV1 *bool

	// DisconnectTimeoutInSeconds is how long a session stays up after its user
	// disconnects, for them to reconnect to it (60 to 36000).
	DisconnectTimeoutInSeconds *int32

	// DisplayName is the name shown to users.
	DisplayName *string

	// DomainJoinInfo is the Active Directory domain the instances join.
	DomainJoinInfo *DomainJoinInfo

	// EnableDefaultInternetAccess tells whether the instances have internet access.
	EnableDefaultInternetAccess *bool

	// FleetErrors lists the errors that the fleet ran into.
	FleetErrors []FleetError

	// FleetType is ALWAYS_ON, ON_DEMAND or ELASTIC.
	FleetType FleetType

	// IamRoleArn is the IAM role that the instances assume.
	IamRoleArn *string

	// IdleDisconnectTimeoutInSeconds is how long a user may be idle before being
	// disconnected: 0 never disconnects idle users; otherwise 60 to 36000.
	IdleDisconnectTimeoutInSeconds *int32

	// ImageArn is the ARN of the image the instances run.
	ImageArn *string

	// ImageName is the name of the image the instances run.
	ImageName *string

	// MaxConcurrentSessions is the most sessions an ELASTIC fleet runs at once.
	MaxConcurrentSessions *int32

	// MaxSessionsPerInstance is the most sessions on one instance; only
	// multi-session fleets have it.
	MaxSessionsPerInstance *int32

	// MaxUserDurationInSeconds is the longest a session may last (600 to
	// 432000 as CreateFleet's documentation says; the Fleet shape's still
	// says 360000).
	MaxUserDurationInSeconds *int32

	// Platform is the operating system of the instances.
	Platform PlatformType

	// RootVolumeConfig is the size of the instances' root volume (200 to 500
	// GB).
	RootVolumeConfig *VolumeConfig

	// SessionScriptS3Location is the S3 object (a zip file) of the session
	// scripts' configuration, for ELASTIC fleets.
	SessionScriptS3Location *S3Location

	// StreamView is what users see: with APP (the default), only the windows
	// of the applications they open; with DESKTOP, the operating system's
	// desktop.
	StreamView StreamView

	// UsbDeviceFilterStrings lists the USB devices users may redirect.
	UsbDeviceFilterStrings []string

	// VpcConfig is the subnets and security groups of the fleet.
	VpcConfig *VpcConfig
}

// FleetError is an error that a fleet ran into.
type FleetError struct {
	// ErrorCode is the error's code.
	ErrorCode FleetErrorCode

	// ErrorMessage is the error's message.
	ErrorMessage *string
}

// NetworkAccessConfiguration is the network interface of a streaming session.
type NetworkAccessConfiguration struct {
	// EniId is the ID of the elastic network interface.
	EniId *string

	// EniIpv6Addresses lists the interface's IPv6 addresses.
	EniIpv6Addresses []string

	// EniPrivateIpAddress is the interface's private IPv4 address.
	EniPrivateIpAddress *string
}

// S3Location is an object in Amazon S3.
type S3Location struct {
	// S3Bucket is the bucket's name. It is required.
	S3Bucket *string

	// S3Key is the object's key. The service requires it for a fleet's
	// SessionScriptS3Location (and for the icons and scripts of other
	// operations).
	S3Key *string
}

// Session describes a streaming session.
type Session struct {
	// FleetName is the name of the session's fleet. The service always sends it.
	FleetName *string

	// Id is the session's ID. The service always sends it.
	Id *string

	// StackName is the name of the session's stack. The service always sends it.
	StackName *string

	// State is the session's state. The service always sends it.
	State SessionState

	// UserId is the user streaming in the session. The service always sends it.
	UserId *string

	// AuthenticationType is how the user signed in.
	AuthenticationType AuthenticationType

	// ConnectionState tells whether the user is connected.
	ConnectionState SessionConnectionState

	// InstanceDrainStatus tells whether the session's instance is being
	// drained (multi-session fleets).
	InstanceDrainStatus InstanceDrainStatus

	// InstanceId is the ID of the instance hosting the session.
	InstanceId *string

	// MaxExpirationTime is when the session ends at the latest.
	MaxExpirationTime *time.Time

	// NetworkAccessConfiguration is the session's network interface.
	NetworkAccessConfiguration *NetworkAccessConfiguration

	// StartTime is when a streaming instance was dedicated to the user.
	StartTime *time.Time
}

// VolumeConfig is the configuration of the root volume of fleet instances
// and image builders.
type VolumeConfig struct {
	// VolumeSizeInGb is the volume's size in GB: 200 (the default, included
	// in the hourly instance rate) to 500.
	VolumeSizeInGb *int32
}

// VpcConfig is the subnets and security groups of a fleet.
type VpcConfig struct {
	// SecurityGroupIds lists the security groups (at most 5).
	SecurityGroupIds []string

	// SubnetIds lists the subnets that the fleet's network interfaces use:
	// one or more (ELASTIC fleets: two or more, in different Availability
	// Zones).
	SubnetIds []string
}

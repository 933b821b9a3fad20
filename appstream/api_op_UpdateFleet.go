package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// UpdateFleet changes a fleet. What may change depends on the fleet's state:
// when it is STOPPED, any attribute but its name; when it is RUNNING, only
// DisplayName, ComputeCapacity, ImageName, ImageArn,
// IdleDisconnectTimeoutInSeconds and DisconnectTimeoutInSeconds of an
// ALWAYS_ON or ON_DEMAND fleet, and DisplayName,
// IdleDisconnectTimeoutInSeconds, DisconnectTimeoutInSeconds,
// MaxConcurrentSessions, SessionScriptS3Location and UsbDeviceFilterStrings
// of an ELASTIC fleet; while it is STARTING or STOPPING, nothing (the model's
// documentation says "STARTING or STOPPED", contradicting its first rule).
//
// Unlike the official client, which follows the current model, this client
// requires Name: the service cannot act without it.
func (c *Client) UpdateFleet(ctx context.Context, params *UpdateFleetInput, optFns ...func(*Options)) (*UpdateFleetOutput, error) {
	return invoke(ctx, c, opUpdateFleet, orEmpty(params), &UpdateFleetOutput{}, optFns)
}

var opUpdateFleet = &awsjson.Operation{
	Name: "UpdateFleet",
	Error: modeledErrors("ConcurrentModificationException", "IncompatibleImageException",
		"InvalidAccountStatusException", "InvalidParameterCombinationException", "InvalidRoleException",
		"LimitExceededException", "OperationNotPermittedException", "RequestLimitExceededException",
		"ResourceInUseException", "ResourceNotAvailableException", "ResourceNotFoundException"),
}

// UpdateFleetInput is the input of UpdateFleet. Members left nil are not
// changed.
type UpdateFleetInput struct {
	// AttributesToDelete lists the attributes to remove from the fleet, such
	// as VPC_CONFIGURATION_SECURITY_GROUP_IDS.
	AttributesToDelete []types.FleetAttribute

	// ComputeCapacity is the capacity wanted: DesiredInstances, or
	// DesiredSessions for multi-session fleets. ELASTIC fleets do not allow
	// it.
	ComputeCapacity *types.ComputeCapacity

	// DeleteVpcConfig removes the VPC configuration.
	//
	// Deprecated: Use AttributesToDelete with VPC_CONFIGURATION.
	DeleteVpcConfig *bool

	// Description is shown to administrators (at most 256 characters).
	Description *string

	// DisableIMDSV1 disables IMDSv1 on the instances.
	DisableIMDSV1 *bool

	// DisconnectTimeoutInSeconds is how long a session stays up after its user
	// disconnects, for them to reconnect to it (60 to 36000).
	DisconnectTimeoutInSeconds *int32

	// DisplayName is shown to users (at most 100 characters).
	DisplayName *string

	// DomainJoinInfo is the Active Directory domain the instances join. ELASTIC
	// fleets do not allow it.
	DomainJoinInfo *types.DomainJoinInfo

	// EnableDefaultInternetAccess gives the instances internet access.
	EnableDefaultInternetAccess *bool

	// IamRoleArn is the IAM role the instances assume.
	IamRoleArn *string

	// IdleDisconnectTimeoutInSeconds is how long a user may be idle before
	// being disconnected: 0 (the default) never disconnects idle users;
	// otherwise 60 to 36000, rounded to the nearest minute.
	IdleDisconnectTimeoutInSeconds *int32

	// ImageArn is the ARN of the image to run.
	ImageArn *string

	// ImageName is the name of the image to run.
	ImageName *string

	// InstanceType is the instance type, such as stream.standard.medium.
	InstanceType *string

	// MaxConcurrentSessions is the most sessions an ELASTIC fleet runs at
	// once. ELASTIC fleets require it; other fleet types do not allow it.
	MaxConcurrentSessions *int32

	// MaxSessionsPerInstance is the most sessions on one instance. Setting it
	// makes a multi-session fleet, whose capacity is
	// ComputeCapacity.DesiredSessions.
	MaxSessionsPerInstance *int32

	// MaxUserDurationInSeconds is the longest a session may last (600 to 432000).
	MaxUserDurationInSeconds *int32

	// Name is the name of the fleet to update. This client requires it.
	Name *string

	// Platform is the operating system of the fleet's instances. ELASTIC
	// fleets support WINDOWS_SERVER_2019, AMAZON_LINUX2 and UBUNTU_PRO_2404.
	Platform types.PlatformType

	// RootVolumeConfig sets the size of the instances' root volume: 200 to
	// 500 GB, and not below the image's volume size.
	RootVolumeConfig *types.VolumeConfig

	// SessionScriptS3Location is the S3 object (a zip file) of the session
	// scripts' configuration, for ELASTIC fleets. Its S3Bucket is required
	// (checked before sending), and so is its S3Key, by the service.
	SessionScriptS3Location *types.S3Location

	// StreamView is what users see: with APP (the default), only the windows
	// of the applications they open; with DESKTOP, the operating system's
	// desktop.
	StreamView types.StreamView

	// UsbDeviceFilterStrings lists the USB devices users may redirect.
	UsbDeviceFilterStrings []string

	// VpcConfig is the subnets and security groups of the fleet. ELASTIC
	// fleets require one, with at least two subnets in different Availability
	// Zones.
	VpcConfig *types.VpcConfig
}

// UpdateFleetOutput is the output of UpdateFleet.
type UpdateFleetOutput struct {
	// Fleet is the fleet as updated.
	Fleet *types.Fleet

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (out *UpdateFleetOutput) decode(d *wire.Decoder)         { out.Fleet = wire.DecodeFleetResult(d) }
func (out *UpdateFleetOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (in *UpdateFleetInput) validate() error {
	v := newValidation("UpdateFleetInput")
	v.require("Name", in.Name != nil)
	v.s3Location("SessionScriptS3Location", in.SessionScriptS3Location)
	return v.err()
}

func (in *UpdateFleetInput) encode(e *wire.Encoder) {
	wire.Strings(e, "AttributesToDelete", in.AttributesToDelete)
	wire.Object(e, "ComputeCapacity", in.ComputeCapacity, wire.EncodeComputeCapacity)
	e.Bool("DeleteVpcConfig", in.DeleteVpcConfig)
	e.String("Description", in.Description)
	e.Bool("DisableIMDSV1", in.DisableIMDSV1)
	e.Int32("DisconnectTimeoutInSeconds", in.DisconnectTimeoutInSeconds)
	e.String("DisplayName", in.DisplayName)
	wire.Object(e, "DomainJoinInfo", in.DomainJoinInfo, wire.EncodeDomainJoinInfo)
	e.Bool("EnableDefaultInternetAccess", in.EnableDefaultInternetAccess)
	e.String("IamRoleArn", in.IamRoleArn)
	e.Int32("IdleDisconnectTimeoutInSeconds", in.IdleDisconnectTimeoutInSeconds)
	e.String("ImageArn", in.ImageArn)
	e.String("ImageName", in.ImageName)
	e.String("InstanceType", in.InstanceType)
	e.Int32("MaxConcurrentSessions", in.MaxConcurrentSessions)
	e.Int32("MaxSessionsPerInstance", in.MaxSessionsPerInstance)
	e.Int32("MaxUserDurationInSeconds", in.MaxUserDurationInSeconds)
	e.String("Name", in.Name)
	wire.Enum(e, "Platform", in.Platform)
	wire.Object(e, "RootVolumeConfig", in.RootVolumeConfig, wire.EncodeVolumeConfig)
	wire.Object(e, "SessionScriptS3Location", in.SessionScriptS3Location, wire.EncodeS3Location)
	wire.Enum(e, "StreamView", in.StreamView)
	wire.Strings(e, "UsbDeviceFilterStrings", in.UsbDeviceFilterStrings)
	wire.Object(e, "VpcConfig", in.VpcConfig, wire.EncodeVpcConfig)
}

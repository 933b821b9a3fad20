package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// CreateFleet creates a fleet of streaming instances. The fleet starts in the
// STOPPED state; start it with StartFleet.
func (c *Client) CreateFleet(ctx context.Context, params *CreateFleetInput, optFns ...func(*Options)) (*CreateFleetOutput, error) {
	return invoke(ctx, c, opCreateFleet, orEmpty(params), &CreateFleetOutput{}, optFns)
}

var opCreateFleet = &awsjson.Operation{
	Name: "CreateFleet",
	Error: modeledErrors("ConcurrentModificationException", "IncompatibleImageException",
		"InvalidAccountStatusException", "InvalidParameterCombinationException", "InvalidRoleException",
		"LimitExceededException", "OperationNotPermittedException", "RequestLimitExceededException",
		"ResourceAlreadyExistsException", "ResourceNotAvailableException", "ResourceNotFoundException"),
}

// CreateFleetInput is the input of CreateFleet.
type CreateFleetInput struct {
	// InstanceType is the instance type, such as stream.standard.medium. It is
	// required.
	InstanceType *string

	// Name is the fleet's unique name. It is required.
	Name *string

	// ComputeCapacity is the capacity wanted: DesiredInstances, or
	// DesiredSessions for multi-session fleets. ALWAYS_ON and ON_DEMAND fleets
	// require it; ELASTIC fleets do not allow it (set MaxConcurrentSessions).
	ComputeCapacity *types.ComputeCapacity

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

	// FleetType is ALWAYS_ON, ON_DEMAND (the default) or ELASTIC.
	FleetType types.FleetType

	// IamRoleArn is the IAM role the instances assume.
	IamRoleArn *string

	// IdleDisconnectTimeoutInSeconds is how long a user may be idle before
	// being disconnected: 0 (the default) never disconnects idle users;
	// otherwise 60 to 36000, rounded to the nearest minute.
	IdleDisconnectTimeoutInSeconds *int32

	// ImageArn is the ARN of the image to run. Set it or ImageName.
	ImageArn *string

	// ImageName is the name of the image to run. Set it or ImageArn.
	ImageName *string

	// MaxConcurrentSessions is the most sessions an ELASTIC fleet runs at
	// once. ELASTIC fleets require it; other fleet types do not allow it.
	MaxConcurrentSessions *int32

	// MaxSessionsPerInstance is the most sessions on one instance. Setting it
	// makes a multi-session fleet, whose capacity is
	// ComputeCapacity.DesiredSessions.
	MaxSessionsPerInstance *int32

	// MaxUserDurationInSeconds is the longest a session may last (600 to 432000).
	MaxUserDurationInSeconds *int32

	// Platform is the operating system of the fleet's instances. ELASTIC
	// fleets support WINDOWS_SERVER_2019, AMAZON_LINUX2 and UBUNTU_PRO_2404.
	Platform types.PlatformType

	// RootVolumeConfig sets the size of the instances' root volume: 200 to
	// 500 GB (200 by default; more costs extra).
	RootVolumeConfig *types.VolumeConfig

	// SessionScriptS3Location is the S3 object (a zip file) of the session
	// scripts' configuration, for ELASTIC fleets. Its S3Bucket is required
	// (checked before sending), and so is its S3Key, by the service.
	SessionScriptS3Location *types.S3Location

	// StreamView is what users see: with APP (the default), only the windows
	// of the applications they open; with DESKTOP, the operating system's
	// desktop.
	StreamView types.StreamView

	// Tags are the fleet's tags (at most 50).
	Tags map[string]string

	// UsbDeviceFilterStrings lists the USB devices users may redirect.
	UsbDeviceFilterStrings []string

	// VpcConfig is the subnets and security groups of the fleet. ELASTIC
	// fleets require one, with at least two subnets in different Availability
	// Zones.
	VpcConfig *types.VpcConfig
}

// CreateFleetOutput is the output of CreateFleet.
type CreateFleetOutput struct {
	// Fleet is the fleet created.
	Fleet *types.Fleet

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (out *CreateFleetOutput) decode(d *wire.Decoder)         { out.Fleet = wire.DecodeFleetResult(d) }
func (out *CreateFleetOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

func (in *CreateFleetInput) validate() error {
	v := newValidation("CreateFleetInput")
	v.require("Name", in.Name != nil)
	v.require("InstanceType", in.InstanceType != nil)
	v.s3Location("SessionScriptS3Location", in.SessionScriptS3Location)
	return v.err()
}

func (in *CreateFleetInput) encode(e *wire.Encoder) {
	wire.Object(e, "ComputeCapacity", in.ComputeCapacity, wire.EncodeComputeCapacity)
	e.String("Description", in.Description)
	e.Bool("DisableIMDSV1", in.DisableIMDSV1)
	e.Int32("DisconnectTimeoutInSeconds", in.DisconnectTimeoutInSeconds)
	e.String("DisplayName", in.DisplayName)
	wire.Object(e, "DomainJoinInfo", in.DomainJoinInfo, wire.EncodeDomainJoinInfo)
	e.Bool("EnableDefaultInternetAccess", in.EnableDefaultInternetAccess)
	wire.Enum(e, "FleetType", in.FleetType)
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
	e.StringMap("Tags", in.Tags)
	wire.Strings(e, "UsbDeviceFilterStrings", in.UsbDeviceFilterStrings)
	wire.Object(e, "VpcConfig", in.VpcConfig, wire.EncodeVpcConfig)
}

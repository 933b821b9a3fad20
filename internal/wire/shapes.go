package wire

import "github.com/appstreamkit/appstream-go/types"

// Encoders of the structures that inputs carry. Members are written in
// alphabetical order, as the official client writes them.

// EncodeComputeCapacity writes the members of a ComputeCapacity.
func EncodeComputeCapacity(e *Encoder, v *types.ComputeCapacity) {
	e.Int32("DesiredInstances", v.DesiredInstances)
	e.Int32("DesiredSessions", v.DesiredSessions)
}

// EncodeDomainJoinInfo writes the members of a DomainJoinInfo.
func EncodeDomainJoinInfo(e *Encoder, v *types.DomainJoinInfo) {
	e.String("DirectoryName", v.DirectoryName)
	e.String("OrganizationalUnitDistinguishedName", v.OrganizationalUnitDistinguishedName)
}

// EncodeS3Location writes the members of an S3Location.
func EncodeS3Location(e *Encoder, v *types.S3Location) {
	e.String("S3Bucket", v.S3Bucket)
	e.String("S3Key", v.S3Key)
}

// EncodeVolumeConfig writes the members of a VolumeConfig.
func EncodeVolumeConfig(e *Encoder, v *types.VolumeConfig) {
	e.Int32("VolumeSizeInGb", v.VolumeSizeInGb)
}

// EncodeVpcConfig writes the members of a VpcConfig.
func EncodeVpcConfig(e *Encoder, v *types.VpcConfig) {
	Strings(e, "SecurityGroupIds", v.SecurityGroupIds)
	Strings(e, "SubnetIds", v.SubnetIds)
}

// Decoders of the structures that outputs carry. Unknown members are skipped,
// so that a newer service does not break an older client.

// DecodeFleetResult reads the members of a result whose one member is Fleet.
func DecodeFleetResult(d *Decoder) *types.Fleet {
	var fleet *types.Fleet
	for d.More() {
		if d.Key() == "Fleet" {
			fleet = DecodeFleet(d)
		} else {
			d.Skip()
		}
	}
	return fleet
}

// DecodePage reads the members of a page of a list operation's output: the
// items in member name, read with decodeItems, and NextToken.
func DecodePage[T any](d *Decoder, name string, decodeItems func(*Decoder) []T, items *[]T, next **string) {
	for d.More() {
		switch d.Key() {
		case name:
			*items = decodeItems(d)
		case "NextToken":
			*next = d.StringPtr()
		default:
			d.Skip()
		}
	}
}

// SkipMembers reads the members of a result that has none to keep.
func SkipMembers(d *Decoder) {
	for d.More() {
		d.Skip()
	}
}

// DecodeFleet reads a Fleet object, or a null as nil.
func DecodeFleet(d *Decoder) *types.Fleet { return object(d, decodeFleet) }

// DecodeFleets reads an array of Fleet objects.
func DecodeFleets(d *Decoder) []types.Fleet { return list(d, decodeFleet) }

// DecodeSessions reads an array of Session objects.
func DecodeSessions(d *Decoder) []types.Session { return list(d, decodeSession) }

func decodeFleet(d *Decoder, v *types.Fleet) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "Arn":
			v.Arn = d.StringPtr()
		case "ComputeCapacityStatus":
			v.ComputeCapacityStatus = object(d, decodeComputeCapacityStatus)
		case "CreatedTime":
			v.CreatedTime = d.TimePtr()
		case "Description":
			v.Description = d.StringPtr()
		case "DisableIMDSV1":
			v.DisableIMDSV1 = d.BoolPtr()
		case "DisconnectTimeoutInSeconds":
			v.DisconnectTimeoutInSeconds = d.Int32Ptr()
		case "DisplayName":
			v.DisplayName = d.StringPtr()
		case "DomainJoinInfo":
			v.DomainJoinInfo = object(d, decodeDomainJoinInfo)
		case "EnableDefaultInternetAccess":
			v.EnableDefaultInternetAccess = d.BoolPtr()
		case "FleetErrors":
			v.FleetErrors = list(d, decodeFleetError)
		case "FleetType":
			v.FleetType = types.FleetType(d.Str())
		case "IamRoleArn":
			v.IamRoleArn = d.StringPtr()
		case "IdleDisconnectTimeoutInSeconds":
			v.IdleDisconnectTimeoutInSeconds = d.Int32Ptr()
		case "ImageArn":
			v.ImageArn = d.StringPtr()
		case "ImageName":
			v.ImageName = d.StringPtr()
		case "InstanceType":
			v.InstanceType = d.StringPtr()
		case "MaxConcurrentSessions":
			v.MaxConcurrentSessions = d.Int32Ptr()
		case "MaxSessionsPerInstance":
			v.MaxSessionsPerInstance = d.Int32Ptr()
		case "MaxUserDurationInSeconds":
			v.MaxUserDurationInSeconds = d.Int32Ptr()
		case "Name":
			v.Name = d.StringPtr()
		case "Platform":
			v.Platform = types.PlatformType(d.Str())
		case "RootVolumeConfig":
			v.RootVolumeConfig = object(d, decodeVolumeConfig)
		case "SessionScriptS3Location":
			v.SessionScriptS3Location = object(d, decodeS3Location)
		case "State":
			v.State = types.FleetState(d.Str())
		case "StreamView":
			v.StreamView = types.StreamView(d.Str())
		case "UsbDeviceFilterStrings":
			v.UsbDeviceFilterStrings = StringList[string](d)
		case "VpcConfig":
			v.VpcConfig = object(d, decodeVpcConfig)
		default:
			d.Skip()
		}
	}
	return true
}

func decodeComputeCapacityStatus(d *Decoder, v *types.ComputeCapacityStatus) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "ActiveUserSessions":
			v.ActiveUserSessions = d.Int32Ptr()
		case "ActualUserSessions":
			v.ActualUserSessions = d.Int32Ptr()
		case "Available":
			v.Available = d.Int32Ptr()
		case "AvailableUserSessions":
			v.AvailableUserSessions = d.Int32Ptr()
		case "Desired":
			v.Desired = d.Int32Ptr()
		case "DesiredUserSessions":
			v.DesiredUserSessions = d.Int32Ptr()
		case "DrainModeActiveUserSessions":
			v.DrainModeActiveUserSessions = d.Int32Ptr()
		case "DrainModeUnusedUserSessions":
			v.DrainModeUnusedUserSessions = d.Int32Ptr()
		case "Draining":
			v.Draining = d.Int32Ptr()
		case "InUse":
			v.InUse = d.Int32Ptr()
		case "Running":
			v.Running = d.Int32Ptr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeDomainJoinInfo(d *Decoder, v *types.DomainJoinInfo) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "DirectoryName":
			v.DirectoryName = d.StringPtr()
		case "OrganizationalUnitDistinguishedName":
			v.OrganizationalUnitDistinguishedName = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeFleetError(d *Decoder, v *types.FleetError) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "ErrorCode":
			v.ErrorCode = types.FleetErrorCode(d.Str())
		case "ErrorMessage":
			v.ErrorMessage = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeNetworkAccessConfiguration(d *Decoder, v *types.NetworkAccessConfiguration) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "EniId":
			v.EniId = d.StringPtr()
		case "EniIpv6Addresses":
			v.EniIpv6Addresses = StringList[string](d)
		case "EniPrivateIpAddress":
			v.EniPrivateIpAddress = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeS3Location(d *Decoder, v *types.S3Location) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "S3Bucket":
			v.S3Bucket = d.StringPtr()
		case "S3Key":
			v.S3Key = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeSession(d *Decoder, v *types.Session) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "AuthenticationType":
			v.AuthenticationType = types.AuthenticationType(d.Str())
		case "ConnectionState":
			v.ConnectionState = types.SessionConnectionState(d.Str())
		case "FleetName":
			v.FleetName = d.StringPtr()
		case "Id":
			v.Id = d.StringPtr()
		case "InstanceDrainStatus":
			v.InstanceDrainStatus = types.InstanceDrainStatus(d.Str())
		case "InstanceId":
			v.InstanceId = d.StringPtr()
		case "MaxExpirationTime":
			v.MaxExpirationTime = d.TimePtr()
		case "NetworkAccessConfiguration":
			v.NetworkAccessConfiguration = object(d, decodeNetworkAccessConfiguration)
		case "StackName":
			v.StackName = d.StringPtr()
		case "StartTime":
			v.StartTime = d.TimePtr()
		case "State":
			v.State = types.SessionState(d.Str())
		case "UserId":
			v.UserId = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeVolumeConfig(d *Decoder, v *types.VolumeConfig) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "VolumeSizeInGb":
			v.VolumeSizeInGb = d.Int32Ptr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeVpcConfig(d *Decoder, v *types.VpcConfig) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "SecurityGroupIds":
			v.SecurityGroupIds = StringList[string](d)
		case "SubnetIds":
			v.SubnetIds = StringList[string](d)
		default:
			d.Skip()
		}
	}
	return true
}

package wire

import "github.com/appstreamkit/appstream-go/types"

// The decoders of images.

// DecodeImages reads an array of Image objects.
func DecodeImages(d *Decoder) []types.Image { return list(d, decodeImage) }

func decodeImage(d *Decoder, v *types.Image) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "Applications":
			v.Applications = list(d, decodeApplication)
		case "AppstreamAgentVersion":
			v.AppstreamAgentVersion = d.StringPtr()
		case "Arn":
			v.Arn = d.StringPtr()
		case "BaseImageArn":
			v.BaseImageArn = d.StringPtr()
		case "CreatedTime":
			v.CreatedTime = d.TimePtr()
		case "Description":
			v.Description = d.StringPtr()
		case "DisplayName":
			v.DisplayName = d.StringPtr()
		case "DynamicAppProvidersEnabled":
			v.DynamicAppProvidersEnabled = types.DynamicAppProvidersEnabled(d.Str())
		case "ImageBuilderName":
			v.ImageBuilderName = d.StringPtr()
		case "ImageBuilderSupported":
			v.ImageBuilderSupported = d.BoolPtr()
		case "ImageErrors":
			v.ImageErrors = list(d, decodeResourceError)
		case "ImagePermissions":
			v.ImagePermissions = object(d, decodeImagePermissions)
		case "ImageSharedWithOthers":
			v.ImageSharedWithOthers = types.ImageSharedWithOthers(d.Str())
		case "ImageType":
			v.ImageType = types.ImageType(d.Str())
		case "LatestAppstreamAgentVersion":
			v.LatestAppstreamAgentVersion = types.LatestAppstreamAgentVersion(d.Str())
		case "ManagedSoftwareIncluded":
			v.ManagedSoftwareIncluded = d.BoolPtr()
		case "Name":
			v.Name = d.StringPtr()
		case "Platform":
			v.Platform = types.PlatformType(d.Str())
		case "PublicBaseImageReleasedDate":
			v.PublicBaseImageReleasedDate = d.TimePtr()
		case "State":
			v.State = types.ImageState(d.Str())
		case "StateChangeReason":
			v.StateChangeReason = object(d, decodeImageStateChangeReason)
		case "SupportedInstanceFamilies":
			v.SupportedInstanceFamilies = StringList[string](d)
		case "Visibility":
			v.Visibility = types.VisibilityType(d.Str())
		default:
			d.Skip()
		}
	}
	return true
}

func decodeApplication(d *Decoder, v *types.Application) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "AppBlockArn":
			v.AppBlockArn = d.StringPtr()
		case "Arn":
			v.Arn = d.StringPtr()
		case "CreatedTime":
			v.CreatedTime = d.TimePtr()
		case "Description":
			v.Description = d.StringPtr()
		case "DisplayName":
			v.DisplayName = d.StringPtr()
		case "Enabled":
			v.Enabled = d.BoolPtr()
		case "IconS3Location":
			v.IconS3Location = object(d, decodeS3Location)
		case "IconURL":
			v.IconURL = d.StringPtr()
		case "InstanceFamilies":
			v.InstanceFamilies = StringList[string](d)
		case "LaunchParameters":
			v.LaunchParameters = d.StringPtr()
		case "LaunchPath":
			v.LaunchPath = d.StringPtr()
		case "Metadata":
			v.Metadata = StringMap[string](d)
		case "Name":
			v.Name = d.StringPtr()
		case "Platforms":
			v.Platforms = StringList[types.PlatformType](d)
		case "WorkingDirectory":
			v.WorkingDirectory = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

// decodeImagePermissions reads ImagePermissions, whose members travel in
// lower camel case.
func decodeImagePermissions(d *Decoder, v *types.ImagePermissions) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "allowFleet":
			v.AllowFleet = d.BoolPtr()
		case "allowImageBuilder":
			v.AllowImageBuilder = d.BoolPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeImageStateChangeReason(d *Decoder, v *types.ImageStateChangeReason) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "Code":
			v.Code = types.ImageStateChangeReasonCode(d.Str())
		case "Message":
			v.Message = d.StringPtr()
		default:
			d.Skip()
		}
	}
	return true
}

func decodeResourceError(d *Decoder, v *types.ResourceError) bool {
	if !d.Object() {
		return false
	}
	for d.More() {
		switch d.Key() {
		case "ErrorCode":
			v.ErrorCode = types.FleetErrorCode(d.Str())
		case "ErrorMessage":
			v.ErrorMessage = d.StringPtr()
		case "ErrorTimestamp":
			v.ErrorTimestamp = d.TimePtr()
		default:
			d.Skip()
		}
	}
	return true
}

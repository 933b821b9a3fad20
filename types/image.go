package types

import "time"

// The structures and enums of images, as DescribeImages returns them.

// Application is an application in an image's application catalog.
type Application struct {
	// AppBlockArn is the ARN of the application's app block.
	AppBlockArn *string

	// Arn is the application's ARN.
	Arn *string

	// CreatedTime is when the application was created in the app block.
	CreatedTime *time.Time

	// Description is the application's description.
	Description *string

	// DisplayName is the name shown to users.
	DisplayName *string

	// Enabled tells whether the application can be launched; a faulty one can
	// be disabled after the image is created.
	Enabled *bool

	// IconS3Location is where the application's icon is stored.
	IconS3Location *S3Location

	// IconURL is the URL of the application's icon; it may expire.
	IconURL *string

	// InstanceFamilies lists the instance families the application runs on.
	InstanceFamilies []string

	// LaunchParameters are the arguments passed to the application at launch.
	LaunchParameters *string

	// LaunchPath is the path of the application's executable.
	LaunchPath *string

	// Metadata holds attributes that describe the application.
	Metadata map[string]string

	// Name is the application's name.
	Name *string

	// Platforms lists the platforms the application runs on.
	Platforms []PlatformType

	// WorkingDirectory is the application's working directory.
	WorkingDirectory *string
}

// Image describes an image that fleets and image builders run.
type Image struct {
	// Name is the image's name. The service always sends it.
	Name *string

	// Applications lists the applications in the image.
	Applications []Application

	// AppstreamAgentVersion is the version of the AppStream agent that
	// instances launched from the image use.
	AppstreamAgentVersion *string

	// Arn is the image's ARN.
	Arn *string

	// BaseImageArn is the ARN of the image this one was created from.
	BaseImageArn *string

	// CreatedTime is when the image was created.
	CreatedTime *time.Time

	// Description is the description shown to administrators.
	Description *string

	// DisplayName is the name shown to users.
	DisplayName *string

	// DynamicAppProvidersEnabled tells whether dynamic app providers are enabled.
	DynamicAppProvidersEnabled DynamicAppProvidersEnabled

	// ImageBuilderName is the image builder that created a private image (nil
	// for images shared, copied or updated by managed image updates).
	ImageBuilderName *string

	// ImageBuilderSupported tells whether an image builder can be launched
	// from the image.
	ImageBuilderSupported *bool

	// ImageErrors lists the errors met while creating the image.
	ImageErrors []ResourceError

	// ImagePermissions are the permissions given to accounts the image is
	// shared with.
	ImagePermissions *ImagePermissions

	// ImageSharedWithOthers tells whether the image is shared with another account.
	ImageSharedWithOthers ImageSharedWithOthers

	// ImageType is NATIVE (provided by AppStream), CUSTOM (imported AMI) or BYOL.
	ImageType ImageType

	// LatestAppstreamAgentVersion tells whether the image runs the latest
	// AppStream agent.
	LatestAppstreamAgentVersion LatestAppstreamAgentVersion

	// ManagedSoftwareIncluded tells whether the image includes license-included
	// applications.
	ManagedSoftwareIncluded *bool

	// Platform is the image's operating system.
	Platform PlatformType

	// PublicBaseImageReleasedDate is when the public base image (of a private
	// image: the one it was made from) was released.
	PublicBaseImageReleasedDate *time.Time

	// State is PENDING, then AVAILABLE or FAILED once creation ends.
	State ImageState

	// StateChangeReason says why the last state change happened.
	StateChangeReason *ImageStateChangeReason

	// SupportedInstanceFamilies lists the instance families that fleets and
	// image builders may launch the image on.
	SupportedInstanceFamilies []string

	// Visibility tells whether the image is public, private or shared.
	Visibility VisibilityType
}

// ImagePermissions are the permissions given to an account an image is
// shared with. They travel as allowFleet and allowImageBuilder.
type ImagePermissions struct {
	// AllowFleet tells whether the image can be used for a fleet.
	AllowFleet *bool

	// AllowImageBuilder tells whether the image can be used for an image builder.
	AllowImageBuilder *bool
}

// ImageStateChangeReason says why an image's state last changed.
type ImageStateChangeReason struct {
	// Code is the reason's code.
	Code ImageStateChangeReasonCode

	// Message is the reason's message.
	Message *string
}

// ResourceError is an error met while creating a resource, such as an image.
type ResourceError struct {
	// ErrorCode is the error's code.
	ErrorCode FleetErrorCode

	// ErrorMessage is the error's message.
	ErrorMessage *string

	// ErrorTimestamp is when the error happened.
	ErrorTimestamp *time.Time
}

// DynamicAppProvidersEnabled tells whether dynamic app providers are enabled in an image.
type DynamicAppProvidersEnabled string

// Values of DynamicAppProvidersEnabled.
const (
	DynamicAppProvidersEnabledEnabled  DynamicAppProvidersEnabled = "ENABLED"
	DynamicAppProvidersEnabledDisabled DynamicAppProvidersEnabled = "DISABLED"
)

// Values returns the values of DynamicAppProvidersEnabled this module knows; others are kept as received.
func (DynamicAppProvidersEnabled) Values() []DynamicAppProvidersEnabled {
	return []DynamicAppProvidersEnabled{DynamicAppProvidersEnabledEnabled, DynamicAppProvidersEnabledDisabled}
}

// ImageSharedWithOthers tells whether an image is shared with another account.
type ImageSharedWithOthers string

// Values of ImageSharedWithOthers.
const (
	ImageSharedWithOthersTrue  ImageSharedWithOthers = "TRUE"
	ImageSharedWithOthersFalse ImageSharedWithOthers = "FALSE"
)

// Values returns the values of ImageSharedWithOthers this module knows; others are kept as received.
func (ImageSharedWithOthers) Values() []ImageSharedWithOthers {
	return []ImageSharedWithOthers{ImageSharedWithOthersTrue, ImageSharedWithOthersFalse}
}

// ImageState is the state of an image.
type ImageState string

// Values of ImageState.
const (
	ImageStatePending    ImageState = "PENDING"
	ImageStateAvailable  ImageState = "AVAILABLE"
	ImageStateFailed     ImageState = "FAILED"
	ImageStateCopying    ImageState = "COPYING"
	ImageStateDeleting   ImageState = "DELETING"
	ImageStateCreating   ImageState = "CREATING"
	ImageStateImporting  ImageState = "IMPORTING"
	ImageStateValidating ImageState = "VALIDATING"
)

// Values returns the values of ImageState this module knows; others are kept as received.
func (ImageState) Values() []ImageState {
	return []ImageState{
		ImageStatePending, ImageStateAvailable, ImageStateFailed, ImageStateCopying, ImageStateDeleting,
		ImageStateCreating, ImageStateImporting, ImageStateValidating,
	}
}

// ImageStateChangeReasonCode is the code of an ImageStateChangeReason.
type ImageStateChangeReasonCode string

// Values of ImageStateChangeReasonCode.
const (
	ImageStateChangeReasonCodeInternalError            ImageStateChangeReasonCode = "INTERNAL_ERROR"
	ImageStateChangeReasonCodeImageBuilderNotAvailable ImageStateChangeReasonCode = "IMAGE_BUILDER_NOT_AVAILABLE"
	ImageStateChangeReasonCodeImageCopyFailure         ImageStateChangeReasonCode = "IMAGE_COPY_FAILURE"
	ImageStateChangeReasonCodeImageUpdateFailure       ImageStateChangeReasonCode = "IMAGE_UPDATE_FAILURE"
	ImageStateChangeReasonCodeImageImportFailure       ImageStateChangeReasonCode = "IMAGE_IMPORT_FAILURE"
)

// Values returns the values of ImageStateChangeReasonCode this module knows; others are kept as received.
func (ImageStateChangeReasonCode) Values() []ImageStateChangeReasonCode {
	return []ImageStateChangeReasonCode{
		ImageStateChangeReasonCodeInternalError, ImageStateChangeReasonCodeImageBuilderNotAvailable,
		ImageStateChangeReasonCodeImageCopyFailure, ImageStateChangeReasonCodeImageUpdateFailure,
		ImageStateChangeReasonCodeImageImportFailure,
	}
}

// ImageType tells how an image was made: by AppStream (NATIVE), from an imported AMI (CUSTOM) or with your own license (BYOL).
type ImageType string

// Values of ImageType.
const (
	ImageTypeCustom ImageType = "CUSTOM"
	ImageTypeNative ImageType = "NATIVE"
	ImageTypeByol   ImageType = "BYOL"
)

// Values returns the values of ImageType this module knows; others are kept as received.
func (ImageType) Values() []ImageType {
	return []ImageType{ImageTypeCustom, ImageTypeNative, ImageTypeByol}
}

// LatestAppstreamAgentVersion tells whether an image runs the latest AppStream agent.
type LatestAppstreamAgentVersion string

// Values of LatestAppstreamAgentVersion.
const (
	LatestAppstreamAgentVersionTrue  LatestAppstreamAgentVersion = "TRUE"
	LatestAppstreamAgentVersionFalse LatestAppstreamAgentVersion = "FALSE"
)

// Values returns the values of LatestAppstreamAgentVersion this module knows; others are kept as received.
func (LatestAppstreamAgentVersion) Values() []LatestAppstreamAgentVersion {
	return []LatestAppstreamAgentVersion{LatestAppstreamAgentVersionTrue, LatestAppstreamAgentVersionFalse}
}

// VisibilityType tells whether an image is public, private or shared with the account.
type VisibilityType string

// Values of VisibilityType.
const (
	VisibilityTypePublic  VisibilityType = "PUBLIC"
	VisibilityTypePrivate VisibilityType = "PRIVATE"
	VisibilityTypeShared  VisibilityType = "SHARED"
)

// Values returns the values of VisibilityType this module knows; others are kept as received.
func (VisibilityType) Values() []VisibilityType {
	return []VisibilityType{VisibilityTypePublic, VisibilityTypePrivate, VisibilityTypeShared}
}

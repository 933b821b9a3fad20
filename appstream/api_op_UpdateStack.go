package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// UpdateStack changes the members set in the input, and deletes the
// attributes listed in AttributesToDelete.
func (c *Client) UpdateStack(ctx context.Context, params *UpdateStackInput, optFns ...func(*Options)) (*UpdateStackOutput, error) {
	return invoke(ctx, c, opUpdateStack, orEmpty(params), &UpdateStackOutput{}, optFns)
}

var opUpdateStack = &awsjson.Operation{
	Name: "UpdateStack",
	Error: modeledErrors("ConcurrentModificationException", "IncompatibleImageException",
		"InvalidAccountStatusException", "InvalidParameterCombinationException", "InvalidRoleException",
		"LimitExceededException", "OperationNotPermittedException", "ResourceInUseException",
		"ResourceNotFoundException"),
}

// UpdateStackInput is the input of UpdateStack. Members left nil are not
// changed.
type UpdateStackInput struct {
	// Name is the name of the stack to update. It is required.
	Name *string

	// AccessEndpoints lists the interface VPC endpoints users must connect
	// through (1 to 4).
	AccessEndpoints []types.AccessEndpoint

	// AgentAccessConfig changes the members set of the agent access
	// configuration.
	AgentAccessConfig *types.AgentAccessConfigForUpdate

	// ApplicationSettings turn persistent application settings on or off.
	ApplicationSettings *types.ApplicationSettings

	// AttributesToDelete lists the attributes to delete.
	AttributesToDelete []types.StackAttribute

	// ContentRedirection configures URL redirection to the user's browser.
	ContentRedirection *types.ContentRedirection

	// DeleteStorageConnectors deletes the stack's storage connectors.
	//
	// Deprecated: Use AttributesToDelete with STORAGE_CONNECTORS.
	DeleteStorageConnectors *bool

	// Description is shown to administrators (at most 256 characters).
	Description *string

	// DisplayName is shown to users (at most 100 characters).
	DisplayName *string

	// EmbedHostDomains lists the domains where sessions may be embedded in an
	// iframe (1 to 20).
	EmbedHostDomains []string

	// FeedbackURL is where the Send Feedback link leads.
	FeedbackURL *string

	// RedirectURL is where users go after their session ends.
	RedirectURL *string

	// StorageConnectors lists the persistent storage to enable.
	StorageConnectors []types.StorageConnector

	// StreamingExperienceSettings holds the preferred protocol, TCP or UDP.
	StreamingExperienceSettings *types.StreamingExperienceSettings

	// UserSettings enable or disable actions for users.
	UserSettings []types.UserSetting
}

// UpdateStackOutput is the output of UpdateStack.
type UpdateStackOutput struct {
	// Stack is the stack as updated.
	Stack *types.Stack

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *UpdateStackInput) validate() error {
	v := newValidation("UpdateStackInput")
	v.require("Name", in.Name != nil)
	v.stackSettings(in.StorageConnectors, in.UserSettings, in.ApplicationSettings, in.AccessEndpoints, in.ContentRedirection)
	nested(v, "AgentAccessConfig", in.AgentAccessConfig, func(v *validation, a *types.AgentAccessConfigForUpdate) {
		v.agentAccessSettings(a.Settings)
	})
	return v.err()
}

func (in *UpdateStackInput) encode(e *wire.Encoder) {
	wire.Objects(e, "AccessEndpoints", in.AccessEndpoints, wire.EncodeAccessEndpoint)
	wire.Object(e, "AgentAccessConfig", in.AgentAccessConfig, wire.EncodeAgentAccessConfigForUpdate)
	wire.Object(e, "ApplicationSettings", in.ApplicationSettings, wire.EncodeApplicationSettings)
	wire.Strings(e, "AttributesToDelete", in.AttributesToDelete)
	wire.Object(e, "ContentRedirection", in.ContentRedirection, wire.EncodeContentRedirection)
	e.Bool("DeleteStorageConnectors", in.DeleteStorageConnectors)
	e.String("Description", in.Description)
	e.String("DisplayName", in.DisplayName)
	wire.Strings(e, "EmbedHostDomains", in.EmbedHostDomains)
	e.String("FeedbackURL", in.FeedbackURL)
	e.String("Name", in.Name)
	e.String("RedirectURL", in.RedirectURL)
	wire.Objects(e, "StorageConnectors", in.StorageConnectors, wire.EncodeStorageConnector)
	wire.Object(e, "StreamingExperienceSettings", in.StreamingExperienceSettings, wire.EncodeStreamingExperienceSettings)
	wire.Objects(e, "UserSettings", in.UserSettings, wire.EncodeUserSetting)
}

func (out *UpdateStackOutput) decode(d *wire.Decoder)         { out.Stack = wire.DecodeStackResult(d) }
func (out *UpdateStackOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

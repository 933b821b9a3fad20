package appstream

import (
	"context"

	"github.com/aws/smithy-go/middleware"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/types"
)

// CreateStack creates a stack: the settings users stream with (storage,
// clipboard and file permissions, endpoints). Users reach a fleet through a
// stack once AssociateFleet links the two.
func (c *Client) CreateStack(ctx context.Context, params *CreateStackInput, optFns ...func(*Options)) (*CreateStackOutput, error) {
	return invoke(ctx, c, opCreateStack, orEmpty(params), &CreateStackOutput{}, optFns)
}

var opCreateStack = &awsjson.Operation{
	Name: "CreateStack",
	Error: modeledErrors("ConcurrentModificationException", "InvalidAccountStatusException",
		"InvalidParameterCombinationException", "InvalidRoleException", "LimitExceededException",
		"OperationNotPermittedException", "ResourceAlreadyExistsException", "ResourceNotFoundException"),
}

// CreateStackInput is the input of CreateStack.
type CreateStackInput struct {
	// Name is the stack's unique name. It is required.
	Name *string

	// AccessEndpoints lists the interface VPC endpoints users must connect
	// through (1 to 4).
	AccessEndpoints []types.AccessEndpoint

	// AgentAccessConfig lets AI agents act in the stack's sessions.
	AgentAccessConfig *types.AgentAccessConfig

	// ApplicationSettings turn on persistent application settings.
	ApplicationSettings *types.ApplicationSettings

	// ContentRedirection configures URL redirection to the user's browser.
	ContentRedirection *types.ContentRedirection

	// Description is shown to administrators (at most 256 characters).
	Description *string

	// DisplayName is shown to users (at most 100 characters).
	DisplayName *string

	// EmbedHostDomains lists the domains where sessions may be embedded in an
	// iframe (1 to 20).
	EmbedHostDomains []string

	// FeedbackURL is where the Send Feedback link leads; without it there is
	// no link.
	FeedbackURL *string

	// RedirectURL is where users go after their session ends.
	RedirectURL *string

	// StorageConnectors lists the persistent storage to enable.
	StorageConnectors []types.StorageConnector

	// StreamingExperienceSettings holds the preferred protocol, TCP or UDP.
	StreamingExperienceSettings *types.StreamingExperienceSettings

	// Tags are the stack's tags (at most 50).
	Tags map[string]string

	// UserSettings enable or disable actions for users; all are enabled by
	// default.
	UserSettings []types.UserSetting
}

// CreateStackOutput is the output of CreateStack.
type CreateStackOutput struct {
	// Stack is the stack created.
	Stack *types.Stack

	// ResultMetadata holds the request ID: awsmiddleware.GetRequestIDMetadata reads it.
	ResultMetadata middleware.Metadata
}

func (in *CreateStackInput) validate() error {
	v := newValidation("CreateStackInput")
	v.require("Name", in.Name != nil)
	v.stackSettings(in.StorageConnectors, in.UserSettings, in.ApplicationSettings, in.AccessEndpoints, in.ContentRedirection)
	nested(v, "AgentAccessConfig", in.AgentAccessConfig, func(v *validation, a *types.AgentAccessConfig) {
		v.require("Settings", a.Settings != nil)
		v.agentAccessSettings(a.Settings)
		v.require("ScreenResolution", a.ScreenResolution != "")
		v.require("ScreenImageFormat", a.ScreenImageFormat != "")
	})
	return v.err()
}

func (in *CreateStackInput) encode(e *wire.Encoder) {
	wire.Objects(e, "AccessEndpoints", in.AccessEndpoints, wire.EncodeAccessEndpoint)
	wire.Object(e, "AgentAccessConfig", in.AgentAccessConfig, wire.EncodeAgentAccessConfig)
	wire.Object(e, "ApplicationSettings", in.ApplicationSettings, wire.EncodeApplicationSettings)
	wire.Object(e, "ContentRedirection", in.ContentRedirection, wire.EncodeContentRedirection)
	e.String("Description", in.Description)
	e.String("DisplayName", in.DisplayName)
	wire.Strings(e, "EmbedHostDomains", in.EmbedHostDomains)
	e.String("FeedbackURL", in.FeedbackURL)
	e.String("Name", in.Name)
	e.String("RedirectURL", in.RedirectURL)
	wire.Objects(e, "StorageConnectors", in.StorageConnectors, wire.EncodeStorageConnector)
	wire.Object(e, "StreamingExperienceSettings", in.StreamingExperienceSettings, wire.EncodeStreamingExperienceSettings)
	e.StringMap("Tags", in.Tags)
	wire.Objects(e, "UserSettings", in.UserSettings, wire.EncodeUserSetting)
}

func (out *CreateStackOutput) decode(d *wire.Decoder)         { out.Stack = wire.DecodeStackResult(d) }
func (out *CreateStackOutput) metadata() *middleware.Metadata { return &out.ResultMetadata }

package appstream

import (
	"strconv"
	"strings"

	"github.com/aws/smithy-go"

	"github.com/appstreamkit/appstream-go/types"
)

// modeledErrors returns the error constructor of an operation that can fail
// with the named exceptions. Codes are matched case-insensitively, as in the
// official client; other codes become *smithy.GenericAPIError.
func modeledErrors(names ...string) func(code string, message *string) error {
	return func(code string, message *string) error {
		for _, name := range names {
			if strings.EqualFold(name, code) {
				return newException(name, message)
			}
		}
		return nil
	}
}

func newException(name string, m *string) smithy.APIError {
	switch name {
	case "ConcurrentModificationException":
		return &types.ConcurrentModificationException{Message: m}
	case "IncompatibleImageException":
		return &types.IncompatibleImageException{Message: m}
	case "InvalidAccountStatusException":
		return &types.InvalidAccountStatusException{Message: m}
	case "InvalidParameterCombinationException":
		return &types.InvalidParameterCombinationException{Message: m}
	case "InvalidRoleException":
		return &types.InvalidRoleException{Message: m}
	case "LimitExceededException":
		return &types.LimitExceededException{Message: m}
	case "OperationNotPermittedException":
		return &types.OperationNotPermittedException{Message: m}
	case "RequestLimitExceededException":
		return &types.RequestLimitExceededException{Message: m}
	case "ResourceAlreadyExistsException":
		return &types.ResourceAlreadyExistsException{Message: m}
	case "ResourceInUseException":
		return &types.ResourceInUseException{Message: m}
	case "ResourceNotAvailableException":
		return &types.ResourceNotAvailableException{Message: m}
	case "ResourceNotFoundException":
		return &types.ResourceNotFoundException{Message: m}
	}
	return nil
}

// validation collects the required members an input lacks, in the form of
// the official client's errors: "missing required field, CreateFleetInput.Name."
type validation struct {
	errs smithy.InvalidParamsError
}

func newValidation(input string) *validation {
	return &validation{errs: smithy.InvalidParamsError{Context: input}}
}

// require records field as missing when set is false.
func (v *validation) require(field string, set bool) {
	if !set {
		v.errs.Add(smithy.NewErrParamRequired(field))
	}
}

// s3Location checks the S3Location in member field, if any.
func (v *validation) s3Location(field string, loc *types.S3Location) {
	nested(v, field, loc, func(v *validation, loc *types.S3Location) { v.require("S3Bucket", loc.S3Bucket != nil) })
}

// nested checks the structure in member field, if set, with check; what it
// lacks is reported under field ("CreateStackInput.ContentRedirection.HostToClient.Enabled").
func nested[T any](v *validation, field string, s *T, check func(*validation, *T)) {
	if s == nil {
		return
	}
	var n validation
	check(&n, s)
	if n.errs.Len() > 0 {
		v.errs.AddNested(field, n.errs)
	}
}

// each checks every element of the list in member field with check, as
// the official client does ("CreateStackInput.UserSettings[1].Permission").
func each[T any](v *validation, field string, list []T, check func(*validation, *T)) {
	var l validation
	for i := range list {
		nested(&l, "["+strconv.Itoa(i)+"]", &list[i], check)
	}
	if l.errs.Len() > 0 {
		v.errs.AddNested(field, l.errs)
	}
}

// stackSettings checks the members that CreateStack and UpdateStack share,
// in the official client's order.
func (v *validation) stackSettings(storage []types.StorageConnector, users []types.UserSetting, app *types.ApplicationSettings,
	endpoints []types.AccessEndpoint, redirection *types.ContentRedirection) {
	each(v, "StorageConnectors", storage, func(v *validation, s *types.StorageConnector) {
		v.require("ConnectorType", s.ConnectorType != "")
	})
	each(v, "UserSettings", users, func(v *validation, s *types.UserSetting) {
		v.require("Action", s.Action != "")
		v.require("Permission", s.Permission != "")
	})
	nested(v, "ApplicationSettings", app, func(v *validation, s *types.ApplicationSettings) { v.require("Enabled", s.Enabled != nil) })
	each(v, "AccessEndpoints", endpoints, func(v *validation, s *types.AccessEndpoint) {
		v.require("EndpointType", s.EndpointType != "")
	})
	nested(v, "ContentRedirection", redirection, func(v *validation, s *types.ContentRedirection) {
		nested(v, "HostToClient", s.HostToClient, func(v *validation, s *types.UrlRedirectionConfig) { v.require("Enabled", s.Enabled != nil) })
	})
}

// agentAccessSettings checks the Settings of an agent access configuration.
func (v *validation) agentAccessSettings(settings []types.AgentAccessSetting) {
	each(v, "Settings", settings, func(v *validation, s *types.AgentAccessSetting) {
		v.require("AgentAction", s.AgentAction != "")
		v.require("Permission", s.Permission != "")
	})
}

// err returns the collected errors, or nil.
func (v *validation) err() error {
	if v.errs.Len() == 0 {
		return nil
	}
	return v.errs
}

package appstream

import (
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
	if loc != nil && loc.S3Bucket == nil {
		nested := smithy.InvalidParamsError{Context: "S3Location"}
		nested.Add(smithy.NewErrParamRequired("S3Bucket"))
		v.errs.AddNested(field, nested)
	}
}

// err returns the collected errors, or nil.
func (v *validation) err() error {
	if v.errs.Len() == 0 {
		return nil
	}
	return v.errs
}

package appstream

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
)

// Every exception an operation lists builds its typed error, matched
// whatever the case of the code, and a code it does not list builds none.
// The lists are the model's (service-2.json, "errors" of each operation).
func TestModeledErrors(t *testing.T) {
	modeled := map[*awsjson.Operation][]string{
		opCreateFleet:          {"ConcurrentModificationException", "IncompatibleImageException", "InvalidAccountStatusException", "InvalidParameterCombinationException", "InvalidRoleException", "LimitExceededException", "OperationNotPermittedException", "RequestLimitExceededException", "ResourceAlreadyExistsException", "ResourceNotAvailableException", "ResourceNotFoundException"},
		opDescribeFleets:       {"ResourceNotFoundException"},
		opDescribeSessions:     {"InvalidParameterCombinationException"},
		opUpdateFleet:          {"ConcurrentModificationException", "IncompatibleImageException", "InvalidAccountStatusException", "InvalidParameterCombinationException", "InvalidRoleException", "LimitExceededException", "OperationNotPermittedException", "RequestLimitExceededException", "ResourceInUseException", "ResourceNotAvailableException", "ResourceNotFoundException"},
		opStartFleet:           {"ConcurrentModificationException", "InvalidAccountStatusException", "InvalidRoleException", "LimitExceededException", "OperationNotPermittedException", "RequestLimitExceededException", "ResourceNotAvailableException", "ResourceNotFoundException"},
		opStopFleet:            {"ConcurrentModificationException", "ResourceNotFoundException"},
		opDeleteFleet:          {"ConcurrentModificationException", "ResourceInUseException", "ResourceNotFoundException"},
		opCreateStack:          {"ConcurrentModificationException", "InvalidAccountStatusException", "InvalidParameterCombinationException", "InvalidRoleException", "LimitExceededException", "OperationNotPermittedException", "ResourceAlreadyExistsException", "ResourceNotFoundException"},
		opDescribeStacks:       {"ResourceNotFoundException"},
		opUpdateStack:          {"ConcurrentModificationException", "IncompatibleImageException", "InvalidAccountStatusException", "InvalidParameterCombinationException", "InvalidRoleException", "LimitExceededException", "OperationNotPermittedException", "ResourceInUseException", "ResourceNotFoundException"},
		opDeleteStack:          {"ConcurrentModificationException", "OperationNotPermittedException", "ResourceInUseException", "ResourceNotFoundException"},
		opAssociateFleet:       {"ConcurrentModificationException", "IncompatibleImageException", "InvalidAccountStatusException", "LimitExceededException", "OperationNotPermittedException", "ResourceNotFoundException"},
		opDisassociateFleet:    {"ConcurrentModificationException", "OperationNotPermittedException", "ResourceInUseException", "ResourceNotFoundException"},
		opListAssociatedStacks: nil,
		opListAssociatedFleets: nil,
		opCreateStreamingURL:   {"InvalidParameterCombinationException", "OperationNotPermittedException", "ResourceNotAvailableException", "ResourceNotFoundException"},
		opExpireSession:        nil,
		opTagResource:          {"InvalidAccountStatusException", "LimitExceededException", "ResourceNotFoundException"},
		opUntagResource:        {"ResourceNotFoundException"},
		opListTagsForResource:  {"ResourceNotFoundException"},
		opDescribeImages:       {"InvalidParameterCombinationException", "ResourceNotFoundException"},
	}
	for op, want := range modeled {
		var got []string
		for _, code := range []string{
			"ConcurrentModificationException", "IncompatibleImageException", "InvalidAccountStatusException",
			"InvalidParameterCombinationException", "InvalidRoleException", "LimitExceededException",
			"OperationNotPermittedException", "RequestLimitExceededException", "ResourceAlreadyExistsException",
			"ResourceInUseException", "ResourceNotAvailableException", "ResourceNotFoundException",
		} {
			err := op.Error(code, nil)
			if err == nil {
				continue
			}
			got = append(got, code)
			if c := err.(interface{ ErrorCode() string }).ErrorCode(); c != code {
				t.Errorf("%s: %s builds %s", op.Name, code, c)
			}
			if op.Error(strings.ToLower(code), nil) == nil {
				t.Errorf("%s: %s is not matched in lower case", op.Name, code)
			}
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: modeled exceptions (-model +got):\n%s", op.Name, diff)
		}
		if op.Error("ValidationException", nil) != nil {
			t.Errorf("%s models ValidationException", op.Name)
		}
	}
	if newException("NoSuchException", nil) != nil {
		t.Error("an unknown name builds an exception")
	}
}

package appstream

import (
	"strings"
	"testing"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
)

// Every exception an operation lists builds its typed error, matched
// whatever the case of the code, and a code it does not list builds none.
func TestModeledErrors(t *testing.T) {
	ops := []*awsjson.Operation{opCreateFleet, opDescribeFleets, opDescribeSessions, opUpdateFleet, opStartFleet, opStopFleet, opDeleteFleet}
	for _, op := range ops {
		modeled := 0
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
			modeled++
			if got := err.(interface{ ErrorCode() string }).ErrorCode(); got != code {
				t.Errorf("%s: %s builds %s", op.Name, code, got)
			}
			if op.Error(strings.ToLower(code), nil) == nil {
				t.Errorf("%s: %s is not matched in lower case", op.Name, code)
			}
		}
		want := map[string]int{"CreateFleet": 11, "UpdateFleet": 11, "DescribeFleets": 1, "DescribeSessions": 1, "StartFleet": 8, "StopFleet": 2, "DeleteFleet": 3}[op.Name]
		if modeled != want {
			t.Errorf("%s models %d exceptions, want %d (the model's list)", op.Name, modeled, want)
		}
		if op.Error("ValidationException", nil) != nil {
			t.Errorf("%s models ValidationException", op.Name)
		}
	}
	if newException("NoSuchException", nil) != nil {
		t.Error("an unknown name builds an exception")
	}
}

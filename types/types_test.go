package types_test

import (
	"errors"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/smithy-go"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/types"
)

// The counts are those of the current model (model-notes.md §5c).
func TestEnumValues(t *testing.T) {
	cases := map[string]struct {
		values []string
		want   int
		some   []string
	}{
		"AuthenticationType":     {strs(types.AuthenticationType("").Values()), 4, []string{string(types.AuthenticationTypeUserpool), string(types.AuthenticationTypeAwsAd)}},
		"FleetAttribute":         {strs(types.FleetAttribute("").Values()), 8, []string{string(types.FleetAttributeVpcConfigurationSecurityGroupIds)}},
		"FleetErrorCode":         {strs(types.FleetErrorCode("").Values()), 31, []string{string(types.FleetErrorCodeValidationError)}},
		"FleetState":             {strs(types.FleetState("").Values()), 4, []string{"STARTING", "RUNNING", "STOPPING", "STOPPED"}},
		"FleetType":              {strs(types.FleetType("").Values()), 3, []string{string(types.FleetTypeElastic)}},
		"InstanceDrainStatus":    {strs(types.InstanceDrainStatus("").Values()), 3, []string{string(types.InstanceDrainStatusNotApplicable)}},
		"PlatformType":           {strs(types.PlatformType("").Values()), 9, []string{string(types.PlatformTypeUbuntuPro2404)}},
		"SessionConnectionState": {strs(types.SessionConnectionState("").Values()), 2, []string{string(types.SessionConnectionStateNotConnected)}},
		"SessionState":           {strs(types.SessionState("").Values()), 3, []string{"ACTIVE", "PENDING", "EXPIRED"}},
		"StreamView":             {strs(types.StreamView("").Values()), 2, []string{"APP", "DESKTOP"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			seen := map[string]bool{}
			for _, v := range tc.values {
				if seen[v] {
					t.Errorf("%s listed twice", v)
				}
				seen[v] = true
			}
			if len(tc.values) != tc.want {
				t.Errorf("%d values, want %d", len(tc.values), tc.want)
			}
			for _, v := range tc.some {
				if !seen[v] {
					t.Errorf("%s missing from Values()", v)
				}
			}
		})
	}
}

func strs[T ~string](v []T) []string {
	out := make([]string, len(v))
	for i := range v {
		out[i] = string(v[i])
	}
	return out
}

func TestExceptions(t *testing.T) {
	msg := aws.String("it failed")
	all := map[string]smithy.APIError{
		"ConcurrentModificationException":      &types.ConcurrentModificationException{Message: msg},
		"IncompatibleImageException":           &types.IncompatibleImageException{Message: msg},
		"InvalidAccountStatusException":        &types.InvalidAccountStatusException{Message: msg},
		"InvalidParameterCombinationException": &types.InvalidParameterCombinationException{Message: msg},
		"InvalidRoleException":                 &types.InvalidRoleException{Message: msg},
		"LimitExceededException":               &types.LimitExceededException{Message: msg},
		"OperationNotPermittedException":       &types.OperationNotPermittedException{Message: msg},
		"RequestLimitExceededException":        &types.RequestLimitExceededException{Message: msg},
		"ResourceAlreadyExistsException":       &types.ResourceAlreadyExistsException{Message: msg},
		"ResourceInUseException":               &types.ResourceInUseException{Message: msg},
		"ResourceNotAvailableException":        &types.ResourceNotAvailableException{Message: msg},
		"ResourceNotFoundException":            &types.ResourceNotFoundException{Message: msg},
	}
	for code, err := range all {
		t.Run(code, func(t *testing.T) {
			got := []any{err.ErrorCode(), err.ErrorMessage(), err.ErrorFault(), err.Error()}
			want := []any{code, "it failed", smithy.FaultClient, code + ": it failed"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	t.Run("override, no message, nil", func(t *testing.T) {
		e := &types.ResourceNotFoundException{ErrorCodeOverride: aws.String("Custom")}
		var nilErr *types.ResourceInUseException
		got := []string{e.ErrorCode(), e.ErrorMessage(), e.Error(), nilErr.ErrorCode()}
		if diff := cmp.Diff([]string{"Custom", "", "Custom: ", "ResourceInUseException"}, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
}

// aws-sdk-go-v2's standard retryer lists LimitExceededException as a
// throttle and does not know RequestLimitExceededException; AppStream's
// exceptions say which of the two is worth retrying, and the retryer
// listens, even wrapped.
func TestLimitExceptionsRetryable(t *testing.T) {
	r := retry.NewStandard()
	wrap := func(err error) error {
		return &smithy.OperationError{ServiceID: "AppStream", OperationName: "CreateFleet", Err: err}
	}
	if r.IsErrorRetryable(wrap(&types.LimitExceededException{})) {
		t.Error("LimitExceededException is retried")
	}
	if !r.IsErrorRetryable(wrap(&types.RequestLimitExceededException{})) {
		t.Error("RequestLimitExceededException is not retried")
	}
	var apiErr smithy.APIError
	if !errors.As(wrap(&types.RequestLimitExceededException{}), &apiErr) {
		t.Error("not a smithy.APIError")
	}
}

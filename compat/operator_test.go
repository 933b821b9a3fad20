package compat

import (
	"strings"
	"testing"
)

// operatorOps are the operations of issue 7 that the program drives.
var operatorOps = []string{"CreateStack", "UpdateStack", "DescribeStacks", "DeleteStack", "AssociateFleet", "DisassociateFleet",
	"ListAssociatedStacks", "ListAssociatedFleets", "CreateStreamingURL", "ExpireSession", "TagResource", "UntagResource",
	"ListTagsForResource", "DescribeImages"}

// checkOperatorRecording makes sure that the official client's run
// exercised the operator's operations, so that equal recordings mean
// something: every operation sent, every member of the full inputs on the
// wire, every exception met, nested validation errors reported.
func checkOperatorRecording(t *testing.T, reqs []request, stdout string) {
	sent := map[string]int{}
	bodies := map[string]string{}
	for _, r := range reqs {
		op := strings.TrimPrefix(r.Target, "PhotonAdminProxyService.")
		sent[op]++
		if strings.Contains(r.Body, `-full"`) && bodies[op] == "" {
			bodies[op] = r.Body
		}
	}
	for _, op := range operatorOps {
		if sent[op] < 14 {
			t.Errorf("the official client sent %d %s requests, want at least 14 (the error matrix alone has 14)", sent[op], op)
		}
	}
	for op, members := range map[string][]string{
		"CreateStack": {`"AccessEndpoints":[{"EndpointType":"STREAMING"`, `"AgentAccessConfig":{"S3BucketArn"`, `"ApplicationSettings":{"Enabled":true`,
			`"ContentRedirection":{"HostToClient":{"AllowedUrls"`, `"DeniedUrls":[]`, `"Description":`, `"DisplayName":`, `"EmbedHostDomains":[`,
			`"FeedbackURL":`, `"RedirectURL":""`, `"StorageConnectors":[`, `"DomainsRequireAdminConsent":[`, `"StreamingExperienceSettings":{"PreferredProtocol":"UDP"}`,
			`"Tags":{"team/owner"`, `"MaximumLength":0`},
		"UpdateStack":          {`"AttributesToDelete":["STORAGE_CONNECTOR_GOOGLE_DRIVE"`, `"DeleteStorageConnectors":false`, `"AccessEndpoints":[]`, `"Settings":[]`, `"ContentRedirection":{}`},
		"DescribeStacks":       {`"Names":["stack-full","stack-min"]`, `"NextToken":"page-1"`},
		"CreateStreamingURL":   {`"ApplicationId":"Desktop"`, `"SessionContext":`, `"UserId":"alice@example.com"`, `"Validity":1099511627776`},
		"DescribeImages":       {`"Arns":[`, `"MaxResults":25`, `"Names":["image-full"]`, `"NextToken":"img-1"`, `"Type":"SHARED"`},
		"ListAssociatedFleets": {`"NextToken":"n-2"`},
	} {
		for _, m := range members {
			if !strings.Contains(bodies[op], m) {
				t.Errorf("the official %s body lacks %s: %s", op, m, bodies[op])
			}
		}
	}
	_, matrix, _ := strings.Cut(stdout, "== operator error matrix\n")
	matrix, _, _ = strings.Cut(matrix, "\n== ")
	for _, want := range []string{
		"errors.As ConcurrentModificationException", "errors.As IncompatibleImageException", "errors.As InvalidAccountStatusException",
		"errors.As InvalidParameterCombinationException", "errors.As InvalidRoleException", "errors.As LimitExceededException",
		"errors.As OperationNotPermittedException", "errors.As ResourceAlreadyExistsException", "errors.As ResourceInUseException",
		"errors.As ResourceNotAvailableException", "errors.As ResourceNotFoundException",
		`ExpireSession err-ResourceNotFoundException: error`, `GenericAPIError: Code="ResourceNotFoundException"`,
	} {
		if !strings.Contains(matrix, want) {
			t.Errorf("the official program's operator error matrix lacks %q", want)
		}
	}
	for _, want := range []string{
		"CreateStackInput.StorageConnectors[1].ConnectorType", "CreateStackInput.AgentAccessConfig.Settings[1].Permission",
		"CreateStackInput.ContentRedirection.HostToClient.Enabled", "UpdateStackInput.AgentAccessConfig.Settings[0].Permission",
		"CreateStackInput.AgentAccessConfig.Settings.", "TagResourceInput.Tags.", "CreateStreamingURLInput.UserId.",
		`StreamingURL="https://appstream2.us-east-1.aws.amazon.com/authenticate?parameters=eyJ0eXBlIjoiRU5E&signature=abc%2Fdef"`,
		"location UTC", `ImagePermissions.AllowFleet=true AllowImageBuilder=false`, `Tags=map["café":"✓" "empty":"" "null":"" "team/owner":"ops & infra"]`,
		"DescribeImagesPaginator Limit=3", `"image-last"`, "SOME_FUTURE_CODE",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the official program's output lacks %q", want)
		}
	}
}

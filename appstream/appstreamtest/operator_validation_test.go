package appstreamtest

import (
	"encoding/json"
	"net/http"
	"testing"
)

// TestOperatorRequiredMembers checks, over raw HTTP (the client refuses to
// send these), that the operator's operations refuse missing required
// members, nested ones too, as the front end does.
func TestOperatorRequiredMembers(t *testing.T) {
	t.Parallel()
	null := func(path string) string {
		return "Value null at '" + path + "' failed to satisfy constraint: Member must not be null"
	}
	cases := map[string]struct {
		op      string
		body    map[string]any
		message string
	}{
		"CreateStack Name": {"CreateStack", map[string]any{}, "1 validation error detected: " + null("name")},
		"StorageConnector.ConnectorType": {"CreateStack", map[string]any{"Name": "s", "StorageConnectors": []any{map[string]any{}}},
			"1 validation error detected: " + null("storageConnectors.1.member.connectorType")},
		"UserSetting.Action and Permission": {"UpdateStack", map[string]any{"Name": "s", "UserSettings": []any{map[string]any{}}},
			"2 validation errors detected: " + null("userSettings.1.member.action") + "; " + null("userSettings.1.member.permission")},
		"ApplicationSettings.Enabled": {"CreateStack", map[string]any{"Name": "s", "ApplicationSettings": map[string]any{"SettingsGroup": "g"}},
			"1 validation error detected: " + null("applicationSettings.enabled")},
		"AccessEndpoint.EndpointType": {"CreateStack", map[string]any{"Name": "s", "AccessEndpoints": []any{map[string]any{"VpceId": "v"}}},
			"1 validation error detected: " + null("accessEndpoints.1.member.endpointType")},
		"UrlRedirectionConfig.Enabled": {"UpdateStack", map[string]any{"Name": "s", "ContentRedirection": map[string]any{"HostToClient": map[string]any{}}},
			"1 validation error detected: " + null("contentRedirection.hostToClient.enabled")},
		"AgentAccessConfig": {"CreateStack", map[string]any{"Name": "s", "AgentAccessConfig": map[string]any{"Settings": []any{map[string]any{}}}},
			"4 validation errors detected: " + null("agentAccessConfig.screenResolution") + "; " + null("agentAccessConfig.screenImageFormat") + "; " +
				null("agentAccessConfig.settings.1.member.agentAction") + "; " + null("agentAccessConfig.settings.1.member.permission")},
		"AgentAccessConfig.Settings": {"CreateStack", map[string]any{"Name": "s", "AgentAccessConfig": map[string]any{"ScreenResolution": "W_1280xH_720", "ScreenImageFormat": "PNG"}},
			"1 validation error detected: " + null("agentAccessConfig.settings")},
		"UpdateStack Name":          {"UpdateStack", map[string]any{}, "1 validation error detected: " + null("name")},
		"DeleteStack Name":          {"DeleteStack", map[string]any{}, "1 validation error detected: " + null("name")},
		"AssociateFleet":            {"AssociateFleet", map[string]any{}, "2 validation errors detected: " + null("fleetName") + "; " + null("stackName")},
		"DisassociateFleet":         {"DisassociateFleet", map[string]any{"FleetName": "f"}, "1 validation error detected: " + null("stackName")},
		"ListAssociatedStacks":      {"ListAssociatedStacks", map[string]any{}, "1 validation error detected: " + null("fleetName")},
		"ListAssociatedFleets":      {"ListAssociatedFleets", map[string]any{}, "1 validation error detected: " + null("stackName")},
		"CreateStreamingURL":        {"CreateStreamingURL", map[string]any{}, "3 validation errors detected: " + null("stackName") + "; " + null("fleetName") + "; " + null("userId")},
		"ExpireSession":             {"ExpireSession", map[string]any{}, "1 validation error detected: " + null("sessionId")},
		"TagResource":               {"TagResource", map[string]any{}, "2 validation errors detected: " + null("resourceArn") + "; " + null("tags")},
		"UntagResource":             {"UntagResource", map[string]any{"ResourceArn": "arn:aws:appstream:us-east-1:123456789012:fleet/f"}, "1 validation error detected: " + null("tagKeys")},
		"ListTagsForResource":       {"ListTagsForResource", map[string]any{}, "1 validation error detected: " + null("resourceArn")},
		"empty TagResource tags":    {"TagResource", map[string]any{"ResourceArn": "arn:aws:appstream:us-east-1:123456789012:fleet/f", "Tags": map[string]any{}}, "1 validation error detected: Value '{}' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1"},
		"empty UntagResource keys":  {"UntagResource", map[string]any{"ResourceArn": "arn:aws:appstream:us-east-1:123456789012:fleet/f", "TagKeys": []any{}}, "1 validation error detected: Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length greater than or equal to 1"},
		"Validity of 0":             {"CreateStreamingURL", map[string]any{"StackName": "s", "FleetName": "f", "UserId": "alice", "Validity": 0}, "1 validation error detected: Value '0' at 'validity' failed to satisfy constraint: Member must have value greater than or equal to 1"},
		"Validity over a week":      {"CreateStreamingURL", map[string]any{"StackName": "s", "FleetName": "f", "UserId": "alice", "Validity": 604801}, "1 validation error detected: Value '604801' at 'validity' failed to satisfy constraint: Member must have value less than or equal to 604800"},
		"UserId pattern and length": {"CreateStreamingURL", map[string]any{"StackName": "s", "FleetName": "f", "UserId": "a/"}, "1 validation error detected: Value 'a/' at 'userId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"},
		"UserId of 33": {"CreateStreamingURL", map[string]any{"StackName": "s", "FleetName": "f", "UserId": "abcdefghijabcdefghijabcdefghijabc"},
			"1 validation error detected: Value 'abcdefghijabcdefghijabcdefghijabc' at 'userId' failed to satisfy constraint: Member must have length less than or equal to 32"},
		"ARN pattern": {"ListTagsForResource", map[string]any{"ResourceArn": "fleet/f"},
			"1 validation error detected: Value 'fleet/f' at 'resourceArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:aws..."},
		"MaxResults over 25": {"DescribeImages", map[string]any{"MaxResults": 26},
			"1 validation error detected: Value '26' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 25"},
		"image type": {"DescribeImages", map[string]any{"Type": "public"},
			"1 validation error detected: Value 'public' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [PUBLIC, PRIVATE, SHARED]"},
		"image ARN": {"DescribeImages", map[string]any{"Arns": []any{"image/x"}},
			"1 validation error detected: Value 'image/x' at 'arns.1.member' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:aws..."},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			wantError(t, call(t, srv, tc.op, tc.body), http.StatusBadRequest, "ValidationException", tc.message)
		})
	}
}

// TestOperatorSerialization checks the members whose JSON type is wrong.
func TestOperatorSerialization(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	for _, tc := range []struct {
		op      string
		body    map[string]any
		message string
	}{
		{"CreateStreamingURL", map[string]any{"Validity": 1.5}, "Cannot deserialize member Validity: NUMBER_VALUE (1.5) can not be converted to a Long"},
		{"CreateStreamingURL", map[string]any{"Validity": "60"}, "Cannot deserialize member Validity: STRING_VALUE can not be converted to a Long"},
		{"CreateStreamingURL", map[string]any{"Validity": json.Number("9223372036854775808")}, "Cannot deserialize member Validity: NUMBER_VALUE can not be converted to a Long"},
		{"CreateStack", map[string]any{"UserSettings": []any{map[string]any{"MaximumLength": true}}}, "Cannot deserialize member UserSettings[0].MaximumLength: BOOLEAN_VALUE can not be converted to an Integer"},
		{"UpdateStack", map[string]any{"DeleteStorageConnectors": "yes"}, "Cannot deserialize member DeleteStorageConnectors: STRING_VALUE can not be converted to a Boolean"},
		{"TagResource", map[string]any{"Tags": []any{"k"}}, "Cannot deserialize member Tags: START_ARRAY can not be converted to a map"},
	} {
		wantError(t, call(t, srv, tc.op, tc.body), http.StatusBadRequest, "SerializationException", tc.message)
	}
}

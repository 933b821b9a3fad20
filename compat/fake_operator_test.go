package compat

import (
	"encoding/json"
	"strings"
)

// respondOperator answers the operator's operations (issue 7) for the fake
// service; name is the resource the request names, "" when none. Resources
// named "*-full" are answered with every member.
func respondOperator(op, name string, body []byte) (int, map[string]string, string) {
	var in struct{ NextToken *string }
	_ = json.Unmarshal(body, &in)
	token := ""
	if in.NextToken != nil {
		token = *in.NextToken
	}
	switch op {
	case "CreateStack":
		if name == "stack-full" {
			return 200, nil, `{"Stack":` + fullStack + `}`
		}
		return 200, nil, `{"Stack":` + minimalStack(name) + `}`
	case "UpdateStack":
		if name == "stack-full" {
			return 200, nil, `{"Stack":` + updatedStack + `}`
		}
		return 200, nil, `{"Stack":` + minimalStack(name) + `}`
	case "DescribeStacks":
		switch name {
		case "":
			return 200, nil, `{"Stacks":[]}`
		case "stack-full":
			return 200, nil, `{"Stacks":[` + fullStack + `,` + sparseStack + `,null],"NextToken":"page-2"}`
		}
		return 200, nil, `{"Stacks":[` + minimalStack(name) + `]}`
	case "DeleteStack", "AssociateFleet", "TagResource", "UntagResource":
		return 200, nil, `{}`
	case "DisassociateFleet", "ExpireSession":
		return 200, nil, ``
	case "ListAssociatedStacks", "ListAssociatedFleets":
		switch {
		case !strings.HasSuffix(name, "-full"):
			return 200, nil, `{"Names":[]}`
		case token == "":
			return 200, nil, `{"Names":["stack-a","stack-\u00e9"],"NextToken":"n-2","Future":{"x":1}}`
		}
		return 200, nil, `{"Names":["stack-c"],"NextToken":null}`
	case "CreateStreamingURL":
		if name == "fleet-full" {
			return 200, nil, `{"Expires":1.7642268605E9,"StreamingURL":"https://appstream2.us-east-1.aws.amazon.com/authenticate?parameters=eyJ0eXBlIjoiRU5E\u0026signature=abc%2Fdef","Future":[]}`
		}
		return 200, nil, `{"Expires":1764226860,"StreamingURL":"https://appstream2.us-east-1.aws.amazon.com/authenticate?parameters=min"}`
	case "ListTagsForResource":
		if name == "stack-full" {
			return 200, nil, `{"Tags":{"team/owner":"ops & infra","empty":"","null":null,"caf\u00e9":"\u2713"}}`
		}
		return 200, nil, `{"Tags":{}}`
	case "DescribeImages":
		switch token {
		case "", "img-1":
			return 200, nil, `{"Images":[` + fullImage + `,` + sparseImage + `],"NextToken":"img-2"}`
		case "img-2":
			return 200, nil, `{"Images":[{"Name":"image-last","State":"AVAILABLE"}]}`
		}
		return 200, nil, `{"Images":[]}`
	}
	return 400, nil, `{"__type":"UnknownOperationException"}`
}

func minimalStack(name string) string {
	n, _ := json.Marshal(name)
	return `{"Arn":"arn:aws:appstream:us-east-1:123456789012:stack/` + strings.Trim(string(n), `"`) + `","CreatedTime":1764226800,"Name":` + string(n) + `}`
}

// fullStack has every member of Stack, unknown members and enum values,
// and escapes.
const fullStack = `{"AccessEndpoints":[{"EndpointType":"STREAMING","VpceId":"vpce-0123456789abcdef0"},{"EndpointType":"SOME_FUTURE_TYPE"}],` +
	`"AgentAccessConfig":{"S3BucketArn":"arn:aws:s3:::agent-screenshots","ScreenImageFormat":"PNG","ScreenResolution":"W_1280xH_720",` +
	`"ScreenshotsUploadEnabled":true,"Settings":[{"AgentAction":"COMPUTER_VISION","Permission":"ENABLED"},{"AgentAction":"COMPUTER_INPUT","Permission":"DISABLED"}]},` +
	`"ApplicationSettings":{"Enabled":true,"S3BucketName":"appstream-app-settings-us-east-1-123456789012-abcdefgh","SettingsGroup":"training"},` +
	`"Arn":"arn:aws:appstream:us-east-1:123456789012:stack/stack-full",` +
	`"ContentRedirection":{"HostToClient":{"AllowedUrls":["https://*.example.com/*"],"DeniedUrls":[],"Enabled":false}},` +
	`"CreatedTime":1764226800.123,"Description":"Caf\u00e9 \"stack\" \ud83d\ude00 \/ tab\tend \u2028","DisplayName":"Full stack",` +
	`"EmbedHostDomains":["portal.example.com","*.example.org"],"FeedbackURL":"https://example.com/feedback?a=1\u0026b=2",` +
	`"FutureMember":{"nested":[1,2.5e3,{"deep":null}]},"Name":"stack-full","RedirectURL":"",` +
	`"StackErrors":[{"ErrorCode":"STORAGE_CONNECTOR_ERROR","ErrorMessage":"The home folder bucket is not reachable."},{"ErrorCode":"SOME_FUTURE_CODE"}],` +
	`"StorageConnectors":[{"ConnectorType":"HOMEFOLDERS","ResourceIdentifier":"arn:aws:s3:::home"},` +
	`{"ConnectorType":"ONE_DRIVE","Domains":["example.com"],"DomainsRequireAdminConsent":["corp.example.com"]},{"ConnectorType":"GOOGLE_DRIVE","Domains":[]}],` +
	`"StreamingExperienceSettings":{"PreferredProtocol":"UDP"},` +
	`"UserSettings":[{"Action":"CLIPBOARD_COPY_FROM_LOCAL_DEVICE","MaximumLength":20971520,"Permission":"ENABLED"},{"Action":"FILE_DOWNLOAD","Permission":"DISABLED"}]}`

// sparseStack has the required member, nulls and empty lists, with
// whitespace.
const sparseStack = `{
  "Name": "stack-min",
  "AccessEndpoints": [],
  "AgentAccessConfig": {"Settings": null, "ScreenResolution": null},
  "ApplicationSettings": null,
  "ContentRedirection": {"HostToClient": null},
  "CreatedTime": 1.7642268E9,
  "EmbedHostDomains": null,
  "StackErrors": [],
  "StorageConnectors": [{"ConnectorType": "HOMEFOLDERS", "Domains": null}],
  "StreamingExperienceSettings": {},
  "UserSettings": [{"Action": "PRINTING_TO_LOCAL_DEVICE", "Permission": "DISABLED", "MaximumLength": null}]
}`

// updatedStack is fullStack after UpdateStack.
const updatedStack = `{"AccessEndpoints":[],"ApplicationSettings":{"Enabled":false,"SettingsGroup":"training"},` +
	`"Arn":"arn:aws:appstream:us-east-1:123456789012:stack/stack-full","CreatedTime":1.764226800123E9,` +
	`"Description":"invalid UTF-8: \ufffd\ufffd","DisplayName":"Updated \u00e9 stack","Name":"stack-full",` +
	`"StorageConnectors":[],"UserSettings":[{"Action":"AUTO_TIME_ZONE_REDIRECTION","Permission":"ENABLED"}]}`

// fullImage has every member of Image and Application, and unknown members
// and enum values.
const fullImage = `{"Applications":[{"AppBlockArn":"arn:aws:appstream:us-east-1:123456789012:app-block/firefox",` +
	`"Arn":"arn:aws:appstream:us-east-1:123456789012:application/firefox","CreatedTime":1764226800,"Description":"Web browser",` +
	`"DisplayName":"Firefox","Enabled":true,"IconS3Location":{"S3Bucket":"icons","S3Key":"firefox.png"},` +
	`"IconURL":"https://icons.example.com/firefox.png?sig=abc","InstanceFamilies":["GENERAL_PURPOSE"],"LaunchParameters":"--private-window",` +
	`"LaunchPath":"C:\\Program Files\\Mozilla Firefox\\firefox.exe","Metadata":{"publisher":"Mozilla","empty":null},"Name":"firefox",` +
	`"Platforms":["WINDOWS_SERVER_2019","SOME_FUTURE_OS"],"WorkingDirectory":"C:\\Users\\PhotonUser","Future":1},{}],` +
	`"AppstreamAgentVersion":"10-13-2025","Arn":"arn:aws:appstream:us-east-1::image/image-full",` +
	`"BaseImageArn":"arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-Base","CreatedTime":1760313600.5,` +
	`"Description":"Windows Server 2019 base image","DisplayName":"Windows Server 2019","DynamicAppProvidersEnabled":"DISABLED",` +
	`"ImageBuilderName":"builder-1","ImageBuilderSupported":true,` +
	`"ImageErrors":[{"ErrorCode":"IMAGE_NOT_FOUND","ErrorMessage":"The base image is gone.","ErrorTimestamp":1760313700}],` +
	`"ImagePermissions":{"allowFleet":true,"allowImageBuilder":false,"AllowFleet":false},"ImageSharedWithOthers":"FALSE",` +
	`"ImageType":"NATIVE","LatestAppstreamAgentVersion":"TRUE","ManagedSoftwareIncluded":false,"Name":"image-full",` +
	`"Platform":"WINDOWS_SERVER_2019","PublicBaseImageReleasedDate":1760227200,"State":"AVAILABLE",` +
	`"StateChangeReason":{"Code":"IMAGE_COPY_FAILURE","Message":"copy failed"},"SupportedInstanceFamilies":["GENERAL_PURPOSE","GRAPHICS_G4"],` +
	`"Visibility":"PUBLIC","FutureMember":{"a":[true]}}`

// sparseImage has the required member, nulls and unknown enum values.
const sparseImage = `{"Name":"image-min","Applications":null,"ImagePermissions":{},"ImageErrors":[],"State":"ARCHIVED","Visibility":"ORG",` +
	`"StateChangeReason":null,"CreatedTime":null}`

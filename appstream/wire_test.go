package appstream_test

import (
	"context"
	"errors"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/smithy-go"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

var update = flag.Bool("update", false, "rewrite the golden request files in testdata/requests")

// Inputs with every member set. Together they cover every member of the
// June 2017 API (VpcConfig.SecurityGroupIds, USERPOOL, AttributesToDelete,
// DeleteVpcConfig) and every member added since.
var (
	createFleetAll = &appstream.CreateFleetInput{
		InstanceType:                   aws.String("stream.standard.medium"),
		Name:                           aws.String("training"),
		ComputeCapacity:                &types.ComputeCapacity{DesiredInstances: aws.Int32(2), DesiredSessions: aws.Int32(4)},
		Description:                    aws.String("Fleet for \"training\" <team> & co\n"),
		DisableIMDSV1:                  aws.Bool(true),
		DisconnectTimeoutInSeconds:     aws.Int32(900),
		DisplayName:                    aws.String("Training"),
		DomainJoinInfo:                 &types.DomainJoinInfo{DirectoryName: aws.String("corp.example.com"), OrganizationalUnitDistinguishedName: aws.String("OU=AppStream,DC=corp")},
		EnableDefaultInternetAccess:    aws.Bool(false),
		FleetType:                      types.FleetTypeAlwaysOn,
		IamRoleArn:                     aws.String("arn:aws:iam::123456789012:role/fleet"),
		IdleDisconnectTimeoutInSeconds: aws.Int32(600),
		ImageArn:                       aws.String("arn:aws:appstream:us-east-1::image/Base"),
		ImageName:                      aws.String("AppStream-WinServer2019-Base"),
		MaxConcurrentSessions:          aws.Int32(10),
		MaxSessionsPerInstance:         aws.Int32(2),
		MaxUserDurationInSeconds:       aws.Int32(57600),
		Platform:                       types.PlatformTypeWindowsServer2019,
		RootVolumeConfig:               &types.VolumeConfig{VolumeSizeInGb: aws.Int32(200)},
		SessionScriptS3Location:        &types.S3Location{S3Bucket: aws.String("scripts"), S3Key: aws.String("session.json")},
		StreamView:                     types.StreamViewDesktop,
		Tags:                           map[string]string{"team": "training", "cost-center": "42"},
		UsbDeviceFilterStrings:         []string{`"Mouse",*,*,*,*,*,*,0,0`},
		VpcConfig:                      &types.VpcConfig{SubnetIds: []string{"subnet-1a", "subnet-1b"}, SecurityGroupIds: []string{"sg-1"}},
	}
	updateFleetAll = &appstream.UpdateFleetInput{
		AttributesToDelete:             []types.FleetAttribute{types.FleetAttributeVpcConfigurationSecurityGroupIds, types.FleetAttributeVpcConfiguration},
		ComputeCapacity:                &types.ComputeCapacity{DesiredInstances: aws.Int32(3)},
		DeleteVpcConfig:                aws.Bool(true),
		Description:                    aws.String("updated"),
		DisableIMDSV1:                  aws.Bool(false),
		DisconnectTimeoutInSeconds:     aws.Int32(60),
		DisplayName:                    aws.String("Training 2"),
		DomainJoinInfo:                 &types.DomainJoinInfo{DirectoryName: aws.String("corp.example.com")},
		EnableDefaultInternetAccess:    aws.Bool(true),
		IamRoleArn:                     aws.String("arn:aws:iam::123456789012:role/fleet2"),
		IdleDisconnectTimeoutInSeconds: aws.Int32(0),
		ImageArn:                       aws.String("arn:aws:appstream:us-east-1::image/Base2"),
		ImageName:                      aws.String("Base2"),
		InstanceType:                   aws.String("stream.standard.large"),
		MaxConcurrentSessions:          aws.Int32(5),
		MaxSessionsPerInstance:         aws.Int32(1),
		MaxUserDurationInSeconds:       aws.Int32(600),
		Name:                           aws.String("training"),
		Platform:                       types.PlatformTypeAmazonLinux2,
		RootVolumeConfig:               &types.VolumeConfig{VolumeSizeInGb: aws.Int32(300)},
		SessionScriptS3Location:        &types.S3Location{S3Bucket: aws.String("scripts")},
		StreamView:                     types.StreamViewApp,
		UsbDeviceFilterStrings:         []string{},
		VpcConfig:                      &types.VpcConfig{SubnetIds: []string{"subnet-2"}, SecurityGroupIds: []string{}},
	}
	describeSessionsAll = &appstream.DescribeSessionsInput{
		FleetName:          aws.String("training"),
		StackName:          aws.String("training-stack"),
		AuthenticationType: types.AuthenticationTypeUserpool,
		InstanceId:         aws.String("i-0123456789abcdef0"),
		Limit:              aws.Int32(50),
		NextToken:          aws.String("token-2"),
		UserId:             aws.String("alice@example.com"),
	}
)

// call runs one operation with input against client.
type call func(context.Context, *appstream.Client) error

func createFleet(in *appstream.CreateFleetInput) call {
	return func(ctx context.Context, c *appstream.Client) error { _, err := c.CreateFleet(ctx, in); return err }
}
func updateFleet(in *appstream.UpdateFleetInput) call {
	return func(ctx context.Context, c *appstream.Client) error { _, err := c.UpdateFleet(ctx, in); return err }
}
func describeFleets(in *appstream.DescribeFleetsInput) call {
	return func(ctx context.Context, c *appstream.Client) error { _, err := c.DescribeFleets(ctx, in); return err }
}
func describeSessions(in *appstream.DescribeSessionsInput) call {
	return func(ctx context.Context, c *appstream.Client) error {
		_, err := c.DescribeSessions(ctx, in)
		return err
	}
}
func startFleet(in *appstream.StartFleetInput) call {
	return func(ctx context.Context, c *appstream.Client) error { _, err := c.StartFleet(ctx, in); return err }
}
func stopFleet(in *appstream.StopFleetInput) call {
	return func(ctx context.Context, c *appstream.Client) error { _, err := c.StopFleet(ctx, in); return err }
}
func deleteFleet(in *appstream.DeleteFleetInput) call {
	return func(ctx context.Context, c *appstream.Client) error { _, err := c.DeleteFleet(ctx, in); return err }
}

var wireCases = []struct {
	name   string
	target string
	call   call
}{
	{"CreateFleet-all", "CreateFleet", createFleet(createFleetAll)},
	{"CreateFleet-required", "CreateFleet", createFleet(&appstream.CreateFleetInput{Name: aws.String("training"), InstanceType: aws.String("stream.standard.small")})},
	{"UpdateFleet-all", "UpdateFleet", updateFleet(updateFleetAll)},
	{"UpdateFleet-required", "UpdateFleet", updateFleet(&appstream.UpdateFleetInput{Name: aws.String("training")})},
	{"DescribeFleets-all", "DescribeFleets", describeFleets(&appstream.DescribeFleetsInput{Names: []string{"training", "prod"}, NextToken: aws.String("token-1")})},
	{"DescribeFleets-nil", "DescribeFleets", describeFleets(nil)},
	{"DescribeFleets-empty-names", "DescribeFleets", describeFleets(&appstream.DescribeFleetsInput{Names: []string{}})},
	{"DescribeSessions-all", "DescribeSessions", describeSessions(describeSessionsAll)},
	{"DescribeSessions-required", "DescribeSessions", describeSessions(&appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f")})},
	{"StartFleet", "StartFleet", startFleet(&appstream.StartFleetInput{Name: aws.String("training")})},
	{"StopFleet", "StopFleet", stopFleet(&appstream.StopFleetInput{Name: aws.String("training")})},
	{"DeleteFleet", "DeleteFleet", deleteFleet(&appstream.DeleteFleetInput{Name: aws.String("training")})},
}

// TestRequestBodies checks the exact bytes sent against golden files, which
// were checked by hand against the official client (alphabetical members,
// nil members left out, non-nil empty lists sent as []).
func TestRequestBodies(t *testing.T) {
	for _, tc := range wireCases {
		t.Run(tc.name, func(t *testing.T) {
			f, client := newFakeService(t, ok(`{}`))
			if err := tc.call(context.Background(), client); err != nil {
				t.Fatal(err)
			}
			got := f.request(t, 0).Body
			golden := filepath.Join("testdata", "requests", tc.name+".json")
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(strings.TrimSuffix(string(want), "\n"), string(got)); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRequestHeaders(t *testing.T) {
	for _, tc := range wireCases {
		t.Run(tc.name, func(t *testing.T) {
			f, client := newFakeService(t, ok(`{}`))
			before := time.Now().UTC().Add(-time.Second)
			if err := tc.call(context.Background(), client); err != nil {
				t.Fatal(err)
			}
			r := f.request(t, 0)
			date, err := time.Parse("20060102T150405Z", r.Header.Get("X-Amz-Date"))
			if err != nil || date.Before(before.Truncate(time.Second)) || date.After(time.Now().Add(time.Second)) {
				t.Errorf("X-Amz-Date %q is not the time of the call (%v)", r.Header.Get("X-Amz-Date"), err)
			}
			want := map[string]string{
				"Method":               "POST",
				"Path":                 prefix,
				"Content-Type":         "application/x-amz-json-1.1",
				"X-Amz-Target":         "PhotonAdminProxyService." + tc.target,
				"Content-Length":       strconv.Itoa(len(r.Body)),
				"X-Amz-Security-Token": testToken,
				"Amz-Sdk-Request":      "attempt=1; max=3",
				"Authorization": "AWS4-HMAC-SHA256 Credential=" + testAccessKey + "/" + date.Format("20060102") +
					"/us-east-1/appstream/aws4_request, SignedHeaders=amz-sdk-invocation-id;amz-sdk-request;content-length;content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=<sig>",
			}
			got := map[string]string{"Method": r.Method, "Path": r.Path}
			for k := range want {
				if k != "Method" && k != "Path" {
					got[k] = r.Header.Get(k)
				}
			}
			got["Authorization"] = regexp.MustCompile(`Signature=[0-9a-f]{64}$`).ReplaceAllString(got["Authorization"], "Signature=<sig>")
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("request (-want +got):\n%s", diff)
			}
			if id := r.Header.Get("Amz-Sdk-Invocation-Id"); !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(id) {
				t.Errorf("Amz-Sdk-Invocation-Id %q is not a UUID", id)
			}
			if ua := r.Header.Get("User-Agent"); !strings.HasPrefix(ua, "appstream-go/") {
				t.Errorf("User-Agent %q", ua)
			}
			verifySignature(t, r)
		})
	}
}

func TestSigningScopeAndHost(t *testing.T) {
	cases := map[string]struct {
		opts      func(*appstream.Options)
		wantHost  string
		wantScope string
	}{
		"region":             {func(o *appstream.Options) { o.Region = "eu-west-1" }, "appstream2.eu-west-1.amazonaws.com", "eu-west-1/appstream"},
		"fips pseudo-region": {func(o *appstream.Options) { o.Region = "us-east-1-fips" }, "appstream2-fips.us-east-1.amazonaws.com", "us-east-1/appstream"},
		"fips prefix":        {func(o *appstream.Options) { o.Region = "fips-us-gov-west-1" }, "appstream2-fips.us-gov-west-1.amazonaws.com", "us-gov-west-1/appstream"},
		"fips option":        {func(o *appstream.Options) { o.EndpointOptions.UseFIPSEndpoint = aws.FIPSEndpointStateEnabled }, "appstream2-fips.us-east-1.amazonaws.com", "us-east-1/appstream"},
		"dual-stack":         {func(o *appstream.Options) { o.EndpointOptions.UseDualStackEndpoint = aws.DualStackEndpointStateEnabled }, "appstream2.us-east-1.api.aws", "us-east-1/appstream"},
		"china":              {func(o *appstream.Options) { o.Region = "cn-north-1" }, "appstream2.cn-north-1.amazonaws.com.cn", "cn-north-1/appstream"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var got recorded
			client := appstream.New(appstream.Options{Region: "us-east-1", Credentials: testCredentials,
				HTTPClient: httpClientFunc(func(r *http.Request) (*http.Response, error) {
					got = recorded{Host: r.URL.Host, Header: r.Header.Clone()}
					return jsonResponse(200, `{}`), nil
				})}, tc.opts)
			if _, err := client.DescribeFleets(context.Background(), nil); err != nil {
				t.Fatal(err)
			}
			if got.Host != tc.wantHost {
				t.Errorf("host %q, want %q", got.Host, tc.wantHost)
			}
			if auth := got.Header.Get("Authorization"); !strings.Contains(auth, "/"+tc.wantScope+"/aws4_request,") {
				t.Errorf("Authorization %q, want scope %s", auth, tc.wantScope)
			}
		})
	}
}

func TestDecodeResponses(t *testing.T) {
	fleet := readFile(t, "testdata/fleet.json")
	session := readFile(t, "testdata/session.json")
	f, client := newFakeService(t, func(n int, r recorded) reply {
		switch r.Header.Get("X-Amz-Target") {
		case "PhotonAdminProxyService.DescribeFleets":
			return reply{header: map[string]string{"X-Amzn-RequestId": "fleets-req"}, body: `{"Fleets":[` + fleet + `,null],"NextToken":"t2","Unknown":{"a":[1,2]}}`}
		case "PhotonAdminProxyService.DescribeSessions":
			return reply{body: `{"Sessions":[` + session + `],"NextToken":null}`}
		default:
			return reply{body: `{"Fleet":` + fleet + `}`}
		}
	})
	ctx := context.Background()
	fleets, err := client.DescribeFleets(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if id, _ := awsmiddleware.GetRequestIDMetadata(fleets.ResultMetadata); id != "fleets-req" {
		t.Errorf("request ID %q", id)
	}
	if len(fleets.Fleets) != 2 || aws.ToString(fleets.NextToken) != "t2" {
		t.Fatalf("fleets %d, next token %v", len(fleets.Fleets), fleets.NextToken)
	}
	want := types.Fleet{
		Arn:  aws.String("arn:aws:appstream:us-east-1:123456789012:fleet/training"),
		Name: aws.String("training"), State: types.FleetStateRunning, FleetType: "SPOT_BLOCK",
		InstanceType:          aws.String("stream.standard.medium"),
		CreatedTime:           aws.Time(time.Date(2025, 11, 27, 7, 0, 0, 123e6, time.UTC)),
		ComputeCapacityStatus: &types.ComputeCapacityStatus{Desired: aws.Int32(2), Running: aws.Int32(2), InUse: aws.Int32(1), Available: aws.Int32(1)},
		VpcConfig:             &types.VpcConfig{SubnetIds: []string{"subnet-1a"}, SecurityGroupIds: []string{"sg-1"}},
		FleetErrors:           []types.FleetError{{ErrorCode: types.FleetErrorCodeImageNotFound, ErrorMessage: aws.String("gone")}},
		Description:           nil,
	}
	if diff := cmp.Diff([]types.Fleet{want, {}}, fleets.Fleets); diff != "" {
		t.Errorf("fleets (-want +got):\n%s", diff)
	}
	sessions, err := client.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f")})
	if err != nil {
		t.Fatal(err)
	}
	wantSession := types.Session{
		Id: aws.String("s-1"), UserId: aws.String("alice"), StackName: aws.String("training-stack"), FleetName: aws.String("training"),
		State: types.SessionStateActive, AuthenticationType: types.AuthenticationTypeUserpool, ConnectionState: types.SessionConnectionStateConnected,
		StartTime:         aws.Time(time.Date(2025, 11, 27, 7, 0, 0, 500e6, time.UTC)),
		MaxExpirationTime: aws.Time(time.Date(2025, 11, 27, 23, 0, 0, 0, time.UTC)),
	}
	if diff := cmp.Diff([]types.Session{wantSession}, sessions.Sessions); diff != "" || sessions.NextToken != nil {
		t.Errorf("sessions (-want +got):\n%s\nnext token %v", diff, sessions.NextToken)
	}
	created, err := client.CreateFleet(ctx, &appstream.CreateFleetInput{Name: aws.String("training"), InstanceType: aws.String("x")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&want, created.Fleet); diff != "" {
		t.Errorf("created fleet (-want +got):\n%s", diff)
	}
	if f.count() != 3 {
		t.Errorf("%d requests, want 3", f.count())
	}
}

// TestMalformedResponses checks that a 2xx body that is not what the
// operation returns is a *smithy.DeserializationError that says where and
// what, inside the usual wrapping, and never a panic.
func TestMalformedResponses(t *testing.T) {
	cases := map[string]struct {
		body    string
		wantErr string
	}{
		"capacity beyond int32": {`{"Fleet":{"ComputeCapacityStatus":{"Desired":4294967297}}}`, "Fleet.ComputeCapacityStatus.Desired: 4294967297 is out of range for a 32-bit integer"},
		"timestamp as text":     {`{"Fleet":{"CreatedTime":"2017-06-01T00:00:00Z"}}`, "Fleet.CreatedTime: expected a timestamp in epoch seconds, found string"},
		"truncated document":    {`{"Fleet":{"Name":"tr`, "Fleet.Name: unterminated string"},
		"html":                  {`<html>oops</html>`, `expected object, found '<'`},
		"array":                 {`[]`, "expected object, found array"},
		"trailing garbage":      {`{} {}`, "unexpected data after the JSON document"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, client := newFakeService(t, ok(tc.body))
			_, err := client.UpdateFleet(context.Background(), &appstream.UpdateFleetInput{Name: aws.String("x")})
			var de *smithy.DeserializationError
			var oe *smithy.OperationError
			if !errors.As(err, &de) || !errors.As(err, &oe) || oe.OperationName != "UpdateFleet" {
				t.Fatalf("error %T %v, want *smithy.DeserializationError in an OperationError", err, err)
			}
			if !strings.Contains(err.Error(), tc.wantErr) || !strings.Contains(err.Error(), "StatusCode: 200, RequestID: req-a") {
				t.Errorf("error %q, want it to contain %q, the status and the request ID", err, tc.wantErr)
			}
		})
	}
}

// An empty 2xx body is an empty output, as in the official client.
func TestEmptySuccessBody(t *testing.T) {
	_, client := newFakeService(t, ok(``))
	out, err := client.DescribeFleets(context.Background(), nil)
	if err != nil || out.Fleets != nil || out.NextToken != nil {
		t.Fatalf("out %+v, err %v", out, err)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(b))
}

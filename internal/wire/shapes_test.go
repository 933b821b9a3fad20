package wire

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/types"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDecodeFleetEveryMember(t *testing.T) {
	got, err := decodeOne(readTestdata(t, "fleet-full.json"), DecodeFleet)
	if err != nil {
		t.Fatal(err)
	}
	want := &types.Fleet{
		Arn: ptr("arn:aws:appstream:us-east-1:123456789012:fleet/training"),
		ComputeCapacityStatus: &types.ComputeCapacityStatus{
			ActiveUserSessions: ptr[int32](3), ActualUserSessions: ptr[int32](4), Available: ptr[int32](1),
			AvailableUserSessions: ptr[int32](1), Desired: ptr[int32](2), DesiredUserSessions: ptr[int32](4),
			DrainModeActiveUserSessions: ptr[int32](0), DrainModeUnusedUserSessions: ptr[int32](0),
			Draining: ptr[int32](0), InUse: ptr[int32](1), Running: ptr[int32](2),
		},
		CreatedTime:                ptr(time.Date(2025, 11, 27, 7, 0, 0, 123e6, time.UTC)),
		Description:                ptr("Training fleet"),
		DisableIMDSV1:              ptr(true),
		DisconnectTimeoutInSeconds: ptr[int32](900),
		DisplayName:                ptr("Training"),
		DomainJoinInfo: &types.DomainJoinInfo{
			DirectoryName:                       ptr("corp.example.com"),
			OrganizationalUnitDistinguishedName: ptr("OU=AppStream,DC=corp,DC=example,DC=com"),
		},
		EnableDefaultInternetAccess: ptr(false),
		FleetErrors: []types.FleetError{
			{ErrorCode: types.FleetErrorCodeImageNotFound, ErrorMessage: ptr("The image was not found.")},
			{ErrorCode: "SOME_FUTURE_CODE"},
		},
		FleetType:                      types.FleetTypeOnDemand,
		IamRoleArn:                     ptr("arn:aws:iam::123456789012:role/appstream-fleet"),
		IdleDisconnectTimeoutInSeconds: ptr[int32](600),
		ImageArn:                       ptr("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-Base"),
		ImageName:                      ptr("AppStream-WinServer2019-Base"),
		InstanceType:                   ptr("stream.standard.medium"),
		MaxConcurrentSessions:          ptr[int32](10),
		MaxSessionsPerInstance:         ptr[int32](2),
		MaxUserDurationInSeconds:       ptr[int32](57600),
		Name:                           ptr("training"),
		Platform:                       types.PlatformTypeWindowsServer2019,
		RootVolumeConfig:               &types.VolumeConfig{VolumeSizeInGb: ptr[int32](200)},
		SessionScriptS3Location:        &types.S3Location{S3Bucket: ptr("scripts-bucket"), S3Key: ptr("session/script.json")},
		State:                          types.FleetStateRunning,
		StreamView:                     types.StreamViewDesktop,
		UsbDeviceFilterStrings:         []string{`"Mouse",*,*,*,*,*,*,0,0`},
		VpcConfig:                      &types.VpcConfig{SecurityGroupIds: []string{"sg-1"}, SubnetIds: []string{"subnet-1a", "subnet-1b"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fleet (-want +got):\n%s", diff)
	}
}

func TestDecodeSessionEveryMember(t *testing.T) {
	got, err := decodeOne("["+readTestdata(t, "session-full.json")+"]", DecodeSessions)
	if err != nil {
		t.Fatal(err)
	}
	want := []types.Session{{
		AuthenticationType:  types.AuthenticationTypeUserpool,
		ConnectionState:     types.SessionConnectionStateConnected,
		FleetName:           ptr("training"),
		Id:                  ptr("session-1"),
		InstanceDrainStatus: types.InstanceDrainStatusNotApplicable,
		InstanceId:          ptr("i-0123456789abcdef0"),
		MaxExpirationTime:   ptr(time.Date(2025, 11, 27, 23, 0, 0, 0, time.UTC)),
		NetworkAccessConfiguration: &types.NetworkAccessConfiguration{
			EniId: ptr("eni-1"), EniIpv6Addresses: []string{"2001:db8::1"}, EniPrivateIpAddress: ptr("10.0.0.12"),
		},
		StackName: ptr("training-stack"),
		StartTime: ptr(time.Date(2025, 11, 27, 7, 0, 0, 500e6, time.UTC)),
		State:     types.SessionStateActive,
		UserId:    ptr("alice@example.com"),
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sessions (-want +got):\n%s", diff)
	}
}

func TestDecodeShapesNullsAndErrors(t *testing.T) {
	cases := map[string]struct {
		doc     string
		want    *types.Fleet
		wantErr string
	}{
		"every member null": {
			`{"Arn":null,"ComputeCapacityStatus":null,"CreatedTime":null,"FleetErrors":null,"State":null,"VpcConfig":null,"DomainJoinInfo":null,"UsbDeviceFilterStrings":null}`,
			&types.Fleet{}, "",
		},
		"null fleet":          {`null`, nil, ""},
		"empty lists":         {`{"FleetErrors":[],"VpcConfig":{"SubnetIds":[]}}`, &types.Fleet{FleetErrors: []types.FleetError{}, VpcConfig: &types.VpcConfig{SubnetIds: []string{}}}, ""},
		"unknown enum values": {`{"State":"HIBERNATING","FleetType":"SPOT","Platform":"BEOS"}`, &types.Fleet{State: "HIBERNATING", FleetType: "SPOT", Platform: "BEOS"}, ""},
		"capacity out of range": {
			`{"ComputeCapacityStatus":{"Desired":4294967297}}`, nil,
			"ComputeCapacityStatus.Desired: 4294967297 is out of range for a 32-bit integer",
		},
		"time as string":   {`{"CreatedTime":"2017-06-01"}`, nil, "CreatedTime: expected a timestamp in epoch seconds, found string"},
		"state as number":  {`{"State":3}`, nil, "State: expected a string, found number"},
		"errors as object": {`{"FleetErrors":{}}`, nil, "FleetErrors: expected array, found object"},
		"bad error entry":  {`{"FleetErrors":[{"ErrorCode":"X"},{"ErrorMessage":1}]}`, nil, "FleetErrors[1].ErrorMessage: expected a string, found number"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := decodeOne(tc.doc, DecodeFleet)
			checkDecoded(t, got, err, tc.want, tc.wantErr)
		})
	}
}

// FuzzDecodeFleet checks, for any input, that decoding does not panic, that
// invalid JSON is refused, and that the name read from a valid document is
// the one encoding/json reads.
func FuzzDecodeFleet(f *testing.F) {
	f.Add(readTestdata(f, "fleet-full.json"))
	f.Add(`{"Name":"a","State":"RUNNING","ComputeCapacityStatus":{"Desired":1}}`)
	f.Add(`{"FleetErrors":[{"ErrorCode":"X"}],"CreatedTime":1.5e9}`)
	f.Fuzz(func(t *testing.T, doc string) {
		fleet, err := decodeOne(doc, DecodeFleet)
		if err != nil {
			return
		}
		if !json.Valid([]byte(doc)) {
			t.Fatalf("accepted invalid JSON %q", doc)
		}
		var members map[string]json.RawMessage
		if json.Unmarshal([]byte(doc), &members) != nil {
			return
		}
		var name string
		if raw := members["Name"]; string(raw) != "null" && json.Unmarshal(raw, &name) == nil && (fleet.Name == nil || *fleet.Name != name) {
			t.Fatalf("Name %v, encoding/json reads %q", fleet.Name, name)
		}
	})
}

// FuzzDecodeSessions checks that decoding a page of sessions never panics and
// never accepts invalid JSON.
func FuzzDecodeSessions(f *testing.F) {
	f.Add("[" + readTestdata(f, "session-full.json") + "]")
	f.Add(`[{"Id":"1","StartTime":1e9},null]`)
	f.Fuzz(func(t *testing.T, doc string) {
		if _, err := decodeOne(doc, DecodeSessions); err == nil && !json.Valid([]byte(doc)) {
			t.Fatalf("accepted invalid JSON %q", doc)
		}
	})
}

// Values that share a slab do not share memory: appending to a list or
// writing through a pointer changes nothing else.
func TestDecodedValuesAreIndependent(t *testing.T) {
	doc := `[{"Name":"a","VpcConfig":{"SecurityGroupIds":["sg-1"],"SubnetIds":["s-1","s-2"]},"UsbDeviceFilterStrings":["u"],"DomainJoinInfo":{"DirectoryName":"d"}},` +
		`{"Name":"b","VpcConfig":{"SecurityGroupIds":["sg-2"],"SubnetIds":["s-3"]},"DomainJoinInfo":{"DirectoryName":"e"}}]`
	fleets, err := decodeOne(doc, DecodeFleets)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := decodeOne(doc, DecodeFleets)
	for i := range fleets {
		f := &fleets[i]
		f.VpcConfig.SecurityGroupIds = append(f.VpcConfig.SecurityGroupIds, "sg-x")
		f.UsbDeviceFilterStrings = append(f.UsbDeviceFilterStrings, "x")
		*f.Name += "!"
		*f.DomainJoinInfo.DirectoryName += "!"
		f.VpcConfig.SubnetIds[0] += "!"
	}
	for i := range want {
		w := &want[i]
		w.VpcConfig.SecurityGroupIds = append(w.VpcConfig.SecurityGroupIds, "sg-x")
		w.UsbDeviceFilterStrings = append(w.UsbDeviceFilterStrings, "x")
		w.Name = ptr(*w.Name + "!")
		w.DomainJoinInfo.DirectoryName = ptr(*w.DomainJoinInfo.DirectoryName + "!")
		w.VpcConfig.SubnetIds[0] += "!"
	}
	if diff := cmp.Diff(want, fleets); diff != "" {
		t.Errorf("after the changes (-want +got):\n%s", diff)
	}
}

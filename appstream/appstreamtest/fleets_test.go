package appstreamtest

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/types"
)

func TestCreateFleetShape(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		request map[string]any
		want    map[string]any
	}{
		"defaults": {
			request: map[string]any{
				"Name":            "fleet-a",
				"ImageName":       ImageWindowsServer2019,
				"InstanceType":    "stream.standard.small",
				"ComputeCapacity": map[string]any{"DesiredInstances": 2},
			},
			want: map[string]any{
				"Arn":                         "arn:aws:appstream:us-east-1:123456789012:fleet/fleet-a",
				"Name":                        "fleet-a",
				"ImageName":                   ImageWindowsServer2019,
				"InstanceType":                "stream.standard.small",
				"FleetType":                   "ON_DEMAND",
				"State":                       "STOPPED",
				"StreamView":                  "APP",
				"Platform":                    "WINDOWS_SERVER_2019",
				"MaxUserDurationInSeconds":    57600.0,
				"DisconnectTimeoutInSeconds":  900.0,
				"EnableDefaultInternetAccess": false,
				"CreatedTime":                 testEpoch,
				"ComputeCapacityStatus":       map[string]any{"Desired": 2.0, "Running": 0.0, "InUse": 0.0, "Available": 0.0},
			},
		},
		"every attribute": {
			request: map[string]any{
				"Name":                           "fleet-b",
				"ImageArn":                       "arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-06-17-2024",
				"InstanceType":                   "stream.standard.medium",
				"FleetType":                      "ALWAYS_ON",
				"ComputeCapacity":                map[string]any{"DesiredSessions": 7},
				"VpcConfig":                      map[string]any{"SubnetIds": []string{"subnet-1"}, "SecurityGroupIds": []string{"sg-1", "sg-2"}},
				"MaxUserDurationInSeconds":       3600,
				"DisconnectTimeoutInSeconds":     60,
				"Description":                    "",
				"DisplayName":                    "Fleet B",
				"EnableDefaultInternetAccess":    true,
				"DomainJoinInfo":                 map[string]any{"DirectoryName": "corp.example.com", "OrganizationalUnitDistinguishedName": "OU=x"},
				"Tags":                           map[string]any{"team": "a"},
				"IdleDisconnectTimeoutInSeconds": 300,
				"IamRoleArn":                     "arn:aws:iam::123456789012:role/fleet",
				"StreamView":                     "DESKTOP",
				"Platform":                       "AMAZON_LINUX2",
				"UsbDeviceFilterStrings":         []string{"Wacom,03,*,*,*,*,0,0"},
				"SessionScriptS3Location":        map[string]any{"S3Bucket": "scripts", "S3Key": "a.json"},
				"MaxSessionsPerInstance":         3,
				"RootVolumeConfig":               map[string]any{"VolumeSizeInGb": 300},
				"DisableIMDSV1":                  true,
				"SomeFutureMember":               "ignored",
			},
			want: map[string]any{
				"Arn":                            "arn:aws:appstream:us-east-1:123456789012:fleet/fleet-b",
				"Name":                           "fleet-b",
				"ImageArn":                       "arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-06-17-2024",
				"InstanceType":                   "stream.standard.medium",
				"FleetType":                      "ALWAYS_ON",
				"State":                          "STOPPED",
				"VpcConfig":                      map[string]any{"SubnetIds": []any{"subnet-1"}, "SecurityGroupIds": []any{"sg-1", "sg-2"}},
				"MaxUserDurationInSeconds":       3600.0,
				"DisconnectTimeoutInSeconds":     60.0,
				"Description":                    "",
				"DisplayName":                    "Fleet B",
				"EnableDefaultInternetAccess":    true,
				"DomainJoinInfo":                 map[string]any{"DirectoryName": "corp.example.com", "OrganizationalUnitDistinguishedName": "OU=x"},
				"IdleDisconnectTimeoutInSeconds": 300.0,
				"IamRoleArn":                     "arn:aws:iam::123456789012:role/fleet",
				"StreamView":                     "DESKTOP",
				"Platform":                       "AMAZON_LINUX2",
				"UsbDeviceFilterStrings":         []any{"Wacom,03,*,*,*,*,0,0"},
				"SessionScriptS3Location":        map[string]any{"S3Bucket": "scripts", "S3Key": "a.json"},
				"MaxSessionsPerInstance":         3.0,
				"RootVolumeConfig":               map[string]any{"VolumeSizeInGb": 300.0},
				"DisableIMDSV1":                  true,
				"CreatedTime":                    testEpoch,
				"ComputeCapacityStatus": map[string]any{"Desired": 3.0, "Running": 0.0, "InUse": 0.0, "Available": 0.0,
					"DesiredUserSessions": 9.0, "ActiveUserSessions": 0.0, "AvailableUserSessions": 0.0, "ActualUserSessions": 0.0,
					"Draining": 0.0, "DrainModeActiveUserSessions": 0.0, "DrainModeUnusedUserSessions": 0.0},
			},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			r := call(t, srv, "CreateFleet", tc.request)
			if r.Status != http.StatusOK {
				t.Fatalf("status %d: %s", r.Status, r.Raw)
			}
			if diff := cmp.Diff(map[string]any{"Fleet": tc.want}, r.Body); diff != "" {
				t.Errorf("CreateFleet (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.want, describeFleet(t, srv, tc.want["Name"].(string))); diff != "" {
				t.Errorf("DescribeFleets (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCreatedTimeHasMilliseconds(t *testing.T) {
	t.Parallel()
	srv, clock := newTestServer(t)
	clock.Set(testStart.Add(123456789 * time.Nanosecond))
	r := call(t, srv, "CreateFleet", map[string]any{"Name": "f", "ImageName": ImageWindowsServer2019, "InstanceType": "stream.standard.small", "ComputeCapacity": map[string]any{"DesiredInstances": 1}})
	if !strings.Contains(string(r.Raw), `"CreatedTime":1795762800.123,`) {
		t.Errorf("CreatedTime is not epoch seconds with milliseconds: %s", r.Raw)
	}
}

func TestCreateFleetErrors(t *testing.T) {
	t.Parallel()
	valid := map[string]any{"Name": "fleet-a", "ImageName": ImageWindowsServer2019, "InstanceType": "stream.standard.small", "ComputeCapacity": map[string]any{"DesiredInstances": 1}}
	with := func(changes map[string]any) map[string]any {
		out := map[string]any{}
		for k, v := range valid {
			out[k] = v
		}
		for k, v := range changes {
			if v == nil {
				delete(out, k)
			} else {
				out[k] = v
			}
		}
		return out
	}
	long := func(n int) string { return strings.Repeat("x", n) }
	namePattern := "Member must satisfy regular expression pattern: ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"
	cases := map[string]struct {
		request map[string]any
		code    string
		message string
	}{
		"duplicate name": {
			request: with(map[string]any{"Name": "existing"}), code: "ResourceAlreadyExistsException",
			message: "The fleet existing already exists.",
		},
		"no image": {
			request: with(map[string]any{"ImageName": nil}), code: "InvalidParameterCombinationException",
			message: "Specify ImageName or ImageArn.",
		},
		"both images": {
			request: with(map[string]any{"ImageArn": "arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-06-17-2024"}), code: "InvalidParameterCombinationException",
			message: "Specify ImageName or ImageArn, not both.",
		},
		"both capacities": {
			request: with(map[string]any{"ComputeCapacity": map[string]any{"DesiredInstances": 1, "DesiredSessions": 2}}), code: "InvalidParameterCombinationException",
			message: "Specify ComputeCapacity.DesiredInstances or ComputeCapacity.DesiredSessions, not both.",
		},
		"no capacity for on-demand": {
			request: with(map[string]any{"ComputeCapacity": nil}), code: "InvalidParameterCombinationException",
			message: "ComputeCapacity with DesiredInstances or DesiredSessions is required for ON_DEMAND fleets.",
		},
		"missing name": {
			request: with(map[string]any{"Name": nil}), code: "ValidationException",
			message: "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
		},
		"null instance type": {
			request: with(map[string]any{"InstanceType": nil}), code: "ValidationException",
			message: "1 validation error detected: Value null at 'instanceType' failed to satisfy constraint: Member must not be null",
		},
		"bad name": {
			request: with(map[string]any{"Name": "-x"}), code: "ValidationException",
			message: "1 validation error detected: Value '-x' at 'name' failed to satisfy constraint: " + namePattern,
		},
		"name too long": {
			request: with(map[string]any{"Name": "a" + long(101)}), code: "ValidationException",
			message: "1 validation error detected: Value 'a" + long(101) + "' at 'name' failed to satisfy constraint: " + namePattern,
		},
		"bad image name": {
			request: with(map[string]any{"ImageName": "image 1"}), code: "ValidationException",
			message: "1 validation error detected: Value 'image 1' at 'imageName' failed to satisfy constraint: " + namePattern,
		},
		"empty instance type": {
			request: with(map[string]any{"InstanceType": ""}), code: "ValidationException",
			message: "1 validation error detected: Value '' at 'instanceType' failed to satisfy constraint: Member must have length greater than or equal to 1",
		},
		"description too long": {
			request: with(map[string]any{"Description": long(257)}), code: "ValidationException",
			message: "1 validation error detected: Value '" + long(257) + "' at 'description' failed to satisfy constraint: Member must have length less than or equal to 256",
		},
		"display name too long": {
			request: with(map[string]any{"DisplayName": long(101)}), code: "ValidationException",
			message: "1 validation error detected: Value '" + long(101) + "' at 'displayName' failed to satisfy constraint: Member must have length less than or equal to 100",
		},
		"six security groups": {
			request: with(map[string]any{"VpcConfig": map[string]any{"SecurityGroupIds": []string{"a", "b", "c", "d", "e", "f"}}}), code: "ValidationException",
			message: "1 validation error detected: Value '[a, b, c, d, e, f]' at 'vpcConfig.securityGroupIds' failed to satisfy constraint: Member must have length less than or equal to 5",
		},
		"empty subnet": {
			request: with(map[string]any{"VpcConfig": map[string]any{"SubnetIds": []string{"subnet-1", ""}}}), code: "ValidationException",
			message: "1 validation error detected: Value '' at 'vpcConfig.subnetIds.2.member' failed to satisfy constraint: Member must have length greater than or equal to 1",
		},
		"bad fleet type": {
			request: with(map[string]any{"FleetType": "on_demand"}), code: "ValidationException",
			message: "1 validation error detected: Value 'on_demand' at 'fleetType' failed to satisfy constraint: Member must satisfy enum value set: [ALWAYS_ON, ON_DEMAND, ELASTIC]",
		},
		"bad stream view": {
			request: with(map[string]any{"StreamView": "FULL"}), code: "ValidationException",
			message: "1 validation error detected: Value 'FULL' at 'streamView' failed to satisfy constraint: Member must satisfy enum value set: [APP, DESKTOP]",
		},
		"bad platform": {
			request: with(map[string]any{"Platform": "WINDOWS_XP"}), code: "ValidationException",
			message: "1 validation error detected: Value 'WINDOWS_XP' at 'platform' failed to satisfy constraint: Member must satisfy enum value set: [WINDOWS, WINDOWS_SERVER_2016, WINDOWS_SERVER_2019, WINDOWS_SERVER_2022, WINDOWS_SERVER_2025, AMAZON_LINUX2, RHEL8, ROCKY_LINUX8, UBUNTU_PRO_2404]",
		},
		"bad image arn": {
			request: with(map[string]any{"ImageName": nil, "ImageArn": "arn:azure:x"}), code: "ValidationException",
			message: "1 validation error detected: Value 'arn:azure:x' at 'imageArn' failed to satisfy constraint: Member must satisfy regular expression pattern: " + arnPatternText,
		},
		"image arn resource too long": {
			request: with(map[string]any{"ImageName": nil, "ImageArn": "arn:aws:appstream:us-east-1::" + long(1025)}), code: "ValidationException",
			message: "1 validation error detected: Value 'arn:aws:appstream:us-east-1::" + long(1025) + "' at 'imageArn' failed to satisfy constraint: Member must satisfy regular expression pattern: " + arnPatternText,
		},
		"bad role arn": {
			request: with(map[string]any{"IamRoleArn": "role/fleet"}), code: "ValidationException",
			message: "1 validation error detected: Value 'role/fleet' at 'iamRoleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: " + arnPatternText,
		},
		"organizational unit too long": {
			request: with(map[string]any{"DomainJoinInfo": map[string]any{"OrganizationalUnitDistinguishedName": long(2001)}}), code: "ValidationException",
			message: "1 validation error detected: Value '" + long(2001) + "' at 'domainJoinInfo.organizationalUnitDistinguishedName' failed to satisfy constraint: Member must have length less than or equal to 2000",
		},
		"bucket missing": {
			request: with(map[string]any{"SessionScriptS3Location": map[string]any{"S3Key": "k"}}), code: "ValidationException",
			message: "1 validation error detected: Value null at 'sessionScriptS3Location.s3Bucket' failed to satisfy constraint: Member must not be null",
		},
		"bucket too short": {
			request: with(map[string]any{"SessionScriptS3Location": map[string]any{"S3Bucket": "ab", "S3Key": "k"}}), code: "ValidationException",
			message: "1 validation error detected: Value 'ab' at 'sessionScriptS3Location.s3Bucket' failed to satisfy constraint: Member must have length greater than or equal to 3",
		},
		"bucket too long": {
			request: with(map[string]any{"SessionScriptS3Location": map[string]any{"S3Bucket": long(64), "S3Key": "k"}}), code: "ValidationException",
			message: "1 validation error detected: Value '" + long(64) + "' at 'sessionScriptS3Location.s3Bucket' failed to satisfy constraint: Member must have length less than or equal to 63",
		},
		"bucket ends with a dot": {
			request: with(map[string]any{"SessionScriptS3Location": map[string]any{"S3Bucket": "scripts.", "S3Key": "k"}}), code: "ValidationException",
			message: "1 validation error detected: Value 'scripts.' at 'sessionScriptS3Location.s3Bucket' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-z\\.\\-]*(?<!\\.)$",
		},
		"bucket with capitals": {
			request: with(map[string]any{"SessionScriptS3Location": map[string]any{"S3Bucket": "Scripts", "S3Key": "k"}}), code: "ValidationException",
			message: "1 validation error detected: Value 'Scripts' at 'sessionScriptS3Location.s3Bucket' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-z\\.\\-]*(?<!\\.)$",
		},
		"bad usb filter": {
			request: with(map[string]any{"UsbDeviceFilterStrings": []string{"Wacom,03,*,*,*,*,0,0", "mouse"}}), code: "ValidationException",
			message: "1 validation error detected: Value 'mouse' at 'usbDeviceFilterStrings.2.member' failed to satisfy constraint: Member must satisfy regular expression pattern: " + usbPatternText,
		},
		"no tags": {
			request: with(map[string]any{"Tags": map[string]any{}}), code: "ValidationException",
			message: "1 validation error detected: Value '{}' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1",
		},
		"51 tags": {
			request: with(map[string]any{"Tags": func() map[string]any {
				tags := map[string]any{}
				for i := 0; i < 51; i++ {
					tags[fmt.Sprintf("k%02d", i)] = "v"
				}
				return tags
			}()}), code: "ValidationException",
			message: "1 validation error detected: Value '{k00=v, k01=v, ...",
		},
		"aws: tag key": {
			request: with(map[string]any{"Tags": map[string]any{"aws:owner": "me"}}), code: "ValidationException",
			message: "1 validation error detected: Value 'aws:owner' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ^(^(?!aws:).[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$]",
		},
		"tag key too long": {
			request: with(map[string]any{"Tags": map[string]any{long(129): "v"}}), code: "ValidationException",
			message: "1 validation error detected: Value '" + long(129) + "' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128]",
		},
		"empty tag key": {
			request: with(map[string]any{"Tags": map[string]any{"": "v"}}), code: "ValidationException",
			message: "1 validation error detected: Value '' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^(^(?!aws:).[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$]",
		},
		"tag value too long": {
			request: with(map[string]any{"Tags": map[string]any{"k": long(257)}}), code: "ValidationException",
			message: "1 validation error detected: Value '" + long(257) + "' at 'tags' failed to satisfy constraint: Map values must satisfy constraint: [Member must have length less than or equal to 256]",
		},
		"bad tag value": {
			request: with(map[string]any{"Tags": map[string]any{"k": "a*b"}}), code: "ValidationException",
			message: "1 validation error detected: Value 'a*b' at 'tags' failed to satisfy constraint: Map values must satisfy constraint: [Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$]",
		},
		"several errors": {
			request: with(map[string]any{"Name": nil, "DisplayName": long(101), "StreamView": "x"}), code: "ValidationException",
			message: "3 validation errors detected: Value null at 'name' failed to satisfy constraint: Member must not be null; " +
				"Value '" + long(101) + "' at 'displayName' failed to satisfy constraint: Member must have length less than or equal to 100; " +
				"Value 'x' at 'streamView' failed to satisfy constraint: Member must satisfy enum value set: [APP, DESKTOP]",
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			createFleet(t, srv, "existing", nil)
			wantError(t, call(t, srv, "CreateFleet", tc.request), http.StatusBadRequest, tc.code, tc.message)
			if got := len(mustCall(t, srv, "DescribeFleets", map[string]any{})["Fleets"].([]any)); got != 1 {
				t.Errorf("%d fleets after a failed CreateFleet, want 1", got)
			}
		})
	}
}

func TestCreateFleetAcceptsModelEdges(t *testing.T) {
	t.Parallel()
	cases := map[string]map[string]any{
		"name of 101 characters": {"Name": "a" + strings.Repeat("b", 100)},
		"elastic without capacity": {"FleetType": "ELASTIC", "ComputeCapacity": nil, "MaxConcurrentSessions": 4, "Platform": "WINDOWS_SERVER_2019",
			"VpcConfig": map[string]any{"SubnetIds": []string{"subnet-1", "subnet-2"}}},
		"five security groups":    {"VpcConfig": map[string]any{"SecurityGroupIds": []string{"a", "b", "c", "d", "e"}}},
		"aws-us-gov image arn":    {"ImageName": nil, "ImageArn": "arn:aws-us-gov:appstream:us-gov-west-1::image/x"},
		"arn resource of 1024":    {"ImageName": nil, "ImageArn": "arn:aws:appstream:us-east-1::" + strings.Repeat("x", 1024)},
		"bucket with dots":        {"SessionScriptS3Location": map[string]any{"S3Bucket": "my.bucket-1", "S3Key": "k"}},
		"tag key with aws inside": {"Tags": map[string]any{"x-aws:y": "", "é": "ü"}},
		"null optional members":   {"Description": nil, "VpcConfig": nil, "Tags": nil},
	}
	// Images with those ARNs, so that the ARNs' edges are what is tested.
	images := WithImages(types.Image{Name: ptr("x"), Arn: ptr("arn:aws-us-gov:appstream:us-gov-west-1::image/x")},
		types.Image{Name: ptr("long"), Arn: ptr("arn:aws:appstream:us-east-1::" + strings.Repeat("x", 1024))})
	for name, extra := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t, images)
			body := map[string]any{"Name": "f", "ImageName": ImageWindowsServer2019, "InstanceType": "stream.standard.small", "ComputeCapacity": map[string]any{"DesiredInstances": 1}}
			for k, v := range extra {
				body[k] = v
			}
			if r := call(t, srv, "CreateFleet", body); r.Status != http.StatusOK {
				t.Errorf("status %d: %s", r.Status, r.Raw)
			}
		})
	}
}

func TestFleetLifecycle(t *testing.T) {
	t.Parallel()
	srv, clock := newTestServer(t, WithTransitionTime(10*time.Minute))
	createFleet(t, srv, "f", nil)
	steps := []struct {
		name    string
		op      string        // run first, if set
		advance time.Duration // then move the clock
		want    string
	}{
		{name: "created", want: "STOPPED"},
		{name: "started", op: "StartFleet", want: "STARTING"},
		{name: "just before the transition time", advance: 10*time.Minute - time.Millisecond, want: "STARTING"},
		{name: "at the transition time", advance: time.Millisecond, want: "RUNNING"},
		{name: "long after", advance: time.Hour, want: "RUNNING"},
		{name: "stopped", op: "StopFleet", want: "STOPPING"},
		{name: "still stopping", advance: 9 * time.Minute, want: "STOPPING"},
		{name: "stopped after the transition time", advance: time.Minute, want: "STOPPED"},
		{name: "started again", op: "StartFleet", advance: 5 * time.Minute, want: "STARTING"},
		{name: "stopped while starting", op: "StopFleet", advance: 5 * time.Minute, want: "STOPPING"},
		{name: "stop restarts the clock", advance: 5 * time.Minute, want: "STOPPED"},
		{name: "deleted", op: "DeleteFleet"},
	}
	for _, step := range steps {
		if step.op != "" {
			mustCall(t, srv, step.op, map[string]any{"Name": "f"})
		}
		clock.Advance(step.advance)
		if step.want == "" {
			wantError(t, call(t, srv, "DescribeFleets", map[string]any{"Names": []string{"f"}}), http.StatusBadRequest, "ResourceNotFoundException", "The fleet f does not exist.")
			continue
		}
		if got := stateOf(t, srv, "f"); got != step.want {
			t.Errorf("%s: state %s, want %s", step.name, got, step.want)
		}
	}
}

func TestTransitionWithoutTransitionTime(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	createFleet(t, srv, "f", nil)
	mustCall(t, srv, "StartFleet", map[string]any{"Name": "f"})
	if got := stateOf(t, srv, "f"); got != "RUNNING" {
		t.Errorf("after StartFleet: %s, want RUNNING at once", got)
	}
	mustCall(t, srv, "StopFleet", map[string]any{"Name": "f"})
	if got := stateOf(t, srv, "f"); got != "STOPPED" {
		t.Errorf("after StopFleet: %s, want STOPPED at once", got)
	}
}

func TestStateErrors(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		state   string // the fleet's state before op
		op      string
		code    string
		message string
	}{
		"start running":   {"RUNNING", "StartFleet", "OperationNotPermittedException", "The fleet f is already RUNNING; only a STOPPED fleet can be started."},
		"start starting":  {"STARTING", "StartFleet", "ConcurrentModificationException", "The fleet f is STARTING; wait until it is STOPPED before starting it."},
		"start stopping":  {"STOPPING", "StartFleet", "ConcurrentModificationException", "The fleet f is STOPPING; wait until it is STOPPED before starting it."},
		"stop stopped":    {"STOPPED", "StopFleet", "ConcurrentModificationException", "The fleet f is already STOPPED; only a RUNNING or STARTING fleet can be stopped."},
		"stop stopping":   {"STOPPING", "StopFleet", "ConcurrentModificationException", "The fleet f is already STOPPING; only a RUNNING or STARTING fleet can be stopped."},
		"delete running":  {"RUNNING", "DeleteFleet", "ResourceInUseException", "The fleet f is RUNNING; stop it and wait until it is STOPPED before deleting it."},
		"delete starting": {"STARTING", "DeleteFleet", "ResourceInUseException", "The fleet f is STARTING; stop it and wait until it is STOPPED before deleting it."},
		"delete stopping": {"STOPPING", "DeleteFleet", "ResourceInUseException", "The fleet f is STOPPING; stop it and wait until it is STOPPED before deleting it."},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, clock := newTestServer(t, WithTransitionTime(time.Minute))
			putInState(t, srv, clock, "f", tc.state, nil)
			wantError(t, call(t, srv, tc.op, map[string]any{"Name": "f"}), http.StatusBadRequest, tc.code, tc.message)
			if got := stateOf(t, srv, "f"); got != tc.state {
				t.Errorf("state %s after the refused %s, want %s", got, tc.op, tc.state)
			}
		})
	}
}

// putInState creates a fleet and brings it to state, with a transition time
// of one minute.
func putInState(t *testing.T, srv *Server, clock *FakeClock, name, state string, extra map[string]any) {
	t.Helper()
	createFleet(t, srv, name, extra)
	if state == "STOPPED" {
		return
	}
	mustCall(t, srv, "StartFleet", map[string]any{"Name": name})
	if state == "STARTING" {
		return
	}
	clock.Advance(time.Minute)
	if state == "STOPPING" {
		mustCall(t, srv, "StopFleet", map[string]any{"Name": name})
	}
	if got := stateOf(t, srv, name); got != state {
		t.Fatalf("fleet %s is %s, want %s", name, got, state)
	}
}

func TestUnknownFleet(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	createFleet(t, srv, "known", nil)
	cases := map[string]struct {
		op   string
		body map[string]any
	}{
		"StartFleet":     {"StartFleet", map[string]any{"Name": "nope"}},
		"StopFleet":      {"StopFleet", map[string]any{"Name": "nope"}},
		"DeleteFleet":    {"DeleteFleet", map[string]any{"Name": "nope"}},
		"UpdateFleet":    {"UpdateFleet", map[string]any{"Name": "nope", "DisplayName": "x"}},
		"DescribeFleets": {"DescribeFleets", map[string]any{"Names": []string{"known", "nope"}}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			wantError(t, call(t, srv, tc.op, tc.body), http.StatusBadRequest, "ResourceNotFoundException", "The fleet nope does not exist.")
		})
	}
}

func TestNameRequired(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	for _, op := range []string{"StartFleet", "StopFleet", "DeleteFleet", "UpdateFleet"} {
		t.Run(op, func(t *testing.T) {
			wantError(t, call(t, srv, op, map[string]any{}), http.StatusBadRequest, "ValidationException",
				"1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null")
		})
	}
}

func TestDescribeFleetsPaging(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t, WithFleetPageSize(4))
	var want []string
	for i := 9; i >= 0; i-- { // created out of order, listed by name
		createFleet(t, srv, fmt.Sprintf("fleet-%d", i), nil)
		want = append([]string{fmt.Sprintf("fleet-%d", i)}, want...)
	}
	var got []string
	var pages []int
	body := map[string]any{}
	for {
		out := mustCall(t, srv, "DescribeFleets", body)
		fleets := out["Fleets"].([]any)
		pages = append(pages, len(fleets))
		for _, f := range fleets {
			got = append(got, f.(map[string]any)["Name"].(string))
		}
		token, ok := out["NextToken"].(string)
		if !ok {
			break
		}
		if len(pages) == 2 {
			// A fleet created between pages shows up in its place.
			createFleet(t, srv, "fleet-99", nil)
			want = append(want, "fleet-99")
		}
		body = map[string]any{"NextToken": token}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fleets (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{4, 4, 3}, pages); diff != "" {
		t.Errorf("page sizes (-want +got):\n%s", diff)
	}
}

func TestDescribeFleetsDefaultPageSize(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	for i := 0; i < DefaultFleetPageSize+1; i++ {
		createFleet(t, srv, fmt.Sprintf("f%02d", i), nil)
	}
	out := mustCall(t, srv, "DescribeFleets", map[string]any{})
	if got := len(out["Fleets"].([]any)); got != DefaultFleetPageSize {
		t.Errorf("first page has %d fleets, want %d", got, DefaultFleetPageSize)
	}
	out = mustCall(t, srv, "DescribeFleets", map[string]any{"NextToken": out["NextToken"]})
	if got := len(out["Fleets"].([]any)); got != 1 || out["NextToken"] != nil {
		t.Errorf("second page has %d fleets and token %v, want 1 and none", got, out["NextToken"])
	}
}

func TestDescribeFleetsResults(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t, WithFleetPageSize(2))
	empty := mustCall(t, srv, "DescribeFleets", map[string]any{})
	if diff := cmp.Diff(map[string]any{"Fleets": []any{}}, empty); diff != "" {
		t.Errorf("no fleets (-want +got):\n%s", diff)
	}
	for _, name := range []string{"a", "b", "c"} {
		createFleet(t, srv, name, nil)
	}
	cases := map[string]struct {
		names []string
		want  []string
	}{
		"in the order asked, in one page": {[]string{"c", "a", "b"}, []string{"c", "a", "b"}},
		"duplicates once":                 {[]string{"b", "b"}, []string{"b"}},
		"empty list means all":            {[]string{}, []string{"a", "b"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			out := mustCall(t, srv, "DescribeFleets", map[string]any{"Names": tc.names})
			var got []string
			for _, f := range out["Fleets"].([]any) {
				got = append(got, f.(map[string]any)["Name"].(string))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("fleets (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDescribeFleetsTokens(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t, WithFleetPageSize(1))
	other, _ := newTestServer(t, WithFleetPageSize(1))
	for _, s := range []*Server{srv, other} {
		createFleet(t, s, "a", nil)
		createFleet(t, s, "b", nil)
	}
	token := mustCall(t, srv, "DescribeFleets", map[string]any{})["NextToken"].(string)
	otherToken := mustCall(t, other, "DescribeFleets", map[string]any{})["NextToken"].(string)
	sessionsToken := func() string {
		for i := 0; i < 2; i++ {
			srv.AddSession(sessionOn("s", "a"))
		}
		return mustCall(t, srv, "DescribeSessions", map[string]any{"StackName": "s", "FleetName": "a", "Limit": 1})["NextToken"].(string)
	}()
	invalid := "Invalid NextToken: it was not issued by this endpoint for this request."
	cases := map[string]struct {
		body    map[string]any
		message string
	}{
		"forged":                {map[string]any{"NextToken": "YQ.AAAAAAAAAAAAAAAAAAAAAA"}, invalid},
		"garbage":               {map[string]any{"NextToken": "%%%"}, invalid},
		"tampered position":     {map[string]any{"NextToken": "Yg" + token[2:]}, invalid},
		"from another server":   {map[string]any{"NextToken": otherToken}, invalid},
		"from DescribeSessions": {map[string]any{"NextToken": sessionsToken}, invalid},
		"with Names":            {map[string]any{"NextToken": token, "Names": []string{"a"}}, invalid},
		"empty":                 {map[string]any{"NextToken": ""}, "1 validation error detected: Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			wantError(t, call(t, srv, "DescribeFleets", tc.body), http.StatusBadRequest, "ValidationException", tc.message)
		})
	}
	t.Run("reused", func(t *testing.T) {
		for i := 0; i < 2; i++ {
			out := mustCall(t, srv, "DescribeFleets", map[string]any{"NextToken": token})
			if name := out["Fleets"].([]any)[0].(map[string]any)["Name"]; name != "b" {
				t.Errorf("use %d: fleet %v, want b", i+1, name)
			}
		}
	})
}

package appstreamtest

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// updatableWhileRunning restates the UpdateFleet documentation: what a
// RUNNING fleet of each type can update.
var updatableWhileRunning = map[string][]string{
	"ALWAYS_ON": {"DisplayName", "ComputeCapacity", "ImageName", "ImageArn", "IdleDisconnectTimeoutInSeconds", "DisconnectTimeoutInSeconds"},
	"ON_DEMAND": {"DisplayName", "ComputeCapacity", "ImageName", "ImageArn", "IdleDisconnectTimeoutInSeconds", "DisconnectTimeoutInSeconds"},
	"ELASTIC":   {"DisplayName", "IdleDisconnectTimeoutInSeconds", "DisconnectTimeoutInSeconds", "MaxConcurrentSessions", "SessionScriptS3Location", "UsbDeviceFilterStrings"},
}

// updates are a new value for every member UpdateFleet can set, and where it
// shows in the fleet.
var updates = []struct {
	member string
	value  any
	want   any // the fleet's member afterwards
}{
	{"DisplayName", "New name", "New name"},
	{"ComputeCapacity", map[string]any{"DesiredInstances": 5}, nil}, // checked in ComputeCapacityStatus
	{"ImageName", ImageWindowsServer2022, ImageWindowsServer2022},
	{"ImageArn", "arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-06-17-2024", "arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-06-17-2024"},
	{"IdleDisconnectTimeoutInSeconds", 120, 120.0},
	{"DisconnectTimeoutInSeconds", 240, 240.0},
	{"MaxConcurrentSessions", 9, 9.0},
	{"SessionScriptS3Location", map[string]any{"S3Bucket": "bucket", "S3Key": "k"}, map[string]any{"S3Bucket": "bucket", "S3Key": "k"}},
	{"UsbDeviceFilterStrings", []string{"Wacom,03,*,*,*,*,0,0"}, []any{"Wacom,03,*,*,*,*,0,0"}},
	{"MaxUserDurationInSeconds", 7200, 7200.0},
	{"InstanceType", "stream.standard.large", "stream.standard.large"},
	{"VpcConfig", map[string]any{"SubnetIds": []string{"subnet-8", "subnet-9"}}, map[string]any{"SubnetIds": []any{"subnet-8", "subnet-9"}}},
	{"Description", "about", "about"},
	{"EnableDefaultInternetAccess", true, true},
	{"DomainJoinInfo", map[string]any{"DirectoryName": "corp"}, map[string]any{"DirectoryName": "corp"}},
	{"IamRoleArn", "arn:aws:iam::123456789012:role/r", "arn:aws:iam::123456789012:role/r"},
	{"StreamView", "DESKTOP", "DESKTOP"},
	{"Platform", "UBUNTU_PRO_2404", "UBUNTU_PRO_2404"},
	{"MaxSessionsPerInstance", 4, 4.0},
	{"RootVolumeConfig", map[string]any{"VolumeSizeInGb": 200}, map[string]any{"VolumeSizeInGb": 200.0}},
	{"DisableIMDSV1", true, true},
}

// breaksRules lists, per fleet type, the updates of updates that the rules
// between members refuse: MaxConcurrentSessions is for ELASTIC fleets only,
// MaxSessionsPerInstance needs DesiredSessions, and ELASTIC fleets take no
// ComputeCapacity or DomainJoinInfo.
var breaksRules = map[string][]string{
	"ALWAYS_ON": {"MaxConcurrentSessions", "MaxSessionsPerInstance"},
	"ON_DEMAND": {"MaxConcurrentSessions", "MaxSessionsPerInstance"},
	"ELASTIC":   {"ComputeCapacity", "DomainJoinInfo", "MaxSessionsPerInstance"},
}

// fleetOfType is what createFleet needs, beyond its defaults, to make a
// valid fleet of the type.
func fleetOfType(fleetType string, extra map[string]any) map[string]any {
	out := map[string]any{"FleetType": fleetType}
	if fleetType == "ELASTIC" {
		out = map[string]any{"FleetType": "ELASTIC", "ComputeCapacity": nil, "MaxConcurrentSessions": 5, "Platform": "AMAZON_LINUX2",
			"VpcConfig": map[string]any{"SubnetIds": []string{"subnet-1", "subnet-2"}}}
	}
	for k, v := range extra {
		out[k] = v
	}
	return out
}

func TestUpdateFleetRules(t *testing.T) {
	t.Parallel()
	for _, state := range []string{"STOPPED", "RUNNING", "STARTING", "STOPPING"} {
		for _, fleetType := range []string{"ALWAYS_ON", "ON_DEMAND", "ELASTIC"} {
			for _, u := range updates {
				t.Run(state+"/"+fleetType+"/"+u.member, func(t *testing.T) {
					t.Parallel()
					srv, clock := newTestServer(t, WithTransitionTime(time.Minute))
					putInState(t, srv, clock, "f", state, fleetOfType(fleetType, nil))
					before := describeFleet(t, srv, "f")
					r := call(t, srv, "UpdateFleet", map[string]any{"Name": "f", u.member: u.value})

					switch {
					case state == "STARTING" || state == "STOPPING":
						wantError(t, r, http.StatusBadRequest, "ConcurrentModificationException",
							fmt.Sprintf("The fleet f is %s; it can be updated only when it is RUNNING or STOPPED.", state))
					case state == "RUNNING" && !slices.Contains(updatableWhileRunning[fleetType], u.member):
						wantError(t, r, http.StatusBadRequest, "InvalidParameterCombinationException",
							fmt.Sprintf("The fleet f is RUNNING, and a RUNNING %s fleet can update only %s: stop it to update %s.",
								fleetType, strings.Join(updatableWhileRunning[fleetType], ", "), u.member))
					case slices.Contains(breaksRules[fleetType], u.member):
						wantError(t, r, http.StatusBadRequest, "InvalidParameterCombinationException", "")
					default:
						if r.Status != http.StatusOK {
							t.Fatalf("status %d: %s", r.Status, r.Raw)
						}
						fleet := r.Body["Fleet"].(map[string]any)
						if u.want != nil {
							if diff := cmp.Diff(u.want, fleet[u.member]); diff != "" {
								t.Errorf("%s (-want +got):\n%s", u.member, diff)
							}
						} else if got := fleet["ComputeCapacityStatus"].(map[string]any)["Desired"]; got != 5.0 {
							t.Errorf("Desired %v, want 5", got)
						}
						if diff := cmp.Diff(fleet, describeFleet(t, srv, "f")); diff != "" {
							t.Errorf("UpdateFleet's answer and DescribeFleets differ (-update +describe):\n%s", diff)
						}
						return
					}
					if diff := cmp.Diff(before, describeFleet(t, srv, "f")); diff != "" {
						t.Errorf("the refused update changed the fleet (-before +after):\n%s", diff)
					}
				})
			}
		}
	}
}

func TestUpdateFleetNoAttributes(t *testing.T) {
	t.Parallel()
	srv, clock := newTestServer(t, WithTransitionTime(time.Minute))
	putInState(t, srv, clock, "running", "RUNNING", nil)
	putInState(t, srv, clock, "starting", "STARTING", nil)
	if r := call(t, srv, "UpdateFleet", map[string]any{"Name": "running"}); r.Status != http.StatusOK {
		t.Errorf("UpdateFleet of a RUNNING fleet with nothing to change: status %d: %s", r.Status, r.Raw)
	}
	wantError(t, call(t, srv, "UpdateFleet", map[string]any{"Name": "starting"}), http.StatusBadRequest,
		"ConcurrentModificationException", "The fleet starting is STARTING; it can be updated only when it is RUNNING or STOPPED.")
}

// fullFleet is a fleet with every deletable attribute set.
// It is a multi-session fleet, since MaxSessionsPerInstance needs
// DesiredSessions.
var fullFleet = map[string]any{
	"ComputeCapacity":         map[string]any{"DesiredSessions": 4},
	"VpcConfig":               map[string]any{"SubnetIds": []string{"subnet-1"}, "SecurityGroupIds": []string{"sg-1"}},
	"DomainJoinInfo":          map[string]any{"DirectoryName": "corp"},
	"IamRoleArn":              "arn:aws:iam::123456789012:role/r",
	"UsbDeviceFilterStrings":  []string{"Wacom,03,*,*,*,*,0,0"},
	"SessionScriptS3Location": map[string]any{"S3Bucket": "bucket", "S3Key": "k"},
	"MaxSessionsPerInstance":  2,
	"RootVolumeConfig":        map[string]any{"VolumeSizeInGb": 200},
}

func TestUpdateFleetDeletesAttributes(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		request  map[string]any
		removed  string // the member gone from the fleet
		vpc      any    // VpcConfig afterwards, when removed is ""
		capacity any    // ComputeCapacityStatus afterwards, when it changes
	}{
		"VPC_CONFIGURATION":                    {request: map[string]any{"AttributesToDelete": []string{"VPC_CONFIGURATION"}}, removed: "VpcConfig"},
		"VPC_CONFIGURATION_SECURITY_GROUP_IDS": {request: map[string]any{"AttributesToDelete": []string{"VPC_CONFIGURATION_SECURITY_GROUP_IDS"}}, vpc: map[string]any{"SubnetIds": []any{"subnet-1"}}},
		"DOMAIN_JOIN_INFO":                     {request: map[string]any{"AttributesToDelete": []string{"DOMAIN_JOIN_INFO"}}, removed: "DomainJoinInfo"},
		"IAM_ROLE_ARN":                         {request: map[string]any{"AttributesToDelete": []string{"IAM_ROLE_ARN"}}, removed: "IamRoleArn"},
		"USB_DEVICE_FILTER_STRINGS":            {request: map[string]any{"AttributesToDelete": []string{"USB_DEVICE_FILTER_STRINGS"}}, removed: "UsbDeviceFilterStrings"},
		"SESSION_SCRIPT_S3_LOCATION":           {request: map[string]any{"AttributesToDelete": []string{"SESSION_SCRIPT_S3_LOCATION"}}, removed: "SessionScriptS3Location"},
		"MAX_SESSIONS_PER_INSTANCE": {
			request: map[string]any{"AttributesToDelete": []string{"MAX_SESSIONS_PER_INSTANCE"}, "ComputeCapacity": map[string]any{"DesiredInstances": 3}},
			removed: "MaxSessionsPerInstance", capacity: map[string]any{"Desired": 3.0, "Running": 0.0, "InUse": 0.0, "Available": 0.0},
		},
		"VOLUME_CONFIGURATION":  {request: map[string]any{"AttributesToDelete": []string{"VOLUME_CONFIGURATION"}}, removed: "RootVolumeConfig"},
		"DeleteVpcConfig":       {request: map[string]any{"DeleteVpcConfig": true}, removed: "VpcConfig"},
		"DeleteVpcConfig false": {request: map[string]any{"DeleteVpcConfig": false}, vpc: map[string]any{"SubnetIds": []any{"subnet-1"}, "SecurityGroupIds": []any{"sg-1"}}},
		"new subnets keep the security groups": {
			request: map[string]any{"VpcConfig": map[string]any{"SubnetIds": []string{"subnet-2"}}},
			vpc:     map[string]any{"SubnetIds": []any{"subnet-2"}, "SecurityGroupIds": []any{"sg-1"}},
		},
		"security groups deleted before new subnets are set": {
			request: map[string]any{"VpcConfig": map[string]any{"SubnetIds": []string{"subnet-2"}}, "AttributesToDelete": []string{"VPC_CONFIGURATION_SECURITY_GROUP_IDS"}},
			vpc:     map[string]any{"SubnetIds": []any{"subnet-2"}},
		},
		"VpcConfig deleted then set": {
			request: map[string]any{"VpcConfig": map[string]any{"SecurityGroupIds": []string{"sg-2"}}, "AttributesToDelete": []string{"VPC_CONFIGURATION"}},
			vpc:     map[string]any{"SecurityGroupIds": []any{"sg-2"}},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			before := createFleet(t, srv, "f", fullFleet)
			request := map[string]any{"Name": "f"}
			for k, v := range tc.request {
				request[k] = v
			}
			got := mustCall(t, srv, "UpdateFleet", request)["Fleet"].(map[string]any)
			want := map[string]any{}
			for k, v := range before {
				want[k] = v
			}
			if tc.removed != "" {
				delete(want, tc.removed)
			} else {
				want["VpcConfig"] = tc.vpc
			}
			if tc.capacity != nil {
				want["ComputeCapacityStatus"] = tc.capacity
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("fleet (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUpdateFleetDeletionWhileRunning(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		fleetType string
		request   map[string]any
		refused   string // the member named in the error; "" if allowed
	}{
		"elastic deletes its session script":    {"ELASTIC", map[string]any{"AttributesToDelete": []string{"SESSION_SCRIPT_S3_LOCATION"}}, ""},
		"elastic deletes its USB filters":       {"ELASTIC", map[string]any{"AttributesToDelete": []string{"USB_DEVICE_FILTER_STRINGS"}}, ""},
		"on-demand cannot delete its role":      {"ON_DEMAND", map[string]any{"AttributesToDelete": []string{"IAM_ROLE_ARN"}}, "IamRoleArn"},
		"always-on cannot drop security groups": {"ALWAYS_ON", map[string]any{"AttributesToDelete": []string{"VPC_CONFIGURATION_SECURITY_GROUP_IDS"}}, "VpcConfig"},
		"DeleteVpcConfig is a VpcConfig update": {"ELASTIC", map[string]any{"DeleteVpcConfig": true}, "VpcConfig"},
		"every refused member is named":         {"ON_DEMAND", map[string]any{"DisplayName": "ok", "Description": "no", "AttributesToDelete": []string{"VOLUME_CONFIGURATION"}}, "Description, RootVolumeConfig"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			extra := fleetOfType(tc.fleetType, fullFleet)
			if tc.fleetType == "ELASTIC" {
				extra = fleetOfType("ELASTIC", map[string]any{"UsbDeviceFilterStrings": fullFleet["UsbDeviceFilterStrings"],
					"SessionScriptS3Location": fullFleet["SessionScriptS3Location"]})
			}
			runningFleet(t, srv, "f", extra)
			request := map[string]any{"Name": "f"}
			for k, v := range tc.request {
				request[k] = v
			}
			r := call(t, srv, "UpdateFleet", request)
			if tc.refused == "" {
				if r.Status != http.StatusOK {
					t.Errorf("status %d: %s", r.Status, r.Raw)
				}
				return
			}
			wantError(t, r, http.StatusBadRequest, "InvalidParameterCombinationException", "...")
			if msg := errorOf(r).Message; !strings.HasSuffix(msg, "stop it to update "+tc.refused+".") {
				t.Errorf("message %q does not end with the refused members %q", msg, tc.refused)
			}
		})
	}
}

func TestUpdateFleetErrors(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		request map[string]any
		code    string
		message string
	}{
		"both images": {
			request: map[string]any{"ImageName": "a", "ImageArn": "arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-06-17-2024"},
			code:    "InvalidParameterCombinationException", message: "Specify ImageName or ImageArn, not both.",
		},
		"both capacities": {
			request: map[string]any{"ComputeCapacity": map[string]any{"DesiredInstances": 1, "DesiredSessions": 1}},
			code:    "InvalidParameterCombinationException", message: "Specify ComputeCapacity.DesiredInstances or ComputeCapacity.DesiredSessions, not both.",
		},
		"unknown attribute to delete": {
			request: map[string]any{"AttributesToDelete": []string{"IAM_ROLE_ARN", "NAME"}},
			code:    "ValidationException",
			message: "1 validation error detected: Value 'NAME' at 'attributesToDelete.2.member' failed to satisfy constraint: Member must satisfy enum value set: [VPC_CONFIGURATION, VPC_CONFIGURATION_SECURITY_GROUP_IDS, DOMAIN_JOIN_INFO, IAM_ROLE_ARN, USB_DEVICE_FILTER_STRINGS, SESSION_SCRIPT_S3_LOCATION, MAX_SESSIONS_PER_INSTANCE, VOLUME_CONFIGURATION]",
		},
		"empty image name": {
			request: map[string]any{"ImageName": ""},
			code:    "ValidationException",
			message: "1 validation error detected: Value '' at 'imageName' failed to satisfy constraint: Member must have length greater than or equal to 1",
		},
		"shared attribute checks": {
			request: map[string]any{"DisplayName": strings.Repeat("x", 101)},
			code:    "ValidationException",
			message: "1 validation error detected: Value '" + strings.Repeat("x", 101) + "' at 'displayName' failed to satisfy constraint: Member must have length less than or equal to 100",
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t)
			createFleet(t, srv, "f", nil)
			request := map[string]any{"Name": "f"}
			for k, v := range tc.request {
				request[k] = v
			}
			wantError(t, call(t, srv, "UpdateFleet", request), http.StatusBadRequest, tc.code, tc.message)
		})
	}
}

func TestUpdateFleetImage(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	createFleet(t, srv, "f", nil)
	fleet := mustCall(t, srv, "UpdateFleet", map[string]any{"Name": "f", "ImageArn": "arn:aws:appstream:us-east-1::image/AppStream-WinServer2022-06-17-2024"})["Fleet"].(map[string]any)
	if _, ok := fleet["ImageName"]; ok || fleet["ImageArn"] == nil {
		t.Errorf("after setting ImageArn: ImageName %v, ImageArn %v; want only ImageArn", fleet["ImageName"], fleet["ImageArn"])
	}
	fleet = mustCall(t, srv, "UpdateFleet", map[string]any{"Name": "f", "ImageName": ImageAmazonLinux2})["Fleet"].(map[string]any)
	if _, ok := fleet["ImageArn"]; ok || fleet["ImageName"] != ImageAmazonLinux2 {
		t.Errorf("after setting ImageName: ImageName %v, ImageArn %v; want only ImageName", fleet["ImageName"], fleet["ImageArn"])
	}
}

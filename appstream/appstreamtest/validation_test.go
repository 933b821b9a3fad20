package appstreamtest_test

// These tests check, through the client, the values and combinations the
// endpoint refuses on CreateFleet and UpdateFleet: each refused value next to
// the nearest one accepted.

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// setMember sets the member at path (such as "ComputeCapacity.DesiredInstances")
// of a CreateFleetInput or an UpdateFleetInput, which name their members
// alike, to v, making the structures on the way.
func setMember(in any, path string, v any) {
	val := reflect.ValueOf(in).Elem()
	names := strings.Split(path, ".")
	for i, name := range names {
		f := val.FieldByName(name)
		if i == len(names)-1 {
			f.Set(reflect.ValueOf(v))
			return
		}
		if f.IsNil() {
			f.Set(reflect.New(f.Type().Elem()))
		}
		val = f.Elem()
	}
}

// multiSessionInput is a valid multi-session fleet.
func multiSessionInput(name string) *appstream.CreateFleetInput {
	in := fleetInput(name)
	in.ComputeCapacity = &types.ComputeCapacity{DesiredSessions: aws.Int32(10)}
	in.MaxSessionsPerInstance = aws.Int32(5)
	return in
}

// elasticInput is a valid ELASTIC fleet.
func elasticInput(name string) *appstream.CreateFleetInput {
	in := fleetInput(name)
	in.FleetType, in.ComputeCapacity = types.FleetTypeElastic, nil
	in.Platform, in.MaxConcurrentSessions = types.PlatformTypeWindowsServer2019, aws.Int32(10)
	in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-1a", "subnet-1b"}}
	return in
}

// validationMessage is the service's message for one constraint violation.
func validationMessage(value any, path, constraint string) string {
	shown := "null"
	if value != nil {
		shown = fmt.Sprintf("'%v'", value)
	}
	return fmt.Sprintf("1 validation error detected: Value %s at '%s' failed to satisfy constraint: %s", shown, path, constraint)
}

// checkRefusal fails the test unless err is the API error code with a
// message that holds want (the whole message when exact).
func checkRefusal(t *testing.T, err error, code, want string, exact bool) {
	t.Helper()
	var apiErr smithy.APIError
	if !errors.As(err, &apiErr) || apiErr.ErrorCode() != code {
		t.Fatalf("error %v, want %s", err, code)
	}
	if got := apiErr.ErrorMessage(); exact && got != want || !strings.Contains(got, want) {
		t.Errorf("message %q, want %q", got, want)
	}
}

// TestClientFleetRanges checks the ranges the documentation gives members of
// CreateFleet and UpdateFleet: every value just outside is refused with a
// ValidationException worded as the service words them, and the nearest
// value inside is accepted and kept.
func TestClientFleetRanges(t *testing.T) {
	t.Parallel()
	const (
		atLeast = "Member must have value greater than or equal to %d"
		atMost  = "Member must have value less than or equal to %d"
		idle    = "Member must have value 0, or a value greater than or equal to 60 and less than or equal to 36000"
	)
	type value struct {
		v          int32
		constraint string // "" when accepted
	}
	cases := map[string]struct {
		path   string // in the inputs
		wire   string // in the message
		fleet  func(string) *appstream.CreateFleetInput
		values []value
	}{
		"MaxUserDurationInSeconds": {"MaxUserDurationInSeconds", "maxUserDurationInSeconds", fleetInput, []value{
			{1, fmt.Sprintf(atLeast, 600)}, {599, fmt.Sprintf(atLeast, 600)}, {600, ""}, {432000, ""}, {432001, fmt.Sprintf(atMost, 432000)}}},
		"DisconnectTimeoutInSeconds": {"DisconnectTimeoutInSeconds", "disconnectTimeoutInSeconds", fleetInput, []value{
			{5, fmt.Sprintf(atLeast, 60)}, {59, fmt.Sprintf(atLeast, 60)}, {60, ""}, {36000, ""}, {36001, fmt.Sprintf(atMost, 36000)}}},
		"IdleDisconnectTimeoutInSeconds": {"IdleDisconnectTimeoutInSeconds", "idleDisconnectTimeoutInSeconds", fleetInput, []value{
			{-1, idle}, {0, ""}, {1, idle}, {30, idle}, {59, idle}, {60, ""}, {36000, ""}, {36001, idle}, {99999, idle}}},
		"RootVolumeConfig.VolumeSizeInGb": {"RootVolumeConfig.VolumeSizeInGb", "rootVolumeConfig.volumeSizeInGb", fleetInput, []value{
			{5, fmt.Sprintf(atLeast, 200)}, {199, fmt.Sprintf(atLeast, 200)}, {200, ""}, {500, ""}, {501, fmt.Sprintf(atMost, 500)}}},
		"ComputeCapacity.DesiredInstances": {"ComputeCapacity.DesiredInstances", "computeCapacity.desiredInstances", fleetInput, []value{
			{-3, fmt.Sprintf(atLeast, 0)}, {-1, fmt.Sprintf(atLeast, 0)}, {0, ""}, {1, ""}}},
		"ComputeCapacity.DesiredSessions": {"ComputeCapacity.DesiredSessions", "computeCapacity.desiredSessions", multiSessionInput, []value{
			{-1, fmt.Sprintf(atLeast, 0)}, {0, ""}, {1, ""}}},
		"MaxSessionsPerInstance": {"MaxSessionsPerInstance", "maxSessionsPerInstance", multiSessionInput, []value{
			{-1, fmt.Sprintf(atLeast, 1)}, {0, fmt.Sprintf(atLeast, 1)}, {1, ""}, {2, ""}}},
		"MaxConcurrentSessions": {"MaxConcurrentSessions", "maxConcurrentSessions", elasticInput, []value{
			{-1, fmt.Sprintf(atLeast, 0)}, {0, ""}, {1, ""}}},
	}
	for name, tc := range cases {
		for _, v := range tc.values {
			for _, op := range []string{"CreateFleet", "UpdateFleet"} {
				t.Run(fmt.Sprintf("%s %s %d", op, name, v.v), func(t *testing.T) {
					t.Parallel()
					_, c, _ := fakeServer(t)
					ctx := context.Background()
					in := tc.fleet("f")
					var err error
					if op == "CreateFleet" {
						setMember(in, tc.path, aws.Int32(v.v))
						_, err = c.CreateFleet(ctx, in)
					} else {
						createFleet(t, c, in)
						update := &appstream.UpdateFleetInput{Name: aws.String("f")}
						setMember(update, tc.path, aws.Int32(v.v))
						_, err = c.UpdateFleet(ctx, update)
					}
					if v.constraint != "" {
						checkRefusal(t, err, "ValidationException", validationMessage(v.v, tc.wire, v.constraint), true)
						return
					}
					if err != nil {
						t.Fatalf("%d refused: %v", v.v, err)
					}
					// The value is kept, where the fleet shows it.
					f := describeFleet(t, c, "f")
					switch tc.path {
					case "ComputeCapacity.DesiredInstances", "ComputeCapacity.DesiredSessions":
						return // see the capacity tests
					}
					got := reflect.ValueOf(f)
					for _, name := range strings.Split(tc.path, ".") {
						got = reflect.Indirect(got).FieldByName(name)
					}
					if n := got.Interface().(*int32); aws.ToInt32(n) != v.v {
						t.Errorf("%s is %d, want %d", tc.path, aws.ToInt32(n), v.v)
					}
				})
			}
		}
	}
}

// TestClientFleetValues checks the members whose values the documentation
// lists, and S3Key, which it requires for session scripts.
func TestClientFleetValues(t *testing.T) {
	t.Parallel()
	typeSet := "Member must satisfy enum value set: [stream.standard.small, stream.standard.medium, stream.standard.large"
	cases := map[string]struct {
		path    string
		value   any
		message string // "" when accepted
	}{
		"instance type misspelt":    {"InstanceType", aws.String("stream.standard.meduim"), validationMessage("stream.standard.meduim", "instanceType", typeSet)},
		"instance type listed":      {"InstanceType", aws.String("stream.standard.2xlarge"), ""},
		"instance type listed last": {"InstanceType", aws.String("stream.graphics.gr6f.4xlarge"), ""},
		"session script without key": {"SessionScriptS3Location", &types.S3Location{S3Bucket: aws.String("scripts")},
			validationMessage(nil, "sessionScriptS3Location.s3Key", "Member must not be null")},
		"session script with key": {"SessionScriptS3Location", &types.S3Location{S3Bucket: aws.String("scripts"), S3Key: aws.String("s.zip")}, ""},
	}
	for name, tc := range cases {
		for _, op := range []string{"CreateFleet", "UpdateFleet"} {
			t.Run(op+" "+name, func(t *testing.T) {
				t.Parallel()
				_, c, _ := fakeServer(t)
				ctx := context.Background()
				in := fleetInput("f")
				var err error
				if op == "CreateFleet" {
					setMember(in, tc.path, tc.value)
					_, err = c.CreateFleet(ctx, in)
				} else {
					createFleet(t, c, in)
					update := &appstream.UpdateFleetInput{Name: aws.String("f")}
					setMember(update, tc.path, tc.value)
					_, err = c.UpdateFleet(ctx, update)
				}
				if tc.message == "" {
					if err != nil {
						t.Fatal(err)
					}
					return
				}
				checkRefusal(t, err, "ValidationException", tc.message, false)
			})
		}
	}
}

// TestClientFleetRules checks the rules between members of CreateFleet, as
// the documentation states them, each broken next to the nearest request
// that keeps it: InvalidParameterCombinationException, naming the rule.
func TestClientFleetRules(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		fleet   func(string) *appstream.CreateFleetInput
		change  func(*appstream.CreateFleetInput)
		message string // "" when accepted
	}{
		"elastic": {elasticInput, func(*appstream.CreateFleetInput) {}, ""},
		"elastic without platform": {elasticInput, func(in *appstream.CreateFleetInput) { in.Platform = "" },
			"Platform is required for ELASTIC fleets."},
		"elastic on Amazon Linux 2":  {elasticInput, func(in *appstream.CreateFleetInput) { in.Platform = types.PlatformTypeAmazonLinux2 }, ""},
		"elastic on Ubuntu Pro 2404": {elasticInput, func(in *appstream.CreateFleetInput) { in.Platform = types.PlatformTypeUbuntuPro2404 }, ""},
		"elastic on Windows Server 2022": {elasticInput, func(in *appstream.CreateFleetInput) { in.Platform = types.PlatformTypeWindowsServer2022 },
			"The platform WINDOWS_SERVER_2022 is not supported for ELASTIC fleets"},
		"elastic without max concurrent sessions": {elasticInput, func(in *appstream.CreateFleetInput) { in.MaxConcurrentSessions = nil },
			"MaxConcurrentSessions is required for ELASTIC fleets."},
		"elastic without VPC": {elasticInput, func(in *appstream.CreateFleetInput) { in.VpcConfig = nil },
			"ELASTIC fleets require a VpcConfig with at least two subnets"},
		"elastic with one subnet": {elasticInput, func(in *appstream.CreateFleetInput) { in.VpcConfig.SubnetIds = in.VpcConfig.SubnetIds[:1] },
			"ELASTIC fleets require a VpcConfig with at least two subnets"},
		"elastic with three subnets": {elasticInput, func(in *appstream.CreateFleetInput) {
			in.VpcConfig.SubnetIds = append(in.VpcConfig.SubnetIds, "subnet-1c")
		}, ""},
		"elastic with capacity": {elasticInput, func(in *appstream.CreateFleetInput) {
			in.ComputeCapacity = &types.ComputeCapacity{DesiredInstances: aws.Int32(1)}
		}, "ComputeCapacity is not allowed for ELASTIC fleets"},
		"elastic with domain join": {elasticInput, func(in *appstream.CreateFleetInput) {
			in.DomainJoinInfo = &types.DomainJoinInfo{DirectoryName: aws.String("corp.example.com")}
		}, "DomainJoinInfo is not allowed for ELASTIC fleets."},
		"elastic with a compute instance": {elasticInput, func(in *appstream.CreateFleetInput) { in.InstanceType = aws.String("stream.compute.large") },
			"The instance type stream.compute.large is not available for ELASTIC fleets"},
		"elastic with the largest standard instance": {elasticInput, func(in *appstream.CreateFleetInput) { in.InstanceType = aws.String("stream.standard.2xlarge") }, ""},
		"elastic with sessions per instance": {elasticInput, func(in *appstream.CreateFleetInput) { in.MaxSessionsPerInstance = aws.Int32(2) },
			"MaxSessionsPerInstance applies only to multi-session fleets"},
		"elastic breaking several rules": {elasticInput, func(in *appstream.CreateFleetInput) {
			in.ComputeCapacity, in.MaxConcurrentSessions, in.VpcConfig = &types.ComputeCapacity{DesiredInstances: aws.Int32(1)}, nil, nil
		}, "ComputeCapacity is not allowed for ELASTIC fleets: specify MaxConcurrentSessions instead. MaxConcurrentSessions is required for ELASTIC fleets. ELASTIC fleets require"},
		"on-demand": {fleetInput, func(*appstream.CreateFleetInput) {}, ""},
		"on-demand with max concurrent sessions": {fleetInput, func(in *appstream.CreateFleetInput) { in.MaxConcurrentSessions = aws.Int32(10) },
			"MaxConcurrentSessions is allowed only for ELASTIC fleets."},
		"always-on with max concurrent sessions": {fleetInput, func(in *appstream.CreateFleetInput) {
			in.FleetType, in.MaxConcurrentSessions = types.FleetTypeAlwaysOn, aws.Int32(10)
		}, "MaxConcurrentSessions is allowed only for ELASTIC fleets."},
		"on-demand with a compute instance": {fleetInput, func(in *appstream.CreateFleetInput) { in.InstanceType = aws.String("stream.compute.large") }, ""},
		"multi-session":                     {multiSessionInput, func(*appstream.CreateFleetInput) {}, ""},
		"desired sessions without sessions per instance": {multiSessionInput, func(in *appstream.CreateFleetInput) { in.MaxSessionsPerInstance = nil },
			"ComputeCapacity.DesiredSessions is only for multi-session fleets"},
		"sessions per instance with desired instances": {multiSessionInput, func(in *appstream.CreateFleetInput) {
			in.ComputeCapacity = &types.ComputeCapacity{DesiredInstances: aws.Int32(2)}
		}, "MaxSessionsPerInstance makes a multi-session fleet, whose capacity is ComputeCapacity.DesiredSessions"},
		"image ARN only": {fleetInput, func(in *appstream.CreateFleetInput) {
			in.ImageName, in.ImageArn = nil, aws.String("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-06-12-2023")
		}, ""},
		"no image": {fleetInput, func(in *appstream.CreateFleetInput) { in.ImageName = nil }, "Specify ImageName or ImageArn."},
		"both images": {fleetInput, func(in *appstream.CreateFleetInput) {
			in.ImageArn = aws.String("arn:aws:appstream:us-east-1::image/AppStream-WinServer2019-06-12-2023")
		}, "Specify ImageName or ImageArn, not both."},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, c, _ := fakeServer(t)
			in := tc.fleet("f")
			tc.change(in)
			_, err := c.CreateFleet(context.Background(), in)
			if tc.message == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			checkRefusal(t, err, "InvalidParameterCombinationException", tc.message, false)
			if _, ok := srv.Fleet("f"); ok {
				t.Error("the refused CreateFleet made the fleet")
			}
		})
	}
}

// TestClientUpdateFleetKeepsRules checks that UpdateFleet applies the rules
// to the fleet as the update would leave it.
func TestClientUpdateFleetKeepsRules(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		fleet   func(string) *appstream.CreateFleetInput
		update  func(*appstream.UpdateFleetInput)
		message string // "" when accepted
	}{
		"elastic to one subnet": {elasticInput, func(in *appstream.UpdateFleetInput) {
			in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-2a"}}
		}, "ELASTIC fleets require a VpcConfig with at least two subnets"},
		"elastic to two other subnets": {elasticInput, func(in *appstream.UpdateFleetInput) {
			in.VpcConfig = &types.VpcConfig{SubnetIds: []string{"subnet-2a", "subnet-2b"}}
		}, ""},
		"elastic dropping its security groups keeps the subnets": {elasticInput, func(in *appstream.UpdateFleetInput) {
			in.AttributesToDelete = []types.FleetAttribute{types.FleetAttributeVpcConfigurationSecurityGroupIds}
		}, ""},
		"elastic dropping its VPC": {elasticInput, func(in *appstream.UpdateFleetInput) {
			in.AttributesToDelete = []types.FleetAttribute{types.FleetAttributeVpcConfiguration}
		}, "ELASTIC fleets require a VpcConfig"},
		"elastic to a compute instance": {elasticInput, func(in *appstream.UpdateFleetInput) { in.InstanceType = aws.String("stream.compute.large") },
			"The instance type stream.compute.large is not available for ELASTIC fleets"},
		"elastic to Rocky Linux": {elasticInput, func(in *appstream.UpdateFleetInput) { in.Platform = types.PlatformTypeRockyLinux8 },
			"The platform ROCKY_LINUX8 is not supported for ELASTIC fleets"},
		"on-demand to max concurrent sessions": {fleetInput, func(in *appstream.UpdateFleetInput) { in.MaxConcurrentSessions = aws.Int32(3) },
			"MaxConcurrentSessions is allowed only for ELASTIC fleets."},
		"on-demand to multi-session": {fleetInput, func(in *appstream.UpdateFleetInput) {
			in.MaxSessionsPerInstance, in.ComputeCapacity = aws.Int32(4), &types.ComputeCapacity{DesiredSessions: aws.Int32(8)}
		}, ""},
		"on-demand to sessions per instance alone": {fleetInput, func(in *appstream.UpdateFleetInput) { in.MaxSessionsPerInstance = aws.Int32(4) },
			"MaxSessionsPerInstance makes a multi-session fleet"},
		"multi-session to more sessions per instance": {multiSessionInput, func(in *appstream.UpdateFleetInput) { in.MaxSessionsPerInstance = aws.Int32(10) }, ""},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, c, _ := fakeServer(t)
			before := createFleet(t, c, tc.fleet("f"))
			in := &appstream.UpdateFleetInput{Name: aws.String("f")}
			tc.update(in)
			_, err := c.UpdateFleet(context.Background(), in)
			if tc.message == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			checkRefusal(t, err, "InvalidParameterCombinationException", tc.message, false)
			if after := describeFleet(t, c, "f"); !reflect.DeepEqual(before, after) {
				t.Errorf("the refused update changed the fleet from %+v to %+v", before, after)
			}
		})
	}
}

package appstreamtest

import (
	"slices"
	"strings"

	"github.com/appstreamkit/appstream-go/types"
)

// instanceTypes are the instance types CreateFleet's and UpdateFleet's
// documentation lists as available.
var instanceTypes = []string{
	"stream.standard.small", "stream.standard.medium", "stream.standard.large", "stream.standard.xlarge", "stream.standard.2xlarge",
	"stream.compute.large", "stream.compute.xlarge", "stream.compute.2xlarge", "stream.compute.4xlarge", "stream.compute.8xlarge",
	"stream.memory.large", "stream.memory.xlarge", "stream.memory.2xlarge", "stream.memory.4xlarge", "stream.memory.8xlarge",
	"stream.memory.z1d.large", "stream.memory.z1d.xlarge", "stream.memory.z1d.2xlarge", "stream.memory.z1d.3xlarge",
	"stream.memory.z1d.6xlarge", "stream.memory.z1d.12xlarge",
	"stream.graphics.g4dn.xlarge", "stream.graphics.g4dn.2xlarge", "stream.graphics.g4dn.4xlarge", "stream.graphics.g4dn.8xlarge",
	"stream.graphics.g4dn.12xlarge", "stream.graphics.g4dn.16xlarge",
	"stream.graphics.g5.xlarge", "stream.graphics.g5.2xlarge", "stream.graphics.g5.4xlarge", "stream.graphics.g5.8xlarge",
	"stream.graphics.g5.12xlarge", "stream.graphics.g5.16xlarge", "stream.graphics.g5.24xlarge",
	"stream.graphics.g6.xlarge", "stream.graphics.g6.2xlarge", "stream.graphics.g6.4xlarge", "stream.graphics.g6.8xlarge",
	"stream.graphics.g6.12xlarge", "stream.graphics.g6.16xlarge", "stream.graphics.g6.24xlarge",
	"stream.graphics.gr6.4xlarge", "stream.graphics.gr6.8xlarge",
	"stream.graphics.g6f.large", "stream.graphics.g6f.xlarge", "stream.graphics.g6f.2xlarge", "stream.graphics.g6f.4xlarge",
	"stream.graphics.gr6f.4xlarge",
}

// The instance types and platforms the documentation allows for Elastic
// fleets.
var (
	elasticInstanceTypes = []string{"stream.standard.small", "stream.standard.medium", "stream.standard.large", "stream.standard.xlarge", "stream.standard.2xlarge"}
	elasticPlatforms     = []types.PlatformType{types.PlatformTypeWindowsServer2019, types.PlatformTypeAmazonLinux2, types.PlatformTypeUbuntuPro2404}
)

// ruleError is the InvalidParameterCombinationException for rules that the
// fleet breaks, or nil.
func ruleError(broken []string) *apiError {
	if len(broken) == 0 {
		return nil
	}
	return clientError("InvalidParameterCombinationException", "%s", strings.Join(broken, " "))
}

// requestRules checks what a CreateFleet or UpdateFleet request may not
// combine, whatever the fleet: ImageName with ImageArn, DesiredInstances with
// DesiredSessions.
func requestRules(imageName, imageArn *string, c *types.ComputeCapacity) []string {
	var broken []string
	if imageName != nil && imageArn != nil {
		broken = append(broken, "Specify ImageName or ImageArn, not both.")
	}
	if c != nil && c.DesiredInstances != nil && c.DesiredSessions != nil {
		broken = append(broken, "Specify ComputeCapacity.DesiredInstances or ComputeCapacity.DesiredSessions, not both.")
	}
	return broken
}

// fleetRules checks a fleet, as CreateFleet would make it or UpdateFleet
// would leave it, against the documentation's rules between members (see
// the package documentation for the list and its sources).
func fleetRules(f *types.Fleet, c types.ComputeCapacity) []string {
	var broken []string
	check := func(ok bool, message string) {
		if !ok {
			broken = append(broken, message)
		}
	}
	hasCapacity := c.DesiredInstances != nil || c.DesiredSessions != nil
	if f.FleetType == types.FleetTypeElastic {
		check(!hasCapacity, "ComputeCapacity is not allowed for ELASTIC fleets: specify MaxConcurrentSessions instead.")
		check(f.MaxConcurrentSessions != nil, "MaxConcurrentSessions is required for ELASTIC fleets.")
		check(f.VpcConfig != nil && len(f.VpcConfig.SubnetIds) >= 2,
			"ELASTIC fleets require a VpcConfig with at least two subnets, in different Availability Zones.")
		check(f.DomainJoinInfo == nil, "DomainJoinInfo is not allowed for ELASTIC fleets.")
		check(f.InstanceType == nil || slices.Contains(elasticInstanceTypes, *f.InstanceType),
			"The instance type "+deref(f.InstanceType)+" is not available for ELASTIC fleets: use one of "+strings.Join(elasticInstanceTypes, ", ")+".")
		check(f.Platform == "" || slices.Contains(elasticPlatforms, f.Platform),
			"The platform "+string(f.Platform)+" is not supported for ELASTIC fleets: use WINDOWS_SERVER_2019, AMAZON_LINUX2 or UBUNTU_PRO_2404.")
	} else {
		check(hasCapacity, "ComputeCapacity with DesiredInstances or DesiredSessions is required for "+string(f.FleetType)+" fleets.")
		check(f.MaxConcurrentSessions == nil, "MaxConcurrentSessions is allowed only for ELASTIC fleets.")
	}
	switch {
	case f.MaxSessionsPerInstance != nil && f.FleetType == types.FleetTypeElastic:
		broken = append(broken, "MaxSessionsPerInstance applies only to multi-session fleets, and ELASTIC fleets are not.")
	case f.MaxSessionsPerInstance != nil:
		check(c.DesiredSessions != nil,
			"MaxSessionsPerInstance makes a multi-session fleet, whose capacity is ComputeCapacity.DesiredSessions, not DesiredInstances.")
	default:
		check(c.DesiredSessions == nil,
			"ComputeCapacity.DesiredSessions is only for multi-session fleets: set MaxSessionsPerInstance too, or use DesiredInstances.")
	}
	return broken
}

package appstreamtest

import (
	"strings"

	"github.com/appstreamkit/appstream-go/types"
)

// startFailures are the resources that do not exist and the fleets that
// fail to start, as the options below set them.
type startFailures struct {
	missingImages  map[string]bool
	missingSubnets map[string]bool
	fleetErrors    map[string][]types.FleetErrorCode
}

// WithMissingImages makes the named images not exist: a fleet whose
// ImageName, or the name ending its ImageArn, is one of them fails to start
// with the fleet error IMAGE_NOT_FOUND.
func WithMissingImages(names ...string) Option {
	return func(s *Server) { addAll(s.failures.missingImages, names) }
}

// WithMissingSubnets makes the given subnets not exist: a fleet whose
// VpcConfig names one of them fails to start with the fleet error
// SUBNET_NOT_FOUND, one for each such subnet.
func WithMissingSubnets(ids ...string) Option {
	return func(s *Server) { addAll(s.failures.missingSubnets, ids) }
}

// WithFleetErrors makes every start of the named fleet fail with these fleet
// errors (such as types.FleetErrorCodeNetworkInterfaceLimitExceeded), each
// with a message in the service's manner. It may be given once per fleet.
func WithFleetErrors(fleet string, codes ...types.FleetErrorCode) Option {
	return func(s *Server) { s.failures.fleetErrors[fleet] = codes }
}

func addAll(set map[string]bool, keys []string) {
	for _, k := range keys {
		set[k] = true
	}
}

// startErrors returns the errors that keep the fleet from starting, or nil.
func (s *Server) startErrors(f *fleet) []types.FleetError {
	var errs []types.FleetError
	add := func(code types.FleetErrorCode, message string) {
		errs = append(errs, types.FleetError{ErrorCode: code, ErrorMessage: &message})
	}
	image := deref(f.attrs.ImageName)
	if arn := deref(f.attrs.ImageArn); arn != "" {
		_, image, _ = strings.Cut(arn, ":image/")
	}
	if s.failures.missingImages[image] {
		add(types.FleetErrorCodeImageNotFound, "The image "+image+" does not exist.")
	}
	if c := f.attrs.VpcConfig; c != nil {
		for _, id := range c.SubnetIds {
			if s.failures.missingSubnets[id] {
				add(types.FleetErrorCodeSubnetNotFound, "The subnet ID "+id+" does not exist.")
			}
		}
	}
	for _, code := range s.failures.fleetErrors[f.name()] {
		add(code, "The fleet could not start: "+strings.ToLower(strings.ReplaceAll(string(code), "_", " "))+".")
	}
	return errs
}

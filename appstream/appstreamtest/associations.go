package appstreamtest

import (
	"sort"
	"strings"
	"time"
)

// association is a fleet associated with a stack.
type association struct {
	fleet, stack string
}

// fleetStackInput is the input of AssociateFleet and DisassociateFleet.
type fleetStackInput struct {
	FleetName *string
	StackName *string
}

func (in *fleetStackInput) validate(v *validator) {
	v.required("fleetName", in.FleetName)
	v.length("fleetName", in.FleetName, 1, -1)
	v.required("stackName", in.StackName)
	v.length("stackName", in.StackName, 1, -1)
}

type listAssociatedStacksInput struct {
	FleetName *string
	NextToken *string
}

func (in *listAssociatedStacksInput) validate(v *validator) {
	v.required("fleetName", in.FleetName)
	v.length("fleetName", in.FleetName, 1, -1)
	v.length("nextToken", in.NextToken, 1, -1)
}

type listAssociatedFleetsInput struct {
	StackName *string
	NextToken *string
}

func (in *listAssociatedFleetsInput) validate(v *validator) {
	v.required("stackName", in.StackName)
	v.length("stackName", in.StackName, 1, -1)
	v.length("nextToken", in.NextToken, 1, -1)
}

type namesOutput struct {
	Names     []string
	NextToken *string
}

// associated returns, sorted, the stacks associated with the fleet (stack
// "") or the fleets associated with the stack (fleet "").
func (s *Server) associated(fleet, stack string) []string {
	var names []string
	for a := range s.associations {
		switch {
		case fleet != "" && a.fleet == fleet:
			names = append(names, a.stack)
		case stack != "" && a.stack == stack:
			names = append(names, a.fleet)
		}
	}
	sort.Strings(names)
	return names
}

// pair returns the association of the named fleet and stack, which must
// both exist.
func (s *Server) pair(in *fleetStackInput) (association, *apiError) {
	if _, err := s.lookupFleet(*in.FleetName); err != nil {
		return association{}, err
	}
	if _, err := s.lookupStack(*in.StackName); err != nil {
		return association{}, err
	}
	return association{fleet: *in.FleetName, stack: *in.StackName}, nil
}

// associateFleet associates a fleet with a stack. A fleet may serve several
// stacks and a stack several fleets; associating them again changes nothing.
func (s *Server) associateFleet(in *fleetStackInput, now time.Time) (any, *apiError) {
	a, err := s.pair(in)
	if err != nil {
		return nil, err
	}
	s.associations[a] = true
	return emptyOutput{}, nil
}

func (s *Server) disassociateFleet(in *fleetStackInput, now time.Time) (any, *apiError) {
	a, err := s.pair(in)
	if err != nil {
		return nil, err
	}
	if !s.associations[a] {
		return nil, clientError("ResourceNotFoundException", "The fleet %s is not associated with the stack %s.", a.fleet, a.stack)
	}
	delete(s.associations, a)
	return emptyOutput{}, nil
}

// listAssociatedStacks lists the stacks of a fleet, in pages of
// WithPageSize. The model lists no error: a fleet that does not exist has no
// stacks.
func (s *Server) listAssociatedStacks(in *listAssociatedStacksInput, now time.Time) (any, *apiError) {
	return s.listNames("ListAssociatedStacks", *in.FleetName, s.associated(*in.FleetName, ""), in.NextToken)
}

func (s *Server) listAssociatedFleets(in *listAssociatedFleetsInput, now time.Time) (any, *apiError) {
	return s.listNames("ListAssociatedFleets", *in.StackName, s.associated("", *in.StackName), in.NextToken)
}

func (s *Server) listNames(op, query string, names []string, token *string) (any, *apiError) {
	lo, hi, next, err := s.page(op, query, names, token, s.pageSize)
	if err != nil {
		return nil, err
	}
	return namesOutput{Names: append([]string{}, names[lo:hi]...), NextToken: next}, nil
}

// inUse is the ResourceInUseException for deleting a resource that is
// associated with others.
func inUse(kind, name, others string, names []string) *apiError {
	return clientError("ResourceInUseException", "The %s %s is associated with the %s %s; disassociate them before deleting it.",
		kind, name, others, strings.Join(names, ", "))
}

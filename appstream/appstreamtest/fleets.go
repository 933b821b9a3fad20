package appstreamtest

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/appstreamkit/appstream-go/types"
)

// Defaults CreateFleet applies to members the request leaves out.
const (
	defaultFleetType            = types.FleetTypeOnDemand
	defaultStreamView           = types.StreamViewApp
	defaultPlatform             = types.PlatformTypeWindowsServer2019
	defaultMaxUserDuration      = 57600 // seconds (16 hours)
	defaultDisconnectTimeout    = 900   // seconds (15 minutes)
	defaultEnableInternetAccess = false
)

// fleetAttributes are the members that CreateFleet and UpdateFleet share.
// Apart from ComputeCapacity they have a field of the same name in
// types.Fleet, which is how they are copied there.
type fleetAttributes struct {
	ImageArn                       *string
	InstanceType                   *string
	ComputeCapacity                *types.ComputeCapacity
	VpcConfig                      *types.VpcConfig
	MaxUserDurationInSeconds       *int32
	DisconnectTimeoutInSeconds     *int32
	Description                    *string
	DisplayName                    *string
	EnableDefaultInternetAccess    *bool
	DomainJoinInfo                 *types.DomainJoinInfo
	IdleDisconnectTimeoutInSeconds *int32
	IamRoleArn                     *string
	StreamView                     types.StreamView
	Platform                       types.PlatformType
	MaxConcurrentSessions          *int32
	UsbDeviceFilterStrings         []string
	SessionScriptS3Location        *types.S3Location
	MaxSessionsPerInstance         *int32
	RootVolumeConfig               *types.VolumeConfig
	DisableIMDSV1                  *bool
}

// validate checks each member on its own: the model's constraints, and the
// ranges and values its documentation gives (see rules for the checks that
// involve several members).
func (a *fleetAttributes) validate(v *validator) {
	v.arn("imageArn", a.ImageArn)
	v.length("instanceType", a.InstanceType, 1, -1)
	if a.InstanceType != nil && *a.InstanceType != "" {
		enum(v, "instanceType", *a.InstanceType, instanceTypes)
	}
	if c := a.ComputeCapacity; c != nil {
		v.atLeast("computeCapacity.desiredInstances", c.DesiredInstances, 0)
		v.atLeast("computeCapacity.desiredSessions", c.DesiredSessions, 0)
	}
	v.intRange("maxUserDurationInSeconds", a.MaxUserDurationInSeconds, 600, 432000)
	v.intRange("disconnectTimeoutInSeconds", a.DisconnectTimeoutInSeconds, 60, 36000)
	v.zeroOrRange("idleDisconnectTimeoutInSeconds", a.IdleDisconnectTimeoutInSeconds, 60, 36000)
	v.atLeast("maxConcurrentSessions", a.MaxConcurrentSessions, 0)
	v.atLeast("maxSessionsPerInstance", a.MaxSessionsPerInstance, 1)
	if r := a.RootVolumeConfig; r != nil {
		v.intRange("rootVolumeConfig.volumeSizeInGb", r.VolumeSizeInGb, 200, 500)
	}
	if c := a.VpcConfig; c != nil {
		nonEmpty := func(path string, s *string) { v.length(path, s, 1, -1) }
		v.each("vpcConfig.subnetIds", c.SubnetIds, nonEmpty)
		v.count("vpcConfig.securityGroupIds", "["+strings.Join(c.SecurityGroupIds, ", ")+"]", len(c.SecurityGroupIds), 0, 5)
		v.each("vpcConfig.securityGroupIds", c.SecurityGroupIds, nonEmpty)
	}
	v.length("description", a.Description, 0, 256)
	v.length("displayName", a.DisplayName, 0, 100)
	if d := a.DomainJoinInfo; d != nil {
		v.length("domainJoinInfo.organizationalUnitDistinguishedName", d.OrganizationalUnitDistinguishedName, 0, 2000)
	}
	v.arn("iamRoleArn", a.IamRoleArn)
	enum(v, "streamView", a.StreamView, a.StreamView.Values())
	enum(v, "platform", a.Platform, a.Platform.Values())
	v.each("usbDeviceFilterStrings", a.UsbDeviceFilterStrings, func(path string, s *string) {
		v.length(path, s, 0, 100)
		v.pattern(path, s, usbPattern.MatchString, usbPatternText)
	})
	if l := a.SessionScriptS3Location; l != nil {
		v.required("sessionScriptS3Location.s3Bucket", l.S3Bucket)
		v.length("sessionScriptS3Location.s3Bucket", l.S3Bucket, 3, 63)
		v.pattern("sessionScriptS3Location.s3Bucket", l.S3Bucket, matchS3Bucket, s3BucketPatternText)
		// S3Key is optional in S3Location, but the documentation requires
		// it for session scripts.
		v.required("sessionScriptS3Location.s3Key", l.S3Key)
		v.length("sessionScriptS3Location.s3Key", l.S3Key, 1, 1024)
	}
}

// copyTo copies the set attributes into the same-named fields of f, except
// those named in skip.
func (a *fleetAttributes) copyTo(f *types.Fleet, skip ...string) { copySet(a, f, skip...) }

// copySet copies the set fields of the structure src points to into the
// same-named fields of the one dst points to, except those named in skip.
func copySet(src, dst any, skip ...string) {
	from, to := reflect.ValueOf(src).Elem(), reflect.ValueOf(dst).Elem()
	for i := 0; i < from.NumField(); i++ {
		name := from.Type().Field(i).Name
		if field := to.FieldByName(name); field.IsValid() && !from.Field(i).IsZero() && !slices.Contains(skip, name) {
			field.Set(from.Field(i))
		}
	}
}

type createFleetInput struct {
	Name       *string
	ImageName  *string
	FleetType  types.FleetType
	Tags       map[string]string
	Attributes fleetAttributes `wire:"inline"`
}

func (in *createFleetInput) validate(v *validator) {
	v.required("name", in.Name)
	v.name("name", in.Name)
	v.name("imageName", in.ImageName)
	v.required("instanceType", in.Attributes.InstanceType)
	enum(v, "fleetType", in.FleetType, in.FleetType.Values())
	v.tags("tags", in.Tags)
	in.Attributes.validate(v)
}

type updateFleetInput struct {
	Name               *string
	ImageName          *string
	DeleteVpcConfig    *bool
	AttributesToDelete []types.FleetAttribute
	Attributes         fleetAttributes `wire:"inline"`
}

func (in *updateFleetInput) validate(v *validator) {
	// The model no longer marks Name required, but it is the only way to say
	// which fleet to update.
	v.required("name", in.Name)
	v.name("name", in.Name)
	v.length("imageName", in.ImageName, 1, -1)
	for i, a := range in.AttributesToDelete {
		enum(v, fmt.Sprintf("attributesToDelete.%d.member", i+1), a, a.Values())
	}
	in.Attributes.validate(v)
}

// nameInput is the input of StartFleet, StopFleet, DeleteFleet and
// DeleteStack.
type nameInput struct {
	Name *string
}

func (in *nameInput) validate(v *validator) {
	v.required("name", in.Name)
	v.length("name", in.Name, 1, -1)
}

// namesInput is the input of DescribeFleets and DescribeStacks.
type namesInput struct {
	Names     []string
	NextToken *string
}

func (in *namesInput) validate(v *validator) {
	v.each("names", in.Names, func(path string, s *string) { v.length(path, s, 1, -1) })
	v.length("nextToken", in.NextToken, 1, -1)
}

type fleetOutput struct {
	Fleet *types.Fleet
}

type describeFleetsOutput struct {
	Fleets    []types.Fleet
	NextToken *string
}

type emptyOutput struct{}

// fleet is a fleet as the server keeps it.
type fleet struct {
	seq      int         // the fleet's number on the server, in its instances' IDs
	attrs    types.Fleet // State and ComputeCapacityStatus are filled in by view
	capacity types.ComputeCapacity
	tags     map[string]string
	state    types.FleetState
	since    time.Time // when the current STARTING or STOPPING began
}

func (f *fleet) name() string { return *f.attrs.Name }

// settle finishes the transitions whose time is up: STARTING fleets become
// RUNNING (and get their sessions), or STOPPED with FleetErrors if they
// cannot start; STOPPING fleets become STOPPED (and lose their sessions). It
// runs before every operation, so transitions follow the clock.
func (s *Server) settle(now time.Time) {
	for _, f := range s.sortedFleets() {
		done := f.since.Add(s.transition)
		if now.Before(done) {
			continue
		}
		switch f.state {
		case types.FleetStateStarting:
			if errs := s.startErrors(f); errs != nil {
				f.state, f.attrs.FleetErrors = types.FleetStateStopped, errs
				continue
			}
			f.state = types.FleetStateRunning
			s.startSessions(f, done)
		case types.FleetStateStopping:
			f.state = types.FleetStateStopped
			s.removeSessions("", f.name())
		}
	}
}

func (s *Server) sortedFleets() []*fleet {
	list := make([]*fleet, 0, len(s.fleets))
	for _, f := range s.fleets {
		list = append(list, f)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name() < list[j].name() })
	return list
}

func (s *Server) lookupFleet(name string) (*fleet, *apiError) {
	if f, ok := s.fleets[name]; ok {
		return f, nil
	}
	return nil, clientError("ResourceNotFoundException", "The fleet %s does not exist.", name)
}

// view is the fleet as the service describes it.
func (s *Server) view(f *fleet) *types.Fleet {
	out := f.attrs
	out.State = f.state
	out.ComputeCapacityStatus = s.capacityStatus(f)
	return &out
}

func (s *Server) createFleet(in *createFleetInput, now time.Time) (any, *apiError) {
	a := &in.Attributes
	if err := ruleError(requestRules(in.ImageName, a.ImageArn, a.ComputeCapacity)); err != nil {
		return nil, err
	}
	img, err := s.imageOf(in.ImageName, a.ImageArn)
	if err != nil {
		return nil, err
	}
	var broken []string
	if in.ImageName == nil && a.ImageArn == nil {
		broken = append(broken, "Specify ImageName or ImageArn.")
	}
	fleetType := in.FleetType
	if fleetType == "" {
		fleetType = defaultFleetType
	}
	if fleetType == types.FleetTypeElastic && a.Platform == "" {
		broken = append(broken, "Platform is required for ELASTIC fleets.")
	}

	f := &fleet{seq: s.fleetSeq + 1, state: types.FleetStateStopped, tags: in.Tags}
	a.copyTo(&f.attrs)
	if a.ComputeCapacity != nil {
		f.capacity = *a.ComputeCapacity
	}
	arn := fmt.Sprintf("arn:aws:appstream:%s:%s:fleet/%s", s.region, AccountID, *in.Name)
	created := now.Truncate(time.Millisecond).UTC()
	f.attrs.Arn, f.attrs.Name, f.attrs.ImageName, f.attrs.CreatedTime = &arn, in.Name, in.ImageName, &created
	f.attrs.FleetType = fleetType
	setDefault(&f.attrs.StreamView, defaultStreamView)
	if img != nil {
		setDefault(&f.attrs.Platform, img.Platform)
	}
	setDefault(&f.attrs.Platform, defaultPlatform)
	setDefault(&f.attrs.MaxUserDurationInSeconds, ptr[int32](defaultMaxUserDuration))
	setDefault(&f.attrs.DisconnectTimeoutInSeconds, ptr[int32](defaultDisconnectTimeout))
	setDefault(&f.attrs.EnableDefaultInternetAccess, ptr(defaultEnableInternetAccess))
	if err := ruleError(append(broken, fleetRules(&f.attrs, f.capacity)...)); err != nil {
		return nil, err
	}
	if _, exists := s.fleets[*in.Name]; exists {
		return nil, clientError("ResourceAlreadyExistsException", "The fleet %s already exists.", *in.Name)
	}
	s.fleets[*in.Name] = f
	s.fleetSeq++
	return fleetOutput{Fleet: s.view(f)}, nil
}

func setDefault[T comparable](field *T, value T) {
	var zero T
	if *field == zero {
		*field = value
	}
}

func ptr[T any](v T) *T { return &v }

func (s *Server) describeFleets(in *namesInput, now time.Time) (any, *apiError) {
	out := describeFleetsOutput{Fleets: []types.Fleet{}}
	if len(in.Names) > 0 {
		// Named fleets come in one page, in the order asked; no token is
		// ever issued for such a query, so none is accepted.
		if in.NextToken != nil {
			return nil, errInvalidToken
		}
		seen := map[string]bool{}
		for _, name := range in.Names {
			f, err := s.lookupFleet(name)
			if err != nil {
				return nil, err
			}
			if !seen[name] {
				seen[name] = true
				out.Fleets = append(out.Fleets, *s.view(f))
			}
		}
		return out, nil
	}
	names := sortedKeys(s.fleets)
	lo, hi, next, err := s.page("DescribeFleets", "", names, in.NextToken, s.pageSize)
	if err != nil {
		return nil, err
	}
	for _, name := range names[lo:hi] {
		out.Fleets = append(out.Fleets, *s.view(s.fleets[name]))
	}
	out.NextToken = next
	return out, nil
}

func (s *Server) startFleet(in *nameInput, now time.Time) (any, *apiError) {
	f, err := s.lookupFleet(*in.Name)
	if err != nil {
		return nil, err
	}
	switch f.state {
	case types.FleetStateStopped:
		f.state, f.since, f.attrs.FleetErrors = types.FleetStateStarting, now, nil
		return emptyOutput{}, nil
	case types.FleetStateRunning:
		return nil, clientError("OperationNotPermittedException", "The fleet %s is already RUNNING; only a STOPPED fleet can be started.", f.name())
	}
	return nil, clientError("ConcurrentModificationException", "The fleet %s is %s; wait until it is STOPPED before starting it.", f.name(), f.state)
}

func (s *Server) stopFleet(in *nameInput, now time.Time) (any, *apiError) {
	f, err := s.lookupFleet(*in.Name)
	if err != nil {
		return nil, err
	}
	switch f.state {
	case types.FleetStateRunning, types.FleetStateStarting:
		f.state, f.since = types.FleetStateStopping, now
		return emptyOutput{}, nil
	}
	return nil, clientError("ConcurrentModificationException", "The fleet %s is already %s; only a RUNNING or STARTING fleet can be stopped.", f.name(), f.state)
}

func (s *Server) deleteFleet(in *nameInput, now time.Time) (any, *apiError) {
	f, err := s.lookupFleet(*in.Name)
	if err != nil {
		return nil, err
	}
	if f.state != types.FleetStateStopped {
		return nil, clientError("ResourceInUseException", "The fleet %s is %s; stop it and wait until it is STOPPED before deleting it.", f.name(), f.state)
	}
	if stacks := s.associated(f.name(), ""); len(stacks) > 0 {
		return nil, inUse("fleet", f.name(), "stacks", stacks)
	}
	delete(s.fleets, f.name())
	s.removeSessions("", f.name())
	return emptyOutput{}, nil
}

// runningUpdatable lists, per fleet type, the UpdateFleet members allowed
// while the fleet is RUNNING, as the UpdateFleet documentation lists them.
var runningUpdatable = map[types.FleetType][]string{
	types.FleetTypeAlwaysOn: {"DisplayName", "ComputeCapacity", "ImageName", "ImageArn", "IdleDisconnectTimeoutInSeconds", "DisconnectTimeoutInSeconds"},
	types.FleetTypeOnDemand: {"DisplayName", "ComputeCapacity", "ImageName", "ImageArn", "IdleDisconnectTimeoutInSeconds", "DisconnectTimeoutInSeconds"},
	types.FleetTypeElastic:  {"DisplayName", "IdleDisconnectTimeoutInSeconds", "DisconnectTimeoutInSeconds", "MaxConcurrentSessions", "SessionScriptS3Location", "UsbDeviceFilterStrings"},
}

// deletableAttributes maps each FleetAttribute to the member it clears.
// VPC_CONFIGURATION_SECURITY_GROUP_IDS clears only VpcConfig.SecurityGroupIds.
var deletableAttributes = map[types.FleetAttribute]string{
	types.FleetAttributeVpcConfiguration:                 "VpcConfig",
	types.FleetAttributeVpcConfigurationSecurityGroupIds: "VpcConfig",
	types.FleetAttributeDomainJoinInfo:                   "DomainJoinInfo",
	types.FleetAttributeIamRoleArn:                       "IamRoleArn",
	types.FleetAttributeUsbDeviceFilterStrings:           "UsbDeviceFilterStrings",
	types.FleetAttributeSessionScriptS3Location:          "SessionScriptS3Location",
	types.FleetAttributeMaxSessionsPerInstance:           "MaxSessionsPerInstance",
	types.FleetAttributeVolumeConfiguration:              "RootVolumeConfig",
}

// changedMembers lists the members an UpdateFleet request changes, set or
// deleted, in the model's order.
func (in *updateFleetInput) changedMembers() []string {
	var names []string
	add := func(name string) {
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	if in.ImageName != nil {
		add("ImageName")
	}
	a := reflect.ValueOf(in.Attributes)
	for i := 0; i < a.NumField(); i++ {
		if !a.Field(i).IsZero() {
			add(a.Type().Field(i).Name)
		}
	}
	if in.DeleteVpcConfig != nil && *in.DeleteVpcConfig {
		add("VpcConfig")
	}
	for _, attr := range in.AttributesToDelete {
		add(deletableAttributes[attr])
	}
	return names
}

func (s *Server) updateFleet(in *updateFleetInput, now time.Time) (any, *apiError) {
	f, err := s.lookupFleet(*in.Name)
	if err != nil {
		return nil, err
	}
	a := &in.Attributes
	if err := ruleError(requestRules(in.ImageName, a.ImageArn, a.ComputeCapacity)); err != nil {
		return nil, err
	}
	switch f.state {
	case types.FleetStateStarting, types.FleetStateStopping:
		return nil, clientError("ConcurrentModificationException", "The fleet %s is %s; it can be updated only when it is RUNNING or STOPPED.", f.name(), f.state)
	case types.FleetStateRunning:
		allowed := runningUpdatable[f.attrs.FleetType]
		var refused []string
		for _, name := range in.changedMembers() {
			if !slices.Contains(allowed, name) {
				refused = append(refused, name)
			}
		}
		if refused != nil {
			return nil, clientError("InvalidParameterCombinationException",
				"The fleet %s is RUNNING, and a RUNNING %s fleet can update only %s: stop it to update %s.",
				f.name(), f.attrs.FleetType, strings.Join(allowed, ", "), strings.Join(refused, ", "))
		}
	}
	if _, err := s.imageOf(in.ImageName, a.ImageArn); err != nil {
		return nil, err
	}
	next, capacity := in.apply(f.attrs, f.capacity)
	if err := ruleError(fleetRules(&next, capacity)); err != nil {
		return nil, err
	}
	f.attrs, f.capacity = next, capacity
	return fleetOutput{Fleet: s.view(f)}, nil
}

// apply returns a fleet's attributes and capacity as the update leaves
// them, without changing those given.
func (in *updateFleetInput) apply(attrs types.Fleet, capacity types.ComputeCapacity) (types.Fleet, types.ComputeCapacity) {
	a := &in.Attributes
	next := deepCopy(attrs)
	// Deletions come first, so one request can drop the security groups and
	// set new subnets.
	fields := reflect.ValueOf(&next).Elem()
	if in.DeleteVpcConfig != nil && *in.DeleteVpcConfig {
		next.VpcConfig = nil
	}
	for _, attr := range in.AttributesToDelete {
		if attr == types.FleetAttributeVpcConfigurationSecurityGroupIds {
			if next.VpcConfig != nil {
				next.VpcConfig = &types.VpcConfig{SubnetIds: next.VpcConfig.SubnetIds}
			}
			continue
		}
		fields.FieldByName(deletableAttributes[attr]).SetZero()
	}

	a.copyTo(&next, "VpcConfig")
	if in.ImageName != nil {
		next.ImageName, next.ImageArn = in.ImageName, nil
	}
	if a.ImageArn != nil {
		next.ImageName = nil
	}
	// VpcConfig members are replaced one by one: a request that sets only
	// SubnetIds keeps the security groups.
	if c := a.VpcConfig; c != nil {
		merged := types.VpcConfig{}
		if next.VpcConfig != nil {
			merged = *next.VpcConfig
		}
		if c.SubnetIds != nil {
			merged.SubnetIds = c.SubnetIds
		}
		if c.SecurityGroupIds != nil {
			merged.SecurityGroupIds = c.SecurityGroupIds
		}
		next.VpcConfig = &merged
	}
	if a.ComputeCapacity != nil {
		capacity = *a.ComputeCapacity
	}
	return next, capacity
}

package appstreamtest

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"time"

	"github.com/appstreamkit/appstream-go/types"
)

// The model's patterns for stacks, as the service quotes them.
const (
	embedHostDomainPatternText = `(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9][a-z0-9-]{0,61}[a-z0-9]`
	urlPatternText             = `^(\*|https?://[^\s,;]+)$`
	s3BucketArnPatternText     = `^arn:aws(?:\-cn|\-iso\-b|\-iso|\-us\-gov)?:s3:::[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]$`
)

// The service matches unanchored patterns against the whole value.
var (
	embedHostDomainPattern = regexp.MustCompile(`^(?:` + embedHostDomainPatternText + `)$`)
	urlPattern             = regexp.MustCompile(urlPatternText)
	s3BucketArnPattern     = regexp.MustCompile(s3BucketArnPatternText)
)

// maxClipboardLength is UserSetting.MaximumLength's documented maximum (and
// default): 20 MB.
const maxClipboardLength = 20971520

// stackSettings are the members that CreateStack and UpdateStack share. Apart
// from ApplicationSettings they have a field of the same name in
// types.Stack, which is how they are copied there.
type stackSettings struct {
	Description                 *string
	DisplayName                 *string
	StorageConnectors           []types.StorageConnector
	RedirectURL                 *string
	FeedbackURL                 *string
	UserSettings                []types.UserSetting
	ApplicationSettings         *types.ApplicationSettings
	AccessEndpoints             []types.AccessEndpoint
	EmbedHostDomains            []string
	StreamingExperienceSettings *types.StreamingExperienceSettings
	ContentRedirection          *types.ContentRedirection
}

// validate checks each member against the model's constraints and the
// ranges its documentation gives.
func (a *stackSettings) validate(v *validator) {
	v.length("description", a.Description, 0, 256)
	v.length("displayName", a.DisplayName, 0, 100)
	for i, c := range a.StorageConnectors {
		p := member("storageConnectors", i)
		v.present(p+".connectorType", c.ConnectorType != "")
		enum(v, p+".connectorType", c.ConnectorType, c.ConnectorType.Values())
		v.length(p+".resourceIdentifier", c.ResourceIdentifier, 1, 2048)
		for name, domains := range map[string][]string{".domains": c.Domains, ".domainsRequireAdminConsent": c.DomainsRequireAdminConsent} {
			items(v, p+name, domains, 0, 50)
			v.each(p+name, domains, func(path string, s *string) { v.length(path, s, 1, 64) })
		}
	}
	v.length("redirectURL", a.RedirectURL, 0, 1000)
	v.length("feedbackURL", a.FeedbackURL, 0, 1000)
	items(v, "userSettings", a.UserSettings, 1, -1)
	for i, u := range a.UserSettings {
		p := member("userSettings", i)
		v.present(p+".action", u.Action != "")
		enum(v, p+".action", u.Action, u.Action.Values())
		v.present(p+".permission", u.Permission != "")
		enum(v, p+".permission", u.Permission, u.Permission.Values())
		v.intRange(p+".maximumLength", u.MaximumLength, 1, maxClipboardLength)
	}
	if s := a.ApplicationSettings; s != nil {
		v.present("applicationSettings.enabled", s.Enabled != nil)
		v.length("applicationSettings.settingsGroup", s.SettingsGroup, 0, 100)
	}
	items(v, "accessEndpoints", a.AccessEndpoints, 1, 4)
	for i, e := range a.AccessEndpoints {
		p := member("accessEndpoints", i)
		v.present(p+".endpointType", e.EndpointType != "")
		enum(v, p+".endpointType", e.EndpointType, e.EndpointType.Values())
		v.length(p+".vpceId", e.VpceId, 1, -1)
	}
	items(v, "embedHostDomains", a.EmbedHostDomains, 1, 20)
	v.each("embedHostDomains", a.EmbedHostDomains, func(path string, s *string) {
		v.length(path, s, 0, 128)
		v.pattern(path, s, embedHostDomainPattern.MatchString, embedHostDomainPatternText)
	})
	if s := a.StreamingExperienceSettings; s != nil {
		enum(v, "streamingExperienceSettings.preferredProtocol", s.PreferredProtocol, s.PreferredProtocol.Values())
	}
	if c := a.ContentRedirection; c != nil && c.HostToClient != nil {
		p := "contentRedirection.hostToClient"
		v.present(p+".enabled", c.HostToClient.Enabled != nil)
		for name, urls := range map[string][]string{".allowedUrls": c.HostToClient.AllowedUrls, ".deniedUrls": c.HostToClient.DeniedUrls} {
			items(v, p+name, urls, 0, 100)
			v.each(p+name, urls, func(path string, s *string) {
				v.length(path, s, 1, 2048)
				v.pattern(path, s, urlPattern.MatchString, urlPatternText)
			})
		}
	}
}

// validateAgentAccess checks an AgentAccessConfig, or an
// AgentAccessConfigForUpdate copied into one (whose members are all
// optional: full is false).
func validateAgentAccess(v *validator, a *types.AgentAccessConfig, full bool) {
	const p = "agentAccessConfig"
	if full {
		v.present(p+".settings", a.Settings != nil)
		v.present(p+".screenResolution", a.ScreenResolution != "")
		v.present(p+".screenImageFormat", a.ScreenImageFormat != "")
	}
	items(v, p+".settings", a.Settings, 1, -1)
	for i, s := range a.Settings {
		path := member(p+".settings", i)
		v.present(path+".agentAction", s.AgentAction != "")
		enum(v, path+".agentAction", s.AgentAction, s.AgentAction.Values())
		v.present(path+".permission", s.Permission != "")
		enum(v, path+".permission", s.Permission, s.Permission.Values())
	}
	v.pattern(p+".s3BucketArn", a.S3BucketArn, s3BucketArnPattern.MatchString, s3BucketArnPatternText)
	enum(v, p+".screenResolution", a.ScreenResolution, a.ScreenResolution.Values())
	enum(v, p+".screenImageFormat", a.ScreenImageFormat, a.ScreenImageFormat.Values())
	enum(v, p+".userControlMode", a.UserControlMode, a.UserControlMode.Values())
}

type createStackInput struct {
	Name              *string
	Tags              map[string]string
	AgentAccessConfig *types.AgentAccessConfig
	Settings          stackSettings `wire:"inline"`
}

func (in *createStackInput) validate(v *validator) {
	v.required("name", in.Name)
	v.name("name", in.Name)
	in.Settings.validate(v)
	v.tags("tags", in.Tags)
	if in.AgentAccessConfig != nil {
		validateAgentAccess(v, in.AgentAccessConfig, true)
	}
}

type updateStackInput struct {
	Name                    *string
	DeleteStorageConnectors *bool
	AttributesToDelete      []types.StackAttribute
	AgentAccessConfig       *types.AgentAccessConfigForUpdate
	Settings                stackSettings `wire:"inline"`
}

func (in *updateStackInput) validate(v *validator) {
	v.required("name", in.Name)
	v.length("name", in.Name, 1, -1)
	in.Settings.validate(v)
	for i, a := range in.AttributesToDelete {
		enum(v, member("attributesToDelete", i), a, a.Values())
	}
	if u := in.AgentAccessConfig; u != nil {
		validateAgentAccess(v, &types.AgentAccessConfig{Settings: u.Settings, S3BucketArn: u.S3BucketArn,
			ScreenResolution: u.ScreenResolution, ScreenImageFormat: u.ScreenImageFormat, UserControlMode: u.UserControlMode}, false)
	}
}

type stackOutput struct {
	Stack *types.Stack
}

type describeStacksOutput struct {
	Stacks    []types.Stack
	NextToken *string
}

// stack is a stack as the server keeps it.
type stack struct {
	attrs types.Stack
	tags  map[string]string
}

func (s *Server) lookupStack(name string) (*stack, *apiError) {
	if st, ok := s.stacks[name]; ok {
		return st, nil
	}
	return nil, clientError("ResourceNotFoundException", "The stack %s does not exist.", name)
}

// Stack returns the named stack as DescribeStacks would describe it now,
// and whether it exists.
func (s *Server) Stack(name string) (types.Stack, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.stacks[name]
	if !ok {
		return types.Stack{}, false
	}
	return deepCopy(st.attrs), true
}

func (s *Server) createStack(in *createStackInput, now time.Time) (any, *apiError) {
	attrs := types.Stack{
		Name:              in.Name,
		Arn:               ptr(fmt.Sprintf("arn:aws:appstream:%s:%s:stack/%s", s.region, AccountID, *in.Name)),
		CreatedTime:       ptr(now.Truncate(time.Millisecond).UTC()),
		AgentAccessConfig: in.AgentAccessConfig,
	}
	s.applyStackSettings(&attrs, &in.Settings)
	if err := ruleError(append(in.Settings.repeats(), stackRules(&attrs)...)); err != nil {
		return nil, err
	}
	if _, exists := s.stacks[*in.Name]; exists {
		return nil, clientError("ResourceAlreadyExistsException", "The stack %s already exists.", *in.Name)
	}
	s.stacks[*in.Name] = &stack{attrs: attrs, tags: in.Tags}
	return stackOutput{Stack: &attrs}, nil
}

// applyStackSettings sets the members a request sets. Storage connectors
// and user settings are merged into the stack's by ConnectorType and Action;
// the other members replace the stack's.
func (s *Server) applyStackSettings(st *types.Stack, a *stackSettings) {
	copySet(a, st, "StorageConnectors", "UserSettings", "ApplicationSettings")
	for _, c := range a.StorageConnectors {
		if c.ConnectorType == types.StorageConnectorTypeHomefolders && c.ResourceIdentifier == nil {
			// The bucket the service creates for home folders, once per
			// account and region.
			c.ResourceIdentifier = ptr(fmt.Sprintf("arn:aws:s3:::appstream2-36fb080bb8-%s-%s", s.region, AccountID))
		}
		st.StorageConnectors = mergeBy(st.StorageConnectors, c, func(c types.StorageConnector) any { return c.ConnectorType })
	}
	for _, u := range a.UserSettings {
		st.UserSettings = mergeBy(st.UserSettings, u, func(u types.UserSetting) any { return u.Action })
	}
	if as := a.ApplicationSettings; as != nil {
		st.ApplicationSettings = &types.ApplicationSettingsResponse{Enabled: as.Enabled, SettingsGroup: as.SettingsGroup}
		if *as.Enabled {
			// The bucket the service creates the first time settings are
			// enabled in the account and region.
			st.ApplicationSettings.S3BucketName = ptr(fmt.Sprintf("appstream-app-settings-%s-%s-6nh0lbv5", s.region, AccountID))
		}
	}
}

// mergeBy replaces the member of list with item's key, or appends item.
func mergeBy[T any](list []T, item T, key func(T) any) []T {
	for i := range list {
		if key(list[i]) == key(item) {
			list[i] = item
			return list
		}
	}
	return append(list, item)
}

// repeats lists the storage connector types and user actions that a request
// names more than once: it would leave the stack's setting unclear.
func (a *stackSettings) repeats() []string {
	var broken []string
	seen := map[any]bool{}
	for _, c := range a.StorageConnectors {
		if seen[c.ConnectorType] {
			broken = append(broken, fmt.Sprintf("StorageConnectors names the connector type %s more than once.", c.ConnectorType))
		}
		seen[c.ConnectorType] = true
	}
	for _, u := range a.UserSettings {
		if seen[u.Action] {
			broken = append(broken, fmt.Sprintf("UserSettings names the action %s more than once.", u.Action))
		}
		seen[u.Action] = true
	}
	return broken
}

// stackRules checks a stack, as CreateStack would make it or UpdateStack
// would leave it, against the documentation's rules between members (see
// the package documentation).
func stackRules(st *types.Stack) []string {
	var broken []string
	for _, u := range st.UserSettings {
		if u.MaximumLength == nil {
			continue
		}
		if u.Action != types.ActionClipboardCopyFromLocalDevice && u.Action != types.ActionClipboardCopyToLocalDevice {
			broken = append(broken, fmt.Sprintf("MaximumLength applies only to the CLIPBOARD_COPY_FROM_LOCAL_DEVICE and CLIPBOARD_COPY_TO_LOCAL_DEVICE actions, not %s.", u.Action))
		} else if u.Permission == types.PermissionDisabled {
			broken = append(broken, fmt.Sprintf("MaximumLength cannot be set when the permission of %s is DISABLED.", u.Action))
		}
	}
	for _, c := range st.StorageConnectors {
		if c.DomainsRequireAdminConsent != nil && c.ConnectorType != types.StorageConnectorTypeOneDrive {
			broken = append(broken, fmt.Sprintf("DomainsRequireAdminConsent applies only to ONE_DRIVE storage connectors, not %s.", c.ConnectorType))
		}
	}
	if a := st.AgentAccessConfig; a != nil {
		enabled := map[types.AgentAction]bool{}
		for _, s := range a.Settings {
			enabled[s.AgentAction] = s.Permission == types.PermissionEnabled
		}
		if enabled[types.AgentActionComputerInput] && !enabled[types.AgentActionComputerVision] {
			broken = append(broken, "AgentAccessConfig: enabling COMPUTER_INPUT requires enabling COMPUTER_VISION.")
		}
		if a.ScreenshotsUploadEnabled != nil && *a.ScreenshotsUploadEnabled && a.S3BucketArn == nil {
			broken = append(broken, "AgentAccessConfig: S3BucketArn is required when ScreenshotsUploadEnabled is true.")
		}
		if len(a.Settings) == 0 || a.ScreenResolution == "" || a.ScreenImageFormat == "" {
			broken = append(broken, "AgentAccessConfig needs Settings, ScreenResolution and ScreenImageFormat: the stack had no agent access configuration to complete.")
		}
	}
	return broken
}

func (s *Server) describeStacks(in *namesInput, now time.Time) (any, *apiError) {
	out := describeStacksOutput{Stacks: []types.Stack{}}
	if len(in.Names) > 0 {
		// As DescribeFleets: the named stacks in one page, in the order asked.
		if in.NextToken != nil {
			return nil, errInvalidToken
		}
		for _, name := range in.Names {
			st, err := s.lookupStack(name)
			if err != nil {
				return nil, err
			}
			if !slices.ContainsFunc(out.Stacks, func(x types.Stack) bool { return *x.Name == name }) {
				out.Stacks = append(out.Stacks, st.attrs)
			}
		}
		return out, nil
	}
	names := sortedKeys(s.stacks)
	lo, hi, next, err := s.page("DescribeStacks", "", names, in.NextToken, s.pageSize)
	if err != nil {
		return nil, err
	}
	for _, name := range names[lo:hi] {
		out.Stacks = append(out.Stacks, s.stacks[name].attrs)
	}
	out.NextToken = next
	return out, nil
}

func sortedKeys[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// stackDeletions maps each StackAttribute to the member it clears; the
// connector types clear one storage connector. THEME_NAME and IAM_ROLE_ARN
// name nothing a stack has in the model (themes have their own operations),
// so deleting them changes nothing.
var stackDeletions = map[types.StackAttribute]string{
	types.StackAttributeStorageConnectors:           "StorageConnectors",
	types.StackAttributeRedirectUrl:                 "RedirectURL",
	types.StackAttributeFeedbackUrl:                 "FeedbackURL",
	types.StackAttributeUserSettings:                "UserSettings",
	types.StackAttributeEmbedHostDomains:            "EmbedHostDomains",
	types.StackAttributeAccessEndpoints:             "AccessEndpoints",
	types.StackAttributeStreamingExperienceSettings: "StreamingExperienceSettings",
	types.StackAttributeContentRedirection:          "ContentRedirection",
	types.StackAttributeAgentAccessConfig:           "AgentAccessConfig",
}

var connectorDeletions = map[types.StackAttribute]types.StorageConnectorType{
	types.StackAttributeStorageConnectorHomefolders: types.StorageConnectorTypeHomefolders,
	types.StackAttributeStorageConnectorGoogleDrive: types.StorageConnectorTypeGoogleDrive,
	types.StackAttributeStorageConnectorOneDrive:    types.StorageConnectorTypeOneDrive,
}

func (s *Server) updateStack(in *updateStackInput, now time.Time) (any, *apiError) {
	st, err := s.lookupStack(*in.Name)
	if err != nil {
		return nil, err
	}
	next := deepCopy(st.attrs)
	// Deletions come first, as in UpdateFleet, so one request can delete the
	// storage connectors and enable new ones.
	if in.DeleteStorageConnectors != nil && *in.DeleteStorageConnectors {
		next.StorageConnectors = nil
	}
	fields := reflect.ValueOf(&next).Elem()
	for _, attr := range in.AttributesToDelete {
		if name := stackDeletions[attr]; name != "" {
			fields.FieldByName(name).SetZero()
		}
		if t, ok := connectorDeletions[attr]; ok {
			next.StorageConnectors = slices.DeleteFunc(next.StorageConnectors, func(c types.StorageConnector) bool { return c.ConnectorType == t })
		}
	}
	if len(next.StorageConnectors) == 0 {
		next.StorageConnectors = nil
	}
	s.applyStackSettings(&next, &in.Settings)
	if u := in.AgentAccessConfig; u != nil {
		// Member by member: an update sets only what it names.
		a := types.AgentAccessConfig{}
		if next.AgentAccessConfig != nil {
			a = *next.AgentAccessConfig
		}
		copySet(u, &a)
		next.AgentAccessConfig = &a
	}
	if err := ruleError(append(in.Settings.repeats(), stackRules(&next)...)); err != nil {
		return nil, err
	}
	st.attrs = next
	return stackOutput{Stack: &next}, nil
}

func (s *Server) deleteStack(in *nameInput, now time.Time) (any, *apiError) {
	st, err := s.lookupStack(*in.Name)
	if err != nil {
		return nil, err
	}
	if fleets := s.associated("", *in.Name); len(fleets) > 0 {
		return nil, inUse("stack", *st.attrs.Name, "fleets", fleets)
	}
	delete(s.stacks, *in.Name)
	return emptyOutput{}, nil
}

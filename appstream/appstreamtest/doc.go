// Package appstreamtest is a local, in-memory Amazon AppStream 2.0 endpoint
// for tests. It speaks the service's wire protocol (awsJson1.1, signed with
// SigV4) and follows the service's rules, so a client, or code built on one,
// can be tested without an AWS account:
//
//	srv := appstreamtest.NewServer(appstreamtest.WithTransitionTime(10 * time.Minute))
//	defer srv.Close()
//	client := appstream.NewFromConfig(srv.Config())
//
// It serves 21 operations:
//
//   - fleets: CreateFleet, DescribeFleets, UpdateFleet, StartFleet,
//     StopFleet, DeleteFleet;
//   - stacks: CreateStack, DescribeStacks, UpdateStack, DeleteStack;
//   - fleets and stacks: AssociateFleet, DisassociateFleet,
//     ListAssociatedStacks, ListAssociatedFleets;
//   - users and sessions: CreateStreamingURL (whose URLs open sessions),
//     DescribeSessions, ExpireSession;
//   - tags: TagResource, UntagResource, ListTagsForResource;
//   - images: DescribeImages.
//
// # Protocol
//
// Requests are POSTs to any path, with Content-Type application/x-amz-json-1.1
// and X-Amz-Target PhotonAdminProxyService.<Operation>. JSON members are
// matched case-sensitively and unknown members are ignored, as the service
// does. Every response has an X-Amzn-RequestId. An error has its code both in
// the X-Amzn-ErrorType header ("Code:http://internal.amazon.com/coral/<ns>/")
// and in the body's __type ("<ns>#Code", or the bare code for 403s), with a
// message. Status 400 is used for the service's errors, ValidationException,
// SerializationException and UnknownOperationException, 403 for
// authentication errors. Timestamps are epoch seconds with millisecond
// precision.
//
// Signatures are checked by default (see WithCredentials, WithSessionToken,
// WithoutSignatureVerification), including the X-Amz-Date against the
// server's Clock, with AWS's 5 minutes of tolerance. Responses carry a Date
// header from that Clock, so clients that correct clock skew from it, as
// aws-sdk-go-v2 does after an InvalidSignatureException, follow a FakeClock.
//
// # Serving other machines
//
// The server is meant for tests, but may be reached by others (local-endpoint
// -addr 0.0.0.0:4599). What a client that does not hold the credentials can
// cost it is bounded: nothing is counted, stored or faulted before the
// signature check and the operation name pass (Requests keeps one counter
// per operation served); a request has at most 64 KiB of headers and 1 MiB
// of body, read within ReadHeaderTimeout and ReadTimeout; an idle kept-alive
// connection is closed after IdleTimeout; and at most MaxConnections
// connections are served at once, the others waiting to be accepted (see
// Limits for the defaults). Streaming URLs open sessions without a
// signature, but only the URLs the server issued, until they expire, and
// within the fleets' capacity. With WithoutSignatureVerification anyone who
// reaches the port can create fleets and sessions, without bound: use it on
// 127.0.0.1 only.
//
// # Fleets
//
// CreateFleet makes a STOPPED fleet owned by AccountID, from an image of the
// catalog (see Images). Left unset, FleetType is ON_DEMAND, StreamView APP,
// Platform the image's (ELASTIC fleets must name theirs),
// MaxUserDurationInSeconds 57600, DisconnectTimeoutInSeconds 900 and
// EnableDefaultInternetAccess false. The server does not check that a
// Platform given matches the image's, nor the instance type against the
// image's SupportedInstanceFamilies: the documentation does not say how the
// service refuses them.
//
// StartFleet moves a STOPPED fleet to STARTING, and the fleet becomes RUNNING
// once the transition time (WithTransitionTime) has passed on the server's
// Clock. StopFleet moves a RUNNING or STARTING fleet to STOPPING, then
// STOPPED. DeleteFleet deletes only a STOPPED fleet that no stack is
// associated with.
//
// A fleet can fail to start, as the service's do when what they name does
// not exist: WithMissingImages, WithMissingSubnets and WithFleetErrors set
// what fails. A missing image stands for one deleted after fleets were made
// of it: CreateFleet and UpdateFleet accept it though it is not in the
// catalog, and DescribeImages does not list it. StartFleet still succeeds and the fleet is STARTING for the
// transition time, then STOPPED with FleetErrors (IMAGE_NOT_FOUND,
// SUBNET_NOT_FOUND, or the codes given), and without instances or sessions;
// the FleetStarted waiter then fails with an *appstream.FleetStateError that
// names them. The next StartFleet clears the errors and tries again.
//
// UpdateFleet follows the service's documentation: a STOPPED fleet takes any
// attribute; a RUNNING ALWAYS_ON or ON_DEMAND fleet takes only DisplayName,
// ComputeCapacity, ImageName, ImageArn, IdleDisconnectTimeoutInSeconds and
// DisconnectTimeoutInSeconds (the documented list; MaxUserDurationInSeconds is
// not on it); a RUNNING ELASTIC fleet takes only DisplayName,
// IdleDisconnectTimeoutInSeconds, DisconnectTimeoutInSeconds,
// MaxConcurrentSessions, SessionScriptS3Location and UsbDeviceFilterStrings;
// a STARTING or STOPPING fleet takes nothing. Deleting an attribute (with
// AttributesToDelete or DeleteVpcConfig) counts as updating it. Deletions
// apply before new values; VpcConfig members replace the fleet's one by one;
// setting ImageName clears ImageArn and the other way round.
//
// # Capacity
//
// ComputeCapacityStatus counts as its documentation defines: Desired,
// Running, InUse and Available count instances; for a multi-session fleet
// (one with MaxSessionsPerInstance) DesiredUserSessions,
// ActiveUserSessions, AvailableUserSessions and ActualUserSessions count
// session slots, MaxSessionsPerInstance to an instance, and Draining,
// DrainModeActiveUserSessions and DrainModeUnusedUserSessions the instances
// in drain mode and their slots. A single-session fleet leaves the slot
// counts unset, as the service does.
//
// Desired is DesiredInstances, or DesiredSessions divided by
// MaxSessionsPerInstance and rounded up (the documentation does not say how
// the service rounds), in every state; DesiredUserSessions is Desired times
// MaxSessionsPerInstance. A RUNNING fleet has Desired instances, with IDs
// i-<fleet number><instance number>; a capacity change takes effect at once.
// An ACTIVE session added while the fleet runs (AddSession,
// WithSessionsOnRunning) goes to the first instance with a free slot and
// takes its ID as InstanceId. The fleet's other ACTIVE sessions (added
// before it ran, or with an InstanceId of the caller's) fill the free slots
// in order, and a session beyond the fleet's slots is not counted. InUse is the number of instances with a
// session, Available the others, ActiveUserSessions the sessions counted,
// AvailableUserSessions the free slots and ActualUserSessions the sum of the
// two. When a lower capacity removes instances that hold sessions, a
// single-session fleet stops counting those sessions; a multi-session fleet
// drains the instances: they count in Running, InUse, Draining and the
// drain-mode counts, take no new session, and go when their last session
// ends. While STOPPING, the instances and their sessions stay until STOPPED,
// but nothing is available. STOPPED and STARTING fleets run no instance.
// ELASTIC fleets report 0 instances. A count larger than an int32 (the slots
// of a fleet of 2147483647 instances) is reported as 2147483647.
//
// # Stacks
//
// CreateStack makes a stack owned by AccountID, with the ARN
// arn:aws:appstream:<region>:123456789012:stack/<name>, the CreatedTime of
// the server's clock, and the settings given. The server fills in what the
// service creates: the ResourceIdentifier of a HOMEFOLDERS storage connector
// (the account's home folder bucket,
// arn:aws:s3:::appstream2-36fb080bb8-<region>-<account>) and, when
// application settings are enabled, their S3BucketName
// (appstream-app-settings-<region>-<account>-6nh0lbv5). Other members are
// described as given: the server invents no defaults for them.
//
// DescribeStacks without Names returns all stacks sorted by name, in pages
// of WithPageSize; with Names, the named stacks in one page, in the order
// asked, and ResourceNotFoundException for a name that does not exist.
//
// UpdateStack applies deletions first (DeleteStorageConnectors, then
// AttributesToDelete), then the members given: StorageConnectors and
// UserSettings are merged into the stack's by ConnectorType and Action (so
// "storage connectors to enable" adds to those enabled, and
// STORAGE_CONNECTOR_<TYPE> deletes one); AgentAccessConfig is merged member
// by member; the other members replace the stack's. THEME_NAME and
// IAM_ROLE_ARN delete nothing, since a stack has no such member in the
// model. The rules below are checked on the stack as the update would leave
// it; a refused update changes nothing.
//
// DeleteStack deletes a stack, with its tags, once no fleet is associated
// with it (ResourceInUseException otherwise).
//
// CreateStack and UpdateStack refuse, with a ValidationException, what the
// model's constraints refuse (lengths, patterns, enums, list sizes: 1 to 4
// AccessEndpoints, 1 to 20 EmbedHostDomains, at most 50 Domains, 100 URL
// patterns, at least one UserSetting and AgentAccessSetting), and
// UserSetting.MaximumLength outside 1 to 20971520 (its documentation). With
// an InvalidParameterCombinationException they refuse, from the
// documentation: MaximumLength on an action other than the two clipboard
// ones, or with the permission DISABLED; DomainsRequireAdminConsent on a
// connector other than ONE_DRIVE; COMPUTER_INPUT enabled without
// COMPUTER_VISION; ScreenshotsUploadEnabled without S3BucketArn; and, the
// server's choice, a request that names an action or a connector type twice,
// or an AgentAccessConfigForUpdate that leaves a stack without agent access
// with an incomplete one (Settings, ScreenResolution and ScreenImageFormat
// are required to make one).
//
// # Associations
//
// AssociateFleet associates an existing fleet with an existing stack
// (ResourceNotFoundException names the one that does not exist), in any
// state. A fleet may be associated with several stacks and a stack with
// several fleets; associating a pair again changes nothing.
// DisassociateFleet takes the pair apart, whatever the fleet's sessions do;
// a pair that is not associated is a ResourceNotFoundException.
// ListAssociatedStacks and ListAssociatedFleets list names sorted, in pages
// of WithPageSize; the model lists no error for them, so a fleet or stack
// that does not exist has none.
//
// # Streaming URLs and sessions
//
// CreateStreamingURL needs a fleet and a stack that exist
// (ResourceNotFoundException), are associated
// (InvalidParameterCombinationException) and a RUNNING fleet
// (ResourceNotAvailableException). It returns a URL on the server itself,
// <scheme>://<host the request was sent to>/authenticate?parameters=..., and
// Expires, Validity seconds later on the server's Clock (default 60; 1 to
// 604800, as documented). The URL carries the stack, fleet, user and
// application, signed with a key of the server's: it cannot be forged or
// changed.
//
// Opening the URL (an HTTP GET from any client, a browser or curl, unsigned:
// the URL is the credential) connects the user, as the service's streaming
// page does, and answers a small HTML page that says what happened:
//
//   - 200 "Connected": a session appears for the user on the stack and fleet,
//     ACTIVE, CONNECTED, with AuthenticationType API, on the first instance
//     with a free slot (or, on an ELASTIC fleet, while fewer than
//     MaxConcurrentSessions are ACTIVE), and takes capacity as any session
//     (see Capacity); MaxExpirationTime is StartTime plus the fleet's
//     MaxUserDurationInSeconds.
//   - 200 "Reconnected": the user already has an ACTIVE session there, from
//     this URL or another; it stays the user's session, CONNECTED. A URL may
//     be opened as often as its validity allows.
//   - 503 "No capacity": every slot of the fleet is taken.
//   - 409 "Cannot connect": the fleet or stack no longer exists, they are no
//     longer associated, or the fleet is no longer RUNNING.
//   - 403 "Expired streaming URL": the server's Clock has reached Expires.
//   - 404 "Invalid streaming URL": the URL was not issued by this server (or
//     by this run of it), or was changed.
//
// Opening a URL is not an API operation: it is not counted by Requests, takes
// no Fault and needs no signature. Other requests to /authenticate (a POST
// with X-Amz-Target) are API requests as on any path.
//
// ExpireSession ends a session: it becomes EXPIRED and NOT_CONNECTED, frees
// its capacity, and stays listed by DescribeSessions until its fleet stops.
// Expiring it again changes nothing. The model lists no error for
// ExpireSession; for a session ID the server never issued it answers
// ResourceNotFoundException, which clients see as an unmodeled error.
//
// # Tags
//
// Fleets and stacks have tags: those of CreateFleet and CreateStack, then
// TagResource (adds tags or changes their values), UntagResource (removes
// keys; keys the resource lacks are ignored) and ListTagsForResource (an
// empty map for a resource without tags), by the resource's ARN. Keys and
// values follow the model: 1 to 128 and 0 to 256 characters, letters,
// digits, spaces and _ . : / = + - @, and no key starting with aws:; a
// request holds 1 to 50 tags or keys (ValidationException otherwise). A
// resource holds at most 50 tags: a TagResource that would leave more is a
// LimitExceededException (the model's error for limits) and changes nothing.
// An ARN of no fleet or stack of the server, such as an image's, a deleted
// fleet's or another region's, is a ResourceNotFoundException. A deleted
// resource's tags go with it.
//
// # Images
//
// The server has a catalog of AppStream's public base images, AVAILABLE,
// with ARNs without an account (arn:aws:appstream:<region>::image/<name>):
// ImageWindowsServer2019, ImageWindowsServer2019Previous,
// ImageWindowsServer2022, ImageAmazonLinux2 and ImageGraphicsG4dnWindows2019.
// WithImages and AddImage add images of the test's own, private to the
// account unless they say otherwise, in any State.
//
// DescribeImages lists the catalog sorted by name, or the images named by
// Names or by Arns (not both: InvalidParameterCombinationException) in the
// order asked (ResourceNotFoundException for one that does not exist); Type
// keeps those of one visibility. Pages hold MaxResults images (0 to 25; 25
// when unset or 0).
//
// CreateFleet and UpdateFleet refuse an image (by ImageName or ImageArn) that
// is not in the catalog with ResourceNotFoundException, and one that is not
// AVAILABLE with ResourceNotAvailableException, except the images of
// WithMissingImages (see Fleets).
//
// # What CreateFleet and UpdateFleet refuse
//
// The model's constraints (lengths, patterns, enums, required members) are
// checked as the service's front end checks them. The service model
// (service-2.json, 2026-07) gives no integer a range and no rule between
// members, but its documentation does; the server enforces them, on
// CreateFleet and UpdateFleet alike (UpdateFleet on the fleet as the update
// would leave it). Where the documentation does not say which error the
// service returns, the server follows one convention: a member's own value
// outside what the documentation allows is a ValidationException worded as
// the front end words constraint violations ("1 validation error detected:
// Value '599' at 'maxUserDurationInSeconds' failed to satisfy constraint:
// Member must have value greater than or equal to 600"); a combination of
// members the documentation forbids is an InvalidParameterCombinationException
// that names the rule (all the rules broken, in one message).
//
// ValidationException, from the documentation of each member:
//
//   - MaxUserDurationInSeconds: 600 to 432000 ("Specify a value between 600
//     and 432000"; the Fleet shape's documentation still says 360000, as the
//     API reference did before 2023: the request's documentation is
//     followed).
//   - DisconnectTimeoutInSeconds: 60 to 36000 (older API references said
//     360000; the current model says 36000).
//   - IdleDisconnectTimeoutInSeconds: 0 (off, the default), or 60 to 36000.
//   - RootVolumeConfig.VolumeSizeInGb: 200 to 500 (VolumeConfig: "Valid range
//     is 200-500 GB").
//   - InstanceType: one of the instance types the documentation lists as
//     available.
//   - SessionScriptS3Location.S3Key: required (S3Location: "This is required
//     when used for ... SessionScriptS3Location").
//   - ComputeCapacity.DesiredInstances, ComputeCapacity.DesiredSessions and
//     MaxConcurrentSessions: at least 0; MaxSessionsPerInstance: at least 1.
//     The documentation gives no bounds: these are the server's, since no
//     capacity can be negative and an instance holds at least one session.
//     The service's maxima are account quotas (LimitExceededException), which
//     the server does not model.
//
// InvalidParameterCombinationException, from the documentation of
// CreateFleet's and UpdateFleet's members and of ComputeCapacity:
//
//   - ImageName or ImageArn is required on CreateFleet, and not both on
//     either operation.
//   - ComputeCapacity takes DesiredInstances or DesiredSessions, not both
//     ("You can't define both attributes or leave both attributes blank");
//     ALWAYS_ON and ON_DEMAND fleets need one of them.
//   - DesiredSessions is only for multi-session fleets, that is with
//     MaxSessionsPerInstance ("This is not allowed for single-session
//     fleets"), and MaxSessionsPerInstance only with DesiredSessions ("you
//     must set either the DesiredSessions or DesiredInstances attribute,
//     based on the type of fleet").
//   - ELASTIC fleets: no ComputeCapacity ("This is not allowed for Elastic
//     fleets. For Elastic fleets, specify MaxConcurrentSessions instead") and
//     no DomainJoinInfo ("This is not allowed for Elastic fleets");
//     MaxConcurrentSessions is required ("required for Elastic fleets, and
//     not allowed for other fleet types"); a VpcConfig with at least two
//     subnets is required ("Elastic fleets require that you specify at least
//     two subnets in different availability zones"); the instance type is one
//     of the five stream.standard types and the platform one of
//     WINDOWS_SERVER_2019, AMAZON_LINUX2 and UBUNTU_PRO_2404, as listed for
//     Elastic fleets; MaxSessionsPerInstance is refused, since an ELASTIC
//     fleet cannot have DesiredSessions. The documentation lists the
//     platforms Elastic fleets support without saying Platform is required;
//     the server requires it on CreateFleet rather than apply its default to
//     an ELASTIC fleet.
//   - MaxConcurrentSessions on ALWAYS_ON and ON_DEMAND fleets.
//
// The server accepts, as the documentation does not say the service
// refuses them: SessionScriptS3Location on any fleet type ("This only
// applies to Elastic fleets"), and UsbDeviceFilterStrings everywhere.
//
// # Errors chosen where the model leaves a choice
//
//   - StartFleet on a RUNNING fleet: OperationNotPermittedException; on a
//     STARTING or STOPPING one: ConcurrentModificationException.
//   - StopFleet on a STOPPING or STOPPED fleet: ConcurrentModificationException.
//   - DeleteFleet on a fleet that is not STOPPED: ResourceInUseException.
//   - UpdateFleet of a STARTING or STOPPING fleet:
//     ConcurrentModificationException; of an attribute a RUNNING fleet cannot
//     change: InvalidParameterCombinationException, naming the attributes.
//   - UpdateFleet without Name (optional in the model, but it names the
//     fleet): ValidationException.
//   - A NextToken the server did not issue, or issued for another query (other
//     operation or filters; DescribeSessions' Limit may change between pages):
//     ValidationException "Invalid NextToken: ...".
//   - DescribeSessions Limit outside 1..50: ValidationException.
//   - DeleteFleet of a fleet associated with a stack: ResourceInUseException,
//     as DeleteStack of a stack with a fleet.
//   - CreateFleet and UpdateFleet with an image that is not AVAILABLE:
//     ResourceNotAvailableException.
//   - CreateStreamingURL for a fleet and stack that are not associated:
//     InvalidParameterCombinationException; for a fleet that is not RUNNING:
//     ResourceNotAvailableException.
//   - DisassociateFleet of a pair that is not associated, ExpireSession of an
//     unknown session: ResourceNotFoundException.
//   - TagResource beyond 50 tags on the resource: LimitExceededException.
//   - DescribeImages with both Names and Arns:
//     InvalidParameterCombinationException.
//   - The stack rules above that are the server's own (an action or
//     connector type named twice, an incomplete new agent access
//     configuration): InvalidParameterCombinationException.
//
// # Paging
//
// DescribeFleets and DescribeStacks without Names return all fleets or
// stacks sorted by name, in pages of WithPageSize; with Names, the named ones
// in one page, in the order asked. ListAssociatedStacks and
// ListAssociatedFleets page sorted names the same way. DescribeImages pages
// by MaxResults. DescribeSessions returns the sessions of a stack and fleet
// (which need not exist) in the order they were added, Limit (default 20, at
// most 50) at a time. Paging tokens are opaque and remember the last item
// returned, so pages stay consistent while fleets, stacks or sessions come
// and go; a token is good only for the operation and filters it was issued
// for.
//
// # Testing helpers
//
// A FakeClock moves fleets through their states without sleeping. The
// server's Sleep and Retryer make the client's own waits pass on it: give
// Sleep to a waiter (its Sleep option) and wrap the client's retryer with
// Retryer, and a waiter's delays between polls and the backoff after
// throttling move the clock instead of passing in real time, so a test
// with the waiters' default delays takes milliseconds, and no goroutine has
// to move the clock while the fleet starts (see the example of Sleep):
//
//	client := appstream.NewFromConfig(srv.Config(), func(o *appstream.Options) { o.Retryer = srv.Retryer(o.Retryer) })
//	waiter := appstream.NewFleetStartedWaiter(client, func(o *appstream.FleetStartedWaiterOptions) { o.Sleep = srv.Sleep })
//
// AddSession and RemoveSessions stand in for users, as opening streaming
// URLs does; WithSessionsOnRunning starts sessions when fleets reach
// RUNNING. WithImages and AddImage add images to the catalog; Fleet and
// Stack describe what the server holds. WithMissingImages,
// WithMissingSubnets and WithFleetErrors make fleets fail to start.
// InjectFault makes requests fail, hang, drop their connection or get a
// truncated body, and Requests counts what the server received, so retries
// can be checked.
package appstreamtest

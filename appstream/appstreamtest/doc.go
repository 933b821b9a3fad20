// Package appstreamtest is a local, in-memory Amazon AppStream 2.0 endpoint
// for tests. It speaks the service's wire protocol (awsJson1.1, signed with
// SigV4) for CreateFleet, DescribeFleets, DescribeSessions, UpdateFleet,
// StartFleet, StopFleet and DeleteFleet, and follows the service's rules, so
// a client, or code built on one, can be tested without an AWS account:
//
//	srv := appstreamtest.NewServer(appstreamtest.WithTransitionTime(10 * time.Minute))
//	defer srv.Close()
//	client := appstream.NewFromConfig(srv.Config())
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
// Limits for the defaults). With WithoutSignatureVerification anyone who
// reaches the port can create fleets and sessions, without bound: use it on
// 127.0.0.1 only.
//
// # Fleets
//
// CreateFleet makes a STOPPED fleet owned by AccountID. Left unset, FleetType
// is ON_DEMAND, StreamView APP, Platform WINDOWS_SERVER_2019 (ELASTIC fleets
// must name theirs), MaxUserDurationInSeconds 57600,
// DisconnectTimeoutInSeconds 900 and EnableDefaultInternetAccess false.
//
// StartFleet moves a STOPPED fleet to STARTING, and the fleet becomes RUNNING
// once the transition time (WithTransitionTime) has passed on the server's
// Clock. StopFleet moves a RUNNING or STARTING fleet to STOPPING, then
// STOPPED. DeleteFleet deletes only a STOPPED fleet.
//
// A fleet can fail to start, as the service's do when what they name does
// not exist: WithMissingImages, WithMissingSubnets and WithFleetErrors set
// what fails. StartFleet still succeeds and the fleet is STARTING for the
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
// ELASTIC fleets report 0 instances.
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
//
// # Paging
//
// DescribeFleets without Names returns all fleets sorted by name, in pages of
// WithFleetPageSize; with Names, the named fleets in one page, in the order
// asked. DescribeSessions returns the sessions of a stack and fleet (which
// need not exist) in the order they were added, Limit (default 20, at most
// 50) at a time. Paging tokens are opaque and remember
// the last item returned, so pages stay consistent while fleets or sessions
// come and go.
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
// AddSession and RemoveSessions stand in for users; WithSessionsOnRunning
// starts sessions when fleets reach RUNNING. WithMissingImages,
// WithMissingSubnets and WithFleetErrors make fleets fail to start.
// InjectFault makes requests fail, hang, drop their connection or get a
// truncated body, and Requests counts what the server received, so retries
// can be checked.
package appstreamtest

// Command program drives an AppStream 2.0 endpoint (in the compat tests, a
// fake one on 127.0.0.1) through everything that
// github.com/appstreamkit/appstream-go offers, and prints what it decodes.
//
// It is written against the OFFICIAL client,
// github.com/aws/aws-sdk-go-v2/service/appstream. The compat tests build it
// as is, and again with its two appstream import paths rewritten to
// github.com/appstreamkit/appstream-go: both builds must compile, send the
// same requests, and print the same lines.
//
// Usage: program -endpoint http://127.0.0.1:PORT (or APPSTREAM_COMPAT_ENDPOINT).
// It makes its calls in a fixed order and exits 0 once all are made, whatever
// the calls returned; it exits 2 when it is not given an endpoint.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/appstream"
	"github.com/aws/aws-sdk-go-v2/service/appstream/types"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/logging"
	"github.com/aws/smithy-go/middleware"
)

var stdout = bufio.NewWriter(os.Stdout)

// p prints one line of the program's report.
func p(format string, args ...any) { fmt.Fprintf(stdout, format+"\n", args...) }

func section(name string) { p("== %s", name) }

func main() {
	endpoint := flag.String("endpoint", os.Getenv("APPSTREAM_COMPAT_ENDPOINT"), "URL of the AppStream endpoint to call")
	flag.Parse()
	if *endpoint == "" {
		fmt.Fprintln(os.Stderr, "program: set -endpoint or APPSTREAM_COMPAT_ENDPOINT")
		os.Exit(2)
	}
	defer stdout.Flush()
	run(context.Background(), *endpoint)
}

// countingCredentials returns static credentials (AKID/SECRET/TOKEN) and
// counts how often they are asked for.
func countingCredentials(calls *atomic.Int64) aws.CredentialsProviderFunc {
	return func(context.Context) (aws.Credentials, error) {
		calls.Add(1)
		return aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", SessionToken: "TOKEN", Source: "compat"}, nil
	}
}

// stderrLogger writes the clients' logs to stderr, which the tests do not compare.
var stderrLogger = logging.LoggerFunc(func(c logging.Classification, format string, v ...interface{}) {
	fmt.Fprintf(os.Stderr, "log %s: %s\n", c, fmt.Sprintf(format, v...))
})

// noWaitRetryer retries up to attempts times without waiting between attempts.
func noWaitRetryer(attempts int) aws.Retryer {
	return retry.NewStandard(func(so *retry.StandardOptions) {
		so.MaxAttempts = attempts
		so.Backoff = retry.BackoffDelayerFunc(func(int, error) (time.Duration, error) { return 0, nil })
	})
}

func run(ctx context.Context, endpoint string) {
	section("identifiers")
	p("ServiceID=%q ServiceAPIVersion=%q", appstream.ServiceID, appstream.ServiceAPIVersion)

	var credsNew, credsCfg atomic.Int64
	var httpClient appstream.HTTPClient = &http.Client{Timeout: 30 * time.Second}

	// A client from New with every option this module offers.
	client := appstream.New(appstream.Options{
		AppID:         "compat-new",
		BaseEndpoint:  aws.String(endpoint),
		ClientLogMode: aws.LogRetries | aws.LogRequest,
		Credentials:   countingCredentials(&credsNew),
		EndpointOptions: appstream.EndpointResolverOptions{
			DisableHTTPS:         true,
			UseDualStackEndpoint: aws.DualStackEndpointStateDisabled,
			UseFIPSEndpoint:      aws.FIPSEndpointStateDisabled,
		},
		HTTPClient:       httpClient,
		Logger:           stderrLogger,
		Region:           "us-east-1",
		RetryMaxAttempts: 1,
		RetryMode:        aws.RetryModeStandard,
		Retryer:          noWaitRetryer(1),
	}, func(o *appstream.Options) {
		o.AppID = "compat-new-fn"
	})
	printOptions("New", client.Options())

	// A client from an aws.Config, as config.LoadDefaultConfig would give.
	cfgClient := appstream.NewFromConfig(aws.Config{
		Region:           "us-east-1",
		Credentials:      countingCredentials(&credsCfg),
		HTTPClient:       httpClient,
		BaseEndpoint:     aws.String(endpoint),
		AppID:            "compat-cfg",
		RetryMaxAttempts: 1,
		Logger:           stderrLogger,
		ClientLogMode:    aws.LogRetries,
	}, func(o *appstream.Options) {
		o.RetryMaxAttempts = 1
	})
	printOptions("NewFromConfig", cfgClient.Options())

	createFleet(ctx, client)
	describeFleets(ctx, client)
	describeSessions(ctx, client)
	updateFleet(ctx, client)
	startStopDelete(ctx, client)
	errorMatrix(ctx, client)
	operator(ctx, client)
	retries(ctx, client)
	perCallOptions(ctx, cfgClient, endpoint)
	endpointProbes(ctx)
	exceptionValues()
	enums()
	intendedDifferences(ctx, endpoint)

	waiters(ctx, client)

	section("credentials")
	// The official client asks its credentials provider for every request.
	p("credentials provider calls: New=%d NewFromConfig=%d", credsNew.Load(), credsCfg.Load())
}

func printOptions(label string, o appstream.Options) {
	section("Options of " + label)
	p("AppID=%q", o.AppID)
	p("BaseEndpoint=%s", str(o.BaseEndpoint))
	p("ClientLogMode=%d", o.ClientLogMode)
	p("Credentials=%T", o.Credentials)
	p("EndpointOptions.DisableHTTPS=%v UseDualStackEndpoint=%v UseFIPSEndpoint=%v",
		o.EndpointOptions.DisableHTTPS, o.EndpointOptions.UseDualStackEndpoint, o.EndpointOptions.UseFIPSEndpoint)
	p("HTTPClient=%T", o.HTTPClient)
	p("Logger=%T", o.Logger)
	p("Region=%q", o.Region)
	p("RetryMaxAttempts=%d", o.RetryMaxAttempts)
	p("RetryMode=%q", o.RetryMode)
	if o.Retryer != nil {
		p("Retryer.MaxAttempts=%d", o.Retryer.MaxAttempts())
	} else {
		p("Retryer=<nil>")
	}
	c := o.Copy()
	c.Region = "changed"
	p("Copy is independent: %v", o.Region != c.Region)
}

// Formatting helpers: nil pointers and slices print as <nil>.

func str(v *string) string {
	if v == nil {
		return "<nil>"
	}
	return strconv.Quote(*v)
}

func i32(v *int32) string {
	if v == nil {
		return "<nil>"
	}
	return strconv.Itoa(int(*v))
}

func boolean(v *bool) string {
	if v == nil {
		return "<nil>"
	}
	return strconv.FormatBool(*v)
}

func tm(v *time.Time) string {
	if v == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s (unix ms %d, location %s)", v.Format(time.RFC3339Nano), v.UnixMilli(), v.Location())
}

func strs(v []string) string {
	if v == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%q (len %d)", v, len(v))
}

func requestID(md middleware.Metadata) string {
	id, ok := awsmiddleware.GetRequestIDMetadata(md)
	return fmt.Sprintf("request ID %q (found %v)", id, ok)
}

func printFleet(ind string, f *types.Fleet) {
	if f == nil {
		p("%sFleet <nil>", ind)
		return
	}
	p("%sArn=%s", ind, str(f.Arn))
	// The types are named so that the program checks their names too.
	var c *types.ComputeCapacityStatus = f.ComputeCapacityStatus
	if c != nil {
		p("%sComputeCapacityStatus.Desired=%s ActiveUserSessions=%s ActualUserSessions=%s Available=%s AvailableUserSessions=%s DesiredUserSessions=%s",
			ind, i32(c.Desired), i32(c.ActiveUserSessions), i32(c.ActualUserSessions), i32(c.Available), i32(c.AvailableUserSessions), i32(c.DesiredUserSessions))
		p("%sComputeCapacityStatus.DrainModeActiveUserSessions=%s DrainModeUnusedUserSessions=%s Draining=%s InUse=%s Running=%s",
			ind, i32(c.DrainModeActiveUserSessions), i32(c.DrainModeUnusedUserSessions), i32(c.Draining), i32(c.InUse), i32(c.Running))
	} else {
		p("%sComputeCapacityStatus=<nil>", ind)
	}
	p("%sInstanceType=%s", ind, str(f.InstanceType))
	p("%sName=%s", ind, str(f.Name))
	p("%sState=%q (running: %v, stopped: %v)", ind, f.State, f.State == types.FleetStateRunning, f.State == types.FleetStateStopped)
	p("%sCreatedTime=%s", ind, tm(f.CreatedTime))
	p("%sDescription=%s", ind, str(f.Description))
	p("%sDisableIMDSV1=%s", ind, boolean(f.DisableIMDSV1))
	p("%sDisconnectTimeoutInSeconds=%s", ind, i32(f.DisconnectTimeoutInSeconds))
	p("%sDisplayName=%s", ind, str(f.DisplayName))
	var d *types.DomainJoinInfo = f.DomainJoinInfo
	if d != nil {
		p("%sDomainJoinInfo.DirectoryName=%s OrganizationalUnitDistinguishedName=%s", ind, str(d.DirectoryName), str(d.OrganizationalUnitDistinguishedName))
	} else {
		p("%sDomainJoinInfo=<nil>", ind)
	}
	p("%sEnableDefaultInternetAccess=%s", ind, boolean(f.EnableDefaultInternetAccess))
	if f.FleetErrors == nil {
		p("%sFleetErrors=<nil>", ind)
	} else {
		p("%sFleetErrors (len %d)", ind, len(f.FleetErrors))
	}
	var fleetErrors []types.FleetError = f.FleetErrors
	for i, fe := range fleetErrors {
		p("%s  [%d] ErrorCode=%q ErrorMessage=%s (image not found: %v)", ind, i, fe.ErrorCode, str(fe.ErrorMessage), fe.ErrorCode == types.FleetErrorCodeImageNotFound)
	}
	p("%sFleetType=%q", ind, f.FleetType)
	p("%sIamRoleArn=%s", ind, str(f.IamRoleArn))
	p("%sIdleDisconnectTimeoutInSeconds=%s", ind, i32(f.IdleDisconnectTimeoutInSeconds))
	p("%sImageArn=%s", ind, str(f.ImageArn))
	p("%sImageName=%s", ind, str(f.ImageName))
	p("%sMaxConcurrentSessions=%s", ind, i32(f.MaxConcurrentSessions))
	p("%sMaxSessionsPerInstance=%s", ind, i32(f.MaxSessionsPerInstance))
	p("%sMaxUserDurationInSeconds=%s", ind, i32(f.MaxUserDurationInSeconds))
	p("%sPlatform=%q", ind, f.Platform)
	var r *types.VolumeConfig = f.RootVolumeConfig
	if r != nil {
		p("%sRootVolumeConfig.VolumeSizeInGb=%s", ind, i32(r.VolumeSizeInGb))
	} else {
		p("%sRootVolumeConfig=<nil>", ind)
	}
	var s *types.S3Location = f.SessionScriptS3Location
	if s != nil {
		p("%sSessionScriptS3Location.S3Bucket=%s S3Key=%s", ind, str(s.S3Bucket), str(s.S3Key))
	} else {
		p("%sSessionScriptS3Location=<nil>", ind)
	}
	p("%sStreamView=%q", ind, f.StreamView)
	p("%sUsbDeviceFilterStrings=%s", ind, strs(f.UsbDeviceFilterStrings))
	var v *types.VpcConfig = f.VpcConfig
	if v != nil {
		p("%sVpcConfig.SecurityGroupIds=%s SubnetIds=%s", ind, strs(v.SecurityGroupIds), strs(v.SubnetIds))
	} else {
		p("%sVpcConfig=<nil>", ind)
	}
}

func printSession(ind string, s types.Session) {
	p("%sId=%s UserId=%s StackName=%s FleetName=%s", ind, str(s.Id), str(s.UserId), str(s.StackName), str(s.FleetName))
	p("%sState=%q (active: %v) ConnectionState=%q AuthenticationType=%q InstanceDrainStatus=%q",
		ind, s.State, s.State == types.SessionStateActive, s.ConnectionState, s.AuthenticationType, s.InstanceDrainStatus)
	p("%sInstanceId=%s", ind, str(s.InstanceId))
	p("%sStartTime=%s", ind, tm(s.StartTime))
	p("%sMaxExpirationTime=%s", ind, tm(s.MaxExpirationTime))
	var n *types.NetworkAccessConfiguration = s.NetworkAccessConfiguration
	if n != nil {
		p("%sNetworkAccessConfiguration.EniId=%s EniPrivateIpAddress=%s EniIpv6Addresses=%s", ind, str(n.EniId), str(n.EniPrivateIpAddress), strs(n.EniIpv6Addresses))
	} else {
		p("%sNetworkAccessConfiguration=<nil>", ind)
	}
}

// printErr prints what a program can learn from an error.
func printErr(label string, err error) {
	if err == nil {
		p("%s: no error", label)
		return
	}
	p("%s: error %q", label, err.Error())
	var oe *smithy.OperationError
	if errors.As(err, &oe) {
		p("  OperationError: service=%q operation=%q", oe.Service(), oe.Operation())
	}
	var re *awshttp.ResponseError
	if errors.As(err, &re) {
		p("  ResponseError: status=%d request ID=%q", re.HTTPStatusCode(), re.ServiceRequestID())
	}
	var ip smithy.InvalidParamsError
	if errors.As(err, &ip) {
		p("  InvalidParamsError: %d error(s)", ip.Len())
		for _, e := range ip.Errs() {
			var field string
			var pe smithy.InvalidParamError
			if errors.As(e, &pe) {
				field = pe.Field()
			}
			p("    field=%q: %q", field, e.Error())
		}
	}
	var mae *retry.MaxAttemptsError
	if errors.As(err, &mae) {
		p("  MaxAttemptsError: attempt=%d", mae.Attempt)
	}
	var api smithy.APIError
	if errors.As(err, &api) {
		p("  APIError: code=%q message=%q fault=%q", api.ErrorCode(), api.ErrorMessage(), api.ErrorFault())
	}
	var generic *smithy.GenericAPIError
	if errors.As(err, &generic) {
		p("  GenericAPIError: Code=%q Message=%q Fault=%q", generic.Code, generic.Message, generic.Fault)
	}
	printExceptions(err)
}

// printException prints the members and methods of a modeled exception.
func printException(name string, message, override *string, errorMessage, code string, fault smithy.ErrorFault, text string) {
	p("  errors.As %s: Message=%s ErrorCodeOverride=%s ErrorMessage()=%q ErrorCode()=%q ErrorFault()=%q Error()=%q",
		name, str(message), str(override), errorMessage, code, fault, text)
}

// printExceptions tries errors.As with each of the modeled exceptions.
func printExceptions(err error) {
	var concurrent *types.ConcurrentModificationException
	if errors.As(err, &concurrent) {
		printException("ConcurrentModificationException", concurrent.Message, concurrent.ErrorCodeOverride, concurrent.ErrorMessage(), concurrent.ErrorCode(), concurrent.ErrorFault(), concurrent.Error())
	}
	var incompatible *types.IncompatibleImageException
	if errors.As(err, &incompatible) {
		printException("IncompatibleImageException", incompatible.Message, incompatible.ErrorCodeOverride, incompatible.ErrorMessage(), incompatible.ErrorCode(), incompatible.ErrorFault(), incompatible.Error())
	}
	var account *types.InvalidAccountStatusException
	if errors.As(err, &account) {
		printException("InvalidAccountStatusException", account.Message, account.ErrorCodeOverride, account.ErrorMessage(), account.ErrorCode(), account.ErrorFault(), account.Error())
	}
	var combination *types.InvalidParameterCombinationException
	if errors.As(err, &combination) {
		printException("InvalidParameterCombinationException", combination.Message, combination.ErrorCodeOverride, combination.ErrorMessage(), combination.ErrorCode(), combination.ErrorFault(), combination.Error())
	}
	var role *types.InvalidRoleException
	if errors.As(err, &role) {
		printException("InvalidRoleException", role.Message, role.ErrorCodeOverride, role.ErrorMessage(), role.ErrorCode(), role.ErrorFault(), role.Error())
	}
	var limit *types.LimitExceededException
	if errors.As(err, &limit) {
		printException("LimitExceededException", limit.Message, limit.ErrorCodeOverride, limit.ErrorMessage(), limit.ErrorCode(), limit.ErrorFault(), limit.Error())
	}
	var notPermitted *types.OperationNotPermittedException
	if errors.As(err, &notPermitted) {
		printException("OperationNotPermittedException", notPermitted.Message, notPermitted.ErrorCodeOverride, notPermitted.ErrorMessage(), notPermitted.ErrorCode(), notPermitted.ErrorFault(), notPermitted.Error())
	}
	var requestLimit *types.RequestLimitExceededException
	if errors.As(err, &requestLimit) {
		printException("RequestLimitExceededException", requestLimit.Message, requestLimit.ErrorCodeOverride, requestLimit.ErrorMessage(), requestLimit.ErrorCode(), requestLimit.ErrorFault(), requestLimit.Error())
	}
	var exists *types.ResourceAlreadyExistsException
	if errors.As(err, &exists) {
		printException("ResourceAlreadyExistsException", exists.Message, exists.ErrorCodeOverride, exists.ErrorMessage(), exists.ErrorCode(), exists.ErrorFault(), exists.Error())
	}
	var inUse *types.ResourceInUseException
	if errors.As(err, &inUse) {
		printException("ResourceInUseException", inUse.Message, inUse.ErrorCodeOverride, inUse.ErrorMessage(), inUse.ErrorCode(), inUse.ErrorFault(), inUse.Error())
	}
	var notAvailable *types.ResourceNotAvailableException
	if errors.As(err, &notAvailable) {
		printException("ResourceNotAvailableException", notAvailable.Message, notAvailable.ErrorCodeOverride, notAvailable.ErrorMessage(), notAvailable.ErrorCode(), notAvailable.ErrorFault(), notAvailable.Error())
	}
	var notFound *types.ResourceNotFoundException
	if errors.As(err, &notFound) {
		printException("ResourceNotFoundException", notFound.Message, notFound.ErrorCodeOverride, notFound.ErrorMessage(), notFound.ErrorCode(), notFound.ErrorFault(), notFound.Error())
	}
}

// Every member of CreateFleetInput, with strings that need escaping, zero
// values that must still be sent, and an empty list.
func fullCreateFleetInput() *appstream.CreateFleetInput {
	return &appstream.CreateFleetInput{
		InstanceType: aws.String("stream.standard.medium"),
		Name:         aws.String("fleet-full"),
		ComputeCapacity: &types.ComputeCapacity{
			DesiredInstances: aws.Int32(2),
			DesiredSessions:  aws.Int32(8),
		},
		Description:                aws.String("Fleet <full> & \"quoted\" \\ caf\u00e9 \U0001F600 \u2028\u2029 tab\tnl\nctl\x01\x7f/"),
		DisableIMDSV1:              aws.Bool(true),
		DisconnectTimeoutInSeconds: aws.Int32(900),
		DisplayName:                aws.String("Full fleet"),
		DomainJoinInfo: &types.DomainJoinInfo{
			DirectoryName:                       aws.String("corp.example.com"),
			OrganizationalUnitDistinguishedName: aws.String("OU=AppStream,DC=corp,DC=example,DC=com"),
		},
		EnableDefaultInternetAccess:    aws.Bool(false),
		FleetType:                      types.FleetTypeOnDemand,
		IamRoleArn:                     aws.String("arn:aws:iam::123456789012:role/AppStreamFleetRole"),
		IdleDisconnectTimeoutInSeconds: aws.Int32(600),
		ImageArn:                       aws.String("arn:aws:appstream:us-east-1:123456789012:image/base-image"),
		ImageName:                      aws.String("base-image"),
		MaxConcurrentSessions:          aws.Int32(0),
		MaxSessionsPerInstance:         aws.Int32(4),
		MaxUserDurationInSeconds:       aws.Int32(57600),
		Platform:                       types.PlatformTypeWindowsServer2022,
		RootVolumeConfig:               &types.VolumeConfig{VolumeSizeInGb: aws.Int32(200)},
		SessionScriptS3Location: &types.S3Location{
			S3Bucket: aws.String("appstream-scripts"),
			S3Key:    aws.String("session/script.json"),
		},
		StreamView:             types.StreamViewDesktop,
		Tags:                   map[string]string{"team/owner": "ops & infra <a>"},
		UsbDeviceFilterStrings: []string{"*, *, *, *, *, *, 0, 0", "03EB, *, *, *, *, *, 0, 1"},
		VpcConfig: &types.VpcConfig{
			SecurityGroupIds: []string{},
			SubnetIds:        []string{"subnet-0a1b2c3d", "subnet-4e5f6a7b"},
		},
	}
}

func createFleet(ctx context.Context, c *appstream.Client) {
	section("CreateFleet")
	var out *appstream.CreateFleetOutput
	out, err := c.CreateFleet(ctx, fullCreateFleetInput())
	printErr("CreateFleet every member", err)
	if err == nil {
		p("  %s", requestID(out.ResultMetadata))
		printFleet("  ", out.Fleet)
	}

	out, err = c.CreateFleet(ctx, &appstream.CreateFleetInput{
		InstanceType: aws.String("stream.standard.small"),
		Name:         aws.String("fleet-min"),
	})
	printErr("CreateFleet required members", err)
	if err == nil {
		p("  %s", requestID(out.ResultMetadata))
		printFleet("  ", out.Fleet)
	}

	_, err = c.CreateFleet(ctx, nil)
	printErr("CreateFleet nil input", err)

	_, err = c.CreateFleet(ctx, &appstream.CreateFleetInput{
		InstanceType:            aws.String("stream.standard.small"),
		Name:                    aws.String("fleet-bad-script"),
		SessionScriptS3Location: &types.S3Location{S3Key: aws.String("no-bucket.json")},
	})
	printErr("CreateFleet S3Location without S3Bucket", err)
}

func describeFleets(ctx context.Context, c *appstream.Client) {
	section("DescribeFleets")
	var out *appstream.DescribeFleetsOutput
	out, err := c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{
		Names:     []string{"fleet-full", "fleet-min"},
		NextToken: aws.String("page-1"),
	})
	printErr("DescribeFleets every member", err)
	if err == nil {
		p("  %s NextToken=%s Fleets nil=%v len=%d", requestID(out.ResultMetadata), str(out.NextToken), out.Fleets == nil, len(out.Fleets))
		for i := range out.Fleets {
			p("  fleet [%d]", i)
			printFleet("    ", &out.Fleets[i])
		}
	}

	out, err = c.DescribeFleets(ctx, nil)
	printErr("DescribeFleets nil input", err)
	if err == nil {
		p("  %s NextToken=%s Fleets nil=%v len=%d", requestID(out.ResultMetadata), str(out.NextToken), out.Fleets == nil, len(out.Fleets))
	}

	out, err = c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{}})
	printErr("DescribeFleets empty Names", err)
	if err == nil {
		p("  %s NextToken=%s Fleets nil=%v len=%d", requestID(out.ResultMetadata), str(out.NextToken), out.Fleets == nil, len(out.Fleets))
	}
}

func describeSessions(ctx context.Context, c *appstream.Client) {
	section("DescribeSessions")
	var out *appstream.DescribeSessionsOutput
	out, err := c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{
		FleetName:          aws.String("fleet-full"),
		StackName:          aws.String("stack-full"),
		AuthenticationType: types.AuthenticationTypeSaml,
		InstanceId:         aws.String("i-0123456789abcdef0"),
		Limit:              aws.Int32(50),
		NextToken:          aws.String("s-page-1"),
		UserId:             aws.String("user@example.com"),
	})
	printErr("DescribeSessions every member", err)
	if err == nil {
		p("  %s NextToken=%s Sessions nil=%v len=%d", requestID(out.ResultMetadata), str(out.NextToken), out.Sessions == nil, len(out.Sessions))
		for i, s := range out.Sessions {
			p("  session [%d]", i)
			printSession("    ", s)
		}
	}

	out, err = c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{
		FleetName: aws.String("fleet-min"),
		StackName: aws.String("stack-min"),
	})
	printErr("DescribeSessions required members", err)
	if err == nil {
		p("  %s NextToken=%s Sessions nil=%v len=%d", requestID(out.ResultMetadata), str(out.NextToken), out.Sessions == nil, len(out.Sessions))
	}

	_, err = c.DescribeSessions(ctx, nil)
	printErr("DescribeSessions nil input", err)
}

func updateFleet(ctx context.Context, c *appstream.Client) {
	section("UpdateFleet")
	var out *appstream.UpdateFleetOutput
	out, err := c.UpdateFleet(ctx, &appstream.UpdateFleetInput{
		AttributesToDelete: []types.FleetAttribute{
			types.FleetAttributeVpcConfiguration,
			types.FleetAttributeVpcConfigurationSecurityGroupIds,
		},
		ComputeCapacity:                &types.ComputeCapacity{DesiredInstances: aws.Int32(0), DesiredSessions: aws.Int32(2147483647)},
		DeleteVpcConfig:                aws.Bool(true),
		Description:                    aws.String("invalid UTF-8: \xff\xfe and a lone surrogate byte run \xed\xa0\x80"),
		DisableIMDSV1:                  aws.Bool(false),
		DisconnectTimeoutInSeconds:     aws.Int32(60),
		DisplayName:                    aws.String("Updated \u00e9\u00e8 fleet"),
		DomainJoinInfo:                 &types.DomainJoinInfo{DirectoryName: aws.String("corp.example.com")},
		EnableDefaultInternetAccess:    aws.Bool(true),
		IamRoleArn:                     aws.String("arn:aws:iam::123456789012:role/Updated"),
		IdleDisconnectTimeoutInSeconds: aws.Int32(0),
		ImageArn:                       aws.String("arn:aws:appstream:us-east-1:123456789012:image/updated"),
		ImageName:                      aws.String("updated"),
		InstanceType:                   aws.String("stream.memory.large"),
		MaxConcurrentSessions:          aws.Int32(10),
		MaxSessionsPerInstance:         aws.Int32(-1),
		MaxUserDurationInSeconds:       aws.Int32(432000),
		Name:                           aws.String("fleet-full"),
		Platform:                       types.PlatformTypeAmazonLinux2,
		RootVolumeConfig:               &types.VolumeConfig{},
		SessionScriptS3Location:        &types.S3Location{S3Bucket: aws.String("appstream-scripts")},
		StreamView:                     types.StreamViewApp,
		UsbDeviceFilterStrings:         []string{},
		VpcConfig:                      &types.VpcConfig{SecurityGroupIds: []string{"sg-1"}},
	})
	printErr("UpdateFleet every member", err)
	if err == nil {
		p("  %s", requestID(out.ResultMetadata))
		printFleet("  ", out.Fleet)
	}

	out, err = c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: aws.String("fleet-min")})
	printErr("UpdateFleet Name only", err)
	if err == nil {
		p("  %s", requestID(out.ResultMetadata))
		printFleet("  ", out.Fleet)
	}

}

func startStopDelete(ctx context.Context, c *appstream.Client) {
	section("StartFleet StopFleet DeleteFleet")
	var start *appstream.StartFleetOutput
	start, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("fleet-full")})
	printErr("StartFleet", err)
	if err == nil {
		p("  %s", requestID(start.ResultMetadata))
	}
	_, err = c.StartFleet(ctx, nil)
	printErr("StartFleet nil input", err)

	var stop *appstream.StopFleetOutput
	stop, err = c.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String("fleet-full")})
	printErr("StopFleet", err)
	if err == nil {
		p("  %s", requestID(stop.ResultMetadata))
	}
	_, err = c.StopFleet(ctx, nil)
	printErr("StopFleet nil input", err)

	var del *appstream.DeleteFleetOutput
	del, err = c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String("fleet-full")})
	printErr("DeleteFleet", err)
	if err == nil {
		p("  %s", requestID(del.ResultMetadata))
	}
	_, err = c.DeleteFleet(ctx, nil)
	printErr("DeleteFleet nil input", err)
}

// errorCodes are the codes the fake service answers for a fleet named
// "err-CODE": the modeled exceptions, then codes no operation models.
// LimitExceededException and RequestLimitExceededException are retried
// differently on purpose, so they are in intendedDifferences instead.
var errorCodes = []string{
	"ConcurrentModificationException",
	"IncompatibleImageException",
	"InvalidAccountStatusException",
	"InvalidParameterCombinationException",
	"InvalidRoleException",
	"OperationNotPermittedException",
	"ResourceAlreadyExistsException",
	"ResourceInUseException",
	"ResourceNotAvailableException",
	"ResourceNotFoundException",
	"ValidationException",
	"InternalFailure",
}

// errorMatrix makes every operation fail with every error code, to check
// which exceptions each operation models.
func errorMatrix(ctx context.Context, c *appstream.Client) {
	section("error matrix")
	for _, code := range errorCodes {
		name := "err-" + code
		_, err := c.CreateFleet(ctx, &appstream.CreateFleetInput{Name: aws.String(name), InstanceType: aws.String("stream.standard.small")})
		printErr("CreateFleet "+name, err)
		_, err = c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{name}})
		printErr("DescribeFleets "+name, err)
		_, err = c.DescribeSessions(ctx, &appstream.DescribeSessionsInput{StackName: aws.String("stack"), FleetName: aws.String(name)})
		printErr("DescribeSessions "+name, err)
		_, err = c.UpdateFleet(ctx, &appstream.UpdateFleetInput{Name: aws.String(name)})
		printErr("UpdateFleet "+name, err)
		_, err = c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String(name)})
		printErr("StartFleet "+name, err)
		_, err = c.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String(name)})
		printErr("StopFleet "+name, err)
		_, err = c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String(name)})
		printErr("DeleteFleet "+name, err)
	}
}

// retries checks which errors are retried, with a per-call retryer of 3
// attempts that does not wait. The fake service answers "retry-CODE" with
// CODE every time.
func retries(ctx context.Context, c *appstream.Client) {
	section("retries")
	threeAttempts := func(o *appstream.Options) { o.Retryer = noWaitRetryer(3) }
	for _, code := range []string{"ConcurrentModificationException", "InternalFailure"} {
		_, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("retry-" + code)}, threeAttempts)
		printErr("StartFleet retry-"+code, err)
	}
}

// perCallOptions changes options for one call.
func perCallOptions(ctx context.Context, c *appstream.Client, endpoint string) {
	section("per-call options")
	out, err := c.DescribeFleets(ctx, &appstream.DescribeFleetsInput{Names: []string{"fleet-min"}}, func(o *appstream.Options) {
		o.AppID = "per-call-app"
	})
	printErr("DescribeFleets AppID per call", err)
	if err == nil {
		p("  %s fleets=%d", requestID(out.ResultMetadata), len(out.Fleets))
	}

	del, err := c.DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String("fleet-eu")}, func(o *appstream.Options) {
		o.Region = "eu-west-1"
	})
	printErr("DeleteFleet Region per call", err)
	if err == nil {
		p("  %s", requestID(del.ResultMetadata))
	}

	stop, err := c.StopFleet(ctx, &appstream.StopFleetInput{Name: aws.String("fleet-min")}, func(o *appstream.Options) {
		o.Credentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
			return aws.Credentials{AccessKeyID: "AKIDPERCALL", SecretAccessKey: "SECRET2"}, nil
		})
	})
	printErr("StopFleet Credentials per call", err)
	if err == nil {
		p("  %s", requestID(stop.ResultMetadata))
	}

	start, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("fleet-min")}, func(o *appstream.Options) {
		o.RetryMaxAttempts = 2
	})
	printErr("StartFleet RetryMaxAttempts per call", err)
	if err == nil {
		p("  %s", requestID(start.ResultMetadata))
	}

	created, err := c.CreateFleet(ctx, &appstream.CreateFleetInput{Name: aws.String("fleet-path"), InstanceType: aws.String("stream.standard.small")},
		func(o *appstream.Options) {
			o.BaseEndpoint = aws.String(strings.TrimSuffix(endpoint, "/") + "/base/path")
		})
	printErr("CreateFleet BaseEndpoint with a path per call", err)
	if err == nil {
		p("  %s", requestID(created.ResultMetadata))
		printFleet("  ", created.Fleet)
	}
}

// captureClient is an HTTP client that sends nothing: it notes where a
// request would go, and fails it.
type captureClient struct{ last string }

func (c *captureClient) Do(req *http.Request) (*http.Response, error) {
	scope := ""
	if _, cred, ok := strings.Cut(req.Header.Get("Authorization"), "Credential="); ok {
		scope, _, _ = strings.Cut(cred, ",")
		if parts := strings.Split(scope, "/"); len(parts) == 5 {
			parts[1] = "DATE"
			scope = strings.Join(parts, "/")
		}
	}
	c.last = fmt.Sprintf("%s %s scope=%s", req.Method, req.URL, scope)
	return nil, errors.New("compat: request not sent")
}

// endpointProbes shows where requests would go for several endpoint
// settings, without sending them.
func endpointProbes(ctx context.Context) {
	section("endpoints")
	probe := func(label string, o appstream.Options) { probeEndpoint(ctx, label, o) }
	probe("us-west-2", appstream.Options{Region: "us-west-2"})
	probe("us-west-2 FIPS", appstream.Options{Region: "us-west-2", EndpointOptions: appstream.EndpointResolverOptions{UseFIPSEndpoint: aws.FIPSEndpointStateEnabled}})
	probe("us-west-2 dual-stack", appstream.Options{Region: "us-west-2", EndpointOptions: appstream.EndpointResolverOptions{UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}})
	probe("us-west-2 FIPS dual-stack", appstream.Options{Region: "us-west-2", EndpointOptions: appstream.EndpointResolverOptions{
		UseFIPSEndpoint: aws.FIPSEndpointStateEnabled, UseDualStackEndpoint: aws.DualStackEndpointStateEnabled}})
	probe("us-west-2 DisableHTTPS", appstream.Options{Region: "us-west-2", EndpointOptions: appstream.EndpointResolverOptions{DisableHTTPS: true}})
	probe("cn-north-1", appstream.Options{Region: "cn-north-1"})
	probe("us-gov-west-1 FIPS", appstream.Options{Region: "us-gov-west-1", EndpointOptions: appstream.EndpointResolverOptions{UseFIPSEndpoint: aws.FIPSEndpointStateEnabled}})
	probe("no region", appstream.Options{})
	probe("BaseEndpoint", appstream.Options{Region: "us-west-2", BaseEndpoint: aws.String("https://appstream.example.com")})
	probe("BaseEndpoint with path", appstream.Options{Region: "us-west-2", BaseEndpoint: aws.String("https://appstream.example.com/prefix/")})
	probe("BaseEndpoint DisableHTTPS", appstream.Options{Region: "us-west-2", BaseEndpoint: aws.String("https://appstream.example.com"),
		EndpointOptions: appstream.EndpointResolverOptions{DisableHTTPS: true}})
	probe("BaseEndpoint FIPS", appstream.Options{Region: "us-west-2", BaseEndpoint: aws.String("https://appstream.example.com"),
		EndpointOptions: appstream.EndpointResolverOptions{UseFIPSEndpoint: aws.FIPSEndpointStateEnabled}})
}

// probeEndpoint shows where a request with options o would go, without
// sending it.
func probeEndpoint(ctx context.Context, label string, o appstream.Options) {
	capture := &captureClient{}
	o.HTTPClient = capture
	o.Credentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
		return aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET"}, nil
	})
	o.RetryMaxAttempts = 1
	_, err := appstream.New(o).DeleteFleet(ctx, &appstream.DeleteFleetInput{Name: aws.String("probe")})
	if capture.last == "" {
		// The reasons differ in wording between clients; that no request is made is what counts.
		p("%s: not sent (error: %v)", label, err != nil)
		return
	}
	p("%s: %s", label, capture.last)
}

// exceptionValues builds each exception with a struct literal.
func exceptionValues() {
	section("exception values")
	values := []error{
		&types.ConcurrentModificationException{Message: aws.String("concurrent"), ErrorCodeOverride: aws.String("Concurrent.Override")},
		&types.IncompatibleImageException{Message: aws.String("incompatible")},
		&types.InvalidAccountStatusException{},
		&types.InvalidParameterCombinationException{Message: aws.String("")},
		&types.InvalidRoleException{ErrorCodeOverride: aws.String("")},
		&types.LimitExceededException{Message: aws.String("limit")},
		&types.OperationNotPermittedException{Message: aws.String("not permitted")},
		&types.RequestLimitExceededException{Message: aws.String("slow down")},
		&types.ResourceAlreadyExistsException{Message: aws.String("exists"), ErrorCodeOverride: aws.String("AlreadyExists")},
		&types.ResourceInUseException{Message: aws.String("in use")},
		&types.ResourceNotAvailableException{Message: aws.String("not available")},
		&types.ResourceNotFoundException{Message: aws.String("not found")},
	}
	for _, v := range values {
		p("%T", v)
		printExceptions(fmt.Errorf("wrapped: %w", v))
		var api smithy.APIError
		p("  is a smithy.APIError: %v", errors.As(v, &api))
	}
	var nilException *types.ResourceNotFoundException
	p("nil *ResourceNotFoundException: ErrorCode()=%q", nilException.ErrorCode())
}

func enums() {
	section("enums")
	p("AuthenticationType.Values=%q", types.AuthenticationType("").Values())
	p("AuthenticationType constants=%q", []types.AuthenticationType{types.AuthenticationTypeApi, types.AuthenticationTypeSaml,
		types.AuthenticationTypeUserpool, types.AuthenticationTypeAwsAd})
	p("FleetAttribute.Values=%q", types.FleetAttribute("").Values())
	p("FleetAttribute constants=%q", []types.FleetAttribute{types.FleetAttributeVpcConfiguration, types.FleetAttributeVpcConfigurationSecurityGroupIds,
		types.FleetAttributeDomainJoinInfo, types.FleetAttributeIamRoleArn, types.FleetAttributeUsbDeviceFilterStrings,
		types.FleetAttributeSessionScriptS3Location, types.FleetAttributeMaxSessionsPerInstance, types.FleetAttributeVolumeConfiguration})
	p("FleetErrorCode.Values=%q", types.FleetErrorCode("").Values())
	p("FleetErrorCode constants=%q", []types.FleetErrorCode{
		types.FleetErrorCodeIamServiceRoleMissingEniDescribeAction, types.FleetErrorCodeIamServiceRoleMissingEniCreateAction,
		types.FleetErrorCodeIamServiceRoleMissingEniDeleteAction, types.FleetErrorCodeNetworkInterfaceLimitExceeded,
		types.FleetErrorCodeInternalServiceError, types.FleetErrorCodeIamServiceRoleIsMissing, types.FleetErrorCodeMachineRoleIsMissing,
		types.FleetErrorCodeStsDisabledInRegion, types.FleetErrorCodeSubnetHasInsufficientIpAddresses,
		types.FleetErrorCodeIamServiceRoleMissingDescribeSubnetAction, types.FleetErrorCodeSubnetNotFound, types.FleetErrorCodeImageNotFound,
		types.FleetErrorCodeInvalidSubnetConfiguration, types.FleetErrorCodeSecurityGroupsNotFound, types.FleetErrorCodeIgwNotAttached,
		types.FleetErrorCodeIamServiceRoleMissingDescribeSecurityGroupsAction, types.FleetErrorCodeFleetStopped,
		types.FleetErrorCodeFleetInstanceProvisioningFailure, types.FleetErrorCodeDomainJoinErrorFileNotFound,
		types.FleetErrorCodeDomainJoinErrorAccessDenied, types.FleetErrorCodeDomainJoinErrorLogonFailure,
		types.FleetErrorCodeDomainJoinErrorInvalidParameter, types.FleetErrorCodeDomainJoinErrorMoreData,
		types.FleetErrorCodeDomainJoinErrorNoSuchDomain, types.FleetErrorCodeDomainJoinErrorNotSupported,
		types.FleetErrorCodeDomainJoinNerrInvalidWorkgroupName, types.FleetErrorCodeDomainJoinNerrWorkstationNotStarted,
		types.FleetErrorCodeDomainJoinErrorDsMachineAccountQuotaExceeded, types.FleetErrorCodeDomainJoinNerrPasswordExpired,
		types.FleetErrorCodeDomainJoinInternalServiceError, types.FleetErrorCodeValidationError,
	})
	p("FleetState.Values=%q", types.FleetState("").Values())
	p("FleetState constants=%q", []types.FleetState{types.FleetStateStarting, types.FleetStateRunning, types.FleetStateStopping, types.FleetStateStopped})
	p("FleetType.Values=%q", types.FleetType("").Values())
	p("FleetType constants=%q", []types.FleetType{types.FleetTypeAlwaysOn, types.FleetTypeOnDemand, types.FleetTypeElastic})
	p("InstanceDrainStatus.Values=%q", types.InstanceDrainStatus("").Values())
	p("InstanceDrainStatus constants=%q", []types.InstanceDrainStatus{types.InstanceDrainStatusActive, types.InstanceDrainStatusDraining,
		types.InstanceDrainStatusNotApplicable})
	p("PlatformType.Values=%q", types.PlatformType("").Values())
	p("PlatformType constants=%q", []types.PlatformType{types.PlatformTypeWindows, types.PlatformTypeWindowsServer2016,
		types.PlatformTypeWindowsServer2019, types.PlatformTypeWindowsServer2022, types.PlatformTypeWindowsServer2025,
		types.PlatformTypeAmazonLinux2, types.PlatformTypeRhel8, types.PlatformTypeRockyLinux8, types.PlatformTypeUbuntuPro2404})
	p("SessionConnectionState.Values=%q", types.SessionConnectionState("").Values())
	p("SessionConnectionState constants=%q", []types.SessionConnectionState{types.SessionConnectionStateConnected,
		types.SessionConnectionStateNotConnected})
	p("SessionState.Values=%q", types.SessionState("").Values())
	p("SessionState constants=%q", []types.SessionState{types.SessionStateActive, types.SessionStatePending, types.SessionStateExpired})
	p("StreamView.Values=%q", types.StreamView("").Values())
	p("StreamView constants=%q", []types.StreamView{types.StreamViewApp, types.StreamViewDesktop})
}

// waiters waits for "fleet-min", which the fake service describes as
// STOPPED on a single page (the official waiters read only the first page;
// appstream-go's read every page, so a one-page answer keeps them equal).
func waiters(ctx context.Context, c *appstream.Client) {
	section("waiters")
	in := &appstream.DescribeFleetsInput{Names: []string{"fleet-min"}}
	var stoppedOpts appstream.FleetStoppedWaiterOptions
	stopped := appstream.NewFleetStoppedWaiter(c, func(o *appstream.FleetStoppedWaiterOptions) {
		o.MinDelay, o.MaxDelay = time.Millisecond, 10*time.Millisecond
		o.LogWaitAttempts = true
		o.ClientOptions = append(o.ClientOptions, func(o *appstream.Options) { o.AppID = "waiter" })
		stoppedOpts = *o
	})
	err := stopped.Wait(ctx, in, time.Minute)
	printErr("FleetStopped Wait", err)
	out, err := stopped.WaitForOutput(ctx, in, time.Minute, func(o *appstream.FleetStoppedWaiterOptions) { o.MaxDelay = 20 * time.Millisecond })
	printErr("FleetStopped WaitForOutput", err)
	if err == nil {
		p("  fleets=%d state=%s", len(out.Fleets), out.Fleets[0].State)
	}
	p("FleetStoppedWaiterOptions: MinDelay=%v MaxDelay=%v LogWaitAttempts=%v ClientOptions=%d Retryable=%v",
		stoppedOpts.MinDelay, stoppedOpts.MaxDelay, stoppedOpts.LogWaitAttempts, len(stoppedOpts.ClientOptions), stoppedOpts.Retryable != nil)

	// A STOPPED fleet fails FleetStarted at once (the two clients word the
	// failure differently; that it fails after one request is what counts).
	var started *appstream.FleetStartedWaiter = appstream.NewFleetStartedWaiter(c, func(o *appstream.FleetStartedWaiterOptions) {
		o.MinDelay, o.MaxDelay = time.Millisecond, 10*time.Millisecond
	})
	err = started.Wait(ctx, in, time.Minute)
	p("FleetStarted Wait on a STOPPED fleet: failed=%v", err != nil)
	_, err = started.WaitForOutput(ctx, in, time.Minute, func(o *appstream.FleetStartedWaiterOptions) {
		o.Retryable = func(context.Context, *appstream.DescribeFleetsInput, *appstream.DescribeFleetsOutput, error) (bool, error) {
			return false, nil
		}
	})
	printErr("FleetStarted WaitForOutput with a custom Retryable", err)
}

// intendedDifferences runs the cases where appstream-go departs from the
// official client on purpose. Their requests go to the path /intended/ and
// their lines start with "intended", so the test compares them with what
// each client is expected to do rather than with each other.
func intendedDifferences(ctx context.Context, endpoint string) {
	section("intended differences")
	attempts := &countingClient{next: &http.Client{Timeout: 30 * time.Second}}
	c := appstream.New(appstream.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String(strings.TrimSuffix(endpoint, "/") + "/intended/"),
		Credentials:  countingCredentials(new(atomic.Int64)),
		HTTPClient:   attempts,
		Retryer:      noWaitRetryer(3),
	})

	// appstream-go requires UpdateFleetInput.Name: the service cannot act
	// without it. The official client sends {} and gets a ValidationException.
	_, err := c.UpdateFleet(ctx, nil)
	p("intended UpdateFleet nil input: %d requests, error %q", attempts.take(), errText(err))

	// AppStream throttles with RequestLimitExceededException (appstream-go
	// retries it; the official client does not) and reports quotas with
	// LimitExceededException (the official client retries it as a throttle).
	for _, code := range []string{"RequestLimitExceededException", "LimitExceededException"} {
		_, err := c.StartFleet(ctx, &appstream.StartFleetInput{Name: aws.String("retry-" + code)})
		var maxAttempts *retry.MaxAttemptsError
		p("intended StartFleet %s: %d requests, MaxAttemptsError %v", code, attempts.take(), errors.As(err, &maxAttempts))
	}

	// FIPS pseudo-regions: the same host, but appstream-go scopes the
	// signature to the real region.
	probeEndpoint(ctx, "intended fips-us-east-1", appstream.Options{Region: "fips-us-east-1"})
	probeEndpoint(ctx, "intended us-east-1-fips", appstream.Options{Region: "us-east-1-fips"})

	// appstream-go reads AWS_ENDPOINT_URL_APPSTREAM itself; the official
	// client only through config.LoadDefaultConfig's ConfigSources.
	os.Setenv("AWS_ENDPOINT_URL_APPSTREAM", "https://from-env.example.com")
	cfgClient := appstream.NewFromConfig(aws.Config{Region: "us-west-2", Credentials: countingCredentials(new(atomic.Int64))})
	os.Unsetenv("AWS_ENDPOINT_URL_APPSTREAM")
	p("intended NewFromConfig with AWS_ENDPOINT_URL_APPSTREAM set by hand: BaseEndpoint=%s", str(cfgClient.Options().BaseEndpoint))
}

// countingClient counts the requests it sends.
type countingClient struct {
	next  *http.Client
	count int
}

func (c *countingClient) Do(req *http.Request) (*http.Response, error) {
	c.count++
	return c.next.Do(req)
}

// take returns the count and resets it.
func (c *countingClient) take() int {
	n := c.count
	c.count = 0
	return n
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

package compat

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
)

// request is what the fake service records of one HTTP request. The tests
// compare the recordings of the two programs field by field.
type request struct {
	Method string
	Path   string
	// Target is the X-Amz-Target header.
	Target      string
	ContentType string
	// Body is the exact body.
	Body string
	// SignedHeaders are the names in the Authorization header's SignedHeaders.
	SignedHeaders []string
	// Scope is the Authorization header's credential scope, with its date
	// replaced by DATE (so that a run across midnight UTC still compares).
	Scope string
	// SecurityToken is the X-Amz-Security-Token header.
	SecurityToken string
	// SDKRequest is the Amz-Sdk-Request header ("attempt=1; max=1").
	SDKRequest string
	// AppID is the app/ token of the User-Agent header, if any.
	AppID string
	// InvocationID tells whether Amz-Sdk-Invocation-Id is a UUID.
	InvocationID bool
	// DateOK tells whether X-Amz-Date is an ISO 8601 basic timestamp.
	DateOK bool
}

var (
	scopeDate  = regexp.MustCompile(`^[^/]+/\d{8}/`)
	uuidRE     = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
	amzDateRE  = regexp.MustCompile(`^\d{8}T\d{6}Z$`)
	authHeader = regexp.MustCompile(`^AWS4-HMAC-SHA256 Credential=([^,]+), SignedHeaders=([^,]+), Signature=[0-9a-f]{64}$`)
)

func record(r *http.Request, body []byte) request {
	rec := request{
		Method:        r.Method,
		Path:          r.URL.Path,
		Target:        r.Header.Get("X-Amz-Target"),
		ContentType:   r.Header.Get("Content-Type"),
		Body:          string(body),
		SecurityToken: r.Header.Get("X-Amz-Security-Token"),
		SDKRequest:    r.Header.Get("Amz-Sdk-Request"),
		InvocationID:  uuidRE.MatchString(r.Header.Get("Amz-Sdk-Invocation-Id")),
		DateOK:        amzDateRE.MatchString(r.Header.Get("X-Amz-Date")),
	}
	if m := authHeader.FindStringSubmatch(r.Header.Get("Authorization")); m != nil {
		rec.Scope = m[1]
		if loc := scopeDate.FindStringIndex(m[1]); loc != nil {
			akid, _, _ := strings.Cut(m[1], "/")
			rec.Scope = akid + "/DATE/" + m[1][loc[1]:]
		}
		rec.SignedHeaders = strings.Split(m[2], ";")
	} else if a := r.Header.Get("Authorization"); a != "" {
		rec.Scope = "malformed Authorization: " + a
	}
	for _, tok := range strings.Fields(r.Header.Get("User-Agent")) {
		if app, ok := strings.CutPrefix(tok, "app/"); ok {
			rec.AppID = app
		}
	}
	return rec
}

// fakeService is an AppStream endpoint that records the requests and
// answers with canned responses: fleets named "err-CODE" or "retry-CODE"
// fail with CODE, the others succeed.
type fakeService struct {
	mu       sync.Mutex
	requests []request
}

// take returns the requests recorded so far and starts a new recording.
func (s *fakeService) take() []request {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.requests
	s.requests = nil
	return r
}

func (s *fakeService) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	rec := record(r, body)
	s.mu.Lock()
	s.requests = append(s.requests, rec)
	s.mu.Unlock()

	status, header, resp := respond(rec.Target, body)
	h := w.Header()
	// The request ID depends on the request alone, so that a request one
	// client makes and the other does not changes no other request's ID.
	sum := sha256.Sum256([]byte(rec.Target + "\n" + rec.Body + "\n" + rec.SDKRequest + "\n" + rec.Scope))
	h.Set("X-Amzn-Requestid", "req-"+hex.EncodeToString(sum[:6]))
	h.Set("Content-Type", "application/x-amz-json-1.1")
	for k, v := range header {
		h.Set(k, v)
	}
	h.Set("Content-Length", fmt.Sprint(len(resp)))
	w.WriteHeader(status)
	_, _ = io.WriteString(w, resp)
}

// respond returns the status, extra headers and body of the answer.
func respond(target string, body []byte) (int, map[string]string, string) {
	op, ok := strings.CutPrefix(target, "PhotonAdminProxyService.")
	if !ok {
		return 400, nil, `{"__type":"UnknownOperationException"}`
	}
	var in struct {
		Name      *string
		Names     []string
		FleetName *string
		// The members that name the resource of the operator's operations.
		StackName, SessionId, ResourceArn *string
	}
	if err := json.Unmarshal(body, &in); err != nil {
		return 400, nil, `{"__type":"SerializationException","Message":"Start of structure or map found where not expected."}`
	}
	name := ""
	switch {
	case in.Name != nil:
		name = *in.Name
	case len(in.Names) > 0:
		name = in.Names[0]
	case in.FleetName != nil:
		name = *in.FleetName
	case in.StackName != nil:
		name = *in.StackName
	case in.SessionId != nil:
		name = *in.SessionId
	case in.ResourceArn != nil:
		name = (*in.ResourceArn)[strings.LastIndex(*in.ResourceArn, "/")+1:]
	}
	if code, ok := strings.CutPrefix(name, "err-"); ok {
		return errorResponse(op, code)
	}
	if code, ok := strings.CutPrefix(name, "retry-"); ok {
		return errorResponse(op, code)
	}

	switch op {
	case "CreateFleet":
		if name == "fleet-full" {
			return 200, nil, `{"Fleet":` + fullFleet + `}`
		}
		return 200, nil, `{"Fleet":` + minimalFleet(name) + `}`
	case "DescribeFleets":
		switch {
		case len(in.Names) == 0:
			return 200, nil, `{"Fleets":[]}`
		case name == "fleet-full":
			return 200, nil, `{"Fleets":[` + fullFleet + `,` + sparseFleet + `],"NextToken":"page-2"}`
		default:
			return 200, nil, `{"Fleets":[` + minimalFleet(name) + `]}`
		}
	case "DescribeSessions":
		if name == "fleet-full" {
			return 200, nil, sessions
		}
		return 200, nil, `{"Sessions":[]}`
	case "UpdateFleet":
		switch name {
		case "":
			return 400, nil, `{"__type":"com.amazon.coral.validate#ValidationException","message":"1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null"}`
		case "fleet-full":
			return 200, nil, `{"Fleet":` + updatedFleet + `}`
		default:
			return 200, nil, `{"Fleet":` + minimalFleet(name) + `}`
		}
	case "StartFleet", "StopFleet":
		return 200, nil, `{}`
	case "DeleteFleet":
		// An empty body is an empty output.
		return 200, nil, ``
	}
	return respondOperator(op, name, body)
}

// errorResponse answers with error code, in one of the forms that the
// awsJson1.1 protocol allows, chosen from the operation and the code.
func errorResponse(op, code string) (int, map[string]string, string) {
	status := 400
	if code == "InternalFailure" {
		status = 500
	}
	message := fmt.Sprintf("%s failed: %s (\"quoted\", caf\u00e9)", op, code)
	m, _ := json.Marshal(message)
	switch (len(op) + len(code)) % 5 {
	case 0: // header with the Coral suffix, and a namespaced __type
		return status, map[string]string{"X-Amzn-ErrorType": code + ":http://internal.amazon.com/coral/com.amazonaws.photon/"},
			`{"__type":"com.amazonaws.photon#` + code + `","message":` + string(m) + `}`
	case 1: // __type only, with "Message"
		return status, nil, `{"__type":"com.amazonaws.photon#` + code + `","Message":` + string(m) + `}`
	case 2: // header only
		return status, map[string]string{"X-Amzn-ErrorType": code}, `{"message":` + string(m) + `}`
	case 3: // plain __type
		return status, nil, `{"__type":"` + code + `","message":` + string(m) + `}`
	default: // no message at all
		return status, map[string]string{"X-Amzn-ErrorType": code}, `{"__type":"` + code + `"}`
	}
}

func minimalFleet(name string) string {
	n, _ := json.Marshal(name)
	return `{"Arn":"arn:aws:appstream:us-east-1:123456789012:fleet/` + strings.Trim(string(n), `"`) +
		`","ComputeCapacityStatus":{"Desired":1},"InstanceType":"stream.standard.small","Name":` + string(n) + `,"State":"STOPPED"}`
}

// fullFleet has every member of Fleet, an unknown member, an unknown enum
// value, escapes, and the epoch-second timestamps the service sends.
const fullFleet = `{"Arn":"arn:aws:appstream:us-east-1:123456789012:fleet/fleet-full",` +
	`"ComputeCapacityStatus":{"ActiveUserSessions":3,"ActualUserSessions":8,"Available":1,"AvailableUserSessions":5,"Desired":2,` +
	`"DesiredUserSessions":8,"DrainModeActiveUserSessions":1,"DrainModeUnusedUserSessions":0,"Draining":0,"InUse":1,"Running":2},` +
	`"CreatedTime":1764226800.123,` +
	`"Description":"Caf\u00e9 \"fleet\" \ud83d\ude00 \/ tab\tend \u2028",` +
	`"DisableIMDSV1":true,"DisconnectTimeoutInSeconds":900,"DisplayName":"Full fleet",` +
	`"DomainJoinInfo":{"DirectoryName":"corp.example.com","OrganizationalUnitDistinguishedName":"OU=AppStream,DC=corp,DC=example,DC=com"},` +
	`"EnableDefaultInternetAccess":false,` +
	`"FleetErrors":[{"ErrorCode":"IMAGE_NOT_FOUND","ErrorMessage":"The image base-image was not found."},` +
	`{"ErrorCode":"SOME_FUTURE_ERROR_CODE","ErrorMessage":"A code this client does not know."}],` +
	`"FleetType":"ON_DEMAND","FutureMember":{"nested":[1,2.5e3,{"deep":null}],"flag":true},` +
	`"IamRoleArn":"arn:aws:iam::123456789012:role/AppStreamFleetRole","IdleDisconnectTimeoutInSeconds":600,` +
	`"ImageArn":"arn:aws:appstream:us-east-1:123456789012:image/base-image","ImageName":"base-image",` +
	`"InstanceType":"stream.standard.medium","MaxConcurrentSessions":0,"MaxSessionsPerInstance":4,"MaxUserDurationInSeconds":57600,` +
	`"Name":"fleet-full","Platform":"WINDOWS_SERVER_2022","RootVolumeConfig":{"VolumeSizeInGb":200},` +
	`"SessionScriptS3Location":{"S3Bucket":"appstream-scripts","S3Key":"session/script.json"},` +
	`"State":"STOPPED","StreamView":"DESKTOP","UsbDeviceFilterStrings":["*, *, *, *, *, *, 0, 0","03EB, *, *, *, *, *, 0, 1"],` +
	`"VpcConfig":{"SecurityGroupIds":[],"SubnetIds":["subnet-0a1b2c3d","subnet-4e5f6a7b"]}}`

// sparseFleet has the required members, nulls, and empty lists, laid out
// with whitespace.
const sparseFleet = `{
  "Name": "fleet-min",
  "Arn": "arn:aws:appstream:us-east-1:123456789012:fleet/fleet-min",
  "InstanceType": "stream.standard.small",
  "State": "STARTING",
  "ComputeCapacityStatus": {"Desired": 1, "Running": null},
  "CreatedTime": 1764226800,
  "Description": null,
  "DomainJoinInfo": {"DirectoryName": null},
  "FleetErrors": [],
  "UsbDeviceFilterStrings": null,
  "VpcConfig": {"SubnetIds": []}
}`

// updatedFleet is fullFleet after UpdateFleet: running, elastic, on Linux,
// with a timestamp in the exponent form that Java services write.
const updatedFleet = `{"Arn":"arn:aws:appstream:us-east-1:123456789012:fleet/fleet-full",` +
	`"ComputeCapacityStatus":{"Available":0,"Desired":0,"InUse":0,"Running":0},` +
	`"CreatedTime":1.764226800123E9,"Description":"invalid UTF-8: \ufffd\ufffd and a lone surrogate byte run \ufffd\ufffd\ufffd",` +
	`"DisableIMDSV1":false,"DisconnectTimeoutInSeconds":60,"DisplayName":"Updated \u00e9\u00e8 fleet",` +
	`"DomainJoinInfo":{"DirectoryName":"corp.example.com"},"EnableDefaultInternetAccess":true,"FleetErrors":[],` +
	`"FleetType":"ELASTIC","IamRoleArn":"arn:aws:iam::123456789012:role/Updated","IdleDisconnectTimeoutInSeconds":0,` +
	`"ImageArn":"arn:aws:appstream:us-east-1:123456789012:image/updated","ImageName":"updated","InstanceType":"stream.memory.large",` +
	`"MaxConcurrentSessions":10,"MaxUserDurationInSeconds":432000,"Name":"fleet-full","Platform":"AMAZON_LINUX2",` +
	`"SessionScriptS3Location":{"S3Bucket":"appstream-scripts"},"State":"RUNNING","StreamView":"APP",` +
	`"VpcConfig":{"SecurityGroupIds":["sg-1"]}}`

// sessions has a session with every member and one with the required
// members, an unknown state and an empty address list.
const sessions = `{"NextToken":"s-page-2","Sessions":[` +
	`{"AuthenticationType":"SAML","ConnectionState":"CONNECTED","FleetName":"fleet-full","Id":"5c3b9b7e-1d2f-4a8b-9c0d-111111111111",` +
	`"InstanceDrainStatus":"ACTIVE","InstanceId":"i-0123456789abcdef0","MaxExpirationTime":1.7642628001E9,` +
	`"NetworkAccessConfiguration":{"EniId":"eni-0a1b2c3d4e5f60718","EniIpv6Addresses":["2001:db8::1","2001:db8::2"],"EniPrivateIpAddress":"10.0.1.25"},` +
	`"StackName":"stack-full","StartTime":1764226800.5,"State":"ACTIVE","UserId":"user@example.com"},` +
	`{"FleetName":"fleet-full","Id":"5c3b9b7e-1d2f-4a8b-9c0d-222222222222","StackName":"stack-full","State":"SOME_FUTURE_STATE",` +
	`"UserId":"other@example.com","StartTime":1764226800.999,"NetworkAccessConfiguration":{"EniIpv6Addresses":[]},` +
	`"InstanceDrainStatus":"NOT_APPLICABLE","ConnectionState":"NOT_CONNECTED","AuthenticationType":"USERPOOL"}]}`

// summary lists the operations and names of a recording, for messages.
func summary(reqs []request) []string {
	out := make([]string, len(reqs))
	for i, r := range reqs {
		var in struct{ Name, FleetName string }
		_ = json.Unmarshal([]byte(r.Body), &in)
		out[i] = fmt.Sprintf("%s %s%s (%s)", strings.TrimPrefix(r.Target, "PhotonAdminProxyService."), in.Name, in.FleetName, r.SDKRequest)
	}
	return out
}

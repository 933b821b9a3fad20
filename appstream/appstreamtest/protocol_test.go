package appstreamtest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestProtocolErrors(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	createFleet(t, srv, "f", nil)
	cases := map[string]struct {
		target      string // X-Amz-Target; "-" for none
		method      string
		contentType string
		body        string
		code        string
		message     string
	}{
		"unknown operation": {
			target: "PhotonAdminProxyService.CreateImageBuilder", body: `{}`,
			code: "UnknownOperationException", message: `Unknown operation: POST "PhotonAdminProxyService.CreateImageBuilder". AppStream takes POST requests with X-Amz-Target: PhotonAdminProxyService.<Operation>.`,
		},
		"no target": {
			target: "-", body: `{}`, code: "UnknownOperationException", message: "...",
		},
		"other service's prefix": {
			target: "AmazonEC2.DescribeFleets", body: `{}`, code: "UnknownOperationException", message: "...",
		},
		"GET": {
			method: http.MethodGet, code: "UnknownOperationException", message: `Unknown operation: GET "PhotonAdminProxyService.DescribeFleets"...`,
		},
		"wrong content type": {
			contentType: "application/json", body: `{}`,
			code: "SerializationException", message: `Unsupported Content-Type "application/json": AppStream takes application/x-amz-json-1.1.`,
		},
		"not JSON": {
			body: `Names=f`, code: "SerializationException", message: "The request body is not valid JSON: ...",
		},
		"JSON array": {
			body: `[]`, code: "SerializationException", message: "The request body must be a JSON object, not START_ARRAY.",
		},
		"JSON null": {
			body: `null`, code: "SerializationException", message: "The request body must be a JSON object, not VALUE_NULL.",
		},
		"two objects": {
			body: `{} {}`, code: "SerializationException", message: "The request body has data after its JSON value.",
		},
		"truncated": {
			body: `{"Names":["f"]`, code: "SerializationException", message: "The request body is not valid JSON: ...",
		},
		"string for a list": {
			body: `{"Names":"f"}`, code: "SerializationException", message: "Cannot deserialize member Names: STRING_VALUE can not be converted to a list",
		},
		"number in a list of strings": {
			body: `{"Names":[1]}`, code: "SerializationException", message: "Cannot deserialize member Names[0]: NUMBER_VALUE can not be converted to a String",
		},
		"null in a list": {
			body: `{"Names":["f",null]}`, code: "SerializationException", message: "Cannot deserialize member Names[1]: VALUE_NULL can not be converted to a list or map entry",
		},
		"object for a string": {
			body: `{"NextToken":{}}`, code: "SerializationException", message: "Cannot deserialize member NextToken: START_OBJECT can not be converted to a String",
		},
		"string for an integer": {
			target: "PhotonAdminProxyService.DescribeSessions", body: `{"StackName":"s","FleetName":"f","Limit":"5"}`,
			code: "SerializationException", message: "Cannot deserialize member Limit: STRING_VALUE can not be converted to an Integer",
		},
		"fraction for an integer": {
			target: "PhotonAdminProxyService.DescribeSessions", body: `{"StackName":"s","FleetName":"f","Limit":1.5}`,
			code: "SerializationException", message: "Cannot deserialize member Limit: NUMBER_VALUE (1.5) can not be converted to an Integer",
		},
		"integer out of range": {
			target: "PhotonAdminProxyService.DescribeSessions", body: `{"StackName":"s","FleetName":"f","Limit":4294967297}`,
			code: "SerializationException", message: "Cannot deserialize member Limit: NUMBER_VALUE can not be converted to an Integer",
		},
		"string for a boolean": {
			target: "PhotonAdminProxyService.UpdateFleet", body: `{"Name":"f","DisableIMDSV1":"true"}`,
			code: "SerializationException", message: "Cannot deserialize member DisableIMDSV1: STRING_VALUE can not be converted to a Boolean",
		},
		"number for a structure": {
			target: "PhotonAdminProxyService.UpdateFleet", body: `{"Name":"f","ComputeCapacity":3}`,
			code: "SerializationException", message: "Cannot deserialize member ComputeCapacity: NUMBER_VALUE can not be converted to a structure",
		},
		"nested member": {
			target: "PhotonAdminProxyService.UpdateFleet", body: `{"Name":"f","ComputeCapacity":{"DesiredInstances":"2"}}`,
			code: "SerializationException", message: "Cannot deserialize member ComputeCapacity.DesiredInstances: STRING_VALUE can not be converted to an Integer",
		},
		"number for a map value": {
			target: "PhotonAdminProxyService.CreateFleet", body: `{"Name":"g","ImageName":"i","InstanceType":"t","Tags":{"k":1}}`,
			code: "SerializationException", message: "Cannot deserialize member Tags[k]: NUMBER_VALUE can not be converted to a String",
		},
		"keys are case-sensitive": {
			target: "PhotonAdminProxyService.StartFleet", body: `{"name":"f"}`,
			code: "ValidationException", message: "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			req := newRequest(t, srv, "DescribeFleets", tc.body)
			switch tc.target {
			case "":
			case "-":
				req.Header.Del("X-Amz-Target")
			default:
				req.Header.Set("X-Amz-Target", tc.target)
			}
			if tc.method != "" {
				req.Method = tc.method
			}
			if tc.contentType != "" {
				req.Header.Set("Content-Type", tc.contentType)
			}
			sign(t, srv, req)
			wantError(t, send(t, req), http.StatusBadRequest, tc.code, tc.message)
		})
	}
}

func TestRequestsAccepted(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	createFleet(t, srv, "f", nil)
	cases := map[string]struct {
		path, body, contentType string
	}{
		"empty body":                  {path: "/", body: ""},
		"any path":                    {path: "/some/prefix/", body: "{}"},
		"no path":                     {path: "", body: "{}"},
		"content type with charset":   {path: "/", body: "{}", contentType: "application/x-amz-json-1.1; charset=utf-8"},
		"unknown members ignored":     {path: "/", body: `{"Names":["f"],"names":7,"Future":{"x":[1]}}`},
		"null members count as unset": {path: "/", body: `{"Names":null,"NextToken":null}`},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			req := newRequest(t, srv, "DescribeFleets", tc.body)
			req.URL.Path = tc.path
			if tc.contentType != "" {
				req.Header.Set("Content-Type", tc.contentType)
			}
			sign(t, srv, req)
			r := send(t, req)
			if r.Status != http.StatusOK || len(r.Body["Fleets"].([]any)) != 1 {
				t.Errorf("status %d: %s", r.Status, r.Raw)
			}
		})
	}
}

func TestResponseHeaders(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	uuid := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	seen := map[string]bool{}
	for _, op := range []string{"DescribeFleets", "StartFleet", "Nope"} {
		r := call(t, srv, op, map[string]any{"Name": "x"})
		id := r.Header.Get("X-Amzn-RequestId")
		if !uuid.MatchString(id) || seen[id] {
			t.Errorf("%s: request ID %q is not a fresh UUID", op, id)
		}
		seen[id] = true
		if got := r.Header.Get("Content-Type"); got != "application/x-amz-json-1.1" {
			t.Errorf("%s: Content-Type %q", op, got)
		}
	}
}

func TestErrorShapes(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	unsigned := newRequest(t, srv, "DescribeFleets", `{}`)
	cases := map[string]struct {
		response   response
		header     string
		body       map[string]any
		statusCode int
	}{
		"service error": {
			response:   call(t, srv, "StartFleet", map[string]any{"Name": "nope"}),
			statusCode: 400,
			header:     "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.photon/",
			body:       map[string]any{"__type": "com.amazonaws.photon#ResourceNotFoundException", "message": "The fleet nope does not exist."},
		},
		"validation error": {
			response:   call(t, srv, "StartFleet", map[string]any{}),
			statusCode: 400,
			header:     "ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/",
			body:       map[string]any{"__type": "com.amazon.coral.validate#ValidationException", "message": "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null"},
		},
		"protocol error": {
			response:   call(t, srv, "Nope", map[string]any{}),
			statusCode: 400,
			header:     "UnknownOperationException:http://internal.amazon.com/coral/com.amazon.coral.service/",
			body:       map[string]any{"__type": "com.amazon.coral.service#UnknownOperationException", "message": `Unknown operation: POST "PhotonAdminProxyService.Nope". AppStream takes POST requests with X-Amz-Target: PhotonAdminProxyService.<Operation>.`},
		},
		"auth error": {
			response:   send(t, unsigned),
			statusCode: 403,
			header:     "MissingAuthenticationTokenException:http://internal.amazon.com/coral/com.amazon.coral.service/",
			body:       map[string]any{"__type": "MissingAuthenticationTokenException", "message": "Missing Authentication Token"},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if tc.response.Status != tc.statusCode {
				t.Errorf("status %d, want %d", tc.response.Status, tc.statusCode)
			}
			if got := tc.response.Header.Get("X-Amzn-ErrorType"); got != tc.header {
				t.Errorf("X-Amzn-ErrorType %q, want %q", got, tc.header)
			}
			if diff := cmp.Diff(tc.body, tc.response.Body); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
			if h, b := sanitizeCode(tc.header), sanitizeCode(tc.body["__type"].(string)); h != b {
				t.Errorf("header and body resolve to %q and %q", h, b)
			}
		})
	}
}

// FuzzParseBody checks that no body makes the decoder panic, and that what
// it accepts is a JSON object.
func FuzzParseBody(f *testing.F) {
	for _, seed := range []string{`{}`, `{"Names":["a"]}`, `[]`, `{"Limit":1.5}`, `{"Tags":{"k":null}}`, `{} x`, ``, "{}\f", " \t\r\n"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		obj, err := parseBody([]byte(body))
		if err != nil {
			if err.code != "SerializationException" {
				t.Errorf("code %s", err.code)
			}
			return
		}
		r := httptest.NewRequest(http.MethodPost, "/", nil)
		for _, op := range operations {
			op(&Server{clock: NewFakeClock(testStart), fleets: map[string]*fleet{}, stacks: map[string]*stack{}, associations: map[association]bool{},
				images: publicImages("us-east-1"), tokenKey: []byte("k"), pageSize: 1}, r, obj)
		}
		if strings.Trim(body, jsonSpace) != "" && !json.Valid([]byte(body)) {
			t.Errorf("accepted invalid JSON %q", body)
		}
	})
}

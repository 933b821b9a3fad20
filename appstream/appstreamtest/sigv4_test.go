package appstreamtest

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
)

func TestSignature(t *testing.T) {
	t.Parallel()
	good := func(srv *Server) aws.Credentials { return srv.Credentials() }
	mismatch := "The request signature we calculated does not match the signature you provided. ..."
	cases := map[string]struct {
		opts []Option
		// prepare signs (or not) and tampers with req.
		prepare func(t *testing.T, srv *Server, req *http.Request)
		status  int // 0: the request must succeed
		code    string
		message string
	}{
		"signed": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) { sign(t, srv, req) },
		},
		"unsigned": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {},
			status:  403, code: "MissingAuthenticationTokenException", message: "Missing Authentication Token",
		},
		"unknown access key": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				creds := good(srv)
				creds.AccessKeyID = "AKIAOTHER"
				signRequest(t, req, creds, "appstream", srv.Region(), srv.Clock().Now())
			},
			status: 403, code: "UnrecognizedClientException", message: "The security token included in the request is invalid.",
		},
		"wrong secret": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				creds := good(srv)
				creds.SecretAccessKey = "not-the-secret"
				signRequest(t, req, creds, "appstream", srv.Region(), srv.Clock().Now())
			},
			status: 403, code: "InvalidSignatureException", message: mismatch,
		},
		"tampered body": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				sign(t, srv, req)
				req.Body = io.NopCloser(strings.NewReader(`{"Names":["b"]}`)) // same length as {"Names":["a"]}
			},
			status: 403, code: "InvalidSignatureException", message: mismatch,
		},
		"tampered signed header": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				sign(t, srv, req)
				req.Header.Set("X-Amz-Target", "PhotonAdminProxyService.DeleteFleet")
			},
			status: 403, code: "InvalidSignatureException", message: mismatch,
		},
		"unsigned header added": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				sign(t, srv, req)
				req.Header.Set("X-Unsigned", "anything")
			},
		},
		"signed header removed from the list": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				sign(t, srv, req)
				auth := req.Header.Get("Authorization")
				req.Header.Set("Authorization", strings.Replace(auth, ";x-amz-target", "", 1))
			},
			status: 403, code: "InvalidSignatureException", message: mismatch,
		},
		"host not signed": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				sign(t, srv, req)
				auth := req.Header.Get("Authorization")
				req.Header.Set("Authorization", strings.Replace(auth, "host;", "", 1))
			},
			status: 403, code: "InvalidSignatureException", message: "'host' must be a 'SignedHeader' in the AWS Authorization.",
		},
		"wrong service": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				signRequest(t, req, good(srv), "appstream2", srv.Region(), srv.Clock().Now())
			},
			status: 403, code: "InvalidSignatureException", message: "Credential should be scoped to correct service: 'appstream', not 'appstream2'.",
		},
		"wrong region": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				signRequest(t, req, good(srv), "appstream", "eu-west-1", srv.Clock().Now())
			},
			status: 403, code: "InvalidSignatureException", message: "Credential should be scoped to a valid region, not 'eu-west-1'. This endpoint serves 'us-east-1'.",
		},
		"other region served": {
			opts: []Option{WithRegion("eu-west-1")},
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				signRequest(t, req, good(srv), "appstream", "eu-west-1", srv.Clock().Now())
			},
		},
		"expired": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				signRequest(t, req, good(srv), "appstream", srv.Region(), srv.Clock().Now().Add(-5*time.Minute-time.Second))
			},
			status: 403, code: "InvalidSignatureException",
			message: "Signature expired: 20261127T065459Z is now earlier than 20261127T065500Z (20261127T070000Z - 5 min.)",
		},
		"5 minutes old": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				signRequest(t, req, good(srv), "appstream", srv.Region(), srv.Clock().Now().Add(-5*time.Minute))
			},
		},
		"not yet current": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				signRequest(t, req, good(srv), "appstream", srv.Region(), srv.Clock().Now().Add(5*time.Minute+time.Second))
			},
			status: 403, code: "InvalidSignatureException",
			message: "Signature not yet current: 20261127T070501Z is still later than 20261127T070500Z (20261127T070000Z + 5 min.)",
		},
		"5 minutes ahead": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				signRequest(t, req, good(srv), "appstream", srv.Region(), srv.Clock().Now().Add(5*time.Minute))
			},
		},
		"scope date differs from X-Amz-Date": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				sign(t, srv, req)
				auth := req.Header.Get("Authorization")
				req.Header.Set("Authorization", strings.Replace(auth, "/20261127/", "/20261126/", 1))
			},
			status: 403, code: "InvalidSignatureException",
			message: "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20261126' != '20261127', from '20261127T070000Z'.",
		},
		"no X-Amz-Date": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				sign(t, srv, req)
				req.Header.Del("X-Amz-Date")
			},
			status: 403, code: "IncompleteSignatureException", message: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
		},
		"other algorithm": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				sign(t, srv, req)
				req.Header.Set("Authorization", strings.Replace(req.Header.Get("Authorization"), "AWS4-HMAC-SHA256", "AWS4-HMAC-SHA1", 1))
			},
			status: 403, code: "IncompleteSignatureException", message: "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA1'. Use AWS4-HMAC-SHA256.",
		},
		"no signature": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				sign(t, srv, req)
				auth := req.Header.Get("Authorization")
				req.Header.Set("Authorization", auth[:strings.Index(auth, ", Signature=")])
			},
			status: 403, code: "IncompleteSignatureException", message: "Authorization header requires 'Signature' parameter.",
		},
		"session token required": {
			opts: []Option{WithSessionToken("token-1")},
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				creds := good(srv)
				creds.SessionToken = ""
				signRequest(t, req, creds, "appstream", srv.Region(), srv.Clock().Now())
			},
			status: 403, code: "UnrecognizedClientException", message: "The security token included in the request is invalid.",
		},
		"wrong session token": {
			opts: []Option{WithSessionToken("token-1")},
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				creds := good(srv)
				creds.SessionToken = "token-2"
				signRequest(t, req, creds, "appstream", srv.Region(), srv.Clock().Now())
			},
			status: 403, code: "UnrecognizedClientException", message: "The security token included in the request is invalid.",
		},
		"session token": {
			opts:    []Option{WithSessionToken("token-1")},
			prepare: func(t *testing.T, srv *Server, req *http.Request) { sign(t, srv, req) },
		},
		"session token not expected": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				creds := good(srv)
				creds.SessionToken = "token-1"
				signRequest(t, req, creds, "appstream", srv.Region(), srv.Clock().Now())
			},
			status: 403, code: "UnrecognizedClientException", message: "The security token included in the request is invalid.",
		},
		"other credentials": {
			opts:    []Option{WithCredentials("AKIDTEST", "secret/with+chars")},
			prepare: func(t *testing.T, srv *Server, req *http.Request) { sign(t, srv, req) },
		},
		"path, query and odd headers": {
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				req.URL.Path = "/base/a b/ü/"
				req.URL.RawQuery = "x=1&a=b%20c&a=a&empty=&k%2Fslash=v~"
				req.Header.Set("X-Spaces", "  a   b  c ")
				req.Header.Add("X-Multi", "one")
				req.Header.Add("X-Multi", " two ")
				sign(t, srv, req)
			},
		},
		"verification off, unsigned": {
			opts:    []Option{WithoutSignatureVerification()},
			prepare: func(t *testing.T, srv *Server, req *http.Request) {},
		},
		"verification off, bad signature": {
			opts: []Option{WithoutSignatureVerification()},
			prepare: func(t *testing.T, srv *Server, req *http.Request) {
				signRequest(t, req, aws.Credentials{AccessKeyID: "x", SecretAccessKey: "y"}, "appstream2", "mars-1", time.Unix(0, 0))
			},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			srv, _ := newTestServer(t, tc.opts...)
			createFleet := newRequest(t, srv, "CreateFleet", map[string]any{"Name": "a", "ImageName": ImageWindowsServer2019, "InstanceType": "stream.standard.small", "ComputeCapacity": map[string]any{"DesiredInstances": 1}})
			signRequest(t, createFleet, srv.Credentials(), "appstream", srv.Region(), srv.Clock().Now())
			if r := send(t, createFleet); r.Status != http.StatusOK {
				t.Fatalf("CreateFleet: %d %s", r.Status, r.Raw)
			}

			req := newRequest(t, srv, "DescribeFleets", `{"Names":["a"]}`)
			tc.prepare(t, srv, req)
			r := send(t, req)
			if tc.status == 0 {
				if r.Status != http.StatusOK {
					t.Errorf("status %d: %s", r.Status, r.Raw)
				}
				return
			}
			wantError(t, r, tc.status, tc.code, tc.message)
			if strings.Contains(string(r.Raw), srv.Credentials().SecretAccessKey) {
				t.Errorf("the answer contains the secret key: %s", r.Raw)
			}
		})
	}
}

func TestExpectedSignatureNotEchoed(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	req := newRequest(t, srv, "DescribeFleets", `{"Names":["a"]}`)
	sign(t, srv, req)
	req.Body = io.NopCloser(strings.NewReader(`{"Names":["b"]}`))
	r := send(t, req)
	wantError(t, r, 403, "InvalidSignatureException", "The request signature we calculated does not match...")

	// What the server expected is the reference signer's signature of the
	// request it received.
	received := newRequest(t, srv, "DescribeFleets", `{"Names":["b"]}`)
	sign(t, srv, received)
	expected := regexp.MustCompile(`Signature=([0-9a-f]{64})`).FindStringSubmatch(received.Header.Get("Authorization"))[1]
	if r2 := send(t, received); r2.Status == http.StatusForbidden {
		t.Fatalf("the re-signed request fails (%d), so it is not what the server expected: %s", r2.Status, r2.Raw)
	}
	for _, secret := range []string{expected, srv.Credentials().SecretAccessKey} {
		if strings.Contains(string(r.Raw), secret) || strings.Contains(r.Header.Get("X-Amzn-ErrorType"), secret) {
			t.Errorf("the answer contains %q: %s", secret, r.Raw)
		}
	}
}

func TestSignatureMismatchExplains(t *testing.T) {
	t.Parallel()
	srv, _ := newTestServer(t)
	req := newRequest(t, srv, "DescribeFleets", `{}`)
	sign(t, srv, req)
	req.Body = io.NopCloser(strings.NewReader(`[]`))
	r := send(t, req)
	msg := errorOf(r).Message
	// The canonical request the server built ends with the hash of the body
	// it received, and the string to sign names the scope.
	for _, want := range []string{
		"POST\n/\n\n",
		"\nx-amz-target:PhotonAdminProxyService.DescribeFleets\n",
		"4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", // sha256("[]")
		"AWS4-HMAC-SHA256\n20261127T070000Z\n20261127/us-east-1/appstream/aws4_request\n",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
}

func TestDateHeaderFollowsTheClock(t *testing.T) {
	t.Parallel()
	srv, clock := newTestServer(t)
	clock.Advance(time.Hour)
	r := call(t, srv, "DescribeFleets", map[string]any{})
	if got, want := r.Header.Get("Date"), "Fri, 27 Nov 2026 08:00:00 GMT"; got != want {
		t.Errorf("Date %q, want %q", got, want)
	}
}

func TestUnitsOfTheSigner(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		got, want string
	}{
		"uri encoding keeps unreserved": {uriEncode("AZaz09-_.~", true), "AZaz09-_.~"},
		"uri encoding of the rest":      {uriEncode("a b/+=%é", true), "a%20b%2F%2B%3D%25%C3%A9"},
		"path keeps slashes":            {uriEncode("/a%20b/", false), "/a%2520b/"},
		"query sorted by name, value":   {canonicalQuery("b=2&a-b=1&a=2&a=1"), "a=1&a=2&a-b=1&b=2"},
		"spaces collapsed":              {trimSpaces("  a   b \t"), "a b"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}

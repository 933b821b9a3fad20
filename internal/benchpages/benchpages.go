// Package benchpages builds realistic DescribeFleets and DescribeSessions
// pages, serves them for the benchmarks of this module and of the compat
// module, and posts the same requests with raw net/http: the floor that no
// client can beat.
package benchpages

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// PageSize is the number of fleets or sessions on a page.
const PageSize = 50

// Request bodies, as both clients encode them.
const (
	FleetsRequest   = `{}`
	SessionsRequest = `{"FleetName":"training","Limit":50,"StackName":"training-stack"}`
)

// Targets of the requests (the X-Amz-Target header).
const (
	FleetsTarget   = "PhotonAdminProxyService.DescribeFleets"
	SessionsTarget = "PhotonAdminProxyService.DescribeSessions"
)

// FleetsPage returns a DescribeFleets page of PageSize fleets, about 80 KB,
// with every member filled the way the service fills it: the numbers and
// timestamps as the service writes them (1.7642268001239E9), ARNs,
// descriptions, a domain, a VPC, USB filter strings with escaped quotes, and
// one fleet error each.
func FleetsPage() []byte {
	var b bytes.Buffer
	b.WriteString(`{"Fleets":[`)
	for i := 0; i < PageSize; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"Arn":"arn:aws:appstream:us-east-1:123456789012:fleet/training-fleet-%02d",`, i)
		fmt.Fprintf(&b, `"ComputeCapacityStatus":{"ActiveUserSessions":%d,"ActualUserSessions":%d,"Available":%d,"AvailableUserSessions":%d,"Desired":%d,"DesiredUserSessions":%d,"DrainModeActiveUserSessions":0,"DrainModeUnusedUserSessions":0,"Draining":0,"InUse":%d,"Running":%d},`,
			i%7, i%7+2, i%3, 2, i%5+2, i%7+4, i%4, i%5+2)
		fmt.Fprintf(&b, `"CreatedTime":1.76422%d800%03dE9,`, i%10, i*17%1000)
		fmt.Fprintf(&b, `"Description":"Training fleet %d: Windows Server 2019 desktops with RStudio and Jupyter",`, i)
		fmt.Fprintf(&b, `"DisableIMDSV1":%t,"DisconnectTimeoutInSeconds":900,"DisplayName":"Training %d",`, i%2 == 0, i)
		b.WriteString(`"DomainJoinInfo":{"DirectoryName":"corp.example.com","OrganizationalUnitDistinguishedName":"OU=AppStream,DC=corp,DC=example,DC=com"},`)
		b.WriteString(`"EnableDefaultInternetAccess":false,`)
		b.WriteString(`"FleetErrors":[{"ErrorCode":"NETWORK_INTERFACE_LIMIT_EXCEEDED","ErrorMessage":"The network interface limit was exceeded."}],`)
		b.WriteString(`"FleetType":"ON_DEMAND","IamRoleArn":"arn:aws:iam::123456789012:role/AppStreamFleetRole",`)
		b.WriteString(`"IdleDisconnectTimeoutInSeconds":600,"ImageArn":"arn:aws:appstream:us-east-1:123456789012:image/DataScience-WS2019-2025-11-03",`)
		b.WriteString(`"ImageName":"DataScience-WS2019-2025-11-03","InstanceType":"stream.standard.large",`)
		fmt.Fprintf(&b, `"MaxConcurrentSessions":%d,"MaxSessionsPerInstance":2,"MaxUserDurationInSeconds":57600,`, 10+i)
		fmt.Fprintf(&b, `"Name":"training-fleet-%02d","Platform":"WINDOWS_SERVER_2019","RootVolumeConfig":{"VolumeSizeInGb":200},`, i)
		b.WriteString(`"SessionScriptS3Location":{"S3Bucket":"appstream-scripts-123456789012","S3Key":"scripts/config.json"},`)
		b.WriteString(`"State":"RUNNING","StreamView":"DESKTOP",`)
		b.WriteString(`"UsbDeviceFilterStrings":["\"Wacom Tablet\",*,*,*,*,*,*,0,0","\"Yubikey\",*,*,*,*,*,*,1,0"],`)
		b.WriteString(`"VpcConfig":{"SecurityGroupIds":["sg-0123456789abcdef0","sg-0fedcba9876543210"],"SubnetIds":["subnet-0a1b2c3d4e5f60718","subnet-08f7e6d5c4b3a2910"]}}`)
	}
	b.WriteString(`]}`)
	return b.Bytes()
}

// SessionsPage returns page p of a walk over pages pages of PageSize
// sessions; every page but the last has NextToken "page-<p+1>".
func SessionsPage(p, pages int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"Sessions":[`)
	for i := 0; i < PageSize; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"AuthenticationType":"SAML","ConnectionState":"CONNECTED","FleetName":"training","Id":"a1b2c3d4-%04d-%04d-9abc-def012345678",`+
			`"InstanceDrainStatus":"NOT_APPLICABLE","InstanceId":"i-0123456789abcdef%d","MaxExpirationTime":1764284400.123,`+
			`"NetworkAccessConfiguration":{"EniId":"eni-0123456789abcdef0","EniPrivateIpAddress":"10.0.%d.%d"},`+
			`"StackName":"training-stack","StartTime":1764226800.456,"State":"ACTIVE","UserId":"user-%d@example.com"}`, p, i, i%10, p%250, i, p*PageSize+i)
	}
	b.WriteString(`]`)
	if p+1 < pages {
		fmt.Fprintf(&b, `,"NextToken":"page-%d"`, p+1)
	}
	b.WriteString(`}`)
	return b.Bytes()
}

// NewServer serves pages pages of PageSize sessions (see SessionsPage). It
// is closed when tb ends.
func NewServer(tb testing.TB, pages int) *httptest.Server {
	bodies := make([][]byte, pages)
	for p := range bodies {
		bodies[p] = SessionsPage(p, pages)
	}
	return Serve(tb, bodies)
}

// NewFleetsServer serves FleetsPage. It is closed when tb ends.
func NewFleetsServer(tb testing.TB) *httptest.Server {
	return Serve(tb, [][]byte{FleetsPage()})
}

// Serve answers every request with bodies[p], where p comes from the
// request's NextToken "page-<p>" (0 without one). It is closed when tb ends.
func Serve(tb testing.TB, bodies [][]byte) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in struct{ NextToken string }
		body, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(body, &in)
		p, _ := strconv.Atoi(strings.TrimPrefix(in.NextToken, "page-"))
		if p < 0 || p >= len(bodies) {
			http.Error(w, `{"__type":"InvalidParameterCombinationException","message":"bad token"}`, http.StatusBadRequest)
			return
		}
		w.Header().Set("X-Amzn-RequestId", "bench")
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.Header().Set("Content-Length", strconv.Itoa(len(bodies[p])))
		w.Write(bodies[p])
	}))
	tb.Cleanup(srv.Close)
	return srv
}

// Post posts body to url with target as its X-Amz-Target, unsigned, and
// reads the response to the end without decoding it: the floor of one call.
func Post(tb testing.TB, client *http.Client, url, target, body string) {
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-amz-json-1.1")
	req.Header.Set("X-Amz-Target", target)
	resp, err := client.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK {
		tb.Fatalf("status %d, %v", resp.StatusCode, err)
	}
}

// PostRaw posts the requests of a walk over pages pages of sessions to url
// with Post.
func PostRaw(tb testing.TB, client *http.Client, url string, pages int) {
	for p := 0; p < pages; p++ {
		body := SessionsRequest
		if p > 0 {
			body = `{"FleetName":"training","Limit":50,"NextToken":"page-` + strconv.Itoa(p) + `","StackName":"training-stack"}`
		}
		Post(tb, client, url, SessionsTarget, body)
	}
}

// A Call is one client's way to make the call a benchmark measures.
type Call struct {
	Client string
	Do     func(*testing.B)
}

// RunCalls runs the sub-benchmarks client=<Client> of each call, reporting
// allocations and CPU time, one call after the other or, when parallel,
// from GOMAXPROCS goroutines.
func RunCalls(b *testing.B, parallel bool, calls ...Call) {
	for _, c := range calls {
		b.Run("client="+c.Client, func(b *testing.B) {
			b.ReportAllocs()
			defer ReportCPU(b)()
			if !parallel {
				for b.Loop() {
					c.Do(b)
				}
				return
			}
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					c.Do(b)
				}
			})
		})
	}
}

// Floor is the raw net/http post of body to url, as a Call.
func Floor(url, target, body string) Call {
	client := &http.Client{}
	return Call{Client: "floor", Do: func(b *testing.B) { Post(b, client, url, target, body) }}
}

// Allocated returns the bytes that the process allocates while f runs.
func Allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// ReportCPU makes b report, as cpu-ns/op, the CPU time the whole process
// (client, server, garbage collector) used per operation from now on. On a
// machine shared with other work, it says what a call costs better than the
// wall time does. Use it as defer benchpages.ReportCPU(b)().
func ReportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if end := cpuTime(); start >= 0 && end >= 0 && b.N > 0 {
			b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
		}
	}
}

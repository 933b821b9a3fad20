// Package benchpages serves realistic DescribeSessions pages for the paging
// benchmarks of this module and of the compat module, and posts the same
// requests with raw net/http: the floor that no client can beat.
package benchpages

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// PageSize is the number of sessions on a page.
const PageSize = 50

// NewServer serves pages pages of PageSize sessions; the NextToken of page
// i is "page-i". It is closed when tb ends.
func NewServer(tb testing.TB, pages int) *httptest.Server {
	bodies := make([][]byte, pages)
	for p := range bodies {
		var buf bytes.Buffer
		buf.WriteString(`{"Sessions":[`)
		for i := 0; i < PageSize; i++ {
			if i > 0 {
				buf.WriteByte(',')
			}
			fmt.Fprintf(&buf, `{"AuthenticationType":"SAML","ConnectionState":"CONNECTED","FleetName":"training","Id":"a1b2c3d4-%04d-%04d-9abc-def012345678",`+
				`"InstanceDrainStatus":"NOT_APPLICABLE","InstanceId":"i-0123456789abcdef%d","MaxExpirationTime":1764284400.123,`+
				`"NetworkAccessConfiguration":{"EniId":"eni-0123456789abcdef0","EniPrivateIpAddress":"10.0.%d.%d"},`+
				`"StackName":"training-stack","StartTime":1764226800.456,"State":"ACTIVE","UserId":"user-%d@example.com"}`, p, i, i%10, p%250, i, p*PageSize+i)
		}
		buf.WriteString(`]`)
		if p+1 < pages {
			fmt.Fprintf(&buf, `,"NextToken":"page-%d"`, p+1)
		}
		buf.WriteString(`}`)
		bodies[p] = buf.Bytes()
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in struct{ NextToken string }
		body, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(body, &in)
		p, _ := strconv.Atoi(strings.TrimPrefix(in.NextToken, "page-"))
		w.Header().Set("X-Amzn-RequestId", "bench")
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.Write(bodies[p])
	}))
	tb.Cleanup(srv.Close)
	return srv
}

// PostRaw posts the requests of a walk over pages pages to url with client,
// unsigned, and discards the responses undecoded.
func PostRaw(tb testing.TB, client *http.Client, url string, pages int) {
	for p := 0; p < pages; p++ {
		body := `{"FleetName":"training","Limit":50,"StackName":"training-stack"}`
		if p > 0 {
			body = `{"FleetName":"training","Limit":50,"NextToken":"page-` + strconv.Itoa(p) + `","StackName":"training-stack"}`
		}
		req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-amz-json-1.1")
		req.Header.Set("X-Amz-Target", "PhotonAdminProxyService.DescribeSessions")
		resp, err := client.Do(req)
		if err != nil {
			tb.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
}

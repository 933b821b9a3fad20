package compat

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	official "github.com/aws/aws-sdk-go-v2/service/appstream"

	ours "github.com/appstreamkit/appstream-go/appstream"
)

// sessionPages serves pages pages of 50 realistic sessions; the token of
// page i is "page-i".
func sessionPages(b *testing.B, pages int) *httptest.Server {
	bodies := make([][]byte, pages)
	for p := range bodies {
		var buf bytes.Buffer
		buf.WriteString(`{"Sessions":[`)
		for i := 0; i < 50; i++ {
			if i > 0 {
				buf.WriteByte(',')
			}
			fmt.Fprintf(&buf, `{"AuthenticationType":"SAML","ConnectionState":"CONNECTED","FleetName":"training","Id":"a1b2c3d4-%04d-%04d-9abc-def012345678",`+
				`"InstanceDrainStatus":"NOT_APPLICABLE","InstanceId":"i-0123456789abcdef%d","MaxExpirationTime":1764284400.123,`+
				`"NetworkAccessConfiguration":{"EniId":"eni-0123456789abcdef0","EniPrivateIpAddress":"10.0.%d.%d"},`+
				`"StackName":"training-stack","StartTime":1764226800.456,"State":"ACTIVE","UserId":"user-%d@example.com"}`, p, i, i%10, p%250, i, p*50+i)
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
	b.Cleanup(srv.Close)
	return srv
}

var benchCredentials = aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
	return aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", SessionToken: "TOKEN"}, nil
})

// BenchmarkPageSessions reads 10,000 sessions (200 pages of 50) with the
// official client (a NextToken loop: it has no paginator for this), with
// ours (paginator and iterator), and with raw net/http posts of the same
// requests that neither sign nor decode (the floor), in one run, so the
// ratios can be read off directly.
func BenchmarkPageSessions(b *testing.B) {
	const pages = 200
	srv := sessionPages(b, pages)
	ctx := context.Background()
	check := func(b *testing.B, n int) {
		if n != pages*50 {
			b.Fatalf("%d sessions", n)
		}
	}
	b.Run("official", func(b *testing.B) {
		client := official.New(official.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials})
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			in := &official.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}
			for {
				out, err := client.DescribeSessions(ctx, in)
				if err != nil {
					b.Fatal(err)
				}
				n += len(out.Sessions)
				if out.NextToken == nil {
					break
				}
				in.NextToken = out.NextToken
			}
			check(b, n)
		}
	})
	in := &ours.DescribeSessionsInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), Limit: aws.Int32(50)}
	b.Run("ours-paginator", func(b *testing.B) {
		client := ours.New(ours.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials})
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			p := ours.NewDescribeSessionsPaginator(client, in)
			for p.HasMorePages() {
				out, err := p.NextPage(ctx)
				if err != nil {
					b.Fatal(err)
				}
				n += len(out.Sessions)
			}
			check(b, n)
		}
	})
	b.Run("ours-iterator", func(b *testing.B) {
		client := ours.New(ours.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: benchCredentials})
		b.ReportAllocs()
		for b.Loop() {
			n := 0
			for _, err := range ours.NewDescribeSessionsPaginator(client, in).Sessions(ctx) {
				if err != nil {
					b.Fatal(err)
				}
				n++
			}
			check(b, n)
		}
	})
	b.Run("raw-net-http-floor", func(b *testing.B) {
		client := &http.Client{}
		b.ReportAllocs()
		for b.Loop() {
			for p := 0; p < pages; p++ {
				body := `{"FleetName":"training","Limit":50,"StackName":"training-stack"}`
				if p > 0 {
					body = `{"FleetName":"training","Limit":50,"NextToken":"page-` + strconv.Itoa(p) + `","StackName":"training-stack"}`
				}
				req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(body))
				req.Header.Set("Content-Type", "application/x-amz-json-1.1")
				req.Header.Set("X-Amz-Target", "PhotonAdminProxyService.DescribeSessions")
				resp, err := client.Do(req)
				if err != nil {
					b.Fatal(err)
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
		}
	})
}

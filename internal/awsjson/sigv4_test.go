package awsjson

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/google/go-cmp/cmp"
)

// signCase is one request to sign, with everything that goes into it.
type signCase struct {
	method, url, host string
	opaque            string // the URL's Opaque, when set
	header            http.Header
	body              string
	payloadHash       string
	creds             aws.Credentials
	service, region   string
	time              time.Time
}

func (c *signCase) request(t *testing.T) *http.Request {
	t.Helper()
	r, err := http.NewRequest(c.method, c.url, strings.NewReader(c.body))
	if err != nil {
		t.Fatal(err)
	}
	r.Host = c.host
	if c.opaque != "" {
		r.URL.Opaque = c.opaque
	}
	for k, v := range c.header {
		r.Header[k] = append([]string(nil), v...)
	}
	return r
}

// signedState is what signing changes in a request.
type signedState struct {
	Header   http.Header
	Host     string
	RawQuery string
}

func signWith(t *testing.T, s Signer, c *signCase) signedState {
	t.Helper()
	r := c.request(t)
	if err := s.SignHTTP(context.Background(), c.creds, r, c.payloadHash, c.service, c.region, c.time); err != nil {
		t.Fatal(err)
	}
	return signedState{r.Header, r.Host, r.URL.RawQuery}
}

// randomSignCase returns a request of the kinds that reach a signer: the
// pipeline's own, and what middlewares and endpoints of the caller's can
// make of them (other hosts, ports, paths, queries, headers).
func randomSignCase(rng *rand.Rand) *signCase {
	pick := func(v ...string) string { return v[rng.IntN(len(v))] }
	c := &signCase{
		method: pick("POST", "POST", "GET", "PUT"),
		url: pick("https://appstream2.us-east-1.amazonaws.com", "http://127.0.0.1:8080", "https://example.com:443", "http://example.com:80",
			"https://[::1]:443", "http://[::1]:9000", "http://[::1]", "https://appstream2.cn-north-1.amazonaws.com.cn:8443") +
			pick("/", "/", "", "/prefix/", "/a b/c", "/%2Fx", "/~user/p-q_r.s") +
			pick("", "", "?a=1&b=2", "?b=2&a=1&a=0", "?x=y%20z&x=y+z", "?k", "?%zz=1&ok=2", "?é=ü&A=b"),
		host:    pick("", "", "", "appstream2.eu-west-1.amazonaws.com", "override.example:443", "  spaced  host  "),
		opaque:  pick("", "", "", "", "//example.com/op%20aque/x", "//example.com", "/just/a path?q=1"),
		service: pick("appstream", "appstream2", "sts"),
		region:  pick("us-east-1", "eu-west-1", "cn-north-1", "us-gov-west-1", "ap-southeast-2"),
		time: pick2(rng, time.Unix(rng.Int64N(4102444800), rng.Int64N(1e9)), time.Date(999, 12, 31, 23, 59, 59, 0, time.UTC),
			time.Date(2026, 2, 28, 23, 59, 59, 999999999, time.FixedZone("east", 5*3600)), time.Date(12345, 1, 2, 3, 4, 5, 0, time.UTC)),
		header: http.Header{
			"Content-Type":          {"application/x-amz-json-1.1"},
			"X-Amz-Target":          {"PhotonAdminProxyService.DescribeSessions"},
			"User-Agent":            {"appstream-go/0.1.0 ua/2.1 os/linux"},
			"Amz-Sdk-Invocation-Id": {fmt.Sprintf("%08x-0000-4000-8000-%012x", rng.Uint32(), rng.Uint64()>>16)},
			"Amz-Sdk-Request":       {pick("attempt=1; max=3", "attempt=2; max=3")},
		},
	}
	extra := map[string][]string{
		"X-Custom":          {"  leading and trailing  "},
		"X-Spaces":          {"a   b    c"},
		"X-Tabs":            {"\ta \t b\t"},
		"X-Unicode-Space":   {"\u00a0value\u00a0", "\u2003x"},
		"X-Multi":           {"one", " two ", "", "three  four"},
		"X-Empty":           {""},
		"X-Amzn-Trace-Id":   {"Root=1-5759e988-bd862e3fe1be46a994272793"},
		"Expect":            {"100-continue"},
		"Transfer-Encoding": {"chunked"},
		"Authorization":     {"stale"},
		"X-Amz-Date":        {"19700101T000000Z"},
		"x-lower-case":      {"kept as is"},
		"X-Amz-Meta-Ünï":    {"non-ASCII name"},
		"Content-Length":    {"12345"},
		"Host":              {"ignored.example"},
		"X-Utf8":            {"héllo wörld ✓"},
	}
	for k, v := range extra {
		if rng.IntN(3) == 0 {
			c.header[k] = v
		}
	}
	for i := rng.IntN(4); i > 0; i-- {
		c.header[fmt.Sprintf("X-Random-%d", rng.IntN(1000))] = []string{strings.Repeat(pick("a", " ", "b  c", "-"), rng.IntN(20))}
	}
	c.body = strings.Repeat(pick(`{"Limit":50}`, "", `{"Name":"x"}`, "é"), rng.IntN(40))
	sum := sha256.Sum256([]byte(c.body))
	c.payloadHash = pick(hex.EncodeToString(sum[:]), hex.EncodeToString(sum[:]), "UNSIGNED-PAYLOAD")
	secret := pick("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "s", strings.Repeat("long secret ", 12))
	c.creds = aws.Credentials{AccessKeyID: pick("AKIDEXAMPLE", "ASIAEXAMPLE"), SecretAccessKey: secret}
	if rng.IntN(2) == 0 {
		c.creds.SessionToken = pick("FwoGZXIvYXdzEBYaDH", "token with  spaces ")
	}
	return c
}

func pick2[T any](rng *rand.Rand, first T, rest ...T) T {
	if i := rng.IntN(len(rest) + 4); i < len(rest) {
		return rest[i]
	}
	return first
}

// SigV4 signs as v4.Signer signs: the same Authorization, byte for byte,
// and the same changes to the request, for thousands of varied requests.
// One SigV4 signs them all, so that its key cache sees the secret, day,
// region and service change; each case has a fresh v4.Signer, whose cache
// would otherwise mix keys that share an access key ID.
func TestSigV4MatchesV4Signer(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	ours := NewSigV4()
	for i := range 5000 {
		c := randomSignCase(rng)
		want := signWith(t, v4.NewSigner(), c)
		got := signWith(t, ours, c)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("case %d, %s %s (host %q, headers %q) (-v4.Signer +SigV4):\n%s", i, c.method, c.url, c.host, c.header, diff)
		}
	}
}

// A request signed twice (a retry) is signed as v4.Signer signs it again.
func TestSigV4Resign(t *testing.T) {
	c := randomSignCase(rand.New(rand.NewPCG(3, 4)))
	sign := func(s Signer) signedState {
		r := c.request(t)
		for _, at := range []time.Time{c.time, c.time.Add(time.Hour)} {
			if err := s.SignHTTP(context.Background(), c.creds, r, c.payloadHash, c.service, c.region, at); err != nil {
				t.Fatal(err)
			}
		}
		return signedState{r.Header, r.Host, r.URL.RawQuery}
	}
	if diff := cmp.Diff(sign(v4.NewSigner()), sign(NewSigV4())); diff != "" {
		t.Errorf("(-v4.Signer +SigV4):\n%s", diff)
	}
}

// Options are v4.Signer's to apply: SigV4 hands such calls to one.
func TestSigV4Options(t *testing.T) {
	c := randomSignCase(rand.New(rand.NewPCG(5, 6)))
	c.url = "https://example.com/a b/%2Fc"
	c.creds.SessionToken = "TOKEN"
	opts := func(o *v4.SignerOptions) { o.DisableURIPathEscaping, o.DisableSessionToken = true, true }
	sign := func(s Signer) signedState {
		r := c.request(t)
		if err := s.SignHTTP(context.Background(), c.creds, r, c.payloadHash, c.service, c.region, c.time, opts); err != nil {
			t.Fatal(err)
		}
		return signedState{r.Header, r.Host, r.URL.RawQuery}
	}
	want, got := sign(v4.NewSigner()), sign(NewSigV4())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-v4.Signer +SigV4):\n%s", diff)
	}
	if got.Header.Get("X-Amz-Security-Token") != "" {
		t.Error("DisableSessionToken was ignored")
	}
}

// The signing key is derived again when the secret changes, even under the
// same access key ID.
func TestSigV4NewSecret(t *testing.T) {
	c := randomSignCase(rand.New(rand.NewPCG(7, 8)))
	ours := NewSigV4()
	for _, secret := range []string{"first", "second", "first"} {
		c.creds.SecretAccessKey = secret
		if diff := cmp.Diff(signWith(t, v4.NewSigner(), c), signWith(t, ours, c)); diff != "" {
			t.Fatalf("secret %q (-v4.Signer +SigV4):\n%s", secret, diff)
		}
	}
}

// Keys that differ only in case make one line, with the values of both;
// v4.Signer orders them as the map iterates, SigV4 by key. Signed often
// enough, v4.Signer agrees with SigV4.
func TestSigV4KeysDifferingInCase(t *testing.T) {
	c := randomSignCase(rand.New(rand.NewPCG(9, 10)))
	c.header["X-Twice"] = []string{"upper"}
	c.header["x-twice"] = []string{"lower"}
	got := signWith(t, NewSigV4(), c)
	for range 200 {
		if cmp.Equal(signWith(t, v4.NewSigner(), c), got) {
			return
		}
	}
	t.Errorf("v4.Signer never signed as SigV4 did: %q", got.Header["Authorization"])
}

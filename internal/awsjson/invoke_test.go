package awsjson

import (
	"errors"
	"io"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/aws/smithy-go"
)

func TestReadBody(t *testing.T) {
	for _, length := range []int64{-1, 10} {
		body, err := readBody(strings.NewReader("0123456789"), length, 10)
		if body != "0123456789" || err != nil {
			t.Errorf("length %d, at the limit: %q, %v", length, body, err)
		}
	}
	for _, length := range []int64{-1, 10} {
		body, err := readBody(strings.NewReader("0123456789"), length, 5)
		var de *smithy.DeserializationError
		if body != "01234" || !errors.As(err, &de) || !strings.Contains(err.Error(), "response body is larger than 5 bytes") {
			t.Errorf("length %d, over the limit: %q, %v", length, body, err)
		}
	}
	for _, length := range []int64{-1, 100} {
		body, err := readBody(io.MultiReader(strings.NewReader("{"), errReader{io.ErrUnexpectedEOF}), length, 100)
		if body != "{" || err != io.ErrUnexpectedEOF {
			t.Errorf("length %d, cut short: %q, %v", length, body, err)
		}
	}
	body, err := readBody(strings.NewReader(""), 5, 100)
	if body != "" || err != io.ErrUnexpectedEOF {
		t.Errorf("nothing of 5 bytes: %q, %v", body, err)
	}
	// A length announced short (a hand-made response) loses nothing.
	for _, length := range []int64{0, 4} {
		body, err := readBody(strings.NewReader("0123456789"), length, 100)
		if body != "0123456789" || err != nil {
			t.Errorf("length %d announced: %q, %v", length, body, err)
		}
	}
	body, err = readBody(strings.NewReader("0123456789"), 4, 6)
	if body != "012345" || err == nil {
		t.Errorf("announced short, over the limit: %q, %v", body, err)
	}
}

// A length announced long but not sent costs no more than what arrives.
func TestReadBodyAnnouncedLong(t *testing.T) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	body, err := readBody(strings.NewReader("{}"), maxSuccessBody, maxSuccessBody)
	runtime.ReadMemStats(&after)
	if body != "{}" || err != nil {
		t.Errorf("%q, %v", body, err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("reading 2 bytes announced as %d allocated %d bytes", maxSuccessBody, n)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

func TestInvocationID(t *testing.T) {
	uuid := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	seen := map[string]bool{}
	for range 100 {
		id := invocationID()
		if !uuid.MatchString(id) || seen[id] {
			t.Fatalf("invocation ID %q is not a fresh version 4 UUID", id)
		}
		seen[id] = true
	}
}

func TestRedact(t *testing.T) {
	cases := map[string]struct{ key, value, want string }{
		"signature": {"Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20261127/us-east-1/appstream/aws4_request, SignedHeaders=host, Signature=abc123",
			"AWS4-HMAC-SHA256 Credential=AKID/20261127/us-east-1/appstream/aws4_request, SignedHeaders=host, Signature=REDACTED"},
		"odd authorization": {"authorization", "Bearer secret", "REDACTED"},
		"session token":     {"x-amz-security-token", "TOKEN", "REDACTED"},
		"other header":      {"X-Amz-Target", "PhotonAdminProxyService.CreateFleet", "PhotonAdminProxyService.CreateFleet"},
	}
	for name, tc := range cases {
		if got := redact(tc.key, tc.value); got != tc.want {
			t.Errorf("%s: %q, want %q", name, got, tc.want)
		}
	}
}

package awsjson

import (
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/aws/smithy-go"
)

func TestReadBody(t *testing.T) {
	body, err := readBody(strings.NewReader("0123456789"), 10)
	if body != "0123456789" || err != nil {
		t.Errorf("at the limit: %q, %v", body, err)
	}
	body, err = readBody(strings.NewReader("0123456789"), 5)
	var de *smithy.DeserializationError
	if body != "01234" || !errors.As(err, &de) || !strings.Contains(err.Error(), "response body is larger than 5 bytes") {
		t.Errorf("over the limit: %q, %v", body, err)
	}
	body, err = readBody(io.MultiReader(strings.NewReader("{"), errReader{io.ErrUnexpectedEOF}), 100)
	if body != "{" || err != io.ErrUnexpectedEOF {
		t.Errorf("cut short: %q, %v", body, err)
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

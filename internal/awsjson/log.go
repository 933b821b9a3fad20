package awsjson

import (
	"net/http"
	"slices"
	"strings"

	"github.com/aws/smithy-go/logging"
)

// Logging follows Options.ClientLogMode. No secret is logged: the signature
// and the session token are replaced by "REDACTED", and the signing key or
// secret never reaches this code.

func (c *Config) logRetry(format string, v ...any) {
	if c.LogMode.IsRetries() {
		c.Logger.Logf(logging.Debug, format, v...)
	}
}

func (c *Config) logSigning(op *Operation, req *http.Request) {
	if !c.LogMode.IsSigning() {
		return
	}
	auth := req.Header.Get("Authorization")
	_, scope, _ := strings.Cut(auth, "Credential=")
	scope, _, _ = strings.Cut(scope, ",")
	_, signed, _ := strings.Cut(auth, "SignedHeaders=")
	signed, _, _ = strings.Cut(signed, ",")
	c.Logger.Logf(logging.Debug, "%s: signed with SigV4, credential %s, signed headers %s", op.Name, scope, signed)
}

// logRequest logs req, whose body is body.
func (c *Config) logRequest(req *http.Request, body []byte) {
	if !c.LogMode.IsRequest() && !c.LogMode.IsRequestWithBody() {
		return
	}
	var b strings.Builder
	b.WriteString("Request\n")
	b.WriteString(req.Method + " " + req.URL.RequestURI() + " HTTP/1.1\nHost: " + req.URL.Host + "\n")
	writeHeaders(&b, req.Header)
	if c.LogMode.IsRequestWithBody() {
		b.WriteString("\n")
		b.Write(body)
	}
	c.Logger.Logf(logging.Debug, "%s", b.String())
}

func (c *Config) logResponse(resp *http.Response, body []byte) {
	if !c.LogMode.IsResponse() && !c.LogMode.IsResponseWithBody() {
		return
	}
	var b strings.Builder
	b.WriteString("Response\n" + resp.Proto + " " + resp.Status + "\n")
	writeHeaders(&b, resp.Header)
	if c.LogMode.IsResponseWithBody() {
		b.WriteString("\n")
		b.Write(body)
	}
	c.Logger.Logf(logging.Debug, "%s", b.String())
}

func writeHeaders(b *strings.Builder, h http.Header) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			b.WriteString(k + ": " + redact(k, v) + "\n")
		}
	}
}

// redact hides the secrets a header may carry.
func redact(key, value string) string {
	switch http.CanonicalHeaderKey(key) {
	case "X-Amz-Security-Token":
		return "REDACTED"
	case "Authorization":
		if i := strings.Index(value, "Signature="); i >= 0 {
			return value[:i] + "Signature=REDACTED"
		}
		return "REDACTED"
	}
	return value
}

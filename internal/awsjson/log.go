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

func (a *attempt) logSigning(req *http.Request) {
	if !a.LogMode.IsSigning() {
		return
	}
	auth := req.Header.Get("Authorization")
	_, scope, _ := strings.Cut(auth, "Credential=")
	scope, _, _ = strings.Cut(scope, ",")
	_, signed, _ := strings.Cut(auth, "SignedHeaders=")
	signed, _, _ = strings.Cut(signed, ",")
	a.Logger.Logf(logging.Debug, "%s: signed with SigV4, credential %s, signed headers %s", a.op.Name, scope, signed)
}

func (a *attempt) logRequest(req *http.Request) {
	if !a.LogMode.IsRequest() && !a.LogMode.IsRequestWithBody() {
		return
	}
	var b strings.Builder
	b.WriteString("Request\n")
	b.WriteString(req.Method + " " + req.URL.RequestURI() + " HTTP/1.1\nHost: " + req.URL.Host + "\n")
	writeHeaders(&b, req.Header)
	if a.LogMode.IsRequestWithBody() {
		b.WriteString("\n")
		b.Write(a.body)
	}
	a.Logger.Logf(logging.Debug, "%s", b.String())
}

func (a *attempt) logResponse(resp *http.Response, body string) {
	if !a.LogMode.IsResponse() && !a.LogMode.IsResponseWithBody() {
		return
	}
	var b strings.Builder
	b.WriteString("Response\n" + resp.Proto + " " + resp.Status + "\n")
	writeHeaders(&b, resp.Header)
	if a.LogMode.IsResponseWithBody() {
		b.WriteString("\n" + body)
	}
	a.Logger.Logf(logging.Debug, "%s", b.String())
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

package appstreamtest

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// This file checks AWS Signature Version 4 on its own, from the
// specification, without aws/signer/v4: it is the check of a client's signer.
// No secret, derived key or expected signature ever goes into a message.

const (
	signingAlgorithm = "AWS4-HMAC-SHA256"
	signingService   = "appstream" // the signing name; the endpoint prefix is appstream2
	amzDateFormat    = "20060102T150405Z"
	maxClockSkew     = 5 * time.Minute
)

func authError(code, format string, args ...any) *apiError {
	return newError(http.StatusForbidden, code, format, args...)
}

// authorization is the parsed Authorization header.
type authorization struct {
	accessKeyID, date, region, service, terminator string
	signedHeaders                                  []string
	signature                                      string
}

func parseAuthorization(header string) (*authorization, *apiError) {
	algorithm, params, _ := strings.Cut(header, " ")
	if algorithm != signingAlgorithm {
		return nil, authError("IncompleteSignatureException", "Unsupported AWS 'algorithm': '%s'. Use %s.", algorithm, signingAlgorithm)
	}
	fields := map[string]string{}
	for _, part := range strings.Split(params, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		fields[k] = v
	}
	var missing []string
	for _, k := range []string{"Credential", "Signature", "SignedHeaders"} {
		if fields[k] == "" {
			missing = append(missing, fmt.Sprintf("Authorization header requires '%s' parameter.", k))
		}
	}
	if missing != nil {
		return nil, authError("IncompleteSignatureException", "%s", strings.Join(missing, " "))
	}
	scope := strings.Split(fields["Credential"], "/")
	if len(scope) != 5 {
		return nil, authError("IncompleteSignatureException", "Authorization header 'Credential' must be AccessKeyId/yyyyMMdd/region/service/aws4_request, with %d '/'-separated parts, not %d.", 5, len(scope))
	}
	a := &authorization{
		accessKeyID: scope[0], date: scope[1], region: scope[2], service: scope[3], terminator: scope[4],
		signature: fields["Signature"],
	}
	for _, h := range strings.Split(fields["SignedHeaders"], ";") {
		a.signedHeaders = append(a.signedHeaders, strings.ToLower(h))
	}
	sort.Strings(a.signedHeaders)
	return a, nil
}

// verifySignature checks the request's SigV4 signature against the server's
// credentials, region and clock.
func (s *Server) verifySignature(r *http.Request, body []byte) *apiError {
	header := r.Header.Get("Authorization")
	if header == "" {
		return authError("MissingAuthenticationTokenException", "Missing Authentication Token")
	}
	a, err := parseAuthorization(header)
	if err != nil {
		return err
	}
	amzDate := r.Header.Get("X-Amz-Date")
	if amzDate == "" {
		return authError("IncompleteSignatureException", "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
	}
	signedAt, perr := time.Parse(amzDateFormat, amzDate)
	if perr != nil {
		return authError("IncompleteSignatureException", "X-Amz-Date must be in the ISO8601 basic format yyyyMMdd'T'HHmmss'Z', not '%s'.", amzDate)
	}
	if a.accessKeyID != s.creds.AccessKeyID {
		return authError("UnrecognizedClientException", "The security token included in the request is invalid.")
	}
	switch {
	case a.terminator != "aws4_request":
		return authError("InvalidSignatureException", "Credential should be scoped with a valid terminator: 'aws4_request', not '%s'.", a.terminator)
	case a.service != signingService:
		return authError("InvalidSignatureException", "Credential should be scoped to correct service: '%s', not '%s'.", signingService, a.service)
	case a.region != s.region:
		return authError("InvalidSignatureException", "Credential should be scoped to a valid region, not '%s'. This endpoint serves '%s'.", a.region, s.region)
	case a.date != amzDate[:8]:
		return authError("InvalidSignatureException", "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '%s' != '%s', from '%s'.", a.date, amzDate[:8], amzDate)
	}
	now := s.wireNow().UTC()
	if signedAt.Before(now.Add(-maxClockSkew)) {
		return authError("InvalidSignatureException", "Signature expired: %s is now earlier than %s (%s - 5 min.)",
			amzDate, now.Add(-maxClockSkew).Format(amzDateFormat), now.Format(amzDateFormat))
	}
	if signedAt.After(now.Add(maxClockSkew)) {
		return authError("InvalidSignatureException", "Signature not yet current: %s is still later than %s (%s + 5 min.)",
			amzDate, now.Add(maxClockSkew).Format(amzDateFormat), now.Format(amzDateFormat))
	}
	for _, h := range []string{"host", "x-amz-date"} {
		if !slices.Contains(a.signedHeaders, h) {
			return authError("InvalidSignatureException", "'%s' must be a 'SignedHeader' in the AWS Authorization.", h)
		}
	}
	if token := r.Header.Get("X-Amz-Security-Token"); token != s.creds.SessionToken {
		return authError("UnrecognizedClientException", "The security token included in the request is invalid.")
	}

	canonical := canonicalRequest(r, a.signedHeaders, body)
	scope := strings.Join([]string{a.date, a.region, a.service, a.terminator}, "/")
	stringToSign := strings.Join([]string{signingAlgorithm, amzDate, scope, hexSHA256([]byte(canonical))}, "\n")
	key := []byte("AWS4" + s.creds.SecretAccessKey)
	for _, part := range []string{a.date, a.region, a.service, a.terminator} {
		key = hmacSHA256(key, part)
	}
	expected := hex.EncodeToString(hmacSHA256(key, stringToSign))
	if subtle.ConstantTimeCompare([]byte(expected), []byte(a.signature)) != 1 {
		return authError("InvalidSignatureException", "The request signature we calculated does not match the signature you provided. "+
			"Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n"+
			"The Canonical String for this request should have been\n'%s'\n\nThe String-to-Sign should have been\n'%s'\n", canonical, stringToSign)
	}
	return nil
}

// canonicalRequest builds the SigV4 canonical request of r, over the given
// (lower-case, sorted) signed headers and the body actually received.
func canonicalRequest(r *http.Request, signedHeaders []string, body []byte) string {
	// The client signed the request target it sent, which RequestURI keeps
	// even when a handler such as http.StripPrefix rewrote r.URL.
	target := r.URL
	if u, err := url.ParseRequestURI(r.RequestURI); err == nil {
		target = u
	}
	// Every service but S3 encodes the path twice: the escaped path as sent,
	// each segment URI-encoded again.
	path := target.EscapedPath()
	if path == "" {
		path = "/"
	}
	lines := []string{r.Method, uriEncode(path, false), canonicalQuery(target.RawQuery)}
	for _, name := range signedHeaders {
		values := r.Header.Values(name)
		switch name {
		case "host":
			values = []string{r.Host} // net/http moves Host out of the header map
		case "content-length":
			values = []string{strconv.FormatInt(r.ContentLength, 10)}
		}
		trimmed := make([]string, len(values))
		for i, v := range values {
			trimmed[i] = trimSpaces(v)
		}
		lines = append(lines, name+":"+strings.Join(trimmed, ","))
	}
	lines = append(lines, "", strings.Join(signedHeaders, ";"), hexSHA256(body))
	return strings.Join(lines, "\n")
}

// trimSpaces trims the white space around a header value and collapses the
// runs of spaces inside it to one.
func trimSpaces(v string) string {
	var b strings.Builder
	for _, word := range strings.Split(strings.Trim(v, " "), " ") {
		if word != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(word)
		}
	}
	return strings.TrimSpace(b.String())
}

// canonicalQuery sorts the query's parameters by encoded name, then value.
func canonicalQuery(raw string) string {
	values, _ := url.ParseQuery(raw)
	var pairs [][2]string
	for k, vs := range values {
		for _, v := range vs {
			pairs = append(pairs, [2]string{uriEncode(k, true), uriEncode(v, true)})
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	encoded := make([]string, len(pairs))
	for i, p := range pairs {
		encoded[i] = p[0] + "=" + p[1]
	}
	return strings.Join(encoded, "&")
}

// uriEncode percent-encodes every byte except the unreserved characters
// (and '/' unless encodeSlash).
func uriEncode(s string, encodeSlash bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || strings.IndexByte("-_.~", c) >= 0 || (c == '/' && !encodeSlash) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func hexSHA256(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func hmacSHA256(key []byte, data string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(data))
	return h.Sum(nil)
}

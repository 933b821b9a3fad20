// Package endpoints resolves the URL and signing region of AppStream 2.0 in
// a region, as the service's endpoint-rule-set-1.json says.
package endpoints

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// Options are the settings that choose an endpoint.
type Options struct {
	// Region is the AWS region, such as us-east-1. The FIPS pseudo-regions
	// us-east-1-fips and fips-us-east-1 select the FIPS endpoint of us-east-1.
	Region string
	// BaseEndpoint, when not empty, is used as the endpoint instead of the
	// rules. Its path is kept.
	BaseEndpoint string
	// UseFIPS and UseDualStack select the FIPS and dual-stack variants.
	UseFIPS, UseDualStack bool
	// DisableHTTPS makes the endpoint use http, BaseEndpoint included (as in
	// the official client).
	DisableHTTPS bool
}

// Endpoint is where requests go and how they are signed.
type Endpoint struct {
	// URL is the endpoint. Its path is where requests are posted ("/" when empty).
	URL *url.URL
	// SigningRegion is the region of the SigV4 credential scope.
	SigningRegion string
}

type partition struct {
	name, dnsSuffix, dualStackDNSSuffix string
	regions                             []string
	regionRegex                         *regexp.Regexp
}

// partitions is the data of aws-sdk-go-v2's partitions.json that the rules
// use; every partition supports FIPS and dual-stack.
var partitions = []partition{
	{"aws", "amazonaws.com", "api.aws", []string{"aws-global"}, regexp.MustCompile(`^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$`)},
	{"aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", []string{"aws-cn-global"}, regexp.MustCompile(`^cn\-\w+\-\d+$`)},
	{"aws-eusc", "amazonaws.eu", "api.amazonwebservices.eu", nil, regexp.MustCompile(`^eusc\-(de)\-\w+\-\d+$`)},
	{"aws-iso", "c2s.ic.gov", "api.aws.ic.gov", []string{"aws-iso-global"}, regexp.MustCompile(`^us\-iso\-\w+\-\d+$`)},
	{"aws-iso-b", "sc2s.sgov.gov", "api.aws.scloud", []string{"aws-iso-b-global"}, regexp.MustCompile(`^us\-isob\-\w+\-\d+$`)},
	{"aws-iso-e", "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk", []string{"aws-iso-e-global"}, regexp.MustCompile(`^eu\-isoe\-\w+\-\d+$`)},
	{"aws-iso-f", "csp.hci.ic.gov", "api.aws.hci.ic.gov", []string{"aws-iso-f-global"}, regexp.MustCompile(`^us\-isof\-\w+\-\d+$`)},
	{"aws-us-gov", "amazonaws.com", "api.aws", []string{"aws-us-gov-global"}, regexp.MustCompile(`^us\-gov\-\w+\-\d+$`)},
}

// partitionOf returns the partition of region: the one that lists it, else
// the first whose pattern matches it, else aws (as the rules' aws.partition).
func partitionOf(region string) *partition {
	for i := range partitions {
		for _, r := range partitions[i].regions {
			if r == region {
				return &partitions[i]
			}
		}
	}
	for i := range partitions {
		if partitions[i].regionRegex.MatchString(region) {
			return &partitions[i]
		}
	}
	return &partitions[0]
}

// hostLabel is one DNS label. Unlike the official client, a region with dots
// (us-east-1.evil.com) is refused: it would move the request to another host.
var hostLabel = regexp.MustCompile(`^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$`)

// ErrMissingRegion is returned when no region is set.
var ErrMissingRegion = errors.New("no region is set: set Options.Region (for example \"us-east-1\"), or AWS_REGION for config.LoadDefaultConfig")

// Params are the parameters of the service's rule set: Region (AWS::Region),
// UseFIPS (AWS::UseFIPS), UseDualStack (AWS::UseDualStack) and Endpoint
// (SDK::Endpoint). An empty Region or Endpoint is unset.
type Params struct {
	Region                string
	UseFIPS, UseDualStack bool
	Endpoint              string
}

// Resolve returns the endpoint for o: the rules for its region (FIPS
// pseudo-regions mapped, see BindRegion), then DisableHTTPS. The signature is
// scoped to the real region.
func Resolve(o Options) (Endpoint, error) {
	region, fips, err := BindRegion(o.Region)
	if err != nil {
		return Endpoint{}, err
	}
	if region == "" {
		return Endpoint{}, ErrMissingRegion
	}
	u, err := Rules(Params{Region: region, UseFIPS: o.UseFIPS || fips, UseDualStack: o.UseDualStack, Endpoint: o.BaseEndpoint})
	if err != nil {
		return Endpoint{}, err
	}
	if o.DisableHTTPS {
		u.Scheme = "http"
	}
	return Endpoint{URL: u, SigningRegion: region}, nil
}

// BindRegion returns the region that the rules get for a client's region,
// and whether that region names the FIPS endpoint: FIPS pseudo-regions
// (us-east-1-fips, fips-us-east-1, us-fips-east-1) name the FIPS endpoint of
// a real region, mapped as aws-sdk-go-v2 maps them. The region must be one
// DNS label; "" stays "".
func BindRegion(region string) (real string, fips bool, err error) {
	if region == "" {
		return "", false, nil
	}
	if !hostLabel.MatchString(region) {
		return "", false, fmt.Errorf("region %q is not a valid region name: it must be one DNS label of letters, digits and '-'", region)
	}
	if strings.Contains(region, "-fips-") || strings.Contains(region, "fips-") || strings.Contains(region, "-fips") {
		real = strings.ReplaceAll(region, "-fips-", "-")
		real = strings.ReplaceAll(real, "fips-", "")
		real = strings.ReplaceAll(real, "-fips", "")
		return real, true, nil
	}
	return region, false, nil
}

// Rules returns the endpoint that the service's rule set
// (endpoint-rule-set-1.json) gives for p. Unlike the official client, a
// region that is not one DNS label (us-east-1.evil.com would move the request
// to another host), and an Endpoint with user info, a query or a fragment,
// are refused.
func Rules(p Params) (*url.URL, error) {
	if p.Region != "" && !hostLabel.MatchString(p.Region) {
		return nil, fmt.Errorf("region %q is not a valid region name: it must be one DNS label of letters, digits and '-'", p.Region)
	}
	if p.Endpoint != "" {
		switch {
		case p.UseFIPS:
			return nil, errors.New("FIPS endpoints and a custom endpoint (BaseEndpoint) cannot be used together")
		case p.UseDualStack:
			return nil, errors.New("dual-stack endpoints and a custom endpoint (BaseEndpoint) cannot be used together")
		}
		u, err := url.Parse(p.Endpoint)
		if err != nil {
			return nil, fmt.Errorf("BaseEndpoint %q is not an absolute http or https URL", redactUserInfo(p.Endpoint))
		}
		if err := CheckURL("BaseEndpoint", u); err != nil {
			return nil, err
		}
		return u, nil
	}
	if p.Region == "" {
		return nil, ErrMissingRegion
	}
	part := partitionOf(p.Region)
	service, suffix := "appstream2", part.dnsSuffix
	if p.UseFIPS {
		service = "appstream2-fips"
	}
	if p.UseDualStack {
		suffix = part.dualStackDNSSuffix
	}
	return &url.URL{Scheme: "https", Host: service + "." + p.Region + "." + suffix}, nil
}

// CheckURL reports what makes u unfit as the endpoint of the service; what
// names where it comes from in the error. The error never shows u's user
// info.
func CheckURL(what string, u *url.URL) error {
	var problem string
	switch {
	case (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		problem = "is not an absolute http or https URL"
	case u.User != nil:
		// SigV4 authenticates the requests; a password in the URL would
		// only travel, and show up in errors and logs.
		problem = "must not have user info (user:password@)"
	case u.RawQuery != "" || u.Fragment != "":
		problem = "must not have a query or fragment"
	default:
		return nil
	}
	return fmt.Errorf("%s %q %s", what, redactUserInfo(u.String()), problem)
}

// redactUserInfo replaces the user info of a URL (user:password@), if it
// has any, with REDACTED, even when the URL does not parse: the authority is
// what follows "//" up to the next '/', '?' or '#', and its user info ends at
// its last '@'.
func redactUserInfo(raw string) string {
	start := strings.Index(raw, "//")
	if start < 0 {
		start = 0
	} else {
		start += 2
	}
	end := len(raw)
	if i := strings.IndexAny(raw[start:], "/?#"); i >= 0 {
		end = start + i
	}
	at := strings.LastIndexByte(raw[start:end], '@')
	if at < 0 {
		return raw
	}
	return raw[:start] + "REDACTED" + raw[start+at:]
}
